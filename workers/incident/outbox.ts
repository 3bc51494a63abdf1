import type { Clock } from '../../lib/clock.ts';
import { requestIdFor } from '../bus/publish.worker.ts';
import { TransientError } from '../lib/errors.ts';
import type { MessageOutbox } from './ports.ts';

/** Time to live of a message a waiting instance catches (§0.1) [default]. */
export const CATCH_MESSAGE_TTL_MS = 7 * 24 * 3600_000;

/** One message a worker publishes itself. */
export interface OutboxMessage {
  /** Job key + purpose: the outbox row and the engine's message id. */
  idempotencyKey: string;
  name: string;
  /** Record number for a catch message; omit for a start message (a fresh request id is used). */
  correlationKey?: string;
  variables: Record<string, unknown>;
  timeToLiveMs: number;
  sourceType: string;
  sourceNumber: string;
}

/**
 * Publishes like `itsm:bus.publish:1`: the outbox row first, then the engine with the row's
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
