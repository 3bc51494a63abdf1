/**
 * The webhook loops (dispatcher and sender) as their own process, against DATABASE_URL. With
 * ENGINE_CLOCK_CONTROLLED=true and ZEEBE_MANAGEMENT_ADDRESS they follow the engine's clock, as
 * the worker process does. The tests use it to kill a sender mid-delivery and start another.
 */
import { createDb } from '../db/client.ts';
import { loadDbConfig } from '../db/config.ts';
import { loadEngineConfig } from '../engine/config.ts';
import { createClockControl } from '../engine/engine-api.ts';
import { createEngineClock, systemClock, type Clock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { runMain } from '../platform/run-main.ts';
import { createWebhookLoops } from '../workers/webhooks/index.ts';

const log = createLogger('webhooks');

runMain(log, async () => {
  const { DATABASE_URL } = loadDbConfig();
  if (!DATABASE_URL) throw new Error('Set DATABASE_URL to the platform database');
  const engine = loadEngineConfig();
  let clock: Clock = systemClock;
  let engineClock: ReturnType<typeof createEngineClock> | undefined;
  if (engine.ENGINE_CLOCK_CONTROLLED && engine.ZEEBE_MANAGEMENT_ADDRESS) {
    const control = createClockControl(engine.ZEEBE_VERSION, {
      rest: engine.ZEEBE_REST_ADDRESS ?? '',
      management: engine.ZEEBE_MANAGEMENT_ADDRESS,
    });
    engineClock = createEngineClock(() => control.now());
    await engineClock.start();
    clock = engineClock;
  }
  const db = createDb(DATABASE_URL);
  const loops = createWebhookLoops({ db, clock, log });
  loops.start();
  log.info('sending webhooks');
  return {
    async stop() {
      await loops.stop();
      engineClock?.stop();
      await db.destroy();
    },
  };
});
