import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  createNotificationRepository,
  EMAIL_CLAIM_LEASE_MS,
  type NotificationRepository,
} from '../db/repositories/notifications.repository.ts';
import type { Logger } from '../lib/logger.ts';
import { TransientError } from '../lib/errors.ts';
import { RECORD_KINDS } from '../lib/records/kinds/index.ts';
import { MailSendError, type MailMessage, type MailTransport } from './smtp.ts';

export type { MailMessage, MailTransport } from './smtp.ts';

/**
 * One notification: a template about a record, to recipients written as
 * `user:<username>`, `group:<group>`, `role:<role>`, `customer:<customerId>` (that customer's
 * contact users: users with customer_id = id and role customer-contact) or
 * `email:<address>`; a bare name is a group.
 */
export interface NotificationRequest {
  template: string;
  recipients: string[];
  recordNumber?: string;
  data?: Record<string, unknown>;
  /** What makes a repeat (a job run twice) send nothing new: the job key. */
  idempotencyKey: string;
  at: Date;
}

/** Sends notifications in the app and by e-mail; counts what this call newly wrote or sent. */
export interface Notifier {
  send(n: NotificationRequest): Promise<{ inApp: number; emails: number }>;
}

export type RecipientType = 'user' | 'group' | 'role' | 'customer' | 'email';

