/** `npm run server`: the API and UI only, against an existing database and engine. */
import { createLogger } from '../lib/logger.ts';
import { startInfrastructure } from '../platform/infrastructure.ts';
import { startPlatform } from '../platform/platform.ts';
import { runMain } from '../platform/run-main.ts';
import { loadServerConfig } from './config.ts';

const log = createLogger('server');

runMain(log, async () => {
  const config = loadServerConfig();
  const infra = await startInfrastructure({ profile: 'dev', attach: true }, log);
  const platform = await startPlatform({
    databaseUrl: infra.databaseUrl,
    engine: infra.engine,
    clockControlled: infra.clockControlled,
    log,
    server: {
      host: config.HOST,
      port: config.PORT,
      tokenTtlMinutes: config.AUTH_TOKEN_TTL_MINUTES,
      tokenIdleMinutes: config.AUTH_TOKEN_IDLE_MINUTES,
    },
  });
  return {
    async stop() {
      await platform.stop();
      await infra.stop();
    },
  };
});
