import type { Knex } from 'knex';
import type { Priority } from '../../lib/sla/priority.ts';
import type { ClockType, DurationUnit, RecordType, SlaTargetRow } from '../../lib/sla/targets.ts';
import { createAuditRepository } from './audit.repository.ts';
import { allocateRecordNumber } from './numbering.ts';

/**
 * Reference data the ITSM processes share (processes.md §0.2, §0.6, §1.1; issue 4):
 * customers and their subscribed services, configuration items, incident categories (a tree
 * by `parent_code`), assignment groups (members are the users holding the group code as a
 * role), routing rules, SLA targets and settings. Reads return domain objects or undefined;
 * every write is audited (actor = username) in the same transaction; "deleting" deactivates,
 * so no row a record points at is ever lost.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a uuid; ids that are not never match a row (and never reach Postgres as a uuid). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A write that would duplicate a unique code, number or key. */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
}

/** A page of a list: the items and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Common list filters: text search, inactive rows, paging. */
export interface ListOptions {
  q?: string;
  includeInactive?: boolean;
  limit?: number;
  offset?: number;
}

export interface Customer {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  contactEmail: string | null;
  relationshipManager: string | null;
  /** The customer's own major-incident definition (§0.6); null = the default criteria. */
  majorIncidentCriteria: unknown | null;
  active: boolean;
  /** Services the customer subscribes to (`customer_services`). */
  serviceIds: string[];
}

export interface Service {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  critical: boolean;
  owner: string | null;
  /** Calendar of the service hours in the catalogue entry. */
  calendarCode: string | null;
  active: boolean;
  /** Customers subscribed to the service. */
  customerIds: string[];
}

/** CI status of a configuration item taken out of use ("deleted"). */
export const RETIRED_CI_STATUS = 'retired';

export interface ConfigurationItem {
  id: string;
  number: string;
  name: string;
  type: string;
  serviceId: string | null;
  status: string;
}

/** An incident that names a CI, for the CI picker's history (§1.1 triage form `ciIds`). */
export interface CiIncident {
  id: string;
  number: string;
  title: string;
  status: string;
  createdAt: Date;
}

export interface Category {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  active: boolean;
}

/** A category in a tree listing: parents come before their children. */
export type CategoryNode = Category & { depth: number };

export interface Group {
  code: string;
  nameZh: string;
  nameEn: string;
  functionalLevel: string | null;
  lead: string | null;
  department: string | null;
  departmentHead: string | null;
  active: boolean;
}

export type GroupWithMembers = Group & { memberCount: number };

export interface GroupMember {
  username: string;
  displayName: string;
}

export interface RoutingRule {
  id: string;
  categoryCode: string | null;
  serviceId: string | null;
  ciType: string | null;
  assignmentGroup: string;
  rank: number;
  active: boolean;
}

/** A stored SLA target row (§0.6): null customer and service = the default. */
export type StoredSlaTarget = SlaTargetRow & {
  id: string;
  customerId: string | null;
  serviceId: string | null;
};

export type SlaTargetWithState = StoredSlaTarget & { active: boolean };

/** What selects a routing rule. */
export interface RouteKey {
  categoryCode?: string | null;
  serviceId?: string | null;
  ciType?: string | null;
}

// Row shapes --------------------------------------------------------------------------------

interface CustomerRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  contact_email: string | null;
  relationship_manager: string | null;
  major_incident_criteria: unknown | null;
  active: boolean;
}

interface ServiceRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  critical: boolean;
  owner: string | null;
  calendar_code: string | null;
  active: boolean;
}

interface CiRow {
  id: string;
  number: string;
  name: string;
  type: string;
  service_id: string | null;
  status: string;
}

interface CategoryRow {
  code: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string;
  active: boolean;
}

interface GroupRow {
  code: string;
  name_zh: string;
  name_en: string;
  functional_level: string | null;
  lead: string | null;
  department: string | null;
  department_head: string | null;
  active: boolean;
}

interface RoutingRuleRow {
  id: string;
  category_code: string | null;
  service_id: string | null;
  ci_type: string | null;
  assignment_group: string;
  rank: number;
  active: boolean;
}

interface SlaTargetDbRow {
  id: string;
  record_type: RecordType;
  clock_type: ClockType;
  priority: Priority | null;
  customer_id: string | null;
  service_id: string | null;
  duration_amount: string | number;
  duration_unit: DurationUnit;
  calendar_code: string;
  thresholds: number[];
  active: boolean;
}

const toCustomer = (r: CustomerRow, serviceIds: string[]): Customer => ({
  id: r.id,
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  contactEmail: r.contact_email,
  relationshipManager: r.relationship_manager,
  majorIncidentCriteria: r.major_incident_criteria ?? null,
  active: r.active,
  serviceIds,
});

const toService = (r: ServiceRow, customerIds: string[]): Service => ({
  id: r.id,
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  critical: r.critical,
  owner: r.owner,
  calendarCode: r.calendar_code,
  active: r.active,
  customerIds,
});

const toCi = (r: CiRow): ConfigurationItem => ({
  id: r.id,
  number: r.number,
  name: r.name,
  type: r.type,
  serviceId: r.service_id,
  status: r.status,
});

