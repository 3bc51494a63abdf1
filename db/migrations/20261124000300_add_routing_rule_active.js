// @ts-check
/**
 * Routing rules are deactivated, not deleted, like every other piece of reference data
 * (issue 4): a rule an administrator removes keeps its row and its audit trail.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('routing_rules', (t) => {
    t.boolean('active').notNullable().defaultTo(true);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('routing_rules', (t) => {
    t.dropColumn('active');
  });
}
