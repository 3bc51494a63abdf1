import type { Knex } from 'knex';
import type { RecordKind } from '../../lib/records/kind.ts';
import { fromRow, type RecordView } from '../../lib/records/schema.ts';
import { OPEN_PROBLEM_STATUSES, type IncidentFacts } from '../../lib/problem/rules.ts';

/**
 * What problem management reads beyond one record (processes.md §3): the open problems a
 * request may join, the incidents it links and counts as recurrences, the known errors of a
 * problem, the known-error picker of incident forms, and escalation rows.
 */
export function createProblemsRepository(db: Knex) {
  return {
    /** Open problems of this category or with one of these known errors (the rule picks one). */
    async openProblems(
      kind: RecordKind,
      category: string | null,
      knownErrorNumbers: readonly string[],
    ): Promise<RecordView[]> {
      const rows = (await db(kind.table)
        .whereIn('status', [...OPEN_PROBLEM_STATUSES])
        .where((w) => {
          w.where('category', category ?? '');
          if (knownErrorNumbers.length) w.orWhereIn('known_error_number', [...knownErrorNumbers]);
        })
        .orderBy('created_at')) as Record<string, unknown>[];
      return rows.map((r) => fromRow(kind, r));
    },

    /** Incidents by number (unknown numbers are left out). */
    async incidentsByNumber(numbers: readonly string[]): Promise<{ id: string; number: string }[]> {
      if (!numbers.length) return [];
      return (await db('incidents')
        .whereIn('number', [...numbers])
        .select('id', 'number')
        .orderBy('number')) as { id: string; number: string }[];
    },

    /** Incidents logged after `since`, with their CIs, category and known error. */
    async incidentsLoggedAfter(since: Date): Promise<IncidentFacts[]> {
      const rows = (await db('incidents as i')
        .where('i.created_at', '>', since)
        .select(
          'i.number',
          'i.created_at',
          'i.category',
          'i.known_error_id',
          'i.problem_id',
          db.raw(
            'coalesce((select array_agg(c.ci_id::text) from incident_cis c where c.incident_id = i.id), ?) as ci_ids',
            [db.raw("'{}'::text[]")],
          ),
        )) as Record<string, unknown>[];
      return rows.map((r) => ({
        number: String(r.number),
        createdAt: new Date(r.created_at as string).toISOString(),
        category: (r.category as string | null) ?? null,
        knownErrorId: (r.known_error_id as string | null) ?? null,
        problemId: (r.problem_id as string | null) ?? null,
        ciIds: (r.ci_ids as string[]) ?? [],
      }));
    },

    /** The known errors published from a problem (number and id), oldest first. */
    async knownErrorsOf(
      problemNumber: string,
    ): Promise<{ id: string; number: string; status: string }[]> {
      return (await db('known_errors')
        .where({ problem_number: problemNumber })
        .select('id', 'number', 'status')
        .orderBy('created_at')) as { id: string; number: string; status: string }[];
    },

    /** The numbers of records linked to a problem, of one type, in either direction. */
    async linkedNumbers(problemId: string, type: string): Promise<string[]> {
      const rows = (await db('record_links')
        .where({ from_id: problemId, to_type: type })
        .select('to_number as number')
        .union((u) =>
          u
            .from('record_links')
            .where({ to_id: problemId, from_type: type })
            .select('from_number as number'),
        )) as { number: string }[];
      return [...new Set(rows.map((r) => r.number))].sort();
    },

    /** Writes an escalations row once per idempotency key. */
    async recordEscalation(row: {
      recordType: string;
      recordId: string;
      kind: 'hierarchical' | 'functional';
      fromLevel: string | null;
      toLevel: string;
      reason: string;
      at: Date;
      by: string;
      idempotencyKey: string;
    }): Promise<void> {
      await db('escalations')
        .insert({
          record_type: row.recordType,
          record_id: row.recordId,
          kind: row.kind,
          from_level: row.fromLevel,
          to_level: row.toLevel,
          reason: row.reason,
          at: row.at,
          by: row.by,
          idempotency_key: row.idempotencyKey,
        })
        .onConflict('idempotency_key')
        .ignore();
    },
  };
}

export type ProblemsRepository = ReturnType<typeof createProblemsRepository>;

/**
 * Runs `work` in a transaction that holds the problem-request lock, so that two requests for
 * the same CI and category arriving together record one problem, not two (§3 step 2).
 */
export function inProblemRequestLock<T>(
  db: Knex,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['itsm:problem-request']);
    return work(trx);
  });
}
