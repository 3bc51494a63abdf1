import type {
  ClaimedDelivery,
  WebhookRepository,
} from '../../db/repositories/webhooks.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import { afterFailure, delivered } from '../../lib/webhooks/retry.ts';
import { webhookHeaders } from '../../lib/webhooks/signature.ts';
import { displayUrl } from '../../lib/webhooks/url.ts';

/** What a failed request says in the delivery log (no headers, no secret). */
function describeError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      return `no answer within ${timeoutMs} ms`;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
    return err.message;
  }
  return String(err);
}

/**
 * Sends due deliveries: claims them (`FOR UPDATE SKIP LOCKED`, so several senders share the
 * rows), POSTs the event signed with the subscription's secret, logs the attempt, and marks
 * the delivery delivered (2xx), due again after the backoff, or failed after the last attempt.
 * A sender that dies mid-request leaves its row `sending` until the lease ends; then any
 * sender sends it again, under the same idempotency key.
 */
export function createWebhookSender(deps: {
  webhooks: WebhookRepository;
  clock: Clock;
  log: Logger;
  timeoutMs: number;
  maxAttempts: number;
  concurrency: number;
}) {
  /** Longer than a request may take, so a live sender's claim is never taken over. */
  const leaseMs = deps.timeoutMs + 50_000;

  async function send(d: ClaimedDelivery): Promise<void> {
    const body = JSON.stringify(d.payload);
    const at = deps.clock.now();
    const headers = webhookHeaders({
      secret: d.secret,
      previousSecret: d.previousSecret,
      eventType: d.eventType,
      deliveryKey: d.idempotencyKey,
      at,
      body,
    });
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
      statusCode = res.status;
      await res.body?.cancel();
      if (!delivered(statusCode)) error = `HTTP ${statusCode}`;
    } catch (err) {
      error = describeError(err, deps.timeoutMs);
    }
    const durationMs = Math.round(performance.now() - started);
    const outcome =
      statusCode !== null && delivered(statusCode)
        ? ({ status: 'delivered' } as const)
        : afterFailure(d.attempts, deps.clock.now(), deps.maxAttempts);
    await deps.webhooks.finishAttempt({
      deliveryId: d.id,
      attempt: d.attempts,
      at,
      statusCode,
      error,
      durationMs,
      outcome,
    });
    const what = `webhook ${d.eventType} ${d.idempotencyKey} to ${displayUrl(d.url)}, attempt ${d.attempts}`;
    if (outcome.status === 'delivered') deps.log.info(`${what}: delivered (${statusCode})`);
    else
      deps.log.warn(
        `${what}: ${error}; ${outcome.status === 'failed' ? 'given up' : `again at ${outcome.retryAt.toISOString()}`}`,
      );
  }

  /** Claims and sends one batch of due deliveries; answers how many were attempted. */
  async function runOnce(): Promise<number> {
    const now = deps.clock.now();
    const claimed = await deps.webhooks.claimDue(
      now,
      new Date(now.getTime() + leaseMs),
      deps.concurrency,
    );
    await Promise.all(claimed.map(send));
    return claimed.length;
  }

  return { runOnce, leaseMs };
}
