import type { Knex } from 'knex';
import type pg from 'pg';
import { isProjected } from '../../lib/engine-records.ts';
import type { Logger } from '../../lib/logger.ts';
import { parseRecordJson, toEngineRecord } from './engine-record.ts';
import { ProjectionBatch, type ProjectionHandler } from './handlers.ts';

/** How the projector runs. */
export interface ProjectorOptions {
  /** Cursor name; one per read model. */
  name?: string;
  /** Records per transaction. */
  batchSize?: number;
  /** Poll interval when no notification arrives (ms). */
  pollIntervalMs?: number;
  /** Projected raw records older than this are deleted (ms); 0 deletes them at once. */
  retentionMs?: number;
  /** How often pruning runs (ms). */
  pruneIntervalMs?: number;
  /**
   * The partitions this projector takes (default: every partition the exporter writes), so
   * projectors can share the partitions of a large cluster between them.
   */
  partitions?: (partitionId: number) => boolean;
}

/** A running projector. */
export interface Projector {
  /** Projects every record available now; resolves with the number projected. */
  catchUp(): Promise<number>;
  /** Starts listening and polling in the background. */
  start(): void;
  /** Deletes projected raw records older than the retention period; returns how many. */
  prune(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Turns the exporter's raw records into the read model. Each batch is one transaction that
 * applies the records in position order and moves the cursor with them, so a crash replays
 * the batch and never applies it twice; handlers are idempotent besides. The exporter's
 * `pg_notify('engine_records')` wakes the projector at once; a poll covers lost notifications.
 */
export function createProjector(
  db: Knex,
  handlers: ProjectionHandler[],
  log: Logger,
  options: ProjectorOptions = {},
): Projector {
  const name = options.name ?? 'read-model';
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const retentionMs = options.retentionMs ?? 24 * 3600_000;
  const pruneIntervalMs = options.pruneIntervalMs ?? 10 * 60_000;
  const byType = new Map<string, ProjectionHandler[]>();
  for (const h of handlers) byType.set(h.valueType, [...(byType.get(h.valueType) ?? []), h]);

  let running = false;
  let stopped = false;
  let pending: Promise<number> | undefined;
  let again = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  let listener: pg.Client | undefined;

  async function partitions(): Promise<number[]> {
    const rows: { partition_id: number }[] =
      await db('exporter_positions').distinct('partition_id');
    return rows.map((r) => r.partition_id).filter((id) => options.partitions?.(id) ?? true);
  }

  /** Projects one batch of one partition; returns how many records it applied. */
  async function projectBatch(partitionId: number): Promise<number> {
    return db.transaction(async (trx) => {
      // The row lock serialises projectors: a second one waits, then reads the moved cursor.
      const lockCursor = () =>
        trx('projector_cursors')
          .where({ name, partition_id: partitionId })
          .forUpdate()
          .first('position');
      let cursor = await lockCursor();
      if (!cursor) {
        await trx('projector_cursors')
          .insert({ name, partition_id: partitionId, position: -1, updated_at: new Date() })
          .onConflict(['name', 'partition_id'])
          .ignore();
        cursor = await lockCursor();
      }
      const rows: { position: number; record: string }[] = await trx('engine_records')
        .where('partition_id', partitionId)
        .andWhere('position', '>', cursor.position)
        .orderBy('position')
        .limit(batchSize)
        .select('position', trx.raw('record::text as record'));
      if (rows.length === 0) return 0;
      const batch = new ProjectionBatch();
      for (const row of rows) {
        const record = toEngineRecord(parseRecordJson(row.record));
        // Records exported before the exporter's list narrowed (or by a hand-made broker
        // configuration) are passed over like the ones never sent.
        if (!isProjected(record.valueType, record.intent)) continue;
        for (const handler of byType.get(record.valueType) ?? []) {
          if (handler.stage && (await handler.stage(trx, record, batch))) continue;
          await batch.flush(trx);
          await handler.apply(trx, record);
        }
      }
      await batch.flush(trx);
      // The cursor follows the column the batch was read by, never a value inside the JSON.
      await trx('projector_cursors')
        .where({ name, partition_id: partitionId })
        .update({ position: rows[rows.length - 1]!.position, updated_at: new Date() });
      return rows.length;
    });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (const partitionId of await partitions()) {
      for (;;) {
        const n = await projectBatch(partitionId);
        total += n;
        if (n < batchSize) break;
      }
    }
    return total;
  }

  /** Runs drains one at a time; a request during a drain schedules one more. */
  function catchUp(): Promise<number> {
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          total += await drain();
        } while (again && !stopped);
        return total;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  }

  function wake(): void {
    if (stopped) return;
    catchUp().catch((err) =>
      log.warn(`projection failed, will retry: ${err instanceof Error ? err.message : err}`),
    );
  }

  async function listen(): Promise<void> {
    if (stopped || listener) return;
    try {
      const client = (await db.client.acquireRawConnection()) as pg.Client;
      if (stopped) {
        // stop() ran while this connection was opening
        await client.end().catch(() => undefined);
        return;
      }
      listener = client;
      client.on('notification', () => wake());
      client.on('error', () => {
        listener = undefined;
        client.end().catch(() => undefined);
      });
      client.on('end', () => {
        if (listener === client) listener = undefined;
      });
      await client.query('LISTEN engine_records');
    } catch {
      listener = undefined;
    }
  }

  async function prune(): Promise<number> {
    let deleted = 0;
    const cursors: { partition_id: number; position: number }[] = await db('projector_cursors')
      .where({ name })
      .select('partition_id', 'position');
    const before = new Date(Date.now() - retentionMs);
    for (const c of cursors) {
      deleted += await db('engine_records')
        .where('partition_id', c.partition_id)
        .andWhere('position', '<=', c.position)
        .andWhere('exported_at', '<=', before)
        .delete();
    }
    return deleted;
  }

  return {
    catchUp,
    prune,
    start() {
      if (running) return;
      running = true;
      // A stopped projector starts again (tests stop and restart it around a crash).
      stopped = false;
      void listen().then(wake);
      pollTimer = setInterval(() => {
        if (!listener) void listen();
        wake();
      }, pollIntervalMs);
      pruneTimer = setInterval(() => {
        prune()
          .then((n) => n > 0 && log.info(`pruned ${n} projected engine records`))
          .catch((err) => log.warn(`pruning failed: ${err instanceof Error ? err.message : err}`));
      }, pruneIntervalMs);
    },
    async stop() {
      stopped = true;
      running = false;
      clearInterval(pollTimer);
      clearInterval(pruneTimer);
      await pending?.catch(() => undefined);
      if (listener) {
        const client = listener;
        listener = undefined;
        await client.end().catch(() => undefined);
      }
    },
  };
}
