// @ts-check
/**
 * Element labels in other languages (`zeebe:properties` `label.zh-CN`) beside the English
 * names of each deployed process version: element id → locale → label. Null on versions
 * projected before this column existed; the platform fills those from their stored XML when
 * the projector starts.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('process_definitions', (t) => {
    t.jsonb('element_labels');
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('process_definitions', (t) => {
    t.dropColumn('element_labels');
  });
}
