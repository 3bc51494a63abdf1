/**
 * `npm run bench:lists`: the list queries at scale. Starts its own PostgreSQL (profile
 * `bench-lists`, 127.0.0.1:55660, or BENCH_LISTS_PG_PORT), migrates a fresh database, seeds
 * it in steps (10 k, 100 k, 1 M tasks, with instances and records in proportion: 200 k
 * incidents at the last step) by INSERT … SELECT generate_series, and after each step runs
 * every list query many times through the repositories the API uses (tasks, instances,
 * records of kinds with filters, Chinese and English search, paging). Prints p50/p95 per
 * query per size, the baseline of the same run (a round trip, and the search as it was before
 * the grams index: ILIKE alone), and the plans at the largest size. Stops its Postgres at the
 * end, on failure and on Ctrl-C. A benchmark, not a test (README "Lists at scale").
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import { createDb, migrateLatest } from '../../db/client.ts';
import {
  createListBenchRepository,
  OPEN_TASKS,
  QUEUES,
  recreateBenchDatabase,
  sizesFor,
} from '../../db/repositories/list-bench.repository.ts';
import { startPostgres, type RunningPostgres } from '../../db/postgres-server.ts';
import { createReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { createTaskRepository } from '../../db/repositories/tasks.repository.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import { createLogger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';

const DATABASE = 'itsm_lists';

const kind = (type: string): RecordKind => {
  const k = RECORD_KINDS.find((x) => x.type === type);
  if (!k) throw new Error(`no kind ${type}`);
  return k;
};
import { percentile } from './stats.ts';

/** One list query the way the API runs it. */
interface ListQuery {
  name: string;
  run: () => Promise<unknown>;
}

function queries(db: Knex): ListQuery[] {
  const tasks = createTaskRepository(db);
  const readModel = createReadModelRepository(db);
  const records = createRecordStore(db);
  const groups = ['queue-07', 'queue-08', 'queue-09'];
  const visibleTo = { username: 'user-7', groups };
  const incident = kind('incident');
  const page = { limit: 25, offset: 0 };
  return [
    {
      name: 'tasks: queue, open, page 1',
      run: () => tasks.list({ queue: 'queue-07', state: 'open', visibleTo, ...page }),
    },
    {
      name: 'tasks: queue, open, page 3',
      run: () => tasks.list({ queue: 'queue-07', state: 'open', visibleTo, limit: 25, offset: 50 }),
    },
    {
      name: 'tasks: mine, open',
      run: () => tasks.list({ assignee: 'user-7', state: 'open', visibleTo, ...page }),
    },
    {
      name: 'tasks: all visible, open',
      run: () => tasks.list({ state: 'open', visibleTo, ...page }),
    },
    {
      name: 'tasks: open counts by queue',
      run: () =>
        tasks.openCountsByQueue(
          Array.from({ length: QUEUES }, (_, i) => `queue-${String(i).padStart(2, '0')}`),
        ),
    },
    {
      name: 'tasks: of a record',
      run: () => tasks.list({ record: 'INC-00001234', visibleTo, ...page }),
    },
    { name: 'instances: newest', run: () => readModel.instances(page) },
    {
      name: 'instances: process, active',
      run: () =>
        readModel.instances({ processId: 'incident-management', state: 'active', ...page }),
    },
    {
      name: 'instances: process, completed, page 5',
      run: () =>
        readModel.instances({
          processId: 'incident-management',
          state: 'completed',
          limit: 25,
          offset: 100,
        }),
    },
    { name: 'incidents: newest', run: () => records.list(incident, page) },
    {
      name: 'incidents: status in_progress',
      run: () => records.list(incident, { status: 'in_progress', ...page }),
    },
    {
      name: 'incidents: group + status, page 2',
      run: () =>
        records.list(incident, {
          status: 'in_progress',
          assignmentGroup: 'queue-07',
          limit: 25,
          offset: 25,
        }),
    },
    {
      name: 'incidents: search zh 「王芳」',
      run: () => records.list(incident, { q: '王芳', ...page }),
    },
    {
      name: 'incidents: search zh 「投影仪故障」',
      run: () => records.list(incident, { q: '投影仪故障', ...page }),
    },
    {
      name: 'incidents: search en "PC-01234"',
      run: () => records.list(incident, { q: 'PC-01234', ...page }),
    },
    {
      name: 'incidents: search en "projector broken"',
      run: () => records.list(incident, { q: 'projector broken', ...page }),
    },
    {
      name: 'incidents: search number',
      run: () => records.list(incident, { q: 'INC-00001234', ...page }),
    },
    {
      name: 'problems: search zh 「数据库」',
      run: () => records.list(kind('problem'), { q: '数据库', ...page }),
    },
    {
      name: 'known errors: search en "VPN"',
      run: () => records.list(kind('known-error'), { q: 'VPN', ...page }),
    },
    { name: 'service requests: newest', run: () => records.list(kind('service-request'), page) },
    {
      name: 'service requests: search zh 「上海」, page 2',
      run: () => records.list(kind('service-request'), { q: '上海', limit: 25, offset: 25 }),
    },
  ];
}

