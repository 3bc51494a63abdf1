// @ts-check
/**
 * Raw records appended by the project's Zeebe exporter (engine/exporter). The projector turns
 * them into the read model and prunes them after the retention period.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.createTable('engine_records', (t) => {
    t.integer('partition_id').notNullable();
    t.bigInteger('position').notNullable();
    t.bigInteger('record_key').notNullable();
    t.text('value_type').notNullable();
    t.text('intent').notNullable();
    t.timestamp('record_timestamp', { useTz: true }).notNullable();
    t.jsonb('record').notNullable();
    t.timestamp('exported_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['partition_id', 'position']);
  });
  await knex.schema.createTable('exporter_positions', (t) => {
    t.text('exporter_id').notNullable();
    t.integer('partition_id').notNullable();
    t.bigInteger('position').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['exporter_id', 'partition_id']);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTable('exporter_positions');
  await knex.schema.dropTable('engine_records');
}
