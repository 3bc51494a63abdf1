import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { deliveryKey, reaches, WEBHOOK_TEST_EVENT } from '../../lib/webhooks/events.ts';
import {
  eventFromAudit,
  eventFromSla,
  taskCompletedEvent,
  taskCreatedEvent,
  type AuditSource,
  type SlaSource,
  type TaskSource,
} from '../../lib/webhooks/payload.ts';
import { afterFailure, delivered, retryDelayMs } from '../../lib/webhooks/retry.ts';
import { signWebhook, verifyWebhook, webhookHeaders } from '../../lib/webhooks/signature.ts';
import { displayUrl, urlProblem } from '../../lib/webhooks/url.ts';
import { loadWebhookConfig } from '../../workers/webhooks/config.ts';

const at = new Date('2026-12-07T08:00:00Z');

describe('webhooks: signature', () => {
  it('when a body is signed, the signature is HMAC-SHA256 of "<timestamp>.<body>" as a receiver computes it', () => {
    // given
    const secret = 'whsec_test';
    const body = '{"id":"audit:1","type":"record.created"}';
    // when
    const signature = signWebhook(secret, '1796630400', body);
    // then: computed by hand with node:crypto, as the README tells a receiver to
    const byHand = createHmac('sha256', secret).update(`1796630400.${body}`).digest('hex');
    expect(signature).to.equal(`sha256=${byHand}`);
    expect(verifyWebhook(secret, '1796630400', body, signature)).to.equal(true);
  });

  it('when the body, the timestamp or the secret differs, the signature does not verify', () => {
    // given
    const signature = signWebhook('s1', '100', 'body');
    // when / then
    expect(verifyWebhook('s1', '100', 'body!', signature)).to.equal(false);
    expect(verifyWebhook('s1', '101', 'body', signature)).to.equal(false);
    expect(verifyWebhook('s2', '100', 'body', signature)).to.equal(false);
    expect(verifyWebhook('s1', '100', 'body', 'sha256=00')).to.equal(false);
  });

  it('when headers are built, they carry the event, the delivery key, the Unix timestamp and the signature', () => {
    // given / when
    const h = webhookHeaders({
      secret: 'k',
      eventType: 'task.created',
      deliveryKey: 'task-created:1@s',
      at: new Date('2026-12-07T08:00:00.900Z'),
      body: '{}',
    });
    // then
    expect(h['X-Itsm-Event']).to.equal('task.created');
    expect(h['X-Itsm-Delivery']).to.equal('task-created:1@s');
    expect(h['X-Itsm-Timestamp']).to.equal('1796630400');
    expect(h['X-Itsm-Signature']).to.equal(signWebhook('k', '1796630400', '{}'));
  });
});

