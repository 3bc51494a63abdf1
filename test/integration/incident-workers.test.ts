/**
 * The incident and major-incident workers on the real Postgres, with the real reference-data
 * repository, calendar provider, SLA service and notifier; only the engine's message
 * publishing is a stub. Jobs are run through `worker.run` with fake activated jobs, so the
 * input and output schemas are exercised as the engine would.
 */
import { expect, use } from 'chai';
import { randomInt, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import { createReferenceDataRepository } from '../../db/repositories/reference-data.repository.ts';
import { seedReferenceDefaults } from '../../db/seeds/reference-data.ts';
import { createCalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import { DEFAULT_CALENDARS } from '../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../lib/calendar/national-days-2026.ts';
import { createSlaService } from '../../domain/sla-service.ts';
import { createIncidentWorkers } from '../../workers/incident/index.ts';
import type { NotificationRequest } from '../../workers/incident/ports.ts';
import type { Worker } from '../../workers/lib/define-worker.ts';
import { createMajorIncidentWorkers } from '../../workers/major/index.ts';
import { createNotifier } from '../../domain/notifier.ts';
import { testContext } from '../helpers/test-platform.ts';
import { fakeJob, type FakeJob } from '../unit/workers/fake-job.ts';

use(sinonChai);

const ACTOR = 'test:incident-workers';

/** Job keys unique to this run (the engine's are int64 strings). */
let jobSeq = randomInt(1, 1_000_000) * 1_000_000;
const nextJobKey = () => String(++jobSeq);

/** A clock that moves forward a minute per reading: SLA ledgers never go back in time. */
function steppingClock(start = new Date()) {
  let t = start.getTime();
  return {
    now: () => new Date((t += 60_000)),
    advance(ms: number) {
      t += ms;
    },
  };
}

interface Fixture {
  db: Knex;
  s: string;
  customerId: string;
  contact: string;
  criticalService: string;
  ordinaryService: string;
  network: string;
  /** `CI-…-000007`: only the recurrence test links incidents to it. */
  ciId: string;
  ciNumber: string;
  /** The CI every other incident names. */
  otherCiId: string;
  otherCiNumber: string;
  l2: string;
  l3: string;
}

/** Reference rows of this run, with codes no other test uses. */
async function insertFixture(db: Knex): Promise<Fixture> {
  const s = randomUUID().slice(0, 8);
  const at = new Date();
  const stamp = { created_at: at, created_by: ACTOR, updated_at: at, updated_by: ACTOR };
  const [customer] = await db('customers')
    .insert({ code: `IW-${s}`, name_zh: '客户', name_en: 'Customer', ...stamp })
    .returning('id');
  const contact = `contact-${s}`;
  const [user] = await db('users')
    .insert({
      username: contact,
      display_name: 'Contact',
      password_hash: 'not-a-hash',
      created_at: at,
      customer_id: customer.id,
    })
    .returning('id');
  await db('user_roles').insert({ user_id: user.id, role: 'customer-contact' });
  const [critical] = await db('services')
    .insert({ code: `IW-C-${s}`, name_zh: '关键', name_en: 'Critical', critical: true, ...stamp })
    .returning('id');
  const [ordinary] = await db('services')
    .insert({ code: `IW-O-${s}`, name_zh: '普通', name_en: 'Ordinary', ...stamp })
    .returning('id');
  const network = `iw-network-${s}`;
  await db('incident_categories').insert({
    code: network,
    name_zh: '网络',
    name_en: 'Network',
    ...stamp,
  });
  const l2 = `resolver-l2-iw-${s}`;
  const l3 = `resolver-l3-iw-${s}`;
  await db('assignment_groups').insert([
    {
      code: l2,
      name_zh: '二线',
      name_en: 'L2',
      functional_level: 'L2',
      lead: `lead-${s}`,
      department_head: `head-${s}`,
      ...stamp,
    },
    { code: l3, name_zh: '三线', name_en: 'L3', functional_level: 'L3', ...stamp },
  ]);
  await db('routing_rules').insert({
    category_code: network,
    assignment_group: l2,
    rank: 1,
    ...stamp,
  });
  const ciNumber = `CI-IW${s}-000007`;
  const [ci] = await db('configuration_items')
    .insert({
      number: ciNumber,
      name: 'core-sw-07',
      type: 'network',
      service_id: ordinary.id,
      ...stamp,
    })
    .returning('id');
  const otherCiNumber = `CI-IW${s}-000001`;
  const [otherCi] = await db('configuration_items')
    .insert({
      number: otherCiNumber,
      name: 'edge-fw-01',
      type: 'network',
      service_id: ordinary.id,
      ...stamp,
    })
    .returning('id');
  return {
    db,
    s,
    otherCiId: otherCi.id,
    otherCiNumber,
    customerId: customer.id,
    contact,
    criticalService: critical.id,
    ordinaryService: ordinary.id,
    network,
    ciId: ci.id,
    ciNumber,
    l2,
    l3,
  };
}

describe('incident and major-incident workers (real Postgres)', function () {
  this.timeout(60_000);

  let f: Fixture;
  let workers: Map<string, Worker>;
  let sent: NotificationRequest[];
  let engine: { publishMessage: sinon.SinonStub; cancelInstance: sinon.SinonStub };
  let sla: ReturnType<typeof createSlaService>;
  const clock = steppingClock();

  before(async () => {
    const db = testContext().platform.db;
    await seedReferenceDefaults(db, new Date());
    f = await insertFixture(db);
    const referenceData = createReferenceDataRepository(db);
    const calendars = createCalendarProvider(async () => ({
      definitions: [...DEFAULT_CALENDARS],
      nationalYears: [...SHIPPED_NATIONAL_DAYS],
    }));
    const real = createNotifier({ db });
    sent = [];
    const notifier = {
      send(n: NotificationRequest) {
        sent.push(n);
        return real.send(n);
      },
    };
    sla = createSlaService({
      db,
      calendars,
      targets: (key) => referenceData.targetRowsFor(key),
      groupOf: (code) => referenceData.group(code),
      notifier,
      clock,
    });
    let key = 9000;
    engine = {
      publishMessage: sinon.stub().callsFake(async () => ({ key: String(++key) })),
      cancelInstance: sinon.stub().resolves(),
    };
    const deps = { db, engine, clock, sla, calendars, referenceData, notifier };
    workers = new Map(
      [...createIncidentWorkers(deps), ...createMajorIncidentWorkers(deps)].map((w) => [w.type, w]),
    );
  });

  /** Runs a job of this type with these variables; returns the fake job to inspect. */
  async function run(
    type: string,
    variables: Record<string, unknown>,
    jobKey = nextJobKey(),
  ): Promise<FakeJob> {
    const worker = workers.get(type);
    if (!worker) throw new Error(`no worker ${type}`);
    const job = fakeJob({ type, jobKey, variables, processInstanceKey: '2251799813999999' });
    await worker.run(job);
    return job;
  }

  /** The variables a job completed with (fails the test when it did not complete). */
  function completed(job: FakeJob): Record<string, unknown> {
    expect(job.fail.callCount, JSON.stringify(job.fail.firstCall?.args)).to.equal(0);
    expect(job.complete.callCount).to.equal(1);
    return job.complete.firstCall.args[0] as Record<string, unknown>;
  }

  /** Records an incident as a message start does; returns Task_Record's outputs. */
  async function recordIncident(over: Record<string, unknown> = {}) {
    const job = await run('itsm:incident.record:1', {
      requestId: randomUUID(),
      title: 'Core switch flapping',
      channel: 'monitoring',
      impact: 2,
      urgency: 2,
      ciId: f.otherCiNumber,
      customerId: f.customerId,
      ...over,
    });
    return completed(job) as { recordId: string; recordNumber: string; priority: string };
  }

  const incidentRow = (id: string) => f.db('incidents').where({ id }).first();

  it('when Msg_IncidentReported is recorded twice with one requestId, creates one numbered incident with its CI, history and audit', async () => {
    // given
    const requestId = randomUUID();
    const variables = {
      requestId,
      title: 'Core switch flapping',
      impact: 2,
      urgency: 2,
      ciId: f.otherCiNumber,
      sourceType: 'routine-inspection',
      sourceNumber: `INS-${f.s}`,
    };
    // when
    const first = completed(await run('itsm:incident.record:1', variables));
    const second = completed(await run('itsm:incident.record:1', variables));
    // then
    expect(second).to.deep.equal(first);
    expect(first).to.deep.include({
      recordType: 'incident',
      priority: 'P3',
      assignmentGroup: 'service-desk',
      assignee: '',
      customerId: null,
      serviceId: f.ordinaryService,
    });
    expect(first.recordNumber).to.match(/^INC-\d{4}-\d{6}$/);
    expect(first.incidentNumber).to.equal(first.recordNumber);
    const rows = await f.db('incidents').where({ request_id: requestId });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.deep.include({
      status: 'new',
      channel: 'monitoring',
      process_instance_key: '2251799813999999',
      source_type: 'routine-inspection',
    });
    expect(rows[0].created_by).to.match(/^itsm:incident\.record:1#\d+$/);
    expect(await f.db('incident_cis').where({ incident_id: first.recordId })).to.deep.equal([
      { incident_id: first.recordId, ci_id: f.otherCiId },
    ]);
    expect(
      await f
        .db('record_activities')
        .where({ record_type: 'incident', record_id: first.recordId })
        .select('action'),
    ).to.deep.equal([{ action: 'status' }]);
    expect(
      await f.db('audit_log').where({ table_name: 'incidents', record_id: first.recordId }),
    ).to.have.length(1);
  });

  describe('itsm:incident.classify:1', () => {
    it('when triage says impact 3, urgency 2 and first-line resolvable, gives P4 at the service desk (L1) and tells the customer', async () => {
      // given
      const { recordId } = await recordIncident();
      // when
      const job = await run('itsm:incident.classify:1', {
        recordId,
        category: f.network,
        type: 'degradation',
        impact: 3,
        urgency: 2,
        serviceId: f.ordinaryService,
        ciIds: [f.otherCiId],
        firstLineResolvable: true,
        customerUpdate: '我们正在处理',
      });
      // then
      expect(completed(job)).to.deep.equal({
        priority: 'P4',
        isMajor: false,
        majorCriteria: [],
        assignmentGroup: 'service-desk',
        assignee: '',
        functionalLevel: 'L1',
      });
      expect(await incidentRow(recordId)).to.deep.include({
        status: 'in_progress',
        priority: 'P4',
        category: f.network,
        impact: 3,
        urgency: 2,
        functional_level: 'L1',
      });
      const update = await f.db('record_activities').where({
        record_type: 'incident',
        record_id: recordId,
        action: 'customer_update',
      });
      expect(update.map((a) => [a.details.text, a.details.customerVisible])).to.deep.equal([
        ['我们正在处理', true],
      ]);
      const notes = await f.db('notifications').where({
        template: 'incident.customer-update',
        recipient: f.contact,
      });
      expect(notes).to.have.length(1);
    });

    it('when the incident has a security aspect at P3, raises it to P2', async () => {
      // given
      const { recordId } = await recordIncident();
      // when
      const job = await run('itsm:incident.classify:1', {
        recordId,
        category: f.network,
        type: 'degradation',
        impact: 2,
        urgency: 2,
        isSecurity: true,
        assignmentGroup: f.l3,
      });
      // then
      expect(completed(job)).to.deep.include({
        priority: 'P2',
        assignmentGroup: f.l3,
        functionalLevel: 'L3',
      });
      expect(await incidentRow(recordId)).to.deep.include({ priority: 'P2', is_security: true });
    });

    it('when no group is chosen, routes by category to the rule group and clears the assignee', async () => {
      // given
      const { recordId } = await recordIncident();
      await f.db('incidents').where({ id: recordId }).update({ assignee: 'someone' });
      // when
      const job = await run('itsm:incident.classify:1', {
        recordId,
        category: f.network,
        type: 'interruption',
        impact: 2,
        urgency: 3,
        ciIds: [f.otherCiId],
      });
      // then
      expect(completed(job)).to.deep.include({
        priority: 'P4',
        assignmentGroup: f.l2,
        assignee: '',
        functionalLevel: 'L2',
      });
      expect(await incidentRow(recordId)).to.deep.include({
        assignee: null,
        assignment_group: f.l2,
      });
    });

    it('when a P1 interrupts a critical service, is major by the default criteria', async () => {
      // given
      const { recordId } = await recordIncident();
      // when
      const job = await run('itsm:incident.classify:1', {
        recordId,
        category: f.network,
        type: 'interruption',
        impact: 1,
        urgency: 1,
        serviceId: f.criticalService,
        assignmentGroup: f.l2,
      });
      // then
      expect(completed(job)).to.deep.include({
        priority: 'P1',
        isMajor: true,
        majorCriteria: ['critical_service_down'],
      });
      expect(await incidentRow(recordId)).to.deep.include({ is_major: true });
    });
  });

  it('when transferred from the service desk to L2 (twice by the same job), writes one L1→L2 escalation row', async () => {
    // given
    const { recordId } = await recordIncident();
    const jobKey = nextJobKey();
    const variables = { recordId, nextGroup: f.l2, workNote: 'Needs network team' };
    // when
    const first = await run('itsm:incident.escalate-functional:1', variables, jobKey);
    const again = await run('itsm:incident.escalate-functional:1', variables, jobKey);
    // then
    const expected = { assignmentGroup: f.l2, assignee: '', functionalLevel: 'L2' };
    expect(completed(first)).to.deep.equal(expected);
    expect(completed(again)).to.deep.equal(expected);
    const rows = await f.db('escalations').where({ record_id: recordId });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.deep.include({
      record_type: 'incident',
      kind: 'functional',
      from_level: 'L1',
      to_level: 'L2',
      from_group: 'service-desk',
      to_group: f.l2,
      reason: 'manual',
    });
    expect(await incidentRow(recordId)).to.deep.include({
      assignment_group: f.l2,
      functional_level: 'L2',
    });
  });

  it('when resolved, rejected, resolved again and confirmed, ends closed with reopen_count 1, clocks stopped and one satisfaction row', async () => {
    // given
    const { recordId, recordNumber } = await recordIncident();
    await sla.startClocks({
      recordType: 'incident',
      recordId,
      recordNumber,
      priority: 'P3',
      customerId: f.customerId,
      clockTypes: ['response', 'resolution'],
      at: clock.now(),
      actor: ACTOR,
    });
    const resolution = {
      recordId,
      resolution: 'Replaced the switch port',
      resolutionCode: 'hardware-replaced',
      unplannedOutage: true,
      outageStart: '2026-11-24T08:00+08:00',
      outageEnd: '2026-11-24T09:30+08:00',
    };
    const resolutionClock = async () =>
      (await sla.clocksOf('incident', recordId)).find((c) => c.clockType === 'resolution');

    // when: resolved
    const resolved = completed(await run('itsm:incident.resolve:1', resolution));
    // then
    expect(resolved.resolvedAt).to.match(/\+08:00$/);
    expect(resolved.confirmDueAt).to.match(/\+08:00$/);
    expect(
      new Date(String(resolved.confirmDueAt)) > new Date(String(resolved.resolvedAt)),
    ).to.equal(true);
    expect(await incidentRow(recordId)).to.deep.include({
      status: 'resolved',
      resolution_code: 'hardware-replaced',
      unplanned_outage: true,
    });
    expect((await resolutionClock())?.clock.state).to.equal('stopped');
    const resolvedMessages = await f.db('published_messages').where({
      message_name: 'Msg_IncidentResolved',
      correlation_key: recordNumber,
    });
    expect(resolvedMessages).to.have.length(1);
    expect(Number(resolvedMessages[0].time_to_live_ms)).to.equal(7 * 24 * 3600_000);

    // when: the customer does not accept
    const reopened = completed(
      await run('itsm:incident.reopen:1', {
        recordId,
        comment: 'Still dropping',
        serviceRestored: true,
        resolutionAccepted: false,
      }),
    );
    // then
    expect(reopened.assignee).to.equal('');
    expect(reopened.slaResolution).to.have.keys('clockId', 'dueAt', 'at50', 'at75', 'at100');
    expect(await incidentRow(recordId)).to.deep.include({
      status: 'in_progress',
      reopen_count: 1,
      resolved_at: null,
    });
    expect((await resolutionClock())?.clock.state).to.equal('running');

    // when: resolved again and confirmed (the close job runs twice)
    completed(await run('itsm:incident.resolve:1', resolution));
    const closeKey = nextJobKey();
    const confirmation = {
      recordId,
      serviceRestored: true,
      resolutionAccepted: true,
      confirmedBy: 'li.lei',
      confirmationChannel: 'phone',
      rating: 4,
      comment: 'Fine now',
    };
    const closed = completed(await run('itsm:incident.close:1', confirmation, closeKey));
    const closedAgain = completed(await run('itsm:incident.close:1', confirmation, closeKey));
    // then
    expect(closedAgain).to.deep.equal(closed);
    const row = await incidentRow(recordId);
    expect(row).to.deep.include({
      status: 'closed',
      reopen_count: 1,
      confirmed_by: 'li.lei',
      confirmation_channel: 'phone',
      rating: 80,
    });
    expect(row.closed_at).to.be.instanceOf(Date);
    const responses = await f.db('satisfaction_responses').where({ record_id: recordId });
    expect(responses.map((r) => [r.kind, r.score, r.customer_id])).to.deep.equal([
      ['transactional', 80, f.customerId],
    ]);
  });

  it('when the resolution text is missing, refuses to close with an incident and leaves the record resolved', async () => {
    // given
    const { recordId } = await recordIncident();
    await f.db('incidents').where({ id: recordId }).update({
      status: 'resolved',
      resolved_at: new Date(),
      resolution_code: 'other',
      resolution: null,
    });
    // when
    const job = await run('itsm:incident.close:1', {
      recordId,
      serviceRestored: true,
      resolutionAccepted: true,
      confirmedBy: 'li.lei',
      confirmationChannel: 'portal',
      rating: 5,
    });
    // then
    expect(job.fail).to.have.been.calledOnceWith(
      sinon.match({
        errorMessage: sinon.match(/cannot be closed: the resolution text is missing/),
        retries: 0,
      }),
    );
    expect(await incidentRow(recordId)).to.deep.include({ status: 'resolved', closed_at: null });
    expect(await f.db('satisfaction_responses').where({ record_id: recordId })).to.deep.equal([]);
  });

  it('when a third incident on the same CI and category in 30 days is checked, recurs with all three; a fourth covered by a problem does not count', async () => {
    // given
    const triage = { category: f.network, type: 'degradation', impact: 3, urgency: 3 };
    const ids: string[] = [];
    const numbers: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const { recordId, recordNumber } = await recordIncident({ ciId: f.ciId });
      completed(await run('itsm:incident.classify:1', { recordId, ...triage, ciIds: [f.ciId] }));
      ids.push(recordId);
      numbers.push(recordNumber);
    }
    const covered = await recordIncident({ ciId: f.ciId });
    completed(
      await run('itsm:incident.classify:1', {
        recordId: covered.recordId,
        ...triage,
        ciIds: [f.ciId],
      }),
    );
    await f.db('incidents').where({ id: covered.recordId }).update({ problem_id: 'PRB-X' });
    // when
    const job = await run('itsm:incident.check-recurrence:1', { recordId: ids[2] });
    // then
    expect(completed(job)).to.deep.equal({
      recurring: true,
      relatedIncidents: [...numbers].sort(),
    });
    expect(await incidentRow(ids[2] as string)).to.deep.include({ recurring: true });
  });

  it('when a major incident review lists two opportunities and needs a problem, publishes two Msg_ImprovementProposed and one Msg_ProblemRequested once, though run twice', async () => {
    // given
    const { recordId, recordNumber } = await recordIncident({ impact: 1, urgency: 1 });
    const declared = completed(
      await run('itsm:major.declare:1', {
        recordId,
        declaredBy: 'incident-manager',
        majorCriteria: ['critical_service_down'],
      }),
    );
    const declaredAgain = completed(await run('itsm:major.declare:1', { recordId }));
    expect(declaredAgain).to.deep.equal(declared);
    const majorIncidentId = String(declared.majorIncidentId);
    engine.publishMessage.resetHistory();
    const reviewKey = nextJobKey();
    const review = {
      majorIncidentId,
      reviewDate: '2026-11-24',
      participants: 'li.lei, wang.wei',
      improvementOpportunities: [
        { title: 'Second uplink for the core switch', description: 'Remove the single point' },
        { title: 'Alert on port flapping' },
      ],
      problemNeeded: true,
    };
    // when
    const first = completed(await run('itsm:major.record-review:1', review, reviewKey));
    const again = completed(await run('itsm:major.record-review:1', review, reviewKey));
    // then
    expect(first).to.deep.equal({ improvementCount: 2, problemRequested: true });
    expect(again).to.deep.equal(first);
    const outbox = await f.db('published_messages').where({ source_number: recordNumber });
    const byName = (name: string) => outbox.filter((m) => m.message_name === name);
    expect(byName('Msg_ImprovementProposed')).to.have.length(2);
    expect(byName('Msg_ProblemRequested')).to.have.length(1);
    expect(engine.publishMessage).to.have.callCount(3);
    for (const m of [...byName('Msg_ImprovementProposed'), ...byName('Msg_ProblemRequested')]) {
      expect(Number(m.time_to_live_ms)).to.equal(0);
      expect(m.variables.requestId).to.equal(m.correlation_key);
      expect(m.variables).to.deep.include({
        sourceType: 'major-incident',
        sourceNumber: recordNumber,
      });
    }
    expect(
      byName('Msg_ImprovementProposed')
        .map((m) => m.variables.title)
        .sort(),
    ).to.deep.equal(['Alert on port flapping', 'Second uplink for the core switch']);
    expect(byName('Msg_ProblemRequested')[0].variables.relatedIncidents).to.deep.equal([
      recordNumber,
    ]);
    const major = await f.db('major_incidents').where({ id: majorIncidentId }).first();
    expect(major).to.deep.include({ problem_needed: true, status: 'reviewed' });
    expect(major.attributes.participants).to.deep.equal(['li.lei', 'wang.wei']);
    expect(await incidentRow(recordId)).to.deep.include({ is_major: true });
  });
});
