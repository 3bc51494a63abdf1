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

/** Whether `signature` is the one {@link signWebhook} gives (compared in constant time). */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The headers of one delivery attempt (the timestamp in Unix seconds). */
export function webhookHeaders(o: {
  secret: string;
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
    [WEBHOOK_HEADERS.signature]: signWebhook(o.secret, timestamp, o.body),
  };
}
