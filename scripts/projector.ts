/**
 * `npm run projector`: the projector as its own process. Needs DATABASE_URL; the tests use
 * it to kill the projector mid-batch and prove the read model recovers.
 */
import { createDb } from '../db/client.ts';
import { loadDbConfig } from '../db/config.ts';
import { createReadModelHandlers } from '../db/projector/handlers.ts';
import { createProjector } from '../db/projector/projector.ts';
import { createLogger } from '../lib/logger.ts';
import { describeProcess } from '../platform/platform.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('projector');

runMain(log, async () => {
  const { DATABASE_URL, PROJECTOR_RETENTION_HOURS } = loadDbConfig();
  if (!DATABASE_URL)
    throw new Error('Set DATABASE_URL to the platform database to run the projector alone');
  const db = createDb(DATABASE_URL);
  const batchSize = Number(process.env.PROJECTOR_BATCH_SIZE ?? 500);
  const projector = createProjector(db, createReadModelHandlers(describeProcess), log, {
    batchSize,
    retentionMs: PROJECTOR_RETENTION_HOURS * 3600_000,
  });
  projector.start();
  log.info('projecting engine records');
  return {
    async stop() {
      await projector.stop();
      await db.destroy();
    },
  };
});
