// @ts-check
/**
 * Which users' password hashes were already checked against the development passwords, so a
 * production-like start verifies only new or changed hashes (server/auth/dev-users.ts).
 * `passwords_fingerprint` names the set of passwords checked (a scrypt hash, not the passwords).
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.createTable('dev_password_checks', (t) => {
    t.uuid('user_id').primary().references('users.id').onDelete('CASCADE');
    t.text('password_hash').notNullable();
    t.text('passwords_fingerprint').notNullable();
    t.timestamp('checked_at', { useTz: true }).notNullable();
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTable('dev_password_checks');
}
