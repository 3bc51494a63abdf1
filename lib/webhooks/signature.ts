import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header names of a webhook POST. */
export const WEBHOOK_HEADERS = {
  event: 'X-Itsm-Event',
  delivery: 'X-Itsm-Delivery',
  timestamp: 'X-Itsm-Timestamp',
  signature: 'X-Itsm-Signature',
} as const;

/**
 * `sha256=<hex>`: HMAC-SHA256 with the subscription's secret over `<timestamp>.<body>`, so a
 * receiver can check both who sent the body and when (a replayed old body fails its time check).
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Whether the signature header holds the one {@link signWebhook} gives (compared in constant
 * time). During a secret rotation's grace period the header holds two, comma-separated
 * (`sha256=<new>,sha256=<old>`); one matching is enough.
 */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  return signature.split(',').some((one) => {
    const given = Buffer.from(one.trim());
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * The headers of one delivery attempt (the timestamp in Unix seconds). With a previous secret
 * (a rotation's grace period) the signature header carries the new secret's signature, then a
 * comma, then the old one's.
 */
export function webhookHeaders(o: {
  secret: string;
  previousSecret?: string | null;
  eventType: string;
  deliveryKey: string;
  at: Date;
  body: string;
}): Record<string, string> {
  const timestamp = String(Math.floor(o.at.getTime() / 1000));
  return {
    'content-type': 'application/json',
    'user-agent': 'itsm-webhooks/1',
    [WEBHOOK_HEADERS.event]: o.eventType,
    [WEBHOOK_HEADERS.delivery]: o.deliveryKey,
    [WEBHOOK_HEADERS.timestamp]: timestamp,
    [WEBHOOK_HEADERS.signature]: [o.secret, ...(o.previousSecret ? [o.previousSecret] : [])]
      .map((secret) => signWebhook(secret, timestamp, o.body))
      .join(','),
  };
}
