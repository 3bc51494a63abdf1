import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { createReferenceDataRepository } from '../../db/repositories/reference-data.repository.ts';
import {
  seedDevelopmentData,
  seedReferenceDefaults,
  SEED_ACTOR,
} from '../../db/seeds/reference-data.ts';
import { DEFAULT_MAJOR_INCIDENT_CRITERIA } from '../../lib/sla/major-incident.ts';
import { DEFAULT_PRIORITY_MATRIX } from '../../lib/sla/priority.ts';
import { DEFAULT_SLA_TARGETS } from '../../lib/sla/targets.ts';
import { api, type ApiAnswer } from '../helpers/api.ts';
import { rowCounts } from '../helpers/db-snapshot.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; message: string }[] };
}
type Json = Record<string, unknown> & ErrorBody;
interface List<T = Record<string, unknown>> {
  items: T[];
  total: number;
}

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
/** A suffix so this file's codes never meet another run's or another file's. */
const run = randomBytes(3).toString('hex');
const fieldsOf = (res: ApiAnswer<ErrorBody>) => (res.body.error?.details ?? []).map((d) => d.field);

/** Calls as admin unless told otherwise. */
const call = <T = Json>(method: string, url: string, body?: unknown, as = 'admin') =>
  api<T>(method, url, { as, body });

async function auditActions(db: Knex, table: string, recordId: string): Promise<string[]> {
  const rows: { action: string }[] = await db('audit_log')
    .where({ table_name: table, record_id: recordId })
    .orderBy('id')
    .select('action');
  return rows.map((r) => r.action);
}

