import { createHash } from 'node:crypto';
import type { PublishedMessageRepository } from '../db/repositories/published-messages.repository.ts';
import type { Clock } from '../lib/clock.ts';
import { TransientError } from '../lib/errors.ts';

/** What the engine must do for the bus: publish a message. */
export interface MessagePublisher {
  publishMessage(m: {
    name: string;
    correlationKey: string;
    variables?: Record<string, unknown>;
    timeToLiveMs: number;
    messageId?: string;
  }): Promise<{ key: string }>;
}

/** The engine and the outbox a publisher writes to. */
export interface MessageOutbox {
  engine: MessagePublisher;
  messages: PublishedMessageRepository;
}

/** A uuid-shaped request id that is the same every time the same key is used (§0.1 P4). */
export function requestIdFor(key: string): string {
  const h = createHash('sha256').update(`itsm-request:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Time to live of a message a waiting instance catches (§0.1) [default]. */
export const CATCH_MESSAGE_TTL_MS = 7 * 24 * 3600_000;

/** One message to publish (by `itsm:bus.publish:1`, a worker or the API). */
export interface OutboxMessage {
  /** Job key + purpose: the outbox row and the engine's message id. */
  idempotencyKey: string;
  name: string;
  /** Record number for a catch message; omit for a start message (a fresh request id is used). */
  correlationKey?: string;
  variables: Record<string, unknown>;
  timeToLiveMs: number;
  sourceType?: string;
  sourceNumber?: string;
}

/**
 * The one way the platform publishes (§0.1): the outbox row first, then the engine with the row's
 * key as message id, then the engine's key on the row. A start message gets a request id
 * derived from its idempotency key as correlation key and variable. Run twice, it finds its
 * row with a key and publishes nothing; a start message no process received stays open in
 * the outbox and the republish relay sends it again once such a process is deployed.
 */
export async function publishThroughOutbox(
  deps: MessageOutbox & { clock: Clock },
  m: OutboxMessage,
): Promise<void> {
  const existing = await deps.messages.findByIdempotencyKey(m.idempotencyKey);
  if (existing?.messageKey) return;
  const requestId = m.correlationKey ? undefined : requestIdFor(m.idempotencyKey);
  const row =
    existing ??
    (await deps.messages.record({
      idempotencyKey: m.idempotencyKey,
      messageName: m.name,
      correlationKey: m.correlationKey ?? (requestId as string),
      variables: requestId ? { ...m.variables, requestId } : m.variables,
      timeToLiveMs: m.timeToLiveMs,
      sourceType: m.sourceType,
      sourceNumber: m.sourceNumber,
      publishedAt: deps.clock.now(),
    }));
  let messageKey: string;
  try {
    ({ key: messageKey } = await deps.engine.publishMessage({
      name: row.messageName,
      correlationKey: row.correlationKey,
      variables: row.variables,
      timeToLiveMs: row.timeToLiveMs,
      messageId: row.idempotencyKey,
    }));
  } catch (err) {
    throw new TransientError(`Publishing ${row.messageName} failed`, undefined, { cause: err });
  }
  await deps.messages.setMessageKey(row.id, messageKey);
}
