import type {
  WebhookRepository,
  WebhookSubscription,
} from '../../db/repositories/webhooks.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import { deliveryKey, reaches, type WebhookEvent } from '../../lib/webhooks/events.ts';
import {
  engineIncidentEvent,
  eventFromAudit,
  eventFromSla,
  taskCompletedEvent,
  taskCreatedEvent,
} from '../../lib/webhooks/payload.ts';

/** Rows read per source and pass. */
const BATCH = 200;
/**
 * Ids below the cursor read again each pass: a transaction that took a lower id but
 * committed after a higher one is still seen (the delivery's unique key drops repeats).
 */
const ID_OVERLAP = 200;
/** Time before the last pass read again from the read model (the projector may lag). */
const TIME_OVERLAP_MS = 24 * 3600_000;

/**
 * How much later than the pruning's cut-off the oldest event read is: a delivery row is made
 * after its event, so every event a pass may read still has its row (the unique key that stops
 * it from being sent twice), even when the pruner's clock runs a little ahead.
 */
const PRUNE_MARGIN_MS = 3600_000;

/** The later of two instants; undefined when `a` is (no subscription wants the source). */
const later = (a: Date | undefined, b: Date | undefined) => (a && b && b > a ? b : a);

/** The earliest creation of an enabled subscription to one of `types`, or undefined. */
function earliestFor(subs: readonly WebhookSubscription[], types: readonly string[]) {
  const times = subs
    .filter((s) => s.events.some((e) => types.includes(e)))
    .map((s) => s.createdAt.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/**
 * Turns what the platform already records into delivery rows, one per event and
 * subscription: `audit_log` (record created, status changed), `sla_events` (threshold
 * reached, breached), the read model's `tasks` (created, completed) and `engine_incidents`
 * (process incident raised). Reads from a cursor per source; a delivery's idempotency key is
 * unique, so a pass run twice, by two processes or after a crash, adds no row twice.
 */
export function createWebhookDispatcher(deps: {
  webhooks: WebhookRepository;
  clock: Clock;
  log: Logger;
  /** Days deliveries are kept (the pruner's); events older than that are not read. */
  retentionDays?: number;
}) {
  const repo = deps.webhooks;
  /** The oldest event a pass reads: the pruner may have deleted the rows of older ones. */
  const floor = (now: Date) =>
    deps.retentionDays === undefined
      ? undefined
      : new Date(now.getTime() - deps.retentionDays * 24 * 3600_000 + PRUNE_MARGIN_MS);

  async function deliver(
    subs: readonly WebhookSubscription[],
    event: WebhookEvent | undefined,
    now: Date,
  ): Promise<number> {
    if (!event) return 0;
    const occurredAt = new Date(event.occurredAt);
    const to = subs.filter((s) => reaches(s, { type: event.type, occurredAt }));
    const added = await repo.enqueue(
      to.map((s) => ({
        subscriptionId: s.id,
        idempotencyKey: deliveryKey(event.id, s.id),
        event,
        at: now,
      })),
    );
    return added.length;
  }

  /** audit_log or sla_events from the stored id, a window below it read again. */
  async function byId<R extends { id: string }>(
    subs: readonly WebhookSubscription[],
    now: Date,
    source: { name: string; table: 'audit_log' | 'sla_events'; types: readonly string[] },
    read: (afterId: string, since: Date, limit: number) => Promise<R[]>,
    toEvent: (row: R) => Promise<WebhookEvent | undefined>,
  ): Promise<number> {
    const maxAtStart = await repo.maxId(source.table);
    const cursor = await repo.cursor(source.name);
    // The first pass ever starts at the end: a new installation sends no history.
    if (cursor === undefined) {
      await repo.setCursor(source.name, maxAtStart);
      return 0;
    }
    const since = later(earliestFor(subs, source.types), floor(now));
    let next = BigInt(maxAtStart) > BigInt(cursor) ? maxAtStart : cursor;
    let added = 0;
    if (since) {
      const from = String(
        BigInt(cursor) > BigInt(ID_OVERLAP) ? BigInt(cursor) - BigInt(ID_OVERLAP) : 0n,
      );
      const limit = ID_OVERLAP + BATCH;
      const rows = await read(from, since, limit);
      for (const row of rows) added += await deliver(subs, await toEvent(row), now);
      // A full batch may stop short of the end: continue after its last row.
      const last = rows.at(-1);
      if (rows.length === limit && last && BigInt(last.id) < BigInt(next)) next = last.id;
      if (BigInt(next) < BigInt(cursor)) next = cursor;
    }
    await repo.setCursor(source.name, next);
    return added;
  }

  /** The read model's tasks or engine incidents from the last pass's time, a day read again. */
  async function byTime<R>(
    subs: readonly WebhookSubscription[],
    now: Date,
    source: { name: string; types: readonly string[] },
    read: (since: Date, limit: number) => Promise<R[]>,
    toEvent: (row: R) => WebhookEvent | undefined,
  ): Promise<number> {
    const earliest = later(earliestFor(subs, source.types), floor(now));
    let added = 0;
    let caughtUp = true;
    if (earliest) {
      const last = await repo.cursor(source.name);
      const window = last ? new Date(new Date(last).getTime() - TIME_OVERLAP_MS) : earliest;
      const since = window > earliest ? window : earliest;
      const rows = await read(since, BATCH);
      for (const row of rows) added += await deliver(subs, toEvent(row), now);
      caughtUp = rows.length < BATCH;
    }
    if (caughtUp) await repo.setCursor(source.name, now.toISOString());
    return added;
  }

  /** Whether a pass has set every source's cursor (at the end, on a new installation). */
  let cursorsSet = false;

  /**
   * One pass over every source; answers the number of delivery rows added. Without an
   * enabled subscription a pass reads nothing once the cursors are set: a first subscription
   * later reads on from them, and only what happened after its creation reaches it.
   */
  async function runOnce(): Promise<number> {
    const now = deps.clock.now();
    const subs = await repo.enabledSubscriptions();
    if (subs.length === 0 && cursorsSet) return 0;
    cursorsSet = true;
    let added = 0;
    added += await byId(
      subs,
      now,
      { name: 'audit_log', table: 'audit_log', types: ['record.created', 'record.status-changed'] },
      (afterId, since, limit) => repo.auditRows(afterId, since, limit),
      async (row) => {
        const type = repo.recordTypeOf(row.tableName);
        const number =
          row.after && 'number' in row.after
            ? undefined
            : await repo.recordNumber(row.tableName, row.recordId);
        return eventFromAudit(row, type, number);
      },
    );
    added += await byId(
      subs,
      now,
      { name: 'sla_events', table: 'sla_events', types: ['sla.threshold-reached', 'sla.breached'] },
      (afterId, since, limit) => repo.slaRows(afterId, since, limit),
      async (row) => eventFromSla(row),
    );
    added += await byTime(
      subs,
      now,
      { name: 'tasks.created', types: ['task.created'] },
      (since, limit) => repo.taskRows(since, false, limit),
      taskCreatedEvent,
    );
    added += await byTime(
      subs,
      now,
      { name: 'tasks.completed', types: ['task.completed'] },
      (since, limit) => repo.taskRows(since, true, limit),
      taskCompletedEvent,
    );
    added += await byTime(
      subs,
      now,
      { name: 'engine_incidents', types: ['process.incident-raised'] },
      (since, limit) => repo.engineIncidentRows(since, limit),
      engineIncidentEvent,
    );
    if (added) deps.log.info(`queued ${added} webhook deliver${added === 1 ? 'y' : 'ies'}`);
    return added;
  }

  return { runOnce };
}
