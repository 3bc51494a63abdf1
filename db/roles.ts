import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Knex } from 'knex';
import pg from 'pg';

/**
 * The database roles the running platform uses instead of the owner (superuser) that runs the
 * migrations: the app (API, workers, projector) may read and write rows, never change the
 * schema or reach other databases' data; the engine's exporter may only append the raw engine
 * records and keep its position.
 */
export const APP_ROLE = 'itsm_app';
export const EXPORTER_ROLE = 'itsm_exporter';

/** A login role and its password. */
export interface RoleLogin {
  name: string;
  password: string;
}

/** The tables the exporter writes (engine/exporter PostgresExporter.java) and what it does there. */
const EXPORTER_GRANTS: Record<string, string> = {
  engine_records: 'select, insert',
  exporter_positions: 'select, insert, update',
};

/** knex's own bookkeeping: the app reads it (nothing more), only the owner migrates. */
const MIGRATION_TABLES = ['knex_migrations', 'knex_migrations_lock'];

/**
 * Reads a generated secret from `file`, creating it (mode 600, 24 random bytes base64url)
 * when missing, so a role keeps its password across starts and only this user can read it.
 */
export function readOrCreateSecret(file: string): string {
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

/** `create role` when missing, then (every start) login, password and no special rights. */
async function ensureLoginRole(trx: Knex.Transaction, role: RoleLogin): Promise<void> {
  const found = await trx.raw('select 1 from pg_roles where rolname = ?', [role.name]);
  if (found.rows.length === 0) await trx.raw('create role ??', [role.name]);
  // DDL takes no bind parameters; the password is a literal, escaped, and kept out of the
  // server log by the transaction's log settings.
  await trx.raw(
    'alter role ?? with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls ' +
      `password ${pg.escapeLiteral(role.password)}`,
    [role.name],
  );
}

/**
 * Creates or updates the app and exporter roles and their grants in the current database,
 * as its owner, after the migrations: the app gets select/insert/update/delete on every
 * table and use of every sequence of schema public, also of tables later migrations add
 * (default privileges of the owner); the exporter gets only its two tables. Idempotent.
 */
export async function ensureRuntimeRoles(
  owner: Knex,
  roles: { app: RoleLogin; exporter: RoleLogin },
): Promise<void> {
  await owner.transaction(async (trx) => {
    // A failing statement is logged with its text: keep the passwords out of postgres.log.
    await trx.raw("set local log_min_error_statement = 'panic'");
    await trx.raw("set local log_statement = 'none'");
    await ensureLoginRole(trx, roles.app);
    await ensureLoginRole(trx, roles.exporter);
    const { rows } = await trx.raw('select current_database() as db');
    const database = String(rows[0].db);
    for (const role of [roles.app.name, roles.exporter.name]) {
      await trx.raw('grant connect on database ?? to ??', [database, role]);
      await trx.raw('grant usage on schema public to ??', [role]);
    }
    const app = roles.app.name;
    await trx.raw('grant select, insert, update, delete on all tables in schema public to ??', [
      app,
    ]);
    await trx.raw('grant usage, select, update on all sequences in schema public to ??', [app]);
    await trx.raw(
      'alter default privileges in schema public grant select, insert, update, delete on tables to ??',
      [app],
    );
    await trx.raw(
      'alter default privileges in schema public grant usage, select, update on sequences to ??',
      [app],
    );
    for (const table of MIGRATION_TABLES) {
      const exists = await trx.raw('select to_regclass(?) as t', [`public.${table}`]);
      if (exists.rows[0].t)
        await trx.raw('revoke insert, update, delete on ?? from ??', [table, app]);
    }
    for (const [table, rights] of Object.entries(EXPORTER_GRANTS)) {
      await trx.raw(`grant ${rights} on ?? to ??`, [table, roles.exporter.name]);
    }
  });
}

/** True when the connection's role is a superuser (a DATABASE_URL the README advises against). */
export async function isSuperuser(db: Knex): Promise<boolean> {
  const { rows } = await db.raw('select rolsuper from pg_roles where rolname = current_user');
  return rows[0]?.rolsuper === true;
}

/** The same URL with another role's credentials. */
export function urlWithLogin(url: string, login: RoleLogin): string {
  const u = new URL(url);
  u.username = encodeURIComponent(login.name);
  u.password = encodeURIComponent(login.password);
  return u.toString();
}