const toCategory = (r: CategoryRow): Category => ({
  code: r.code,
  parentCode: r.parent_code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  active: r.active,
});

const toGroup = (r: GroupRow): Group => ({
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  functionalLevel: r.functional_level,
  lead: r.lead,
  department: r.department,
  departmentHead: r.department_head,
  active: r.active,
});

const toRule = (r: RoutingRuleRow): RoutingRule => ({
  id: r.id,
  categoryCode: r.category_code,
  serviceId: r.service_id,
  ciType: r.ci_type,
  assignmentGroup: r.assignment_group,
  rank: r.rank,
  active: r.active,
});

const toStoredTarget = (r: SlaTargetDbRow): StoredSlaTarget => ({
  id: r.id,
  recordType: r.record_type,
  clockType: r.clock_type,
  priority: r.priority,
  customerId: r.customer_id,
  serviceId: r.service_id,
  duration: { amount: Number(r.duration_amount), unit: r.duration_unit },
  calendar: r.calendar_code,
  thresholds: r.thresholds,
});

const toTarget = (r: SlaTargetDbRow): SlaTargetWithState => ({
  ...toStoredTarget(r),
  active: r.active,
});

/** Columns of a domain object, in the table's names (undefined = not given, left out). */
type Columns = Record<string, unknown>;

/** Columns holding jsonb, written as JSON text. */
const JSON_COLUMNS = new Set(['major_incident_criteria', 'thresholds', 'value']);

function forWrite(columns: Columns): Columns {
  const out: Columns = {};
  for (const [key, value] of Object.entries(columns)) {
    if (value === undefined) continue;
    out[key] = JSON_COLUMNS.has(key) && value !== null ? JSON.stringify(value) : value;
  }
  return out;
}

