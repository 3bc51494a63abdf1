import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomInt } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookRepository } from '../../db/repositories/webhooks.repository.ts';
import { projectRoot } from '../../lib/paths.ts';
import {
  api,
  deployFixture,
  fixtureForm,
  fixtureXml,
  startInstance,
  waitFor,
} from '../helpers/api.ts';
import {
  clocks,
  deployWorkflows,
  moveClockTo,
  reportIncident,
  seeded,
  triagedIncident,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * Outbound webhooks (issue 14 item 1) against a receiver on 127.0.0.1: an admin subscribes,
 * an incident reported through the API reaches the receiver signed with the secret shown at
 * create, a receiver that fails gets the delivery again after the backoff, and a worker
 * killed mid-delivery and started again sends the same delivery row (same idempotency key),
 * never a second one.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
}

interface Subscription {
  id: string;
  url: string;
  events: string[];
  secret?: string;
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  idempotencyKey: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  log: { attempt: number; statusCode: number | null; error: string | null }[];
}

interface ErrorAnswer {
  error: { code: string; details: { field: string; message: string }[] };
}

/** A webhook receiver: records every POST; each path answers as its behaviour says. */
async function startReceiver() {
  const received: Received[] = [];
  /** Per path: the answer to its n-th request (1-based); 'hang' never answers. */
  const behaviour = new Map<string, (n: number) => number | 'hang'>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const r: Received = { path, headers: req.headers, body, json: JSON.parse(body) };
      received.push(r);
      const n = received.filter((x) => x.path === path).length;
      const answer = behaviour.get(path)?.(n) ?? 200;
      if (answer === 'hang') return;
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    behaviour,
    on: (path: string) => received.filter((r) => r.path === path),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

/** Problems of an answer against the success schema the OpenAPI document publishes for it. */
async function schemaProblems(
  method: string,
  path: string,
  status: number,
  body: unknown,
): Promise<string[]> {
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

/** The receiver's check, written as the README tells an integrator to. */
function signatureValid(r: Received, secret: string): boolean {
  const timestamp = String(r.headers['x-itsm-timestamp']);
  const expected =
    'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex');
  return r.headers['x-itsm-signature'] === expected;
}

async function subscribe(url: string, events: string[]): Promise<Subscription> {
  const res = await api<Subscription>('POST', '/api/webhooks', {
    as: 'admin',
    body: { url, events, description: 'test receiver' },
  });
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body;
}

async function deliveries(subscriptionId: string): Promise<Delivery[]> {
  const res = await api<{ items: Delivery[] }>(
    'GET',
    `/api/webhooks/${subscriptionId}/deliveries`,
    { as: 'admin' },
  );
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body.items;
}

/** The webhook loops as their own process (scripts/webhooks.ts), following the engine clock. */
function spawnWebhookWorker(): { child: ChildProcess; output: () => string } {
  const { infra } = testContext();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/webhooks.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: infra.databaseUrl,
      ENGINE_CLOCK_CONTROLLED: 'true',
      ZEEBE_VERSION: infra.engine.version,
      ZEEBE_REST_ADDRESS: infra.engine.restAddress,
      ZEEBE_MANAGEMENT_ADDRESS: infra.engine.managementAddress,
      WEBHOOK_POLL_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', resolve));
}

describe('webhooks: signed deliveries to a local receiver', function () {
  this.timeout(180_000);
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const created: string[] = [];

  before(async () => {
    await deployWorkflows();
    receiver = await startReceiver();
  });

  afterEach(async () => {
    // Later tests (and other files) must not feed this file's receiver.
    for (const id of created.splice(0)) await api('DELETE', `/api/webhooks/${id}`, { as: 'admin' });
  });

  after(async () => {
    await receiver?.close();
  });

  it('when a non-admin or a bad body asks, answers 403 or 400 naming the field, and creates nothing', async () => {
    // given
    const before = await api<{ total: number }>('GET', '/api/webhooks', { as: 'admin' });
    // when
    const asManager = await api('POST', '/api/webhooks', {
      as: 'incident-manager',
      body: { url: `${receiver.base}/x`, events: ['record.created'] },
    });
    const listAsDesk = await api('GET', '/api/webhooks', { as: 'service-desk' });
    const badUrl = await api<ErrorAnswer>('POST', '/api/webhooks', {
      as: 'admin',
      body: { url: 'ftp://127.0.0.1/hook', events: ['record.created'] },
    });
    const notUrl = await api<ErrorAnswer>('POST', '/api/webhooks', {
      as: 'admin',
      body: { url: 'hook', events: ['record.created'] },
    });
    const badEvent = await api<ErrorAnswer>('POST', '/api/webhooks', {
      as: 'admin',
      body: { url: `${receiver.base}/x`, events: ['record.deleted'] },
    });
    const unknown = await api('POST', '/api/webhooks/not-a-subscription/test', {
      as: 'admin',
      body: {},
    });
    // then
    expect(asManager.status).to.equal(403);
    expect(listAsDesk.status).to.equal(403);
    expect(badUrl.status).to.equal(400);
    expect(badUrl.body.error.details.map((d) => d.field)).to.deep.equal(['url']);
    expect(notUrl.status).to.equal(400);
    expect(notUrl.body.error.details.map((d) => d.field)).to.deep.equal(['url']);
    expect(badEvent.status).to.equal(400);
    expect(badEvent.body.error.details.map((d) => d.field)).to.deep.equal(['events.0']);
    expect(unknown.status).to.equal(404);
    const after = await api<{ total: number }>('GET', '/api/webhooks', { as: 'admin' });
    expect(after.body.total).to.equal(before.body.total);
  });

  it('when an incident is reported, the receiver gets record.created and task.created signed with the secret shown once', async () => {
    // given
    const sub = await subscribe(`${receiver.base}/signed`, ['record.created', 'task.created']);
    created.push(sub.id);
    expect(sub.secret).to.match(/^whsec_/);
    const listed = await api<{ items: Subscription[] }>('GET', '/api/webhooks', { as: 'admin' });
    const one = await api<Subscription>('GET', `/api/webhooks/${sub.id}`, { as: 'admin' });
    expect(JSON.stringify(listed.body)).not.to.include(sub.secret);
    expect(one.body).not.to.have.property('secret');
    // when
    const inc = await reportIncident({ title: 'Webhook: 打印机 / printer', impact: 3, urgency: 3 });
    // then: record.created with the incident's number, signed
    const recordCreated = await waitFor('record.created at the receiver', async () =>
      receiver
        .on('/signed')
        .find((r) => r.json.type === 'record.created' && r.json.data.number === inc.number),
    );
    expect(signatureValid(recordCreated, sub.secret!)).to.equal(true);
    expect(signatureValid(recordCreated, 'whsec_other')).to.equal(false);
    expect(recordCreated.headers['x-itsm-event']).to.equal('record.created');
    expect(recordCreated.headers['x-itsm-delivery']).to.equal(`${recordCreated.json.id}@${sub.id}`);
    expect(recordCreated.headers['content-type']).to.equal('application/json');
    expect(recordCreated.json.data).to.include({
      recordType: 'incident',
      recordId: inc.id,
      status: 'new',
      actor: 'service-desk',
    });
    // and the triage task of its process, from the read model
    const taskCreated = await waitFor('task.created at the receiver', async () =>
      receiver
        .on('/signed')
        .find((r) => r.json.type === 'task.created' && r.json.data.recordNumber === inc.number),
    );
    expect(signatureValid(taskCreated, sub.secret!)).to.equal(true);
    // and the log shows the delivery with its one successful attempt
    const log = await waitFor('the delivery logged as delivered', async () =>
      (await deliveries(sub.id)).find(
        (d) => d.eventId === recordCreated.json.id && d.status === 'delivered',
      ),
    );
    expect(log.attempts).to.equal(1);
    expect(log.log.map((a) => a.statusCode)).to.deep.equal([200]);
    // and every answer is what the OpenAPI document publishes
    const log200 = await api('GET', `/api/webhooks/${sub.id}/deliveries`, { as: 'admin' });
    expect(await schemaProblems('post', '/api/webhooks', 201, sub)).to.deep.equal([]);
    expect(await schemaProblems('get', '/api/webhooks', 200, listed.body)).to.deep.equal([]);
    expect(await schemaProblems('get', '/api/webhooks/{id}', 200, one.body)).to.deep.equal([]);
    expect(
      await schemaProblems('get', '/api/webhooks/{id}/deliveries', 200, log200.body),
    ).to.deep.equal([]);
  });

  it('when the first subscription comes after a time without any, it gets what happens from then on and nothing from before', async () => {
    // given no subscription of this receiver while an incident is reported and the dispatcher
    // idles (with no enabled subscription at all, a pass reads nothing)
    const before = await reportIncident({
      title: 'Webhook: 无人订阅 / nobody listens',
      impact: 3,
      urgency: 3,
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    // when a subscription is made and another incident reported
    const sub = await subscribe(`${receiver.base}/late`, ['record.created']);
    created.push(sub.id);
    const after = await reportIncident({
      title: 'Webhook: 有人订阅 / now someone listens',
      impact: 3,
      urgency: 3,
    });

    // then the later incident arrives, the earlier one never does
    await waitFor('record.created of the later incident', async () =>
      receiver
        .on('/late')
        .find((r) => r.json.type === 'record.created' && r.json.data.number === after.number),
    );
    const numbers = receiver.on('/late').map((r) => r.json.data.number);
    expect(numbers).to.not.include(before.number);
  });

  it('when the test button is pressed, a webhook.test delivery is queued and sent signed', async () => {
    // given
    const sub = await subscribe(`${receiver.base}/button`, ['sla.breached']);
    created.push(sub.id);
    // when
    const res = await api<Delivery>('POST', `/api/webhooks/${sub.id}/test`, {
      as: 'admin',
      body: {},
    });
    // then
    expect(res.status).to.equal(202);
    expect(res.body.status).to.equal('pending');
    expect(await schemaProblems('post', '/api/webhooks/{id}/test', 202, res.body)).to.deep.equal(
      [],
    );
    const got = await waitFor('the test delivery', async () =>
      receiver.on('/button').find((r) => r.json.type === 'webhook.test'),
    );
    expect(got.headers['x-itsm-delivery']).to.equal(res.body.idempotencyKey);
    expect(signatureValid(got, sub.secret!)).to.equal(true);
    expect(got.json.data).to.include({ subscriptionId: sub.id, requestedBy: 'admin' });
  });

  it('when an incident is triaged, the receiver gets task.completed for the triage and record.status-changed from new to in progress', async () => {
    // given
    const ref = await seeded();
    const sub = await subscribe(`${receiver.base}/changes`, [
      'record.status-changed',
      'task.completed',
    ]);
    created.push(sub.id);
    // when
    const inc = await triagedIncident('Webhook: 分派 / triage', ref.customer.id, ref.ordinary.id);
    // then
    const changed = await waitFor('record.status-changed', async () =>
      receiver
        .on('/changes')
        .find((r) => r.json.type === 'record.status-changed' && r.json.data.number === inc.number),
    );
    expect(changed.json.data).to.include({
      recordType: 'incident',
      recordId: inc.id,
      from: 'new',
      to: 'in_progress',
    });
    expect(signatureValid(changed, sub.secret!)).to.equal(true);
    const completed = await waitFor('task.completed', async () =>
      receiver
        .on('/changes')
        .find((r) => r.json.type === 'task.completed' && r.json.data.recordNumber === inc.number),
    );
    expect(completed.json.data).to.include({ elementId: 'UserTask_Triage' });
    // and no record.created: the subscription did not ask for it
    expect(receiver.on('/changes').map((r) => r.json.type)).not.to.include('record.created');
  });

  it('when an SLA clock passes its warning levels and its due time, the receiver gets sla.threshold-reached and sla.breached', async () => {
    // given
    const sub = await subscribe(`${receiver.base}/sla`, ['sla.threshold-reached', 'sla.breached']);
    created.push(sub.id);
    const inc = await reportIncident({ title: 'Webhook: 超时 / SLA', impact: 3, urgency: 3 });
    const response = await waitFor(
      'the response clock',
      async () => (await clocks(inc.number)).response,
    );
    // when
    await moveClockTo(response.dueAt);
    // then: one event per warning level and one breach (in any order: the timers fire together)
    const levels = response.thresholds.map((t) => t.level).filter((l) => l < 100);
    const ofClock = () =>
      receiver
        .on('/sla')
        .filter(
          (r) => r.json.data.recordNumber === inc.number && r.json.data.clockType === 'response',
        );
    const events = await waitFor(
      'threshold and breach events',
      async () => {
        const got = ofClock();
        const warnings = got.filter((r) => r.json.type === 'sla.threshold-reached');
        return got.some((r) => r.json.type === 'sla.breached') && warnings.length >= levels.length
          ? got
          : undefined;
      },
      60_000,
    );
    expect(
      events
        .filter((r) => r.json.type === 'sla.threshold-reached')
        .map((r) => r.json.data.level)
        .sort(),
    ).to.deep.equal([...levels].sort());
    expect(events.filter((r) => r.json.type === 'sla.breached')).to.have.length(1);
    expect(levels).to.have.length.greaterThan(0);
    for (const r of events) expect(signatureValid(r, sub.secret!)).to.equal(true);
  });

  it('when the engine raises an incident in a process, the receiver gets process.incident-raised', async () => {
    // given: the fixture process under an id of its own, whose user task takes its due date
    // from a variable
    const processId = `webhook-incident-${randomInt(100_000, 999_999)}`;
    const form = await api('POST', '/api/forms/fixture-service-user.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-service-user.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture(
      processId,
      fixtureXml('fixture-service-user').replaceAll('"fixture-service-user"', `"${processId}"`),
    );
    const sub = await subscribe(`${receiver.base}/engine`, ['process.incident-raised']);
    created.push(sub.id);
    // when: a due date that is not a date, so the user task cannot be created
    const key = await startInstance(processId, {
      recordType: 'test',
      recordNumber: `REC-${processId}`,
      dueAt: 'not a date',
    });
    // then
    const got = await waitFor(
      'process.incident-raised',
      async () => receiver.on('/engine').find((r) => r.json.data.processInstanceKey === key),
      30_000,
    );
    expect(got.json.type).to.equal('process.incident-raised');
    expect(got.json.data).to.include({ processId });
    expect(String(got.json.data.errorMessage)).to.include('not a date');
    expect(signatureValid(got, sub.secret!)).to.equal(true);
  });

  it('when a subscription is disabled, its deliveries wait; enabled again, they are sent', async () => {
    // given
    const sub = await subscribe(`${receiver.base}/paused`, ['record.created']);
    created.push(sub.id);
    const disabled = await api<Subscription & { enabled: boolean }>(
      'PATCH',
      `/api/webhooks/${sub.id}`,
      { as: 'admin', body: { enabled: false } },
    );
    expect(disabled.status).to.equal(200);
    expect(disabled.body.enabled).to.equal(false);
    expect(await schemaProblems('patch', '/api/webhooks/{id}', 200, disabled.body)).to.deep.equal(
      [],
    );
    const badPatch = await api<ErrorAnswer>('PATCH', `/api/webhooks/${sub.id}`, {
      as: 'admin',
      body: { url: 'mailto:ops@example.com' },
    });
    expect(badPatch.status).to.equal(400);
    expect(badPatch.body.error.details.map((d) => d.field)).to.deep.equal(['url']);
    // when: a test delivery is queued while disabled
    const queued = await api<Delivery>('POST', `/api/webhooks/${sub.id}/test`, {
      as: 'admin',
      body: {},
    });
    expect(queued.status).to.equal(202);
    await new Promise((r) => setTimeout(r, 3000));
    // then: nothing was sent
    expect(receiver.on('/paused')).to.have.length(0);
    expect((await deliveries(sub.id)).map((d) => d.status)).to.deep.equal(['pending']);
    // when: enabled again
    const enabled = await api('PATCH', `/api/webhooks/${sub.id}`, {
      as: 'admin',
      body: { enabled: true },
    });
    expect(enabled.status).to.equal(200);
    // then
    const got = await waitFor('the waiting delivery', async () =>
      receiver.on('/paused').find((r) => r.json.type === 'webhook.test'),
    );
    expect(got.headers['x-itsm-delivery']).to.equal(queued.body.idempotencyKey);
  });

  it('when the receiver answers 500 and then 200, the delivery is tried again after 30 s of platform time and logged per attempt', async () => {
    // given: the first request fails, the next ones succeed
    receiver.behaviour.set('/flaky', (n) => (n === 1 ? 500 : 200));
    const sub = await subscribe(`${receiver.base}/flaky`, ['record.created']);
    created.push(sub.id);
    const inc = await reportIncident({ title: 'Webhook: 重试 / retry', impact: 3, urgency: 3 });
    const first = await waitFor('the first attempt', async () =>
      receiver.on('/flaky').find((r) => r.json.data.number === inc.number),
    );
    const pending = await waitFor('the failed attempt logged', async () =>
      (await deliveries(sub.id)).find((d) => d.eventId === first.json.id && d.log.length === 1),
    );
    expect(pending.status).to.equal('pending');
    expect(pending.log[0]).to.include({ attempt: 1, statusCode: 500, error: 'HTTP 500' });
    // no second attempt while the backoff runs (the loop polls every second)
    await new Promise((r) => setTimeout(r, 3000));
    expect(receiver.on('/flaky').filter((r) => r.json.id === first.json.id)).to.have.length(1);
    // when: the platform clock passes the retry time
    await moveClockTo(pending.nextAttemptAt);
    // then: the same delivery again, now delivered
    const second = await waitFor(
      'the retry',
      async () => receiver.on('/flaky').filter((r) => r.json.id === first.json.id)[1],
    );
    expect(second.headers['x-itsm-delivery']).to.equal(first.headers['x-itsm-delivery']);
    expect(signatureValid(second, sub.secret!)).to.equal(true);
    const done = await waitFor('delivered after the retry', async () =>
      (await deliveries(sub.id)).find(
        (d) => d.eventId === first.json.id && d.status === 'delivered',
      ),
    );
    expect(done.attempts).to.equal(2);
    expect(done.log.map((a) => a.statusCode)).to.deep.equal([500, 200]);
  });

  it('when the worker is killed mid-delivery and started again, it sends the same delivery row again and adds none', async () => {
    const { platform } = testContext();
    const repo = createWebhookRepository(platform.db);
    // given: the worker process's webhook loops run as their own process; the receiver
    // holds the first request open
    await platform.webhooks!.stop();
    const workers: ChildProcess[] = [];
    try {
      receiver.behaviour.set('/slow', (n) => (n === 1 ? 'hang' : 200));
      const sub = await subscribe(`${receiver.base}/slow`, ['record.created']);
      created.push(sub.id);
      const first = spawnWebhookWorker();
      workers.push(first.child);
      const inc = await reportIncident({ title: 'Webhook: 重启 / restart', impact: 3, urgency: 3 });
      const held = await waitFor(
        'the request the receiver holds',
        async () => receiver.on('/slow').find((r) => r.json.data.number === inc.number),
        60_000,
      );
      const [sending] = await deliveries(sub.id);
      expect(sending!.status, first.output()).to.equal('sending');
      // when: the worker dies mid-request, before it could store how far its dispatcher read
      first.child.kill('SIGKILL');
      await exited(first.child);
      const auditId = BigInt(held.json.id.replace('audit:', ''));
      await repo.setCursor('audit_log', String(auditId - 1n));
      const second = spawnWebhookWorker();
      workers.push(second.child);
      // and the dead sender's lease (timeout + 50 s) runs out on the platform clock
      const row = await platform.db('webhook_deliveries').where({ id: sending!.id }).first();
      await moveClockTo(row.locked_until);
      // then: the receiver gets the same delivery again and it is delivered
      const again = await waitFor(
        'the delivery sent again',
        async () => receiver.on('/slow').filter((r) => r.json.id === held.json.id)[1],
        60_000,
      );
      expect(again.headers['x-itsm-delivery']).to.equal(held.headers['x-itsm-delivery']);
      expect(signatureValid(again, sub.secret!)).to.equal(true);
      const done = await waitFor('delivered', async () =>
        (await deliveries(sub.id)).find((d) => d.status === 'delivered'),
      );
      // and the restarted dispatcher, reading the event again, added no second row
      await waitFor('the restarted dispatcher past the event', async () =>
        BigInt((await repo.cursor('audit_log')) ?? '0') >= auditId ? true : undefined,
      );
      const rows = (await deliveries(sub.id)).filter((d) => d.eventId === held.json.id);
      expect(rows.map((d) => d.id)).to.deep.equal([done.id]);
      expect(done.attempts).to.equal(2);
      // only the finished attempt is in the log: the killed one never answered
      expect(done.log.map((a) => a.statusCode)).to.deep.equal([200]);
    } finally {
      for (const child of workers) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited(child);
      }
      platform.webhooks!.start();
    }
  });
});
