/**
 * The acceptance scenarios of processes.md §1.3 on the real engine and Postgres, through the
 * REST API as the service desk, resolvers, managers and customer contacts would act. SLA
 * thresholds are reached by moving the engine clock forward, never by sleeping; every
 * instant is computed from the engine's current time, so the tests do not depend on today.
 */
import { expect } from 'chai';
import { api, waitFor, type InstanceDetail } from '../helpers/api.ts';
import {
  clocks,
  DAY_MS,
  deployWorkflows,
  engineNow,
  incident,
  incidentWhen,
  moveClockTo,
  openTask,
  plainWeekday,
  reportIncident,
  resolveFromDiagnose,
  seeded,
  triage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

const db = () => testContext().platform.db;

async function escalationsOf(number: string) {
  return db()('escalations as e')
    .join('incidents as i', 'i.id', 'e.record_id')
    .where('i.number', number)
    .orderBy('e.id')
    .select('e.*');
}

async function notificationsOf(number: string) {
  return db()('notifications').where({ record_number: number }).orderBy('created_at');
}

/** How many times the instance entered an element (read through the cockpit's API). */
async function timesEntered(instanceKey: string, elementId: string): Promise<number> {
  const res = await api<InstanceDetail>('GET', `/api/process-instances/${instanceKey}`, {
    as: 'process-owner',
  });
  return res.body.elements
    .filter((e) => e.elementId === elementId)
    .reduce((n, e) => n + e.count, 0);
}

async function outboxOf(number: string, messageName: string) {
  return db()('published_messages').where({ source_number: number, message_name: messageName });
}

function confirmation(accepted: boolean): Record<string, unknown> {
  return {
    serviceRestored: accepted,
    resolutionAccepted: accepted,
    confirmedBy: '王伟',
    confirmationChannel: 'phone',
    rating: accepted ? 5 : 2,
    comment: accepted ? '谢谢' : '问题仍然存在 / still broken',
  };
}

describe('incident management: acceptance scenarios of §1.3', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('1. phone report, first-line fix: P4, response clock stops at triage, closed with met on both clocks', async () => {
    const created = await reportIncident({
      title: '打印机无法连接 / printer offline',
      impact: 3,
      urgency: 2,
      customerId: ref.customer.id,
      serviceId: ref.ordinary.id,
    });
    expect(created.number).to.match(/^INC-\d{4}-\d{6}$/);
    expect(created.priority).to.equal('P4');
    expect(created.sla.responseDueAt).to.be.a('string');
    expect(created.sla.resolutionDueAt).to.be.a('string');
    expect(created.processInstanceKey).to.be.a('string');

    const triageTask = await openTask(created.number, 'UserTask_Triage', 'service-desk');
    expect(triageTask.dueAt, 'triage due at the response due instant').to.be.a('string');
    await work(triageTask, 'service-desk', triage(ref.ordinary.id, {}));
    const responded = await incidentWhen(created.number, 'responded', (i) => !!i.sla.respondedAt);
    expect(responded.priority).to.equal('P4');
    await waitFor(
      'response clock stopped',
      async () => (await clocks(created.number)).response?.state === 'stopped',
    );

    await resolveFromDiagnose(created.number, 'service-desk');
    const confirm = await openTask(
      created.number,
      'UserTask_ConfirmResolution',
      'customer-contact',
    );
    await work(confirm, 'customer-contact', confirmation(true));
    const closed = await incidentWhen(created.number, 'closed', (i) => i.status === 'closed');
    expect(closed.reopenCount).to.equal(0);
    const c = await clocks(created.number);
    expect(c.response!.met, 'response met').to.equal(true);
    expect(c.resolution!.met, 'resolution met').to.equal(true);
    const rating = await db()('satisfaction_responses').where({ record_id: created.id }).first();
    expect(rating?.score, 'rating 5 stars stored as 100').to.equal(100);
    expect(closed.history.map((h) => h.action)).to.include.members([
      'status',
      'sla.start',
      'sla.stop',
    ]);
  });

  it('2. functional and hierarchical escalation: L1→L2, thresholds 50/75/100, customer warned once, breach once', async () => {
    const created = await reportIncident({
      title: 'ERP 响应缓慢 / ERP slow',
      impact: 1,
      urgency: 2,
      customerId: ref.customer.id,
      serviceId: ref.ordinary.id,
    });
    expect(created.priority).to.equal('P2');
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { impact: 1, urgency: 2, category: 'application' }),
    );
    const transfer = await openTask(created.number, 'UserTask_Diagnose', 'service-desk');
    await work(transfer, 'service-desk', {
      workNote: '一线无法解决 / beyond first line',
      outcome: 'transfer',
      nextGroup: 'resolver-l2',
      workaroundUsed: false,
      serviceRestored: false,
      unplannedOutage: false,
      problemSuspected: false,
    });
    const atL2 = await incidentWhen(
      created.number,
      'at L2',
      (i) => i.assignmentGroup === 'resolver-l2',
    );
    expect(atL2.functionalLevel).to.equal('L2');
    const l2Task = await openTask(created.number, 'UserTask_Diagnose', 'resolver-l2');
    await api('POST', `/api/tasks/${l2Task.id}/claim`, { as: 'resolver-l2' });
    const functional = (await escalationsOf(created.number)).filter((e) => e.kind === 'functional');
    expect(functional.map((e) => [e.from_level, e.to_level, e.to_group])).to.deep.equal([
      ['L1', 'L2', 'resolver-l2'],
    ]);

    const resolution = (await clocks(created.number)).resolution!;
    const at = (level: number) => resolution.thresholds.find((t) => t.level === level)!.dueAt;

    await moveClockTo(at(50));
    await waitFor('threshold 50 escalation', async () =>
      (await escalationsOf(created.number)).some((e) => e.reason === 'threshold50'),
    );
    await moveClockTo(at(75));
    const review = await openTask(created.number, 'UserTask_AtRiskReview', 'incident-manager');
    expect(
      (await escalationsOf(created.number)).find((e) => e.reason === 'threshold75')?.to_level,
    ).to.equal('H2');
    await work(review, 'incident-manager', {
      willMeetTarget: false,
      action: 'add-resources',
      customerNotice:
        '预计无法按时恢复，已增派工程师 / restoration will be late; more engineers assigned',
    });
    const warned = await waitFor('customer warned', async () => {
      const row = await db()('incidents').where({ number: created.number }).first();
      return row.customer_warned_at ? row : undefined;
    });
    expect(warned.customer_warned_at).to.be.instanceOf(Date);

    await moveClockTo(at(100));
    await waitFor('threshold 100 escalation', async () =>
      (await escalationsOf(created.number)).some((e) => e.reason === 'threshold100'),
    );
    const breached = await incidentWhen(
      created.number,
      'breached',
      (i) => i.sla.breached.resolution,
    );
    expect(breached.escalationLevel).to.equal('H3');
    const thresholdRows = (await escalationsOf(created.number)).filter((e) =>
      e.reason.startsWith('threshold'),
    );
    expect(thresholdRows.map((e) => e.reason)).to.deep.equal([
      'threshold50',
      'threshold75',
      'threshold100',
    ]);
    expect(thresholdRows.slice(1).map((e) => e.to_level)).to.deep.equal(['H2', 'H3']);
    const ledger = (await clocks(created.number)).resolution!.events;
    expect(
      ledger.filter((e) => e.event === 'breach'),
      'breach recorded once',
    ).to.have.length(1);
    expect(ledger.filter((e) => e.event === 'threshold').map((e) => e.level)).to.deep.equal([
      50, 75, 100,
    ]);

    const notes = await notificationsOf(created.number);
    const to = (recipient: string) => notes.filter((n) => n.recipient === recipient);
    expect(to('incident-manager').length, 'H2 notifies the incident manager').to.be.greaterThan(0);
    expect(
      to('service-level-manager').length,
      'H3 notifies the service level manager',
    ).to.be.greaterThan(0);
    expect(to('department-head').length, 'H3 notifies the department head').to.be.greaterThan(0);
    const warnings = (
      await db()('record_activities').where({ record_type: 'incident', record_id: created.id })
    ).filter((a) => a.action === 'customer_update' && /late|无法按时/.test(a.details.text ?? ''));
    expect(warnings, 'the customer is warned once before the breach').to.have.length(1);
    const mails = testContext().mail.messages.filter(
      (m) => m.to.includes('customer-contact@itsm.local') && m.text.includes(created.number),
    );
    expect(mails.length, 'the customer contact is mailed about the incident').to.be.greaterThan(0);
    const breachMails = testContext().mail.messages.filter(
      (m) => m.to.includes('department-head@itsm.local') && m.text.includes(created.number),
    );
    expect(breachMails.length, 'H3 mails the department head').to.be.greaterThan(0);
  });

  it('3. pending customer: paused one working day, dueAt moves by 480 minutes, the diagnose task keeps its assignee', async () => {
    // given: a Monday 10:00 (Beijing) of a week without holidays or adjusted working days, so
    // CN-STD business days are the weekdays and the instants below are counted by hand
    await moveClockTo(await plainWeekday(1), 0);
    const created = await reportIncident({
      title: '邮箱无法登录 / cannot log in to mail',
      impact: 2,
      urgency: 2,
      customerId: ref.customer.id,
    });
    expect(created.priority).to.equal('P3');
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { impact: 2, urgency: 2, category: 'access' }),
    );
    const diagnose = await openTask(created.number, 'UserTask_Diagnose', 'service-desk');
    await api('POST', `/api/tasks/${diagnose.id}/claim`, { as: 'service-desk' });
    await incidentWhen(created.number, 'assigned', (i) => i.assignee === 'service-desk');
    const before = (await clocks(created.number)).resolution!;
    // P3 resolution is 3 business days on CN-STD (§0.6): Monday 10:00 → Thursday 10:00.
    const reported = new Date(created.createdAt).getTime();
    expect(new Date(before.dueAt).getTime()).to.equal(reported + 3 * DAY_MS);

    // when: set pending, and the customer replies on Tuesday at the same time (one working day)
    const paused = await api<{ status: string }>('POST', `/api/incidents/${created.number}/pause`, {
      as: 'service-desk',
      body: { reason: 'awaiting_customer_information' },
    });
    expect(paused.status, JSON.stringify(paused.body)).to.equal(200);
    expect(paused.body.status).to.equal('pending');
    expect((await clocks(created.number)).resolution!.state).to.equal('paused');
    const pausedAt = (await clocks(created.number)).resolution!.events.find(
      (e) => e.event === 'pause',
    )!.at;
    await moveClockTo(new Date(new Date(pausedAt).getTime() + DAY_MS), 0);
    const resumed = await api<{ status: string }>(
      'POST',
      `/api/incidents/${created.number}/resume`,
      { as: 'service-desk', body: {} },
    );
    expect(resumed.status, JSON.stringify(resumed.body)).to.equal(200);

    // then: 480 working minutes paused; the due instant moves from Thursday to Friday 10:00
    const after = (await clocks(created.number)).resolution!;
    expect(after.state).to.equal('running');
    expect(after.pausedMinutes).to.be.closeTo(480, 0.5);
    expect(new Date(after.dueAt).getTime()).to.be.closeTo(reported + 4 * DAY_MS, 30_000);
    const kinds = after.events.map((e) => e.event);
    expect(kinds).to.include.members(['start', 'pause', 'resume']);
    const resume = after.events.find((e) => e.event === 'resume')!;
    expect(resume.oldDueAt).to.be.a('string');
    expect(resume.newDueAt).to.be.a('string');

    const again = await openTask(created.number, 'UserTask_Diagnose', 'service-desk', {
      not: diagnose.id,
    });
    expect(again.assignee, 're-created task keeps its assignee').to.equal('service-desk');
  });

  it('4. resolution rejected: back in progress with reopen_count 1, clock resumed, closed only after a later confirmation', async () => {
    const created = await reportIncident({
      title: 'VPN 断线 / VPN drops',
      impact: 3,
      urgency: 2,
      customerId: ref.customer.id,
    });
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, {}),
    );
    await resolveFromDiagnose(created.number, 'service-desk');
    expect((await clocks(created.number)).resolution!.state).to.equal('stopped');

    const first = await openTask(created.number, 'UserTask_ConfirmResolution', 'customer-contact');
    await work(first, 'customer-contact', confirmation(false));
    const reopened = await incidentWhen(
      created.number,
      'reopened',
      (i) => i.status === 'in_progress' && i.reopenCount === 1,
    );
    expect(reopened.status).to.equal('in_progress');
    const resolution = (await clocks(created.number)).resolution!;
    expect(resolution.state).to.equal('running');
    expect(resolution.events.map((e) => e.event)).to.include('reopen');
    // the rejected resolution went back to diagnosis, never towards closure
    expect(await timesEntered(created.processInstanceKey, 'Task_Close')).to.equal(0);

    await resolveFromDiagnose(created.number, 'service-desk');
    const second = await openTask(
      created.number,
      'UserTask_ConfirmResolution',
      'customer-contact',
      { not: first.id },
    );
    await work(second, 'customer-contact', confirmation(true));
    const closed = await incidentWhen(created.number, 'closed', (i) => i.status === 'closed');
    expect(closed.reopenCount).to.equal(1);
    await waitFor('closed once', async () =>
      (await timesEntered(created.processInstanceKey, 'Task_Close')) === 1 ? true : undefined,
    );
  });

  it('5. major incident: top management told, manager appointed (reminder after 15 min), updates recur, report and review → improvements and a problem', async () => {
    const created = await reportIncident({
      title: 'ERP 全面中断 / ERP down',
      impact: 1,
      urgency: 1,
      customerId: ref.customer.id,
      serviceId: ref.critical.id,
    });
    expect(created.priority).to.equal('P1');
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.critical.id, {
        impact: 1,
        urgency: 1,
        category: 'application',
        firstLineResolvable: false,
      }),
    );
    const major = await incidentWhen(created.number, 'major', (i) => i.major);
    expect(major.priority).to.equal('P1');
    const topNotes = async () =>
      (await notificationsOf(created.number)).filter((n) => n.recipient === 'top-management');
    await waitFor('top management notified', async () => (await topNotes()).length >= 1);
    const appoint = await openTask(created.number, 'UserTask_AppointManager', 'incident-manager');

    const notifiedBefore = (await topNotes()).length;
    await moveClockTo(new Date((await engineNow()).getTime() + 15 * 60_000));
    await waitFor(
      'top management reminded after 15 minutes',
      async () => (await topNotes()).length > notifiedBefore,
    );

    await work(appoint, 'incident-manager', {
      majorIncidentManager: 'major-incident-manager',
      updateIntervalMinutes: 30,
      continuitySuggested: false,
    });
    const firstUpdate = await openTask(
      created.number,
      'UserTask_StatusUpdate',
      'major-incident-manager',
    );
    expect(firstUpdate.assignee).to.equal('major-incident-manager');
    await work(firstUpdate, 'major-incident-manager', {
      statusSummary: '正在切换备用数据库 / failing over to the standby database',
      customerMessage: '预计 1 小时内恢复 / expected within the hour',
    });
    // the next update is due one interval after the update is recorded
    await waitFor('the status update recorded', async () =>
      (
        await db()('record_activities as a')
          .join('major_incidents as m', 'm.id', 'a.record_id')
          .where({ 'a.record_type': 'major-incident', 'a.action': 'status-update' })
          .where('m.number', created.number)
      ).length > 0
        ? true
        : undefined,
    );
    await moveClockTo(new Date((await engineNow()).getTime() + 30 * 60_000));
    const secondUpdate = await openTask(
      created.number,
      'UserTask_StatusUpdate',
      'major-incident-manager',
      { not: firstUpdate.id },
    );
    expect(secondUpdate.id).to.not.equal(firstUpdate.id);

    const routed = await incident(created.number);
    expect(routed.assignmentGroup, 'routed by category and service').to.equal('resolver-l2');
    await resolveFromDiagnose(created.number, routed.assignmentGroup);
    // the manager gives the last update; with the incident resolved, the loop ends
    await work(secondUpdate, 'major-incident-manager', {
      statusSummary: '服务已恢复 / service restored',
      customerMessage: 'ERP 已恢复 / ERP is back',
    });
    const report = await openTask(
      created.number,
      'UserTask_MajorIncidentReport',
      'major-incident-manager',
    );
    await work(report, 'major-incident-manager', {
      timeline: '10:00 中断；10:40 切换；11:00 恢复',
      impact: { customers: 'CUST-A', services: 'ERP', durationMinutes: 60 },
      rootCause: '主数据库磁盘故障 / primary database disk failure',
      actionsTaken: '切换备用库 / failover',
    });
    const review = await openTask(created.number, 'UserTask_Review', 'incident-manager');
    await work(review, 'incident-manager', {
      reviewDate: new Date().toISOString().slice(0, 10),
      participants: 'incident-manager, major-incident-manager, resolver-l2',
      whatWorked: '切换演练有效',
      improvementOpportunities: [{ title: '增加磁盘监控' }, { title: '缩短切换时间' }],
      problemNeeded: true,
      correctiveActions: '更换磁盘',
    });
    await waitFor('improvements and problem proposed', async () => {
      const improvements = await outboxOf(created.number, 'Msg_ImprovementProposed');
      const problems = await outboxOf(created.number, 'Msg_ProblemRequested');
      return improvements.length === 2 && problems.length === 1 ? true : undefined;
    });
    const improvements = await outboxOf(created.number, 'Msg_ImprovementProposed');
    // No continual-improvement process exists yet: its start messages stay open.
    expect(improvements.every((m) => m.started_instance_key === null)).to.equal(true);
    // problem management exists: the request records a PRB-… problem caused by the incident
    const problem = await waitFor('a problem recorded for the major incident', async () => {
      const found = await api<{ items: { number: string; sourceNumber: string | null }[] }>(
        'GET',
        `/api/problems?q=${encodeURIComponent(created.number)}`,
        { as: 'problem-manager' },
      );
      return found.body.items.find((p) => p.sourceNumber === created.number);
    });
    expect(problem.number).to.match(/^PRB-\d{4}-\d{6}$/);
    const detail = await api<{ status: string; links: { type: string; number: string }[] }>(
      'GET',
      `/api/problems/${problem.number}`,
      { as: 'problem-manager' },
    );
    expect(detail.body.status).to.equal('new');
    expect(detail.body.links).to.deep.include({
      type: 'incident',
      number: created.number,
      relation: 'caused-by',
    });
  });

  it('6a. recurring incident: the third on the same CI and category in 30 days asks for a problem with all three', async () => {
    const now = await engineNow();
    const earlier: string[] = [];
    for (const daysAgo of [20, 5]) {
      const number = `INC-1999-${String(daysAgo).padStart(6, '0')}`;
      const [row] = await db()('incidents')
        .insert({
          number,
          status: 'closed',
          title: 'earlier network incident',
          channel: 'phone',
          reporter_name: 'test',
          impact: 3,
          urgency: 3,
          priority: 'P4',
          category: 'network',
          assignment_group: 'service-desk',
          created_at: new Date(now.getTime() - daysAgo * 86_400_000),
          created_by: 'service-desk',
          updated_at: now,
          updated_by: 'service-desk',
          closed_at: now,
        })
        .returning('*');
      await db()('incident_cis').insert({ incident_id: row.id, ci_id: ref.ci7.id });
      earlier.push(number);
    }
    const created = await reportIncident({
      title: '核心交换机丢包 / packet loss',
      impact: 3,
      urgency: 2,
      ciId: ref.ci7.id,
      customerId: ref.customer.id,
    });
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { category: 'network', ciIds: [ref.ci7.id] }),
    );
    await resolveFromDiagnose(created.number, 'service-desk');
    await work(
      await openTask(created.number, 'UserTask_ConfirmResolution', 'customer-contact'),
      'customer-contact',
      confirmation(true),
    );
    const [problem] = await waitFor('problem requested', async () => {
      const rows = await outboxOf(created.number, 'Msg_ProblemRequested');
      return rows.length ? rows : undefined;
    });
    expect(problem.variables.relatedIncidents).to.include.members([...earlier, created.number]);
  });

  it('6b. security aspect: a P3 triaged as security becomes P2 and raises a security incident', async () => {
    const created = await reportIncident({
      title: '可疑登录 / suspicious logins',
      impact: 2,
      urgency: 2,
      customerId: ref.customer.id,
    });
    expect(created.priority).to.equal('P3');
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.ordinary.id, { impact: 2, urgency: 2, category: 'security', isSecurity: true }),
    );
    await incidentWhen(created.number, 'P2', (i) => i.priority === 'P2');
    const [message] = await waitFor('security incident raised', async () => {
      const rows = await outboxOf(created.number, 'Msg_SecurityIncidentRaised');
      return rows.length ? rows : undefined;
    });
    expect(message.variables.sourceNumber).to.equal(created.number);
    expect(message.variables.sourceType).to.equal('incident');
  });
});
