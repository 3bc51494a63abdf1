/**
 * Seed data of the reference tables (issue 4). {@link seedReferenceDefaults} runs at every
 * start and only adds what is missing, so an administrator's edits survive restarts;
 * {@link seedDevelopmentData} adds the demo customers, services, CIs, categories, groups and
 * routing rules that development users work with. Both are idempotent and audited.
 */
import type { Knex } from 'knex';
import { DEFAULT_CALENDARS } from '../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../lib/calendar/national-days-2026.ts';
import { DEFAULT_MAJOR_INCIDENT_CRITERIA } from '../../lib/sla/major-incident.ts';
import { DEFAULT_PRIORITY_MATRIX } from '../../lib/sla/priority.ts';
import { DEFAULT_SLA_TARGETS } from '../../lib/sla/targets.ts';
import { ROLE_IDS } from '../../lib/roles.ts';
import { createAuditRepository } from '../repositories/audit.repository.ts';
import { createCalendarsRepository } from '../repositories/calendars.repository.ts';
import { formatRecordNumber } from '../repositories/numbering.ts';

/** Actor of seed writes in audit_log and the `created_by` columns. */
export const SEED_ACTOR = 'system:seed';

/** Keys of the settings seeded with the §0.6 defaults. */
export const SETTING_KEYS = {
  priorityMatrix: 'priority-matrix',
  majorIncidentCriteria: 'major-incident-criteria',
} as const;

/** Key of the advisory lock that serialises seeding. */
const SEED_LOCK = 20261124_4;

/** What a seed added (counts of new rows), for the start-up log and tests. */
export type SeedReport = Record<string, number>;

const stamps = (at: Date) => ({
  created_at: at,
  created_by: SEED_ACTOR,
  updated_at: at,
  updated_by: SEED_ACTOR,
});

/**
 * Inserts a row unless one with the same key exists; audits an insert. Returns the row's
 * id/code either way.
 */
async function ensureRow(
  trx: Knex.Transaction,
  table: string,
  key: Record<string, unknown>,
  columns: Record<string, unknown>,
  recordIdColumn: string,
  at: Date,
  report: SeedReport,
): Promise<string> {
  const existing = await trx(table).where(key).first(recordIdColumn);
  if (existing) return String(existing[recordIdColumn]);
  const [row] = await trx(table)
    .insert({ ...key, ...columns, ...stamps(at) })
    .returning(recordIdColumn);
  const id = String(row[recordIdColumn]);
  await createAuditRepository(trx).append({
    table,
    recordId: id,
    action: 'create',
    after: { ...key, ...columns },
    actor: SEED_ACTOR,
    at,
  });
  report[table] = (report[table] ?? 0) + 1;
  return id;
}

/**
 * The defaults every installation needs, added only where missing: calendars `CN-STD` and
 * `CN-24x7`, the shipped national years (2026), the §0.6 default SLA targets (no customer,
 * no service; a default row is added per record type, clock type and priority that has none,
 * active or not), and the settings `priority-matrix` and `major-incident-criteria`.
 */
