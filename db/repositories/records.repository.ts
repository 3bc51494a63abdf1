import type { Knex } from 'knex';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import { columnOf } from '../../lib/records/schema.ts';
import { isTargetDuration, type TargetDuration } from '../../lib/sla/targets.ts';
import { createAuditRepository } from './audit.repository.ts';

/**
 * The ITSM record types that processes carry as `recordType`, and their tables: every record
 * kind declared as data. Generic services (SLA clocks, task claims, history) reach a record
 * through here, so a new kind needs no line.
 */
export const RECORD_TABLES: Readonly<Record<string, string>> = Object.fromEntries(
  RECORD_KINDS.map((k) => [k.type, k.table]),
);

export type RecordTypeName = string;

export function isRecordType(value: unknown): value is RecordTypeName {
  return typeof value === 'string' && Object.hasOwn(RECORD_TABLES, value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What generic services need to know about any record. */
export interface RecordContext {
  recordType: RecordTypeName;
  id: string;
  number: string;
  status: string;
  priority: string | null;
  assignee: string | null;
  assignmentGroup: string | null;
  customerId: string | null;
  serviceId: string | null;
  hierarchicalLevel: string | null;
  processInstanceKey: string | null;
  /** Who created the record (a person, or a worker's job type). */
  createdBy: string | null;
  /** The record's own targets by clock type (the kind's `slaTargetFields`), where set. */
  targetOverrides: Readonly<Record<string, TargetDuration>>;
}

const KINDS = new Map(RECORD_KINDS.map((k) => [k.type, k]));

/** The record's own clock targets: the fields its kind names in `slaTargetFields`. */
function targetOverridesOf(
  type: string,
  r: Record<string, unknown>,
): Record<string, TargetDuration> {
  const kind = KINDS.get(type);
  const overrides: Record<string, TargetDuration> = {};
  for (const [clock, field] of Object.entries(kind?.slaTargetFields ?? {})) {
    const spec = kind!.fields[field];
    const value = spec?.column
      ? r[columnOf(kind!, field)]
      : ((r.attributes ?? {}) as Record<string, unknown>)[field];
    if (isTargetDuration(value)) overrides[clock] = value;
  }
  return overrides;
}

/** One entry of a record's history. */
export interface ActivityInput {
  kind: string;
  text?: string | null;
  data?: unknown;
  customerVisible?: boolean;
  by: string;
  at: Date;
  /** Set by workers (job key + purpose): a job that runs twice appends once. */
  idempotencyKey?: string;
}

/**
 * Generic reads and writes on records. Every write appends to audit_log in the same
 * transaction (before/after of the changed columns) — pass a transaction to join it.
 */
export function createRecordsRepository(db: Knex | Knex.Transaction) {
  const table = (type: RecordTypeName) => RECORD_TABLES[type];

  const toContext = (type: RecordTypeName, r: Record<string, unknown>): RecordContext => ({
    recordType: type,
    id: r.id as string,
    number: r.number as string,
    status: r.status as string,
    priority: (r.priority as string | undefined) ?? null,
    assignee: (r.assignee as string | undefined) ?? null,
    assignmentGroup: (r.assignment_group as string | undefined) ?? null,
    customerId: (r.customer_id as string | undefined) ?? null,
    serviceId: (r.service_id as string | undefined) ?? null,
    hierarchicalLevel: (r.hierarchical_level as string | undefined) ?? null,
    processInstanceKey: (r.process_instance_key as string | undefined) ?? null,
    createdBy: (r.created_by as string | undefined) ?? null,
    targetOverrides: targetOverridesOf(type, r),
  });

  return {
    /** A record by id or number, or undefined. */
    async find(type: RecordTypeName, idOrNumber: string): Promise<RecordContext | undefined> {
      const column = UUID.test(idOrNumber) ? 'id' : 'number';
      const row = await db(table(type)).where(column, idOrNumber).first();
      return row ? toContext(type, row) : undefined;
    },

    /** The record, locked for update until the transaction ends. */
    async lock(
      trx: Knex.Transaction,
      type: RecordTypeName,
      id: string,
    ): Promise<RecordContext | undefined> {
      const row = await trx(table(type)).where({ id }).forUpdate().first();
      return row ? toContext(type, row) : undefined;
    },

    /**
     * Updates columns of a record and audits the change (only the columns that differ).
     * Returns false when nothing changed (idempotent re-runs write nothing).
     */
    async update(
      type: RecordTypeName,
      id: string,
      changes: Record<string, unknown>,
      actor: string,
      at: Date,
      action = 'update',
    ): Promise<boolean> {
      const run = async (trx: Knex | Knex.Transaction) => {
        const before = await trx(table(type)).where({ id }).forUpdate().first();
        if (!before) throw new Error(`${type} ${id} does not exist`);
        const changed: Record<string, unknown> = {};
        const previous: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(changes)) {
          if (!sameValue(before[key], value)) {
            changed[key] = value;
            previous[key] = before[key];
          }
        }
        if (Object.keys(changed).length === 0) return false;
        await trx(table(type))
          .where({ id })
          .update({ ...changed, updated_at: at, updated_by: actor });
        await createAuditRepository(trx).append({
          table: table(type),
          recordId: id,
          action,
          before: previous,
          after: changed,
          actor,
          at,
        });
        return true;
      };
      return 'isTransaction' in db && db.isTransaction ? run(db) : db.transaction(run);
    },

    /**
     * Appends to the record's history (the shared `record_activities`); idempotent by key.
     * Returns false for a repeat.
     */
    async appendActivity(type: RecordTypeName, id: string, a: ActivityInput): Promise<boolean> {
      const rows = await db('record_activities')
        .insert({
          record_type: type,
          record_id: id,
          action: a.kind,
          details: JSON.stringify(activityDetails(a)),
          actor: a.by,
          at: a.at,
          idempotency_key: a.idempotencyKey ?? null,
        })
        .onConflict('idempotency_key')
        .ignore()
        .returning('id');
      return rows.length > 0;
    },
  };
}

/** The `details` of a history row: `{ text?, data?, customerVisible? }` (only what is set). */
export function activityDetails(
  a: Pick<ActivityInput, 'text' | 'data' | 'customerVisible'>,
): Record<string, unknown> {
  return {
    ...(a.text ? { text: a.text } : {}),
    ...(a.data === undefined || a.data === null ? {} : { data: a.data }),
    ...(a.customerVisible ? { customerVisible: true } : {}),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const ta = a instanceof Date ? a.getTime() : a == null ? null : new Date(a as string).getTime();
    const tb = b instanceof Date ? b.getTime() : b == null ? null : new Date(b as string).getTime();
    return ta === tb;
  }
  if (typeof a === 'object' || typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
