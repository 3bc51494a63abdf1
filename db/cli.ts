/** `npm run migrate`: applies pending migrations to DATABASE_URL (used by docker-compose). */
import { createDb, migrateLatest } from './client.ts';
import { loadDbConfig } from './config.ts';
import { createLogger } from '../lib/logger.ts';
import { runMain } from '../scripts/run-main.ts';

const log = createLogger('migrate');

runMain(log, async () => {
  const command = process.argv[2];
  if (command !== 'migrate') throw new Error(`Unknown command "${command ?? ''}"; use: migrate`);
  const { DATABASE_URL } = loadDbConfig();
  if (!DATABASE_URL) throw new Error('Set DATABASE_URL to the database to migrate');
  const db = createDb(DATABASE_URL, { poolMax: 1 });
  try {
    const applied = await migrateLatest(db);
    log.info(applied.length ? `applied ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await db.destroy();
  }
});
