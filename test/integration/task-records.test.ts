import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { hashPassword } from '../../server/auth/passwords.ts';
import {
  api,
  deployFixture,
  fixtureForm,
  instanceInState,
  startInstance,
  waitFor,
} from '../helpers/api.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

interface TaskItem {
  id: string;
  name: string;
  names: { en: string; 'zh-CN': string };
  assignee: string | null;
  state: string;
  processInstanceKey: string;
}

interface TaskDetail extends TaskItem {
  variables: Record<string, unknown>;
}

interface ErrorBody {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

const suffix = String(randomInt(100_000, 999_999));
const db = () => testContext().platform.db;
const stamp = () => ({
  created_at: new Date(),
  created_by: 'test',
  updated_at: new Date(),
  updated_by: 'test',
});

async function insertCustomer(code: string): Promise<string> {
  const [row] = await db()('customers')
    .insert({
      code: `${code}-${suffix}`,
      name_zh: `${code} 公司`,
      name_en: `${code} Ltd`,
      ...stamp(),
    })
    .returning('id');
  return String(row.id);
}

async function insertUser(username: string, role: string): Promise<void> {
  const [row] = await db()('users')
    .insert({
      username,
      display_name: username,
      email: `${username}@example.test`,
      password_hash: await hashPassword(DEV_PASSWORD),
      created_at: new Date(),
    })
    .returning('id');
  await db()('user_roles').insert({ user_id: row.id, role });
}

async function insertContact(username: string, customerId: string | null): Promise<void> {
  const [row] = await db()('users')
    .insert({
      username,
      display_name: username,
      email: `${username}@example.test`,
      password_hash: await hashPassword(DEV_PASSWORD),
      created_at: new Date(),
      customer_id: customerId,
    })
    .returning('id');
  await db()('user_roles').insert({ user_id: row.id, role: 'customer-contact' });
}

async function insertIncident(customerId: string): Promise<{ id: string; number: string }> {
  const number = `INC-2026-${String(randomInt(900_000, 999_999))}`;
  const [row] = await db()('incidents')
    .insert({
      number,
      status: 'new',
      ...stamp(),
      title: 'Printer on fire',
      channel: 'web',
      reporter_name: 'Test reporter',
      customer_id: customerId,
      impact: 3,
      urgency: 3,
      priority: 'P4',
      assignment_group: 'service-desk',
    })
    .returning('id');
  return { id: String(row.id), number };
}

/** The open task of an instance, as the service desk's queue lists it (optionally one other than `not`). */
async function openTaskOf(instanceKey: string, not?: string): Promise<TaskItem> {
  return waitFor(`the open task of ${instanceKey}`, async () => {
    const list = await api<{ items: TaskItem[] }>(
      'GET',
      '/api/tasks?queue=service-desk&state=open&limit=500',
      { as: 'service-desk' },
    );
    return list.body.items.find((t) => t.processInstanceKey === instanceKey && t.id !== not);
  });
}

/** The value of a root-scope process variable once projected, checked by `ok`. */
async function variableOf(instanceKey: string, name: string, ok: (v: unknown) => boolean) {
  return waitFor(`variable ${name} of ${instanceKey}`, async () => {
    const row = await db()('variables').where({ scope_key: instanceKey, name }).first('value');
    return row && ok(row.value) ? { value: row.value as unknown } : undefined;
  });
}

async function assigneeOf(incidentId: string): Promise<string | null> {
  const row = await db()('incidents').where({ id: incidentId }).first('assignee');
  return row.assignee as string | null;
}

describe('tasks on records: claims, history, customer scoping and pickers', () => {
  let acme: string;
  let globex: string;

  before(async () => {
    const form = await api('POST', '/api/forms/task-records.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('task-records.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture('task-records');
    acme = await insertCustomer('acme');
    globex = await insertCustomer('globex');
    await insertContact(`cc-acme-${suffix}`, acme);
    await insertContact(`cc-globex-${suffix}`, globex);
    await db()('incident_categories').insert([
      { code: `tr-net-${suffix}`, name_zh: '网络', name_en: 'Network', ...stamp() },
      { code: `tr-old-${suffix}`, name_zh: '旧类', name_en: 'Old', active: false, ...stamp() },
    ]);
    await db()('configuration_items').insert([
      { number: `CI-T-${suffix}-1`, name: 'core-switch', type: 'network', ...stamp() },
      {
        number: `CI-T-${suffix}-2`,
        name: 'old-printer',
        type: 'printer',
        status: 'retired',
        ...stamp(),
      },
    ]);
  });

  it('when the service desk claims, unclaims and completes, the record and the instance follow', async () => {
    // given
    const incident = await insertIncident(acme);
    const key = await startInstance('task-records', {
      recordType: 'incident',
      recordId: incident.id,
      assignee: '',
    });
    const task = await openTaskOf(key);

    // when: claimed
    const claimed = await api<TaskItem>('POST', `/api/tasks/${task.id}/claim`, {
      as: 'service-desk',
    });
    // then
    expect(claimed.status, JSON.stringify(claimed.body)).to.equal(200);
    expect(await assigneeOf(incident.id)).to.equal('service-desk');
    await variableOf(key, 'assignee', (v) => v === 'service-desk');
    const audit = await db()('audit_log')
      .where({ table_name: 'incidents', record_id: incident.id, action: 'assign' })
      .first();
    expect(audit.after).to.deep.equal({ assignee: 'service-desk' });
    expect(audit.actor).to.equal('service-desk');

    // when: unclaimed
    const unclaimed = await api<TaskItem>('POST', `/api/tasks/${task.id}/unclaim`, {
      as: 'service-desk',
    });
    // then
    expect(unclaimed.status).to.equal(200);
    expect(await assigneeOf(incident.id)).to.equal(null);
    await variableOf(key, 'assignee', (v) => v === '');
    const assignments = await db()('record_activities')
      .where({ record_type: 'incident', record_id: incident.id, action: 'assignment' })
      .orderBy('id');
    expect(assignments.map((a) => a.details.data.assignee)).to.deep.equal(['service-desk', null]);

    // when: claimed again and opened
    await api('POST', `/api/tasks/${task.id}/claim`, { as: 'service-desk' });
    const opened = await api<TaskDetail>('GET', `/api/tasks/${task.id}`, { as: 'service-desk' });
    // then: the pickers hold active reference data, labelled in the user's locale (zh-CN)
    expect(opened.status).to.equal(200);
    const categories = opened.body.variables.categoryOptions as { label: string; value: string }[];
    expect(categories).to.deep.include({ label: '网络', value: `tr-net-${suffix}` });
    expect(categories.map((c) => c.value)).not.to.include(`tr-old-${suffix}`);
    const cis = opened.body.variables.ciOptions as { label: string }[];
    expect(cis.map((c) => c.label)).to.include(`CI-T-${suffix}-1 core-switch`);
    expect(cis.map((c) => c.label)).not.to.include(`CI-T-${suffix}-2 old-printer`);
    const desk = opened.body.variables.deskUsers as { value: string }[];
    expect(desk.map((u) => u.value)).to.include('service-desk');

    // when: completed with a value outside the options, then with valid data
    const outside = await api<ErrorBody>('POST', `/api/tasks/${task.id}/complete`, {
      as: 'service-desk',
      body: { data: { comment: 'x', category: `tr-old-${suffix}` } },
    });
    const data = { comment: 'Checked', category: `tr-net-${suffix}`, again: true };
    const completed = await api('POST', `/api/tasks/${task.id}/complete`, {
      as: 'service-desk',
      body: { data },
    });
    // then
    expect(outside.status).to.equal(400);
    expect(outside.body.error.details.map((d) => d.field)).to.deep.equal(['category']);
    expect(outside.body.error.message).to.include('category');
    expect(completed.status, JSON.stringify(completed.body)).to.equal(200);
    const history = await db()('record_activities')
      .where({ record_type: 'incident', record_id: incident.id, action: 'task' })
      .first();
    expect(history.actor).to.equal('service-desk');
    expect(history.details.data).to.deep.equal({
      taskName: 'Review the record',
      elementId: 'UserTask_Review',
      data,
    });

    // then: the re-entered task keeps its assignee
    const again = await openTaskOf(key, task.id);
    expect(again.assignee).to.equal('service-desk');
    const done = await api('POST', `/api/tasks/${again.id}/complete`, {
      as: 'service-desk',
      body: { data: { comment: 'Done', category: `tr-net-${suffix}`, again: false } },
    });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    await instanceInState(key, 'completed');
  });

  it("when customer contacts look at the queue, each sees only their own customer's tasks", async () => {
    // given: one task on an Acme incident (linked by id), one on a Globex incident (by number)
    const acmeIncident = await insertIncident(acme);
    const globexIncident = await insertIncident(globex);
    const acmeKey = await startInstance('task-records', {
      recordType: 'incident',
      recordId: acmeIncident.id,
      assignee: '',
    });
    const globexKey = await startInstance('task-records', {
      recordType: 'incident',
      recordNumber: globexIncident.number,
      assignee: '',
    });
    const acmeTask = await openTaskOf(acmeKey);
    const globexTask = await openTaskOf(globexKey);
    const cc = `cc-acme-${suffix}`;
    const list = async (as: string) =>
      (
        await api<{ items: TaskItem[] }>('GET', '/api/tasks?state=open&limit=500', { as })
      ).body.items.map((t) => t.id);

    // when
    const acmeSees = await list(cc);
    const globexSees = await list(`cc-globex-${suffix}`);
    const unlinkedSees = await list('customer-contact');
    const getOwn = await api('GET', `/api/tasks/${acmeTask.id}`, { as: cc });
    const getOther = await api<ErrorBody>('GET', `/api/tasks/${globexTask.id}`, { as: cc });
    const claimOther = await api('POST', `/api/tasks/${globexTask.id}/claim`, { as: cc });
    const completeOther = await api('POST', `/api/tasks/${globexTask.id}/complete`, {
      as: cc,
      body: { data: {} },
    });
    const unlinkedGet = await api('GET', `/api/tasks/${acmeTask.id}`, { as: 'customer-contact' });
    const claimOwn = await api<TaskItem>('POST', `/api/tasks/${acmeTask.id}/claim`, { as: cc });
    const queues = await api<{ items: { queue: string; open: number }[] }>(
      'GET',
      '/api/tasks/queues',
      { as: cc },
    );
    const queueTotal = await api<{ total: number }>(
      'GET',
      '/api/tasks?queue=customer-contact&state=open&limit=500',
      { as: cc },
    );

    // then
    expect(acmeSees).to.include(acmeTask.id).and.not.include(globexTask.id);
    expect(globexSees).to.include(globexTask.id).and.not.include(acmeTask.id);
    expect(unlinkedSees).not.to.include.members([acmeTask.id]);
    expect(unlinkedSees).not.to.include(globexTask.id);
    expect(getOwn.status).to.equal(200);
    expect(getOther.status).to.equal(404);
    expect(getOther.body.error.message).to.equal(`Task ${globexTask.id} does not exist`);
    expect(claimOther.status).to.equal(404);
    expect(completeOther.status).to.equal(404);
    expect(unlinkedGet.status).to.equal(404);
    expect(claimOwn.status, JSON.stringify(claimOwn.body)).to.equal(200);
    // a customer confirming does not take the record from the group working it
    expect(await assigneeOf(acmeIncident.id)).to.equal(null);
    expect(await assigneeOf(globexIncident.id)).to.equal(null);
    const counted = queues.body.items.find((q) => q.queue === 'customer-contact');
    expect(counted?.open).to.equal(queueTotal.body.total);
  });
  it('when a user changes their language (PUT /api/me), task names and picker labels follow it', async () => {
    // given: a service-desk member of their own (locale zh-CN by default) and a task whose
    // element carries label.zh-CN
    const username = `locale-${suffix}`;
    await insertUser(username, 'service-desk');
    const incident = await insertIncident(acme);
    const key = await startInstance('task-records', {
      recordType: 'incident',
      recordId: incident.id,
      assignee: '',
    });
    const task = await openTaskOf(key);
    const read = async () => {
      const list = await api<{ items: TaskItem[] }>(
        'GET',
        '/api/tasks?queue=service-desk&state=open&limit=500',
        { as: username },
      );
      const one = await api<TaskDetail>('GET', `/api/tasks/${task.id}`, { as: username });
      const listed = list.body.items.find((t) => t.id === task.id)!;
      const categories = one.body.variables.categoryOptions as { label: string; value: string }[];
      return {
        listed: { name: listed.name, names: listed.names },
        detail: { name: one.body.name, names: one.body.names },
        category: categories.find((c) => c.value === `tr-net-${suffix}`)?.label,
      };
    };
    const names = { en: 'Review the record', 'zh-CN': '审核记录' };

    // when
    const meBefore = await api<{ locale: string }>('GET', '/api/me', { as: username });
    const inZh = await read();
    const toEn = await api<{ locale: string }>('PUT', '/api/me', {
      as: username,
      body: { locale: 'en' },
    });
    const meAfter = await api<{ locale: string }>('GET', '/api/me', { as: username });
    const inEn = await read();
    const wrong = await api<ErrorBody>('PUT', '/api/me', {
      as: username,
      body: { locale: 'fr' },
    });
    const missing = await api<ErrorBody>('PUT', '/api/me', { as: username, body: {} });
    const stored = await db()('users').where({ username }).first('locale');

    // then
    expect(meBefore.body.locale).to.equal('zh-CN');
    expect(inZh).to.deep.equal({
      listed: { name: '审核记录', names },
      detail: { name: '审核记录', names },
      category: '网络',
    });
    expect(toEn.status, JSON.stringify(toEn.body)).to.equal(200);
    expect(toEn.body.locale).to.equal('en');
    expect(meAfter.body.locale).to.equal('en');
    expect(inEn).to.deep.equal({
      listed: { name: 'Review the record', names },
      detail: { name: 'Review the record', names },
      category: 'Network',
    });
    expect(wrong.status).to.equal(400);
    expect(wrong.body.error.details.map((d) => d.field)).to.deep.equal(['locale']);
    expect(wrong.body.error.message).to.include('locale');
    expect(missing.status).to.equal(400);
    expect(missing.body.error.details).to.deep.equal([{ field: 'locale', message: 'is required' }]);
    expect(stored.locale).to.equal('en');
  });
});
