/**
 * Issue 16 item 1, the route × role × customer table: an incident of customer A with its
 * process instance, walked through every route that shows record data (or something derived
 * from it) as a customer contact of customer B, as a plain requester, and as staff. Another
 * customer's data answers 404 (or 403 on a route that is not the caller's at all), and A's
 * title, customer id and contact e-mail appear in no answer.
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { hashPassword } from '../../server/auth/passwords.ts';
import { api, waitFor, type ApiAnswer } from '../helpers/api.ts';
import { deployWorkflows, reportIncident, type IncidentView } from '../helpers/incidents.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

const suffix = String(randomInt(100_000, 999_999));
const db = () => testContext().platform.db;

interface Named {
  id: string;
  code?: string;
  number?: string;
}
interface List<T = Named> {
  items: T[];
  total: number;
}

/** Creates a portal user (`roles`) linked to `customerId` (or none) with the development password. */
async function insertUser(username: string, roles: string[], customerId: string | null) {
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
  await db()('user_roles').insert(roles.map((role) => ({ user_id: row.id, role })));
}

/** Calls as admin and expects `status`; answers the body. */
async function admin<T = Named>(method: string, url: string, body: unknown, status = 201) {
  const res = await api<T>(method, url, { as: 'admin', body });
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).to.equal(status);
  return res.body;
}

