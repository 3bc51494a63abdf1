// @ts-check
/**
 * The parts of a major-incident review (processes.md §1.2 step 7) that have no column yet:
 * what worked, corrective actions and the reason when no opportunity was found.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('major_incidents', (t) => {
    t.jsonb('review_notes');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('major_incidents', (t) => {
    t.dropColumn('review_notes');
  });
}
