/**
 * Nothing a person enters can raise an engine incident later: a form's rule across fields
 * (`properties.after` on the outage end of incident-management.Diagnose) is checked when the
 * task is completed, answered 400 naming both fields, and the task stays open. Through the
 * API as the service desk resolves an incident, on the real engine and Postgres.
 */
import { expect } from 'chai';
import { api } from '../helpers/api.ts';
import {
  deployWorkflows,
  incident,
  incidentWhen,
  openTask,
  seeded,
  triagedIncident,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorAnswer {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

function resolvedWithOutage(outageStart: string, outageEnd: string): Record<string, unknown> {
  return {
    workNote: '更换光模块 / replaced the optical module',
    outcome: 'resolved',
    resolutionCode: 'fixed',
    resolution: '链路已恢复 / link restored',
    workaroundUsed: false,
    serviceRestored: true,
    unplannedOutage: true,
    outageStart,
    outageEnd,
    problemSuspected: false,
  };
}

describe('form rules across fields, checked when a task is completed', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('when an incident is resolved with the outage ending before it started, answers 400 naming both fields and the task stays open; valid times resolve it', async () => {
    // given: an incident at its diagnose task, claimed by the service desk
    const created = await triagedIncident(
      '专线中断 / leased line down',
      ref.customer.id,
      ref.ordinary.id,
    );
    const diagnose = await openTask(created.number, 'UserTask_Diagnose', 'service-desk');
    const claim = await api('POST', `/api/tasks/${diagnose.id}/claim`, { as: 'service-desk' });
    expect(claim.status, JSON.stringify(claim.body)).to.equal(200);

    // when: the outage end is an hour before its start
    const refused = await api<ErrorAnswer>('POST', `/api/tasks/${diagnose.id}/complete`, {
      as: 'service-desk',
      body: { data: resolvedWithOutage('2026-03-02T10:00+08:00', '2026-03-02T09:00+08:00') },
    });

    // then: 400 naming both fields; the task is still open and the incident not resolved
    expect(refused.status, JSON.stringify(refused.body)).to.equal(400);
    expect(refused.body.error.details).to.deep.include.members([
      { field: 'outageEnd', message: 'must be later than Outage start (outageStart)' },
      { field: 'outageStart', message: 'must be earlier than Outage end (outageEnd)' },
    ]);
    const task = await api<{ state: string }>('GET', `/api/tasks/${diagnose.id}`, {
      as: 'service-desk',
    });
    expect(task.body.state).to.equal('open');
    expect((await incident(created.number)).status).to.equal('in_progress');

    // when: the same resolution with the outage in order
    const done = await api('POST', `/api/tasks/${diagnose.id}/complete`, {
      as: 'service-desk',
      body: { data: resolvedWithOutage('2026-03-02T10:00+08:00', '2026-03-02T11:30+08:00') },
    });

    // then: resolved, with the outage recorded and no engine incident on the instance
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    await incidentWhen(created.number, 'resolved', (i) => i.status === 'resolved');
    const row = await testContext()
      .platform.db('incidents')
      .where({ number: created.number })
      .first('outage_start', 'outage_end', 'process_instance_key');
    expect(new Date(row.outage_start).toISOString()).to.equal('2026-03-02T02:00:00.000Z');
    expect(new Date(row.outage_end).toISOString()).to.equal('2026-03-02T03:30:00.000Z');
    const engineIncidents = await testContext()
      .platform.db('engine_incidents')
      .where({ process_instance_key: row.process_instance_key, state: 'open' });
    expect(engineIncidents).to.have.length(0);
  });
});