describe('record scope: another customer’s incident, its instance and reference data are not shown (issue 16)', function () {
  this.timeout(120_000);
  const contactB = `contact-b-${suffix}`;
  const requester = `requester-${suffix}`;
  const emailA = `ops-a-${suffix}@customer-a.example`;
  const title = `A 公司机密故障 ${suffix} / customer A secret outage`;
  let customerA: Named;
  let customerB: Named;
  let serviceA: Named;
  let serviceB: Named;
  let shared: Named;
  let ciA: Named;
  let ciShared: Named;
  let targetA: Named;
  let incidentA: IncidentView;
  let ownReport: IncidentView;

  /** What must never show to someone outside customer A. */
  const secrets = () => [title, customerA.id, emailA, incidentA.number];

  /** A's data in the answer to `url` (what the caller put in the URL itself does not count). */
  function leaks(res: ApiAnswer<unknown>, url: string): string[] {
    const text = JSON.stringify(res.body);
    return secrets().filter((s) => !url.includes(s) && text.includes(s));
  }

  before(async () => {
    await deployWorkflows();
    const service = (code: string) =>
      admin('POST', '/api/services', {
        code: `SVC-${code}-${suffix}`,
        nameZh: `${code} 服务`,
        nameEn: `${code} service`,
        calendarCode: 'CN-STD',
      });
    serviceA = await service('A');
    serviceB = await service('B');
    shared = await service('AB');
    customerA = await admin('POST', '/api/customers', {
      code: `CUST-A-${suffix}`,
      nameZh: 'A 公司',
      nameEn: 'Customer A',
      contactEmail: emailA,
      serviceIds: [serviceA.id, shared.id],
    });
    customerB = await admin('POST', '/api/customers', {
      code: `CUST-B-${suffix}`,
      nameZh: 'B 公司',
      nameEn: 'Customer B',
      contactEmail: `ops-b-${suffix}@customer-b.example`,
      serviceIds: [serviceB.id, shared.id],
    });
    ciA = await admin('POST', '/api/configuration-items', {
      name: `A server ${suffix}`,
      type: 'server',
      serviceId: serviceA.id,
    });
    ciShared = await admin('POST', '/api/configuration-items', {
      name: `Shared switch ${suffix}`,
      type: 'network',
      serviceId: shared.id,
    });
    targetA = await admin('POST', '/api/sla-targets', {
      recordType: 'incident',
      clockType: 'response',
      priority: 'P1',
      customerId: customerA.id,
      duration: { amount: 10, unit: 'minutes' },
      calendar: 'CN-24x7',
    });
    await insertUser(contactB, ['customer-contact', 'requester'], customerB.id);
    await insertUser(requester, ['requester'], null);
    incidentA = await reportIncident({
      title,
      impact: 3,
      urgency: 3,
      customerId: customerA.id,
      serviceId: shared.id,
      ciId: ciShared.id,
    });
    ownReport = await reportIncident(
      { title: `my own ${suffix}`, impact: 3, urgency: 3, ciId: ciShared.id },
      requester,
    );
    // The instance is projected with its variables before anyone reads it.
    await waitFor('the instance of A’s incident with its title', async () => {
      const res = await api<{ variables: Record<string, unknown> }>(
        'GET',
        `/api/process-instances/${incidentA.processInstanceKey}`,
        { as: 'incident-manager' },
      );
      return res.status === 200 && res.body.variables.title === title;
    });
  });

  it('H1: a customer contact of B cannot read A’s process instance, by record number or by key (403, nothing shown)', async () => {
    // when
    const byRecord = await api('GET', `/api/process-instances?record=${incidentA.number}`, {
      as: contactB,
    });
    const byKey = await api('GET', `/api/process-instances/${incidentA.processInstanceKey}`, {
      as: contactB,
    });
    // then
    expect(byRecord.status).to.equal(403);
    expect(byKey.status).to.equal(403);
    expect(JSON.stringify(byRecord.body)).to.not.include(title).and.not.include(customerA.id);
    expect(JSON.stringify(byKey.body)).to.not.include(title).and.not.include(customerA.id);
  });

  it('every route that shows record data answers a contact of B 404/403 or B’s data only, never A’s', async () => {
    // given: each route with the status the contact of B gets
    const task = await waitFor('the first task of A’s incident', async () => {
      const row = await db()('tasks')
        .where({ process_instance_key: incidentA.processInstanceKey, state: 'created' })
        .first('key');
      return row as { key: string } | undefined;
    });
    const table: [string, number][] = [
      [`/api/process-instances?record=${incidentA.number}`, 403],
      [`/api/process-instances?processId=incident-management&limit=500`, 403],
      [`/api/process-instances/${incidentA.processInstanceKey}`, 403],
      [`/api/incidents/${incidentA.number}`, 404],
      [`/api/incidents/${incidentA.id}`, 404],
      [`/api/incidents/${incidentA.number}/history`, 404],
      [`/api/incidents/${incidentA.number}/sla`, 404],
      ['/api/incidents?limit=500', 200],
      [`/api/incidents?q=${encodeURIComponent(title)}`, 200],
      [`/api/records/incident/${incidentA.number}`, 404],
      [`/api/records/incident/${incidentA.id}`, 404],
      [`/api/records/incident/${incidentA.number}/history`, 404],
      [`/api/records/incident/${incidentA.number}/links`, 404],
      ['/api/records/incident?limit=500', 200],
      [`/api/records/incident?q=${encodeURIComponent(title)}`, 200],
      [`/api/records/incident/export?format=csv&q=${encodeURIComponent(title)}`, 200],
      [`/api/tasks?record=${incidentA.number}`, 200],
      ['/api/tasks?limit=500', 200],
      [`/api/tasks/${task.key}`, 403],
      ['/api/customers?limit=1000', 200],
      [`/api/customers/${customerA.id}`, 404],
      [`/api/customers?q=CUST-A-${suffix}`, 200],
      ['/api/services?limit=1000', 200],
      [`/api/services?customerId=${customerA.id}`, 200],
      [`/api/services/${serviceA.id}`, 404],
      [`/api/services/${shared.id}`, 200],
      ['/api/configuration-items?limit=1000', 200],
      [`/api/configuration-items?serviceId=${serviceA.id}`, 200],
      [`/api/configuration-items/${ciA.id}`, 404],
      [`/api/configuration-items/${ciShared.id}`, 200],
      ['/api/sla-targets', 200],
      [`/api/sla-targets?customerId=${customerA.id}`, 200],
      [`/api/sla-targets/${targetA.id}`, 404],
      ['/api/groups', 403],
      ['/api/groups/service-desk', 403],
      ['/api/groups/service-desk/members', 403],
      ['/api/settings/priority-matrix', 403],
      ['/api/kpis', 403],
      ['/api/kpis/series', 403],
      ['/api/sla/compliance', 403],
    ];
    // when
    const wrong: string[] = [];
    for (const [url, status] of table) {
      const res = await api('GET', url, { as: contactB });
      if (res.status !== status) wrong.push(`${url} → ${res.status}, expected ${status}`);
      const leaked = leaks(res, url);
      if (leaked.length) wrong.push(`${url} shows ${leaked.join(', ')}`);
    }
    // then
    expect(wrong).to.deep.equal([]);
  });

  it('a contact of B sees their own customer, its services and CIs, and nothing of the others', async () => {
    // when
    const customers = await api<List>('GET', '/api/customers?limit=1000', { as: contactB });
    const own = await api<Named>('GET', `/api/customers/${customerB.id}`, { as: contactB });
    const services = await api<List<Named & { customerIds?: string[] }>>(
      'GET',
      '/api/services?limit=1000',
      { as: contactB },
    );
    const cis = await api<List>('GET', '/api/configuration-items?limit=1000', { as: contactB });
    const sharedCi = await api<{ recentIncidents: { number: string }[] }>(
      'GET',
      `/api/configuration-items/${ciShared.id}`,
      { as: contactB },
    );
    // then
    expect(customers.body.items.map((c) => c.id)).to.deep.equal([customerB.id]);
    expect(own.status).to.equal(200);
    expect(services.body.items.map((s) => s.id)).to.have.members([serviceB.id, shared.id]);
    expect(services.body.items.every((s) => s.customerIds === undefined)).to.equal(true);
    expect(cis.body.items.map((c) => c.id))
      .to.include(ciShared.id)
      .and.not.include(ciA.id);
    expect(sharedCi.body.recentIncidents).to.deep.equal([]);
  });

  it('a plain requester sees only what they reported: no instance, no other incident, no customer, no figures', async () => {
    // given
    const table: [string, number][] = [
      [`/api/process-instances?record=${incidentA.number}`, 403],
      [`/api/process-instances/${incidentA.processInstanceKey}`, 403],
      [`/api/process-instances/${ownReport.processInstanceKey}`, 403],
      [`/api/incidents/${incidentA.number}`, 404],
      [`/api/incidents/${incidentA.number}/sla`, 404],
      ['/api/incidents?limit=500', 200],
      [`/api/records/incident/${incidentA.number}`, 404],
      [`/api/records/incident/${ownReport.number}`, 200],
      [`/api/tasks?record=${incidentA.number}`, 200],
      ['/api/customers?limit=1000', 200],
      [`/api/customers/${customerA.id}`, 404],
      [`/api/configuration-items/${ciShared.id}`, 200],
      ['/api/sla-targets', 200],
      [`/api/sla-targets/${targetA.id}`, 404],
      ['/api/groups/service-desk/members', 403],
      ['/api/settings/priority-matrix', 403],
      ['/api/kpis', 403],
      ['/api/sla/compliance', 403],
    ];
    // when
    const wrong: string[] = [];
    for (const [url, status] of table) {
      const res = await api('GET', url, { as: requester });
      if (res.status !== status) wrong.push(`${url} → ${res.status}, expected ${status}`);
      const leaked = leaks(res, url);
      if (leaked.length) wrong.push(`${url} shows ${leaked.join(', ')}`);
    }
    const mine = await api<List>('GET', '/api/incidents?limit=500', { as: requester });
    const mineOnCore = await api<List>('GET', '/api/records/incident?limit=500', {
      as: requester,
    });
    const customers = await api<List>('GET', '/api/customers?limit=1000', { as: requester });
    const ci = await api<{ recentIncidents: { number: string }[] }>(
      'GET',
      `/api/configuration-items/${ciShared.id}`,
      { as: requester },
    );
    // then
    expect(wrong).to.deep.equal([]);
    expect(mine.body.items.map((i) => i.number)).to.deep.equal([ownReport.number]);
    expect(mineOnCore.body.items.map((i) => i.number)).to.deep.equal([ownReport.number]);
    expect(customers.body).to.deep.equal({ items: [], total: 0 });
    expect(ci.body.recentIncidents.map((i) => i.number)).to.deep.equal([ownReport.number]);
  });

  it('staff still see everything: the instance with its variables, the incident, the customer with its e-mail, the figures', async () => {
    // when
    const instance = await api<{ variables: Record<string, unknown> }>(
      'GET',
      `/api/process-instances/${incidentA.processInstanceKey}`,
      { as: 'management-representative' },
    );
    const byRecord = await api<List<{ key: string }>>(
      'GET',
      `/api/process-instances?record=${incidentA.number}`,
      { as: 'process-owner' },
    );
    const incident = await api<{ title: string }>('GET', `/api/incidents/${incidentA.number}`, {
      as: 'resolver-l2',
    });
    const customer = await api<{ contactEmail: string }>('GET', `/api/customers/${customerA.id}`, {
      as: 'service-desk',
    });
    const ci = await api<{ recentIncidents: { number: string }[] }>(
      'GET',
      `/api/configuration-items/${ciShared.id}`,
      { as: 'service-desk' },
    );
    const targets = await api<List>('GET', `/api/sla-targets?customerId=${customerA.id}`, {
      as: 'service-level-manager',
    });
    const kpis = await api('GET', '/api/kpis', { as: 'auditor' });
    const compliance = await api('GET', '/api/sla/compliance', { as: 'service-desk' });
    const members = await api('GET', '/api/groups/service-desk/members', { as: 'resolver-l2' });
    // then
    expect(instance.status).to.equal(200);
    expect(instance.body.variables.title).to.equal(title);
    expect(instance.body.variables.customerId).to.equal(customerA.id);
    expect(byRecord.body.items.map((i) => i.key)).to.deep.equal([incidentA.processInstanceKey]);
    expect(incident.body.title).to.equal(title);
    expect(customer.body.contactEmail).to.equal(emailA);
    expect(ci.body.recentIncidents.map((i) => i.number)).to.include.members([
      incidentA.number,
      ownReport.number,
    ]);
    expect(targets.body.items.map((t) => t.id)).to.deep.equal([targetA.id]);
    expect([kpis.status, compliance.status, members.status]).to.deep.equal([200, 200, 200]);
  });
});
