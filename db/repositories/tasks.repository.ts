import type { Knex } from 'knex';
import { RECORD_TABLES, type RecordTypeName } from './records.repository.ts';

/** A person's task as the queues show it. */
export interface Task {
  id: string;
  name: string;
  processId: string;
  processInstanceKey: string;
  definitionKey: string;
  elementId: string;
  elementInstanceKey: string;
  record?: { type: string; number: string };
  candidateGroups: string[];
  candidateUsers: string[];
  assignee?: string;
  createdAt: Date;
  dueAt?: Date;
  formKey?: string;
  formId?: string;
  state: 'open' | 'completed' | 'canceled';
}

const STATE: Record<string, Task['state']> = {
  created: 'open',
  completed: 'completed',
  canceled: 'canceled',
};

function toTask(r: Record<string, unknown>): Task {
  return {
    id: String(r.key),
    name: String(r.name ?? r.element_id),
    processId: String(r.process_id),
    processInstanceKey: String(r.process_instance_key),
    definitionKey: String(r.definition_key),
    elementId: String(r.element_id),
    elementInstanceKey: String(r.element_instance_key),
    record: r.record_number
      ? { type: String(r.record_type ?? ''), number: String(r.record_number) }
      : undefined,
    candidateGroups: (r.candidate_groups as string[]) ?? [],
    candidateUsers: (r.candidate_users as string[]) ?? [],
    assignee: (r.assignee as string | null) ?? undefined,
    createdAt: new Date(String(r.created_at)),
    dueAt: r.due_at ? new Date(String(r.due_at)) : undefined,
    formKey: (r.form_key as string | null) ?? undefined,
    formId: (r.form_id as string | null) ?? undefined,
    state: STATE[String(r.state)] ?? 'open',
  };
}

/**
 * Who may see tasks: their own, their candidate-user tasks, tasks of `groups`, and tasks of
 * `customerScope.groups` only where the task's record belongs to `customerScope.customerId`
 * (none when that is null).
 */
export interface TaskVisibility {
  username: string;
  groups: string[];
  customerScope?: { groups: string[]; customerId: string | null };
}

/** Filters of the task list; `visibleTo` limits it to what a user may see. */
export interface TaskFilter {
  queue?: string;
  assignee?: string;
  state?: 'open' | 'completed';
  record?: string;
  visibleTo?: TaskVisibility;
  limit: number;
  offset: number;
}

/**
 * Record types whose rows belong to a customer, and the column that says which. A task is
 * linked to its record by the instance variable `recordId` or by the projected record number.
 */
const CUSTOMER_COLUMNS: Readonly<Record<RecordTypeName, string>> = Object.fromEntries(
  // Every record table has customer_id (§0.1 columns of the record core; incidents too).
  Object.keys(RECORD_TABLES).map((type) => [type, 'customer_id']),
);

/** `where exists`: the task's record (by recordId variable or number) belongs to the customer. */
function belongsToCustomer(db: Knex | Knex.Transaction, q: Knex.QueryBuilder, customerId: string) {
  q.where((any) => {
    for (const [type, column] of Object.entries(CUSTOMER_COLUMNS)) {
      const table = RECORD_TABLES[type as RecordTypeName];
      any.orWhereExists((r) =>
        r
          .select(db.raw('1'))
          .from(`${table} as r`)
          .where(`r.${column}`, customerId)
          .whereRaw('tasks.record_type = ?', [type])
          .where((link) =>
            link
              .whereRaw('r.number = tasks.record_number')
              .orWhereExists((v) =>
                v
                  .select(db.raw('1'))
                  .from('variables as v')
                  .whereRaw('v.scope_key = tasks.process_instance_key')
                  .where('v.name', 'recordId')
                  .whereRaw("v.value #>> '{}' = r.id::text"),
              ),
          ),
      );
    }
  });
}