describe('webhooks: retries', () => {
  it('when attempts fail, the waits are 30 s, 2 min, 10 min, … capped at 4 h', () => {
    // given / when / then
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMs)).to.deep.equal([
      30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 14_400_000, 14_400_000,
    ]);
  });

  it('when the last attempt fails, the delivery is failed; before it, due again after the wait', () => {
    // given / when / then
    expect(afterFailure(1, at, 3)).to.deep.equal({
      status: 'pending',
      retryAt: new Date('2026-12-07T08:00:30Z'),
    });
    expect(afterFailure(3, at, 3)).to.deep.equal({ status: 'failed' });
  });

  it('when a receiver answers, only 2xx counts as delivered', () => {
    // given / when / then
    expect([200, 204, 299, 301, 404, 500].map(delivered)).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('webhooks: subscriptions and URLs', () => {
  const sub = { enabled: true, events: ['record.created'], createdAt: at };

  it('when an event is of a subscribed type and after the subscription, it reaches it', () => {
    // given / when / then
    expect(reaches(sub, { type: 'record.created', occurredAt: at })).to.equal(true);
    expect(reaches(sub, { type: 'task.created', occurredAt: at })).to.equal(false);
    expect(
      reaches(sub, { type: 'record.created', occurredAt: new Date(at.getTime() - 1) }),
    ).to.equal(false);
    expect(
      reaches({ ...sub, enabled: false }, { type: 'record.created', occurredAt: at }),
    ).to.equal(false);
    expect(reaches(sub, { type: WEBHOOK_TEST_EVENT, occurredAt: at })).to.equal(true);
  });

  it('when the same event goes to two subscriptions, their idempotency keys differ and repeat', () => {
    // given / when / then
    expect(deliveryKey('audit:7', 'a')).to.equal(deliveryKey('audit:7', 'a'));
    expect(deliveryKey('audit:7', 'a')).not.to.equal(deliveryKey('audit:7', 'b'));
  });

  it('when a URL is not absolute http(s) or carries credentials, it is named a problem', () => {
    // given / when / then
    expect(urlProblem('https://hooks.example.com/itsm')).to.equal(undefined);
    expect(urlProblem('http://127.0.0.1:8080/x?token=1')).to.equal(undefined);
    expect(urlProblem('ftp://example.com/')).to.match(/http/);
    expect(urlProblem('not a url')).to.match(/http/);
    expect(urlProblem('javascript:alert(1)')).to.match(/http/);
    expect(urlProblem('https://user:pw@example.com/')).to.match(/password/);
  });

  it('when a URL is shown in a log, its query string is hidden', () => {
    // given / when / then
    expect(displayUrl('https://h.example/p?token=secret')).to.equal('https://h.example/p?…');
  });

  it('when a webhook setting is bad, the configuration error names it', () => {
    // given / when / then
    expect(() => loadWebhookConfig({ WEBHOOK_TIMEOUT_MS: 'soon' })).to.throw(/WEBHOOK_TIMEOUT_MS/);
    expect(loadWebhookConfig({})).to.include({ WEBHOOK_POLL_MS: 1000, WEBHOOK_MAX_ATTEMPTS: 8 });
  });
});

describe('webhooks: events from what the platform records', () => {
  const audit = (over: Partial<AuditSource>): AuditSource => ({
    id: '41',
    tableName: 'incidents',
    recordId: 'r1',
    action: 'update',
    before: null,
    after: null,
    actor: 'service-desk',
    at,
    ...over,
  });

  it('when a record is created, the audit row gives record.created with its number and status', () => {
    // given / when
    const e = eventFromAudit(
      audit({ action: 'create', after: { number: 'INC-1', status: 'new' } }),
      'incident',
    );
    // then
    expect(e).to.deep.equal({
      id: 'audit:41',
      type: 'record.created',
      occurredAt: at.toISOString(),
      data: {
        recordType: 'incident',
        recordId: 'r1',
        number: 'INC-1',
        status: 'new',
        actor: 'service-desk',
      },
    });
  });

  it('when the status changes, record.status-changed names from and to; other changes give nothing', () => {
    // given / when
    const changed = eventFromAudit(
      audit({ before: { status: 'new' }, after: { status: 'in-progress' } }),
      'incident',
      'INC-2',
    );
    const other = eventFromAudit(
      audit({ before: { title: 'a' }, after: { title: 'b' } }),
      'incident',
    );
    const notRecord = eventFromAudit(audit({ action: 'create', after: {} }), undefined);
    // then
    expect(changed?.type).to.equal('record.status-changed');
    expect(changed?.data).to.include({ number: 'INC-2', from: 'new', to: 'in-progress' });
    expect(other).to.equal(undefined);
    expect(notRecord).to.equal(undefined);
  });

  it('when an SLA clock reaches a threshold or breaches, the events are named by kind; others give nothing', () => {
    // given
    const row: SlaSource = {
      id: '9',
      event: 'threshold',
      level: 75,
      at,
      elapsedMinutes: 45,
      recordType: 'incident',
      recordId: 'r1',
      recordNumber: 'INC-1',
      clockType: 'resolution',
      dueAt: null,
    };
    // when / then
    expect(eventFromSla(row)?.type).to.equal('sla.threshold-reached');
    expect(eventFromSla(row)?.data).to.include({ level: 75, clockType: 'resolution' });
    expect(eventFromSla({ ...row, event: 'breach', level: 100 })?.type).to.equal('sla.breached');
    expect(eventFromSla({ ...row, event: 'pause' })).to.equal(undefined);
    // the ledger's 100 % mark comes with its breach: one event for it, not two
    expect(eventFromSla({ ...row, level: 100 })).to.equal(undefined);
  });

  it('when a task ends, only a completed one gives task.completed', () => {
    // given
    const task: TaskSource = {
      key: '22',
      name: 'Triage',
      elementId: 'Task_Triage',
      processId: 'incident-management',
      processInstanceKey: '11',
      candidateGroups: ['service-desk'],
      assignee: null,
      state: 'created',
      recordType: 'incident',
      recordNumber: 'INC-1',
      createdAt: at,
      dueAt: null,
      endedAt: null,
    };
    const ended = new Date(at.getTime() + 60_000);
    // when / then
    expect(taskCreatedEvent(task).id).to.equal('task-created:22');
    expect(taskCompletedEvent(task)).to.equal(undefined);
    expect(taskCompletedEvent({ ...task, state: 'canceled', endedAt: ended })).to.equal(undefined);
    expect(
      taskCompletedEvent({ ...task, state: 'completed', endedAt: ended })?.occurredAt,
    ).to.equal(ended.toISOString());
  });
});
