import { expect } from 'chai';
import type {
  EmailDeliveryInput,
  EmailOutcome,
  NotifiableUser,
  NotificationInput,
  NotificationRepository,
} from '../../../db/repositories/notifications.repository.ts';
import { ConfigError } from '../../../lib/env-config.ts';
import { loadMailConfig } from '../../../lib/mail-config.ts';
import { TransientError } from '../../../lib/errors.ts';
import {
  createNotifierWith,
  parseRecipient,
  renderMail,
  type NotificationRequest,
} from '../../../domain/notifier.ts';
import { createSmtpTransport, MailSendError, type MailTransport } from '../../../domain/smtp.ts';
import { startSmtpCapture, type SmtpCapture } from '../../helpers/smtp-capture.ts';

const NOW = new Date('2026-11-24T02:00:00Z');
const ACME = '0b6f7a52-2f3b-4c3e-9a51-5d8f9a0c1e01';

interface EmailRow extends EmailDeliveryInput {
  status: string;
  attempts: number;
  error?: string;
}

/** The notifications table and the users it reads, in memory, keyed like the real one. */
function fakeNotifications(users: (NotifiableUser & { customerId?: string })[] = []) {
  const inApp = new Map<string, NotificationInput>();
  const emails = new Map<string, EmailRow>();
  const repo = {
    async add(n: NotificationInput) {
      if (inApp.has(n.idempotencyKey)) return false;
      inApp.set(n.idempotencyKey, n);
      return true;
    },
    async claimEmail(e: EmailDeliveryInput) {
      const row = emails.get(e.idempotencyKey) ?? { ...e, status: 'pending', attempts: 0 };
      emails.set(e.idempotencyKey, row);
      if (row.status === 'sent' || row.status === 'rejected') return 'done';
      if (row.status === 'sending') return 'busy';
      row.status = 'sending';
      row.attempts += 1;
      return 'claimed';
    },
    async finishEmail(key: string, outcome: EmailOutcome) {
      const row = emails.get(key)!;
      row.status = outcome.status;
      if (outcome.status !== 'sent') row.error = outcome.error;
    },
    async usersByUsername(names: readonly string[]) {
      return users.filter((u) => names.includes(u.username));
    },
    async customerContacts(customerId: string) {
      return users.filter((u) => u.customerId === customerId && u.active);
    },
    async customerContactEmail(customerId: string) {
      return customerId === ACME ? 'helpdesk@acme.example' : undefined;
    },
  } as unknown as NotificationRepository;
  return { repo, inApp, emails };
}

const USERS = [
  { username: 'alice', email: 'alice@itsm.example', active: true },
  { username: 'bob', email: null, active: true },
  { username: 'gone', email: 'gone@itsm.example', active: false },
  { username: 'carol', email: 'carol@acme.example', active: true, customerId: ACME },
  { username: 'dave', email: 'Dave@Acme.example', active: true, customerId: ACME },
];

function request(overrides: Partial<NotificationRequest> = {}): NotificationRequest {
  return {
    template: 'incident.resolved',
    recipients: ['user:alice'],
    recordNumber: 'INC-2026-000042',
    data: { title: 'VPN down' },
    idempotencyKey: '2251799813685300',
    at: NOW,
    ...overrides,
  };
}

