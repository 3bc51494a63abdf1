import { expect } from 'chai';
import type {
  NewDelivery,
  WebhookRepository,
  WebhookSubscription,
} from '../../db/repositories/webhooks.repository.ts';
import type { Logger } from '../../lib/logger.ts';
import type { AuditSource } from '../../lib/webhooks/payload.ts';
import { createWebhookDispatcher } from '../../workers/webhooks/dispatcher.ts';

const NOW = new Date('2026-12-07T08:00:00Z');
/** Before the subscriptions were created: history, which no subscription receives. */
const BEFORE = new Date(NOW.getTime() - 60_000);
const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/**
 * The tables the dispatcher reads and writes, in memory: audit rows by id, the delivery
 * table with its unique idempotency key, and the cursors. Other sources are empty.
 */
function fakeRepo(subs: WebhookSubscription[], audit: AuditSource[]) {
  const deliveries = new Map<string, NewDelivery>();
  const cursors = new Map<string, string>();
  const reads: { afterId: string; limit: number }[] = [];
  const repo = {
    enabledSubscriptions: async () => subs.filter((s) => s.enabled),
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
    auditRows: async (afterId: string, since: Date, limit: number) => {
      reads.push({ afterId, limit });
      return audit
        .filter((a) => Number(a.id) > Number(afterId) && a.at >= since)
        .filter((a) => ![...deliveries.values()].some((d) => d.event.id === `audit:${a.id}`))
        .slice(0, limit);
    },
    recordTypeOf: (table: string) => (table === 'incidents' ? 'incident' : undefined),
    recordNumber: async () => 'INC-X',
    slaRows: async () => [],
    taskRows: async () => [],
    engineIncidentRows: async () => [],
  };
  return { repo: repo as unknown as WebhookRepository, deliveries, cursors, reads };
}

const sub = (id: string, createdAt = NOW): WebhookSubscription => ({
  id,
  url: 'http://127.0.0.1/hook',
  description: null,
  events: ['record.created'],
  enabled: true,
  createdBy: 'admin',
  createdAt,
  updatedAt: createdAt,
});

const created = (id: number, at = NOW): AuditSource => ({
  id: String(id),
  tableName: 'incidents',
  recordId: `r${id}`,
  action: 'create',
  before: null,
  after: { number: `INC-${id}`, status: 'new' },
  actor: 'service-desk',
  at,
});

describe('webhooks: the dispatcher', () => {
  it('when it runs for the first time, it starts at the end of the audit log and sends no history', async () => {
    // given
    const { repo, deliveries, cursors } = fakeRepo(
      [sub('a')],
      [created(1, BEFORE), created(2, BEFORE)],
    );
    const dispatcher = createWebhookDispatcher({
      webhooks: repo,
      clock: { now: () => NOW },
      log: quietLog,
    });
    // when
    const added = await dispatcher.runOnce();
    // then
    expect(added).to.equal(0);
    expect(deliveries.size).to.equal(0);
    expect(cursors.get('audit_log')).to.equal('2');
  });

  it('when new rows come, it queues one delivery per event and subscription, and a second run (or a restart from an old cursor) adds none', async () => {
    // given
    const audit = [created(1, BEFORE)];
    const f = fakeRepo([sub('a'), sub('b')], audit);
    const dispatcher = createWebhookDispatcher({
      webhooks: f.repo,
      clock: { now: () => NOW },
      log: quietLog,
    });
    await dispatcher.runOnce();
    audit.push(created(2), created(3));
    // when
    const first = await dispatcher.runOnce();
    f.cursors.set('audit_log', '0');
    const again = await dispatcher.runOnce();
    // then
    expect(first).to.equal(4);
    expect(again).to.equal(0);
    expect([...f.deliveries.keys()].sort()).to.deep.equal([
      'audit:2@a',
      'audit:2@b',
      'audit:3@a',
      'audit:3@b',
    ]);
    expect(f.cursors.get('audit_log')).to.equal('3');
  });

  it('when an event happened before a subscription was created, it does not reach it', async () => {
    // given
    const audit = [created(1, BEFORE)];
    const later = new Date(NOW.getTime() + 60_000);
    const f = fakeRepo([sub('old'), sub('new', later)], audit);
    const dispatcher = createWebhookDispatcher({
      webhooks: f.repo,
      clock: { now: () => later },
      log: quietLog,
    });
    await dispatcher.runOnce();
    audit.push(created(2, NOW));
    // when
    await dispatcher.runOnce();
    // then
    expect([...f.deliveries.keys()]).to.deep.equal(['audit:2@old']);
  });

  it('when a row committed late has an id below the cursor, the overlap still finds it', async () => {
    // given: the cursor is past 10, and row 9 becomes visible only now
    const audit = [created(10, BEFORE)];
    const f = fakeRepo([sub('a')], audit);
    const dispatcher = createWebhookDispatcher({
      webhooks: f.repo,
      clock: { now: () => NOW },
      log: quietLog,
    });
    await dispatcher.runOnce();
    audit.unshift(created(9));
    // when
    await dispatcher.runOnce();
    // then
    expect([...f.deliveries.keys()]).to.deep.equal(['audit:9@a']);
    expect(f.cursors.get('audit_log')).to.equal('10');
  });

  it('when more rows wait than a pass reads, the cursor stops after the last row read and the next pass goes on', async () => {
    // given
    const audit: AuditSource[] = [];
    const f = fakeRepo([sub('a')], audit);
    const dispatcher = createWebhookDispatcher({
      webhooks: f.repo,
      clock: { now: () => NOW },
      log: quietLog,
    });
    await dispatcher.runOnce();
    for (let i = 1; i <= 1000; i++) audit.push(created(i));
    // when
    await dispatcher.runOnce();
    const afterOne = f.cursors.get('audit_log');
    for (let pass = 0; pass < 10; pass++) await dispatcher.runOnce();
    // then
    expect(Number(afterOne)).to.be.lessThan(1000);
    expect(f.deliveries.size).to.equal(1000);
    expect(f.cursors.get('audit_log')).to.equal('1000');
  });
});
