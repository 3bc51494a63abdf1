// @ts-check
/**
 * Sign-in through the company directory (OpenID Connect, issue 14 item 2): which provider
 * identity (issuer, subject) is which user, the table that maps the provider's groups to
 * roles, the sign-ins under way (state, PKCE verifier and nonce, bound to the browser that
 * started them), and where a user comes from (`local` with a password, or `oidc`).
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('users', (t) => {
    t.text('auth_source').notNullable().defaultTo('local');
  });
  await knex.schema.createTable('user_identities', (t) => {
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('issuer').notNullable();
    t.text('subject').notNullable();
    t.text('linked_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['issuer', 'subject']);
    t.index(['user_id']);
  });
  await knex.schema.createTable('oidc_group_roles', (t) => {
    t.text('group_name').notNullable();
    t.text('role').notNullable();
    t.primary(['group_name', 'role']);
  });
  await knex.schema.createTable('oidc_sign_ins', (t) => {
    t.text('state_hash').primary();
    t.text('binding_hash').notNullable();
    t.text('code_verifier');
    t.text('nonce');
    // Set once the provider's answer was accepted; the browser then takes its token once.
    t.uuid('user_id').references('users.id').onDelete('CASCADE');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['binding_hash']);
    t.index(['expires_at']);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTable('oidc_sign_ins');
  await knex.schema.dropTable('oidc_group_roles');
  await knex.schema.dropTable('user_identities');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('auth_source');
  });
}
