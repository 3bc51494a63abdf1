/**
 * `npm run workers`: the worker process on its own, against the database and engine named by
 * DATABASE_URL and ZEEBE_GRPC_ADDRESS (or the dev profile's embedded ones, started if needed).
 * Deploys the workflows/ files that changed since their last deployment from the repository.
 * Runs the projector too, unless `--no-projector` (when `npm run projector` runs it on its own).
 */
import { createLogger } from '../lib/logger.ts';
import { startInfrastructure } from '../platform/infrastructure.ts';
import { startPlatform } from '../platform/platform.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('workers');
const withProjector = !process.argv.includes('--no-projector');

runMain(log, async () => {
  const infra = await startInfrastructure({ profile: 'dev', attach: true }, log);
  const platform = await startPlatform({
    databaseUrl: infra.databaseUrl,
    engine: infra.engine,
    clockControlled: infra.clockControlled,
    log,
    workers: true,
    projector: withProjector,
    deployOnStart: true,
  });
  return {
    async stop() {
      await platform.stop();
      await infra.stop();
    },
  };
});
