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
import pg from 'pg';
import type { Knex } from 'knex';
import { createDb, migrateLatest } from '../../db/client.ts';
import { startPostgres, type RunningPostgres } from '../../db/postgres-server.ts';
import { createReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { createTaskRepository } from '../../db/repositories/tasks.repository.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import { createLogger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';
import { percentile } from './stats.ts';

const DATABASE = 'itsm_lists';
/** Open tasks and running instances: the work in hand, the same at every size. */
const OPEN_TASKS = 2_000;
const ACTIVE_INSTANCES = 2_000;
const QUEUES = 40;
const USERS = 200;

/** Rows of each table at one step, from its number of tasks. */
export function sizesFor(tasks: number) {
  return {
    tasks,
    instances: tasks / 2,
    incidents: tasks / 5,
    problems: tasks / 100,
    knownErrors: tasks / 200,
    serviceRequests: tasks / 10,
  };
}
type Sizes = ReturnType<typeof sizesFor>;

const kind = (type: string): RecordKind => {
  const k = RECORD_KINDS.find((x) => x.type === type);
  if (!k) throw new Error(`no kind ${type}`);
  return k;
};

// Titles in both languages (a few per kind of trouble), people, places: realistic word spread.
const ZH = [
  '打印机无法打印',
  '邮件服务器无响应',
  'VPN 连接失败',
  '网络中断',
  '数据库连接超时',
  '账户被锁定',
  '无法登录 ERP 系统',
  '文件共享访问被拒绝',
  '电脑蓝屏',
  '会议室投影仪故障',
  '财务系统报表导出错误',
  '无线网络信号弱',
];
const EN = [
  'Printer not printing',
  'Mail server not responding',
  'VPN connection fails',
  'Network outage',
  'Database connection timeout',
  'Account locked out',
  'Cannot log in to ERP',
  'File share access denied',
  'Laptop blue screen',
  'Meeting room projector broken',
  'Finance report export error',
  'Weak Wi-Fi signal',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳'];
const PLACES = ['北京', '上海', '深圳', '广州', '成都', '杭州', 'Singapore', 'London'];

const arr = (xs: string[]) => `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
/** Deterministic pick from a list by an integer expression. */
const pick = (xs: string[], expr: string) => `(${arr(xs)})[1 + ((${expr}) % ${xs.length})]`;

/** SQL that adds rows [from, to) to each table: bulk INSERT … SELECT generate_series. */
export function seedSql(from: Sizes, to: Sizes): string[] {
  const title = (i: string) =>
    `case when ${i} % 3 = 0 then ${pick(EN, `${i} * 7`)} else ${pick(ZH, `${i} * 7`)} end`;
  const person = (i: string) =>
    `${pick(SURNAMES, `${i} * 13`)} || ${pick(GIVEN, `${i} * 17 / 12`)}`;
  const desc = (i: string) =>
    `${pick(PLACES, `${i} * 5`)} || ' ' || ${pick(ZH, `${i} * 11`)} || '，' || ${pick(EN, `${i} * 5`)} || '. Asset PC-' || lpad((${i} % 50000)::text, 5, '0')`;
  // Spread over the last two years, the newest rows at the highest numbers.
  const at = (i: string, n: number) =>
    `now() - interval '730 days' * (1 - ${i}::float8 / ${Math.max(n, 1)})`;
  const group = (i: string) => `'queue-' || lpad((${i} % ${QUEUES})::text, 2, '0')`;
  const user = (i: string) => `'user-' || (${i} % ${USERS})`;
  const series = (a: number, b: number) => `generate_series(${a + 1}, ${b}) as g(i)`;
  const sql: string[] = [];
  const N = 1_000_000; // spread of instants: the same at every step
  if (from.tasks === 0)
    sql.push(`insert into incident_categories (code, name_zh, name_en, created_at, created_by, updated_at, updated_by)
      select 'cat-' || i, '类别 ' || i, 'Category ' || i, now(), 'bench', now(), 'bench'
      from generate_series(0, 29) as g(i) on conflict do nothing`);
  if (to.tasks > from.tasks)
    sql.push(`insert into tasks (key, process_instance_key, process_id, definition_key, element_id,
        element_instance_key, name, candidate_groups, candidate_users, assignee, state,
        record_type, record_number, created_at, due_at, ended_at)
      select (4503599627370496 + i)::text, (2251799813685248 + i / 2)::text,
        case when i % 4 = 0 then 'service-request' else 'incident-management' end, '1',
        'task_' || (i % 9), (4503599627370496 + i)::text, ${pick(ZH, 'i')},
        array[${group('i')}] || case when i % 10 = 0 then array[${group('i + 7')}] else '{}'::text[] end,
        case when i % 50 = 0 then array[${user('i')}] else '{}'::text[] end,
        case when i % 3 = 0 then ${user('i')} end,
        case when i <= ${OPEN_TASKS} then 'created' when i % 20 = 0 then 'canceled' else 'completed' end,
        'incident', 'INC-' || lpad((i / 5)::text, 8, '0'),
        ${at(`(case when i <= ${OPEN_TASKS} then ${N} - i else i end)`, N)},
        ${at(`(case when i <= ${OPEN_TASKS} then ${N} - i else i end)`, N)} + interval '4 hours',
        case when i > ${OPEN_TASKS} then ${at('i', N)} + interval '1 hour' end
      from ${series(from.tasks, to.tasks)}`);
  if (to.instances > from.instances)
    sql.push(`insert into process_instances (key, process_id, version, definition_key, state,
        record_type, record_number, started_at, ended_at)
      select (2251799813685248 + i)::text,
        case when i % 4 = 0 then 'service-request' when i % 4 = 1 then 'problem-management' else 'incident-management' end,
        1 + i % 3, '1',
        case when i <= ${ACTIVE_INSTANCES} then 'active' when i % 25 = 0 then 'canceled' else 'completed' end,
        'incident', 'INC-' || lpad(i::text, 8, '0'),
        ${at(`(case when i <= ${ACTIVE_INSTANCES} then ${N} - i else 2 * i end)`, N)},
        case when i > ${ACTIVE_INSTANCES} then ${at('2 * i', N)} + interval '3 hours' end
      from ${series(from.instances, to.instances)}`);
  const statusOf = (statuses: string[], open: string[]) =>
    `case when i % 100 < 3 then ${pick(open, 'i')} else ${pick(statuses, 'i / 100')} end`;
  const common = (prefix: string, n: number) => `'${prefix}-' || lpad(i::text, 8, '0'),
        ${at('i', n)}, ${user('i * 3')}, ${at('i', n)} + interval '2 hours', ${user('i * 3')},
        ${group('i')}, case when i % 2 = 0 then ${user('i')} end`;
  const commonCols = `number, created_at, created_by, updated_at, updated_by, assignment_group, assignee`;
  if (to.incidents > from.incidents)
    sql.push(`insert into incidents (${commonCols}, status, title, description, channel,
        reporter_name, reporter_contact, impact, urgency, priority, category, resolution)
      select ${common('INC', 200_000)},
        ${statusOf(['closed', 'closed', 'closed', 'resolved', 'cancelled'], ['new', 'in_progress', 'pending'])},
        ${title('i')}, ${desc('i')}, 'portal', ${person('i')}, ${user('i')} || '@example.com',
        1 + i % 3, 1 + i % 3, 'P' || (1 + i % 4), 'cat-' || (i % 30),
        case when i % 100 >= 3 then '已重启服务 restarted the service' end
      from ${series(from.incidents, to.incidents)}`);
  if (to.problems > from.problems)
    sql.push(`insert into problems (${commonCols}, status, title, category, attributes)
      select ${common('PRB', 10_000)},
        ${statusOf(['closed', 'resolved', 'known_error'], ['new', 'investigating'])},
        ${title('i')}, 'cat-' || (i % 30),
        jsonb_build_object('description', ${desc('i')}, 'rootCause', ${pick(ZH, 'i * 5')})
      from ${series(from.problems, to.problems)}`);
  if (to.knownErrors > from.knownErrors)
    sql.push(`insert into known_errors (${commonCols}, status, title, category, attributes)
      select ${common('KE', 5_000)}, ${pick(['active', 'resolved', 'retired'], 'i')},
        ${title('i')}, 'cat-' || (i % 30),
        jsonb_build_object('symptom', ${desc('i')}, 'workaround', ${pick(EN, 'i * 5')})
      from ${series(from.knownErrors, to.knownErrors)}`);
  if (to.serviceRequests > from.serviceRequests)
    sql.push(`insert into service_requests (${commonCols}, status, title, requester_id, attributes)
      select ${common('SR', 100_000)},
        ${statusOf(['closed', 'closed', 'fulfilled', 'rejected', 'cancelled'], ['new', 'in_fulfilment'])},
        ${title('i')}, ${user('i')}, jsonb_build_object('description', ${desc('i')})
      from ${series(from.serviceRequests, to.serviceRequests)}`);
  return sql;
}

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
  const incident = kind('incident');
  const textColumns = Object.entries(incident.fields)
    .filter(([, s]) => s.type === 'string' && !s.format && !s.enum && s.column)
    .map(([n, s]) => s.columnName ?? n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  const ilikeOnly = (q: string) => {
    const pattern = `%${q}%`;
    const query = db('incidents').where((w) => {
      w.where('number', 'ilike', pattern);
      for (const c of textColumns) w.orWhere(c, 'ilike', pattern);
    });
    return Promise.all([
      query.clone().count({ count: '*' }),
      query.orderBy('created_at', 'desc').orderBy('number', 'desc').limit(25),
    ]);
  };
  return [
    { name: 'baseline: round trip (select 1)', run: () => db.raw('select 1') },
    { name: 'baseline: before, search zh 「王芳」 (ILIKE only)', run: () => ilikeOnly('王芳') },
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
async function plans(db: Knex, admin: pg.Client, q: ListQuery): Promise<string> {
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const listener = (e: { sql: string; bindings?: unknown[] }) =>
    seen.push({ sql: e.sql, bindings: e.bindings ?? [] });
  db.on('query', listener);
  try {
    await q.run();
  } finally {
    db.off('query', listener);
  }
  const out: string[] = [];
  for (const { sql, bindings } of seen) {
    let i = 0;
    const text = sql.replace(/\?/g, () => `$${++i}`);
    const res = await admin.query(`explain (analyze, costs off, summary off) ${text}`, bindings);
    out.push(res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  }
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
  let admin: pg.Client | undefined;
  const stop = async () => {
    await admin?.end().catch(() => undefined);
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
    const root = new pg.Client({ connectionString: postgres.urlFor('postgres') });
    root.on('error', () => undefined);
    await root.connect();
    await root.query(`drop database if exists ${DATABASE} with (force)`);
    await root.query(`create database ${DATABASE}`);
    const version = (await root.query('show server_version')).rows[0].server_version;
    const ctype = (
      await root.query('select datctype from pg_database where datname = current_database()')
    ).rows[0].datctype;
    await root.end();
    db = createDb(postgres.urlFor(DATABASE), { poolMax: 2 });
    await migrateLatest(db);
    admin = new pg.Client({ connectionString: postgres.urlFor(DATABASE) });
    admin.on('error', () => undefined); // stopping the server ends it: not an error
    await admin.connect();
    await admin.query(`set maintenance_work_mem = '256MB'`);

    const all = [...queries(db), ...baselines(db)];
    const table = new Map<string, Map<number, Figure>>();
    const seedSeconds: string[] = [];
    let from = sizesFor(0);
    for (const step of steps) {
      const to = sizesFor(step);
      const t0 = Date.now();
      for (const sql of seedSql(from, to)) await admin.query(sql);
      await admin.query('vacuum analyze');
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
      process.stdout.write(`\n### ${q.name}\n${await plans(db, admin, q)}\n`);
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