describe('notifier', () => {
  let smtp: SmtpCapture;
  let mail: MailTransport;

  before(async () => {
    smtp = await startSmtpCapture();
    mail = createSmtpTransport(smtp.mailConfig());
  });
  after(async () => {
    mail.close();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.clear();
    smtp.refuseRecipient = () => undefined;
  });

  it('when given users, groups, roles, a customer and an address, writes in-app rows and mails the people with an address', async () => {
    // given
    const { repo, inApp, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    // when
    const sent = await notifier.send(
      request({
        recipients: [
          'user:alice',
          'user:bob',
          'user:gone',
          'group:resolver-l2',
          'role:incident-manager',
          'service-desk',
          `customer:${ACME}`,
          'email:ops@partner.example',
          'email:ALICE@itsm.example',
        ],
      }),
    );
    // then
    expect([...inApp.values()].map((n) => `${n.recipientType}:${n.recipient}`)).to.deep.equal([
      'user:alice',
      'user:bob',
      'user:gone',
      'group:resolver-l2',
      'role:incident-manager',
      'group:service-desk',
      'user:carol',
      'user:dave',
    ]);
    expect([...emails.values()].map((e) => e.address).sort()).to.deep.equal([
      'Dave@Acme.example',
      'alice@itsm.example',
      'carol@acme.example',
      'ops@partner.example',
    ]);
    expect(sent).to.deep.equal({ inApp: 8, emails: 4 });
    const received = await smtp.waitForMessages(4);
    // (SMTP clients lowercase the domain)
    expect(received.map((m) => m.to).sort()).to.deep.equal([
      ['Dave@acme.example'],
      ['alice@itsm.example'],
      ['carol@acme.example'],
      ['ops@partner.example'],
    ]);
    expect(received[0]!.from).to.equal('itsm@example.test');
    expect(received[0]!.subject).to.equal(
      '[ITSM] 事件 INC-2026-000042 已解决，请确认 / Incident INC-2026-000042 is resolved: please confirm',
    );
  });

  it('when the same notification is sent again, writes and mails nothing new', async () => {
    // given
    const { repo, inApp } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    const n = request({ recipients: ['user:alice', `customer:${ACME}`, 'group:cab'] });
    // when
    const first = await notifier.send(n);
    const again = await notifier.send({ ...n, at: new Date(NOW.getTime() + 60_000) });
    // then
    expect(first).to.deep.equal({ inApp: 4, emails: 3 });
    expect(again).to.deep.equal({ inApp: 0, emails: 0 });
    expect(inApp.size).to.equal(4);
    expect((await smtp.waitForMessages(3)).length).to.equal(3);
  });

  it('when a send fails for a while, throws a TransientError and the retry sends only what was not sent', async () => {
    // given
    const { repo, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    smtp.refuseRecipient = (a) =>
      a === 'carol@acme.example' ? { code: 451, message: 'Try again later' } : undefined;
    const n = request({ recipients: ['user:alice', 'user:carol'] });
    // when
    const failure = await notifier.send(n).then(
      () => undefined,
      (err: unknown) => err,
    );
    const delivered = smtp.messages.map((m) => m.to[0]);
    smtp.refuseRecipient = () => undefined;
    const retry = await notifier.send(n);
    // then
    expect(failure).to.be.instanceOf(TransientError);
    expect(String((failure as Error).message)).to.include('carol@acme.example');
    expect(delivered).to.deep.equal(['alice@itsm.example']);
    expect(retry).to.deep.equal({ inApp: 0, emails: 1 });
    expect(smtp.messages.map((m) => m.to[0])).to.deep.equal([
      'alice@itsm.example',
      'carol@acme.example',
    ]);
    const carol = [...emails.values()].find((e) => e.address === 'carol@acme.example')!;
    expect(carol).to.deep.include({ status: 'sent', attempts: 2 });
  });

  it('when an attempt crashed after the server took the mail, the mail sent again carries the same Message-ID', async () => {
    // given: a notification mailed to two people
    const { repo, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    const n = request({ recipients: ['user:alice', 'user:carol'] });
    await notifier.send(n);
    // when: alice's row was never recorded as sent (the sender died after SMTP accepted it)
    const alice = [...emails.entries()].find(([, e]) => e.address === 'alice@itsm.example')!;
    emails.delete(alice[0]);
    await notifier.send(n);
    // then: alice got it twice with one Message-ID; carol's differs
    const ids = (address: string) =>
      smtp.messages.filter((m) => m.to[0] === address).map((m) => m.headers['message-id']);
    expect(ids('alice@itsm.example')).to.have.length(2);
    expect(ids('alice@itsm.example')[0]).to.match(/^<[0-9a-f]{40}@itsm\.notifications>$/);
    expect(ids('alice@itsm.example')[1]).to.equal(ids('alice@itsm.example')[0]);
    expect(ids('carol@acme.example')).to.have.length(1);
    expect(ids('carol@acme.example')[0]).to.not.equal(ids('alice@itsm.example')[0]);
  });

  it('when the server refuses a recipient for good, records it and does not retry', async () => {
    // given
    const { repo, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    smtp.refuseRecipient = (a) =>
      a === 'nobody@partner.example' ? { code: 550, message: 'No such user' } : undefined;
    // when
    const sent = await notifier.send(
      request({ recipients: ['email:nobody@partner.example', 'user:alice'] }),
    );
    const again = await notifier.send(
      request({ recipients: ['email:nobody@partner.example', 'user:alice'] }),
    );
    // then
    expect(sent).to.deep.equal({ inApp: 1, emails: 1 });
    expect(again).to.deep.equal({ inApp: 0, emails: 0 });
    const refused = [...emails.values()].find((e) => e.address === 'nobody@partner.example')!;
    expect(refused.status).to.equal('rejected');
    expect(refused.error).to.include('550');
  });

  it('when another attempt is still sending an e-mail, does not send it too and asks to retry after the lease', async () => {
    // given
    const { repo, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    const n = request({ recipients: ['user:alice'] });
    emails.set(`${n.idempotencyKey}:email:alice@itsm.example`, {
      idempotencyKey: `${n.idempotencyKey}:email:alice@itsm.example`,
      recipientType: 'user',
      recipient: 'alice',
      address: 'alice@itsm.example',
      template: n.template,
      at: NOW,
      status: 'sending',
      attempts: 1,
    });
    // when
    const failure = await notifier.send(n).then(
      () => undefined,
      (err: unknown) => err,
    );
    // then
    expect(failure).to.be.instanceOf(TransientError);
    expect((failure as TransientError).retryAfterMs).to.equal(2 * 60_000);
    expect(smtp.messages).to.have.length(0);
  });

  it('when no mail transport is configured, writes in-app rows only', async () => {
    // given
    const { repo, inApp, emails } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo });
    // when
    const sent = await notifier.send(
      request({ recipients: ['user:alice', `customer:${ACME}`, 'email:ops@partner.example'] }),
    );
    // then
    expect(sent).to.deep.equal({ inApp: 3, emails: 0 });
    expect(inApp.size).to.equal(3);
    expect(emails.size).to.equal(0);
    expect(smtp.messages).to.have.length(0);
  });

  it('when a customer has no contact with an address, mails its contact address instead', async () => {
    // given
    const { repo, inApp } = fakeNotifications([
      { username: 'erin', email: null, active: true, customerId: ACME } as NotifiableUser,
    ]);
    const notifier = createNotifierWith({ notifications: repo, mail });
    // when
    const sent = await notifier.send(request({ recipients: [`customer:${ACME}`] }));
    // then
    expect([...inApp.values()].map((n) => n.recipient)).to.deep.equal(['erin']);
    expect(sent.emails).to.equal(1);
    expect((await smtp.waitForMessages(1))[0]!.to).to.deep.equal(['helpdesk@acme.example']);
  });

  it('when the recipient is not a customer id, skips it', async () => {
    // given
    const { repo, inApp } = fakeNotifications(USERS);
    const notifier = createNotifierWith({ notifications: repo, mail });
    // when
    const sent = await notifier.send(request({ recipients: ['customer:acme'] }));
    // then
    expect(sent).to.deep.equal({ inApp: 0, emails: 0 });
    expect(inApp.size).to.equal(0);
  });
});

describe('notification mails', () => {
  it('when the template is known, writes Chinese first, then English', () => {
    // given / when
    const m = renderMail({
      template: 'incident.customer-update',
      recordNumber: 'INC-2026-000007',
      data: { customerUpdate: '已更换交换机' },
    });
    // then
    expect(m.subject).to.equal(
      '[ITSM] 您的事件 INC-2026-000007 有新进展 / An update on your incident INC-2026-000007',
    );
    const zh = m.text.indexOf('事件 INC-2026-000007：已更换交换机');
    const en = m.text.indexOf('Incident INC-2026-000007: 已更换交换机');
    expect(zh).to.be.greaterThan(-1);
    expect(en).to.be.greaterThan(zh);
  });

  it('when the template is unknown, lists the record number and the data but no secrets', () => {
    // given / when
    const m = renderMail({
      template: 'change.approved',
      recordNumber: 'CHG-2026-000001',
      data: { title: 'Upgrade', window: { from: 'Sat' }, password: 'hunter2', apiToken: 'abc' },
    });
    // then
    expect(m.subject).to.equal(
      '[ITSM] 通知：change.approved CHG-2026-000001 / Notification: change.approved CHG-2026-000001',
    );
    expect(m.text).to.include('记录：CHG-2026-000001');
    expect(m.text).to.include('title：Upgrade');
    expect(m.text).to.include('window: {"from":"Sat"}');
    expect(m.text).not.to.include('hunter2');
    expect(m.text).not.to.include('abc');
    expect(m.text.indexOf('记录')).to.be.lessThan(m.text.indexOf('Record:'));
  });

  it("when a record kind's event has no template of its own, names the kind in both languages", () => {
    // given / when: the SLA service's breach of a problem's RCA clock
    const m = renderMail({
      template: 'problem.sla-breached',
      recordNumber: 'PRB-2026-000004',
      data: { clockType: 'rca', dueAt: '2026-12-10 18:00' },
    });
    // then
    expect(m.subject).to.equal(
      '[ITSM] 问题 PRB-2026-000004 已超出 SLA / Problem PRB-2026-000004 breached its SLA',
    );
    expect(m.text).to.include('问题 PRB-2026-000004 的rca时限已于 2026-12-10 18:00 到期。');
    expect(m.text).to.include(
      'The rca target of problem PRB-2026-000004 was due at 2026-12-10 18:00.',
    );
    // an event no kind template covers keeps the generic text
    expect(
      renderMail({ template: 'problem.reviewed', recordNumber: 'PRB-2026-000004' }).subject,
    ).to.equal(
      '[ITSM] 通知：problem.reviewed PRB-2026-000004 / Notification: problem.reviewed PRB-2026-000004',
    );
  });

  it('when a value is missing, shows a dash', () => {
    // given / when
    const m = renderMail({ template: 'incident.assigned', recordNumber: 'INC-2026-000001' });
    // then
    expect(m.text).to.include('事件 INC-2026-000001（—）已分派给您处理。');
  });
});

describe('notification recipients', () => {
  it('when prefixed, splits into type and id; a bare name is a group', () => {
    // given / when / then
    expect(parseRecipient(`customer:${ACME}`)).to.deep.equal({ type: 'customer', id: ACME });
    expect(parseRecipient('email:a@b.example')).to.deep.equal({ type: 'email', id: 'a@b.example' });
    expect(parseRecipient('cab')).to.deep.equal({ type: 'group', id: 'cab' });
  });
});

describe('smtp transport', () => {
  it('when the server needs a sign-in, signs in with SMTP_USER and SMTP_PASSWORD', async () => {
    // given
    const smtp = await startSmtpCapture({ auth: { user: 'itsm', pass: 's3cret-pass' } });
    const mail = createSmtpTransport(smtp.mailConfig());
    try {
      // when
      await mail.send({ to: 'x@example.test', subject: '主题 / Subject', text: '正文\nBody' });
      // then
      const [m] = await smtp.waitForMessages(1);
      expect(m!.user).to.equal('itsm');
      expect(m!.subject).to.equal('主题 / Subject');
      expect(m!.text.trim()).to.equal('正文\nBody');
    } finally {
      mail.close();
      await smtp.stop();
    }
  });

  it('when the server cannot be reached, fails with a MailSendError that is not permanent', async () => {
    // given: a port nothing listens on
    const smtp = await startSmtpCapture();
    const config = smtp.mailConfig();
    await smtp.stop();
    const mail = createSmtpTransport(config);
    // when
    const err = await mail.send({ to: 'x@example.test', subject: 's', text: 't' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    mail.close();
    // then
    expect(err).to.be.instanceOf(MailSendError);
    expect((err as MailSendError).permanent).to.equal(false);
  });
});

describe('mail configuration', () => {
  it('when SMTP_HOST is not set, e-mail is disabled', () => {
    // given / when / then
    expect(loadMailConfig({})).to.equal(undefined);
  });

  it('when set, coerces the port and the TLS flag and pairs user with password', () => {
    // given / when
    const c = loadMailConfig({
      SMTP_HOST: 'smtp.example.com',
      SMTP_SECURE: 'true',
      SMTP_USER: 'itsm',
      SMTP_PASSWORD: 'pw',
      MAIL_FROM: 'ITSM <itsm@example.com>',
    });
    // then
    expect(c).to.deep.equal({
      host: 'smtp.example.com',
      port: 465,
      secure: true,
      auth: { user: 'itsm', pass: 'pw' },
      from: 'ITSM <itsm@example.com>',
    });
    expect(loadMailConfig({ SMTP_HOST: 'h', MAIL_FROM: 'a@b' })?.port).to.equal(587);
  });

  it('when the port is bad, MAIL_FROM is missing or the password is alone, names the problem', () => {
    // given
    const attempts = [
      { SMTP_HOST: 'h', MAIL_FROM: 'a@b', SMTP_PORT: '70000' },
      { SMTP_HOST: 'h', MAIL_FROM: 'a@b', SMTP_PORT: 'smtp' },
      { SMTP_HOST: 'h' },
      { SMTP_HOST: 'h', MAIL_FROM: 'a@b', SMTP_PASSWORD: 'pw' },
    ];
    // when
    const messages = attempts.map((env) => {
      try {
        loadMailConfig(env);
        return 'no error';
      } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        return (err as Error).message;
      }
    });
    // then
    expect(messages[0]).to.match(/SMTP_PORT must be <= 65535/);
    expect(messages[1]).to.match(/SMTP_PORT must be integer/);
    expect(messages[2]).to.match(/MAIL_FROM is required/);
    expect(messages[3]).to.match(/SMTP_USER and SMTP_PASSWORD must be set together/);
  });
});
