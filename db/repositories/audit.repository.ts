import type { Knex } from 'knex';

/** One entry of the audit log: who changed which record how, with before and after. */
export interface AuditEntry {
  table: string;
  recordId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** A username, or `<job type>#<job key>` for writes made by a worker. */
  actor: string;
  at: Date;
}

/** The append-only audit log every record change writes to (ISO/IEC 20000-1 4.3.3). */
export function createAuditRepository(db: Knex | Knex.Transaction) {
  return {
    async append(entry: AuditEntry): Promise<void> {
      await db('audit_log').insert({
        table_name: entry.table,
        record_id: entry.recordId,
        action: entry.action,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
        actor: entry.actor,
        at: entry.at,
      });
    },
    async forRecord(table: string, recordId: string): Promise<AuditEntry[]> {
      const rows = await db('audit_log')
        .where({ table_name: table, record_id: recordId })
        .orderBy('id');
      return rows.map((r) => ({
        table: r.table_name,
        recordId: r.record_id,
        action: r.action,
        before: r.before ?? undefined,
        after: r.after ?? undefined,
        actor: r.actor,
        at: r.at,
      }));
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
