/**
 * A scratch database of its own for a migration test: created on the test run's embedded
 * Postgres, migrated step by step to an older schema, filled, migrated on, rolled back.
 */
import type { Knex } from 'knex';
import pg from 'pg';
import { createDb } from '../../db/client.ts';
import { testContext } from './test-platform.ts';

/** Runs one statement as the server's owner (create and drop the scratch database). */
export async function adminQuery(sql: string): Promise<void> {
  const postgres = testContext().infra.postgres;
  if (!postgres) throw new Error('the migration test needs the embedded Postgres of the test run');
  const admin = new pg.Client({ connectionString: postgres.urlFor('postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh empty database `name` (dropped first if a previous run left it) and a knex on it. */
export async function scratchDatabase(name: string): Promise<Knex> {
  await adminQuery(`drop database if exists ${name} with (force)`);
  await adminQuery(`create database ${name}`);
  return createDb(testContext().infra.postgres!.urlFor(name), { poolMax: 2 });
}

/** Closes the knex and drops the scratch database. */
export async function dropScratchDatabase(db: Knex | undefined, name: string): Promise<void> {
  await db?.destroy();
  await adminQuery(`drop database if exists ${name} with (force)`);
}

/** Applies the migrations one by one up to and including `last`. */
export async function migrateUpTo(db: Knex, last: string): Promise<void> {
  for (;;) {
    const [, pending] = (await db.migrate.list()) as [unknown[], { file: string }[]];
    if (pending.length === 0 || pending[0].file > last) return;
    await db.migrate.up();
  }
}

/** Reverts the migrations one by one until `last` is the newest applied. */
export async function migrateDownTo(db: Knex, last: string): Promise<void> {
  for (;;) {
    const [done] = (await db.migrate.list()) as [{ name: string }[], unknown[]];
    if (done.length === 0 || done[done.length - 1].name <= last) return;
    await db.migrate.down();
  }
}
