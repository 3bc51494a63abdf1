// @ts-check
/**
 * A start message can be closed in the outbox without having started an instance: when another
 * message of the same name and correlation key already started one (§0.8: one major-incident
 * or security-incident instance per incident number), it is answered and never published again.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('published_messages', (t) => {
    t.timestamp('closed_at', { useTz: true });
    t.text('closed_reason');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('published_messages', (t) => {
    t.dropColumn('closed_at');
    t.dropColumn('closed_reason');
  });
}