/** Splits `type:id` into its parts; a bare name is a group (queue). */
export function parseRecipient(r: string): { type: RecipientType; id: string } {
  const match = /^(user|group|role|customer|email):(.+)$/.exec(r);
  if (!match) return { type: 'group', id: r };
  return { type: match[1] as RecipientType, id: match[2] as string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// templates //////////

interface Template {
  subject: { zh: string; en: string };
  body: { zh: string; en: string };
}

/**
 * Mail texts by template id, `{name}` filled from `recordNumber` and `data`. A template not
 * listed here gets the generic text, which lists the record number and the data.
 */
export const MAIL_TEMPLATES: Readonly<Record<string, Template>> = {
  'incident.assigned': {
    subject: {
      zh: '事件 {recordNumber} 已分派给您',
      en: 'Incident {recordNumber} is assigned to you',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）已分派给您处理。',
      en: 'Incident {recordNumber} ({title}) has been assigned to you.',
    },
  },
  'incident.status-changed': {
    subject: {
      zh: '事件 {recordNumber} 状态变更：{status}',
      en: 'Incident {recordNumber} is now {status}',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）的状态已变更为：{status}。',
      en: 'The status of incident {recordNumber} ({title}) changed to: {status}.',
    },
  },
  'incident.customer-update': {
    subject: {
      zh: '您的事件 {recordNumber} 有新进展',
      en: 'An update on your incident {recordNumber}',
    },
    body: {
      zh: '事件 {recordNumber}：{customerUpdate}',
      en: 'Incident {recordNumber}: {customerUpdate}',
    },
  },
  'incident.customer-warning': {
    subject: {
      zh: '事件 {recordNumber} 可能无法按时解决',
      en: 'Incident {recordNumber} may not be resolved in time',
    },
    body: {
      zh: '事件 {recordNumber}：{customerNotice}',
      en: 'Incident {recordNumber}: {customerNotice}',
    },
  },
  'incident.pending': {
    subject: {
      zh: '事件 {recordNumber} 暂停处理：{reasonZh}',
      en: 'Incident {recordNumber} is on hold: {reasonEn}',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）暂停处理，原因：{reasonZh}。暂停期间解决时限不计时，恢复处理时我们会再通知您。',
      en: 'Incident {recordNumber} ({title}) is on hold: {reasonEn}. Its resolution time does not run while it is on hold; we will tell you when work resumes.',
    },
  },
  'incident.resumed': {
    subject: {
      zh: '事件 {recordNumber} 已恢复处理',
      en: 'Work on incident {recordNumber} has resumed',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）已恢复处理，解决时限继续计时。',
      en: 'Work on incident {recordNumber} ({title}) has resumed; its resolution time runs again.',
    },
  },
  'incident.resolved': {
    subject: {
      zh: '事件 {recordNumber} 已解决，请确认',
      en: 'Incident {recordNumber} is resolved: please confirm',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）已解决。请确认服务已恢复、解决方案可接受。',
      en: 'Incident {recordNumber} ({title}) is resolved. Please confirm that the service is restored and the resolution is accepted.',
    },
  },
  'incident.confirm-reminder': {
    subject: {
      zh: '事件 {recordNumber} 回访到期',
      en: 'Return visit due for incident {recordNumber}',
    },
    body: {
      zh: '事件 {recordNumber} 已解决三个工作日，尚未得到客户确认，请进行回访。',
      en: 'Incident {recordNumber} was resolved three business days ago and is not confirmed yet: please call the customer back.',
    },
  },
  'incident.sla-at-risk': {
    subject: {
      zh: '事件 {recordNumber} 的 SLA 即将超时（{level}%）',
      en: 'Incident {recordNumber}: SLA at {level}%',
    },
    body: {
      zh: '事件 {recordNumber} 的{clockType}时限已用去 {level}%，到期时间 {dueAt}。',
      en: 'Incident {recordNumber} has used {level}% of its {clockType} target, due at {dueAt}.',
    },
  },
  'incident.sla-breached': {
    subject: {
      zh: '事件 {recordNumber} 已超出 SLA',
      en: 'Incident {recordNumber} breached its SLA',
    },
    body: {
      zh: '事件 {recordNumber} 的{clockType}时限已于 {dueAt} 到期。',
      en: 'The {clockType} target of incident {recordNumber} was due at {dueAt}.',
    },
  },
  'incident.escalated': {
    subject: { zh: '事件 {recordNumber} 已升级', en: 'Incident {recordNumber} is escalated' },
    body: {
      zh: '事件 {recordNumber} 已升级至 {level}。原因：{reason}',
      en: 'Incident {recordNumber} is escalated to {level}. Reason: {reason}',
    },
  },
  'major.declared': {
    subject: {
      zh: '重大事件：{recordNumber}',
      en: 'Major incident declared: {recordNumber}',
    },
    body: {
      zh: '事件 {recordNumber}（{title}）已被宣布为重大事件。',
      en: 'Incident {recordNumber} ({title}) has been declared a major incident.',
    },
  },
};

/**
 * Texts of any record kind's events, named `<kind type>.<event>` (e.g. `problem.sla-breached`,
 * `problem.escalated`): filled with the kind's name in both languages (`{kindZh}`, `{kindEn}`, `{kindEnLower}`),
 * so a new kind's mails read well without a line here. A kind-specific template above wins.
 */
export const RECORD_EVENT_TEMPLATES: Readonly<Record<string, Template>> = {
  assigned: {
    subject: {
      zh: '{kindZh} {recordNumber} 已分派给您',
      en: '{kindEn} {recordNumber} is assigned to you',
    },
    body: {
      zh: '{kindZh} {recordNumber}（{title}）已分派给您处理。',
      en: '{kindEn} {recordNumber} ({title}) is assigned to you.',
    },
  },
  'sla-at-risk': {
    subject: {
      zh: '{kindZh} {recordNumber} 的 SLA 即将超时（{level}%）',
      en: '{kindEn} {recordNumber}: SLA at {level}%',
    },
    body: {
      zh: '{kindZh} {recordNumber} 的{clockType}时限已用去 {level}%，到期时间 {dueAt}。',
      en: '{kindEn} {recordNumber} has used {level}% of its {clockType} target, due at {dueAt}.',
    },
  },
  'sla-breached': {
    subject: {
      zh: '{kindZh} {recordNumber} 已超出 SLA',
      en: '{kindEn} {recordNumber} breached its SLA',
    },
    body: {
      zh: '{kindZh} {recordNumber} 的{clockType}时限已于 {dueAt} 到期。',
      en: 'The {clockType} target of {kindEnLower} {recordNumber} was due at {dueAt}.',
    },
  },
  escalated: {
    subject: { zh: '{kindZh} {recordNumber} 已升级', en: '{kindEn} {recordNumber} is escalated' },
    body: {
      zh: '{kindZh} {recordNumber} 已升级。原因：{reason}',
      en: '{kindEn} {recordNumber} is escalated. Reason: {reason}',
    },
  },
};

/** The template of a record kind's event (`problem.escalated`) with the kind's names. */
function recordEventTemplate(
  name: string,
): { template: Template; values: Record<string, unknown> } | undefined {
  const dot = name.indexOf('.');
  const kind = RECORD_KINDS.find((k) => k.type === name.slice(0, dot));
  const template = RECORD_EVENT_TEMPLATES[name.slice(dot + 1)];
  if (dot < 0 || !kind || !template) return undefined;
  const { singular } = kind.labels;
  return {
    template,
    values: {
      kindZh: singular['zh-CN'],
      kindEn: singular.en,
      kindEnLower: singular.en.toLowerCase(),
    },
  };
}

const GENERIC: Template = {
  subject: { zh: '通知：{template} {recordNumber}', en: 'Notification: {template} {recordNumber}' },
  body: { zh: '记录：{recordNumber}', en: 'Record: {recordNumber}' },
};

/** Keys whose values never go into a mail. */
const SECRET_KEY = /pass(word|wd)?|secret|token|credential|api[-_]?key|authori[sz]ation|cookie/i;
const MAX_VALUE_CHARS = 1000;

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

function fill(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) =>
    SECRET_KEY.test(name) ? '—' : show(values[name]),
  );
}

