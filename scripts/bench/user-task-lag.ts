import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import {
  createBenchRepository,
  listenForNotifications,
} from '../../db/repositories/bench.repository.ts';
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

/** Drops the visibility trigger of the bench database (also after a failed run). */
export async function removeVisibilityTrigger(db: Knex): Promise<void> {
  await createBenchRepository(db).removeVisibilityTrigger();
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
  const bench = createBenchRepository(db);
  // A NOTIFY per inserted `tasks` row arrives when the projector's transaction commits, that is
  // when the row becomes visible to the API; the bench notes the wall time of each arrival.
  await bench.installVisibilityTrigger(CHANNEL);
  const visibleAt = new Map<string, number>();
  const stopListening = await listenForNotifications(options.databaseUrl, CHANNEL, (key) =>
    visibleAt.set(key, Date.now()),
  );
  try {
    const xml = readFileSync(
      path.join(projectRoot, 'test', 'fixtures', 'bpmn', `${USER_TASK_PROCESS}.bpmn`),
    );
    await engine.deploy([{ name: `${USER_TASK_PROCESS}.bpmn`, content: xml }]);
    // Let the projector record the definition first, as it would have long before in real use.
    const deadline = Date.now() + 15_000;
    while (!(await bench.hasProcessDefinition(USER_TASK_PROCESS))) {
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
    await stopListening().catch(() => undefined);
    await bench.removeVisibilityTrigger().catch(() => undefined);
  }

  const rows = await bench.userTaskTimes(USER_TASK_PROCESS);
  const lag: number[] = [];
  const toExporter: number[] = [];
  const exporterToRow: number[] = [];
  for (const r of rows) {
    const seen = visibleAt.get(r.key);
    if (seen === undefined) continue;
    const created = r.createdMs;
    lag.push(seen - created);
    if (r.exportedMs !== null) {
      toExporter.push(r.exportedMs - created);
      exporterToRow.push(seen - r.exportedMs);
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
