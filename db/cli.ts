/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (used by docker-compose).
 * With ITSM_APP_DB_PASSWORD and ITSM_EXPORTER_DB_PASSWORD set, then creates or updates the
 * least-privileged roles `itsm_app` and `itsm_exporter` (db/roles.ts) with those passwords,
 * so the app and the engine's exporter need not connect as the owner.
 */
import { createDb, migrateLatest } from './client.ts';
import { loadDbConfig } from './config.ts';
import { APP_ROLE, ensureRuntimeRoles, EXPORTER_ROLE } from './roles.ts';
import { createLogger } from '../lib/logger.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('migrate');

runMain(log, async () => {
  const command = process.argv[2];
  if (command !== 'migrate') throw new Error(`Unknown command "${command ?? ''}"; use: migrate`);
  const { DATABASE_URL } = loadDbConfig();
  if (!DATABASE_URL) throw new Error('Set DATABASE_URL to the database to migrate');
  const appPassword = process.env.ITSM_APP_DB_PASSWORD;
  const exporterPassword = process.env.ITSM_EXPORTER_DB_PASSWORD;
  if (!appPassword !== !exporterPassword)
    throw new Error('Set ITSM_APP_DB_PASSWORD and ITSM_EXPORTER_DB_PASSWORD together');
  const db = createDb(DATABASE_URL, { poolMax: 1 });
  try {
    const applied = await migrateLatest(db);
    log.info(applied.length ? `applied ${applied.join(', ')}` : 'the database is up to date');
    if (appPassword && exporterPassword) {
      await ensureRuntimeRoles(db, {
        app: { name: APP_ROLE, password: appPassword },
        exporter: { name: EXPORTER_ROLE, password: exporterPassword },
      });
      log.info(`roles ${APP_ROLE} and ${EXPORTER_ROLE} are ready`);
    }
  } finally {
    await db.destroy();
  }
});
