import type { JSONSchemaType } from 'ajv';
import type { NotificationRepository } from '../../db/repositories/notifications.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { createNotifierWith, parseRecipient, type Notifier } from '../../domain/notifier.ts';

export { parseRecipient };

/**
 * `user:<username>`, `group:<candidate group>`, `role:<role>`, `customer:<customer id>` (its
 * contact users) or `email:<address>`; a bare name is a group.
 */
export type Recipient = string;

export interface NotifySendInput {
  template: string;
  recipients: Recipient[];
  recordNumber?: string;
  data?: Record<string, unknown>;
}

const RECIPIENT =
  '^(((user|group|role):)?[A-Za-z0-9._@-]+' +
  '|customer:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}' +
  "|email:[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)$";

const input: JSONSchemaType<NotifySendInput> = {
  type: 'object',
  properties: {
    template: { type: 'string', minLength: 1, maxLength: 200 },
    recipients: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', maxLength: 320, pattern: RECIPIENT },
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

/**
 * Notifies users, groups, roles, a customer's contacts or e-mail addresses about a record, in
 * the app and by e-mail (domain/notifier.ts); every notification is logged, and a job
 * that runs twice notifies once. Pass `notifier`; a bare `notifications` repository gives an
 * in-app-only notifier (kept for callers that predate e-mail).
 */
export function createNotifySendWorker(
  deps: { clock: Clock } & ({ notifier: Notifier } | { notifications: NotificationRepository }),
) {
  const notifier =
    'notifier' in deps ? deps.notifier : createNotifierWith({ notifications: deps.notifications });
  return defineWorker<NotifySendInput, Record<string, never>>({
    type: 'itsm:notify.send:1',
    description: 'Notify users, groups, roles, customer contacts or addresses (in-app and e-mail)',
    input,
    output,
    async handle({ template, recipients, recordNumber, data }, ctx) {
      await notifier.send({
        template,
        recipients,
        recordNumber: recordNumber ?? undefined,
        data: data ?? undefined,
        idempotencyKey: ctx.jobKey,
        at: deps.clock.now(),
      });
      return {};
    },
  });
}
