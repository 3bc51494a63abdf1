import type { Knex } from 'knex';

/** A message published to the engine, kept in the outbox. */
export interface PublishedMessage {
  id: string;
  idempotencyKey: string;
  messageName: string;
  correlationKey: string;
  variables: Record<string, unknown>;
  timeToLiveMs: number;
  sourceType?: string;
  sourceNumber?: string;
  messageKey?: string;
  publishedAt: Date;
  publishCount: number;
  startedInstanceKey?: string;
  /** Set when the message was closed without starting an instance (see {@link closeAnswered}). */
  closedAt?: Date;
  closedReason?: string;
}

/** Why an open start message was closed without being published again. */
export const CORRELATION_KEY_STARTED = 'correlation-key-started';

/** A start message published this soon after a receiving deployment may have missed it. */
export const REPUBLISH_WINDOW_MS = 30_000;
/** How long such a message stays open before it is published again. */
export const REPUBLISH_SETTLE_MS = 5_000;

function toMessage(r: Record<string, unknown>): PublishedMessage {
  return {
    id: String(r.id),
    idempotencyKey: String(r.idempotency_key),
    messageName: String(r.message_name),
    correlationKey: String(r.correlation_key),
    variables: (r.variables ?? {}) as Record<string, unknown>,
    timeToLiveMs: Number(r.time_to_live_ms),
    sourceType: (r.source_type as string | null) ?? undefined,
    sourceNumber: (r.source_number as string | null) ?? undefined,
    messageKey: (r.message_key as string | null) ?? undefined,
    publishedAt: new Date(String(r.published_at)),
    publishCount: Number(r.publish_count),
    startedInstanceKey: (r.started_instance_key as string | null) ?? undefined,
    closedAt: r.closed_at ? new Date(String(r.closed_at)) : undefined,
    closedReason: (r.closed_reason as string | null) ?? undefined,
  };
}

/**
 * The `published_messages` outbox (§0.1): every message the platform publishes, and whether
 * a start message started an instance. Open start messages are published again when a
 * process that receives them is deployed.
 */
export function createPublishedMessageRepository(db: Knex | Knex.Transaction) {
  return {
    async findByIdempotencyKey(key: string): Promise<PublishedMessage | undefined> {
      const row = await db('published_messages').where({ idempotency_key: key }).first();
      return row && toMessage(row);
    },
    /** Records a published message once per idempotency key; returns the stored row. */
    async record(
      m: Omit<
        PublishedMessage,
        'id' | 'publishCount' | 'startedInstanceKey' | 'closedAt' | 'closedReason'
      >,
    ): Promise<PublishedMessage> {
      await db('published_messages')
        .insert({
          idempotency_key: m.idempotencyKey,
          message_name: m.messageName,
          correlation_key: m.correlationKey,
          variables: JSON.stringify(m.variables),
          time_to_live_ms: m.timeToLiveMs,
          source_type: m.sourceType ?? null,
          source_number: m.sourceNumber ?? null,
          message_key: m.messageKey ?? null,
          published_at: m.publishedAt,
        })
        .onConflict('idempotency_key')
        .ignore();
      const row = await db('published_messages')
        .where({ idempotency_key: m.idempotencyKey })
        .first();
      return toMessage(row);
    },
    /**
     * Open start messages (nothing started yet, not closed) that nothing could have received:
     * a process with a matching message start event was deployed after they were last
     * published; or they were published within {@link REPUBLISH_WINDOW_MS} after such a
     * deployment and are still open {@link REPUBLISH_SETTLE_MS} later. The engine distributes a
     * deployment to its other partitions after answering it, and a message goes to the partition
     * of its correlation key: one published there before the deployment arrived is dropped
     * (measured on 3 partitions under load: the process arrived on the last partition 2.8 s
     * after the first, whose record the read model shows). A message that did start an instance
     * has its row closed by then (or by {@link closeAnswered}); the engine starts no second
     * instance for a correlation key while the first runs.
     */
    async awaitingRepublish(now: Date, limit = 100): Promise<PublishedMessage[]> {
      const rows = await db('published_messages as m')
        .whereNull('m.started_instance_key')
        .whereNull('m.closed_at')
        // Without a key the first publication is still under way (or failed): its job owns it.
        .whereNotNull('m.message_key')
        .whereExists((q) =>
          q
            .select(db.raw('1'))
            .from('process_definitions as d')
            .whereRaw('m.message_name = any(d.message_start_names)')
            .andWhere((w) =>
              w
                .whereRaw('d.deployed_at > m.published_at')
                .orWhereRaw(
                  `m.published_at < d.deployed_at + ?::interval and m.published_at < ?::timestamptz - ?::interval`,
                  [
                    `${REPUBLISH_WINDOW_MS} milliseconds`,
                    now,
                    `${REPUBLISH_SETTLE_MS} milliseconds`,
                  ],
                ),
            ),
        )
        .orderBy('m.published_at')
        .limit(limit)
        .select('m.*');
      return rows.map(toMessage);
    },
    /**
     * Closes open start messages whose name and correlation key already started an instance
     * through another row: the engine starts at most one instance per correlation key at a time,
     * and a key that names a record (§0.8: the incident number of `Msg_MajorIncidentDeclared`)
     * is served by that instance, so publishing it again (after a redeploy, once the first
     * instance ended) would start a second one. Keys that are fresh request ids never match.
     * Returns the rows closed.
     */
    async closeAnswered(at: Date): Promise<PublishedMessage[]> {
      const rows = await db('published_messages as m')
        .whereNull('m.started_instance_key')
        .whereNull('m.closed_at')
        // Without a key the first publication is still under way: its job owns the row.
        .whereNotNull('m.message_key')
        .whereExists((q) =>
          q
            .select(db.raw('1'))
            .from('process_definitions as d')
            .whereRaw('m.message_name = any(d.message_start_names)'),
        )
        .whereExists((q) =>
          q
            .select(db.raw('1'))
            .from('published_messages as o')
            .whereRaw('o.message_name = m.message_name')
            .andWhereRaw('o.correlation_key = m.correlation_key')
            .whereNotNull('o.started_instance_key'),
        )
        .update({ closed_at: at, closed_reason: CORRELATION_KEY_STARTED })
        .returning('m.*');
      return rows.map(toMessage);
    },
    async setMessageKey(id: string, messageKey: string): Promise<void> {
      await db('published_messages').where({ id }).update({ message_key: messageKey });
    },
    async markRepublished(id: string, messageKey: string, at: Date): Promise<void> {
      await db('published_messages')
        .where({ id })
        .update({
          message_key: messageKey,
          published_at: at,
          publish_count: db.raw('publish_count + 1'),
        });
    },
    async forSource(sourceNumber: string): Promise<PublishedMessage[]> {
      const rows = await db('published_messages')
        .where({ source_number: sourceNumber })
        .orderBy('published_at');
      return rows.map(toMessage);
    },
  };
}
export type PublishedMessageRepository = ReturnType<typeof createPublishedMessageRepository>;
