import type { Knex } from 'knex';
import pg from 'pg';

/**
 * The queries of `npm run bench` (scripts/bench/): its own table and trigger in the bench
 * database, and reads of the exporter's records, the projector's cursor and the read model.
 * Kept here so that SQL lives only in db/, like every other query.
 */

/** The bench's own table for the framework worker's side effect; created and dropped by the bench. */
export const BENCH_TABLE = 'bench_job_effects';

/** Exported records by `VALUE_TYPE INTENT` (e.g. `JOB COMPLETED`). */
export type RecordCounts = Record<string, number>;

function countsOf(rows: { value_type: string; intent: string; n: number | string }[]) {
  const out: RecordCounts = {};
  for (const r of rows) out[`${r.value_type} ${r.intent}`] = Number(r.n);
  return out;
}

export function createBenchRepository(db: Knex) {
  /** Exported records after the given positions (all records of a partition not in the map). */
  const recordsSince = (from: Map<number, number>) =>
    db('engine_records').where((q) => {
      for (const [partition_id, position] of from)
        q.orWhere((p) => p.where({ partition_id }).andWhere('position', '>', position));
      q.orWhereNotIn('partition_id', [...from.keys(), -1]);
    });

  return {
    async serverVersion(): Promise<string> {
      const result = (await db.raw('show server_version')) as {
        rows: { server_version: string }[];
      };
      return String(result.rows[0]?.server_version);
    },

    async createBenchTable(): Promise<void> {
      await db.schema.dropTableIfExists(BENCH_TABLE);
      await db.schema.createTable(BENCH_TABLE, (t) => {
        t.text('job_key').primary();
        t.text('process_instance_key').notNullable();
        t.timestamp('written_at', { useTz: true }).notNullable();
      });
    },

    async dropBenchTable(): Promise<void> {
      await db.schema.dropTableIfExists(BENCH_TABLE);
    },

    /** The framework worker's side effect: one row per job, idempotent by job key. */
    async recordJobEffect(jobKey: string, processInstanceKey: string): Promise<void> {
      await db(BENCH_TABLE)
        .insert({
          job_key: jobKey,
          process_instance_key: processInstanceKey,
          written_at: new Date(),
        })
        .onConflict('job_key')
        .ignore();
    },

    async countBenchRows(): Promise<number> {
      const rows = (await db(BENCH_TABLE).count({ n: '*' })) as { n: number | string }[];
      return Number(rows[0]?.n ?? 0);
    },

    /** True once the projector recorded a deployed process. */
    async hasProcessDefinition(processId: string): Promise<boolean> {
      return !!(await db('process_definitions').where({ process_id: processId }).first());
    },

    /** Which of these form ids the projector recorded. */
    async recordedFormIds(formIds: readonly string[]): Promise<string[]> {
      const rows: { form_id: string }[] = await db('forms')
        .whereIn('form_id', formIds)
        .distinct('form_id');
      return rows.map((r) => r.form_id);
    },

    /** The id of a customer and of a service of the development seed, by code. */
    async seedIds(
      customerCode: string,
      serviceCode: string,
    ): Promise<{ customerId?: string; serviceId?: string }> {
      const customer = await db('customers').where({ code: customerCode }).first('id');
      const service = await db('services').where({ code: serviceCode }).first('id');
      return {
        customerId: customer ? String(customer.id) : undefined,
        serviceId: service ? String(service.id) : undefined,
      };
    },

    /** Of these incident numbers, the closed ones with `closed_at` in epoch ms. */
    async closedIncidents(numbers: string[]): Promise<{ number: string; closedMs: number }[]> {
      const rows: { number: string; closed_ms: string | number }[] = await db('incidents')
        .whereIn('number', numbers)
        .andWhere('status', 'closed')
        .whereNotNull('closed_at')
        .select('number', db.raw('extract(epoch from closed_at) * 1000 as closed_ms'));
      return rows.map((r) => ({ number: r.number, closedMs: Number(r.closed_ms) }));
    },

    /** Exported JOB, USER_TASK and INCIDENT records with an engine timestamp in [start, end). */
    async recordsBetween(start: number, end: number): Promise<RecordCounts> {
      return countsOf(
        await db('engine_records')
          .whereIn('value_type', ['JOB', 'USER_TASK', 'INCIDENT'])
          .andWhere('record_timestamp', '>=', new Date(start))
          .andWhere('record_timestamp', '<', new Date(end))
          .groupBy('value_type', 'intent')
          .select('value_type', 'intent', db.raw('count(*) as n')),
      );
    },

    /** The exporter's position per partition. */
    async exporterPositions(): Promise<Map<number, number>> {
      const rows: { partition_id: number; position: string | number }[] = await db(
        'exporter_positions',
      ).select('partition_id', 'position');
      return new Map(rows.map((p) => [p.partition_id, Number(p.position)]));
    },

    /** True when the partition has an exported record from `until` (epoch ms) or later. */
    async hasRecordFrom(partitionId: number, until: number): Promise<boolean> {
      return !!(await db('engine_records')
        .where({ partition_id: partitionId })
        .andWhere('record_timestamp', '>=', new Date(until))
        .first('position'));
    },

    /** The exporter's newest position per partition (an index look-up each). */
    async lastPositions(): Promise<Map<number, number>> {
      const partitions: { partition_id: number }[] =
        await db('exporter_positions').distinct('partition_id');
      const out = new Map<number, number>();
      for (const { partition_id } of partitions) {
        const row = (
          await db('engine_records').where({ partition_id }).max({ p: 'position' })
        )[0] as { p: number | null } | undefined;
        out.set(partition_id, Number(row?.p ?? -1));
      }
      return out;
    },

    /**
     * Moves the projector's cursor to these positions and deletes the records up to them;
     * returns how many were deleted.
     */
    async skipRecordsUpTo(positions: Map<number, number>): Promise<number> {
      for (const [partition_id, position] of positions) {
        await db('projector_cursors')
          .insert({ name: 'read-model', partition_id, position, updated_at: new Date() })
          .onConflict(['name', 'partition_id'])
          .merge(['position', 'updated_at']);
      }
      let deleted = 0;
      for (const [partition_id, position] of positions)
        deleted += Number(
          await db('engine_records')
            .where({ partition_id })
            .andWhere('position', '<=', position)
            .delete(),
        );
      return deleted;
    },

    /** Exported records after the given positions, by `VALUE_TYPE INTENT`. */
    async countRecordsSince(from: Map<number, number>): Promise<RecordCounts> {
      return countsOf(
        await recordsSince(from)
          .groupBy('value_type', 'intent')
          .select('value_type', 'intent', db.raw('count(*) as n')),
      );
    },

    /** Job failures, time-outs, BPMN errors and incidents exported after the given positions. */
    async jobTroubleSince(from: Map<number, number>): Promise<RecordCounts> {
      return countsOf(
        await recordsSince(from)
          .andWhere((q) =>
            q
              .where((j) =>
                j
                  .where('value_type', 'JOB')
                  .whereIn('intent', ['FAILED', 'TIMED_OUT', 'ERROR_THROWN', 'RETRIES_UPDATED']),
              )
              .orWhere((i) => i.where('value_type', 'INCIDENT').andWhere('intent', 'CREATED')),
          )
          .groupBy('value_type', 'intent')
          .select('value_type', 'intent', db.raw('count(*) as n')),
      );
    },

    /**
     * A trigger on `tasks` (bench database only) that sends a NOTIFY on `channel` per inserted
     * row; Postgres delivers it when the inserting transaction commits.
     */
    async installVisibilityTrigger(channel: string): Promise<void> {
      await db.raw(`create or replace function bench_task_visible() returns trigger
    language plpgsql as $$ begin perform pg_notify('${channel}', new.key); return new; end $$`);
      await db.raw('drop trigger if exists bench_task_visible on tasks');
      await db.raw(`create trigger bench_task_visible after insert on tasks
    for each row execute function bench_task_visible()`);
    },

    async removeVisibilityTrigger(): Promise<void> {
      await db.raw('drop trigger if exists bench_task_visible on tasks');
      await db.raw('drop function if exists bench_task_visible()');
    },

    /** Each user task of a process: its creation and, if exported, its export time (epoch ms). */
    async userTaskTimes(
      processId: string,
    ): Promise<{ key: string; createdMs: number; exportedMs: number | null }[]> {
      const rows: { key: string; created_ms: number; exported_ms: number | null }[] = await db(
        'tasks',
      )
        .leftJoin('engine_records', function () {
          this.on('engine_records.record_key', '=', db.raw('tasks.key::bigint'))
            .andOn('engine_records.value_type', '=', db.raw("'USER_TASK'"))
            .andOn('engine_records.intent', '=', db.raw("'CREATED'"));
        })
        .where('tasks.process_id', processId)
        .select(
          'tasks.key',
          db.raw('extract(epoch from tasks.created_at) * 1000 as created_ms'),
          db.raw('extract(epoch from engine_records.exported_at) * 1000 as exported_ms'),
        );
      return rows.map((r) => ({
        key: r.key,
        createdMs: Number(r.created_ms),
        exportedMs: r.exported_ms === null ? null : Number(r.exported_ms),
      }));
    },

    /** The number of some incident (the newest), for the request probe. */
    async anyIncidentNumber(): Promise<string | undefined> {
      const row = await db('incidents').orderBy('created_at', 'desc').first('number');
      return row?.number as string | undefined;
    },

    /** Loads pg_stat_statements (the server must preload it) and clears its counters. */
    async resetStatementStats(): Promise<void> {
      await db.raw('create extension if not exists pg_stat_statements');
      await db.raw('select pg_stat_statements_reset()');
    },

    /**
     * Statements run since the last reset, by total execution time: calls, rows, total and
     * mean time (ms) and shared blocks hit and read. Only the bench's database.
     */
    async statementStats(limit: number): Promise<StatementStat[]> {
      const result = (await db.raw(
        `select s.query, s.calls, s.rows, s.total_exec_time, s.mean_exec_time,
                s.shared_blks_hit, s.shared_blks_read
           from pg_stat_statements s
           join pg_database d on d.oid = s.dbid
          where d.datname = current_database()
          order by s.total_exec_time desc
          limit ?`,
        [limit],
      )) as {
        rows: {
          query: string;
          calls: string | number;
          rows: string | number;
          total_exec_time: number;
          mean_exec_time: number;
          shared_blks_hit: string | number;
          shared_blks_read: string | number;
        }[];
      };
      return result.rows.map((r) => ({
        query: r.query,
        calls: Number(r.calls),
        rows: Number(r.rows),
        totalMs: Number(r.total_exec_time),
        meanMs: Number(r.mean_exec_time),
        blocksHit: Number(r.shared_blks_hit),
        blocksRead: Number(r.shared_blks_read),
      }));
    },
  };
}

export type BenchRepository = ReturnType<typeof createBenchRepository>;

/** One statement's figures from pg_stat_statements. */
export interface StatementStat {
  query: string;
  calls: number;
  rows: number;
  totalMs: number;
  meanMs: number;
  blocksHit: number;
  blocksRead: number;
}

/**
 * LISTENs on `channel` over a connection of its own (a pooled one could be handed back) and
 * calls `onPayload` for each notification; resolves to a function that closes it.
 */
export async function listenForNotifications(
  connectionString: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  const listener = new pg.Client({ connectionString });
  await listener.connect();
  try {
    listener.on('notification', (n) => {
      if (n.channel === channel && n.payload) onPayload(n.payload);
    });
    await listener.query(`LISTEN ${channel}`);
  } catch (err) {
    await listener.end().catch(() => undefined);
    throw err;
  }
  return () => listener.end();
}
