/**
 * The acceptance scenarios of processes.md §2 (`service-request`) on the real engine and
 * Postgres, through the REST API as requesters, the service desk, approvers and fulfilment
 * groups act. Change management does not exist yet, so the test publishes its
 * `Msg_ChangeClosed`; the incident a reclassification reports is recorded by the deployed
 * `incident-management`. Time is moved with the engine clock, never by sleeping.
 */
import { expect } from 'chai';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { api, waitFor } from '../helpers/api.ts';
import {
  deployWorkflows,
  engineNow,
  incident,
  incidentWhen,
  moveClockTo,
  type IncidentView,
  openTask,
  reportIncident,
  seeded,
  triage as incidentTriage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

const db = () => testContext().platform.db;

interface RequestView {
  id: string;
  number: string;
  status: string;
  title: string;
  customerId: string | null;
  priority: string | null;
  requestType: string | null;
  requesterId: string | null;
  fulfilmentGroup: string | null;
  accessValidUntil: string | null;
  respondedAt: string | null;
  fulfilledAt: string | null;
  changeId: string | null;
  cancelReason: string | null;
  confirmedBy: string | null;
  closedAt: string | null;
  fulfilmentTarget?: { amount: number; unit: string } | null;
  rating: number | null;
  links: { type: string; number: string; relation: string }[];
  sla: { clockType: string; state: string; dueAt: string }[];
  approvals: { round: number; step: number; decision: string; decidedBy: string }[];
}

async function request(number: string, as = 'incident-manager'): Promise<RequestView> {
  const res = await api<RequestView>('GET', `/api/service-requests/${number}`, { as });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body;
}

function requestWhen(number: string, what: string, check: (r: RequestView) => boolean) {
  return waitFor(`${number} ${what}`, async () => {
    const r = await request(number);
    return check(r) ? r : undefined;
  });
}

/** The id of a seeded catalogue item (db/seeds/reference-data.ts DEV_REQUEST_ITEMS). */
async function itemId(code: string): Promise<string> {
  const row = await db()('request_items').where({ code }).first('id');
  expect(row, `seeded request item ${code}`).to.not.equal(undefined);
  return String(row.id);
}

async function raise(as: string, body: Record<string, unknown>): Promise<RequestView> {
  const res = await api<RequestView>('POST', '/api/service-requests', { as, body });
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body;
}

async function triage(number: string, data: Record<string, unknown>) {
  await work(await openTask(number, 'UserTask_Triage', 'service-desk'), 'service-desk', {
    impact: '3',
    urgency: '3',
    valid: true,
    isIncident: false,
    ...data,
  });
}

describe('service requests: acceptance scenarios of §2', function () {
  this.timeout(180_000);

  before(async () => {
    await deployWorkflows();
  });

  it('1. an access request approved by the asset owner and then the security officer reaches the item’s group with an expiry, and fulfilling it stops the fulfilment clock', async () => {
    // given a customer contact's request for VPN access (policy asset-owner-and-security)
    const vpn = await itemId('REQ-VPN-ACCESS');
    const raised = await raise('customer-contact', {
      title: '申请 VPN 访问权限 / VPN access for the new site',
      itemId: vpn,
    });
    const number = raised.number;
    expect(number).to.match(/^SR-\d{4}-\d{6}$/);
    await triage(number, { itemId: vpn, urgency: '2' });
    const triagedAt = await engineNow();

    // when the asset owner (named on the item) approves step 1 …
    const step1 = await openTask(number, 'UserTask_Approve', 'service-owner');
    expect(step1.assignee).to.equal('service-owner');
    await requestWhen(number, 'awaiting approval', (r) => r.status === 'awaiting_approval');
    await work(step1, 'service-owner', { decision: 'approve', comment: '同意开通' });
    // … and the security officer step 2
    const step2 = await openTask(number, 'UserTask_ApproveSecurity', 'security-officer');
    expect(step2.candidateGroups).to.deep.equal(['security-officer']);
    await work(step2, 'security-officer', { decision: 'approve' });

    // then the fulfilment task is the item's group's, and the grant expires 365 days on
    const fulfil = await openTask(number, 'UserTask_Fulfil', 'resolver-l2');
    expect(fulfil.candidateGroups).to.deep.equal(['resolver-l2-network']);
    const approved = await requestWhen(
      number,
      'in fulfilment',
      (r) => r.status === 'in_fulfilment',
    );
    expect(approved.accessValidUntil, 'accessValidUntil').to.be.a('string');
    const days = (Date.parse(approved.accessValidUntil!) - triagedAt.getTime()) / 86_400_000;
    expect(days).to.be.within(364.9, 365.1);
    expect(
      approved.approvals.map(({ step, decision, decidedBy }) => ({ step, decision, decidedBy })),
    ).to.deep.equal([
      { step: 1, decision: 'approve', decidedBy: 'service-owner' },
      { step: 2, decision: 'approve', decidedBy: 'security-officer' },
    ]);
    expect(approved.respondedAt, 'respondedAt').to.be.a('string');
    expect(approved.priority).to.equal('P4'); // impact 3 × urgency 2 on the §0.6 matrix

    // when the group fulfils it
    await work(fulfil, 'resolver-l2', {
      actionsTaken: '已开通 VPN 账号 / VPN account created',
      fulfilled: true,
    });

    // then the request is fulfilled and its fulfilment clock stopped (the response clock too)
    const done = await requestWhen(number, 'fulfilled', (r) => r.status === 'fulfilled');
    const byType = Object.fromEntries(done.sla.map((c) => [c.clockType, c.state]));
    expect(byType).to.deep.equal({ response: 'stopped', fulfilment: 'stopped' });
    expect(done.fulfilledAt).to.be.a('string');
    // and the requester is asked to confirm
    await openTask(number, 'UserTask_Confirm', 'customer-contact');
  });

  it('2. a standard-change item asks change management for a standard change, waits in awaiting_change and goes on to confirmation when the change closes', async () => {
    // given a request for a standard-change item with a change template
    const quota = await itemId('REQ-MAILBOX-QUOTA');
    const { number } = await raise('requester', { title: '邮箱扩容到 10 GB / mailbox to 10 GB' });

    // when triage completes
    await triage(number, { itemId: quota });

    // then it waits for the change, having asked for a standard change with the template
    await requestWhen(number, 'awaiting change', (r) => r.status === 'awaiting_change');
    const rfc = await waitFor('Msg_ChangeRequested in the outbox', async () =>
      db()('published_messages')
        .where({ message_name: 'Msg_ChangeRequested', source_number: number })
        .first(),
    );
    expect(rfc.variables).to.include({
      sourceType: 'service-request',
      sourceNumber: number,
      class: 'standard',
      changeTemplateId: 'CHT-MAILBOX-QUOTA',
    });
    expect(await hasTask(number, 'UserTask_Fulfil')).to.equal(false);

    // when change management closes the change
    await testContext().platform.engine.publishMessage({
      name: 'Msg_ChangeClosed',
      correlationKey: number,
      variables: { changeSuccessful: true, changeNumber: 'CHG-2026-000777' },
      timeToLiveMs: 3_600_000,
    });

    // then the request is fulfilled by that change and the requester is asked to confirm
    await openTask(number, 'UserTask_Confirm', 'requester');
    const fulfilled = await request(number);
    expect(fulfilled.status).to.equal('fulfilled');
    expect(fulfilled.changeId).to.equal('CHG-2026-000777');
    const fulfilment = fulfilled.sla.find((c) => c.clockType === 'fulfilment');
    expect(fulfilment?.state).to.equal('stopped');
  });

  it('3. a request triaged as an incident reports an incident, is cancelled as "reclassified", and both records link to each other', async () => {
    // given a request that is really an incident
    const info = await itemId('REQ-INFO');
    const { number, id } = await raise('requester', {
      title: '打印机无法打印 / the printer does not print',
      description: '三楼打印机报错 / error on the 3rd floor printer',
    });

    // when the service desk triages it as an incident
    await triage(number, { itemId: info, impact: '2', urgency: '2', isIncident: true });

    // then the request is cancelled with the reason "reclassified"
    const cancelled = await requestWhen(
      number,
      'cancelled and linked',
      (r) => r.status === 'cancelled' && r.links.length > 0,
    );
    expect(cancelled.cancelReason).to.equal('reclassified');
    // and an incident was recorded from it, linked from the request …
    const link = cancelled.links.find((l) => l.type === 'incident');
    expect(link, JSON.stringify(cancelled.links)).to.not.equal(undefined);
    expect(link!.relation).to.equal('reclassified-as');
    const inc = (await incident(link!.number)) as IncidentView & { title: string };
    expect(inc.title).to.equal('打印机无法打印 / the printer does not print');
    // … and the request seen from the incident's side
    const incidentRow = await db()('incidents').where({ number: link!.number }).first('id');
    const fromIncident = await createRecordStore(db()).links(String(incidentRow.id));
    expect(fromIncident).to.deep.include({
      type: 'service-request',
      number,
      relation: 'reclassified-as-by',
    });
    // and the request's clocks stopped
    const states = (await request(number)).sla.map((c) => c.state);
    expect(states).to.deep.equal(['stopped', 'stopped']);
    expect(id).to.be.a('string');
  });

  it('3b. an incident triaged as a service request records an SR from it, linked both ways, and the incident is cancelled "reclassified"', async () => {
    // given an incident that is really a request
    const { customer, ordinary } = await seeded();
    const reported = await reportIncident({
      title: '申请一个共享文件夹 / a shared folder please',
      impact: 3,
      urgency: 3,
      customerId: customer.id,
    });

    // when the service desk triages it as a service request
    await work(
      await openTask(reported.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      incidentTriage(ordinary.id, { isRequest: true }),
    );

    // then a service request is recorded from it, with its title and customer, linked to it
    const link = await waitFor('a service request linked from the incident', async () =>
      db()('record_links')
        .where({ from_number: reported.number, to_type: 'service-request' })
        .first(),
    );
    expect(link.relation).to.equal('reclassified-as');
    const sr = await request(link.to_number);
    expect(sr).to.include({
      title: '申请一个共享文件夹 / a shared folder please',
      customerId: customer.id,
      status: 'new',
    });
    expect(sr.links).to.deep.include({
      type: 'incident',
      number: reported.number,
      relation: 'reclassified-as-by',
    });
    // and it waits for the service desk's triage like any request
    await openTask(sr.number, 'UserTask_Triage', 'service-desk');
    // and the incident is cancelled as reclassified
    const cancelled = await incidentWhen(
      reported.number,
      'cancelled',
      (i) => i.status === 'cancelled',
    );
    expect(cancelled.status).to.equal('cancelled');
  });

  it('steps 10–12: a requester who does not confirm sends the request back to fulfilment with its clock running again; confirming closes it with the rating', async () => {
    // given a fulfilled information request
    const info = await itemId('REQ-INFO');
    const { number } = await raise('requester', { title: '打印机墨盒 / printer cartridge' });
    await triage(number, { itemId: info });
    const first = await openTask(number, 'UserTask_Fulfil', 'service-desk');
    await work(first, 'service-desk', { actionsTaken: '已发放 / handed out', fulfilled: true });
    const confirm = await openTask(number, 'UserTask_Confirm', 'requester');

    // when the requester does not confirm
    await work(confirm, 'requester', { confirmed: false, comment: '型号不对 / wrong model' });

    // then the request is back in fulfilment with its fulfilment clock running again
    const again = await openTask(number, 'UserTask_Fulfil', 'service-desk', { not: first.id });
    const reopened = await requestWhen(
      number,
      'in fulfilment again',
      (r) =>
        r.status === 'in_fulfilment' &&
        r.sla.some((c) => c.clockType === 'fulfilment' && c.state === 'running'),
    );
    expect(reopened.fulfilledAt).to.be.a('string');

    // when it is fulfilled again and the requester confirms with a rating
    await work(again, 'service-desk', { actionsTaken: '已更换 / replaced', fulfilled: true });
    await work(
      await openTask(number, 'UserTask_Confirm', 'requester', { not: confirm.id }),
      'requester',
      {
        confirmed: true,
        rating: 4,
      },
    );

    // then it closes with the rating, confirmed by the requester, its clocks stopped
    const closed = await requestWhen(number, 'closed', (r) => r.status === 'closed');
    expect(closed).to.include({ rating: 4, confirmedBy: 'requester' });
    expect(closed.sla.map((c) => c.state)).to.deep.equal(['stopped', 'stopped']);
  });

  it('an item with its own fulfilment target runs the fulfilment clock to that target, not the priority’s', async () => {
    // given a catalogue item whose fulfilment target is 2 business days
    const code = `REQ-TARGET-${Date.now().toString(36).toUpperCase()}`;
    const created = await api<{ id: string }>('POST', '/api/request-items', {
      as: 'admin',
      body: {
        code,
        nameZh: `两天履行 ${code}`,
        nameEn: `Two-day item ${code}`,
        type: 'information',
        fulfilmentGroup: 'service-desk',
        fulfilmentTarget: { amount: 2, unit: 'business_days' },
      },
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const { number, id } = await raise('requester', {
      title: '两天内答复 / answer within two days',
    });

    // when the service desk triages the request onto that item
    await triage(number, { itemId: created.body.id });

    // then its fulfilment clock's target is 2 × 480 working minutes of CN-STD (8-hour days)
    const clock = await waitFor('the fulfilment clock on the item’s target', async () => {
      const clocks = await testContext().platform.domain.sla.clocksOf('service-request', id);
      const fulfilment = clocks.find((c) => c.clockType === 'fulfilment');
      return fulfilment?.clock.targetMinutes === 960 ? fulfilment : undefined;
    });
    expect(clock.clock.calendar).to.equal('CN-STD');
    expect((await request(number)).fulfilmentTarget).to.deep.equal({
      amount: 2,
      unit: 'business_days',
    });
  });

  it('4. a fulfilled request whose requester does not answer within 5 business days closes, "confirmed by timeout" in its history', async () => {
    // given a fulfilled information request
    const info = await itemId('REQ-INFO');
    const { number } = await raise('requester', { title: '如何申请会议室？/ how to book a room?' });
    await triage(number, { itemId: info });
    const fulfil = await openTask(number, 'UserTask_Fulfil', 'service-desk');
    await work(fulfil, 'service-desk', {
      actionsTaken: '已答复 / answered',
      fulfilled: true,
      answer: '在门户的会议室页面预订 / book it on the portal’s room page',
    });
    const confirm = await openTask(number, 'UserTask_Confirm', 'requester');
    expect(confirm.dueAt, 'the confirmation is due after 5 business days').to.be.a('string');
    const fulfilledAt = Date.parse((await request(number)).fulfilledAt!);
    // 5 business days are at least 5 calendar days after the fulfilment
    expect(Date.parse(confirm.dueAt!) - fulfilledAt).to.be.at.least(5 * 86_400_000 - 60_000);

    // when the requester does not answer until then
    await moveClockTo(confirm.dueAt!);

    // then the request closes, confirmed by timeout
    const closed = await requestWhen(number, 'closed', (r) => r.status === 'closed');
    expect(closed.confirmedBy).to.equal('timeout');
    expect(closed.closedAt).to.be.a('string');
    const history = await api<{ items: { action: string; text: { en: string } }[] }>(
      'GET',
      `/api/service-requests/${number}/history`,
      { as: 'incident-manager' },
    );
    const told = history.body.items.filter((e) => e.action === 'confirmed-by-timeout');
    expect(told.map((e) => e.text.en)).to.deep.equal(['The system: confirmed by timeout']);
  });
});

/** Whether the request has an open user task of this element (the projected `tasks`). */
async function hasTask(number: string, elementId: string): Promise<boolean> {
  const rows = await db()('tasks')
    .where({ element_id: elementId, state: 'created' })
    .whereRaw(
      'process_instance_key in (select process_instance_key from service_requests where number = ?)',
      [number],
    );
  return rows.length > 0;
}
