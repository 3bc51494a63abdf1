import type { Knex } from 'knex';
import { createWebhookRepository } from '../../db/repositories/webhooks.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import { loadWebhookConfig, type WebhookEnvConfig } from './config.ts';
import { createWebhookDispatcher } from './dispatcher.ts';
import { createWebhookPruner } from './pruner.ts';
import { createWebhookSender } from './sender.ts';

/** A loop that runs `pass` every `intervalMs`, one pass at a time. */
function loop(name: string, intervalMs: number, log: Logger, pass: () => Promise<number>) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = pass()
      .then(() => undefined)
      .catch((err) => log.warn(`${name} failed: ${err instanceof Error ? err.message : err}`))
      .finally(() => {
        running = undefined;
      });
  };
  return {
    start() {
      if (!timer) timer = setInterval(tick, intervalMs);
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

/**
 * The webhook loops of the worker process: the dispatcher (events → delivery rows), the
 * sender (delivery rows → POSTs) and the pruner (settled rows older than the retention go).
 * Settings from the environment (workers/webhooks/config.ts).
 */
export function createWebhookLoops(deps: {
  db: Knex;
  clock: Clock;
  log: Logger;
  config?: WebhookEnvConfig;
}) {
  const config = deps.config ?? loadWebhookConfig();
  const webhooks = createWebhookRepository(deps.db);
  const dispatcher = createWebhookDispatcher({
    webhooks,
    clock: deps.clock,
    log: deps.log,
    retentionDays: config.WEBHOOK_DELIVERY_RETENTION_DAYS,
  });
  const pruner = createWebhookPruner({
    webhooks,
    clock: deps.clock,
    log: deps.log,
    retentionDays: config.WEBHOOK_DELIVERY_RETENTION_DAYS,
    batch: config.WEBHOOK_PRUNE_BATCH,
  });
  const sender = createWebhookSender({
    webhooks,
    clock: deps.clock,
    log: deps.log,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    concurrency: config.WEBHOOK_CONCURRENCY,
  });
  const loops = [
    loop('webhook dispatch', config.WEBHOOK_POLL_MS, deps.log, dispatcher.runOnce),
    loop('webhook sending', config.WEBHOOK_POLL_MS, deps.log, sender.runOnce),
    loop('webhook pruning', config.WEBHOOK_PRUNE_INTERVAL_MS, deps.log, pruner.runOnce),
  ];
  return {
    dispatcher,
    sender,
    pruner,
    start() {
      for (const l of loops) l.start();
    },
    /** Stops the loops, waiting for a pass under way (its requests end within the timeout). */
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
    },
  };
}

export type WebhookLoops = ReturnType<typeof createWebhookLoops>;
