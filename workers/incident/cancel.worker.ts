import type { JSONSchemaType } from 'ajv';
import { transitionProblem } from '../../lib/incident/closure.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import {
  notifyCustomer,
  requireIncident,
  stopClocks,
  type IncidentWorkerPorts,
  type SlaPort,
} from './ports.ts';

export interface CancelInput {
  recordId: string;
  cancelReason: string;
  cancelledBy?: string;
}

const input: JSONSchemaType<CancelInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    cancelReason: { type: 'string', minLength: 1, maxLength: 2000 },
    cancelledBy: { type: 'string', nullable: true, maxLength: 200 },
  },
  required: ['recordId', 'cancelReason'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `Task_Cancel` (cancellation event sub-process, reclassification as a service request):
 * status `cancelled` with the reason, every clock of the record stopped, customer told.
 */
export function createCancelWorker(deps: IncidentWorkerPorts & { sla: SlaPort }) {
  return defineWorker<CancelInput, Record<string, never>>({
    type: 'itsm:incident.cancel:1',
    description: 'Cancel an incident and stop its SLA clocks',
    retired: 'itsm:record.cancel:1 (incident-management since 2026-12-07)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      await requireIncident(deps.incidents, i.recordId);
      const by = i.cancelledBy ?? ctx.actor;
      const result = await deps.incidents.transition(i.recordId, {
        key: `${ctx.jobKey}:cancel`,
        actor: ctx.actor,
        at,
        action: 'cancel',
        activity: () => ({
          kind: 'status',
          text: i.cancelReason,
          customerVisible: true,
          data: { status: 'cancelled', cancelledBy: by },
        }),
        apply: async (row, w) => {
          if (row.status === 'cancelled') return;
          const problem = transitionProblem('cancel', row.status);
          if (problem) throw new IncidentError(`${row.number}: ${problem}`);
          await w.update({ status: 'cancelled', cancelled_at: at, cancel_reason: i.cancelReason });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const row = result.row;
      await stopClocks(deps.sla, row.id, 'all', { at: row.cancelledAt ?? at, actor: ctx.actor });
      await notifyCustomer(deps.notifier, row, {
        template: 'incident.cancelled',
        data: { reason: i.cancelReason },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      return {};
    },
  });
}
