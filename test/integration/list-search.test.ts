import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import { createDb, migrationsDir } from '../../db/client.ts';
import { createIncidentsRepository } from '../../db/repositories/incidents.repository.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { createTaskRepository } from '../../db/repositories/tasks.repository.ts';
import { knownErrorKind } from '../../lib/records/kinds/known-error.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import { api } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

type Page = { items: { number: string; title: string }[]; total: number };

/** The SQL statements `work` sends through `db` (knex's query events), with their bindings. */
async function statementsOf(
  db: Knex,
  work: () => Promise<unknown>,
  mentioning: (sql: string) => boolean,
): Promise<{ sql: string; bindings: readonly unknown[] }[]> {
  const seen: { sql: string; bindings: readonly unknown[] }[] = [];
  const listener = (e: { sql: string; bindings?: readonly unknown[] }) => {
    if (mentioning(e.sql)) seen.push({ sql: e.sql, bindings: e.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await work();
  } finally {
    db.off('query', listener);
  }
  return seen;
}

/** The plan of a statement when the planner may not read the whole table (so: can an index answer it?). */
async function planWithoutSeqScan(
  db: Knex,
  statement: { sql: string; bindings: readonly unknown[] },
): Promise<string> {
  return db.transaction(async (trx) => {
    await trx.raw('set local enable_seqscan = off');
    // Nor an ordered walk of the newest-first index filtering every row: on a small table (the
    // full suite's incidents) the planner prefers it; the question is whether the grams index
    // answers the search, which it then must.
    await trx.raw('set local enable_indexscan = off');
    const sql = statement.sql.replace(/\$\d+/g, '?');
    const res = await trx.raw(`explain ${sql}`, statement.bindings as Knex.RawBinding[]);
    return (res.rows as Record<string, string>[]).map((r) => r['QUERY PLAN']).join('\n');
  });
}

/**
 * Lists at scale (issue 15 item 4): searching Chinese text on the real Postgres, which the
 * platform initialises with the C locale, from the grams index of every kind's table.
 */
describe('list search: Chinese and English text from the grams index', () => {
  const tag = randomUUID().slice(0, 8);
  const actor = { by: 'problem-manager', at: new Date() };

  it('finds a record by Chinese text (one, two and more characters) and English text in any case through the API', async () => {
    // given a known error in Chinese and English, and one that differs by one character
    const created = await api<{ number: string }>('POST', '/api/known-errors', {
      as: 'problem-manager',
      body: {
        title: `打印机卡纸 ${tag}`,
        symptom: `Paper JAM in tray 2 (${tag})`,
        workaround: '取出纸盒后重新放入',
        category: 'hardware',
      },
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    await api('POST', '/api/known-errors', {
      as: 'problem-manager',
      body: {
        title: `打印机缺纸 ${tag}`,
        symptom: '纸盒空',
        workaround: '加纸',
        category: 'hardware',
      },
    });
    const search = async (q: string) =>
      (
        await api<Page>('GET', `/api/known-errors?q=${encodeURIComponent(q)}&limit=100`, {
          as: 'problem-manager',
        })
      ).body.items.map((r) => r.number);

    // when
    const twoCharacters = await search('卡纸');
    const oneCharacter = await search('卡');
    const phrase = await search(`打印机卡纸 ${tag}`);
    const inAttributes = await search('重新放入');
    const englishLowerCase = await search(`paper jam in tray 2 (${tag}`);
    const notThere = await search(`打印机卡住 ${tag}`);

    // then
    const number = created.body.number;
    for (const found of [twoCharacters, oneCharacter, phrase, inAttributes, englishLowerCase])
      expect(found).to.include(number);
    expect(phrase).to.deep.equal([number]);
    expect(notThere).to.deep.equal([]);
  });

  it('finds a record by the text a later change gave it, and no longer by the text it replaced', async () => {
    // given
    const store = createRecordStore(testContext().platform.db);
    const { record } = await store.create(
      knownErrorKind,
      { fields: { title: `旧标题 ${tag}`, symptom: '网络抖动' } },
      actor,
    );

    // when
    await store.setFields(
      knownErrorKind,
      record.number,
      { title: `新标题：交换机端口故障 ${tag}` },
      actor,
    );
    const byNew = await store.list(knownErrorKind, { q: '交换机端口', limit: 100, offset: 0 });
    const byOld = await store.list(knownErrorKind, { q: `旧标题 ${tag}`, limit: 100, offset: 0 });

    // then
    expect(byNew.items.map((r) => r.number)).to.include(record.number);
    expect(byOld.total).to.equal(0);
  });

  it("answers a search from its kind's grams index on every kind's table", async () => {
    const db = testContext().platform.db;
    const store = createRecordStore(db);
    for (const kind of RECORD_KINDS) {
      // given the statements a search sends
      const statements = await statementsOf(
        db,
        () => store.list(kind, { q: '网络故障', limit: 25, offset: 0 }),
        (sql) => sql.includes(`"${kind.table}"`) && sql.includes('ilike'),
      );
      expect(statements, kind.type).to.have.length.greaterThan(0);

      // when
      const plans = await Promise.all(statements.map((s) => planWithoutSeqScan(db, s)));

      // then every one (the page and its total) reads the grams index
      for (const plan of plans)
        expect(plan, kind.type).to.include(`${kind.table}_search_grams_idx`);
    }
  });

  it('answers the search of the incident list (GET /api/incidents) from the grams index', async () => {
    // given the statements a search sends
    const db = testContext().platform.db;
    const statements = await statementsOf(
      db,
      () => createIncidentsRepository(db).list({ q: '网络故障', limit: 25, offset: 0 }),
      (sql) => sql.includes('"incidents"') && sql.includes('ilike'),
    );

    // when
    const plans = await Promise.all(statements.map((s) => planWithoutSeqScan(db, s)));

    // then
    expect(plans).to.have.length(2);
    for (const plan of plans) expect(plan).to.include('incidents_search_grams_idx');
  });

  it('answers the queue filter of the task list from an index of candidate groups', async () => {
    // given
    const db = testContext().platform.db;
    const tasks = createTaskRepository(db);
    const statements = await statementsOf(
      db,
      () => tasks.list({ queue: 'resolver-l2', limit: 25, offset: 0 }),
      (sql) =>
        sql.startsWith('select') && sql.includes('"tasks"') && sql.includes('candidate_groups'),
    );

    // when
    const plans = await Promise.all(statements.map((s) => planWithoutSeqScan(db, s)));

    // then: one statement brings the page with its total
    expect(plans).to.have.length(1);
    for (const plan of plans) expect(plan).to.match(/Index Cond: \(candidate_groups @>/);
  });

  it('applies its migration again on a database that has it, changing nothing', async () => {
    // given the owner's connection (the app's role may not change the schema)
    const { infra } = testContext();
    const owner = createDb(infra.postgres!.urlFor('itsm_test'), { poolMax: 1 });
    try {
      const indexes = async () =>
        (
          await owner.raw(
            "select indexname from pg_indexes where indexname like '%search_grams_idx' or indexname like 'tasks_open_%' order by 1",
          )
        ).rows.map((r: { indexname: string }) => r.indexname);
      const before = await indexes();
      const file = path.join(migrationsDir, '20261213000900_list_search_indexes.js');
      const migration = (await import(pathToFileURL(file).href)) as {
        up(knex: Knex): Promise<void>;
      };

      // when
      await migration.up(owner);

      // then
      expect(await indexes()).to.deep.equal(before);
      expect(before).to.include.members(RECORD_KINDS.map((k) => `${k.table}_search_grams_idx`));
    } finally {
      await owner.destroy();
    }
  });
});
