// @ts-check
/**
 * Login throttling and token idle timeout (issue 16): failed sign-ins per account and per
 * client address with their lock (kept in the database so it holds across restarts and
 * API processes), and when each sign-in token was last used. Tokens stored before this
 * column existed count as last used when they were created.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.createTable('login_throttle', (t) => {
    t.text('kind').notNullable(); // 'account' (the username as typed) or 'address'
    t.text('key').notNullable();
    t.integer('failures').notNullable().defaultTo(0);
    t.timestamp('window_started_at', { useTz: true }).notNullable();
    t.integer('lockouts').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.primary(['kind', 'key']);
    t.index(['window_started_at']);
  });
  await knex.schema.alterTable('auth_tokens', (t) => {
    t.timestamp('last_used_at', { useTz: true });
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.alterTable('auth_tokens', (t) => {
    t.dropColumn('last_used_at');
  });
  await knex.schema.dropTable('login_throttle');
}