/** JSON with object keys sorted, so values read back from jsonb compare equal to the input. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' || typeof b === 'object') return canonicalJson(a) === canonicalJson(b);
  return a === b;
}

/** `%` and `_` match themselves in a search text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}

/** Reference data over a knex or a transaction (pass a transaction to join it). */
export function createReferenceDataRepository(db: Knex | Knex.Transaction) {
  const inTransaction = <T>(run: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    'isTransaction' in db && db.isTransaction
      ? run(db as Knex.Transaction)
      : (db as Knex).transaction(run);

  /** Inserts a row and audits it; a unique violation becomes {@link DuplicateKeyError}. */
  async function insertAudited(
    trx: Knex.Transaction,
    table: string,
    columns: Columns,
    recordIdColumn: string,
    actor: string,
    at: Date,
    what: string,
  ): Promise<Record<string, unknown>> {
    const stamps = { created_at: at, created_by: actor, updated_at: at, updated_by: actor };
    let row: Record<string, unknown>;
    try {
      // A savepoint, so a duplicate leaves an enclosing transaction usable.
      [row] = await trx.transaction((sp) =>
        sp(table)
          .insert({ ...forWrite(columns), ...stamps })
          .returning('*'),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateKeyError(`${what} already exists`);
      throw err;
    }
    await createAuditRepository(trx).append({
      table,
      recordId: String(row[recordIdColumn]),
      action: 'create',
      after: columns,
      actor,
      at,
    });
    return row;
  }

  /**
   * Updates the columns that differ and audits them (before/after of those columns only).
   * Returns the row after the update, or undefined when there is no such row.
   */
  async function updateAudited(
    trx: Knex.Transaction,
    table: string,
    keyColumn: string,
    key: string,
    changes: Columns,
    actor: string,
    at: Date,
    action = 'update',
    what = 'the new value',
  ): Promise<Record<string, unknown> | undefined> {
    const before: Record<string, unknown> | undefined = await trx(table)
      .where(keyColumn, key)
      .forUpdate()
      .first();
    if (!before) return undefined;
    const changed: Columns = {};
    const previous: Columns = {};
    for (const [column, value] of Object.entries(changes)) {
      if (value === undefined || same(before[column], value)) continue;
      changed[column] = value;
      previous[column] = before[column];
    }
    if (!Object.keys(changed).length) return before;
    let after: Record<string, unknown>;
    try {
      [after] = await trx.transaction((sp) =>
        sp(table)
          .where(keyColumn, key)
          .update({ ...forWrite(changed), updated_at: at, updated_by: actor })
          .returning('*'),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateKeyError(`${what} already exists`);
      throw err;
    }
    await createAuditRepository(trx).append({
      table,
      recordId: key,
      action,
      before: previous,
      after: changed,
      actor,
      at,
    });
    return after;
  }

  async function page<T, R>(
    query: Knex.QueryBuilder,
    options: ListOptions,
    orderBy: string,
    map: (rows: R[]) => Promise<T[]> | T[],
  ): Promise<Page<T>> {
    const [{ n }] = await query.clone().clearSelect().clearOrder().count('* as n');
    const rows = (await query
      .clone()
      .orderBy(orderBy)
      .modify((q) => {
        if (options.limit !== undefined) q.limit(options.limit);
        if (options.offset) q.offset(options.offset);
      })) as R[];
    return { items: await map(rows), total: Number(n) };
  }

  async function serviceIdsOf(customerIds: string[]): Promise<Map<string, string[]>> {
    const byCustomer = new Map<string, string[]>(customerIds.map((id) => [id, []]));
    if (!customerIds.length) return byCustomer;
    const rows: { customer_id: string; service_id: string }[] = await db('customer_services')
      .whereIn('customer_id', customerIds)
      .orderBy('service_id');
    for (const r of rows) byCustomer.get(r.customer_id)?.push(r.service_id);
    return byCustomer;
  }

  async function customerIdsOf(serviceIds: string[]): Promise<Map<string, string[]>> {
    const byService = new Map<string, string[]>(serviceIds.map((id) => [id, []]));
    if (!serviceIds.length) return byService;
    const rows: { customer_id: string; service_id: string }[] = await db('customer_services')
      .whereIn('service_id', serviceIds)
      .orderBy('customer_id');
    for (const r of rows) byService.get(r.service_id)?.push(r.customer_id);
    return byService;
  }

  /** Replaces a customer's subscriptions; audited as one change of the customer. */
  async function replaceSubscriptions(
    trx: Knex.Transaction,
    customerId: string,
    serviceIds: string[],
    actor: string,
    at: Date,
  ): Promise<void> {
    const current: { service_id: string }[] = await trx('customer_services')
      .where({ customer_id: customerId })
      .select('service_id');
    const before = current.map((r) => r.service_id).sort();
    const after = [...new Set(serviceIds)].sort();
    if (same(before, after)) return;
    await trx('customer_services').where({ customer_id: customerId }).delete();
    if (after.length)
      await trx('customer_services').insert(
        after.map((service_id) => ({ customer_id: customerId, service_id })),
      );
    await createAuditRepository(trx).append({
      table: 'customers',
      recordId: customerId,
      action: 'subscriptions',
      before: { serviceIds: before },
      after: { serviceIds: after },
      actor,
      at,
    });
  }

  async function customerById(id: string): Promise<Customer | undefined> {
    if (!isUuid(id)) return undefined;
    const row: CustomerRow | undefined = await db('customers').where({ id }).first();
    return row && toCustomer(row, (await serviceIdsOf([row.id])).get(row.id) ?? []);
  }

  async function serviceById(id: string): Promise<Service | undefined> {
    if (!isUuid(id)) return undefined;
    const row: ServiceRow | undefined = await db('services').where({ id }).first();
    return row && toService(row, (await customerIdsOf([row.id])).get(row.id) ?? []);
  }

  async function ciByIdOrNumber(idOrNumber: string): Promise<ConfigurationItem | undefined> {
    const row: CiRow | undefined = await db('configuration_items')
      .where(isUuid(idOrNumber) ? { id: idOrNumber } : { number: idOrNumber })
      .first();
    return row && toCi(row);
  }

  async function categoryByCode(code: string): Promise<Category | undefined> {
    const row: CategoryRow | undefined = await db('incident_categories').where({ code }).first();
    return row && toCategory(row);
  }

  async function groupByCode(code: string): Promise<Group | undefined> {
    const row: GroupRow | undefined = await db('assignment_groups').where({ code }).first();
    return row && toGroup(row);
  }

  async function ruleById(id: string): Promise<RoutingRule | undefined> {
    if (!isUuid(id)) return undefined;
    const row: RoutingRuleRow | undefined = await db('routing_rules').where({ id }).first();
    return row && toRule(row);
  }

  async function targetById(id: string): Promise<SlaTargetWithState | undefined> {
    if (!isUuid(id)) return undefined;
    const row: SlaTargetDbRow | undefined = await db('sla_targets').where({ id }).first();
    return row && toTarget(row);
  }

  /** The category and its ancestors, nearest first (`network.lan`, `network`). */
  async function categoryLineage(code: string): Promise<string[]> {
    const rows: { code: string; parent_code: string | null }[] = await db(
      'incident_categories',
    ).select('code', 'parent_code');
    const parentOf = new Map(rows.map((r) => [r.code, r.parent_code]));
    const lineage: string[] = [];
    for (let c: string | null | undefined = code; c && !lineage.includes(c); c = parentOf.get(c))
      lineage.push(c);
    return lineage;
  }

  return {
    // Customers ------------------------------------------------------------------------------

    /** Customers; `id` limits the list to that one (a portal user's own customer). */
    async listCustomers(options: ListOptions & { id?: string } = {}): Promise<Page<Customer>> {
      const query = db('customers').modify((q) => {
        if (!options.includeInactive) q.where({ active: true });
        if (options.id !== undefined) q.where({ id: isUuid(options.id) ? options.id : null });
        if (options.q)
          q.where((w) =>
            w
              .whereILike('code', likePattern(options.q!))
              .orWhereILike('name_zh', likePattern(options.q!))
              .orWhereILike('name_en', likePattern(options.q!)),
          );
      });
      return page<Customer, CustomerRow>(query, options, 'code', async (rows) => {
        const services = await serviceIdsOf(rows.map((r) => r.id));
        return rows.map((r) => toCustomer(r, services.get(r.id) ?? []));
      });
    },

    /** A customer by id (uuid), or undefined. */
    customer: customerById,

    async customerByCode(code: string): Promise<Customer | undefined> {
      const row: CustomerRow | undefined = await db('customers').where({ code }).first();
      return row && toCustomer(row, (await serviceIdsOf([row.id])).get(row.id) ?? []);
    },

    async createCustomer(
      input: Omit<Customer, 'id' | 'active' | 'serviceIds'> & { serviceIds?: string[] },
      actor: string,
      at: Date,
    ): Promise<Customer> {
      const id = await inTransaction(async (trx) => {
        const row = await insertAudited(
          trx,
          'customers',
          {
            code: input.code,
            name_zh: input.nameZh,
            name_en: input.nameEn,
            contact_email: input.contactEmail,
            relationship_manager: input.relationshipManager,
            major_incident_criteria: input.majorIncidentCriteria,
          },
          'id',
          actor,
          at,
          `Customer ${input.code}`,
        );
        const newId = String(row.id);
        if (input.serviceIds?.length)
          await replaceSubscriptions(trx, newId, input.serviceIds, actor, at);
        return newId;
      });
      return (await customerById(id))!;
    },

    /** Changes the given fields (undefined = unchanged); undefined when there is no such customer. */
    async updateCustomer(
      id: string,
      changes: Partial<Omit<Customer, 'id' | 'serviceIds'>> & { serviceIds?: string[] },
      actor: string,
      at: Date,
    ): Promise<Customer | undefined> {
      if (!isUuid(id)) return undefined;
      const found = await inTransaction(async (trx) => {
        const row = await updateAudited(
          trx,
          'customers',
          'id',
          id,
          {
            code: changes.code,
            name_zh: changes.nameZh,
            name_en: changes.nameEn,
            contact_email: changes.contactEmail,
            relationship_manager: changes.relationshipManager,
            major_incident_criteria: changes.majorIncidentCriteria,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
          `Customer ${changes.code ?? ''}`.trim(),
        );
        if (row && changes.serviceIds)
          await replaceSubscriptions(trx, id, changes.serviceIds, actor, at);
        return Boolean(row);
      });
      return found ? customerById(id) : undefined;
    },

    // Services -------------------------------------------------------------------------------

    async listServices(
      options: ListOptions & { customerId?: string } = {},
    ): Promise<Page<Service>> {
      const query = db('services').modify((q) => {
        if (!options.includeInactive) q.where({ active: true });
        if (options.customerId !== undefined)
          q.whereIn(
            'id',
            db('customer_services')
              .select('service_id')
              .where({ customer_id: isUuid(options.customerId) ? options.customerId : null }),
          );
        if (options.q)
          q.where((w) =>
            w
              .whereILike('code', likePattern(options.q!))
              .orWhereILike('name_zh', likePattern(options.q!))
              .orWhereILike('name_en', likePattern(options.q!)),
          );
      });
      return page<Service, ServiceRow>(query, options, 'code', async (rows) => {
        const customers = await customerIdsOf(rows.map((r) => r.id));
        return rows.map((r) => toService(r, customers.get(r.id) ?? []));
      });
    },

    /** A service by id (uuid), or undefined. */
    service: serviceById,

    async serviceByCode(code: string): Promise<Service | undefined> {
      const row: ServiceRow | undefined = await db('services').where({ code }).first();
      return row && toService(row, (await customerIdsOf([row.id])).get(row.id) ?? []);
    },

    async createService(
      input: Omit<Service, 'id' | 'active' | 'customerIds'>,
      actor: string,
      at: Date,
    ): Promise<Service> {
      const row = await inTransaction((trx) =>
        insertAudited(
          trx,
          'services',
          {
            code: input.code,
            name_zh: input.nameZh,
            name_en: input.nameEn,
            critical: input.critical,
            owner: input.owner,
            calendar_code: input.calendarCode,
          },
          'id',
          actor,
          at,
          `Service ${input.code}`,
        ),
      );
      return (await serviceById(String(row.id)))!;
    },

    async updateService(
      id: string,
      changes: Partial<Omit<Service, 'id' | 'customerIds'>>,
      actor: string,
      at: Date,
    ): Promise<Service | undefined> {
      if (!isUuid(id)) return undefined;
      const row = await inTransaction((trx) =>
        updateAudited(
          trx,
          'services',
          'id',
          id,
          {
            code: changes.code,
            name_zh: changes.nameZh,
            name_en: changes.nameEn,
            critical: changes.critical,
            owner: changes.owner,
            calendar_code: changes.calendarCode,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
          `Service ${changes.code ?? ''}`.trim(),
        ),
      );
      return row ? serviceById(id) : undefined;
    },

    // Configuration items --------------------------------------------------------------------

    /** CIs; `serviceIds` limits them to those services (a customer's subscriptions). */
    async listConfigurationItems(
      options: ListOptions & { serviceId?: string; type?: string; serviceIds?: string[] } = {},
    ): Promise<Page<ConfigurationItem>> {
      const query = db('configuration_items').modify((q) => {
        if (!options.includeInactive) q.whereNot({ status: RETIRED_CI_STATUS });
        if (options.serviceId !== undefined)
          q.where({ service_id: isUuid(options.serviceId) ? options.serviceId : null });
        if (options.serviceIds !== undefined)
          q.whereIn('service_id', options.serviceIds.filter(isUuid));
        if (options.type !== undefined) q.where({ type: options.type });
        if (options.q)
          q.where((w) =>
            w
              .whereILike('number', likePattern(options.q!))
              .orWhereILike('name', likePattern(options.q!)),
          );
      });
      return page<ConfigurationItem, CiRow>(query, options, 'number', (rows) => rows.map(toCi));
    },

    /** A CI by id (uuid) or number (`CI-2026-000001`), or undefined. */
    configurationItem: ciByIdOrNumber,

    /**
     * The newest incidents naming a CI (`incident_cis`), newest first, within `scope` (the
     * record rule's filter: `customerId`, `createdBy`; none for staff).
     */
    async recentIncidentsOfConfigurationItem(
      ciId: string,
      limit = 20,
      scope: { customerId?: string; createdBy?: string } = {},
    ): Promise<CiIncident[]> {
      if (!isUuid(ciId)) return [];
      const rows: {
        id: string;
        number: string;
        title: string;
        status: string;
        created_at: Date;
      }[] = await db('incident_cis')
        .join('incidents', 'incidents.id', 'incident_cis.incident_id')
        .where('incident_cis.ci_id', ciId)
        .modify((q) => {
          if (scope.customerId !== undefined) q.where('incidents.customer_id', scope.customerId);
          if (scope.createdBy !== undefined) q.where('incidents.created_by', scope.createdBy);
        })
        .orderBy('incidents.created_at', 'desc')
        .orderBy('incidents.number', 'desc')
        .limit(limit)
        .select(
          'incidents.id',
          'incidents.number',
          'incidents.title',
          'incidents.status',
          'incidents.created_at',
        );
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        status: r.status,
        createdAt: r.created_at,
      }));
    },

    /** Creates a CI with the next `CI-<year>-NNNNNN` number, allocated in the same transaction. */
    async createConfigurationItem(
      input: { name: string; type: string; serviceId: string | null; status?: string },
      actor: string,
      at: Date,
    ): Promise<ConfigurationItem> {
      const row = await inTransaction(async (trx) => {
        const number = await allocateRecordNumber(trx, 'CI', at);
        return insertAudited(
          trx,
          'configuration_items',
          {
            number,
            name: input.name,
            type: input.type,
            service_id: input.serviceId,
            status: input.status ?? 'active',
          },
          'id',
          actor,
          at,
          `Configuration item ${number}`,
        );
      });
      return toCi(row as unknown as CiRow);
    },

    async updateConfigurationItem(
      id: string,
      changes: Partial<Omit<ConfigurationItem, 'id' | 'number'>>,
      actor: string,
      at: Date,
    ): Promise<ConfigurationItem | undefined> {
      if (!isUuid(id)) return undefined;
      const row = await inTransaction((trx) =>
        updateAudited(
          trx,
          'configuration_items',
          'id',
          id,
          {
            name: changes.name,
            type: changes.type,
            service_id: changes.serviceId,
            status: changes.status,
          },
          actor,
          at,
          changes.status === RETIRED_CI_STATUS ? 'deactivate' : 'update',
        ),
      );
      return row && toCi(row as unknown as CiRow);
    },

    // Incident categories --------------------------------------------------------------------

    /** Categories in tree order: each parent first, then its children (by code), with depth. */
    async listCategories(options: { includeInactive?: boolean } = {}): Promise<CategoryNode[]> {
      const rows: CategoryRow[] = await db('incident_categories')
        .modify((q) => {
          if (!options.includeInactive) q.where({ active: true });
        })
        .orderBy('code');
      const codes = new Set(rows.map((r) => r.code));
      const childrenOf = new Map<string | null, CategoryRow[]>();
      for (const r of rows) {
        // A child whose parent is not listed (inactive) is listed as a root.
        const parent = r.parent_code && codes.has(r.parent_code) ? r.parent_code : null;
        childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), r]);
      }
      const out: CategoryNode[] = [];
      const visit = (parent: string | null, depth: number) => {
        for (const r of childrenOf.get(parent) ?? []) {
          out.push({ ...toCategory(r), depth });
          visit(r.code, depth + 1);
        }
      };
      visit(null, 0);
      return out;
    },

    /** A category by code, or undefined. */
    category: categoryByCode,

    /** The category and its ancestors, nearest first. */
    categoryLineage,

    async createCategory(
      input: Omit<Category, 'active'>,
      actor: string,
      at: Date,
    ): Promise<Category> {
      const row = await inTransaction((trx) =>
        insertAudited(
          trx,
          'incident_categories',
          {
            code: input.code,
            parent_code: input.parentCode,
            name_zh: input.nameZh,
            name_en: input.nameEn,
          },
          'code',
          actor,
          at,
          `Category ${input.code}`,
        ),
      );
      return toCategory(row as unknown as CategoryRow);
    },

    /**
     * Changes a category. Deactivating it deactivates its sub-categories too (each audited),
     * so a picker never offers a child of a category that is gone.
     */
    async updateCategory(
      code: string,
      changes: Partial<Omit<Category, 'code'>>,
      actor: string,
      at: Date,
    ): Promise<Category | undefined> {
      const row = await inTransaction(async (trx) => {
        const updated = await updateAudited(
          trx,
          'incident_categories',
          'code',
          code,
          {
            parent_code: changes.parentCode,
            name_zh: changes.nameZh,
            name_en: changes.nameEn,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
        );
        if (updated && changes.active === false) {
          const all: { code: string; parent_code: string | null }[] = await trx(
            'incident_categories',
          ).select('code', 'parent_code');
          const descendants: string[] = [];
          const queue = [code];
          while (queue.length) {
            const parent = queue.shift()!;
            for (const c of all.filter((r) => r.parent_code === parent)) {
              if (descendants.includes(c.code) || c.code === code) continue;
              descendants.push(c.code);
              queue.push(c.code);
            }
          }
          for (const child of descendants)
            await updateAudited(
              trx,
              'incident_categories',
              'code',
              child,
              { active: false },
              actor,
              at,
              'deactivate',
            );
        }
        return updated;
      });
      return row && toCategory(row as unknown as CategoryRow);
    },

    // Assignment groups ----------------------------------------------------------------------

    async listGroups(options: { includeInactive?: boolean } = {}): Promise<GroupWithMembers[]> {
      const rows: GroupRow[] = await db('assignment_groups')
        .modify((q) => {
          if (!options.includeInactive) q.where({ 'assignment_groups.active': true });
        })
        .orderBy('code');
      const counts: { role: string; n: string | number }[] = rows.length
        ? await db('user_roles')
            .join('users', 'users.id', 'user_roles.user_id')
            .where('users.active', true)
            .whereIn(
              'user_roles.role',
              rows.map((r) => r.code),
            )
            .groupBy('user_roles.role')
            .select('user_roles.role')
            .count('* as n')
        : [];
      const countOf = new Map(counts.map((c) => [c.role, Number(c.n)]));
      return rows.map((r) => ({ ...toGroup(r), memberCount: countOf.get(r.code) ?? 0 }));
    },

    /** A group by code, or undefined. */
    group: groupByCode,

    /** Active users holding the group code as a role (the queue's members), by username. */
    async groupMembers(code: string): Promise<GroupMember[]> {
      const rows: { username: string; display_name: string }[] = await db('users')
        .join('user_roles', 'users.id', 'user_roles.user_id')
        .where({ 'user_roles.role': code, 'users.active': true })
        .orderBy('users.username')
        .select('users.username', 'users.display_name');
      return rows.map((r) => ({ username: r.username, displayName: r.display_name }));
    },

    async createGroup(input: Omit<Group, 'active'>, actor: string, at: Date): Promise<Group> {
      const row = await inTransaction((trx) =>
        insertAudited(
          trx,
          'assignment_groups',
          {
            code: input.code,
            name_zh: input.nameZh,
            name_en: input.nameEn,
            functional_level: input.functionalLevel,
            lead: input.lead,
            department: input.department,
            department_head: input.departmentHead,
          },
          'code',
          actor,
          at,
          `Group ${input.code}`,
        ),
      );
      return toGroup(row as unknown as GroupRow);
    },

    async updateGroup(
      code: string,
      changes: Partial<Omit<Group, 'code'>>,
      actor: string,
      at: Date,
    ): Promise<Group | undefined> {
      const row = await inTransaction((trx) =>
        updateAudited(
          trx,
          'assignment_groups',
          'code',
          code,
          {
            name_zh: changes.nameZh,
            name_en: changes.nameEn,
            functional_level: changes.functionalLevel,
            lead: changes.lead,
            department: changes.department,
            department_head: changes.departmentHead,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
        ),
      );
      return row && toGroup(row as unknown as GroupRow);
    },

    /** The usernames among `usernames` that belong to no user. */
    async unknownUsernames(usernames: readonly string[]): Promise<string[]> {
      if (!usernames.length) return [];
      const rows: { username: string }[] = await db('users')
        .whereIn('username', [...new Set(usernames)])
        .select('username');
      const known = new Set(rows.map((r) => r.username));
      return usernames.filter((u) => !known.has(u));
    },

    /**
     * Makes exactly these users the members of a group (writes `user_roles`), audited as one
     * change of the group with the members before and after. Usernames must exist.
     */
    async setGroupMembers(
      code: string,
      usernames: readonly string[],
      actor: string,
      at: Date,
    ): Promise<{ added: string[]; removed: string[] }> {
      return inTransaction(async (trx) => {
        await trx('assignment_groups').where({ code }).forUpdate().first();
        const current: { id: string; username: string }[] = await trx('users')
          .join('user_roles', 'users.id', 'user_roles.user_id')
          .where('user_roles.role', code)
          .select('users.id', 'users.username');
        const wanted = [...new Set(usernames)].sort();
        const wantedUsers: { id: string; username: string }[] = wanted.length
          ? await trx('users').whereIn('username', wanted).select('id', 'username')
          : [];
        const currentNames = new Set(current.map((u) => u.username));
        const added = wantedUsers.filter((u) => !currentNames.has(u.username));
        const removed = current.filter((u) => !wanted.includes(u.username));
        if (!added.length && !removed.length) return { added: [], removed: [] };
        if (removed.length)
          await trx('user_roles')
            .where({ role: code })
            .whereIn(
              'user_id',
              removed.map((u) => u.id),
            )
            .delete();
        if (added.length)
          await trx('user_roles')
            .insert(added.map((u) => ({ user_id: u.id, role: code })))
            .onConflict(['user_id', 'role'])
            .ignore();
        await createAuditRepository(trx).append({
          table: 'assignment_groups',
          recordId: code,
          action: 'members',
          before: { members: current.map((u) => u.username).sort() },
          after: { members: wantedUsers.map((u) => u.username).sort() },
          actor,
          at,
        });
        return {
          added: added.map((u) => u.username).sort(),
          removed: removed.map((u) => u.username).sort(),
        };
      });
    },

    // Routing rules --------------------------------------------------------------------------

    async listRoutingRules(options: { includeInactive?: boolean } = {}): Promise<RoutingRule[]> {
      const rows: RoutingRuleRow[] = await db('routing_rules')
        .modify((q) => {
          if (!options.includeInactive) q.where({ active: true });
        })
        .orderBy('rank')
        .orderBy('created_at');
      return rows.map(toRule);
    },

    routingRule: ruleById,

    async createRoutingRule(
      input: Omit<RoutingRule, 'id' | 'active'>,
      actor: string,
      at: Date,
    ): Promise<RoutingRule> {
      const row = await inTransaction((trx) =>
        insertAudited(
          trx,
          'routing_rules',
          {
            category_code: input.categoryCode,
            service_id: input.serviceId,
            ci_type: input.ciType,
            assignment_group: input.assignmentGroup,
            rank: input.rank,
          },
          'id',
          actor,
          at,
          'The routing rule',
        ),
      );
      return toRule(row as unknown as RoutingRuleRow);
    },

    async updateRoutingRule(
      id: string,
      changes: Partial<Omit<RoutingRule, 'id'>>,
      actor: string,
      at: Date,
    ): Promise<RoutingRule | undefined> {
      if (!isUuid(id)) return undefined;
      const row = await inTransaction((trx) =>
        updateAudited(
          trx,
          'routing_rules',
          'id',
          id,
          {
            category_code: changes.categoryCode,
            service_id: changes.serviceId,
            ci_type: changes.ciType,
            assignment_group: changes.assignmentGroup,
            rank: changes.rank,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
        ),
      );
      return row && toRule(row as unknown as RoutingRuleRow);
    },

    /**
     * The assignment group for a category, service and CI type (§1.1 `Task_Classify`): among
     * the active rules whose criteria all match (null matches anything; a rule's category also
     * matches its sub-categories) and whose group is active, the most specific one (most
     * criteria set, then the nearest category), then the lowest rank. Undefined when none.
     */
    async routeFor(key: RouteKey): Promise<string | undefined> {
      const lineage = key.categoryCode ? await categoryLineage(key.categoryCode) : [];
      const rows: RoutingRuleRow[] = await db('routing_rules')
        .join('assignment_groups', 'assignment_groups.code', 'routing_rules.assignment_group')
        .where({ 'routing_rules.active': true, 'assignment_groups.active': true })
        .select('routing_rules.*');
      const candidates = rows.flatMap((r) => {
        const categoryDistance = r.category_code === null ? -1 : lineage.indexOf(r.category_code);
        if (r.category_code !== null && categoryDistance < 0) return [];
        if (r.service_id !== null && r.service_id !== key.serviceId) return [];
        if (r.ci_type !== null && r.ci_type !== key.ciType) return [];
        const criteria = [r.category_code, r.service_id, r.ci_type].filter((c) => c !== null);
        return [
          {
            group: r.assignment_group,
            criteria: criteria.length,
            // nearer categories first; a rule without category comes after any with one
            distance: categoryDistance < 0 ? Number.MAX_SAFE_INTEGER : categoryDistance,
            rank: r.rank,
            id: r.id,
          },
        ];
      });
      candidates.sort(
        (a, b) =>
          b.criteria - a.criteria ||
          a.distance - b.distance ||
          a.rank - b.rank ||
          a.id.localeCompare(b.id),
      );
      return candidates[0]?.group;
    },

    // SLA targets ----------------------------------------------------------------------------

    async listSlaTargets(
      options: {
        recordType?: string;
        customerId?: string;
        serviceId?: string;
        includeInactive?: boolean;
      } = {},
    ): Promise<SlaTargetWithState[]> {
      const rows: SlaTargetDbRow[] = await db('sla_targets')
        .modify((q) => {
          if (!options.includeInactive) q.where({ active: true });
          if (options.recordType !== undefined) q.where({ record_type: options.recordType });
          if (options.customerId !== undefined)
            q.where({ customer_id: isUuid(options.customerId) ? options.customerId : null });
          if (options.serviceId !== undefined)
            q.where({ service_id: isUuid(options.serviceId) ? options.serviceId : null });
        })
        .orderBy('record_type')
        .orderBy('clock_type')
        .orderBy('priority')
        .orderBy('created_at');
      return rows.map(toTarget);
    },

    slaTarget: targetById,

    /**
     * The active target rows that apply to a record, most specific first: customer and
     * service, customer only, service only, then the defaults (§0.6 "an SLA may override per
     * customer and service"). Feed them to resolveClockTarget, which takes the first match.
     */
    async targetRowsFor(key: {
      recordType: string;
      customerId?: string | null;
      serviceId?: string | null;
    }): Promise<StoredSlaTarget[]> {
      const customerId = isUuid(key.customerId) ? key.customerId : null;
      const serviceId = isUuid(key.serviceId) ? key.serviceId : null;
      const rows: SlaTargetDbRow[] = await db('sla_targets')
        .where({ record_type: key.recordType, active: true })
        .where((w) => {
          w.whereNull('customer_id');
          if (customerId) w.orWhere({ customer_id: customerId });
        })
        .where((w) => {
          w.whereNull('service_id');
          if (serviceId) w.orWhere({ service_id: serviceId });
        })
        .orderBy('clock_type')
        .orderBy('priority')
        .orderBy('created_at');
      const specificity = (r: SlaTargetDbRow) => (r.customer_id ? 2 : 0) + (r.service_id ? 1 : 0);
      return rows
        .map((r, index) => ({ r, index }))
        .sort((a, b) => specificity(b.r) - specificity(a.r) || a.index - b.index)
        .map(({ r }) => toStoredTarget(r));
    },

    /** The active row with exactly this key, if any (to refuse a duplicate override). */
    async activeTargetWithKey(key: {
      recordType: string;
      clockType: string;
      priority: string | null;
      customerId: string | null;
      serviceId: string | null;
    }): Promise<SlaTargetWithState | undefined> {
      const row: SlaTargetDbRow | undefined = await db('sla_targets')
        .where({
          record_type: key.recordType,
          clock_type: key.clockType,
          priority: key.priority,
          customer_id: key.customerId,
          service_id: key.serviceId,
          active: true,
        })
        .first();
      return row && toTarget(row);
    },

    async createSlaTarget(
      input: Omit<StoredSlaTarget, 'id'>,
      actor: string,
      at: Date,
    ): Promise<SlaTargetWithState> {
      const row = await inTransaction((trx) =>
        insertAudited(
          trx,
          'sla_targets',
          {
            record_type: input.recordType,
            clock_type: input.clockType,
            priority: input.priority,
            customer_id: input.customerId,
            service_id: input.serviceId,
            duration_amount: input.duration.amount,
            duration_unit: input.duration.unit,
            calendar_code: input.calendar,
            thresholds: input.thresholds,
          },
          'id',
          actor,
          at,
          'The SLA target',
        ),
      );
      return toTarget(row as unknown as SlaTargetDbRow);
    },

    async updateSlaTarget(
      id: string,
      changes: Partial<Pick<SlaTargetWithState, 'duration' | 'calendar' | 'thresholds' | 'active'>>,
      actor: string,
      at: Date,
    ): Promise<SlaTargetWithState | undefined> {
      if (!isUuid(id)) return undefined;
      const row = await inTransaction(async (trx) => {
        const current: SlaTargetDbRow | undefined = await trx('sla_targets').where({ id }).first();
        // decimal columns come back as text: compare as numbers, so "4.00" vs 4 is no change
        const amount =
          changes.duration && current && Number(current.duration_amount) !== changes.duration.amount
            ? changes.duration.amount
            : undefined;
        return updateAudited(
          trx,
          'sla_targets',
          'id',
          id,
          {
            duration_amount: amount,
            duration_unit: changes.duration?.unit,
            calendar_code: changes.calendar,
            thresholds: changes.thresholds,
            active: changes.active,
          },
          actor,
          at,
          changes.active === false ? 'deactivate' : 'update',
        );
      });
      return row && toTarget(row as unknown as SlaTargetDbRow);
    },

    // Calendars (existence only; calendars.repository.ts owns them) --------------------------

    async calendarExists(code: string): Promise<boolean> {
      return Boolean(await db('calendars').where({ code }).first('id'));
    },

    // Settings -------------------------------------------------------------------------------

    /** The value of a setting (`priority-matrix`, `major-incident-criteria`, …), or undefined. */
    async getSetting<T>(key: string): Promise<T | undefined> {
      const row: { value: T } | undefined = await db('settings').where({ key }).first('value');
      return row?.value;
    },

    /** A setting with who changed it last, or undefined. */
    async setting(
      key: string,
    ): Promise<{ key: string; value: unknown; updatedAt: Date; updatedBy: string } | undefined> {
      const row: { key: string; value: unknown; updated_at: Date; updated_by: string } | undefined =
        await db('settings').where({ key }).first();
      return (
        row && {
          key: row.key,
          value: row.value,
          updatedAt: row.updated_at,
          updatedBy: row.updated_by,
        }
      );
    },

    /** Creates or replaces a setting, audited with the value before and after. */
    async setSetting(key: string, value: unknown, actor: string, at: Date): Promise<void> {
      await inTransaction(async (trx) => {
        const before: { value: unknown } | undefined = await trx('settings')
          .where({ key })
          .forUpdate()
          .first('value');
        if (before && same(before.value, value)) return;
        await trx('settings')
          .insert({ key, value: JSON.stringify(value), updated_at: at, updated_by: actor })
          .onConflict('key')
          .merge(['value', 'updated_at', 'updated_by']);
        await createAuditRepository(trx).append({
          table: 'settings',
          recordId: key,
          action: before ? 'update' : 'create',
          before: before?.value,
          after: value,
          actor,
          at,
        });
      });
    },
  };
}

export type ReferenceDataRepository = ReturnType<typeof createReferenceDataRepository>;
