import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import type {
  NewDelivery,
  WebhookRepository,
  WebhookSubscription,
} from '../../db/repositories/webhooks.repository.ts';
import type { Logger } from '../../lib/logger.ts';
import type { AuditSource } from '../../lib/webhooks/payload.ts';
import { verifyWebhook, webhookHeaders } from '../../lib/webhooks/signature.ts';
import { loadWebhookConfig } from '../../workers/webhooks/config.ts';
import { createWebhookDispatcher } from '../../workers/webhooks/dispatcher.ts';
import { createWebhookPruner } from '../../workers/webhooks/pruner.ts';

const NOW = new Date('2026-12-07T08:00:00Z');
const DAY_MS = 24 * 3600_000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY_MS);
const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/** The audit source and the delivery table in memory, as the dispatcher sees them. */
function fakeRepo(subs: WebhookSubscription[], audit: AuditSource[]) {
  const deliveries = new Map<string, NewDelivery>();
  const cursors = new Map<string, string>();
  const repo = {
    enabledSubscriptions: async () => subs,
    enqueue: async (ds: readonly NewDelivery[]) =>
      ds.flatMap((d) => {
        if (deliveries.has(d.idempotencyKey)) return [];
        deliveries.set(d.idempotencyKey, d);
        return [d];
      }),
    cursor: async (source: string) => cursors.get(source),
    setCursor: async (source: string, position: string) => void cursors.set(source, position),
    maxId: async (table: string) =>
      table === 'audit_log' ? String(Math.max(0, ...audit.map((a) => Number(a.id)))) : '0',
    auditRows: async (afterId: string, since: Date, limit: number) =>
      audit
        .filter((a) => Number(a.id) > Number(afterId) && a.at >= since)
        .filter((a) => ![...deliveries.values()].some((d) => d.event.id === `audit:${a.id}`))
        .slice(0, limit),
    recordTypeOf: () => 'incident',
    recordNumber: async () => 'INC-X',
    slaRows: async () => [],
    taskRows: async () => [],
    engineIncidentRows: async () => [],
  };
  return { repo: repo as unknown as WebhookRepository, deliveries, cursors };
}

const subscription: WebhookSubscription = {
  id: 'a',
  url: 'http://127.0.0.1/hook',
  description: null,
  events: ['record.created'],
  enabled: true,
  createdBy: 'admin',
  createdAt: daysAgo(90),
  updatedAt: daysAgo(90),
};

const createdAt = (id: number, at: Date): AuditSource => ({
  id: String(id),
  tableName: 'incidents',
  recordId: `r${id}`,
  action: 'create',
  before: null,
  after: { number: `INC-${id}`, status: 'new' },
  actor: 'service-desk',
  at,
});

describe('webhooks: housekeeping', () => {
  describe('the dispatcher after pruning', () => {
    /** An event 40 days old, delivered, its delivery pruned; the cursor just past it. */
    async function afterPruning(retentionDays?: number) {
      const audit = [createdAt(1, daysAgo(40))];
      const f = fakeRepo([subscription], audit);
      // delivered when it happened; 40 days later its delivery is pruned
      let now = new Date(daysAgo(40).getTime() + 60_000);
      const dispatcher = createWebhookDispatcher({
        webhooks: f.repo,
        clock: { now: () => now },
        log: quietLog,
        ...(retentionDays === undefined ? {} : { retentionDays }),
      });
      f.cursors.set('audit_log', '0');
      await dispatcher.runOnce();
      expect([...f.deliveries.keys()]).to.deep.equal(['audit:1@a']);
      now = NOW;
      f.deliveries.clear();
      return { f, dispatcher };
    }

    it('when the delivery of an old event was pruned, reading the overlap again does not send it again', async () => {
      // given
      const { f, dispatcher } = await afterPruning(30);
      // when: the next pass reads the ids below its cursor again
      const added = await dispatcher.runOnce();
      // then
      expect(added).to.equal(0);
      expect(f.deliveries.size).to.equal(0);
    });

    it('when no retention bounds the reads, the same pass would send the pruned event again (why the bound exists)', async () => {
      // given
      const { f, dispatcher } = await afterPruning(undefined);
      // when
      const added = await dispatcher.runOnce();
      // then
      expect(added).to.equal(1);
      expect([...f.deliveries.keys()]).to.deep.equal(['audit:1@a']);
    });
  });

  describe('the pruner', () => {
    it('when more rows are old than a batch, deletes batch after batch before the cut-off of the retention', async () => {
      // given: 5 prunable rows, batches of 2
      let left = 5;
      const cutoffs: Date[] = [];
      const repo = {
        pruneDeliveries: async (before: Date, limit: number) => {
          cutoffs.push(before);
          const n = Math.min(limit, left);
          left -= n;
          return n;
        },
      } as unknown as WebhookRepository;
      const pruner = createWebhookPruner({
        webhooks: repo,
        clock: { now: () => NOW },
        log: quietLog,
        retentionDays: 30,
        batch: 2,
      });
      // when
      const deleted = await pruner.runOnce();
      // then
      expect(deleted).to.equal(5);
      expect(cutoffs.map((c) => c.toISOString())).to.deep.equal(
        Array(3).fill(daysAgo(30).toISOString()),
      );
    });

    it('when the settings are read, the retention defaults to 30 days and a retention under 2 days is refused naming the key', () => {
      expect(loadWebhookConfig({})).to.include({
        WEBHOOK_DELIVERY_RETENTION_DAYS: 30,
        WEBHOOK_PRUNE_INTERVAL_MS: 600_000,
        WEBHOOK_PRUNE_BATCH: 500,
      });
      expect(() => loadWebhookConfig({ WEBHOOK_DELIVERY_RETENTION_DAYS: '1' })).to.throw(
        /WEBHOOK_DELIVERY_RETENTION_DAYS/,
      );
    });
  });

  describe('signatures during a rotation', () => {
    it('when a previous secret is given, the header holds the new signature, a comma and the old one, and either secret verifies', () => {
      // given
      const body = '{"id":"test:1"}';
      const at = new Date('2026-12-07T08:00:00Z');
      // when
      const h = webhookHeaders({
        secret: 'new',
        previousSecret: 'old',
        eventType: 'webhook.test',
        deliveryKey: 'k',
        at,
        body,
      });
      // then
      const ts = h['X-Itsm-Timestamp']!;
      const sign = (s: string) =>
        `sha256=${createHmac('sha256', s).update(`${ts}.${body}`).digest('hex')}`;
      expect(h['X-Itsm-Signature']).to.equal(`${sign('new')},${sign('old')}`);
      expect(verifyWebhook('new', ts, body, h['X-Itsm-Signature']!)).to.equal(true);
      expect(verifyWebhook('old', ts, body, h['X-Itsm-Signature']!)).to.equal(true);
      expect(verifyWebhook('other', ts, body, h['X-Itsm-Signature']!)).to.equal(false);
      const single = webhookHeaders({
        secret: 'new',
        previousSecret: null,
        eventType: 'webhook.test',
        deliveryKey: 'k',
        at,
        body,
      });
      expect(single['X-Itsm-Signature']).to.equal(sign('new'));
    });
  });
});
