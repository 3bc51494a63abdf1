import type { WebhookRepository } from '../../db/repositories/webhooks.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';

/** Batches one pass deletes at most, so a large backlog goes over several passes. */
const MAX_BATCHES_PER_PASS = 20;

/**
 * Deletes delivered and failed deliveries (their attempt log with them) older than the
 * retention, in small batches: one short statement each, so the sender's claims and the
 * dispatcher's inserts are never held up for long. Pending and sending rows stay.
 */
export function createWebhookPruner(deps: {
  webhooks: WebhookRepository;
  clock: Clock;
  log: Logger;
  retentionDays: number;
  batch: number;
}) {
  /** One pass; answers how many deliveries it deleted. */
  async function runOnce(): Promise<number> {
    const before = new Date(deps.clock.now().getTime() - deps.retentionDays * 24 * 3600_000);
    let deleted = 0;
    for (let i = 0; i < MAX_BATCHES_PER_PASS; i++) {
      const n = await deps.webhooks.pruneDeliveries(before, deps.batch);
      deleted += n;
      if (n < deps.batch) break;
    }
    if (deleted)
      deps.log.info(
        `pruned ${deleted} webhook deliver${deleted === 1 ? 'y' : 'ies'} settled before ${before.toISOString()}`,
      );
    return deleted;
  }

  return { runOnce };
}
