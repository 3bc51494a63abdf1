import type { PublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { MessagePublisher } from './publish.worker.ts';

/**
 * Publishes open start messages again once a process that receives them has been deployed
 * (§0.1): a request raised before its process existed is not lost, nor one published while the
 * deployment was still on its way to the partition of its correlation key (several partitions). A start message whose name
 * and correlation key already started an instance is closed instead (§0.8: one major incident
 * per incident number), and of several open ones with the same key only the oldest is sent in
 * a run. Runs in the worker process.
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
    for (const m of await deps.messages.closeAnswered(deps.clock.now())) {
      deps.log.info(
        `closed start message ${m.messageName} (${m.correlationKey}): its correlation key already started an instance`,
      );
    }
    const due = await deps.messages.awaitingRepublish(deps.clock.now());
    const sent = new Set<string>();
    let published = 0;
    for (const m of due) {
      // The engine would drop the second while the first runs; it is closed once the first starts.
      const sameKey = `${m.messageName}\u0000${m.correlationKey}`;
      if (sent.has(sameKey)) continue;
      sent.add(sameKey);
      const { key } = await deps.engine.publishMessage({
        name: m.messageName,
        correlationKey: m.correlationKey,
        variables: m.variables,
        timeToLiveMs: m.timeToLiveMs,
      });
      await deps.messages.markRepublished(m.id, key, deps.clock.now());
      published += 1;
      deps.log.info(`published open start message ${m.messageName} (${m.correlationKey}) again`);
    }
    return published;
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
