import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { createNotificationRepository } from '../../db/repositories/notifications.repository.ts';
import { TransientError } from '../../lib/errors.ts';
import { createNotifier, type NotificationRequest } from '../../domain/notifier.ts';
import { createNotifySendWorker } from '../../workers/notify/send.worker.ts';
import { createSmtpTransport, type MailTransport } from '../../domain/smtp.ts';
import { fakeJob } from '../unit/workers/fake-job.ts';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp-capture.ts';
import { testContext } from '../helpers/test-platform.ts';

interface NotificationRow {
  idempotency_key: string;
  channel: string;
  recipient_type: string;
  recipient: string;
  address: string | null;
  status: string | null;
  attempts: number;
  template: string;
  record_number: string | null;
  data: Record<string, unknown>;
}

const suffix = String(randomInt(100_000, 999_999));
const db = () => testContext().platform.db;
const stamp = () => ({
  created_at: new Date(),
  created_by: 'test',
  updated_at: new Date(),
  updated_by: 'test',
});
let jobKeys = 0;
const nextKey = () => `${suffix}${String((jobKeys += 1)).padStart(4, '0')}`;

async function insertUser(username: string, email: string | null, customerId?: string) {
  const [row] = await db()('users')
    .insert({
      username,
      display_name: username,
      email,
      password_hash: 'not-used',
      created_at: new Date(),
      customer_id: customerId ?? null,
    })
    .returning('id');
  if (customerId) await db()('user_roles').insert({ user_id: row.id, role: 'customer-contact' });
}

async function rowsOf(idempotencyKey: string): Promise<NotificationRow[]> {
  return db()('notifications')
    .whereLike('idempotency_key', `${idempotencyKey}:%`)
    .orderBy('idempotency_key');
}

