import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import path from 'node:path';
import { projectRoot } from '../lib/paths.ts';

// int8 (bigint) columns hold engine positions and sequence values; read them as JS numbers
// where they are known to fit (positions, counters). Engine keys are stored as text.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** The knex migrations folder. */
export const migrationsDir = path.join(projectRoot, 'db', 'migrations');

/** Creates a knex instance for a Postgres URL with a bounded pool. */
export function createDb(url: string, options: { poolMax?: number } = {}): Knex {
  return knexFactory({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: options.poolMax ?? 10 },
    migrations: { directory: migrationsDir, loadExtensions: ['.js'] },
  });
}

/** True when the database answers a trivial query (the health check). */
export async function isDbUp(db: Knex): Promise<boolean> {
  return db
    .raw('select 1')
    .then(() => true)
    .catch(() => false);
}

/**
 * Applies every pending migration; returns the names applied. Looks first and takes the
 * migration lock only when something is pending, so a role that may only read knex's tables
 * (the app role, docker-compose's app) starts against an up-to-date database.
 */
export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, pending] = (await db.migrate.list()) as [unknown[], unknown[]];
  if (pending.length === 0) return [];
  const [, applied] = (await db.migrate.latest()) as [number, string[]];
  return applied;
}
