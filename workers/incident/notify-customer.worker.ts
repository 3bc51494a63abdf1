import type { JSONSchemaType } from 'ajv';
import { isoLocal } from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { notifyCustomer, requireIncident, type IncidentWorkerPorts } from './ports.ts';

export interface NotifyCustomerInput {
  recordId: string;
  customerNotice: string;
}

export type NotifyCustomerOutput = {
  customerWarnedAt: string;
};

const input: JSONSchemaType<NotifyCustomerInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    customerNotice: { type: 'string', minLength: 1, maxLength: 20000 },
  },
  required: ['recordId', 'customerNotice'],
  additionalProperties: true,
};

const output: JSONSchemaType<NotifyCustomerOutput> = {
  type: 'object',
  properties: { customerWarnedAt: { type: 'string', format: 'date-time' } },
  required: ['customerWarnedAt'],
  additionalProperties: false,
};

/**
 * `Task_WarnCustomer`: warns the customer once that the resolution target will be missed
 * (§1.1 step 12): records `customer_warned_at` and a customer-visible history row. A later
 * warning of the same incident (from another job) sends nothing and returns the first instant.
 */
export function createNotifyCustomerWorker(deps: IncidentWorkerPorts) {
  return defineWorker<NotifyCustomerInput, NotifyCustomerOutput>({
    type: 'itsm:incident.notify-customer:1',
    description: 'Warn the customer that the resolution target will be missed (once)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const current = await requireIncident(deps.incidents, i.recordId);
      const key = `${ctx.jobKey}:customer-warned`;
      if (current.customerWarnedAt && !(await deps.incidents.hasActivity(key))) {
        return { customerWarnedAt: isoLocal(current.customerWarnedAt) };
      }
      // Notify first: if the job dies before the update, the re-run still sends (once, by key).
      await notifyCustomer(deps.notifier, current, {
        template: 'incident.at-risk',
        data: { text: i.customerNotice },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      const result = await deps.incidents.transition(current.id, {
        key,
        actor: ctx.actor,
        at,
        action: 'warn-customer',
        once: false,
        activity: () => ({
          kind: 'customer_update',
          text: i.customerNotice,
          customerVisible: true,
          data: { warning: 'resolution-at-risk' },
        }),
        apply: async (row, w) => {
          if (!row.customerWarnedAt) await w.update({ customer_warned_at: at });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      return { customerWarnedAt: isoLocal(result.row.customerWarnedAt ?? at) };
    },
  });
}
