import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import type {
  PublishedMessage,
  PublishedMessageRepository,
} from '../../../db/repositories/published-messages.repository.ts';
import type { Logger } from '../../../lib/logger.ts';
import {
  requestIdFor,
  createBusPublishWorker,
  durationToMs,
} from '../../../workers/bus/publish.worker.ts';
import { createRepublishRelay } from '../../../workers/bus/republish-relay.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const NOW = new Date('2026-11-24T02:00:00Z');
const clock = { now: () => NOW };
const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/** The outbox in memory, one row per idempotency key like the real table. */
function fakeOutbox() {
  const rows = new Map<string, PublishedMessage>();
  let due: PublishedMessage[] = [];
  const repo = {
    async findByIdempotencyKey(key: string) {
      return rows.get(key);
    },
    async record(m: Omit<PublishedMessage, 'id' | 'publishCount' | 'startedInstanceKey'>) {
      const existing = rows.get(m.idempotencyKey);
      if (existing) return existing;
      const row: PublishedMessage = { ...m, id: `id-${rows.size + 1}`, publishCount: 1 };
      rows.set(m.idempotencyKey, row);
      return row;
    },
    async awaitingRepublish() {
      return due;
    },
    async closeAnswered() {
      return [];
    },
    async setMessageKey(id: string, messageKey: string) {
      for (const row of rows.values()) if (row.id === id) row.messageKey = messageKey;
    },
    markRepublished: sinon.stub().resolves(),
  };
  return {
    repo: repo as unknown as PublishedMessageRepository,
    rows,
    markRepublished: repo.markRepublished,
    setDue: (d: PublishedMessage[]) => {
      due = d;
    },
  };
}

function fakePublisher() {
  let n = 0;
  return { publishMessage: sinon.stub().callsFake(async () => ({ key: String(9000 + ++n) })) };
}

const startMessage = {
  messageName: 'Msg_ChangeRequested',
  correlationKey: 'CHG-2026-000001',
  variables: { changeNumber: 'CHG-2026-000001', title: 'Patch' },
  timeToLive: 'PT0S',
  recordType: 'change',
  recordNumber: 'CHG-2026-000001',
};

describe('itsm:bus.publish:1', () => {
  it('when run, publishes the message with the job key as message id and writes the outbox row', async () => {
    // given
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const worker = createBusPublishWorker({ engine, messages: outbox.repo, clock });
    const job = fakeJob({ jobKey: '42', variables: startMessage });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({});
    expect(engine.publishMessage).to.have.been.calledOnceWithExactly({
      name: 'Msg_ChangeRequested',
      correlationKey: 'CHG-2026-000001',
      variables: { changeNumber: 'CHG-2026-000001', title: 'Patch' },
      timeToLiveMs: 0,
      messageId: '42',
    });
    expect(outbox.rows.get('42')).to.deep.include({
      messageName: 'Msg_ChangeRequested',
      correlationKey: 'CHG-2026-000001',
      timeToLiveMs: 0,
      sourceType: 'change',
      sourceNumber: 'CHG-2026-000001',
      messageKey: '9001',
      publishedAt: NOW,
    });
  });

  it('when the same job runs a second time, does not publish twice', async () => {
    // given
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const worker = createBusPublishWorker({ engine, messages: outbox.repo, clock });
    // when
    await worker.run(fakeJob({ jobKey: '43', variables: startMessage }));
    const again = fakeJob({ jobKey: '43', variables: startMessage });
    await worker.run(again);
    // then
    expect(engine.publishMessage).to.have.callCount(1);
    expect(again.complete).to.have.been.calledOnceWithExactly({});
    expect(outbox.rows.size).to.equal(1);
  });

  it('when no time to live is given, keeps the message for seven days', async () => {
    // given
    const engine = fakePublisher();
    const worker = createBusPublishWorker({ engine, messages: fakeOutbox().repo, clock });
    // when
    await worker.run(
      fakeJob({ variables: { messageName: 'Msg_ProblemRaised', correlationKey: 'PRB-1' } }),
    );
    // then
    expect(engine.publishMessage.firstCall.args[0]).to.include({
      timeToLiveMs: 7 * 24 * 3600_000,
    });
    expect(engine.publishMessage.firstCall.args[0].variables).to.deep.equal({});
  });

  it('when the engine cannot take the message, fails with a retry left and leaves the row without a key', async () => {
    // given
    const engine = { publishMessage: sinon.stub().rejects(new Error('UNAVAILABLE')) };
    const outbox = fakeOutbox();
    const worker = createBusPublishWorker({ engine, messages: outbox.repo, clock });
    const job = fakeJob({ retries: 3, variables: startMessage });
    // when
    await worker.run(job);
    // then
    expect(job.fail).to.have.callCount(1);
    expect(job.fail.firstCall.args[0].retries).to.equal(2);
    expect(job.fail.firstCall.args[0].errorMessage).to.include('Msg_ChangeRequested');
    expect(outbox.rows.size).to.equal(1);
    expect(outbox.rows.values().next().value?.messageKey).to.equal(undefined);
  });

  it('when the time to live is not a supported duration, raises an incident naming timeToLive', async () => {
    // given
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const worker = createBusPublishWorker({ engine, messages: outbox.repo, clock });
    const job = fakeJob({ retries: 3, variables: { ...startMessage, timeToLive: 'P1W' } });
    // when
    await worker.run(job);
    // then
    expect(engine.publishMessage).to.have.callCount(0);
    expect(job.fail).to.have.callCount(1);
    expect(job.fail.firstCall.args[0].retries, 'retrying cannot fix the diagram').to.equal(0);
    expect(job.fail.firstCall.args[0].errorMessage).to.include('timeToLive');
  });

  it('when the message name or correlation key is malformed, raises an incident naming it', async () => {
    // given
    const engine = fakePublisher();
    const worker = createBusPublishWorker({ engine, messages: fakeOutbox().repo, clock });
    const emptyKey = fakeJob({ variables: { messageName: 'Msg_X', correlationKey: '' } });
    const badName = fakeJob({
      variables: { messageName: 'change requested', correlationKey: 'k' },
    });
    // when
    await worker.run(emptyKey);
    await worker.run(badName);
    // then
    expect(engine.publishMessage).to.have.callCount(0);
    expect(emptyKey.fail.firstCall.args[0]).to.include({ retries: 0 });
    expect(emptyKey.fail.firstCall.args[0].errorMessage).to.include('correlationKey');
    expect(badName.fail.firstCall.args[0]).to.include({ retries: 0 });
    expect(badName.fail.firstCall.args[0].errorMessage).to.include('messageName');
  });

  it('when a start message has no correlation key, uses a request id derived from the job key and passes it on', async () => {
    // given
    const engine = fakePublisher();
    const worker = createBusPublishWorker({ engine, messages: fakeOutbox().repo, clock });
    const job = fakeJob({ variables: { messageName: 'Msg_ProblemRequested', timeToLive: 'PT0S' } });
    // when
    await worker.run(job);
    // then
    const first = engine.publishMessage.firstCall.args[0];
    expect(first.correlationKey).to.equal(requestIdFor(job.jobKey));
    expect(first.correlationKey).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(first.variables).to.deep.equal({ requestId: first.correlationKey });
    expect(requestIdFor('1')).to.not.equal(requestIdFor('2'));
  });
});

