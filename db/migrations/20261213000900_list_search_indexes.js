// @ts-check
/**
 * Lists at scale (README "Lists at scale"): a search index that finds Chinese as well as Latin
 * text whatever the database's locale, and the indexes the list queries walk in order.
 *
 * Search: the embedded PostgreSQL is initialised with the C locale, under which pg_trgm drops
 * CJK characters; and even under a locale that keeps them, a two-character Chinese word (most
 * search terms: 网络, 故障) yields no trigram for `like '%网络%'`. So a record's text is cut
 * into grams here, locale-independently: every trigram and bigram of its lower-cased text,
 * plus single characters beyond ASCII; a search needs its trigrams (three characters or
 * more), its bigram (two: most Chinese words) or its one character. A GIN index on the grams of the
 * whole row (`itsm_search_grams(<table>.*)`: every text column and every string in
 * `attributes`, except ids, stamps and who-did-it columns) lets a search keep only the rows
 * holding every gram of the query; the repository's `ilike` on the kind's text fields then
 * decides exactly, so results are those of `ilike` alone. The index follows every writer of
 * the table (no column, no trigger to keep in step). A new kind's table needs the same index
 * (test/integration/list-search.test.ts checks every kind's table has it).
 *
 * Idempotent: functions are replaced, indexes created when missing.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  // Index builds run with a search_path of pg_catalog only: the functions name each other
  // with this schema.
  const { rows } = await knex.raw('select quote_ident(current_schema()) as s');
  const s = String(rows[0].s);
  // The searchable text of a row (as jsonb): its string columns and attribute strings,
  // lower-cased; ids, engine keys, who-did-it columns and stamps (`*_at`) left out (their
  // digits would be in every row's grams, and a stamp's text follows the session's
  // TimeZone). Written with jsonpath (no row per value): the index computes it on every
  // insert and update.
  // (`\?` is knex's escape of a literal question mark.)
  await knex.raw(String.raw`
    create or replace function itsm_search_text(r jsonb) returns text
    language sql immutable parallel safe as $$
      select lower(array_to_string(array(select jsonb_array_elements_text(
        jsonb_path_query_array(
          r - '{id,status,created_by,updated_by,request_id,customer_id,service_id,ci_id,incident_id,process_instance_key,attributes}'::text[],
          '$.keyvalue() \? (@.value.type() == "string" && !(@.key like_regex "_at$")).value')
        || jsonb_path_query_array(r, '$.attributes.* \? (@.type() == "string")'))), ' '))
    $$`);
  // Grams of a text: its trigrams and bigrams (cut by regexp_replace from each starting
  // offset, not one substr per character: substr is linear in UTF-8) and its characters
  // beyond ASCII. A leftover shorter piece or white space only adds keys.
  await knex.raw(String.raw`
    create or replace function itsm_text_grams(doc text) returns text[]
    language sql immutable strict parallel safe as $$
      select array_remove(
        string_to_array(regexp_replace(d, '(..)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(d, 2), '(..)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(d, '(...)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(d, 2), '(...)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(d, 3), '(...)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(d, '[\x01-\x7f]+', '', 'g'), null),
        '')
      from (select replace(doc, E'\x01', '') as d) s
    $$`);
  // The grams a search needs: the trigrams of its lower-cased text (selective for Latin
  // text and digits), the bigram of a two-character one (most Chinese words), or its one
  // character; none of only white space.
  await knex.raw(String.raw`
    create or replace function itsm_query_grams(q text) returns text[]
    language sql immutable strict parallel safe as $$
      select case when n = 1 then array[l]
                  else coalesce((select array_agg(distinct g)
                                 from (select substr(l, i, least(n, 3)) as g
                                       from generate_series(1, n - least(n, 3) + 1) i) s
                                 where g !~ '^\s*$' and strpos(g, E'\x01') = 0), '{}') end
      from (select lower(q) as l, char_length(q) as n) x
    $$`);
  await knex.raw(String.raw`
    create or replace function itsm_search_grams(r anyelement) returns text[]
    language sql immutable parallel safe as $$
      select ${s}.itsm_text_grams(${s}.itsm_search_text(to_jsonb(r)))
    $$`);

  for (const table of RECORD_TABLES) {
    if (!(await knex.schema.hasTable(table))) continue;
    await knex.raw(`create index if not exists ?? on ?? using gin (itsm_search_grams(??.*))`, [
      `${table}_search_grams_idx`,
      table,
      table,
    ]);
    // The default order of a list (newest first, then number), with and without a status.
    await knex.raw(`create index if not exists ?? on ?? (created_at, number)`, [
      `${table}_created_number_idx`,
      table,
    ]);
    await knex.raw(`create index if not exists ?? on ?? (status, created_at, number)`, [
      `${table}_status_created_idx`,
      table,
    ]);
  }

  // Inbox: open tasks are the work in hand, a small part of the table; their own indexes keep
  // the queue queries independent of how many completed tasks the table holds.
  await knex.raw(
    `create index if not exists tasks_open_created_idx on tasks (created_at, key) where state = 'created'`,
  );
  await knex.raw(
    `create index if not exists tasks_open_groups_idx on tasks using gin (candidate_groups) where state = 'created'`,
  );
  // Instance list: newest first, overall and by process and state.
  await knex.raw(
    `create index if not exists process_instances_started_idx on process_instances (started_at)`,
  );
  await knex.raw(
    `create index if not exists process_instances_process_state_started_idx on process_instances (process_id, state, started_at)`,
  );
  await knex.raw(
    `create index if not exists process_instances_state_started_idx on process_instances (state, started_at)`,
  );
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of RECORD_TABLES) {
    await knex.raw(`drop index if exists ??`, [`${table}_search_grams_idx`]);
    await knex.raw(`drop index if exists ??`, [`${table}_created_number_idx`]);
    await knex.raw(`drop index if exists ??`, [`${table}_status_created_idx`]);
  }
  for (const index of [
    'tasks_open_created_idx',
    'tasks_open_groups_idx',
    'process_instances_started_idx',
    'process_instances_process_state_started_idx',
    'process_instances_state_started_idx',
  ])
    await knex.raw(`drop index if exists ??`, [index]);
  await knex.raw('drop function if exists itsm_search_grams(anyelement)');
  await knex.raw('drop function if exists itsm_query_grams(text)');
  await knex.raw('drop function if exists itsm_text_grams(text)');
  await knex.raw('drop function if exists itsm_search_text(jsonb)');
}

/** The record kinds' tables when this migration was written (a later kind adds its own). */
const RECORD_TABLES = [
  'incidents',
  'major_incidents',
  'problems',
  'known_errors',
  'service_requests',
  'security_incidents',
];
