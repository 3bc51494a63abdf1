// @ts-check
/**
 * The custom headers of each user task (`zeebe:taskHeaders`), as the engine sends them: static
 * settings of the element the server reads when the task is completed, e.g. the step of an
 * approval chain (`approval.step`). Null on tasks projected before this column existed.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('tasks', (t) => {
    t.jsonb('custom_headers');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('tasks', (t) => {
    t.dropColumn('custom_headers');
  });
}
