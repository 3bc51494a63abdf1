// @ts-check
/**
 * Incidents onto the record core (architecture.md §8), first step: their history moves from
 * `incident_activities` into the shared `record_activities`, every row kept with its time,
 * actor, idempotency key and order; `kind` becomes `action`, and `text`, `data` and
 * `customer_visible` become `details` ({ text?, data?, customerVisible? }). The incidents
 * table gains the core's `attributes` column.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.raw(`
    insert into record_activities (record_type, record_id, action, details, actor, at, idempotency_key)
    select 'incident', incident_id, kind,
           case when text is null then '{}'::jsonb else jsonb_build_object('text', text) end
           || case when data is null then '{}'::jsonb else jsonb_build_object('data', data) end
           || case when customer_visible then '{"customerVisible": true}'::jsonb else '{}'::jsonb end,
           by, at, idempotency_key
      from incident_activities
     order by id`);
  await knex.schema.dropTable('incident_activities');
  await knex.schema.alterTable('incidents', (t) => {
    t.jsonb('attributes').notNullable().defaultTo('{}');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('incidents', (t) => {
    t.dropColumn('attributes');
  });
  await knex.schema.createTable('incident_activities', (t) => {
    t.bigIncrements('id');
    t.uuid('incident_id').notNullable().references('incidents.id').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('by').notNullable();
    t.text('kind').notNullable();
    t.text('text');
    t.boolean('customer_visible').notNullable().defaultTo(false);
    t.jsonb('data');
    t.text('idempotency_key').unique();
    t.index(['incident_id', 'at']);
  });
  await knex.raw(`
    insert into incident_activities (incident_id, at, by, kind, text, data, customer_visible, idempotency_key)
    select record_id, at, actor, action, details->>'text', details->'data',
           coalesce((details->>'customerVisible')::boolean, false), idempotency_key
      from record_activities
     where record_type = 'incident'
     order by id`);
  await knex('record_activities').where({ record_type: 'incident' }).delete();
}
