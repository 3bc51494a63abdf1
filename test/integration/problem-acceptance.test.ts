/**
 * The acceptance scenarios of processes.md §3 (`problem-management`) on the real engine and
 * Postgres, through the REST API as the problem manager and the resolver groups act. Requests
 * from incidents arrive as `Msg_ProblemRequested` through the outbox, as the incident process
 * publishes them; the change process does not exist yet, so the test publishes its
 * `Msg_ChangeClosed`. Time is moved with the engine clock, never by sleeping.
 */
import { expect } from 'chai';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { api, instanceInState, waitFor } from '../helpers/api.ts';
import {
  deployWorkflows,
  engineNow,
  moveClockTo,
  openTask,
  reportIncident,
  seeded,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

const db = () => testContext().platform.db;

interface ProblemView {
  id: string;
  number: string;
  status: string;
  priority: string | null;
  knownErrorNumber: string | null;
  resolvedAt: string | null;
  recurrences: number | null;
  links: { type: string; number: string; relation: string }[];
  sla: { clockType: string; dueAt: string; state: string }[];
}

async function problem(number: string): Promise<ProblemView> {
  const res = await api<ProblemView>('GET', `/api/problems/${number}`, { as: 'problem-manager' });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body;
}

function problemWhen(number: string, what: string, check: (p: ProblemView) => boolean) {
  return waitFor(`${number} ${what}`, async () => {
    const p = await problem(number);
    return check(p) ? p : undefined;
  });
}

/** An incident logged directly in the database (its own process is not under test here). */
async function loggedIncident(number: string, category: string, ciId: string, createdAt: Date) {
  const [row] = await db()('incidents')
    .insert({
      number,
      status: 'closed',
      title: `${category} incident ${number}`,
      channel: 'phone',
      reporter_name: 'test',
      impact: 3,
      urgency: 3,
      priority: 'P4',
      category,
      assignment_group: 'service-desk',
      created_at: createdAt,
      created_by: 'service-desk',
      updated_at: createdAt,
      updated_by: 'service-desk',
    })
    .returning('*');
  await db()('incident_cis').insert({ incident_id: row.id, ci_id: ciId });
  return row as { id: string; number: string };
}

/** Publishes `Msg_ProblemRequested` through the outbox with the incident process's variables. */
async function requestProblem(key: string, v: Record<string, unknown>) {
  const { engine, clock } = testContext().platform;
  await publishThroughOutbox(
    { engine, messages: createPublishedMessageRepository(db()), clock },
    {
      idempotencyKey: `test:${key}`,
      name: 'Msg_ProblemRequested',
      variables: { sourceType: 'incident', recurring: true, problemSuspected: false, ...v },
      timeToLiveMs: 0,
      sourceType: 'incident',
      sourceNumber: String(v.sourceNumber),
    },
  );
}

/** The problem an incident was linked to, once it is. */
function problemOfIncident(incident: string): Promise<string> {
  return waitFor(`a problem linked to ${incident}`, async () => {
    const link = await db()('record_links')
      .where({ from_number: incident, to_type: 'problem' })
      .first();
    return link?.to_number as string | undefined;
  });
}

async function raiseProblem(title: string, category: string): Promise<string> {
  const res = await api<{ number: string }>('POST', '/api/problems', {
    as: 'problem-manager',
    body: { title, category, description: `${title}（描述）` },
  });
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body.number;
}

async function classify(number: string, data: Record<string, unknown>) {
  await work(await openTask(number, 'UserTask_Classify', 'problem-manager'), 'problem-manager', {
    ownerGroup: 'resolver-l2',
    ...data,
  });
}

function investigation(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    rootCauseFound: false,
    resolutionRequiresChange: false,
    ...overrides,
  };
}

