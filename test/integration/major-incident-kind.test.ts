/**
 * The major incident as a record kind without a number of its own (issue 10 item 1): it is
 * read at `/api/records/major-incident/<its incident's number>`, with the status its
 * process's steps record, by staff and by contacts of the incident's customer only.
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { hashPassword } from '../../server/auth/passwords.ts';
import { api, waitFor } from '../helpers/api.ts';
import {
  deployWorkflows,
  engineNow,
  moveClockTo,
  openTask,
  seeded,
  triagedIncident,
  work,
} from '../helpers/incidents.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

interface MajorRecord extends Record<string, unknown> {
  number: string;
  status: string;
}

const contactB = `major-contact-b-${randomInt(100_000, 999_999)}`;

describe('major incidents on the record core: /api/records/major-incident/<INC number>', function () {
  this.timeout(180_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
    // a customer contact of the other customer (CUST-B)
    const db = testContext().platform.db;
    const [row] = await db('users')
      .insert({
        username: contactB,
        display_name: contactB,
        email: `${contactB}@example.test`,
        password_hash: await hashPassword(DEV_PASSWORD),
        created_at: new Date(),
        customer_id: ref.otherCustomer.id,
      })
      .returning('id');
    await db('user_roles').insert([
      { user_id: row.id, role: 'customer-contact' },
      { user_id: row.id, role: 'requester' },
    ]);
  });

  const read = (number: string, as: string, suffix = '') =>
    api<MajorRecord>('GET', `/api/records/major-incident/${number}${suffix}`, { as });

  it('makes each status update given without a next time due one interval after it, not at the time an earlier update named', async () => {
    // given a major incident with a 30-minute update interval
    const created = await triagedIncident(
      '进展通报 / status updates',
      ref.customer.id,
      ref.ordinary.id,
    );
    await api('POST', `/api/incidents/${created.number}/declare-major`, {
      as: 'incident-manager',
      body: { reason: '多个客户受影响 / several customers affected' },
    });
    const appoint = await openTask(created.number, 'UserTask_AppointManager', 'incident-manager');
    // an interval beyond a week is refused at the task, naming the field (the record would
    // refuse it later and stall the process)
    await api('POST', `/api/tasks/${appoint.id}/claim`, { as: 'incident-manager' });
    const tooLong = await api<{ error: { details?: { field: string }[] } }>(
      'POST',
      `/api/tasks/${appoint.id}/complete`,
      {
        as: 'incident-manager',
        body: {
          data: {
            majorIncidentManager: 'major-incident-manager',
            updateIntervalMinutes: 20_000,
            continuitySuggested: false,
          },
        },
      },
    );
    expect(tooLong.status).to.equal(400);
    expect(tooLong.body.error.details?.map((d) => d.field)).to.include('updateIntervalMinutes');
    await work(appoint, 'incident-manager', {
      majorIncidentManager: 'major-incident-manager',
      updateIntervalMinutes: 30,
      continuitySuggested: false,
    });
    const updates = async () =>
      testContext()
        .platform.db('record_activities as a')
        .join('major_incidents as m', 'm.id', 'a.record_id')
        .where({ 'a.record_type': 'major-incident', 'a.action': 'status-update' })
        .where('m.number', created.number)
        .orderBy('a.id')
        .select('a.at', 'a.details');
    const give = async (n: number) => {
      const task = await openTask(
        created.number,
        'UserTask_StatusUpdate',
        'major-incident-manager',
      );
      await work(task, 'major-incident-manager', {
        statusSummary: `第 ${n} 次通报 / update ${n}`,
        customerMessage: '处理中 / in progress',
      });
      return waitFor(`update ${n} recorded`, async () => {
        const rows = await updates();
        return rows.length === n ? rows[n - 1] : undefined;
      });
    };

    // when two updates are given, neither naming its next time
    const first = await give(1);
    await moveClockTo(new Date(first.details.nextUpdateAt));
    const second = await give(2);

    // then each is due 30 minutes after it was recorded
    for (const u of [first, second])
      expect(new Date(u.details.nextUpdateAt).getTime() - new Date(u.at).getTime()).to.equal(
        30 * 60_000,
      );
    expect(new Date(second.details.nextUpdateAt).getTime()).to.be.greaterThan(
      (await engineNow()).getTime(),
    );
  });

  it('answers the major incident under its incident number with the status of its steps, to staff and its customer only', async () => {
    // given: an incident of CUST-A in progress, declared major through the API
    const created = await triagedIncident(
      '重大事件记录 / major incident as a record',
      ref.customer.id,
      ref.ordinary.id,
    );
    const declared = await api('POST', `/api/incidents/${created.number}/declare-major`, {
      as: 'incident-manager',
      body: { reason: '多个客户受影响 / several customers affected' },
    });
    expect(declared.status, JSON.stringify(declared.body)).to.equal(200);

    // when: the process has registered it
    const first = await waitFor('the major incident recorded', async () => {
      const res = await read(created.number, 'incident-manager');
      return res.status === 200 ? res.body : undefined;
    });

    // then: it carries the incident's number, no number of its own
    expect(first).to.deep.include({
      number: created.number,
      type: 'major-incident',
      status: 'declared',
      customerId: ref.customer.id,
      assignee: null,
      createdBy: 'incident-manager',
    });
    expect(first.criteriaMatched).to.deep.equal(['declared-manually']);
    const allocated = await testContext()
      .platform.db('major_incidents')
      .where({ number: created.number });
    expect(allocated).to.have.length(1);

    // when: the manager is appointed and gives the first status update
    await work(
      await openTask(created.number, 'UserTask_AppointManager', 'incident-manager'),
      'incident-manager',
      {
        majorIncidentManager: 'major-incident-manager',
        updateIntervalMinutes: 45,
        continuitySuggested: false,
      },
    );
    await work(
      await openTask(created.number, 'UserTask_StatusUpdate', 'major-incident-manager'),
      'major-incident-manager',
      {
        statusSummary: '正在切换 / failing over',
        customerMessage: '预计一小时内恢复 / expected within the hour',
      },
    );
    const history = await waitFor('the status update in the history', async () => {
      const res = await api<{ items: { action: string; details: Record<string, unknown> }[] }>(
        'GET',
        `/api/records/major-incident/${created.number}/history`,
        { as: 'incident-manager' },
      );
      return res.body.items?.some((e) => e.action === 'status-update') ? res.body.items : undefined;
    });

    // then: staff and the incident's customer contact read it as managed by the manager
    const managed = await read(created.number, 'service-desk');
    expect(managed.status).to.equal(200);
    expect(managed.body).to.deep.include({
      number: created.number,
      status: 'managed',
      assignee: 'major-incident-manager',
      updateIntervalMinutes: 45,
      continuityInvoked: false,
    });
    // and the time top management was told, stamped once after the notice went out
    const told = await testContext()
      .platform.db('notifications')
      .where({ record_number: created.number, template: 'major.declared' })
      .min('created_at as at')
      .first();
    expect(managed.body.mgmtNotifiedAt, 'stamped').to.be.a('string');
    expect(new Date(String(managed.body.mgmtNotifiedAt)).getTime()).to.be.at.least(
      new Date(told!.at).getTime(),
    );
    // then: each record shows its own process's instances and tasks, though they share a number
    const processes = (body: unknown) =>
      (body as { processInstances: { processId: string }[] }).processInstances.map(
        (i) => i.processId,
      );
    const incidentView = await api('GET', `/api/records/incident/${created.number}`, {
      as: 'service-desk',
    });
    expect(processes(managed.body)).to.deep.equal(['major-incident']);
    expect(processes(incidentView.body)).to.deep.equal(['incident-management']);
    const taskElements = (body: unknown) =>
      (body as { tasks: { elementId: string }[] }).tasks.map((t) => t.elementId);
    expect(taskElements(managed.body)).to.not.include.members(['UserTask_Diagnose']);
    expect(taskElements(incidentView.body)).to.not.include.members(['UserTask_StatusUpdate']);
    const own = await read(created.number, 'customer-contact');
    expect(own.status).to.equal(200);
    expect(own.body.status).to.equal('managed');
    expect(history.map((e) => e.action)).to.include.members(['created', 'status', 'status-update']);
    expect(history.find((e) => e.action === 'status-update')?.details).to.deep.include({
      statusSummary: '正在切换 / failing over',
      customerMessage: '预计一小时内恢复 / expected within the hour',
    });
    const listed = await api<{ items: MajorRecord[] }>(
      'GET',
      `/api/records/major-incident?status=managed&q=${created.number}`,
      { as: 'incident-manager' },
    );
    expect(listed.body.items.map((m) => m.number)).to.deep.equal([created.number]);

    // then: a contact of another customer finds nothing there, on the record or its history
    const other = await read(created.number, contactB);
    const otherHistory = await read(created.number, contactB, '/history');
    const otherList = await api<{ items: MajorRecord[] }>('GET', '/api/records/major-incident', {
      as: contactB,
    });
    expect(other.status).to.equal(404);
    expect(otherHistory.status).to.equal(404);
    expect(otherList.body.items.map((m) => m.number)).to.not.include(created.number);
  });

  it('is numbered by the incident: the incident number still names the incident, and the core creates no major incident', async () => {
    // when
    const kinds = await api<{ items: { type: string; prefix: string; canCreate: boolean }[] }>(
      'GET',
      '/api/record-kinds',
      { as: 'incident-manager' },
    );
    const created = await api('POST', '/api/records/major-incident', {
      as: 'incident-manager',
      body: {},
    });
    // then
    expect(kinds.body.items.find((k) => k.type === 'major-incident')).to.deep.include({
      prefix: 'INC',
      canCreate: false,
    });
    expect(created.status).to.be.oneOf([404, 405]);
  });
});