describe('ISO 8601 durations of bus messages', () => {
  it('when given days and times, converts them to milliseconds', () => {
    // given / when / then
    expect(durationToMs('PT0S')).to.equal(0);
    expect(durationToMs('P7D')).to.equal(7 * 24 * 3600_000);
    expect(durationToMs('PT1H30M')).to.equal(90 * 60_000);
    expect(durationToMs('PT1.5S')).to.equal(1500);
    expect(durationToMs('P1DT2H')).to.equal(26 * 3600_000);
    expect(durationToMs('PT90M')).to.equal(90 * 60_000);
  });

  it('when the text is not a duration of days and times, throws', () => {
    // given
    const invalid = ['', 'P', 'PT', 'P1DT', '7D', 'P1W', 'P1M', 'P1Y', 'PT-1S', 'p1d', 'P1D '];
    // when / then
    for (const text of invalid) expect(() => durationToMs(text), text).to.throw(/duration/);
  });
});

describe('republishing open start messages', () => {
  it('when a receiving process was deployed, publishes each open message again and marks it', async () => {
    // given
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const open: PublishedMessage = {
      id: 'm-1',
      idempotencyKey: '77',
      messageName: 'Msg_ChangeRequested',
      correlationKey: 'CHG-2026-000002',
      variables: { a: 1 },
      timeToLiveMs: 0,
      publishedAt: new Date('2026-11-24T01:00:00Z'),
      publishCount: 1,
    };
    outbox.setDue([open]);
    const relay = createRepublishRelay({ engine, messages: outbox.repo, clock, log: quietLog });
    // when
    const count = await relay.runOnce();
    // then
    expect(count).to.equal(1);
    expect(engine.publishMessage).to.have.been.calledOnceWith(
      sinon.match({
        name: 'Msg_ChangeRequested',
        correlationKey: 'CHG-2026-000002',
        variables: { a: 1 },
        timeToLiveMs: 0,
      }),
    );
    expect(outbox.markRepublished).to.have.been.calledOnceWithExactly('m-1', '9001', NOW);
  });

  it('when two open messages share a name and correlation key, publishes only the older in a run', async () => {
    // given: two declarations of one incident, neither received (§0.8: keyed by the incident)
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const declared = (id: string, minute: number): PublishedMessage => ({
      id,
      idempotencyKey: id,
      messageName: 'Msg_MajorIncidentDeclared',
      correlationKey: 'INC-2026-000009',
      variables: {},
      timeToLiveMs: 0,
      publishedAt: new Date(`2026-11-24T01:0${minute}:00Z`),
      publishCount: 1,
    });
    outbox.setDue([declared('m-1', 1), declared('m-2', 2)]);
    const relay = createRepublishRelay({ engine, messages: outbox.repo, clock, log: quietLog });
    // when
    const count = await relay.runOnce();
    // then: the engine would drop the second while the first one's instance runs
    expect(count).to.equal(1);
    expect(engine.publishMessage).to.have.callCount(1);
    expect(outbox.markRepublished).to.have.been.calledOnceWithExactly('m-1', '9001', NOW);
  });

  it('when nothing is open, publishes nothing', async () => {
    // given
    const engine = fakePublisher();
    const outbox = fakeOutbox();
    const relay = createRepublishRelay({ engine, messages: outbox.repo, clock, log: quietLog });
    // when
    const count = await relay.runOnce();
    // then
    expect(count).to.equal(0);
    expect(engine.publishMessage).to.have.callCount(0);
  });
});
