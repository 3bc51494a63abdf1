import { expect, use } from 'chai';
import sinonChai from 'sinon-chai';
import type {
  NotificationInput,
  NotificationRepository,
} from '../../../db/repositories/notifications.repository.ts';
import { TransientError } from '../../../lib/errors.ts';
import type { NotificationRequest, Notifier } from '../../../domain/notifier.ts';
import { createNotifySendWorker, parseRecipient } from '../../../workers/notify/send.worker.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const NOW = new Date('2026-11-24T02:00:00Z');

/** The notifications table in memory, idempotent by key like the real one. */
function fakeNotifications() {
  const rows = new Map<string, NotificationInput>();
  const repo = {
    async add(n: NotificationInput) {
      if (rows.has(n.idempotencyKey)) return false;
      rows.set(n.idempotencyKey, n);
      return true;
    },
    async forUser() {
      return [];
    },
    async forRecord() {
      return [];
    },
  } as unknown as NotificationRepository;
  return { repo, rows };
}

describe('itsm:notify.send:1', () => {
  it('when given users, groups and roles, writes one in-app notification per recipient', async () => {
    // given
    const { repo, rows } = fakeNotifications();
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    const job = fakeJob({
      jobKey: '100',
      variables: {
        template: 'incident.assigned',
        recipients: ['user:alice', 'group:resolver-l2', 'role:incident-manager', 'service-desk'],
        recordNumber: 'INC-2026-000007',
        data: { title: 'VPN down' },
        unrelated: 'ignored',
      },
    });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({});
    expect([...rows.values()].map((n) => `${n.recipientType}:${n.recipient}`)).to.deep.equal([
      'user:alice',
      'group:resolver-l2',
      'role:incident-manager',
      'group:service-desk',
    ]);
    const first = rows.get('100:user:alice:in-app');
    expect(first).to.deep.include({
      channel: 'in-app',
      template: 'incident.assigned',
      recordNumber: 'INC-2026-000007',
      data: { title: 'VPN down' },
      at: NOW,
    });
  });

  it('when the same job runs twice, notifies each recipient once', async () => {
    // given
    const { repo, rows } = fakeNotifications();
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    const variables = { template: 't', recipients: ['user:bob', 'group:cab'] };
    // when
    await worker.run(fakeJob({ jobKey: '200', variables }));
    await worker.run(fakeJob({ jobKey: '200', variables }));
    await worker.run(fakeJob({ jobKey: '201', variables }));
    // then
    expect([...rows.keys()].sort()).to.deep.equal([
      '200:group:cab:in-app',
      '200:user:bob:in-app',
      '201:group:cab:in-app',
      '201:user:bob:in-app',
    ]);
  });

  it('when a recipient is listed twice, notifies once', async () => {
    // given
    const { repo, rows } = fakeNotifications();
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    // when
    await worker.run(
      fakeJob({
        jobKey: '300',
        variables: { template: 't', recipients: ['user:bob', 'user:bob', 'cab', 'group:cab'] },
      }),
    );
    // then
    expect([...rows.keys()].sort()).to.deep.equal(['300:group:cab:in-app', '300:user:bob:in-app']);
  });

  it('when recipients are missing, empty or malformed, raises an incident naming recipients', async () => {
    // given
    const { repo, rows } = fakeNotifications();
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    const jobs = [
      fakeJob({ variables: { template: 't' } }),
      fakeJob({ variables: { template: 't', recipients: [] } }),
      fakeJob({ variables: { template: 't', recipients: ['user:bad name!'] } }),
      fakeJob({ variables: { template: 't', recipients: 'user:bob' } }),
    ];
    // when
    for (const job of jobs) await worker.run(job);
    // then
    for (const job of jobs) {
      expect(job.complete).to.have.callCount(0);
      expect(job.fail).to.have.callCount(1);
      expect(job.fail.firstCall.args[0].retries).to.equal(0);
      expect(job.fail.firstCall.args[0].errorMessage).to.include('recipients');
    }
    expect(rows.size).to.equal(0);
  });

  it('when the repository fails, fails the job with a retry left for later', async () => {
    // given
    const repo = {
      add: async () => {
        throw new Error('deadlock detected');
      },
    } as unknown as NotificationRepository;
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    const job = fakeJob({ retries: 3, variables: { template: 't', recipients: ['user:bob'] } });
    // when
    await worker.run(job);
    // then
    expect(job.fail).to.have.callCount(1);
    expect(job.fail.firstCall.args[0].retries).to.equal(2);
  });
});

