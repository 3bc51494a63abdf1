/**
 * `npm start`: starts everything on this machine: the embedded PostgreSQL (unless
 * DATABASE_URL), the Zeebe engine with the exporter (unless ZEEBE_GRPC_ADDRESS), then the
 * projector, the workers and the API with the UI in this process.
 */
import { seedDevelopmentData } from '../db/seeds/reference-data.ts';
import { createLogger } from '../lib/logger.ts';
import { loadServerConfig } from '../server/config.ts';
import { buildUi } from './build-ui.ts';
import { startInfrastructure } from '../platform/infrastructure.ts';
import { startPlatform } from '../platform/platform.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('itsm');

runMain(log, async () => {
  const serverConfig = loadServerConfig();
  if (await buildUi()) log.info('UI built into ui/dist');
  const infra = await startInfrastructure({ profile: 'dev' }, log);
  try {
    const platform = await startPlatform({
      databaseUrl: infra.databaseUrl,
      engine: infra.engine,
      clockControlled: infra.clockControlled,
      log,
      server: {
        host: serverConfig.HOST,
        port: serverConfig.PORT,
        tokenTtlMinutes: serverConfig.AUTH_TOKEN_TTL_MINUTES,
        tokenIdleMinutes: serverConfig.AUTH_TOKEN_IDLE_MINUTES,
      },
      workers: true,
      projector: true,
      deployOnStart: true,
    });
    if (serverConfig.SEED_DEV_USERS) {
      const n = await platform.services.auth.seedDevelopmentUsers(serverConfig.DEV_USER_PASSWORD);
      log.info(`Development users ready: ${n} (username = role id; see README)`);
      await seedDevelopmentData(platform.db, platform.clock.now());
    }
    if (serverConfig.ADMIN_PASSWORD)
      await platform.services.auth.ensureAdmin(serverConfig.ADMIN_PASSWORD);
    log.info(`Ready: open ${platform.url}`);
    return {
      async stop() {
        await platform.stop();
        await infra.stop();
      },
    };
  } catch (err) {
    await infra.stop();
    throw err;
  }
});