describe('notifications through Postgres and SMTP', () => {
  let smtp: SmtpCapture;
  let mail: MailTransport;
  let customerId: string;
  const alice = `ntf-alice-${suffix}`;
  const carol = `ntf-carol-${suffix}`;
  const dave = `ntf-dave-${suffix}`;

  before(async () => {
    smtp = await startSmtpCapture({ auth: { user: 'itsm', pass: 'smtp-test-password' } });
    mail = createSmtpTransport(smtp.mailConfig('ITSM <itsm@example.test>'));
    const [customer] = await db()('customers')
      .insert({ code: `ntf-${suffix}`, name_zh: '客户', name_en: 'Customer', ...stamp() })
      .returning('id');
    customerId = String(customer.id);
    await insertUser(alice, `${alice}@itsm.example`);
    await insertUser(carol, `${carol}@customer.example`, customerId);
    await insertUser(dave, null, customerId);
  });
  after(async () => {
    mail.close();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.clear();
    smtp.refuseRecipient = () => undefined;
  });

  function request(recipients: string[]): NotificationRequest {
    return {
      template: 'incident.resolved',
      recipients,
      recordNumber: `INC-2026-${suffix}`,
      data: { title: 'Mail server slow' },
      idempotencyKey: nextKey(),
      at: new Date(),
    };
  }

  it('when a notification goes to users, a group, a customer and an address, writes in-app rows and mails each address once; a repeat sends nothing', async () => {
    // given
    const notifier = createNotifier({ db: db(), mail });
    const n = request([
      `user:${alice}`,
      'group:service-desk',
      `customer:${customerId}`,
      'email:ops@partner.example',
    ]);
    // when
    const first = await notifier.send(n);
    const received = await smtp.waitForMessages(3);
    const again = await notifier.send({ ...n, at: new Date() });
    // then
    expect(first).to.deep.equal({ inApp: 4, emails: 3 });
    expect(again).to.deep.equal({ inApp: 0, emails: 0 });
    const rows = await rowsOf(n.idempotencyKey);
    expect(
      rows.filter((r) => r.channel === 'in-app').map((r) => `${r.recipient_type}:${r.recipient}`),
    ).to.have.members([`user:${alice}`, 'group:service-desk', `user:${carol}`, `user:${dave}`]);
    const emails = rows.filter((r) => r.channel === 'email');
    expect(
      emails.map((r) => [r.recipient_type, r.recipient, r.address, r.status]),
    ).to.have.deep.members([
      ['user', alice, `${alice}@itsm.example`, 'sent'],
      ['user', carol, `${carol}@customer.example`, 'sent'],
      ['email', 'ops@partner.example', 'ops@partner.example', 'sent'],
    ]);
    expect(received.map((m) => m.to[0])).to.have.members([
      `${alice}@itsm.example`,
      `${carol}@customer.example`,
      'ops@partner.example',
    ]);
    for (const m of received) {
      expect(m.user).to.equal('itsm');
      expect(m.from).to.equal('itsm@example.test');
      expect(m.subject).to.include(`事件 INC-2026-${suffix} 已解决`);
      expect(m.text.indexOf('已解决')).to.be.lessThan(m.text.indexOf('is resolved'));
      expect(m.raw).not.to.include('smtp-test-password');
    }
    expect(smtp.messages).to.have.length(3);
    const inbox = await createNotificationRepository(db()).forUser(alice, []);
    expect(inbox.map((r) => r.channel)).to.deep.equal(['in-app']);
  });

  it('when the mail server fails for one address, the job retries and sends only that one', async () => {
    // given
    const notifier = createNotifier({ db: db(), mail });
    const n = request([`user:${alice}`, `customer:${customerId}`]);
    smtp.refuseRecipient = (a) =>
      a === `${carol}@customer.example` ? { code: 421, message: 'Busy, try later' } : undefined;
    // when
    const failure = await notifier.send(n).then(
      () => undefined,
      (err: unknown) => err,
    );
    const failedRows = await rowsOf(n.idempotencyKey);
    smtp.refuseRecipient = () => undefined;
    const retry = await notifier.send({ ...n, at: new Date() });
    // then
    expect(failure).to.be.instanceOf(TransientError);
    const carolRow = failedRows.find((r) => r.address === `${carol}@customer.example`)!;
    expect(carolRow).to.deep.include({ status: 'failed', attempts: 1 });
    expect(retry).to.deep.equal({ inApp: 0, emails: 1 });
    expect(smtp.messages.map((m) => m.to[0])).to.deep.equal([
      `${alice}@itsm.example`,
      `${carol}@customer.example`,
    ]);
    const after = await rowsOf(n.idempotencyKey);
    expect(after.filter((r) => r.channel === 'email').map((r) => r.status)).to.deep.equal([
      'sent',
      'sent',
    ]);
  });

  it('when an attempt dies while sending, the e-mail is taken over only after its lease', async () => {
    // given
    const repo = createNotificationRepository(db());
    const t0 = new Date('2026-11-24T02:00:00Z');
    const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const e = {
      idempotencyKey: `${nextKey()}:email:x@example.test`,
      recipientType: 'email' as const,
      recipient: 'x@example.test',
      address: 'x@example.test',
      template: 't',
      at: t0,
    };
    // when
    const first = await repo.claimEmail(e);
    const whileHeld = await repo.claimEmail({ ...e, at: later(1) });
    const afterLease = await repo.claimEmail({ ...e, at: later(11) });
    await repo.finishEmail(e.idempotencyKey, { status: 'sent' }, later(11));
    const afterSent = await repo.claimEmail({ ...e, at: later(30) });
    // then
    expect([first, whileHeld, afterLease, afterSent]).to.deep.equal([
      'claimed',
      'busy',
      'claimed',
      'done',
    ]);
    const row = await db()('notifications').where({ idempotency_key: e.idempotencyKey }).first();
    expect(row).to.deep.include({ status: 'sent', attempts: 2, channel: 'email' });
  });

  it('when notify.send runs with the notifier and the job is handed out again, mails once', async () => {
    // given
    const worker = createNotifySendWorker({
      notifier: createNotifier({ db: db(), mail }),
      clock: testContext().platform.clock,
    });
    const jobKey = nextKey();
    const variables = {
      template: 'incident.confirm-reminder',
      recipients: ['service-desk', `email:desk-${suffix}@itsm.example`],
      recordNumber: `INC-2026-${suffix}`,
    };
    // when
    const first = fakeJob({ jobKey, variables });
    const second = fakeJob({ jobKey, variables });
    await worker.run(first);
    await worker.run(second);
    // then
    expect(first.complete.callCount).to.equal(1);
    expect(second.complete.callCount).to.equal(1);
    const [m] = await smtp.waitForMessages(1);
    expect(smtp.messages).to.have.length(1);
    expect(m!.to).to.deep.equal([`desk-${suffix}@itsm.example`]);
    expect(m!.subject).to.include('回访到期');
    const rows = await rowsOf(jobKey);
    expect(rows.map((r) => `${r.channel}:${r.recipient_type}:${r.recipient}`)).to.deep.equal([
      `email:email:desk-${suffix}@itsm.example`,
      'in-app:group:service-desk',
    ]);
  });
});