describe('reference data through the API (customers, services, CIs, categories, groups, routing, SLA targets, settings)', () => {
  let db: Knex;
  let serviceIdOf: (code: string) => Promise<string>;

  before(async () => {
    db = testContext().platform.db;
    // The test platform seeds it too; running it again is harmless and keeps this file self-contained.
    await seedDevelopmentData(db, testContext().platform.clock.now());
    serviceIdOf = async (code) => {
      const row: { id: string } = await db('services').where({ code }).first('id');
      return row.id;
    };
  });

  describe('seeds', () => {
    it('when the platform has started, the defaults are there: calendars, 2026, SLA targets, settings', async () => {
      // given / when
      const calendars = await call<List<{ code: string }>>(
        'GET',
        '/api/calendars',
        undefined,
        'service-desk',
      );
      const targets = await call<List<{ customerId: string | null; serviceId: string | null }>>(
        'GET',
        '/api/sla-targets',
        undefined,
        'service-desk',
      );
      const matrix = await call<{ value: unknown }>(
        'GET',
        '/api/settings/priority-matrix',
        undefined,
        'auditor',
      );
      const criteria = await call<{ value: unknown }>(
        'GET',
        '/api/settings/major-incident-criteria',
      );
      // then
      expect(calendars.body.items.map((c) => c.code)).to.include.members(['CN-STD', 'CN-24x7']);
      const defaults = targets.body.items.filter((t) => !t.customerId && !t.serviceId);
      expect(defaults.length).to.equal(DEFAULT_SLA_TARGETS.length);
      expect(matrix.body.value).to.deep.equal(DEFAULT_PRIORITY_MATRIX);
      expect(criteria.body.value).to.deep.equal(DEFAULT_MAJOR_INCIDENT_CRITERIA);
    });

    it('when the development data is seeded, customers, services, CIs, groups and users are linked as described', async () => {
      // given / when
      const customers = await call<List<{ code: string; serviceIds: string[] }>>(
        'GET',
        '/api/customers',
        undefined,
        'service-desk',
      );
      const contactSees = await call<List<{ code: string }>>(
        'GET',
        '/api/customers',
        undefined,
        'customer-contact',
      );
      const erp = await call<{ critical: boolean }>(
        'GET',
        `/api/services/${await serviceIdOf('SVC-ERP')}`,
      );
      const ci7 = await call<{ number: string; type: string }>(
        'GET',
        '/api/configuration-items/CI-2026-000007',
        undefined,
        'service-desk',
      );
      const network = await call<List<{ username: string }>>(
        'GET',
        '/api/groups/resolver-l2-network/members',
        undefined,
        'service-desk',
      );
      const contact: { customer_id: string; email: string; department: string | null } = await db(
        'users',
      )
        .where({ username: 'customer-contact' })
        .first('customer_id', 'email', 'department');
      const desk: { email: string; department: string } = await db('users')
        .where({ username: 'service-desk' })
        .first('email', 'department');
      const custA: { id: string } = await db('customers').where({ code: 'CUST-A' }).first('id');
      // then
      const byCode = new Map(customers.body.items.map((c) => [c.code, c]));
      expect(byCode.get('CUST-A')?.serviceIds).to.have.length(3);
      expect(byCode.get('CUST-B')?.serviceIds).to.have.length(3);
      expect(
        contactSees.body.items.map((c) => c.code),
        'a contact sees their customer only',
      ).to.deep.equal(['CUST-A']);
      expect(erp.body.critical).to.equal(true);
      expect(ci7.status).to.equal(200);
      expect(ci7.body.number).to.equal('CI-2026-000007');
      expect(network.body.items.map((m) => m.username)).to.include('resolver-l2');
      expect(contact).to.deep.equal({
        customer_id: custA.id,
        email: 'customer-contact@itsm.local',
        department: null,
      });
      expect(desk).to.deep.equal({ email: 'service-desk@itsm.local', department: 'IT 运维部' });
    });

    it('when both seeds run again, they add nothing and write no audit entry', async () => {
      // given
      const at = testContext().platform.clock.now();
      const before = await rowCounts(db, [
        'audit_log',
        'customers',
        'configuration_items',
        'sla_targets',
        'user_roles',
      ]);
      // when
      const defaults = await seedReferenceDefaults(db, at);
      const development = await seedDevelopmentData(db, at);
      // then
      expect(defaults).to.deep.equal({});
      expect(development).to.deep.equal({});
      expect(
        await rowCounts(db, [
          'audit_log',
          'customers',
          'configuration_items',
          'sla_targets',
          'user_roles',
        ]),
      ).to.deep.equal(before);
      const seeded: { n: string | number }[] = await db('audit_log')
        .where({ actor: SEED_ACTOR })
        .count('* as n');
      expect(Number(seeded[0]!.n)).to.be.greaterThan(0);
    });
  });

  describe('customers', () => {
    it('when an admin creates, changes, subscribes and deactivates a customer, each step answers and is audited', async () => {
      // given
      const code = `CUST-T${run}`;
      const mail = await serviceIdOf('SVC-MAIL');
      // when
      const created = await call<{
        id: string;
        code: string;
        active: boolean;
        serviceIds: string[];
      }>('POST', '/api/customers', {
        code,
        nameZh: '测试客户',
        nameEn: 'Test customer',
        contactEmail: 'ops@test.example',
      });
      const id = created.body.id;
      const updated = await call<{
        nameEn: string;
        serviceIds: string[];
        majorIncidentCriteria: unknown;
      }>('PUT', `/api/customers/${id}`, {
        nameEn: 'Test customer Ltd',
        serviceIds: [mail],
        majorIncidentCriteria: { ...DEFAULT_MAJOR_INCIDENT_CRITERIA, minCustomersAffected: null },
      });
      const deleted = await call<{ active: boolean }>('DELETE', `/api/customers/${id}`);
      const listed = await call<List<{ id: string }>>('GET', '/api/customers');
      const listedAll = await call<List<{ id: string }>>(
        'GET',
        '/api/customers?includeInactive=true',
      );
      // then
      expect(created.status).to.equal(201);
      expect(created.body).to.include({ code, active: true });
      expect(updated.status).to.equal(200);
      expect(updated.body.nameEn).to.equal('Test customer Ltd');
      expect(updated.body.serviceIds).to.deep.equal([mail]);
      expect(updated.body.majorIncidentCriteria).to.deep.include({ minCustomersAffected: null });
      expect(deleted.status).to.equal(200);
      expect(deleted.body.active).to.equal(false);
      expect(listed.body.items.map((c) => c.id)).not.to.include(id);
      expect(listedAll.body.items.map((c) => c.id)).to.include(id);
      expect(await db('customers').where({ id }).first('active')).to.deep.equal({ active: false });
      expect(await auditActions(db, 'customers', id)).to.deep.equal([
        'create',
        'update',
        'subscriptions',
        'deactivate',
      ]);
      const entry: { actor: string } = await db('audit_log')
        .where({ table_name: 'customers', record_id: id })
        .first('actor');
      expect(entry.actor).to.equal('admin');
    });

    it('when the code exists, a field is missing or wrong, the caller is no admin, or the id is unknown, refuses and writes nothing', async () => {
      // given
      const before = await rowCounts(db, ['customers', 'audit_log']);
      // when
      const duplicate = await call('POST', '/api/customers', {
        code: 'CUST-A',
        nameZh: '重复',
        nameEn: 'Duplicate',
      });
      const missing = await call('POST', '/api/customers', { code: `CUST-M${run}`, nameZh: '缺' });
      const badEmail = await call('POST', '/api/customers', {
        code: `CUST-E${run}`,
        nameZh: '邮',
        nameEn: 'Mail',
        contactEmail: 'not-an-address',
      });
      const badService = await call('POST', '/api/customers', {
        code: `CUST-S${run}`,
        nameZh: '服',
        nameEn: 'Svc',
        serviceIds: [UNKNOWN_UUID],
      });
      const notAdmin = await call(
        'POST',
        '/api/customers',
        { code: `CUST-N${run}`, nameZh: '非', nameEn: 'Not' },
        'service-desk',
      );
      const unknown = await call('PUT', `/api/customers/${UNKNOWN_UUID}`, { nameEn: 'x' });
      const notUuid = await call('DELETE', '/api/customers/9999999999999');
      const renameToTaken = await call(
        'PUT',
        `/api/customers/${(await db('customers').where({ code: 'CUST-B' }).first('id')).id}`,
        { code: 'CUST-A' },
      );
      // then
      expect(duplicate.status).to.equal(409);
      expect(missing.status).to.equal(400);
      expect(fieldsOf(missing)).to.deep.equal(['nameEn']);
      expect(badEmail.status).to.equal(400);
      expect(fieldsOf(badEmail)).to.deep.equal(['contactEmail']);
      expect(badService.status).to.equal(400);
      expect(fieldsOf(badService)).to.deep.equal(['serviceIds.0']);
      expect(notAdmin.status).to.equal(403);
      expect(unknown.status).to.equal(404);
      expect(notUuid.status).to.equal(404);
      expect(renameToTaken.status).to.equal(409);
      expect(await rowCounts(db, ['customers', 'audit_log'])).to.deep.equal(before);
    });
  });

  describe('services', () => {
    it('when an admin creates, changes and deactivates a service, and refuses a duplicate or an unknown calendar', async () => {
      // given
      const code = `SVC-T${run}`;
      // when
      const created = await call<{ id: string; critical: boolean; calendarCode: string | null }>(
        'POST',
        '/api/services',
        {
          code,
          nameZh: '测试服务',
          nameEn: 'Test service',
          critical: true,
          calendarCode: 'CN-24x7',
        },
      );
      const duplicate = await call('POST', '/api/services', {
        code,
        nameZh: '重复',
        nameEn: 'Duplicate',
      });
      const badCalendar = await call('POST', '/api/services', {
        code: `SVC-C${run}`,
        nameZh: '日历',
        nameEn: 'Calendar',
        calendarCode: 'NO-SUCH',
      });
      const wrongType = await call('POST', '/api/services', {
        code: `SVC-W${run}`,
        nameZh: '类型',
        nameEn: 'Type',
        critical: 'yes',
      });
      const updated = await call<{ owner: string; critical: boolean }>(
        'PUT',
        `/api/services/${created.body.id}`,
        { owner: 'service-owner', critical: false },
      );
      const notAdmin = await call(
        'DELETE',
        `/api/services/${created.body.id}`,
        undefined,
        'service-owner',
      );
      const deleted = await call<{ active: boolean }>('DELETE', `/api/services/${created.body.id}`);
      const unknown = await call('GET', `/api/services/${UNKNOWN_UUID}`);
      // then
      expect(created.status).to.equal(201);
      expect(created.body).to.include({ critical: true, calendarCode: 'CN-24x7' });
      expect(duplicate.status).to.equal(409);
      expect(badCalendar.status).to.equal(400);
      expect(fieldsOf(badCalendar)).to.deep.equal(['calendarCode']);
      expect(wrongType.status).to.equal(400);
      expect(fieldsOf(wrongType)).to.deep.equal(['critical']);
      expect(updated.body).to.include({ owner: 'service-owner', critical: false });
      expect(notAdmin.status).to.equal(403);
      expect(deleted.body.active).to.equal(false);
      expect(unknown.status).to.equal(404);
      expect(await auditActions(db, 'services', created.body.id)).to.deep.equal([
        'create',
        'update',
        'deactivate',
      ]);
    });
  });

  describe('configuration items', () => {
    it('when an admin creates a CI, it gets the next CI number; lists filter by service and text; retiring keeps it', async () => {
      // given
      const net = await serviceIdOf('SVC-NET');
      // when
      const created = await call<{ id: string; number: string; active: boolean }>(
        'POST',
        '/api/configuration-items',
        {
          name: `测试交换机 sw-${run}`,
          type: 'network',
          serviceId: net,
        },
      );
      const byService = await call<List<{ number: string }>>(
        'GET',
        `/api/configuration-items?serviceId=${net}`,
        undefined,
        'service-desk',
      );
      const byText = await call<List<{ id: string }>>(
        'GET',
        `/api/configuration-items?q=sw-${run}`,
        undefined,
        'service-desk',
      );
      const renamed = await call<{ name: string }>(
        'PUT',
        `/api/configuration-items/${created.body.id}`,
        { name: `测试交换机 sw-${run}-b` },
      );
      const retired = await call<{ active: boolean; status: string }>(
        'DELETE',
        `/api/configuration-items/${created.body.id}`,
      );
      const afterRetire = await call<List<{ id: string }>>(
        'GET',
        `/api/configuration-items?q=sw-${run}`,
      );
      const stillReadable = await call<{ id: string }>(
        'GET',
        `/api/configuration-items/${created.body.number}`,
      );
      // then
      expect(created.status).to.equal(201);
      expect(created.body.number).to.match(/^CI-\d{4}-\d{6}$/);
      expect(Number(created.body.number.slice(-6))).to.be.greaterThan(
        created.body.number.startsWith('CI-2026-') ? 8 : 0,
      );
      expect(byService.body.items.map((c) => c.number)).to.include.members([
        'CI-2026-000006',
        'CI-2026-000007',
        'CI-2026-000008',
        created.body.number,
      ]);
      expect(byText.body.items.map((c) => c.id)).to.deep.equal([created.body.id]);
      expect(renamed.body.name).to.equal(`测试交换机 sw-${run}-b`);
      expect(retired.body).to.include({ active: false, status: 'retired' });
      expect(afterRetire.body.total).to.equal(0);
      expect(stillReadable.body.id).to.equal(created.body.id);
      expect(await auditActions(db, 'configuration_items', created.body.id)).to.deep.equal([
        'create',
        'update',
        'deactivate',
      ]);
    });

    it('when a CI is read, it shows its service and its last incidents, newest first', async () => {
      // given: two incidents naming CI-2026-000001, written as the incident service would
      const ci: { id: string } = await db('configuration_items')
        .where({ number: 'CI-2026-000001' })
        .first('id');
      const numbers = [`INC-1999-${run}1`, `INC-1999-${run}2`];
      for (const [i, number] of numbers.entries()) {
        const at = new Date(Date.UTC(1999, 0, 1 + i));
        const [row] = await db('incidents')
          .insert({
            number,
            status: 'new',
            created_at: at,
            created_by: 'test',
            updated_at: at,
            updated_by: 'test',
            title: `ERP slow ${i}`,
            channel: 'phone',
            reporter_name: 'test',
            impact: 2,
            urgency: 2,
            priority: 'P3',
            assignment_group: 'service-desk',
          })
          .returning('id');
        await db('incident_cis').insert({ incident_id: row.id, ci_id: ci.id });
      }
      // when
      const res = await call<{
        service: { code: string };
        recentIncidents: { number: string; title: string; status: string; createdAt: string }[];
      }>('GET', `/api/configuration-items/${ci.id}`, undefined, 'resolver-l2');
      // then
      expect(res.status).to.equal(200);
      expect(res.body.service.code).to.equal('SVC-ERP');
      const mine = res.body.recentIncidents.filter((i) => numbers.includes(i.number));
      expect(mine.map((i) => i.number)).to.deep.equal([...numbers].reverse());
      expect(mine[0]).to.deep.include({ title: 'ERP slow 1', status: 'new' });
      expect(new Date(mine[0]!.createdAt).toISOString()).to.equal('1999-01-02T00:00:00.000Z');
    });

    it('when a CI body is incomplete or names an unknown service, or the CI is unknown, refuses', async () => {
      // given / when
      const missing = await call('POST', '/api/configuration-items', { type: 'server' });
      const badService = await call('POST', '/api/configuration-items', {
        name: 'x',
        type: 'server',
        serviceId: UNKNOWN_UUID,
      });
      const notAdmin = await call(
        'POST',
        '/api/configuration-items',
        { name: 'x', type: 'server' },
        'configuration-manager',
      );
      const unknown = await call('GET', '/api/configuration-items/CI-1999-999999');
      const unknownPut = await call('PUT', `/api/configuration-items/${UNKNOWN_UUID}`, {
        name: 'x',
      });
      // then
      expect(missing.status).to.equal(400);
      expect(fieldsOf(missing)).to.deep.equal(['name']);
      expect(badService.status).to.equal(400);
      expect(fieldsOf(badService)).to.deep.equal(['serviceId']);
      expect(notAdmin.status).to.equal(403);
      expect(unknown.status).to.equal(404);
      expect(unknownPut.status).to.equal(404);
    });
  });

  describe('incident categories', () => {
    it('when an admin adds a category tree, lists show it in tree order; deactivating the parent deactivates the child', async () => {
      // given
      const parent = `rdtest${run}`;
      const child = `${parent}.child`;
      // when
      const p = await call('POST', '/api/incident-categories', {
        code: parent,
        nameZh: '测试',
        nameEn: 'Test',
      });
      const c = await call('POST', '/api/incident-categories', {
        code: child,
        parentCode: parent,
        nameZh: '子类',
        nameEn: 'Child',
      });
      const tree = await call<List<{ code: string; depth: number; parentCode: string | null }>>(
        'GET',
        '/api/incident-categories',
        undefined,
        'service-desk',
      );
      const cycle = await call('PUT', `/api/incident-categories/${parent}`, { parentCode: child });
      const renamed = await call<{ nameEn: string }>('PUT', `/api/incident-categories/${child}`, {
        nameEn: 'Child category',
      });
      const deleted = await call<{ active: boolean }>(
        'DELETE',
        `/api/incident-categories/${parent}`,
      );
      const childAfter = await call<{ active: boolean }>(
        'GET',
        `/api/incident-categories/${child}`,
      );
      const listedAfter = await call<List<{ code: string }>>('GET', '/api/incident-categories');
      // then
      expect(p.status).to.equal(201);
      expect(c.status).to.equal(201);
      const codes = tree.body.items.map((i) => i.code);
      expect(codes.indexOf('network')).to.be.lessThan(codes.indexOf('network.lan'));
      expect(codes.indexOf(child)).to.equal(codes.indexOf(parent) + 1);
      expect(tree.body.items.find((i) => i.code === child)).to.include({
        depth: 1,
        parentCode: parent,
      });
      expect(tree.body.total).to.equal(tree.body.items.length);
      expect(cycle.status).to.equal(400);
      expect(fieldsOf(cycle)).to.deep.equal(['parentCode']);
      expect(renamed.body.nameEn).to.equal('Child category');
      expect(deleted.body.active).to.equal(false);
      expect(childAfter.body.active).to.equal(false);
      expect(listedAfter.body.items.map((i) => i.code)).not.to.include.members([parent, child]);
      expect(await auditActions(db, 'incident_categories', child)).to.deep.equal([
        'create',
        'update',
        'deactivate',
      ]);
    });

    it('when the code exists, the parent is unknown, the code is malformed, or the caller is no admin, refuses', async () => {
      // given / when
      const duplicate = await call('POST', '/api/incident-categories', {
        code: 'network',
        nameZh: '网',
        nameEn: 'Net',
      });
      const noParent = await call('POST', '/api/incident-categories', {
        code: `orphan${run}`,
        parentCode: 'no-such',
        nameZh: '孤',
        nameEn: 'Orphan',
      });
      const badCode = await call('POST', '/api/incident-categories', {
        code: 'Not A Code',
        nameZh: '坏',
        nameEn: 'Bad',
      });
      const notAdmin = await call(
        'POST',
        '/api/incident-categories',
        { code: `x${run}`, nameZh: 'x', nameEn: 'x' },
        'incident-manager',
      );
      const unknown = await call('DELETE', '/api/incident-categories/no-such-category');
      // then
      expect(duplicate.status).to.equal(409);
      expect(noParent.status).to.equal(400);
      expect(fieldsOf(noParent)).to.deep.equal(['parentCode']);
      expect(badCode.status).to.equal(400);
      expect(fieldsOf(badCode)).to.deep.equal(['code']);
      expect(notAdmin.status).to.equal(403);
      expect(unknown.status).to.equal(404);
    });
  });

  describe('assignment groups', () => {
    it('when an admin creates a group and sets its members, the members hold the group as a role and pickers list them', async () => {
      // given
      const code = `resolver-l3-t${run}`;
      // when
      const created = await call('POST', '/api/groups', {
        code,
        nameZh: '三线测试组',
        nameEn: 'L3 test group',
        functionalLevel: 'L3',
        lead: 'resolver-lead',
        department: 'IT 运维部',
        departmentHead: 'department-head',
      });
      const set = await call<{
        items: { username: string; displayName: string }[];
        added: string[];
        removed: string[];
      }>('PUT', `/api/groups/${code}/members`, {
        usernames: ['resolver-l3', 'incident-manager'],
      });
      const picker = await call<List<{ username: string; displayName: string }>>(
        'GET',
        `/api/groups/${code}/members`,
        undefined,
        'service-desk',
      );
      const listed = await call<List<{ code: string; memberCount: number }>>(
        'GET',
        '/api/groups',
        undefined,
        'auditor',
      );
      const shrunk = await call<{ removed: string[] }>('PUT', `/api/groups/${code}/members`, {
        usernames: ['resolver-l3'],
      });
      const roles: { username: string }[] = await db('user_roles')
        .join('users', 'users.id', 'user_roles.user_id')
        .where({ role: code })
        .select('username');
      const changed = await call<{ functionalLevel: string }>('PUT', `/api/groups/${code}`, {
        functionalLevel: 'L2',
      });
      const deleted = await call<{ active: boolean }>('DELETE', `/api/groups/${code}`);
      // then
      expect(created.status).to.equal(201);
      expect(set.body.added).to.deep.equal(['incident-manager', 'resolver-l3']);
      expect(picker.body.items.map((m) => m.username)).to.deep.equal([
        'incident-manager',
        'resolver-l3',
      ]);
      expect(picker.body.items[0]!.displayName).to.equal('Incident manager');
      expect(listed.body.items.find((g) => g.code === code)?.memberCount).to.equal(2);
      expect(shrunk.body.removed).to.deep.equal(['incident-manager']);
      expect(roles.map((r) => r.username)).to.deep.equal(['resolver-l3']);
      expect(changed.body.functionalLevel).to.equal('L2');
      expect(deleted.body.active).to.equal(false);
      expect(await auditActions(db, 'assignment_groups', code)).to.deep.equal([
        'create',
        'members',
        'members',
        'update',
        'deactivate',
      ]);
    });

    it('when a member is unknown, the code exists or is reserved, the caller is no admin, or the group is unknown, refuses', async () => {
      // given
      const before = await rowCounts(db, ['user_roles', 'assignment_groups', 'audit_log']);
      // when
      const unknownUser = await call('PUT', '/api/groups/resolver-l2/members', {
        usernames: ['resolver-l2', 'nobody-here'],
      });
      const duplicate = await call('POST', '/api/groups', {
        code: 'service-desk',
        nameZh: '重复',
        nameEn: 'Duplicate',
      });
      const reserved = await call('POST', '/api/groups', {
        code: 'admin',
        nameZh: '管理',
        nameEn: 'Admins',
      });
      const badLevel = await call('POST', '/api/groups', {
        code: `g${run}`,
        nameZh: 'x',
        nameEn: 'x',
        functionalLevel: 'L9',
      });
      const notAdmin = await call(
        'PUT',
        '/api/groups/resolver-l2/members',
        { usernames: [] },
        'resolver-lead',
      );
      const unknownGroup = await call('GET', '/api/groups/no-such-group/members');
      // then
      expect(unknownUser.status).to.equal(400);
      expect(fieldsOf(unknownUser)).to.deep.equal(['usernames.1']);
      expect(duplicate.status).to.equal(409);
      expect(reserved.status).to.equal(400);
      expect(fieldsOf(reserved)).to.deep.equal(['code']);
      expect(badLevel.status).to.equal(400);
      expect(fieldsOf(badLevel)).to.deep.equal(['functionalLevel']);
      expect(notAdmin.status).to.equal(403);
      expect(unknownGroup.status).to.equal(404);
      expect(await rowCounts(db, ['user_roles', 'assignment_groups', 'audit_log'])).to.deep.equal(
        before,
      );
    });
  });

  describe('routing rules', () => {
    it('when routing, the most specific active rule wins and a category matches its sub-categories', async () => {
      // given
      const repo = createReferenceDataRepository(db);
      const erp = await serviceIdOf('SVC-ERP');
      // when / then
      expect(await repo.routeFor({ categoryCode: 'network.lan' })).to.equal('resolver-l2-network');
      expect(await repo.routeFor({ categoryCode: 'network', serviceId: erp })).to.equal(
        'resolver-l2-network',
      );
      expect(await repo.routeFor({ categoryCode: 'application', serviceId: erp })).to.equal(
        'resolver-l2',
      );
      expect(await repo.routeFor({ categoryCode: 'hardware' })).to.equal('resolver-l2');
      expect(await repo.routeFor({})).to.equal('resolver-l2');
    });

    it('when an admin adds, changes and deactivates a rule, routing follows; others may not even read rules', async () => {
      // given
      const category = `route${run}`;
      await call('POST', '/api/incident-categories', {
        code: category,
        nameZh: '路由',
        nameEn: 'Routing',
      });
      await call('POST', '/api/incident-categories', {
        code: `${category}.sub`,
        parentCode: category,
        nameZh: '子',
        nameEn: 'Sub',
      });
      const repo = createReferenceDataRepository(db);
      // when
      const created = await call<{ id: string; rank: number }>('POST', '/api/routing-rules', {
        categoryCode: category,
        assignmentGroup: 'resolver-l3',
        rank: 5,
      });
      const routedNew = await repo.routeFor({ categoryCode: `${category}.sub` });
      const specific = await call<{ id: string }>('POST', '/api/routing-rules', {
        categoryCode: `${category}.sub`,
        assignmentGroup: 'resolver-l2-network',
      });
      const routedSpecific = await repo.routeFor({ categoryCode: `${category}.sub` });
      const moved = await call<{ assignmentGroup: string }>(
        'PUT',
        `/api/routing-rules/${specific.body.id}`,
        { assignmentGroup: 'service-desk' },
      );
      const routedMoved = await repo.routeFor({ categoryCode: `${category}.sub` });
      await call('DELETE', `/api/routing-rules/${specific.body.id}`);
      const deleted = await call<{ active: boolean }>(
        'DELETE',
        `/api/routing-rules/${created.body.id}`,
      );
      const routedAfter = await repo.routeFor({ categoryCode: `${category}.sub` });
      const list = await call<List<{ id: string }>>(
        'GET',
        '/api/routing-rules?includeInactive=true',
      );
      const forbidden = await call('GET', '/api/routing-rules', undefined, 'service-desk');
      const badGroup = await call('POST', '/api/routing-rules', {
        assignmentGroup: 'no-such-group',
      });
      const missing = await call('POST', '/api/routing-rules', { rank: 3 });
      const unknown = await call('PUT', `/api/routing-rules/${UNKNOWN_UUID}`, { rank: 3 });
      // then
      expect(created.status).to.equal(201);
      expect(routedNew).to.equal('resolver-l3');
      expect(routedSpecific).to.equal('resolver-l2-network');
      expect(moved.body.assignmentGroup).to.equal('service-desk');
      expect(routedMoved).to.equal('service-desk');
      expect(deleted.body.active).to.equal(false);
      expect(routedAfter).to.equal('resolver-l2');
      expect(list.body.items.map((r) => r.id)).to.include.members([
        created.body.id,
        specific.body.id,
      ]);
      expect(forbidden.status).to.equal(403);
      expect(badGroup.status).to.equal(400);
      expect(fieldsOf(badGroup)).to.deep.equal(['assignmentGroup']);
      expect(missing.status).to.equal(400);
      expect(fieldsOf(missing)).to.deep.equal(['assignmentGroup']);
      expect(unknown.status).to.equal(404);
      expect(await auditActions(db, 'routing_rules', specific.body.id)).to.deep.equal([
        'create',
        'update',
        'deactivate',
      ]);
    });
  });

  describe('SLA targets', () => {
    it('when an admin adds a customer override, it comes before the defaults; changing and deactivating it is audited', async () => {
      // given
      const customer = await call<{ id: string }>('POST', '/api/customers', {
        code: `CUST-SLA${run}`,
        nameZh: '协议客户',
        nameEn: 'SLA customer',
      });
      const repo = createReferenceDataRepository(db);
      const body = {
        recordType: 'incident',
        clockType: 'resolution',
        priority: 'P1',
        customerId: customer.body.id,
        duration: { amount: 2, unit: 'hours' },
        calendar: 'CN-24x7',
      };
      // when
      const created = await call<{
        id: string;
        thresholds: number[];
        duration: { amount: number };
      }>('POST', '/api/sla-targets', body);
      const duplicate = await call('POST', '/api/sla-targets', body);
      const rows = await repo.targetRowsFor({
        recordType: 'incident',
        customerId: customer.body.id,
      });
      const otherCustomerRows = await repo.targetRowsFor({
        recordType: 'incident',
        customerId: null,
      });
      const changed = await call<{ duration: { amount: number; unit: string } }>(
        'PUT',
        `/api/sla-targets/${created.body.id}`,
        {
          duration: { amount: 3, unit: 'hours' },
        },
      );
      const listed = await call<List<{ id: string }>>(
        'GET',
        `/api/sla-targets?customerId=${customer.body.id}`,
        undefined,
        'service-level-manager',
      );
      const deleted = await call<{ active: boolean }>(
        'DELETE',
        `/api/sla-targets/${created.body.id}`,
      );
      const rowsAfter = await repo.targetRowsFor({
        recordType: 'incident',
        customerId: customer.body.id,
      });
      // then
      expect(created.status).to.equal(201);
      expect(created.body.thresholds).to.deep.equal([50, 75, 100]);
      expect(created.body.duration.amount).to.equal(2);
      expect(duplicate.status).to.equal(409);
      expect(rows[0]).to.deep.include({
        id: created.body.id,
        customerId: customer.body.id,
        calendar: 'CN-24x7',
      });
      expect(rows.slice(1).every((r) => r.customerId === null && r.serviceId === null)).to.equal(
        true,
      );
      expect(otherCustomerRows.map((r) => r.id)).not.to.include(created.body.id);
      expect(changed.body.duration).to.deep.equal({ amount: 3, unit: 'hours' });
      expect(listed.body.items.map((t) => t.id)).to.deep.equal([created.body.id]);
      expect(deleted.body.active).to.equal(false);
      expect(rowsAfter.map((r) => r.id)).not.to.include(created.body.id);
      expect(await auditActions(db, 'sla_targets', created.body.id)).to.deep.equal([
        'create',
        'update',
        'deactivate',
      ]);
    });

    it('when the clock does not fit the record type, thresholds do not end at 100, a reference is unknown or the caller is no admin, refuses', async () => {
      // given
      const base = {
        recordType: 'incident',
        clockType: 'resolution',
        priority: 'P2',
        duration: { amount: 1, unit: 'hours' },
        calendar: 'CN-STD',
        serviceId: await serviceIdOf('SVC-MAIL'),
      };
      const before = await rowCounts(db, ['sla_targets']);
      // when
      const wrongClock = await call('POST', '/api/sla-targets', {
        ...base,
        clockType: 'fulfilment',
      });
      const thresholds = await call('POST', '/api/sla-targets', { ...base, thresholds: [50, 90] });
      const calendar = await call('POST', '/api/sla-targets', { ...base, calendar: 'NO-SUCH' });
      const customer = await call('POST', '/api/sla-targets', {
        ...base,
        customerId: UNKNOWN_UUID,
      });
      const unit = await call('POST', '/api/sla-targets', {
        ...base,
        duration: { amount: 1, unit: 'weeks' },
      });
      const notAdmin = await call('POST', '/api/sla-targets', base, 'service-level-manager');
      const unknown = await call('DELETE', `/api/sla-targets/${UNKNOWN_UUID}`);
      // then
      expect(fieldsOf(wrongClock)).to.deep.equal(['clockType']);
      expect(fieldsOf(thresholds)).to.deep.equal(['thresholds']);
      expect(fieldsOf(calendar)).to.deep.equal(['calendar']);
      expect(fieldsOf(customer)).to.deep.equal(['customerId']);
      expect(fieldsOf(unit)).to.deep.equal(['duration.unit']);
      for (const res of [wrongClock, thresholds, calendar, customer, unit])
        expect(res.status).to.equal(400);
      expect(notAdmin.status).to.equal(403);
      expect(unknown.status).to.equal(404);
      expect(await rowCounts(db, ['sla_targets'])).to.deep.equal(before);
    });
  });

  describe('settings', () => {
    it('when an admin sets a priority matrix of the wrong shape, refuses naming the cell; a valid one is stored and audited', async () => {
      // given
      const badMatrix = { ...DEFAULT_PRIORITY_MATRIX, 2: { 1: 'P2', 2: 'P5', 3: 'P4' } };
      const key = `rdtest.flag-${run}`;
      // when
      const bad = await call('PUT', '/api/settings/priority-matrix', { value: badMatrix });
      const missingRow = await call('PUT', '/api/settings/priority-matrix', {
        value: { 1: DEFAULT_PRIORITY_MATRIX[1] },
      });
      const notAdmin = await call(
        'PUT',
        '/api/settings/priority-matrix',
        { value: DEFAULT_PRIORITY_MATRIX },
        'incident-manager',
      );
      const same = await call<{ value: unknown }>('PUT', '/api/settings/priority-matrix', {
        value: DEFAULT_PRIORITY_MATRIX,
      });
      const custom = await call<{ value: unknown; updatedBy: string }>(
        'PUT',
        `/api/settings/${key}`,
        { value: { enabled: true } },
      );
      const read = await call<{ value: unknown }>(
        'GET',
        `/api/settings/${key}`,
        undefined,
        'auditor',
      );
      const unknown = await call('GET', '/api/settings/no-such-setting');
      const badKey = await call('GET', '/api/settings/Bad%20Key');
      // then
      expect(bad.status).to.equal(400);
      expect(fieldsOf(bad)).to.deep.equal(['value.2.2']);
      expect(missingRow.status).to.equal(400);
      expect(fieldsOf(missingRow)).to.include.members(['value.2', 'value.3']);
      expect(notAdmin.status).to.equal(403);
      expect(same.status).to.equal(200);
      expect(same.body.value).to.deep.equal(DEFAULT_PRIORITY_MATRIX);
      expect(custom.body).to.deep.include({ value: { enabled: true }, updatedBy: 'admin' });
      expect(read.body.value).to.deep.equal({ enabled: true });
      expect(unknown.status).to.equal(404);
      expect(badKey.status).to.equal(400);
      expect(await auditActions(db, 'settings', key)).to.deep.equal(['create']);
    });
  });
});
