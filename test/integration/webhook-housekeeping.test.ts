import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'chai';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../lib/logger.ts';
import { loadWebhookConfig } from '../../workers/webhooks/config.ts';
import { createWebhookLoops } from '../../workers/webhooks/index.ts';
import { api, waitFor } from '../helpers/api.ts';
import { moveClockTo } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * Webhook housekeeping (issue 14 item 1): an admin rotates a subscription's secret (the new
 * one shown once; for the grace period each delivery is signed with both, then with the new
 * one only), and the worker's pruning loop deletes settled deliveries older than the
 * retention in small batches while pending, sending and recent ones stay.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string };
}

interface Rotated {
  id: string;
  secret: string;
  previousSecretValidUntil: string | null;
}

interface ErrorAnswer {
  error: { details: { field: string; message: string }[] };
}

/** A receiver on 127.0.0.1 that answers 200 and records every POST. */
async function startReceiver() {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    on: (path: string) => received.filter((r) => r.path === path),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The receiver's check as the README tells an integrator to write it: the header may hold
 * several comma-separated signatures (during a rotation); one made with our secret is enough.
 */
function verify(secret: string, headers: IncomingHttpHeaders, rawBody: string): boolean {
  const expected = Buffer.from(
    'sha256=' +
      createHmac('sha256', secret)
        .update(`${headers['x-itsm-timestamp']}.${rawBody}`)
        .digest('hex'),
  );
  return String(headers['x-itsm-signature'] ?? '')
    .split(',')
    .some((s) => {
      const given = Buffer.from(s.trim());
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const signatures = (r: Received) => String(r.headers['x-itsm-signature']).split(',');

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

/** Problems of an answer against the success schema the OpenAPI document publishes. */
async function schemaProblems(method: string, path: string, status: number, body: unknown) {
  const doc = await api<{
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: object }> }> }
      >
    >;
  }>('GET', '/api/openapi.json');
  const schema =
    doc.body.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']
      ?.schema;
  if (!schema) return [`no schema published for ${method} ${path} ${status}`];
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('webhooks: secret rotation and delivery pruning', function () {
  this.timeout(120_000);
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const created: string[] = [];

  before(async () => {
    receiver = await startReceiver();
  });

  afterEach(async () => {
    for (const id of created.splice(0)) await api('DELETE', `/api/webhooks/${id}`, { as: 'admin' });
  });

  after(async () => {
    await receiver?.close();
  });

  async function subscribe(path: string, enabled = true) {
    const res = await api<{ id: string; secret: string }>('POST', '/api/webhooks', {
      as: 'admin',
      body: { url: `${receiver.base}${path}`, events: ['sla.breached'], enabled },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    created.push(res.body.id);
    return res.body;
  }

  /** Queues a test delivery and waits for the receiver to get it. */
  async function testDelivery(id: string, path: string): Promise<Received> {
    const queued = await api<{ idempotencyKey: string }>('POST', `/api/webhooks/${id}/test`, {
      as: 'admin',
      body: {},
    });
    expect(queued.status, JSON.stringify(queued.body)).to.equal(202);
    return waitFor('the test delivery', async () =>
      receiver.on(path).find((r) => r.headers['x-itsm-delivery'] === queued.body.idempotencyKey),
    );
  }

  it('when a non-admin, an unknown subscription or a bad grace asks for a rotation, answers 403, 404 or 400 naming the field, and the secret stays', async () => {
    // given
    const sub = await subscribe('/refused');
    // when
    const asManager = await api('POST', `/api/webhooks/${sub.id}/rotate-secret`, {
      as: 'incident-manager',
      body: {},
    });
    const unknown = await api(
      'POST',
      '/api/webhooks/00000000-0000-4000-8000-000000000000/rotate-secret',
      {
        as: 'admin',
        body: {},
      },
    );
    const badGrace = await api<ErrorAnswer>('POST', `/api/webhooks/${sub.id}/rotate-secret`, {
      as: 'admin',
      body: { graceHours: -1 },
    });
    const extra = await api<ErrorAnswer>('POST', `/api/webhooks/${sub.id}/rotate-secret`, {
      as: 'admin',
      body: { secret: 'mine' },
    });
    // then
    expect(asManager.status).to.equal(403);
    expect(unknown.status).to.equal(404);
    expect(badGrace.status).to.equal(400);
    expect(badGrace.body.error.details.map((d) => d.field)).to.deep.equal(['graceHours']);
    expect(extra.status).to.equal(400);
    expect(extra.body.error.details.map((d) => d.field)).to.deep.equal(['secret']);
    const got = await testDelivery(sub.id, '/refused');
    expect(signatures(got)).to.have.length(1);
    expect(verify(sub.secret, got.headers, got.body)).to.equal(true);
  });

  it('when the secret is rotated, deliveries are signed with the new and the old secret for the grace period, then with the new one only', async () => {
    // given
    const sub = await subscribe('/rotated');
    const start = testContext().platform.clock.now();

    // when
    const rotated = await api<Rotated>('POST', `/api/webhooks/${sub.id}/rotate-secret`, {
      as: 'admin',
      body: { graceHours: 1 },
    });

    // then: the new secret once, the old one valid for an hour of platform time
    expect(rotated.status, JSON.stringify(rotated.body)).to.equal(200);
    expect(rotated.body.secret).to.match(/^whsec_/);
    expect(rotated.body.secret).not.to.equal(sub.secret);
    const until = new Date(rotated.body.previousSecretValidUntil!);
    expect(until.getTime() - start.getTime()).to.be.within(3600_000, 3600_000 + 60_000);
    expect(
      await schemaProblems('post', '/api/webhooks/{id}/rotate-secret', 200, rotated.body),
    ).to.deep.equal([]);
    const one = await api('GET', `/api/webhooks/${sub.id}`, { as: 'admin' });
    expect(JSON.stringify(one.body)).not.to.include(rotated.body.secret);
    // and during the grace a receiver with either secret verifies, the new one's first
    const during = await testDelivery(sub.id, '/rotated');
    expect(signatures(during)).to.have.length(2);
    expect(verify(rotated.body.secret, during.headers, during.body)).to.equal(true);
    expect(verify(sub.secret, during.headers, during.body)).to.equal(true);
    expect(
      verify(
        rotated.body.secret,
        { ...during.headers, 'x-itsm-signature': signatures(during)[0] },
        during.body,
      ),
    ).to.equal(true);

    // when the grace period is over
    await moveClockTo(until);

    // then only the new secret signs
    const afterGrace = await testDelivery(sub.id, '/rotated');
    expect(signatures(afterGrace)).to.have.length(1);
    expect(verify(rotated.body.secret, afterGrace.headers, afterGrace.body)).to.equal(true);
    expect(verify(sub.secret, afterGrace.headers, afterGrace.body)).to.equal(false);

    // when rotated again without grace
    const again = await api<Rotated>('POST', `/api/webhooks/${sub.id}/rotate-secret`, {
      as: 'admin',
      body: { graceHours: 0 },
    });

    // then the previous secret stops at once
    expect(again.status).to.equal(200);
    expect(again.body.previousSecretValidUntil).to.equal(null);
    const third = await testDelivery(sub.id, '/rotated');
    expect(signatures(third)).to.have.length(1);
    expect(verify(again.body.secret, third.headers, third.body)).to.equal(true);
    expect(verify(rotated.body.secret, third.headers, third.body)).to.equal(false);
  });

  it('when the pruning loop runs, settled deliveries older than the retention go in batches with their log, pending, sending and recent ones stay', async () => {
    // given: a disabled subscription (its rows are never sent) with deliveries of every age
    const { platform } = testContext();
    const db = platform.db;
    const sub = await subscribe('/pruned', false);
    const now = platform.clock.now();
    const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600_000);
    const row = (key: string, status: string, createdAt: Date) => ({
      subscription_id: sub.id,
      event_id: `prune:${key}`,
      event_type: 'sla.breached',
      idempotency_key: `prune:${key}@${sub.id}`,
      payload: JSON.stringify({ id: `prune:${key}`, type: 'sla.breached' }),
      status,
      attempts: status === 'pending' ? 0 : 1,
      next_attempt_at: createdAt,
      locked_until: status === 'sending' ? createdAt : null,
      created_at: createdAt,
    });
    const inserted: { id: string; event_id: string }[] = await db('webhook_deliveries')
      .insert([
        ...[1, 2, 3, 4, 5].map((i) => row(`old-delivered-${i}`, 'delivered', daysAgo(40))),
        row('old-failed', 'failed', daysAgo(31)),
        row('old-pending', 'pending', daysAgo(40)),
        row('old-sending', 'sending', daysAgo(40)),
        row('recent-delivered', 'delivered', daysAgo(29)),
        row('recent-failed', 'failed', daysAgo(1)),
      ])
      .returning(['id', 'event_id']);
    const oldDelivered = inserted.find((r) => r.event_id === 'prune:old-delivered-1')!;
    await db('webhook_attempts').insert({
      delivery_id: oldDelivered.id,
      attempt: 1,
      at: daysAgo(40),
      status_code: 200,
      error: null,
      duration_ms: 12,
    });
    const loops = createWebhookLoops({
      db,
      clock: platform.clock,
      log: createLogger('webhooks-prune-test', { quiet: true }),
      config: {
        ...loadWebhookConfig({}),
        WEBHOOK_POLL_MS: 60_000,
        WEBHOOK_PRUNE_INTERVAL_MS: 100,
        WEBHOOK_PRUNE_BATCH: 2,
      },
    });
    const left = async () =>
      (await db('webhook_deliveries').where({ subscription_id: sub.id }).orderBy('event_id')).map(
        (r: { event_id: string }) => r.event_id,
      );

    // when: the loops run with the default retention of 30 days
    loops.start();
    try {
      await waitFor('the old settled rows pruned', async () =>
        (await left()).length === 4 ? true : undefined,
      );
    } finally {
      await loops.stop();
    }

    // then
    expect(await left()).to.deep.equal([
      'prune:old-pending',
      'prune:old-sending',
      'prune:recent-delivered',
      'prune:recent-failed',
    ]);
    expect(await db('webhook_attempts').where({ delivery_id: oldDelivered.id })).to.have.length(0);
  });
});
