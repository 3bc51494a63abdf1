/**
 * `npm run users -- <command>`: user maintenance against DATABASE_URL, or the dev profile's
 * embedded PostgreSQL (started for the command when `npm start` is not running).
 *
 *   list-dev    lists the development users (password = the published default or DEV_USER_PASSWORD)
 *   remove-dev  deletes them (with their roles and sign-in tokens)
 */
import { createDb } from '../db/client.ts';
import { loadDbConfig } from '../db/config.ts';
import { startPostgres } from '../db/postgres-server.ts';
import { createLogger } from '../lib/logger.ts';
import { profileDir } from '../lib/paths.ts';
import {
  developmentPasswords,
  findDevelopmentUsers,
  removeDevelopmentUsers,
} from '../server/auth/dev-users.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('users');
const COMMANDS = ['list-dev', 'remove-dev'];

runMain(log, async () => {
  const command = process.argv[2] ?? '';
  if (!COMMANDS.includes(command))
    throw new Error(`Unknown command "${command}"; use: ${COMMANDS.join(', ')}`);
  const config = loadDbConfig();
  const postgres = config.DATABASE_URL
    ? undefined
    : await startPostgres(
        { stateDir: profileDir('dev'), port: config.EMBEDDED_PG_PORT, attach: true },
        log.child('postgres'),
      );
  const db = createDb(config.DATABASE_URL ?? postgres!.urlFor('itsm'), { poolMax: 2 });
  try {
    const passwords = developmentPasswords(process.env);
    if (command === 'list-dev') {
      const found = await findDevelopmentUsers(db, passwords);
      log.info(
        found.length
          ? `${found.length} development user(s): ${found.map((u) => u.username).join(', ')}`
          : 'No development users',
      );
    } else {
      const removed = await removeDevelopmentUsers(db, passwords);
      log.info(
        removed.length
          ? `Removed ${removed.length} development user(s): ${removed.join(', ')}`
          : 'No development users to remove',
      );
    }
  } finally {
    await db.destroy();
    await postgres?.stop();
  }
});
