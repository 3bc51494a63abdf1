/**
 * SLA thresholds other than 50/75/100 and the end of the at-risk review (issue 10, item 4), on
 * the real engine and Postgres through the REST API. A customer of this file gets its own
 * resolution target (100 minutes on CN-24x7, thresholds 60/90/100), so the expected instants
 * are the clock's start plus 60, 90 and 100 minutes, counted by hand here.
 */
import { expect, use } from 'chai';
import { randomUUID } from 'node:crypto';
import sinonChai from 'sinon-chai';
import { createIncidentWorkRepository } from '../../db/repositories/incident-analysis.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import { createNotifyCustomerWorker } from '../../workers/incident/notify-customer.worker.ts';
import { api, waitFor } from '../helpers/api.ts';
import {
  clocks,
  deployWorkflows,
  incidentWhen,
  moveClockTo,
  openTask,
  reportIncident,
  seeded,
  triage,
  work,
  type IncidentView,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';
import { fakeJob } from '../unit/workers/fake-job.ts';

use(sinonChai);

const db = () => testContext().platform.db;
const MINUTE = 60_000;

async function escalationsOf(number: string) {
  return db()('escalations as e')
    .join('incidents as i', 'i.id', 'e.record_id')
    .where('i.number', number)
    .where('e.kind', 'hierarchical')
    .orderBy('e.id')
    .select('e.reason', 'e.from_level', 'e.to_level');
}

/** Whether the incident has an open at-risk review (the projected user tasks). */
async function reviewOpen(number: string): Promise<boolean> {
  const rows = await db()('tasks')
    .where({ element_id: 'UserTask_AtRiskReview', state: 'created' })
    .whereIn(
      'process_instance_key',
      db()('incidents').where({ number }).select('process_instance_key'),
    );
  return rows.length > 0;
}

async function atRiskNotices(number: string) {
  return db()('notifications').where({ record_number: number, template: 'incident.at-risk' });
}

/** When the resolution clock of an incident started, as its ledger says. */
async function resolutionStart(number: string): Promise<Date> {
  const start = (await clocks(number)).resolution?.events.find((e) => e.event === 'start');
  expect(start, 'resolution clock started').to.not.equal(undefined);
  return new Date(start!.at);
}

const after = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe('incident management: SLA thresholds as configured and the at-risk review', function () {
  this.timeout(240_000);
  let ref: Awaited<ReturnType<typeof seeded>>;
  let customerId: string;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
    // given: a customer whose SLA sets the resolution target to 100 minutes with 60/90/100
    const code = `THR-${randomUUID().slice(0, 8)}`;
    const customer = await api<{ id: string }>('POST', '/api/customers', {
      as: 'admin',
      body: {
        code,
        nameZh: '阈值客户',
        nameEn: 'Threshold customer',
        serviceIds: [ref.ordinary.id],
      },
    });
    expect(customer.status, JSON.stringify(customer.body)).to.equal(201);
    customerId = customer.body.id;
    const target = await api('POST', '/api/sla-targets', {
      as: 'admin',
      body: {
        recordType: 'incident',
        clockType: 'resolution',
        priority: null,
        customerId,
        duration: { amount: 100, unit: 'minutes' },
        calendar: 'CN-24x7',
        thresholds: [60, 90, 100],
      },
    });
    expect(target.status, JSON.stringify(target.body)).to.equal(201);
  });

  it('when an admin configures thresholds the diagrams have no timer for (25/50/75/100), refuses them with 400 naming thresholds', async () => {
    // given
    const body = {
      recordType: 'incident',
      clockType: 'response',
      priority: null,
      customerId,
      duration: { amount: 30, unit: 'minutes' },
      calendar: 'CN-24x7',
    };
    // when
    const created = await api<{ error?: { details?: { field: string }[] } }>(
      'POST',
      '/api/sla-targets',
      { as: 'admin', body: { ...body, thresholds: [25, 50, 75, 100] } },
    );
    // then
    expect(created.status, JSON.stringify(created.body)).to.equal(400);
    expect((created.body.error?.details ?? []).map((d) => d.field)).to.deep.equal(['thresholds']);
    const rows = await db()('sla_targets').where({
      customer_id: customerId,
      clock_type: 'response',
    });
    expect(rows).to.deep.equal([]);
  });

  /** An incident of the customer, triaged by the service desk and in diagnosis. */
  async function incidentInDiagnosis(title: string): Promise<IncidentView> {
    const created = await reportIncident({
      title,
      impact: 3,
      urgency: 2,
      customerId,
      serviceId: ref.ordinary.id,
    });
    // Generous waits: the machine is shared, and the first instance after a deploy is slow.
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk', { timeoutMs: 60_000 }),
      'service-desk',
      triage(ref.ordinary.id, {}),
    );
    await openTask(created.number, 'UserTask_Diagnose', 'service-desk', { timeoutMs: 60_000 });
    return created;
  }

  it('when thresholds are 60/90/100, the first warning comes at 60 %, the at-risk review and H2 at 90 %, the breach with H3 at 100 %', async () => {
    // given
    const created = await incidentInDiagnosis('VPN 断线 / VPN drops (60/90/100)');
    const start = await resolutionStart(created.number);
    const resolution = (await clocks(created.number)).resolution!;
    expect(
      resolution.thresholds.map((t) => [t.level, new Date(t.dueAt).getTime()]),
      'thresholds at start + 60, 90 and 100 minutes',
    ).to.deep.equal([
      [60, after(start, 60).getTime()],
      [90, after(start, 90).getTime()],
      [100, after(start, 100).getTime()],
    ]);

    // when: the engine clock passes 60 %
    await moveClockTo(after(start, 60));
    // then: the first row of §0.5 (warn the assignee and the resolver lead), no review yet
    await waitFor(
      'first threshold escalation',
      async () => (await escalationsOf(created.number)).length === 1,
      30_000,
    );
    expect(await escalationsOf(created.number)).to.deep.equal([
      { reason: 'threshold50', from_level: 'H0', to_level: 'H1' },
    ]);
    expect(await reviewOpen(created.number)).to.equal(false);

    // when: the engine clock passes 90 %
    await moveClockTo(after(start, 90));
    // then: H2 to the incident manager with the at-risk review task
    await openTask(created.number, 'UserTask_AtRiskReview', 'incident-manager', {
      timeoutMs: 30_000,
    });
    expect((await escalationsOf(created.number))[1]).to.deep.equal({
      reason: 'threshold75',
      from_level: 'H1',
      to_level: 'H2',
    });

    // when: the engine clock passes 100 %
    await moveClockTo(after(start, 100));
    // then: the breach, once, with H3
    await waitFor(
      'breach escalation',
      async () => (await escalationsOf(created.number)).length === 3,
      30_000,
    );
    expect((await escalationsOf(created.number))[2]).to.deep.equal({
      reason: 'threshold100',
      from_level: 'H2',
      to_level: 'H3',
    });
    const breached = await incidentWhen(
      created.number,
      'breached',
      (i) => i.sla.breached.resolution,
      30_000,
    );
    expect(breached.escalationLevel).to.equal('H3');
    const ledger = (await clocks(created.number)).resolution!.events;
    expect(ledger.filter((e) => e.event === 'threshold').map((e) => e.level)).to.deep.equal([
      60, 90, 100,
    ]);
    expect(ledger.filter((e) => e.event === 'breach')).to.have.length(1);
  });

  it('when the incident is resolved during the at-risk review, the review ends and a late "will not meet target" answer is refused without warning the customer', async () => {
    // given: the review is open and claimed by the incident manager
    const created = await incidentInDiagnosis('ERP 报表慢 / ERP reports slow (review ends)');
    const start = await resolutionStart(created.number);
    await moveClockTo(after(start, 90));
    const review = await openTask(created.number, 'UserTask_AtRiskReview', 'incident-manager', {
      timeoutMs: 30_000,
    });
    const claim = await api('POST', `/api/tasks/${review.id}/claim`, { as: 'incident-manager' });
    expect(claim.status, JSON.stringify(claim.body)).to.equal(200);

    // when: the service desk resolves the incident
    await work(
      await openTask(created.number, 'UserTask_Diagnose', 'service-desk'),
      'service-desk',
      {
        workNote: '已更换网卡 / replaced the NIC',
        outcome: 'resolved',
        resolutionCode: 'fixed',
        resolution: '报表恢复正常 / reports are fast again',
        workaroundUsed: false,
        serviceRestored: true,
        unplannedOutage: false,
        problemSuspected: false,
      },
    );
    await incidentWhen(created.number, 'resolved', (i) => i.status === 'resolved');

    // then: the review ends with the resolution ...
    await waitFor('at-risk review ended', async () => !(await reviewOpen(created.number)), 30_000);
    // ... a late answer that the target will be missed is refused ...
    const late = await api('POST', `/api/tasks/${review.id}/complete`, {
      as: 'incident-manager',
      body: {
        data: {
          willMeetTarget: false,
          action: 'add-resources',
          customerNotice: '预计无法按时恢复 / restoration will be late',
        },
      },
    });
    expect(late.status, JSON.stringify(late.body)).to.equal(409);
    // ... and the customer is not warned; the return visit follows as usual
    await openTask(created.number, 'UserTask_ConfirmResolution', 'service-desk');
    const row = await db()('incidents').where({ number: created.number }).first();
    expect(row.customer_warned_at).to.equal(null);
    expect(await atRiskNotices(created.number)).to.deep.equal([]);
  });

  it('when the customer warning runs after the incident was resolved (an answer racing the resolution), it sends nothing and says so in the history', async () => {
    // given: a resolved incident of the customer
    const created = await incidentInDiagnosis('打印服务中断 / print service down (late warning)');
    await work(
      await openTask(created.number, 'UserTask_Diagnose', 'service-desk'),
      'service-desk',
      {
        workNote: '重启打印服务 / restarted the spooler',
        outcome: 'resolved',
        resolutionCode: 'fixed',
        resolution: '打印恢复 / printing works',
        workaroundUsed: false,
        serviceRestored: true,
        unplannedOutage: false,
        problemSuspected: false,
      },
    );
    await incidentWhen(created.number, 'resolved', (i) => i.status === 'resolved');
    const { platform } = testContext();
    const worker = createNotifyCustomerWorker({
      incidents: createIncidentWorkRepository(platform.db),
      messages: createPublishedMessageRepository(platform.db),
      engine: { publishMessage: async () => ({ key: '1' }) },
      notifier: platform.domain.notifier,
      clock: platform.clock,
    });
    const job = fakeJob({
      jobKey: String(Date.now()),
      type: 'itsm:incident.notify-customer:1',
      elementId: 'Task_WarnCustomer',
      variables: { recordId: created.id, customerNotice: '预计无法按时恢复 / will be late' },
    });

    // when: Task_WarnCustomer's job runs
    await worker.run(job);

    // then: completed without a warning
    expect(job.complete).to.have.been.calledOnceWithExactly({ customerWarnedAt: null });
    const row = await db()('incidents').where({ number: created.number }).first();
    expect(row.customer_warned_at).to.equal(null);
    expect(await atRiskNotices(created.number)).to.deep.equal([]);
    const notes = await db()('record_activities').where({
      record_type: 'incident',
      record_id: created.id,
      action: 'note',
    });
    expect(notes.map((n) => n.details.text)).to.deep.equal([
      'Customer not warned that the target will be missed: cannot warn an incident that is resolved',
    ]);
  });
});
