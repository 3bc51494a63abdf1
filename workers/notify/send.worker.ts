import type { JSONSchemaType } from 'ajv';
import type { NotificationRepository } from '../../db/repositories/notifications.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';

/** `user:<username>`, `group:<candidate group>` or `role:<role>`; a bare name is a group. */
export type Recipient = string;

export interface NotifySendInput {
  template: string;
  recipients: Recipient[];
  recordNumber?: string;
  data?: Record<string, unknown>;
}

const input: JSONSchemaType<NotifySendInput> = {
  type: 'object',
  properties: {
    template: { type: 'string', minLength: 1, maxLength: 200 },
    recipients: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^((user|group|role):)?[A-Za-z0-9._@-]+$' },
    },
    recordNumber: { type: 'string', nullable: true },
    data: { type: 'object', nullable: true, required: [] },
  },
  required: ['template', 'recipients'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/** Splits `type:name` into its parts; a bare name is a group (queue). */
export function parseRecipient(r: Recipient): { type: 'user' | 'group' | 'role'; id: string } {
  const match = /^(user|group|role):(.+)$/.exec(r);
  if (!match) return { type: 'group', id: r };
  return { type: match[1] as 'user' | 'group' | 'role', id: match[2] as string };
}

/** Notifies users, groups or roles in the app; every notification is logged (idempotent per job). */
export function createNotifySendWorker(deps: {
  notifications: NotificationRepository;
  clock: Clock;
}) {
  return defineWorker<NotifySendInput, Record<string, never>>({
    type: 'itsm:notify.send:1',
    description: 'Notify users, groups or roles (in-app) about a record',
    input,
    output,
    async handle({ template, recipients, recordNumber, data }, ctx) {
      const at = deps.clock.now();
      for (const raw of new Set(recipients)) {
        const recipient = parseRecipient(raw);
        // Keyed by job and recipient: a job that runs twice notifies once.
        await deps.notifications.add({
          idempotencyKey: `${ctx.jobKey}:${recipient.type}:${recipient.id}:in-app`,
          channel: 'in-app',
          recipientType: recipient.type,
          recipient: recipient.id,
          template,
          recordNumber,
          data,
          at,
        });
      }
      return {};
    },
  });
}
