// @ts-check
/**
 * External job types (issue 13 item 3): job types that a worker outside the platform serves,
 * registered by an admin with a name, a description and the JSON Schemas of the variables the
 * job reads and writes. Diagrams using an active one deploy; the modeler offers each as an
 * element template. Deactivating keeps the row (deployed versions may still use the type).
 */

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.createTable('external_job_types', (t) => {
    // the zeebe:taskDefinition type, e.g. charge-credit-card
    t.text('type').primary();
    t.text('name').notNullable();
    t.text('description');
    t.jsonb('input_schema').notNullable();
    t.jsonb('output_schema').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.text('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.text('updated_by').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTable('external_job_types');
}