/** The `tasks` table, kept in step with the engine by the projector. */
export function createTaskRepository(db: Knex | Knex.Transaction) {
  return {
    async get(id: string): Promise<Task | undefined> {
      if (!/^\d+$/.test(id)) return undefined;
      const row = await db('tasks').where({ key: id }).first();
      return row && toTask(row);
    },
    /** The element's custom headers (`zeebe:taskHeaders`) of a task; none → `{}`. */
    async headersOf(id: string): Promise<Record<string, string>> {
      if (!/^\d+$/.test(id)) return {};
      const row = await db('tasks').where({ key: id }).first('custom_headers');
      return (row?.custom_headers as Record<string, string> | null) ?? {};
    },
    async list(f: TaskFilter): Promise<{ items: Task[]; total: number }> {
      const q = db('tasks');
      // `@>` rather than `= any(...)`: the GIN indexes on candidate_groups answer it.
      if (f.queue) q.whereRaw('candidate_groups @> array[?]::text[]', [f.queue]);
      if (f.assignee) q.where({ assignee: f.assignee });
      if (f.state) q.where({ state: f.state === 'open' ? 'created' : 'completed' });
      if (f.record) q.where({ record_number: f.record });
      if (f.visibleTo) {
        const { username, groups, customerScope } = f.visibleTo;
        q.where((w) => {
          w.where({ assignee: username }).orWhereRaw('candidate_users @> array[?]::text[]', [
            username,
          ]);
          if (groups.length) w.orWhereRaw('candidate_groups && ?::text[]', [groups]);
          const customerId = customerScope?.customerId;
          if (customerScope?.groups.length && customerId) {
            w.orWhere((c) => {
              c.whereRaw('candidate_groups && ?::text[]', [customerScope.groups]);
              belongsToCustomer(db, c, customerId);
            });
          }
        });
      }
      // The total comes with the page (one statement per list; the task lists are polled);
      // a page past the end has no row to carry it, so only then is it counted apart.
      const rows: Record<string, unknown>[] = await q
        .clone()
        .select('tasks.*', db.raw('count(*) over () as full_count'))
        .orderBy([{ column: 'created_at' }, { column: 'key' }])
        .limit(f.limit)
        .offset(f.offset);
      let total = rows.length ? Number(rows[0]!.full_count) : 0;
      if (!rows.length && f.offset > 0) {
        const [{ count }] = await q.count<{ count: string }[]>({ count: '*' });
        total = Number(count);
      }
      return { items: rows.map(toTask), total };
    },
    /**
     * Writes what an engine-accepted claim or completion changed (the API's own write, so a
     * list read right after the answer shows it), marked with the command's action token. Only
     * while the task is open and the projector has not yet applied the token's record (then the
     * row already shows that change or a newer one). Answers the row as it now is.
     */
    async writeAccepted(
      id: string,
      action: string,
      change: { assignee: string } | { completedAt: Date },
    ): Promise<Task | undefined> {
      const values =
        'assignee' in change
          ? { assignee: change.assignee }
          : { state: 'completed', ended_at: change.completedAt };
      const [row] = await db('tasks')
        .where({ key: id, state: 'created' })
        .whereRaw('not (? = any(applied_actions))', [action])
        .update({ ...values, api_action: action })
        .returning('*');
      if (row) return toTask(row);
      return this.get(id);
    },
    /** Task counts per candidate group (open tasks), for the inbox's queue list. */
    async openCountsByQueue(groups: string[]): Promise<Record<string, number>> {
      if (!groups.length) return {};
      const rows: { queue: string; count: string }[] = await db('tasks')
        .where({ state: 'created' })
        .select(db.raw('unnest(candidate_groups) as queue'), db.raw('count(*) as count'))
        .groupByRaw('1');
      const counts: Record<string, number> = Object.fromEntries(groups.map((g) => [g, 0]));
      for (const r of rows)
        if (String(r.queue) in counts) counts[String(r.queue)] = Number(r.count);
      return counts;
    },
  };
}
export type TaskRepository = ReturnType<typeof createTaskRepository>;
