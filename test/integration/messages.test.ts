import { expect, use } from 'chai';
import { randomInt } from 'node:crypto';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import { createNotificationRepository } from '../../db/repositories/notifications.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import { createBusPublishWorker } from '../../workers/bus/publish.worker.ts';
import type { ActivatedJob } from '../../workers/lib/job-port.ts';
import { createNotifySendWorker } from '../../workers/notify/send.worker.ts';
import {
  api,
  deployFixture,
  instanceInState,
  startInstance,
  waitFor,
  type InstanceDetail,
} from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

use(sinonChai);

interface OutboxRow {
  idempotency_key: string;
  message_name: string;
  correlation_key: string;
  variables: Record<string, unknown>;
  time_to_live_ms: number;
  source_type: string | null;
  source_number: string | null;
  message_key: string | null;
  publish_count: number;
  started_instance_key: string | null;
}

interface NotificationRow {
  idempotency_key: string;
  channel: string;
  recipient_type: string;
  recipient: string;
  template: string;
  record_number: string | null;
  data: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const uniqueNumber = () => `TST-2026-${String(randomInt(100_000, 999_999))}`;

async function outbox(sourceNumber: string): Promise<OutboxRow[]> {
  return testContext()
    .platform.db('published_messages')
    .where({ source_number: sourceNumber })
    .orderBy('message_name');
}

/**
 * The instance detail once the read model has it with these variables: the projector applies
 * the exporter's batches as they come, so the instance row can be there a moment before the
 * variables its start message set (seen on 3 partitions).
 */
async function instanceOf(
  key: string,
  variables: readonly string[],
): Promise<InstanceDetail & { processId: string }> {
  return waitFor(`instance ${key} with ${variables.join(', ')} in the read model`, async () => {
    const res = await api<InstanceDetail & { processId: string }>(
      'GET',
      `/api/process-instances/${key}`,
      { as: 'process-owner' },
    );
    return res.status === 200 && variables.every((v) => v in res.body.variables)
      ? res.body
      : undefined;
  });
}

/** The msg-receiver instance started with this sourceNumber, once projected. */
async function receiverStartedFor(sourceNumber: string): Promise<string> {
  return waitFor(`a msg-receiver instance for ${sourceNumber}`, async () => {
    const row = await testContext()
      .platform.db('variables')
      .where({ name: 'sourceNumber' })
      .whereRaw('value = to_jsonb(?::text)', [sourceNumber])
      .first('process_instance_key');
    return row?.process_instance_key as string | undefined;
  });
}

/** A job as the engine would hand it out again (same key), for idempotency checks. */
function replayedJob(jobKey: string, variables: Record<string, unknown>) {
  const job: ActivatedJob<string> = {
    jobKey,
    type: 'replayed',
    processInstanceKey: '1',
    elementId: 'replayed',
    retries: 3,
    variables,
    customHeaders: {},
    complete: sinon.stub().resolves('completed'),
    fail: sinon.stub().resolves('failed'),
    error: sinon.stub().resolves('errored'),
  };
  return job;
}

describe('messages between processes and notifications (bus.publish, notify.send)', () => {
  before(async () => {
    await deployFixture('msg-sender');
  });

  afterEach(() => sinon.restore());

  it('when a start message is published before its receiver exists, the relay publishes it again once the receiver is deployed', async () => {
    // given: the receiving process is not deployed
    const notDeployed = await api('GET', '/api/processes/msg-receiver/versions', {
      as: 'process-owner',
    });
    expect(notDeployed.status, 'msg-receiver must not be deployed yet').to.equal(404);
    const recordNumber = uniqueNumber();

    // when: the sender publishes its start message (message end event, bus.publish)
    const senderKey = await startInstance('msg-sender', {
      title: 'Printer on fire',
      requester: 'service-desk',
      recordType: 'test',
      recordNumber,
    });
    await instanceInState(senderKey, 'completed');

    // then: the outbox holds it, open, with what was passed
    const rows = await outbox(recordNumber);
    expect(rows.map((r) => r.message_name)).to.deep.equal([
      'Msg_MsgReceiverStart',
      'Msg_MsgSenderNoted',
    ]);
    const [start, noted] = rows as [OutboxRow, OutboxRow];
    expect(start).to.deep.include({
      correlation_key: recordNumber,
      time_to_live_ms: 0,
      source_type: 'test',
      source_number: recordNumber,
      publish_count: 1,
      started_instance_key: null,
    });
    expect(start.variables).to.deep.equal({
      requestTitle: 'Printer on fire',
      requestedBy: 'service-desk',
      sourceNumber: recordNumber,
    });
    expect(start.idempotency_key).to.match(/^\d+$/);
    expect(start.message_key).to.match(/^\d+$/);
    expect(noted.time_to_live_ms, 'the intermediate throw event maps PT1M').to.equal(60_000);
    expect(noted.idempotency_key).not.to.equal(start.idempotency_key);

    // and it stays open while nothing can receive it (the relay runs every 2 s)
    await sleep(3_000);
    const [stillOpen] = await outbox(recordNumber);
    expect(stillOpen!.started_instance_key).to.equal(null);
    expect(stillOpen!.publish_count).to.equal(1);

    // when: the receiving process is deployed through the API
    const deployedAt = Date.now();
    await deployFixture('msg-receiver');

    // then: the relay publishes it again and the new instance closes the row
    const closed = await waitFor(
      'the start message to start msg-receiver',
      async () => {
        const [row] = await outbox(recordNumber);
        return row?.started_instance_key ? row : undefined;
      },
      15_000,
    );
    const lagMs = Date.now() - deployedAt;
    expect(lagMs, 'republished within a few seconds of the deployment').to.be.below(8_000);
    expect(closed.publish_count).to.equal(2);
    expect(closed.message_key).not.to.equal(start.message_key);
    const started = await instanceOf(closed.started_instance_key!, [
      'requestTitle',
      'requestedBy',
      'sourceNumber',
    ]);
    expect(started.processId).to.equal('msg-receiver');
    expect(started.variables).to.include({
      requestTitle: 'Printer on fire',
      requestedBy: 'service-desk',
      sourceNumber: recordNumber,
    });
    // a message no process starts on is never republished
    const [, notedAfter] = await outbox(recordNumber);
    expect(notedAfter!.publish_count).to.equal(1);
    expect(notedAfter!.started_instance_key).to.equal(null);
  });

  it('when the receiver is already deployed, the start message starts it at once and closes its row', async () => {
    // given
    await deployFixture('msg-receiver');
    const recordNumber = uniqueNumber();
    // when
    const senderKey = await startInstance('msg-sender', {
      title: 'Second request',
      requester: 'service-desk',
      recordType: 'test',
      recordNumber,
    });
    await instanceInState(senderKey, 'completed');
    // then
    const row = await waitFor('the start message row to close', async () => {
      const [r] = await outbox(recordNumber);
      return r?.started_instance_key ? r : undefined;
    });
    expect(row.publish_count).to.equal(1);
    const started = await instanceOf(row.started_instance_key!, ['requestTitle']);
    expect(started.processId).to.equal('msg-receiver');
    expect(started.variables.requestTitle).to.equal('Second request');
  });

  it('when the engine starts the receiver before the worker stores the message key, the row still closes', async () => {
    // given: the receiver is deployed, and the worker has written its outbox row (first, as
    // publish.worker.ts does) but not yet the key the engine gave the message
    await deployFixture('msg-receiver');
    const { db, engine, clock } = testContext().platform;
    const messages = createPublishedMessageRepository(db);
    const sourceNumber = uniqueNumber();
    await messages.record({
      idempotencyKey: `race-${sourceNumber}`,
      messageName: 'Msg_MsgReceiverStart',
      correlationKey: sourceNumber,
      variables: { requestTitle: 'Raced', sourceNumber },
      timeToLiveMs: 0,
      sourceType: 'test',
      sourceNumber,
      publishedAt: clock.now(),
    });
    // when: the message starts the receiver, and the projector sees that before any key
    await engine.publishMessage({
      name: 'Msg_MsgReceiverStart',
      correlationKey: sourceNumber,
      variables: { requestTitle: 'Raced', sourceNumber },
      timeToLiveMs: 0,
      messageId: `race-${sourceNumber}`,
    });
    const instanceKey = await receiverStartedFor(sourceNumber);
    // then: the row names the instance it started, found by message name and correlation key
    const row = await waitFor(
      'the outbox row to name the started instance',
      async () => {
        const [r] = await outbox(sourceNumber);
        return r?.started_instance_key ? r : undefined;
      },
      10_000,
    ).catch(() => undefined);
    expect(row?.started_instance_key, 'started_instance_key of the outbox row').to.equal(
      instanceKey,
    );
  });

  it('when a start message was published right after its receiver was deployed but before the deployment reached the partition of its key, the relay publishes it again', async () => {
    // given: the receiver is deployed, and a start message published a second after that
    // deployment (its first partition's record) is still open: on 3 partitions the engine
    // distributes a deployment to the other partitions after answering it (measured 2.8 s under
    // load), and the key's partition dropped the message (TTL 0) — nothing was started
    await deployFixture('msg-receiver');
    const { db } = testContext().platform;
    const messages = createPublishedMessageRepository(db);
    const definition = await db('process_definitions')
      .where({ process_id: 'msg-receiver' })
      .orderBy('version', 'desc')
      .first('deployed_at');
    const sourceNumber = uniqueNumber();
    const dropped = await messages.record({
      idempotencyKey: `dropped-${sourceNumber}`,
      messageName: 'Msg_MsgReceiverStart',
      correlationKey: sourceNumber,
      variables: { requestTitle: 'Dropped on its partition', sourceNumber },
      timeToLiveMs: 0,
      sourceType: 'test',
      sourceNumber,
      publishedAt: new Date(new Date(definition.deployed_at).getTime() + 1_000),
    });
    await messages.setMessageKey(dropped.id, '1');
    // when: the relay runs (every 2 s)
    const row = await waitFor(
      'the dropped start message to start msg-receiver',
      async () => {
        const [r] = await outbox(sourceNumber);
        return r?.started_instance_key ? r : undefined;
      },
      20_000,
    ).catch(() => undefined);
    // then: it was published again and started the receiver with its variables
    expect(row?.started_instance_key, 'the instance the message started').to.match(/^\d+$/);
    expect(row!.publish_count).to.equal(2);
    const started = await instanceOf(row!.started_instance_key!, ['requestTitle']);
    expect(started.processId).to.equal('msg-receiver');
    expect(started.variables.requestTitle).to.equal('Dropped on its partition');
  });

  it('when the publish job is handed out again with the same key, nothing is published twice', async () => {
    // given: a message the sender published
    const recordNumber = uniqueNumber();
    const senderKey = await startInstance('msg-sender', {
      title: 'Replayed',
      requester: 'service-desk',
      recordType: 'test',
      recordNumber,
    });
    await instanceInState(senderKey, 'completed');
    const [start] = await outbox(recordNumber);
    const { db, engine, clock } = testContext().platform;
    const publish = sinon.spy(engine, 'publishMessage');
    const worker = createBusPublishWorker({
      engine,
      messages: createPublishedMessageRepository(db),
      clock,
    });
    const job = replayedJob(start!.idempotency_key, {
      messageName: 'Msg_MsgReceiverStart',
      correlationKey: recordNumber,
      variables: { requestTitle: 'Replayed' },
      timeToLive: 'PT0S',
    });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.callCount(1);
    expect(publish).to.have.callCount(0);
    expect((await outbox(recordNumber)).length).to.equal(2);
  });

  it('when notify.send runs in a process, writes one notification per recipient keyed by job and recipient, once', async () => {
    // given
    const recordNumber = uniqueNumber();
    const db = testContext().platform.db;
    // when
    const key = await startInstance('msg-sender', {
      title: 'Notify me',
      requester: 'service-desk',
      recordType: 'test',
      recordNumber,
    });
    await instanceInState(key, 'completed');
    // then
    const all: NotificationRow[] = await db('notifications')
      .where({ record_number: recordNumber })
      .orderBy('recipient_type');
    const rows = all.filter((r) => r.channel === 'in-app');
    // the user with an address is also mailed (groups and roles are not)
    expect(all.filter((r) => r.channel === 'email').map((r) => r.recipient)).to.deep.equal([
      'service-desk',
    ]);
    expect(rows.map((r) => `${r.recipient_type}:${r.recipient}`)).to.deep.equal([
      'group:service-desk',
      'role:incident-manager',
      'user:service-desk',
    ]);
    const jobKeys = new Set(rows.map((r) => r.idempotency_key.split(':')[0]));
    expect(jobKeys.size, 'one job wrote them all').to.equal(1);
    const [jobKey] = [...jobKeys] as [string];
    expect(jobKey).to.match(/^\d+$/);
    expect(rows.map((r) => r.idempotency_key).sort()).to.deep.equal([
      `${jobKey}:group:service-desk:in-app`,
      `${jobKey}:role:incident-manager:in-app`,
      `${jobKey}:user:service-desk:in-app`,
    ]);
    for (const r of rows) {
      expect(r).to.deep.include({
        channel: 'in-app',
        template: 'msg-test.requested',
        data: { title: 'Notify me' },
      });
    }

    // when: the same job is handed out again
    const worker = createNotifySendWorker({
      notifications: createNotificationRepository(db),
      clock: testContext().platform.clock,
    });
    const job = replayedJob(jobKey, {
      template: 'msg-test.requested',
      recipients: ['user:service-desk', 'group:service-desk', 'role:incident-manager'],
      recordNumber,
      data: { title: 'Notify me' },
    });
    await worker.run(job);
    // then
    expect(job.complete).to.have.callCount(1);
    const after = await db('notifications').where({ record_number: recordNumber }).count('* as n');
    expect(Number(after[0]!.n), 'nothing added by the replay').to.equal(all.length);
  });
});
