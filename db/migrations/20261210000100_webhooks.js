// @ts-check
/**
 * Outbound webhooks (issue 14 item 1): an admin's subscriptions of a URL to events, one
 * delivery row per event and subscription (its idempotency key unique, so a dispatcher that
 * runs twice or restarts adds none twice), a log row per attempt, and the dispatcher's
 * position in each table it reads events from.
 */

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.createTable('webhook_subscriptions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('url').notNullable();
    t.text('description');
    t.specificType('events', 'text[]').notNullable();
    // HMAC key: needed in clear to sign; shown to the admin once, never answered again.
    t.text('secret').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.bigIncrements('id');
    t.uuid('subscription_id')
      .notNullable()
      .references('webhook_subscriptions.id')
      .onDelete('CASCADE');
    // e.g. audit:812, task-created:2251799813690000, test:<uuid>
    t.text('event_id').notNullable();
    t.text('event_type').notNullable();
    // event id @ subscription id: the X-Itsm-Delivery header
    t.text('idempotency_key').notNullable().unique();
    t.jsonb('payload').notNullable();
    // pending → sending → delivered | pending (retry) | failed
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable();
    t.timestamp('locked_until', { useTz: true });
    t.integer('last_status_code');
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('delivered_at', { useTz: true });
    t.index(['event_id']);
    t.index(['subscription_id', 'id']);
  });
  await knex.raw(
    `create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at)
      where status in ('pending', 'sending')`,
  );
  await knex.schema.createTable('webhook_attempts', (t) => {
    t.bigIncrements('id');
    t.bigInteger('delivery_id')
      .notNullable()
      .references('webhook_deliveries.id')
      .onDelete('CASCADE');
    t.integer('attempt').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('status_code');
    t.text('error');
    t.integer('duration_ms').notNullable();
    t.index(['delivery_id', 'attempt']);
  });
  await knex.schema.createTable('webhook_cursors', (t) => {
    t.text('source').primary();
    // the last id read (audit_log, sla_events) or the time of the last pass (tasks, engine incidents)
    t.text('position').notNullable();
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTable('webhook_cursors');
  await knex.schema.dropTable('webhook_attempts');
  await knex.schema.dropTable('webhook_deliveries');
  await knex.schema.dropTable('webhook_subscriptions');
}
