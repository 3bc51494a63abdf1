// @ts-check
/**
 * Delivery state of notifications sent outside the app (e-mail): one `notifications` row per
 * (notification, channel, address), written before the mail is handed to SMTP and updated
 * after, so a job that runs again sends only what was not sent yet. In-app rows leave these
 * columns empty.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('notifications', (t) => {
    // The e-mail address the message went to (e-mail rows only).
    t.text('address');
    // pending | sending | sent | failed | rejected (e-mail rows only)
    t.text('status');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    t.timestamp('claimed_at', { useTz: true });
    t.timestamp('sent_at', { useTz: true });
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('notifications', (t) => {
    t.dropColumn('address');
    t.dropColumn('status');
    t.dropColumn('attempts');
    t.dropColumn('last_error');
    t.dropColumn('claimed_at');
    t.dropColumn('sent_at');
  });
}
