// @ts-check
/**
 * The incidents table as the incident record kind declares it (lib/records/kinds/incident.ts):
 * its integer fields are `integer` columns like every kind's (widened from smallint, no value
 * changes), and the list of change numbers, never queried, moves into `attributes.changeIds`.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.raw(
    'alter table incidents alter column impact type integer, alter column urgency type integer, alter column rating type integer',
  );
  await knex.raw(
    `update incidents set attributes = attributes || jsonb_build_object('changeIds', change_ids)
      where change_ids <> '[]'::jsonb`,
  );
  await knex.schema.alterTable('incidents', (t) => {
    t.dropColumn('change_ids');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('incidents', (t) => {
    t.jsonb('change_ids').notNullable().defaultTo('[]');
  });
  await knex.raw(
    `update incidents set change_ids = attributes -> 'changeIds', attributes = attributes - 'changeIds'
      where attributes -> 'changeIds' is not null`,
  );
  await knex.raw(
    'alter table incidents alter column impact type smallint, alter column urgency type smallint, alter column rating type smallint',
  );
}
