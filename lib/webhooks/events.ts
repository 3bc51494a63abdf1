/**
 * The events a webhook subscription can ask for (issue 14 item 1), and the test event the
 * "send a test" button queues. Names are `<subject>.<what happened>`, stable once published.
 */
export const WEBHOOK_EVENT_TYPES = [
  'record.created',
  'record.status-changed',
  'task.created',
  'task.completed',
  'sla.threshold-reached',
  'sla.breached',
  'process.incident-raised',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The event of a test delivery: sent to one subscription whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** One event as a receiver gets it: the JSON body of the POST. */
export interface WebhookEvent {
  /** Stable id of the event, the same in every delivery of it (e.g. `audit:812`). */
  id: string;
  type: WebhookEventType | typeof WEBHOOK_TEST_EVENT;
  /** When it happened (ISO 8601, platform clock). */
  occurredAt: string;
  data: Record<string, unknown>;
}

/** Whether a subscription to `subscribed` receives an event of `type`. */
export function subscribesTo(subscribed: readonly string[], type: string): boolean {
  return type === WEBHOOK_TEST_EVENT || subscribed.includes(type);
}

/**
 * Whether an event reaches a subscription: enabled, subscribed to its type, and created no
 * later than the event happened (a new subscription gets no history).
 */
export function reaches(
  subscription: { enabled: boolean; events: readonly string[]; createdAt: Date },
  event: { type: string; occurredAt: Date },
): boolean {
  return (
    subscription.enabled &&
    subscribesTo(subscription.events, event.type) &&
    subscription.createdAt.getTime() <= event.occurredAt.getTime()
  );
}

/**
 * The idempotency key of one event for one subscription: the delivery row's unique key and
 * the `X-Itsm-Delivery` header, so a receiver can drop a repeat.
 */
export function deliveryKey(eventId: string, subscriptionId: string): string {
  return `${eventId}@${subscriptionId}`;
}
