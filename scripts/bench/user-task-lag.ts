import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import pg from 'pg';
import type { EngineClient } from '../../engine/client.ts';
import { projectRoot } from '../../lib/paths.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

export const USER_TASK_PROCESS = 'bench-user-task';
const CHANNEL = 'bench_task_visible';

/** How long user tasks take from the engine to the `tasks` table. */
export interface UserTaskLagResult {
  tasks: number;
  startRatePerSecond: number;
  /** Engine record timestamp of USER_TASK CREATED (`tasks.created_at`) → row committed in `tasks`. */
  lag: LatencySummary;
  /** The part until the exporter's transaction began (`engine_records.exported_at`). */
  toExporter: LatencySummary;
  /** The rest: exporter commit, NOTIFY, projector transaction. */
  exporterToRow: LatencySummary;
  missing: number;
}

/**
 * A trigger on `tasks` (bench database only, dropped afterwards) sends a NOTIFY per inserted
 * row; Postgres delivers it when the projector's transaction commits, that is when the row
 * becomes visible to the API. The bench LISTENs and notes the wall time of each arrival.
 */
async function installVisibilityTrigger(db: Knex): Promise<void> {
  await db.raw(`create or replace function bench_task_visible() returns trigger
    language plpgsql as $$ begin perform pg_notify('${CHANNEL}', new.key); return new; end $$`);
  await db.raw('drop trigger if exists bench_task_visible on tasks');
  await db.raw(`create trigger bench_task_visible after insert on tasks
    for each row execute function bench_task_visible()`);
}

export async function removeVisibilityTrigger(db: Knex): Promise<void> {
  await db.raw('drop trigger if exists bench_task_visible on tasks');
  await db.raw('drop function if exists bench_task_visible()');
}

/**
 * Deploys bench-user-task.bpmn, starts `count` instances at `ratePerSecond`, and measures for
 * each user task the time from the engine's record (USER_TASK CREATED) to its `tasks` row.
 * The projector must be running (startPlatform with `projector: true`).
 */
export async function measureUserTaskLag(options: {
  db: Knex;
  databaseUrl: string;
  engine: EngineClient;
  count: number;
  ratePerSecond: number;
  isAborted: () => boolean;
}): Promise<UserTaskLagResult> {
  const { db, engine, count, ratePerSecond } = options;
  await installVisibilityTrigger(db);
  const listener = new pg.Client({ connectionString: options.databaseUrl });
  const visibleAt = new Map<string, number>();
  await listener.connect();
  try {
    listener.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) visibleAt.set(n.payload, Date.now());
    });
    await listener.query(`LISTEN ${CHANNEL}`);

    const xml = readFileSync(
      path.join(projectRoot, 'test', 'fixtures', 'bpmn', `${USER_TASK_PROCESS}.bpmn`),
    );
    await engine.deploy([{ name: `${USER_TASK_PROCESS}.bpmn`, content: xml }]);
    // Let the projector record the definition first, as it would have long before in real use.
    const deadline = Date.now() + 15_000;
    while (!(await db('process_definitions').where({ process_id: USER_TASK_PROCESS }).first())) {
      if (Date.now() > deadline) throw new Error('The projector did not record the deployment');
      await sleep(20);
    }

    const interval = 1000 / ratePerSecond;
    const t0 = performance.now();
    const starts: Promise<unknown>[] = [];
    for (let i = 0; i < count && !options.isAborted(); i++) {
      await sleep(Math.max(0, t0 + i * interval - performance.now()));
      starts.push(engine.createInstance(USER_TASK_PROCESS, {}));
    }
    await Promise.all(starts);
    const waitUntil = Date.now() + 30_000;
    while (visibleAt.size < count && Date.now() < waitUntil && !options.isAborted())
      await sleep(20);
  } finally {
    await listener.end().catch(() => undefined);
    await removeVisibilityTrigger(db).catch(() => undefined);
  }

  const rows: { key: string; created_ms: number; exported_ms: number | null }[] = await db('tasks')
    .leftJoin('engine_records', function () {
      this.on('engine_records.record_key', '=', db.raw('tasks.key::bigint'))
        .andOn('engine_records.value_type', '=', db.raw("'USER_TASK'"))
        .andOn('engine_records.intent', '=', db.raw("'CREATED'"));
    })
    .where('tasks.process_id', USER_TASK_PROCESS)
    .select(
      'tasks.key',
      db.raw('extract(epoch from tasks.created_at) * 1000 as created_ms'),
      db.raw('extract(epoch from engine_records.exported_at) * 1000 as exported_ms'),
    );
  const lag: number[] = [];
  const toExporter: number[] = [];
  const exporterToRow: number[] = [];
  for (const r of rows) {
    const seen = visibleAt.get(r.key);
    if (seen === undefined) continue;
    const created = Number(r.created_ms);
    lag.push(seen - created);
    if (r.exported_ms !== null) {
      toExporter.push(Number(r.exported_ms) - created);
      exporterToRow.push(seen - Number(r.exported_ms));
    }
  }
  return {
    tasks: lag.length,
    startRatePerSecond: ratePerSecond,
    lag: summarize(lag),
    toExporter: summarize(toExporter),
    exporterToRow: summarize(exporterToRow),
    missing: count - lag.length,
  };
}
