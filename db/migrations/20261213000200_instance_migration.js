// @ts-check
/**
 * Running instances can move to another version of their process (the cockpit's migration):
 * the read model keeps when an instance last moved, so the cockpit can say so.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('process_instances', (t) => {
    t.timestamp('migrated_at', { useTz: true });
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('process_instances', (t) => {
    t.dropColumn('migrated_at');
  });
}
