import type { Knex } from 'knex';
import pg from 'pg';
import type { RecordKind } from '../../lib/records/kind.ts';

/**
 * The SQL of `npm run bench:lists` (scripts/bench/lists.ts): a scratch database, bulk seeding
 * of tasks, instances and records by INSERT … SELECT generate_series, the search as it was
 * before the grams index (the baseline), and EXPLAIN ANALYZE of the statements the list
 * repositories send. For the benchmark's own database only.
 */

/** Open tasks and running instances: the work in hand, the same at every size. */
export const OPEN_TASKS = 2_000;
const ACTIVE_INSTANCES = 2_000;
export const QUEUES = 40;
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
export type Sizes = ReturnType<typeof sizesFor>;

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

/** Drops and creates the benchmark's database on a server (its admin URL); answers facts of the server. */
export async function recreateBenchDatabase(
  adminUrl: string,
  database: string,
): Promise<{ version: string; ctype: string }> {
  const root = new pg.Client({ connectionString: adminUrl });
  root.on('error', () => undefined); // stopping the server ends it: not an error
  await root.connect();
  try {
    await root.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
    await root.query(`create database ${pg.escapeIdentifier(database)}`);
    const version = String((await root.query('show server_version')).rows[0].server_version);
    const ctype = String(
      (await root.query('select datctype from pg_database where datname = $1', [database])).rows[0]
        .datctype,
    );
    return { version, ctype };
  } finally {
    await root.end();
  }
}

/** Seeding, baseline and plans of the list benchmark on its own database. */
export function createListBenchRepository(db: Knex) {
  return {
    /** Adds the rows from one step's sizes to the next's, then vacuums and analyses. */
    async seed(from: Sizes, to: Sizes): Promise<void> {
      for (const sql of seedSql(from, to)) await db.raw(sql);
      await db.raw('vacuum analyze');
    },
    /** A round trip: the floor of every figure. */
    async roundTrip(): Promise<void> {
      await db.raw('select 1');
    },
    /** A kind's search as it was before the grams index: ILIKE alone on its text columns. */
    async ilikeOnlySearch(kind: RecordKind, q: string): Promise<void> {
      const textColumns = Object.entries(kind.fields)
        .filter(([, s]) => s.type === 'string' && !s.format && !s.enum && s.column)
        .map(([n, s]) => s.columnName ?? n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
      const pattern = `%${q}%`;
      const query = db(kind.table).where((w) => {
        w.where('number', 'ilike', pattern);
        for (const c of textColumns) w.orWhere(c, 'ilike', pattern);
      });
      await Promise.all([
        query.clone().count({ count: '*' }),
        query.orderBy('created_at', 'desc').orderBy('number', 'desc').limit(25),
      ]);
    },
    /** EXPLAIN ANALYZE of a statement as knex sent it (its `query` event). */
    async explain(statement: { sql: string; bindings: readonly unknown[] }): Promise<string> {
      const sql = statement.sql.replace(/\$\d+/g, '?');
      const res = await db.raw(
        `explain (analyze, costs off, summary off) ${sql}`,
        statement.bindings as Knex.RawBinding[],
      );
      return (res.rows as Record<string, string>[]).map((r) => r['QUERY PLAN']).join('\n');
    },
  };
}
