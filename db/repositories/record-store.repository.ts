import type { Knex } from 'knex';
import type { RecordKind } from '../../lib/records/kind.ts';
import { columnOf, fromRow, isSettable, toRow, type RecordView } from '../../lib/records/schema.ts';
import { checkTransition } from '../../lib/records/status-machine.ts';
import { createAuditRepository } from './audit.repository.ts';
import { allocateRecordNumber } from './numbering.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who did something and when; workers pass the job's key for idempotency. */
export interface Actor {
  by: string;
  at: Date;
  /** A key unique to this write (e.g. job key + purpose): a repeated write changes nothing. */
  idempotencyKey?: string;
}

/** One entry of a record's history. */
export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

/** A typed link read from one record's side. */
export interface LinkView {
  type: string;
  number: string;
  relation: string;
}

/** What a list may filter, search and sort by. */
export interface RecordListFilter {
  status?: string;
  assignee?: string;
  assignmentGroup?: string;
  /** Declared fields the kind lists as filters, by value. */
  fields?: Record<string, unknown>;
  /** Searches the number and the text fields (any script, Chinese included). */
  q?: string;
  /** Only these customers' records (a customer contact) or this creator's (a requester). */
  scope?: { customerId?: string; createdBy?: string };
  sort?: { field: string; direction: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

/**
 * The records of every kind through one repository that names no kind: create with a number
 * in one transaction with its history and audit (idempotent by request id), read, list,
 * status changes checked against the kind's machine, field updates, links and history.
 * Every write appends to audit_log and record_activities in the same transaction.
 */
export function createRecordStore(db: Knex) {
  const inTransaction = <T>(work: (trx: Knex.Transaction) => Promise<T>) =>
    'isTransaction' in db && db.isTransaction
      ? work(db as unknown as Knex.Transaction)
      : db.transaction(work);

  async function append(
    trx: Knex.Transaction,
    kind: RecordKind,
    recordId: string,
    action: string,
    details: Record<string, unknown>,
    actor: Actor,
  ): Promise<boolean> {
    const rows = await trx('record_activities')
      .insert({
        record_type: kind.type,
        record_id: recordId,
        action,
        details: JSON.stringify(details),
        actor: actor.by,
        at: actor.at,
        idempotency_key: actor.idempotencyKey ?? null,
      })
      .onConflict('idempotency_key')
      .ignore()
      .returning('id');
    return rows.length > 0;
  }

  async function findRow(
    q: Knex | Knex.Transaction,
    kind: RecordKind,
    idOrNumber: string,
    lock = false,
  ): Promise<Record<string, unknown> | undefined> {
    const query = q(kind.table)
      .where(UUID.test(idOrNumber) ? 'id' : 'number', idOrNumber)
      .first();
    return (await (lock ? query.forUpdate() : query)) as Record<string, unknown> | undefined;
  }

  /** Applies column and attribute changes to a locked row; answers what changed. */
  async function applyChanges(
    trx: Knex.Transaction,
    kind: RecordKind,
    row: Record<string, unknown>,
    values: Record<string, unknown>,
    extraColumns: Record<string, unknown>,
    actor: Actor,
    action: string,
  ): Promise<Record<string, { from: unknown; to: unknown }>> {
    const before = fromRow(kind, row);
    const { columns, attributes } = toRow(kind, values);
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [name, value] of Object.entries(values))
      if (isSettable(kind, name) && JSON.stringify(before[name] ?? null) !== JSON.stringify(value))
        changed[name] = { from: before[name] ?? null, to: value };
    for (const [column, value] of Object.entries(extraColumns))
      if (row[column] !== value) changed[column] = { from: row[column] ?? null, to: value };
    if (Object.keys(changed).length === 0) return changed;
    const merged = { ...((row.attributes ?? {}) as Record<string, unknown>), ...attributes };
    for (const [name, value] of Object.entries(merged)) if (value === null) delete merged[name];
    await trx(kind.table)
      .where({ id: row.id })
      .update({
        ...columns,
        ...extraColumns,
        attributes: JSON.stringify(merged),
        updated_at: actor.at,
        updated_by: actor.by,
      });
    await createAuditRepository(trx).append({
      table: kind.table,
      recordId: String(row.id),
      action,
      before: Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v.from])),
      after: Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v.to])),
      actor: actor.by,
      at: actor.at,
    });
    return changed;
  }

  return {
    /**
     * Creates a record in its kind's initial status with the next number of its prefix, its
     * history entry and audit row, in one transaction (`work` runs inside it, e.g. to start
     * the record's process, so a failure keeps nothing). A create with a request id seen
     * before answers that record and `created: false`.
     */
    async create(
      kind: RecordKind,
      input: {
        fields: Record<string, unknown>;
        customerId?: string | null;
        serviceId?: string | null;
        assignee?: string | null;
        assignmentGroup?: string | null;
        requestId?: string;
      },
      actor: Actor,
      work?: (record: RecordView, trx: Knex.Transaction) => Promise<Record<string, unknown> | void>,
    ): Promise<{ record: RecordView; created: boolean }> {
      // Such a record carries another kind's number: its own routes create it, never a new number.
      if (kind.numberOf !== undefined)
        throw new Error(
          `a ${kind.type} has no number of its own (it carries its ${kind.numberOf}'s): it is not created here`,
        );
      if (input.requestId) {
        const seen = await db(kind.table).where({ request_id: input.requestId }).first();
        if (seen) return { record: fromRow(kind, seen), created: false };
      }
      return inTransaction(async (trx) => {
        const number = await allocateRecordNumber(trx, kind.prefix, actor.at);
        const { columns, attributes } = toRow(kind, input.fields);
        const [row] = await trx(kind.table)
          .insert({
            ...columns,
            number,
            status: kind.statuses.initial,
            created_at: actor.at,
            created_by: actor.by,
            updated_at: actor.at,
            updated_by: actor.by,
            customer_id: input.customerId ?? null,
            service_id: input.serviceId ?? null,
            assignee: input.assignee ?? null,
            assignment_group: input.assignmentGroup ?? null,
            request_id: input.requestId ?? null,
            attributes: JSON.stringify(attributes),
          })
          .returning('*');
        let record = fromRow(kind, row as Record<string, unknown>);
        await append(trx, kind, record.id, 'created', { number, fields: input.fields }, actor);
        await createAuditRepository(trx).append({
          table: kind.table,
          recordId: record.id,
          action: 'create',
          before: null,
          after: { number, status: record.status, ...input.fields },
          actor: actor.by,
          at: actor.at,
        });
        const extra = work ? await work(record, trx) : undefined;
        if (extra && Object.keys(extra).length) {
          const [updated] = await trx(kind.table)
            .where({ id: record.id })
            .update(extra)
            .returning('*');
          record = fromRow(kind, updated as Record<string, unknown>);
        }
        return { record, created: true };
      });
    },

    /** A record by id or number. */
    async get(kind: RecordKind, idOrNumber: string): Promise<RecordView | undefined> {
      const row = await findRow(db, kind, idOrNumber);
      return row ? fromRow(kind, row) : undefined;
    },

    /** One page of a kind's records, newest first unless sorted otherwise, with the total. */
    async list(
      kind: RecordKind,
      f: RecordListFilter,
    ): Promise<{ items: RecordView[]; total: number }> {
      const q = db(kind.table);
      if (f.status) q.where({ status: f.status });
      if (f.assignee) q.where({ assignee: f.assignee });
      if (f.assignmentGroup) q.where({ assignment_group: f.assignmentGroup });
      for (const [name, value] of Object.entries(f.fields ?? {})) {
        const field = kind.fields[name];
        if (!field || value === undefined) continue;
        if (field.column) q.where(columnOf(kind, name), value as Knex.Value);
        else q.whereRaw('attributes ->> ? = ?', [name, String(value)]);
      }
      if (f.scope?.customerId) q.where({ customer_id: f.scope.customerId });
      if (f.scope?.createdBy) q.where({ created_by: f.scope.createdBy });
      if (f.q) {
        // The grams index (migration 20261213000900) keeps the rows holding every gram of the
        // search (its trigrams, its bigram, or its one non-ASCII character), whatever the
        // database's locale; the ILIKE below decides exactly. A one-letter Latin search has no
        // selective gram: ILIKE only.
        const trimmed = f.q.trim();
        if ([...trimmed].length >= 2 || (trimmed.codePointAt(0) ?? 0) > 0x7f)
          q.whereRaw('itsm_search_grams(??.*) @> itsm_query_grams(?)', [kind.table, f.q]);
        // ILIKE on text: finds Chinese as well as Latin text whatever the database's locale.
        const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        // Free text only: not ids, instants or enumerated codes.
        const textFields = Object.entries(kind.fields).filter(
          ([, s]) => s.type === 'string' && !s.format && !s.enum,
        );
        q.where((w) => {
          w.where('number', 'ilike', pattern);
          for (const [name, spec] of textFields) {
            if (spec.column) w.orWhere(columnOf(kind, name), 'ilike', pattern);
            else w.orWhereRaw('attributes ->> ? ilike ?', [name, pattern]);
          }
        });
      }
      const [{ count }] = (await q.clone().count({ count: '*' })) as [{ count: string }];
      // The API allows only the kind's column fields and the common columns here.
      const sortColumn = f.sort ? columnOf(kind, f.sort.field) : 'created_at';
      const rows = await q
        .orderBy(sortColumn, f.sort?.direction ?? 'desc')
        .orderBy('number', 'desc')
        .limit(f.limit)
        .offset(f.offset);
      return {
        items: rows.map((r: Record<string, unknown>) => fromRow(kind, r)),
        total: Number(count),
      };
    },

    /**
     * Moves a record to a status its kind's machine allows from the current one (throws a
     * TransitionError otherwise), with `changes` (fields validated by the caller, the
     * assignee) and the status's stamp (`statuses.stamps`) in the same change; staying put
     * writes nothing. Answers the record after.
     */
    async setStatus(
      kind: RecordKind,
      idOrNumber: string,
      status: string,
      actor: Actor,
      details: Record<string, unknown> = {},
      changes: { fields?: Record<string, unknown>; assignee?: string | null } = {},
    ): Promise<RecordView | undefined> {
      return inTransaction(async (trx) => {
        const row = await findRow(trx, kind, idOrNumber, true);
        if (!row) return undefined;
        checkTransition(kind.statuses, String(row.status), status);
        if (row.status !== status) {
          const fresh = await append(
            trx,
            kind,
            String(row.id),
            'status',
            { from: row.status, to: status, ...details },
            actor,
          );
          const stamp = kind.statuses.stamps?.[status];
          const fields = changes.fields ?? {};
          const values =
            stamp && fromRow(kind, row)[stamp] == null
              ? { [stamp]: actor.at.toISOString(), ...fields }
              : fields;
          const columns =
            changes.assignee === undefined ? { status } : { status, assignee: changes.assignee };
          if (fresh) await applyChanges(trx, kind, row, values, columns, actor, `status:${status}`);
        }
        return fromRow(kind, (await findRow(trx, kind, String(row.id)))!);
      });
    },

    /**
     * Sets declared fields (null clears one). The caller validates them against the kind's
     * schema first. A record in a final status is read-only. Answers the record after.
     */
    async setFields(
      kind: RecordKind,
      idOrNumber: string,
      values: Record<string, unknown>,
      actor: Actor,
    ): Promise<RecordView | undefined> {
      return inTransaction(async (trx) => {
        const row = await findRow(trx, kind, idOrNumber, true);
        if (!row) return undefined;
        if (kind.statuses.final.includes(String(row.status)))
          throw new ReadOnlyRecordError(String(row.number), String(row.status));
        const changed = await applyChanges(trx, kind, row, values, {}, actor, 'update');
        if (Object.keys(changed).length)
          await append(trx, kind, String(row.id), 'fields', { changed }, actor);
        return fromRow(kind, (await findRow(trx, kind, String(row.id)))!);
      });
    },

    /** Links two records (`relation` read from `from`'s side); linking twice keeps one link. */
    async link(
      from: { kind: RecordKind | { type: string }; id: string; number: string },
      relation: string,
      to: { kind: RecordKind | { type: string }; id: string; number: string },
      actor: Actor,
    ): Promise<boolean> {
      const rows = await db('record_links')
        .insert({
          from_type: from.kind.type,
          from_id: from.id,
          from_number: from.number,
          relation,
          to_type: to.kind.type,
          to_id: to.id,
          to_number: to.number,
          created_at: actor.at,
          created_by: actor.by,
        })
        .onConflict(['from_id', 'relation', 'to_id'])
        .ignore()
        .returning('id');
      return rows.length > 0;
    },

    /** The records linked to one, from its side: `caused` seen from the other side is `caused-by`. */
    async links(recordId: string): Promise<LinkView[]> {
      const rows = (await db('record_links')
        .where({ from_id: recordId })
        .orWhere({ to_id: recordId })
        .orderBy('id')) as Record<string, string>[];
      return rows.map((r) =>
        r.from_id === recordId
          ? { type: r.to_type!, number: r.to_number!, relation: r.relation! }
          : { type: r.from_type!, number: r.from_number!, relation: `${r.relation}-by` },
      );
    },

    /** The history of a record, oldest first. */
    async history(kind: RecordKind, recordId: string): Promise<HistoryEntry[]> {
      const rows = (await db('record_activities')
        .where({ record_type: kind.type, record_id: recordId })
        .orderBy([
          { column: 'at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ])) as Record<string, unknown>[];
      return rows.map((r) => ({
        at: (r.at as Date).toISOString(),
        actor: String(r.actor),
        action: String(r.action),
        details: (r.details ?? {}) as Record<string, unknown>,
      }));
    },

    /**
     * Ids of a kind's open records (not in a final status) whose date field is at or before
     * `before`, oldest due first: the selection step of the sweep pattern (§0.1 P1).
     */
    async selectDue(
      kind: RecordKind,
      field: string,
      before: Date,
      limit: number,
    ): Promise<string[]> {
      const spec = kind.fields[field];
      if (!spec || spec.format !== 'date-time') throw new Error(`${field} is not a date field`);
      const due = spec.column
        ? db.raw('??', [columnOf(kind, field)])
        : db.raw('(attributes ->> ?)::timestamptz', [field]);
      const rows = (await db(kind.table)
        .whereNotIn('status', [...kind.statuses.final])
        .where(due, '<=', before)
        .orderBy(due as unknown as string, 'asc')
        .limit(limit)
        .select('id')) as { id: string }[];
      return rows.map((r) => r.id);
    },

    /**
     * Records of a kind a form may offer (a `records:<kind>` picker): in these statuses, or
     * any status that is not final; newest first, labelled `<number> <title>` where the kind
     * has a title.
     */
    async options(
      kind: RecordKind,
      statuses: readonly string[] | null,
      limit = 500,
    ): Promise<{ value: string; label: string }[]> {
      const q = db(kind.table);
      if (statuses) q.whereIn('status', [...statuses]);
      else q.whereNotIn('status', [...kind.statuses.final]);
      const title = kind.fields.title;
      const titleOf = title?.column
        ? db.raw('??', [columnOf(kind, 'title')])
        : db.raw("attributes ->> 'title'");
      const rows = (await q
        .select('number', { title: title ? titleOf : db.raw('null') })
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .limit(limit)) as { number: string; title: string | null }[];
      return rows.map((r) => ({
        value: r.number,
        label: r.title ? `${r.number} ${r.title}` : r.number,
      }));
    },

    /** The record's open tasks (projected from the engine), oldest first. */
    async openTasks(number: string): Promise<
      {
        id: string;
        name: string | null;
        elementId: string;
        definitionKey: string;
        processInstanceKey: string;
        candidateGroups: string[];
        assignee: string | null;
      }[]
    > {
      const rows = (await db('tasks')
        .where({ record_number: number, state: 'created' })
        .orderBy('created_at')) as Record<string, unknown>[];
      return rows.map((r) => ({
        id: String(r.key),
        name: (r.name as string | null) ?? null,
        elementId: String(r.element_id),
        definitionKey: String(r.definition_key),
        processInstanceKey: String(r.process_instance_key),
        candidateGroups: (r.candidate_groups as string[]) ?? [],
        assignee: (r.assignee as string | null) ?? null,
      }));
    },

    /** The process instances that carry the record (its own and any it started). */
    async processInstances(
      number: string,
    ): Promise<{ key: string; processId: string; version: number; state: string }[]> {
      const rows = (await db('process_instances')
        .where({ record_number: number })
        .orderBy('started_at')) as Record<string, unknown>[];
      return rows.map((r) => ({
        key: String(r.key),
        processId: String(r.process_id),
        version: Number(r.version),
        state: String(r.state),
      }));
    },

    /** Display names of users by username, for history sentences. */
    async displayNames(usernames: readonly string[]): Promise<Map<string, string>> {
      if (!usernames.length) return new Map();
      const rows = (await db('users')
        .whereIn('username', [...new Set(usernames)])
        .select('username', 'display_name')) as { username: string; display_name: string }[];
      return new Map(rows.map((r) => [r.username, r.display_name]));
    },

    /** Appends a history entry (e.g. a task's submitted data); idempotent by key. */
    async appendHistory(
      kind: RecordKind,
      recordId: string,
      action: string,
      details: Record<string, unknown>,
      actor: Actor,
    ): Promise<boolean> {
      return inTransaction((trx) => append(trx, kind, recordId, action, details, actor));
    },
  };
}

/** A write to a record in a final status (§0.1: a closed record is read-only). */
export class ReadOnlyRecordError extends Error {
  readonly status: string;
  constructor(number: string, status: string) {
    super(`${number} is ${status}: a record in a final status is read-only`);
    this.name = 'ReadOnlyRecordError';
    this.status = status;
  }
}

export type RecordStore = ReturnType<typeof createRecordStore>;
