import type { Knex } from 'knex';
import type { WebhookEvent } from '../../lib/webhooks/events.ts';
import type {
  AuditSource,
  EngineIncidentSource,
  SlaSource,
  TaskSource,
} from '../../lib/webhooks/payload.ts';
import { RECORD_TABLES } from './records.repository.ts';

/** A subscription as the API shows it: never with its secret. */
export interface WebhookSubscription {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One delivery of one event to one subscription. */
export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  idempotencyKey: string;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** A delivery claimed for sending, with what sending needs. */
export interface ClaimedDelivery extends WebhookDelivery {
  url: string;
  secret: string;
  /** The secret a rotation replaced, while its grace period lasts (signed with too). */
  previousSecret: string | null;
  payload: WebhookEvent;
}

/** One attempt of the delivery log. */
export interface WebhookAttempt {
  attempt: number;
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** A new delivery row. */
export interface NewDelivery {
  subscriptionId: string;
  idempotencyKey: string;
  event: WebhookEvent;
  at: Date;
}

type Row = Record<string, unknown>;

const FOREIGN_KEY_VIOLATION = '23503';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TYPE_OF_TABLE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RECORD_TABLES).map(([type, table]) => [table, type]),
);

const toSubscription = (r: Row): WebhookSubscription => ({
  id: r.id as string,
  url: r.url as string,
  description: (r.description as string | null) ?? null,
  events: r.events as string[],
  enabled: r.enabled as boolean,
  createdBy: r.created_by as string,
  createdAt: r.created_at as Date,
  updatedAt: r.updated_at as Date,
});

const toDelivery = (r: Row): WebhookDelivery => ({
  id: String(r.id),
  subscriptionId: r.subscription_id as string,
  eventId: r.event_id as string,
  eventType: r.event_type as string,
  idempotencyKey: r.idempotency_key as string,
  status: r.status as WebhookDelivery['status'],
  attempts: r.attempts as number,
  nextAttemptAt: r.next_attempt_at as Date,
  lastStatusCode: (r.last_status_code as number | null) ?? null,
  lastError: (r.last_error as string | null) ?? null,
  createdAt: r.created_at as Date,
  deliveredAt: (r.delivered_at as Date | null) ?? null,
});

/**
 * Webhook subscriptions, their delivery rows and attempt log, the dispatcher's cursors, and
 * the reads of the tables events come from (audit_log, sla_events, the read model's tasks
 * and engine incidents).
 */
