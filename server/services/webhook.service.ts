import { randomBytes, randomUUID } from 'node:crypto';
import type {
  WebhookDelivery,
  WebhookRepository,
  WebhookSubscription,
} from '../../db/repositories/webhooks.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import { deliveryKey, WEBHOOK_TEST_EVENT, type WebhookEvent } from '../../lib/webhooks/events.ts';
import { displayUrl, urlProblem } from '../../lib/webhooks/url.ts';
import { InputError, NotFoundError } from '../errors.ts';

/** What an admin sends to create or change a subscription. */
export interface SubscriptionInput {
  url?: string;
  description?: string | null;
  events?: string[];
  enabled?: boolean;
}

/** A new signing secret: 32 random bytes, shown once. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function checkUrl(url: string | undefined): void {
  if (url === undefined) return;
  const problem = urlProblem(url);
  if (problem) throw new InputError(`url ${problem}`, [{ field: 'url', message: problem }]);
}

/**
 * Webhook subscriptions for the admin API: the secret is made here and answered only by
 * create; a test delivery is queued like any other delivery (the worker process sends it).
 */
export function createWebhookService(deps: {
  webhooks: WebhookRepository;
  clock: Clock;
  log: Logger;
}) {
  const { webhooks } = deps;

  async function existing(id: string): Promise<WebhookSubscription> {
    const found = await webhooks.findSubscription(id);
    if (!found) throw new NotFoundError(`No webhook subscription ${id}`);
    return found;
  }

  return {
    list: () => webhooks.listSubscriptions(),

    get: existing,

    /** Creates a subscription; the answer carries its secret, the only time it is shown. */
    async create(
      input: SubscriptionInput & { url: string; events: string[] },
      by: string,
    ): Promise<WebhookSubscription & { secret: string }> {
      checkUrl(input.url);
      const secret = newSecret();
      const created = await webhooks.createSubscription({
        url: input.url,
        description: input.description ?? null,
        events: input.events,
        secret,
        enabled: input.enabled ?? true,
        createdBy: by,
        at: deps.clock.now(),
      });
      deps.log.info(
        `${by} subscribed ${displayUrl(created.url)} to ${created.events.join(', ')} (webhook ${created.id})`,
      );
      return { ...created, secret };
    },

    async update(id: string, input: SubscriptionInput): Promise<WebhookSubscription> {
      checkUrl(input.url);
      const updated = await webhooks.updateSubscription(id, input, deps.clock.now());
      if (!updated) throw new NotFoundError(`No webhook subscription ${id}`);
      return updated;
    },

    /**
     * Replaces the secret with a new one, answered once. For `graceHours` the old secret's
     * signature is sent too (after the new one's), so the receiver can switch at its pace.
     */
    async rotateSecret(
      id: string,
      graceHours: number,
      by: string,
    ): Promise<WebhookSubscription & { secret: string; previousSecretValidUntil: Date | null }> {
      const now = deps.clock.now();
      const until = graceHours > 0 ? new Date(now.getTime() + graceHours * 3600_000) : null;
      const secret = newSecret();
      const rotated = await webhooks.rotateSecret(id, secret, until, now);
      if (!rotated) throw new NotFoundError(`No webhook subscription ${id}`);
      deps.log.info(
        `${by} rotated the secret of webhook ${id} (${displayUrl(rotated.url)}); the old one signs ${until ? `until ${until.toISOString()}` : 'no more'}`,
      );
      return { ...rotated, secret, previousSecretValidUntil: until };
    },

    async remove(id: string): Promise<void> {
      if (!(await webhooks.deleteSubscription(id)))
        throw new NotFoundError(`No webhook subscription ${id}`);
    },

    /** Queues a `webhook.test` delivery to the subscription, due now. */
    async test(id: string, by: string): Promise<WebhookDelivery> {
      const sub = await existing(id);
      const now = deps.clock.now();
      const event: WebhookEvent = {
        id: `test:${randomUUID()}`,
        type: WEBHOOK_TEST_EVENT,
        occurredAt: now.toISOString(),
        data: { subscriptionId: sub.id, requestedBy: by },
      };
      const [delivery] = await webhooks.enqueue([
        { subscriptionId: sub.id, idempotencyKey: deliveryKey(event.id, sub.id), event, at: now },
      ]);
      return delivery!;
    },

    async deliveries(id: string, limit: number) {
      await existing(id);
      return webhooks.deliveriesOf(id, limit);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