/**
 * The mail of a notification: subject and plain-text body, Chinese first, then English. Data
 * under secret-looking keys (password, token, …) is never shown.
 */
export function renderMail(n: Pick<NotificationRequest, 'template' | 'recordNumber' | 'data'>): {
  subject: string;
  text: string;
} {
  const ofKind = recordEventTemplate(n.template);
  const known = Object.hasOwn(MAIL_TEMPLATES, n.template)
    ? MAIL_TEMPLATES[n.template]
    : ofKind?.template;
  const template = known ?? GENERIC;
  const data = n.data ?? {};
  const values: Record<string, unknown> = {
    ...data,
    ...ofKind?.values,
    recordNumber: n.recordNumber,
    template: n.template,
  };
  const zh = [fill(template.body.zh, values)];
  const en = [fill(template.body.en, values)];
  if (!known) {
    const shown = Object.entries(data).filter(([key]) => !SECRET_KEY.test(key));
    for (const [key, value] of shown) {
      zh.push(`${key}：${show(value)}`);
      en.push(`${key}: ${show(value)}`);
    }
  }
  const subject = `[ITSM] ${fill(template.subject.zh, values)} / ${fill(template.subject.en, values)}`;
  const text = [
    ...zh,
    '',
    '（此邮件由 IT 服务管理平台自动发送，请勿直接回复。）',
    '',
    '----',
    '',
    ...en,
    '',
    '(Sent automatically by the IT service management platform; please do not reply.)',
    '',
  ].join('\n');
  return { subject: subject.replace(/\s+/g, ' ').trim(), text };
}

// sending //////////

interface MailTarget {
  recipientType: 'user' | 'email';
  recipient: string;
  address: string;
}