/** The same-run baseline: a round trip, and the incident search as it was (ILIKE alone). */
function baselines(db: Knex): ListQuery[] {
  const bench = createListBenchRepository(db);
  return [
    { name: 'baseline: round trip (select 1)', run: () => bench.roundTrip() },
    {
      name: 'baseline: before, search zh 「王芳」 (ILIKE only)',
      run: () => bench.ilikeOnlySearch(kind('incident'), '王芳'),
    },
  ];
}

interface Figure {
  name: string;
  p50: number;
  p95: number;
}

async function measure(q: ListQuery, runs: number, budgetMs: number): Promise<Figure> {
  for (let i = 0; i < 3; i++) await q.run();
  const times: number[] = [];
  const until = Date.now() + budgetMs;
  for (let i = 0; i < runs && (i < 10 || Date.now() < until); i++) {
    const t0 = performance.now();
    await q.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name: q.name, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The SQL statements a list query sends, with EXPLAIN ANALYZE of each. */
async function plans(db: Knex, q: ListQuery): Promise<string> {
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const listener = (e: { sql: string; bindings?: unknown[] }) =>
    seen.push({ sql: e.sql, bindings: e.bindings ?? [] });
  db.on('query', listener);
  try {
    await q.run();
  } finally {
    db.off('query', listener);
  }
  const bench = createListBenchRepository(db);
  const out: string[] = [];
  for (const statement of seen) out.push(await bench.explain(statement));
  return out.join('\n--\n');
}

export async function runListsBench(): Promise<void> {
  const log = createLogger('bench:lists');
  const steps = (process.env.BENCH_LISTS_STEPS ?? '10000,100000,1000000')
    .split(',')
    .map((s) => Number(s.trim()));
  if (steps.some((n) => !Number.isInteger(n) || n < 2 * OPEN_TASKS))
    throw new Error(`BENCH_LISTS_STEPS must list task counts ≥ ${2 * OPEN_TASKS}`);
  const runs = Number(process.env.BENCH_LISTS_RUNS ?? 100);
  const port = Number(process.env.BENCH_LISTS_PG_PORT ?? 55660);
  const started = Date.now();
  let postgres: RunningPostgres | undefined;
  let db: Knex | undefined;
  const stop = async () => {
    await db?.destroy().catch(() => undefined);
    await postgres?.stop();
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    postgres = await startPostgres(
      { stateDir: profileDir('bench-lists'), port },
      log.child('postgres'),
    );
    const { version, ctype } = await recreateBenchDatabase(postgres.urlFor('postgres'), DATABASE);
    db = createDb(postgres.urlFor(DATABASE), { poolMax: 2 });
    await migrateLatest(db);
    const bench = createListBenchRepository(db);

    const all = [...queries(db), ...baselines(db)];
    const table = new Map<string, Map<number, Figure>>();
    const seedSeconds: string[] = [];
    let from = sizesFor(0);
    for (const step of steps) {
      const to = sizesFor(step);
      const t0 = Date.now();
      await bench.seed(from, to);
      seedSeconds.push(
        `${step.toLocaleString('en')} tasks: ${((Date.now() - t0) / 1000).toFixed(0)} s`,
      );
      log.info(`Seeded ${JSON.stringify(to)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      for (const q of all) {
        const budget = q.name.includes('ILIKE only') ? 5_000 : 8_000;
        const f = await measure(q, runs, budget);
        if (!table.has(q.name)) table.set(q.name, new Map());
        table.get(q.name)!.set(step, f);
      }
      from = to;
    }

    const last = steps[steps.length - 1]!;
    const sizes = steps.map(sizesFor);
    const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
    const lines: string[] = [];
    lines.push(
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:lists\` on ${os.cpus().length} cores ` +
        `(${os.cpus()[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ` +
        `PostgreSQL ${version} (lc_ctype ${ctype}); ${runs} runs per query after 3 warm-up runs, one connection.`,
    );
    lines.push('');
    lines.push(
      `Rows per step: ${sizes
        .map(
          (s) =>
            `${s.tasks.toLocaleString('en')} tasks (${OPEN_TASKS.toLocaleString('en')} open), ` +
            `${s.instances.toLocaleString('en')} instances, ${s.incidents.toLocaleString('en')} incidents, ` +
            `${s.serviceRequests.toLocaleString('en')} service requests, ${s.problems.toLocaleString('en')} problems, ` +
            `${s.knownErrors.toLocaleString('en')} known errors`,
        )
        .join('; ')}. Seeding: ${seedSeconds.join(', ')}.`,
    );
    lines.push('');
    lines.push(
      `| query (25 a page, with its total) | ${steps.map((s) => `${s.toLocaleString('en')} tasks p50 / p95 ms`).join(' | ')} |`,
    );
    lines.push(`|---|${steps.map(() => '---:').join('|')}|`);
    for (const [name, bySize] of table) {
      lines.push(
        `| ${name} | ${steps
          .map((s) => {
            const f = bySize.get(s);
            return f ? `${fmt(f.p50)} / ${fmt(f.p95)}` : '–';
          })
          .join(' | ')} |`,
      );
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`);

    process.stdout.write(`Plans at ${last.toLocaleString('en')} tasks:\n`);
    for (const q of queries(db)) {
      process.stdout.write(`\n### ${q.name}\n${await plans(db, q)}\n`);
    }
    log.info(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runListsBench().catch((err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
