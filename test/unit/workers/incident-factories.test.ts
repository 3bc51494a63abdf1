import { expect } from 'chai';
import knexFactory from 'knex';
import { systemClock } from '../../../lib/clock.ts';
import { createIncidentWorkers } from '../../../workers/incident/index.ts';
import type {
  CalendarPort,
  Notifier,
  ReferenceDataPort,
  SlaPort,
} from '../../../workers/incident/ports.ts';
import { createMajorIncidentWorkers } from '../../../workers/major/index.ts';

/** A port no test here calls: building the workers must do no I/O. */
const unused = <T extends object>(): T =>
  new Proxy({} as T, {
    get: (_t, name) => () => {
      throw new Error(`unexpected call ${String(name)}`);
    },
  });

describe('createIncidentWorkers / createMajorIncidentWorkers', () => {
  // The knex never connects: building workers compiles schemas only.
  const db = knexFactory({ client: 'pg' });
  after(() => db.destroy());
  const deps = {
    db,
    engine: { publishMessage: async () => ({ key: '0' }), cancelInstance: async () => undefined },
    clock: systemClock,
    sla: unused<SlaPort>(),
    calendars: unused<CalendarPort>(),
    referenceData: unused<ReferenceDataPort>(),
    notifier: unused<Notifier>(),
  };

  it('when built, compiles every schema under strict ajv and serves each job type of the contract once', () => {
    // given / when
    const types = [...createIncidentWorkers(deps), ...createMajorIncidentWorkers(deps)].map(
      (w) => w.type,
    );
    // then
    expect(types).to.have.members([
      'itsm:incident.record:1',
      'itsm:incident.classify:1',
      'itsm:incident.escalate-functional:1',
      'itsm:incident.notify-customer:1',
      'itsm:incident.resolve:1',
      'itsm:incident.reopen:1',
      'itsm:incident.close:1',
      'itsm:incident.check-recurrence:1',
      'itsm:incident.cancel:1',
      'itsm:incident.escalate-hierarchical:1',
      'itsm:major.declare:1',
      'itsm:major.notify-top-management:1',
      'itsm:major.record-appointment:1',
      'itsm:major.record-update:1',
      'itsm:major.record-restoration:1',
      'itsm:major.record-report:1',
      'itsm:major.record-review:1',
    ]);
    expect(new Set(types).size).to.equal(types.length);
  });

  it('when the fetch variables are derived, the record worker fetches only its declared inputs', () => {
    // given / when
    const record = createIncidentWorkers(deps).find((w) => w.type === 'itsm:incident.record:1');
    // then
    expect(record?.fetchVariables).to.include.members(['recordId', 'requestId', 'ciId']);
    expect(record?.fetchVariables).not.to.include('assignee');
  });
});