describe('problem management: acceptance scenarios of §3', function () {
  this.timeout(240_000);
  let ci: { id: string; number: string }[];
  const waiting = { incident: 'INC-1998-000777', category: 'other' };

  before(async () => {
    ci = await db()('configuration_items').orderBy('number').limit(6).select('id', 'number');
    expect(ci.length, 'development seed: six CIs').to.equal(6);
    // A request raised while problem-management is not deployed waits in the outbox.
    await requestProblem('waiting-before-deploy', {
      sourceNumber: waiting.incident,
      relatedIncidents: [waiting.incident],
      ciIds: [ci[5]!.id],
      category: waiting.category,
      knownErrorId: null,
    });
    await deployWorkflows();
  });

  it('a Msg_ProblemRequested waiting in the outbox before the deploy starts the process once it is deployed', async () => {
    const row = await waitFor('the waiting request to start an instance', async () => {
      const r = await db()('published_messages')
        .where({ idempotency_key: 'test:waiting-before-deploy' })
        .first();
      return r?.started_instance_key ? r : undefined;
    });
    const recorded = await waitFor('its problem', async () =>
      db()('problems').where({ source_number: waiting.incident }).first(),
    );
    expect(recorded.category).to.equal(waiting.category);
    expect(recorded.process_instance_key).to.equal(String(row.started_instance_key));
    expect(recorded.number).to.match(/^PRB-\d{4}-\d{6}$/);
  });

  it('1. three incidents on one CI and category open one problem linked to all three; a fourth joins it', async () => {
    const now = await engineNow();
    const incidents = [];
    for (const [n, daysAgo] of [20, 10, 1].entries())
      incidents.push(
        await loggedIncident(
          `INC-1998-00010${n}`,
          'hardware',
          ci[0]!.id,
          new Date(now.getTime() - daysAgo * 86_400_000),
        ),
      );
    const numbers = incidents.map((i) => i.number);

    await requestProblem('s1-first', {
      sourceNumber: numbers[2],
      recordId: incidents[2]!.id,
      relatedIncidents: numbers,
      ciIds: [ci[0]!.id],
      category: 'hardware',
      knownErrorId: null,
    });
    const number = await problemOfIncident(numbers[2]!);
    const first = await waitFor('links to all three incidents', async () => {
      const p = await problem(number);
      return p.links.filter((l) => l.type === 'incident').length === 3 ? p : undefined;
    });
    expect(first.status).to.equal('new');
    expect(first.links.filter((l) => l.type === 'incident').map((l) => l.number)).to.have.members(
      numbers,
    );
    await openTask(number, 'UserTask_Classify', 'problem-manager');

    const fourth = await loggedIncident('INC-1998-000104', 'hardware', ci[0]!.id, now);
    await requestProblem('s1-fourth', {
      sourceNumber: fourth.number,
      recordId: fourth.id,
      relatedIncidents: [fourth.number],
      ciIds: [ci[0]!.id],
      category: 'hardware',
      knownErrorId: null,
    });
    expect(await problemOfIncident(fourth.number)).to.equal(number);
    const row = await waitFor('the fourth request started an instance', async () => {
      const r = await db()('published_messages')
        .where({ idempotency_key: 'test:s1-fourth' })
        .first();
      return r?.started_instance_key ? r : undefined;
    });
    const linked = await instanceInState(String(row.started_instance_key), 'completed');
    expect(linked.elements.map((e) => e.elementId)).to.include('EndEvent_Linked');
    const hardware = await db()('problems').where({ category: 'hardware' });
    expect(hardware, 'no second problem').to.have.length(1);
  });

  it('1b. two requests for the same CI and category arriving together record one problem', async () => {
    const now = await engineNow();
    const [a, b] = [
      await loggedIncident('INC-1998-000201', 'security', ci[3]!.id, now),
      await loggedIncident('INC-1998-000202', 'security', ci[3]!.id, now),
    ];
    await Promise.all(
      [a!, b!].map((incident) =>
        requestProblem(`s1b-${incident.number}`, {
          sourceNumber: incident.number,
          recordId: incident.id,
          relatedIncidents: [incident.number],
          ciIds: [ci[3]!.id],
          category: 'security',
          knownErrorId: null,
        }),
      ),
    );
    const [pa, pb] = [await problemOfIncident(a!.number), await problemOfIncident(b!.number)];
    expect(pa).to.equal(pb);
    expect(await db()('problems').where({ category: 'security' })).to.have.length(1);
  });

  it('2. a workaround found in the investigation publishes a known error that the incident forms offer', async () => {
    const number = await raiseProblem('邮件服务间歇中断 / mail drops', 'application');
    await classify(number, {
      category: 'application',
      impact: '2',
      urgency: '2',
      affectedCiIds: [ci[1]!.id],
    });
    const investigate = await openTask(number, 'UserTask_Investigate', 'resolver-l2');
    await work(
      investigate,
      'resolver-l2',
      investigation({
        rootCause: '邮件网关连接池耗尽 / gateway connection pool exhausted',
        workaround: '重启邮件网关 / restart the mail gateway',
        preventiveMeasures: 'monitor the pool',
      }),
    );

    const known = await problemWhen(number, 'known error', (p) => p.status === 'known_error');
    expect(known.priority).to.equal('P3');
    expect(known.knownErrorNumber).to.match(/^KE-\d{4}-\d{6}$/);
    const ke = await api<Record<string, unknown>>(
      'GET',
      `/api/known-errors/${known.knownErrorNumber}`,
      { as: 'service-desk' },
    );
    expect(ke.status).to.equal(200);
    expect(ke.body).to.include({
      status: 'active',
      problemNumber: number,
      workaround: '重启邮件网关 / restart the mail gateway',
    });
    expect(ke.body.publishedAt).to.be.a('string');
    const found = await api<{ items: { number: string }[] }>(
      'GET',
      `/api/known-errors?q=${encodeURIComponent('连接池')}`,
      { as: 'service-desk' },
    );
    expect(found.body.items.map((k) => k.number)).to.include(known.knownErrorNumber);

    // the incident triage form's known-error picker offers it (through the task route)
    const ref = await seeded();
    const created = await reportIncident({
      title: '邮件发送失败 / mail not sent',
      impact: 3,
      urgency: 2,
      customerId: ref.customer.id,
      serviceId: ref.ordinary.id,
    });
    const triage = await openTask(created.number, 'UserTask_Triage', 'service-desk');
    const shown = await api<{ variables: { knownErrorOptions?: { value: string }[] } }>(
      'GET',
      `/api/tasks/${triage.id}`,
      { as: 'service-desk' },
    );
    expect(shown.body.variables.knownErrorOptions!.map((o) => o.value)).to.include(
      known.knownErrorNumber,
    );
    await openTask(number, 'UserTask_Resolve', 'resolver-l2');
  });

  it('3. a change closed as failed reopens the investigation; closed successfully, post-resolution follows', async () => {
    const number = await raiseProblem('存储阵列固件缺陷 / storage firmware defect', 'hardware');
    await classify(number, {
      category: 'hardware',
      impact: '3',
      urgency: '3',
      affectedCiIds: [ci[2]!.id],
    });
    const firstTask = await openTask(number, 'UserTask_Investigate', 'resolver-l2');
    const needsChange = investigation({
      resolutionRequiresChange: true,
      resolutionPlan: 'upgrade the firmware / 升级固件',
    });
    await work(firstTask, 'resolver-l2', needsChange);
    await problemWhen(number, 'awaiting change', (p) => p.status === 'awaiting_change');
    const rfc = await waitFor('Msg_ChangeRequested in the outbox', async () =>
      db()('published_messages')
        .where({ message_name: 'Msg_ChangeRequested', source_number: number })
        .first(),
    );
    expect(rfc.variables).to.include({ sourceType: 'problem', sourceNumber: number });

    const { engine } = testContext().platform;
    await engine.publishMessage({
      name: 'Msg_ChangeClosed',
      correlationKey: number,
      variables: { changeSuccessful: false, changeNumber: 'CHG-2026-000001' },
      timeToLiveMs: 3_600_000,
    });
    const again = await openTask(number, 'UserTask_Investigate', 'resolver-l2', {
      not: firstTask.id,
    });
    await problemWhen(number, 'investigating again', (p) => p.status === 'investigating');
    await work(again, 'resolver-l2', needsChange);
    await problemWhen(number, 'awaiting change again', (p) => p.status === 'awaiting_change');
    await engine.publishMessage({
      name: 'Msg_ChangeClosed',
      correlationKey: number,
      variables: { changeSuccessful: true, changeNumber: 'CHG-2026-000002' },
      timeToLiveMs: 3_600_000,
    });
    await openTask(number, 'UserTask_PostResolution', 'resolver-l2');
  });

  it('5. a P2 problem whose RCA clock passes 75 % notifies the problem manager and records threshold75', async () => {
    const number = await raiseProblem('核心数据库性能下降 / database slowdown', 'network');
    await classify(number, {
      category: 'network',
      impact: '1',
      urgency: '2',
      affectedCiIds: [ci[3]!.id],
    });
    const classified = await problemWhen(number, 'RCA clock running', (p) =>
      p.sla.some((c) => c.clockType === 'rca' && c.state === 'running'),
    );
    expect(classified.priority).to.equal('P2');
    const clock = await db()('sla_clocks')
      .where({ record_type: 'problem', record_id: classified.id, clock_type: 'rca' })
      .first();
    await openTask(number, 'UserTask_Investigate', 'resolver-l2');

    await moveClockTo(clock.at75);

    const escalation = await waitFor('threshold75 escalation', async () =>
      db()('escalations')
        .where({ record_type: 'problem', record_id: classified.id, reason: 'threshold75' })
        .first(),
    );
    expect(escalation.kind).to.equal('hierarchical');
    const notified = await waitFor('the problem manager notified', async () => {
      const rows = await db()('notifications').where({ record_number: number });
      return rows.some((r) => String(r.recipient).includes('problem-manager')) ? rows : undefined;
    });
    expect(notified.length).to.be.greaterThan(0);

    // and a manual escalation (§0.5) is handled by the event sub-process without interrupting
    const escalated = await api('POST', `/api/problems/${number}/escalate`, {
      as: 'problem-manager',
      body: { comment: '需要厂商支持 / vendor support needed' },
    });
    expect(escalated.status, JSON.stringify(escalated.body)).to.equal(200);
    const manual = await waitFor('manual escalation', async () =>
      db()('escalations')
        .where({ record_type: 'problem', record_id: classified.id, reason: 'manual' })
        .first(),
    );
    expect(manual).to.include({ kind: 'hierarchical', to_level: 'H2', by: 'problem-manager' });
    await openTask(number, 'UserTask_Investigate', 'resolver-l2');
  });

  it('4. one incident with the same CI and category within 30 days of resolution: one recurrence, review instead of closure', async () => {
    const number = await raiseProblem('门禁系统账号同步失败 / badge sync fails', 'access');
    await classify(number, {
      category: 'access',
      impact: '3',
      urgency: '2',
      affectedCiIds: [ci[4]!.id],
    });
    await work(
      await openTask(number, 'UserTask_Investigate', 'resolver-l2'),
      'resolver-l2',
      investigation({}),
    );
    await work(await openTask(number, 'UserTask_Resolve', 'resolver-l2'), 'resolver-l2', {
      resolutionSummary: '同步任务改为增量 / incremental sync',
    });
    await work(await openTask(number, 'UserTask_PostResolution', 'resolver-l2'), 'resolver-l2', {
      kbUpdated: true,
      docsUpdated: 'none: no user-facing change / 无：用户无感知',
      improvementProposals: '同步失败告警 / alert on sync failure\nreview the sync runbook',
    });
    const resolved = await problemWhen(number, 'resolved', (p) => p.status === 'resolved');
    const improvements = await waitFor('two improvement proposals in the outbox', async () => {
      const rows = await db()('published_messages').where({
        message_name: 'Msg_ImprovementProposed',
        source_number: number,
      });
      return rows.length === 2 ? rows : undefined;
    });
    expect(improvements.map((r) => r.variables.title)).to.have.members([
      '同步失败告警 / alert on sync failure',
      'review the sync runbook',
    ]);

    const resolvedAt = new Date(resolved.resolvedAt!);
    await loggedIncident(
      'INC-1998-000401',
      'access',
      ci[4]!.id,
      new Date(resolvedAt.getTime() + 86_400_000),
    );
    await loggedIncident(
      'INC-1998-000402',
      'hardware',
      ci[4]!.id,
      new Date(resolvedAt.getTime() + 86_400_000),
    );
    await moveClockTo(new Date(resolvedAt.getTime() + 30 * 86_400_000));

    await openTask(number, 'UserTask_ReviewIneffective', 'problem-manager', { timeoutMs: 30_000 });
    const checked = await problem(number);
    expect(checked.recurrences).to.equal(1);
    expect(checked.status).to.equal('resolved');

    // the problem manager accepts the resolution with a reason: the problem is closed
    await work(
      await openTask(number, 'UserTask_ReviewIneffective', 'problem-manager'),
      'problem-manager',
      { reopen: false, reason: '复发与本问题无关 / unrelated recurrence' },
    );
    await problemWhen(number, 'closed', (p) => p.status === 'closed');
  });

  it('6. a resolution without recurrence in 30 days closes the problem and resolves its known error', async () => {
    const number = await raiseProblem('打印队列卡死 / print queue stalls', 'other');
    await classify(number, {
      category: 'other',
      impact: '3',
      urgency: '3',
      affectedCiIds: [ci[5]!.id],
    });
    await work(
      await openTask(number, 'UserTask_Investigate', 'resolver-l2'),
      'resolver-l2',
      investigation({ rootCauseFound: true, rootCause: '驱动缺陷 / driver defect' }),
    );
    const known = await problemWhen(number, 'known error', (p) => p.status === 'known_error');
    await work(await openTask(number, 'UserTask_Resolve', 'resolver-l2'), 'resolver-l2', {
      resolutionSummary: '更新驱动 / driver updated',
    });
    await work(await openTask(number, 'UserTask_PostResolution', 'resolver-l2'), 'resolver-l2', {
      kbUpdated: true,
      docsUpdated: 'driver installation guide',
    });
    const resolved = await problemWhen(number, 'resolved', (p) => p.status === 'resolved');

    await moveClockTo(new Date(new Date(resolved.resolvedAt!).getTime() + 30 * 86_400_000));

    const closed = await problemWhen(number, 'closed', (p) => p.status === 'closed');
    expect(closed.recurrences).to.equal(0);
    const ke = await api<{ status: string; publishedAt: string }>(
      'GET',
      `/api/known-errors/${known.knownErrorNumber}`,
      { as: 'problem-manager' },
    );
    expect(ke.body.status).to.equal('resolved');
    expect(ke.body.publishedAt, 'still published, as history').to.be.a('string');
  });
});
