// @ts-check
/**
 * Platform tables: users and their roles, sign-in tokens, record numbering, the audit log,
 * in-app notifications, the message outbox and the deployment ledger.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('username').notNullable().unique();
    t.text('display_name').notNullable();
    t.text('email');
    t.text('password_hash').notNullable();
    t.text('locale').notNullable().defaultTo('zh-CN');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('user_roles', (t) => {
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('role').notNullable();
    t.primary(['user_id', 'role']);
    t.index(['role']);
  });
  await knex.schema.createTable('auth_tokens', (t) => {
    t.text('token_hash').primary();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['user_id']);
  });
  await knex.schema.createTable('record_sequences', (t) => {
    t.text('prefix').notNullable();
    t.integer('year').notNullable();
    t.bigInteger('last_value').notNullable();
    t.primary(['prefix', 'year']);
  });
  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.text('table_name').notNullable();
    t.text('record_id').notNullable();
    t.text('action').notNullable();
    t.jsonb('before');
    t.jsonb('after');
    t.text('actor').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['table_name', 'record_id']);
  });
  await knex.schema.createTable('notifications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('idempotency_key').notNullable().unique();
    t.text('channel').notNullable();
    t.text('recipient_type').notNullable();
    t.text('recipient').notNullable();
    t.text('template').notNullable();
    t.text('record_number');
    t.jsonb('data').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('read_at', { useTz: true });
    t.index(['recipient_type', 'recipient']);
  });
  await knex.schema.createTable('published_messages', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('idempotency_key').notNullable().unique();
    t.text('message_name').notNullable();
    t.text('correlation_key').notNullable();
    t.jsonb('variables').notNullable().defaultTo('{}');
    t.bigInteger('time_to_live_ms').notNullable();
    t.text('source_type');
    t.text('source_number');
    t.text('message_key');
    t.timestamp('published_at', { useTz: true }).notNullable();
    t.integer('publish_count').notNullable().defaultTo(1);
    t.text('started_instance_key');
    t.index(['message_name']);
    t.index(['message_key']);
  });
  await knex.raw(
    'create index published_messages_open_idx on published_messages (message_name) where started_instance_key is null',
  );
  await knex.schema.createTable('deployments', (t) => {
    t.bigIncrements('id');
    t.text('resource_name').notNullable();
    t.text('resource_kind').notNullable();
    t.text('resource_id').notNullable();
    t.text('checksum').notNullable();
    t.text('source').notNullable();
    t.text('deployed_by');
    t.integer('version');
    t.text('key');
    t.timestamp('deployed_at', { useTz: true }).notNullable();
    t.index(['resource_name', 'source']);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of [
    'deployments',
    'published_messages',
    'notifications',
    'audit_log',
    'record_sequences',
    'auth_tokens',
    'user_roles',
    'users',
  ]) {
    await knex.schema.dropTable(table);
  }
}