describe('itsm:notify.send:1 with a notifier', () => {
  const ACME = '0b6f7a52-2f3b-4c3e-9a51-5d8f9a0c1e01';

  /** A notifier that records its requests; `failWith` makes it throw. */
  function recordingNotifier(failWith?: Error) {
    const requests: NotificationRequest[] = [];
    const notifier: Notifier = {
      async send(n) {
        requests.push(n);
        if (failWith) throw failWith;
        return { inApp: 1, emails: 1 };
      },
    };
    return { notifier, requests };
  }

  it('when it runs, hands the notification to the notifier keyed by the job, at the clock time', async () => {
    // given
    const { notifier, requests } = recordingNotifier();
    const worker = createNotifySendWorker({ notifier, clock: { now: () => NOW } });
    const recipients = [`customer:${ACME}`, 'email:ops+itsm@partner.example', 'user:alice'];
    const job = fakeJob({
      jobKey: '400',
      variables: { template: 'incident.resolved', recipients, recordNumber: 'INC-2026-000009' },
    });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({});
    expect(requests).to.deep.equal([
      {
        template: 'incident.resolved',
        recipients,
        recordNumber: 'INC-2026-000009',
        data: undefined,
        idempotencyKey: '400',
        at: NOW,
      },
    ]);
  });

  it('when a customer or e-mail recipient is malformed, raises an incident naming recipients', async () => {
    // given
    const { notifier, requests } = recordingNotifier();
    const worker = createNotifySendWorker({ notifier, clock: { now: () => NOW } });
    const jobs = ['customer:acme', 'email:not-an-address', 'email:a b@example.com'].map((r) =>
      fakeJob({ variables: { template: 't', recipients: [r] } }),
    );
    // when
    for (const job of jobs) await worker.run(job);
    // then
    for (const job of jobs) {
      expect(job.fail).to.have.callCount(1);
      expect(job.fail.firstCall.args[0].retries).to.equal(0);
      expect(job.fail.firstCall.args[0].errorMessage).to.include('recipients');
    }
    expect(requests).to.have.length(0);
  });

  it('when e-mails could not be sent, fails the job with a retry left', async () => {
    // given
    const { notifier } = recordingNotifier(new TransientError('1 of 2 e-mails could not be sent'));
    const worker = createNotifySendWorker({ notifier, clock: { now: () => NOW } });
    const job = fakeJob({ retries: 3, variables: { template: 't', recipients: ['user:bob'] } });
    // when
    await worker.run(job);
    // then
    expect(job.fail).to.have.callCount(1);
    expect(job.fail.firstCall.args[0].retries).to.equal(2);
    expect(job.fail.firstCall.args[0].errorMessage).to.include('could not be sent');
  });
});

describe('notify recipients', () => {
  it('when prefixed, splits into type and id; a bare name is a group', () => {
    // given / when / then
    expect(parseRecipient('user:alice')).to.deep.equal({ type: 'user', id: 'alice' });
    expect(parseRecipient('group:resolver-l2')).to.deep.equal({ type: 'group', id: 'resolver-l2' });
    expect(parseRecipient('role:admin')).to.deep.equal({ type: 'role', id: 'admin' });
    expect(parseRecipient('service-desk')).to.deep.equal({ type: 'group', id: 'service-desk' });
    expect(parseRecipient('user:a.b@example.com')).to.deep.equal({
      type: 'user',
      id: 'a.b@example.com',
    });
  });

  it('when the worker is registered, it fetches only the variables its schema declares', () => {
    // given
    const { repo } = fakeNotifications();
    // when
    const worker = createNotifySendWorker({ notifications: repo, clock: { now: () => NOW } });
    // then
    expect([...worker.fetchVariables].sort()).to.deep.equal([
      'data',
      'recipients',
      'recordNumber',
      'template',
    ]);
  });
});
