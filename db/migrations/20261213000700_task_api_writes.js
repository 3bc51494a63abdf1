// @ts-check
/**
 * Claim and complete answer without waiting for the projector: the API writes the task row's
 * change once the engine accepted the command, marked with the command's action token
 * (`api_action`); until the projector applies the engine record carrying that token it does not
 * move the row's assignee back to an older record's. `applied_actions` lists the tokens the
 * projector has applied, so an API write that comes after its own record is dropped.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('tasks', (t) => {
    t.text('api_action');
    t.specificType('applied_actions', 'text[]').notNullable().defaultTo('{}');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('tasks', (t) => {
    t.dropColumn('api_action');
    t.dropColumn('applied_actions');
  });
}
