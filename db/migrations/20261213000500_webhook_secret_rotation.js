// @ts-check
/**
 * Webhook secret rotation (issue 14 item 1): the secret a rotation replaced, and until when
 * deliveries still carry its signature beside the new one, so a receiver can switch over.
 */

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.alterTable('webhook_subscriptions', (t) => {
    t.text('previous_secret');
    t.timestamp('previous_secret_until', { useTz: true });
  });
  // The pruning of old deliveries reads settled rows by age.
  await knex.raw(
    `create index webhook_deliveries_settled_idx on webhook_deliveries (created_at)
      where status in ('delivered', 'failed')`,
  );
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.raw('drop index if exists webhook_deliveries_settled_idx');
  await knex.schema.alterTable('webhook_subscriptions', (t) => {
    t.dropColumn('previous_secret');
    t.dropColumn('previous_secret_until');
  });
}