export async function seedReferenceDefaults(db: Knex, at: Date): Promise<SeedReport> {
  const report: SeedReport = {};
  await db.transaction(async (trx) => {
    // One seeding at a time (two processes starting together).
    await trx.raw('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const calendars = createCalendarsRepository(trx);
    for (const definition of DEFAULT_CALENDARS) {
      if (await calendars.definition(definition.code)) continue;
      await calendars.saveCalendar(definition, SEED_ACTOR, at);
      report.calendars = (report.calendars ?? 0) + 1;
    }
    const loaded = new Set(await calendars.loadedNationalYears());
    for (const year of SHIPPED_NATIONAL_DAYS) {
      if (loaded.has(year.year)) continue;
      await calendars.replaceNationalYear(year, SEED_ACTOR, at);
      report.national_day_years = (report.national_day_years ?? 0) + 1;
    }
    for (const target of DEFAULT_SLA_TARGETS) {
      await ensureRow(
        trx,
        'sla_targets',
        {
          record_type: target.recordType,
          clock_type: target.clockType,
          priority: target.priority,
          customer_id: null,
          service_id: null,
        },
        {
          duration_amount: target.duration.amount,
          duration_unit: target.duration.unit,
          calendar_code: target.calendar,
          thresholds: JSON.stringify(target.thresholds),
        },
        'id',
        at,
        report,
      );
    }
    for (const [key, value] of [
      [SETTING_KEYS.priorityMatrix, DEFAULT_PRIORITY_MATRIX],
      [SETTING_KEYS.majorIncidentCriteria, DEFAULT_MAJOR_INCIDENT_CRITERIA],
    ] as const) {
      const inserted = await trx('settings')
        .insert({ key, value: JSON.stringify(value), updated_at: at, updated_by: SEED_ACTOR })
        .onConflict('key')
        .ignore()
        .returning('key');
      if (!inserted.length) continue;
      await createAuditRepository(trx).append({
        table: 'settings',
        recordId: key,
        action: 'create',
        after: value,
        actor: SEED_ACTOR,
        at,
      });
      report.settings = (report.settings ?? 0) + 1;
    }
  });
  return report;
}

/** The department of the development staff users. */
export const DEV_DEPARTMENT = 'IT 运维部';

/** Demo customers (codes are stable; tests and docs refer to them). */
export const DEV_CUSTOMERS = [
  {
    code: 'CUST-A',
    nameZh: '华东制造',
    nameEn: 'East China Manufacturing',
    contactEmail: 'it@cust-a.example',
    relationshipManager: 'relationship-manager',
  },
  {
    code: 'CUST-B',
    nameZh: '华南物流',
    nameEn: 'South China Logistics',
    contactEmail: 'it@cust-b.example',
    relationshipManager: 'relationship-manager',
  },
] as const;

/** Demo services; `SVC-ERP` is critical (a major-incident criterion, §0.6). */
export const DEV_SERVICES = [
  { code: 'SVC-ERP', nameZh: 'ERP 系统', nameEn: 'ERP system', critical: true },
  { code: 'SVC-MAIL', nameZh: '邮件服务', nameEn: 'E-mail service', critical: false },
  { code: 'SVC-NET', nameZh: '办公网络', nameEn: 'Office network', critical: false },
] as const;

/** Demo CIs, numbered `CI-2026-000001` … in this order. */
export const DEV_CONFIGURATION_ITEMS = [
  { name: 'ERP 应用服务器 erp-app-01', type: 'server', service: 'SVC-ERP' },
  { name: 'ERP 数据库服务器 erp-db-01', type: 'server', service: 'SVC-ERP' },
  { name: 'ERP 应用 SAP ECC', type: 'application', service: 'SVC-ERP' },
  { name: '邮件服务器 mail-01', type: 'server', service: 'SVC-MAIL' },
  { name: '邮件系统 Exchange', type: 'application', service: 'SVC-MAIL' },
  { name: '核心交换机 core-sw-01', type: 'network', service: 'SVC-NET' },
  { name: '办公楼三层无线 AP ap-3f-01', type: 'network', service: 'SVC-NET' },
  { name: '出口防火墙 fw-edge-01', type: 'network', service: 'SVC-NET' },
] as const;

/** Year of the demo CI numbers. */
const DEV_CI_YEAR = 2026;

/** Demo incident categories; parents first. */
export const DEV_CATEGORIES = [
  { code: 'network', parentCode: null, nameZh: '网络', nameEn: 'Network' },
  { code: 'network.lan', parentCode: 'network', nameZh: '局域网', nameEn: 'Local network' },
  { code: 'application', parentCode: null, nameZh: '应用', nameEn: 'Application' },
  { code: 'hardware', parentCode: null, nameZh: '硬件', nameEn: 'Hardware' },
  { code: 'security', parentCode: null, nameZh: '信息安全', nameEn: 'Information security' },
  { code: 'access', parentCode: null, nameZh: '账号与权限', nameEn: 'Accounts and access' },
  { code: 'other', parentCode: null, nameZh: '其他', nameEn: 'Other' },
] as const;

/** Demo assignment groups (§0.2 functional levels L1–L3). */
export const DEV_GROUPS = [
  {
    code: 'service-desk',
    nameZh: '服务台',
    nameEn: 'Service desk',
    functionalLevel: 'L1',
    lead: 'service-desk-lead',
  },
  {
    code: 'resolver-l2',
    nameZh: '二线技术支持组',
    nameEn: 'Second-line support',
    functionalLevel: 'L2',
    lead: 'resolver-lead',
  },
  {
    code: 'resolver-l3',
    nameZh: '三线专家组',
    nameEn: 'Third-line specialists',
    functionalLevel: 'L3',
    lead: 'resolver-lead',
  },
  {
    code: 'resolver-l2-network',
    nameZh: '二线网络组',
    nameEn: 'Second-line network support',
    functionalLevel: 'L2',
    lead: 'resolver-lead',
  },
] as const;

/** Memberships beyond each development user's own role: username → groups. */
const DEV_EXTRA_MEMBERSHIPS: readonly (readonly [string, string])[] = [
  ['resolver-l2', 'resolver-l2-network'],
];

/** Demo routing rules: network → network group, ERP applications → L2, anything else → L2. */
const DEV_ROUTING_RULES = [
  { category: 'network', service: null, group: 'resolver-l2-network', rank: 10 },
  { category: 'application', service: 'SVC-ERP', group: 'resolver-l2', rank: 10 },
  { category: null, service: null, group: 'resolver-l2', rank: 1000 },
] as const;

/**
 * Demo items of the service request catalogue (processes.md §2), by code: an information
 * request, VPN access approved by the asset owner (the development user `service-owner`) and
 * then the security officer, a standard change with its template, and a hardware repair
 * outside the authorised scope (a normal change).
 */
export const DEV_REQUEST_ITEMS = [
  {
    code: 'REQ-INFO',
    nameZh: '信息咨询',
    nameEn: 'Information request',
    type: 'information',
    approvalPolicy: 'none',
    approver: null,
    fulfilmentGroup: 'service-desk',
    changeTemplateId: null,
    withinAuthorisedScope: true,
  },
  {
    code: 'REQ-VPN-ACCESS',
    nameZh: 'VPN 访问权限',
    nameEn: 'VPN access',
    type: 'access',
    approvalPolicy: 'asset-owner-and-security',
    approver: 'service-owner',
    fulfilmentGroup: 'resolver-l2-network',
    changeTemplateId: null,
    withinAuthorisedScope: true,
  },
  {
    code: 'REQ-MAILBOX-QUOTA',
    nameZh: '邮箱扩容（标准变更）',
    nameEn: 'Mailbox quota increase (standard change)',
    type: 'standard-change',
    approvalPolicy: 'none',
    approver: null,
    fulfilmentGroup: 'resolver-l2',
    changeTemplateId: 'CHT-MAILBOX-QUOTA',
    withinAuthorisedScope: true,
  },
  {
    code: 'REQ-SERVER-REPAIR',
    nameZh: '服务器硬件维修（授权范围外）',
    nameEn: 'Server hardware repair (outside the authorised scope)',
    type: 'advice',
    approvalPolicy: 'line-manager',
    approver: null,
    fulfilmentGroup: 'resolver-l3',
    changeTemplateId: null,
    withinAuthorisedScope: false,
  },
] as const;

/** The customer the development user `customer-contact` belongs to. */
const DEV_CONTACT_CUSTOMER = 'CUST-A';

/**
 * Development data, run after the development users are seeded (username = role id): two
 * customers subscribed to three services, CIs `CI-2026-000001`…`000008`, the category tree,
 * four assignment groups with their memberships, routing rules, and on the users an e-mail
 * `<username>@itsm.local`, the department of staff and the customer of `customer-contact`.
 * Adds only what is missing (rows found by code or number are left as they are).
 */
export async function seedDevelopmentData(db: Knex, at: Date): Promise<SeedReport> {
  const report: SeedReport = {};
  await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const customerIds = new Map<string, string>();
    for (const c of DEV_CUSTOMERS) {
      customerIds.set(
        c.code,
        await ensureRow(
          trx,
          'customers',
          { code: c.code },
          {
            name_zh: c.nameZh,
            name_en: c.nameEn,
            contact_email: c.contactEmail,
            relationship_manager: c.relationshipManager,
          },
          'id',
          at,
          report,
        ),
      );
    }
    const serviceIds = new Map<string, string>();
    for (const s of DEV_SERVICES) {
      serviceIds.set(
        s.code,
        await ensureRow(
          trx,
          'services',
          { code: s.code },
          {
            name_zh: s.nameZh,
            name_en: s.nameEn,
            critical: s.critical,
            owner: 'service-owner',
            calendar_code: 'CN-STD',
          },
          'id',
          at,
          report,
        ),
      );
    }
    for (const customerId of customerIds.values()) {
      const added = await trx('customer_services')
        .insert(
          [...serviceIds.values()].map((serviceId) => ({
            customer_id: customerId,
            service_id: serviceId,
          })),
        )
        .onConflict(['customer_id', 'service_id'])
        .ignore()
        .returning('service_id');
      if (!added.length) continue;
      await createAuditRepository(trx).append({
        table: 'customers',
        recordId: customerId,
        action: 'subscriptions',
        after: { added: added.map((r: { service_id: string }) => r.service_id) },
        actor: SEED_ACTOR,
        at,
      });
      report.customer_services = (report.customer_services ?? 0) + added.length;
    }

    for (const [index, ci] of DEV_CONFIGURATION_ITEMS.entries()) {
      await ensureRow(
        trx,
        'configuration_items',
        { number: formatRecordNumber('CI', DEV_CI_YEAR, index + 1) },
        { name: ci.name, type: ci.type, service_id: serviceIds.get(ci.service), status: 'active' },
        'id',
        at,
        report,
      );
    }
    // The explicit numbers are taken: the next CI created through the API follows them.
    await trx('record_sequences')
      .insert({ prefix: 'CI', year: DEV_CI_YEAR, last_value: DEV_CONFIGURATION_ITEMS.length })
      .onConflict(['prefix', 'year'])
      .merge({
        last_value: trx.raw('greatest(record_sequences.last_value, ?)', [
          DEV_CONFIGURATION_ITEMS.length,
        ]),
      });

    for (const c of DEV_CATEGORIES) {
      await ensureRow(
        trx,
        'incident_categories',
        { code: c.code },
        { parent_code: c.parentCode, name_zh: c.nameZh, name_en: c.nameEn },
        'code',
        at,
        report,
      );
    }
    for (const g of DEV_GROUPS) {
      await ensureRow(
        trx,
        'assignment_groups',
        { code: g.code },
        {
          name_zh: g.nameZh,
          name_en: g.nameEn,
          functional_level: g.functionalLevel,
          lead: g.lead,
          department: DEV_DEPARTMENT,
          department_head: 'department-head',
        },
        'code',
        at,
        report,
      );
    }
    for (const [username, group] of DEV_EXTRA_MEMBERSHIPS) {
      const user = await trx('users').where({ username }).first('id');
      if (!user) continue;
      const added = await trx('user_roles')
        .insert({ user_id: user.id, role: group })
        .onConflict(['user_id', 'role'])
        .ignore()
        .returning('role');
      if (!added.length) continue;
      await createAuditRepository(trx).append({
        table: 'assignment_groups',
        recordId: group,
        action: 'members',
        after: { added: [username] },
        actor: SEED_ACTOR,
        at,
      });
      report.user_roles = (report.user_roles ?? 0) + 1;
    }
    for (const rule of DEV_ROUTING_RULES) {
      await ensureRow(
        trx,
        'routing_rules',
        {
          category_code: rule.category,
          service_id: rule.service ? (serviceIds.get(rule.service) ?? null) : null,
          ci_type: null,
          assignment_group: rule.group,
        },
        { rank: rule.rank },
        'id',
        at,
        report,
      );
    }

    for (const item of DEV_REQUEST_ITEMS) {
      await ensureRow(
        trx,
        'request_items',
        { code: item.code },
        {
          name_zh: item.nameZh,
          name_en: item.nameEn,
          type: item.type,
          approval_policy: item.approvalPolicy,
          approver: item.approver,
          fulfilment_group: item.fulfilmentGroup,
          default_impact: 3,
          default_urgency: 3,
          change_template_id: item.changeTemplateId,
          within_authorised_scope: item.withinAuthorisedScope,
          active: true,
        },
        'id',
        at,
        report,
      );
    }

    const contactCustomer = customerIds.get(DEV_CONTACT_CUSTOMER) ?? null;
    const users: {
      id: string;
      username: string;
      email: string | null;
      department: string | null;
      customer_id: string | null;
    }[] = await trx('users')
      .whereIn('username', ROLE_IDS)
      .select('id', 'username', 'email', 'department', 'customer_id');
    for (const user of users) {
      const isContact = user.username === 'customer-contact';
      const wanted = {
        email: user.email ?? `${user.username}@itsm.local`,
        department: isContact ? user.department : (user.department ?? DEV_DEPARTMENT),
        customer_id: isContact ? (user.customer_id ?? contactCustomer) : user.customer_id,
      };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of ['email', 'department', 'customer_id'] as const) {
        if (wanted[key] === user[key]) continue;
        before[key] = user[key];
        after[key] = wanted[key];
      }
      if (!Object.keys(after).length) continue;
      await trx('users').where({ id: user.id }).update(after);
      await createAuditRepository(trx).append({
        table: 'users',
        recordId: user.id,
        action: 'update',
        before,
        after,
        actor: SEED_ACTOR,
        at,
      });
      report.users = (report.users ?? 0) + 1;
    }
  });
  return report;
}