/** A Message-ID that is the same for every attempt at one e-mail row (its idempotency key). */
export function messageIdOf(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@itsm.notifications>`;
}

/**
 * The notifier over a notifications repository: in-app rows for users, groups and roles (a
 * customer expands to its contact users), e-mails to users and customer contacts with an
 * address and to `email:` recipients when a mail transport is configured (groups and roles get
 * no mail). Every (idempotencyKey, channel, recipient) is written at most once and every e-mail
 * sent at most once; e-mails that failed are sent again by the next call with the same key
 * (a TransientError tells the job to retry), one refused for good is recorded and not retried.
 */
export function createNotifierWith(deps: {
  notifications: NotificationRepository;
  mail?: MailTransport;
  log?: Logger;
}): Notifier {
  const { notifications } = deps;

  async function contactsOf(customerId: string) {
    if (!UUID.test(customerId)) {
      deps.log?.warn(`notification recipient customer:${customerId} is not a customer id; skipped`);
      return { contacts: [], fallbackAddress: undefined };
    }
    const contacts = await notifications.customerContacts(customerId);
    const withMail = contacts.some((u) => u.email);
    const fallbackAddress =
      deps.mail && !withMail ? await notifications.customerContactEmail(customerId) : undefined;
    return { contacts, fallbackAddress };
  }

  async function deliver(
    n: NotificationRequest,
    target: MailTarget,
    mail: MailTransport,
    message: MailMessage,
  ) {
    const idempotencyKey = `${n.idempotencyKey}:email:${target.address.toLowerCase()}`;
    const claimed = await notifications.claimEmail({
      idempotencyKey,
      recipientType: target.recipientType,
      recipient: target.recipient,
      address: target.address,
      template: n.template,
      recordNumber: n.recordNumber,
      data: n.data,
      at: n.at,
    });
    if (claimed === 'done') return 'skipped' as const;
    // Another attempt holds it (or crashed while sending): try again once its lease ran out.
    if (claimed === 'busy') return 'busy' as const;
    try {
      await mail.send({ ...message, to: target.address, messageId: messageIdOf(idempotencyKey) });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof MailSendError && err.permanent;
      await notifications.finishEmail(
        idempotencyKey,
        { status: permanent ? 'rejected' : 'failed', error },
        n.at,
      );
      deps.log?.warn(
        `e-mail ${n.template} to ${target.address} ${permanent ? 'refused' : 'failed'}: ${error}`,
      );
      return permanent ? ('rejected' as const) : ('failed' as const);
    }
    await notifications.finishEmail(idempotencyKey, { status: 'sent' }, n.at);
    return 'sent' as const;
  }

  return {
    async send(n) {
      const base = {
        template: n.template,
        recordNumber: n.recordNumber,
        data: n.data,
        at: n.at,
      };
      const inAppTargets = new Map<string, { type: 'user' | 'group' | 'role'; id: string }>();
      const mailTargets = new Map<string, MailTarget>();
      const addMail = (t: MailTarget) => {
        const key = t.address.trim().toLowerCase();
        if (key && !mailTargets.has(key)) mailTargets.set(key, { ...t, address: t.address.trim() });
      };
      const parsed = n.recipients.map(parseRecipient);
      const usernames = [...new Set(parsed.filter((r) => r.type === 'user').map((r) => r.id))];
      const users = new Map(
        deps.mail
          ? (await notifications.usersByUsername(usernames)).map((u) => [u.username, u])
          : [],
      );
      for (const r of parsed) {
        if (r.type === 'user' || r.type === 'group' || r.type === 'role') {
          inAppTargets.set(`${r.type}:${r.id}`, { type: r.type, id: r.id });
          const user = r.type === 'user' ? users.get(r.id) : undefined;
          if (user?.active && user.email)
            addMail({ recipientType: 'user', recipient: user.username, address: user.email });
        } else if (r.type === 'customer') {
          const { contacts, fallbackAddress } = await contactsOf(r.id);
          for (const u of contacts) {
            inAppTargets.set(`user:${u.username}`, { type: 'user', id: u.username });
            if (u.email)
              addMail({ recipientType: 'user', recipient: u.username, address: u.email });
          }
          if (fallbackAddress)
            addMail({
              recipientType: 'email',
              recipient: fallbackAddress,
              address: fallbackAddress,
            });
        } else {
          addMail({ recipientType: 'email', recipient: r.id, address: r.id });
        }
      }

      let inApp = 0;
      for (const t of inAppTargets.values()) {
        const added = await notifications.add({
          ...base,
          idempotencyKey: `${n.idempotencyKey}:${t.type}:${t.id}:in-app`,
          channel: 'in-app',
          recipientType: t.type,
          recipient: t.id,
        });
        if (added) inApp += 1;
      }

      const mail = deps.mail;
      if (!mail) return { inApp, emails: 0 };
      const message: MailMessage = { to: '', ...renderMail(n) };
      let emails = 0;
      const failed: string[] = [];
      const busy: string[] = [];
      for (const target of mailTargets.values()) {
        const outcome = await deliver(n, target, mail, message);
        if (outcome === 'sent') emails += 1;
        if (outcome === 'failed') failed.push(target.address);
        if (outcome === 'busy') busy.push(target.address);
      }
      if (failed.length) {
        throw new TransientError(
          `${failed.length} of ${mailTargets.size} e-mails for ${n.template} could not be sent (${failed.join(', ')}); they are sent again on retry`,
        );
      }
      if (busy.length) {
        throw new TransientError(
          `${busy.length} e-mails for ${n.template} are being sent by another attempt (${busy.join(', ')}); checking again later`,
          EMAIL_CLAIM_LEASE_MS,
        );
      }
      return { inApp, emails };
    },
  };
}

/** The notifier on the platform database, with e-mail when a transport is given. */
export function createNotifier(deps: { db: Knex; mail?: MailTransport; log?: Logger }): Notifier {
  return createNotifierWith({
    notifications: createNotificationRepository(deps.db),
    mail: deps.mail,
    log: deps.log,
  });
}
