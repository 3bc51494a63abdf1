import type { PublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { MessagePublisher } from './publish.worker.ts';

/**
 * Publishes open start messages again once a process that receives them has been deployed
 * (§0.1): a request raised before its process existed is not lost. Runs in the worker process.
 */
export function createRepublishRelay(deps: {
  engine: MessagePublisher;
  messages: PublishedMessageRepository;
  clock: Clock;
  log: Logger;
  intervalMs?: number;
}) {
  let timer: NodeJS.Timeout | undefined;
  let busy = false;

  async function runOnce(): Promise<number> {
    const due = await deps.messages.awaitingRepublish();
    for (const m of due) {
      const { key } = await deps.engine.publishMessage({
        name: m.messageName,
        correlationKey: m.correlationKey,
        variables: m.variables,
        timeToLiveMs: m.timeToLiveMs,
      });
      await deps.messages.markRepublished(m.id, key, deps.clock.now());
      deps.log.info(`published open start message ${m.messageName} (${m.correlationKey}) again`);
    }
    return due.length;
  }

  return {
    runOnce,
    start() {
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        runOnce()
          .catch((err) =>
            deps.log.warn(
              `republishing start messages failed: ${err instanceof Error ? err.message : err}`,
            ),
          )
          .finally(() => {
            busy = false;
          });
      }, deps.intervalMs ?? 2000);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