export function createWebhookRepository(db: Knex) {
  return {
    /** Every subscription, oldest first. */
    async listSubscriptions(): Promise<WebhookSubscription[]> {
      return (await db('webhook_subscriptions').orderBy('created_at').orderBy('id')).map(
        toSubscription,
      );
    },

    /** One subscription, or undefined (also for an id that is no uuid). */
    async findSubscription(id: string): Promise<WebhookSubscription | undefined> {
      if (!UUID.test(id)) return undefined;
      const row = await db('webhook_subscriptions').where({ id }).first();
      return row ? toSubscription(row) : undefined;
    },

    async createSubscription(s: {
      url: string;
      description?: string | null;
      events: readonly string[];
      secret: string;
      enabled: boolean;
      createdBy: string;
      at: Date;
    }): Promise<WebhookSubscription> {
      const [row] = await db('webhook_subscriptions')
        .insert({
          url: s.url,
          description: s.description ?? null,
          events: [...s.events],
          secret: s.secret,
          enabled: s.enabled,
          created_by: s.createdBy,
          created_at: s.at,
          updated_at: s.at,
        })
        .returning('*');
      return toSubscription(row);
    },

    /** Changes url, description, events or enabled; undefined when there is no such subscription. */
    async updateSubscription(
      id: string,
      changes: { url?: string; description?: string | null; events?: string[]; enabled?: boolean },
      at: Date,
    ): Promise<WebhookSubscription | undefined> {
      if (!UUID.test(id)) return undefined;
      const update: Row = { updated_at: at };
      if (changes.url !== undefined) update.url = changes.url;
      if (changes.description !== undefined) update.description = changes.description;
      if (changes.events !== undefined) update.events = changes.events;
      if (changes.enabled !== undefined) update.enabled = changes.enabled;
      const [row] = await db('webhook_subscriptions').where({ id }).update(update).returning('*');
      return row ? toSubscription(row) : undefined;
    },

    /**
     * Replaces the secret; the replaced one stays usable until `previousUntil` (null: not at
     * all). Undefined when there is no such subscription.
     */
    async rotateSecret(
      id: string,
      secret: string,
      previousUntil: Date | null,
      at: Date,
    ): Promise<WebhookSubscription | undefined> {
      if (!UUID.test(id)) return undefined;
      // SET reads the row as it was: previous_secret takes the secret being replaced.
      const [row] = await db('webhook_subscriptions')
        .where({ id })
        .update({
          previous_secret: previousUntil ? db.raw('??', ['secret']) : null,
          previous_secret_until: previousUntil,
          secret,
          updated_at: at,
        })
        .returning('*');
      return row ? toSubscription(row) : undefined;
    },

    /**
     * Deletes up to `limit` settled deliveries (delivered or failed) created before `before`,
     * with their attempts; pending and sending ones stay whatever their age. Answers how many.
     */
    async pruneDeliveries(before: Date, limit: number): Promise<number> {
      const oldest = db('webhook_deliveries')
        .whereIn('status', ['delivered', 'failed'])
        .where('created_at', '<', before)
        .orderBy('created_at')
        .limit(limit)
        .select('id');
      return db('webhook_deliveries').whereIn('id', oldest).delete();
    },

    /** Deletes a subscription with its deliveries and their log; false when there was none. */
    async deleteSubscription(id: string): Promise<boolean> {
      if (!UUID.test(id)) return false;
      return (await db('webhook_subscriptions').where({ id }).delete()) > 0;
    },

    /** The enabled subscriptions with their creation time, for the dispatcher. */
    async enabledSubscriptions(): Promise<WebhookSubscription[]> {
      return (await db('webhook_subscriptions').where({ enabled: true })).map(toSubscription);
    },

    /**
     * Inserts delivery rows due now; a row whose idempotency key exists is skipped, so running
     * the same events twice (a second dispatcher, a restart) adds nothing. Answers the new rows.
     */
    async enqueue(deliveries: readonly NewDelivery[]): Promise<WebhookDelivery[]> {
      if (!deliveries.length) return [];
      // A subscription deleted since the caller read it takes its deliveries with it.
      const live = new Set<string>(
        await db('webhook_subscriptions')
          .whereIn('id', [...new Set(deliveries.map((d) => d.subscriptionId))])
          .pluck('id'),
      );
      const kept = deliveries.filter((d) => live.has(d.subscriptionId));
      if (!kept.length) return [];
      const insert = db('webhook_deliveries')
        .insert(
          kept.map((d) => ({
            subscription_id: d.subscriptionId,
            event_id: d.event.id,
            event_type: d.event.type,
            idempotency_key: d.idempotencyKey,
            payload: JSON.stringify(d.event),
            status: 'pending',
            attempts: 0,
            next_attempt_at: d.at,
            created_at: d.at,
          })),
        )
        .onConflict('idempotency_key')
        .ignore()
        .returning('*');
      try {
        return (await insert).map(toDelivery);
      } catch (err) {
        // Deleted between the check and the insert: the next pass reads the subscriptions again.
        if ((err as { code?: string }).code === FOREIGN_KEY_VIOLATION) return [];
        throw err;
      }
    },

    /**
     * Claims up to `limit` due deliveries of enabled subscriptions: pending ones whose time has
     * come and `sending` ones whose sender's lease ran out (it died mid-request). Rows another
     * sender is claiming are skipped (`FOR UPDATE SKIP LOCKED`); each claimed row is `sending`
     * until `leaseUntil`, with its attempt counted.
     */
    async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
      return db.transaction(async (trx) => {
        const due = trx('webhook_deliveries as d')
          .join('webhook_subscriptions as s', 's.id', 'd.subscription_id')
          .where('s.enabled', true)
          .where((w) =>
            w
              .where((p) => p.where('d.status', 'pending').where('d.next_attempt_at', '<=', now))
              .orWhere((p) => p.where('d.status', 'sending').where('d.locked_until', '<', now)),
          )
          .orderBy('d.next_attempt_at')
          .limit(limit)
          .select('d.id')
          .forUpdate('d')
          .skipLocked();
        const claimed = await trx('webhook_deliveries')
          .whereIn('id', due)
          .update({
            status: 'sending',
            locked_until: leaseUntil,
            attempts: trx.raw('attempts + 1'),
          })
          .returning('*');
        if (!claimed.length) return [];
        const subs = await trx('webhook_subscriptions')
          .whereIn('id', [...new Set(claimed.map((r) => r.subscription_id as string))])
          .select('id', 'url', 'secret', 'previous_secret', 'previous_secret_until');
        const byId = new Map(subs.map((s) => [s.id as string, s]));
        return claimed.map((r) => {
          const sub = byId.get(r.subscription_id)!;
          const until = sub.previous_secret_until as Date | null;
          return {
            ...toDelivery(r),
            url: sub.url as string,
            secret: sub.secret as string,
            previousSecret:
              until && until > now ? ((sub.previous_secret as string | null) ?? null) : null,
            payload: r.payload as WebhookEvent,
          };
        });
      });
    },

    /**
     * Logs one attempt and settles the delivery: delivered, pending again at `retryAt`, or
     * failed. Only while the row is still this sender's claim (same attempt number): a sender
     * whose lease ran out and was taken over changes nothing but the log.
     */
    async finishAttempt(o: {
      deliveryId: string;
      attempt: number;
      at: Date;
      statusCode: number | null;
      error: string | null;
      durationMs: number;
      outcome:
        { status: 'delivered' } | { status: 'pending'; retryAt: Date } | { status: 'failed' };
    }): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('webhook_attempts').insert({
          delivery_id: o.deliveryId,
          attempt: o.attempt,
          at: o.at,
          status_code: o.statusCode,
          error: o.error,
          duration_ms: o.durationMs,
        });
        await trx('webhook_deliveries')
          .where({ id: o.deliveryId, status: 'sending', attempts: o.attempt })
          .update({
            status: o.outcome.status,
            locked_until: null,
            last_status_code: o.statusCode,
            last_error: o.error,
            ...(o.outcome.status === 'pending' ? { next_attempt_at: o.outcome.retryAt } : {}),
            ...(o.outcome.status === 'delivered' ? { delivered_at: o.at } : {}),
          });
      });
    },

    /** The latest deliveries of a subscription (newest first), each with its attempts. */
    async deliveriesOf(
      subscriptionId: string,
      limit: number,
    ): Promise<(WebhookDelivery & { log: WebhookAttempt[] })[]> {
      const rows = await db('webhook_deliveries')
        .where({ subscription_id: subscriptionId })
        .orderBy('id', 'desc')
        .limit(limit);
      const attempts = rows.length
        ? await db('webhook_attempts')
            .whereIn(
              'delivery_id',
              rows.map((r) => r.id),
            )
            .orderBy(['delivery_id', 'attempt', 'id'])
        : [];
      return rows.map((r) => ({
        ...toDelivery(r),
        log: attempts
          .filter((a) => String(a.delivery_id) === String(r.id))
          .map((a) => ({
            attempt: a.attempt as number,
            at: a.at as Date,
            statusCode: (a.status_code as number | null) ?? null,
            error: (a.error as string | null) ?? null,
            durationMs: a.duration_ms as number,
          })),
      }));
    },

    /** The dispatcher's position in a source, or undefined before its first pass. */
    async cursor(source: string): Promise<string | undefined> {
      const row = await db('webhook_cursors').where({ source }).first('position');
      return row?.position as string | undefined;
    },

    async setCursor(source: string, position: string): Promise<void> {
      await db('webhook_cursors')
        .insert({ source, position })
        .onConflict('source')
        .merge({ position });
    },

    /** The highest id of an id-ordered source table (0 when empty). */
    async maxId(table: 'audit_log' | 'sla_events'): Promise<string> {
      const row = await db(table).max('id as id').first();
      return String(row?.id ?? 0);
    },

    /**
     * Audit rows of record tables after `afterId` written at or after `since` (ordered by id,
     * at most `limit`) that no delivery has been made for yet.
     */
    async auditRows(afterId: string, since: Date, limit: number): Promise<AuditSource[]> {
      const rows = await db('audit_log as a')
        .where('a.id', '>', afterId)
        .where('a.at', '>=', since)
        .whereIn('a.table_name', Object.keys(TYPE_OF_TABLE))
        .whereNotExists((q) =>
          q
            .select(db.raw('1'))
            .from('webhook_deliveries as d')
            .where('d.event_id', db.raw("'audit:' || a.id")),
        )
        .orderBy('a.id')
        .limit(limit)
        .select('a.*');
      return rows.map((r) => ({
        id: String(r.id),
        tableName: r.table_name,
        recordId: r.record_id,
        action: r.action,
        before: r.before ?? null,
        after: r.after ?? null,
        actor: r.actor,
        at: r.at,
      }));
    },

    /** The record type a table holds, or undefined for a table that holds no records. */
    recordTypeOf(table: string): string | undefined {
      return TYPE_OF_TABLE[table];
    },

    /** A record's number by its table and id, or null. */
    async recordNumber(table: string, id: string): Promise<string | null> {
      if (!TYPE_OF_TABLE[table] || !UUID.test(id)) return null;
      const row = await db(table).where({ id }).first('number');
      return (row?.number as string | undefined) ?? null;
    },

    /**
     * Threshold and breach rows of sla_events after `afterId` and at or after `since`, with
     * their clock's record, that no delivery has been made for yet.
     */
    async slaRows(afterId: string, since: Date, limit: number): Promise<SlaSource[]> {
      const rows = await db('sla_events as e')
        .join('sla_clocks as c', 'c.id', 'e.clock_id')
        .where('e.id', '>', afterId)
        .where('e.at', '>=', since)
        .whereIn('e.event', ['threshold', 'breach'])
        .whereNotExists((q) =>
          q
            .select(db.raw('1'))
            .from('webhook_deliveries as d')
            .where('d.event_id', db.raw("'sla:' || e.id")),
        )
        .orderBy('e.id')
        .limit(limit)
        .select(
          'e.id',
          'e.event',
          'e.level',
          'e.at',
          'e.elapsed_minutes',
          'c.record_type',
          'c.record_id',
          'c.record_number',
          'c.clock_type',
          'c.due_at',
        );
      return rows.map((r) => ({
        id: String(r.id),
        event: r.event,
        level: r.level ?? null,
        at: r.at,
        elapsedMinutes: Number(r.elapsed_minutes),
        recordType: r.record_type,
        recordId: r.record_id,
        recordNumber: r.record_number,
        clockType: r.clock_type,
        dueAt: r.due_at ?? null,
      }));
    },

    /**
     * Tasks created (`ended: false`) or completed (`ended: true`) at or after `since` that no
     * delivery has been made for yet, oldest first.
     */
    async taskRows(since: Date, ended: boolean, limit: number): Promise<TaskSource[]> {
      const column = ended ? 't.ended_at' : 't.created_at';
      const prefix = ended ? 'task-completed:' : 'task-created:';
      const q = db('tasks as t')
        .where(column, '>=', since)
        .whereNotExists((s) =>
          s
            .select(db.raw('1'))
            .from('webhook_deliveries as d')
            .where('d.event_id', db.raw(`? || t.key`, [prefix])),
        )
        .orderBy(column)
        .limit(limit)
        .select('t.*');
      if (ended) q.where('t.state', 'completed');
      return (await q).map((r) => ({
        key: r.key,
        name: r.name ?? null,
        elementId: r.element_id,
        processId: r.process_id,
        processInstanceKey: r.process_instance_key,
        candidateGroups: r.candidate_groups ?? [],
        assignee: r.assignee ?? null,
        state: r.state,
        recordType: r.record_type ?? null,
        recordNumber: r.record_number ?? null,
        createdAt: r.created_at,
        dueAt: r.due_at ?? null,
        endedAt: r.ended_at ?? null,
      }));
    },

    /** Engine incidents raised at or after `since` with no delivery yet, oldest first. */
    async engineIncidentRows(since: Date, limit: number): Promise<EngineIncidentSource[]> {
      const rows = await db('engine_incidents as i')
        .leftJoin('process_instances as p', 'p.key', 'i.process_instance_key')
        .where('i.created_at', '>=', since)
        .whereNotExists((s) =>
          s
            .select(db.raw('1'))
            .from('webhook_deliveries as d')
            .where('d.event_id', db.raw(`'engine-incident:' || i.key`)),
        )
        .orderBy('i.created_at')
        .limit(limit)
        .select('i.*', 'p.process_id');
      return rows.map((r) => ({
        key: r.key,
        processInstanceKey: r.process_instance_key,
        processId: r.process_id ?? null,
        elementId: r.element_id ?? null,
        errorType: r.error_type,
        errorMessage: r.error_message ?? null,
        createdAt: r.created_at,
      }));
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
