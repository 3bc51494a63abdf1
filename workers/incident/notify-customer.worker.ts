import type { JSONSchemaType } from 'ajv';
import { transitionProblem } from '../../lib/incident/closure.ts';
import { isoLocal } from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { notifyCustomer, requireIncident, type IncidentWorkerPorts } from './ports.ts';

export interface NotifyCustomerInput {
  recordId: string;
  customerNotice: string;
}

export type NotifyCustomerOutput = {
  /** When the customer was warned; null when the incident was no longer open (not warned). */
  customerWarnedAt?: string | null;
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
  properties: { customerWarnedAt: { type: 'string', format: 'date-time', nullable: true } },
  required: [],
  additionalProperties: false,
};

/**
 * `Task_WarnCustomer`: warns the customer once that the resolution target will be missed
 * (§1.1 step 12): records `customer_warned_at` and a customer-visible history row. A later
 * warning of the same incident (from another job) sends nothing and returns the first instant.
 * An incident that is resolved, closed or cancelled by the time the warning runs (a late
 * answer to the at-risk review) is not warned: an internal history row says why, and the
 * output is `customerWarnedAt: null`.
 */
export function createNotifyCustomerWorker(deps: IncidentWorkerPorts) {
  return defineWorker<NotifyCustomerInput, NotifyCustomerOutput>({
    type: 'itsm:incident.notify-customer:1',
    description: 'Warn the customer that the resolution target will be missed (once, while open)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const current = await requireIncident(deps.incidents, i.recordId);
      const key = `${ctx.jobKey}:customer-warned`;
      if (current.customerWarnedAt && !(await deps.incidents.hasActivity(key))) {
        return { customerWarnedAt: isoLocal(current.customerWarnedAt) };
      }
      // Decided with the incident locked, so a resolution committed first always wins; the
      // notification follows the decision and is sent once by key, also when the job re-runs.
      let refusal: string | undefined;
      const result = await deps.incidents.transition(current.id, {
        key,
        actor: ctx.actor,
        at,
        action: 'warn-customer',
        activity: () =>
          refusal === undefined
            ? {
                kind: 'customer_update',
                text: i.customerNotice,
                customerVisible: true,
                data: { warning: 'resolution-at-risk' },
              }
            : {
                kind: 'note',
                text: `Customer not warned that the target will be missed: ${refusal}`,
                customerVisible: false,
                data: { warning: 'resolution-at-risk', sent: false },
              },
        apply: async (row, w) => {
          refusal = row.customerWarnedAt ? undefined : transitionProblem('warn', row.status);
          if (refusal === undefined && !row.customerWarnedAt) {
            await w.update({ customer_warned_at: at });
          }
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const warnedAt = result.row.customerWarnedAt;
      if (!warnedAt) return { customerWarnedAt: null };
      await notifyCustomer(deps.notifier, result.row, {
        template: 'incident.at-risk',
        data: { text: i.customerNotice },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      return { customerWarnedAt: isoLocal(warnedAt) };
    },
  });
}
