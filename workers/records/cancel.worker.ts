import type { JSONSchemaType } from 'ajv';
import type { SlaService } from '../../domain/sla-service.ts';
import type { Notifier } from '../../domain/notifier.ts';
import { TransitionError } from '../../lib/records/status-machine.ts';
import { defineWorker, NO_OUTPUT } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { kindOf, recordOf, type RecordWorkerDeps } from './common.ts';

export interface CancelInput {
  recordType: string;
  recordId: string;
  reason: string;
  /** Who asked for the cancellation (a command's user); the history names them. */
  cancelledBy?: string | null;
  /** A notification template sent to the record's customer, when it has one. */
  customerNotice?: string | null;
}

const input: JSONSchemaType<CancelInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    reason: { type: 'string', minLength: 1, maxLength: 2000 },
    cancelledBy: { type: 'string', nullable: true, maxLength: 200 },
    customerNotice: { type: 'string', nullable: true, minLength: 1, maxLength: 200 },
  },
  required: ['recordType', 'recordId', 'reason'],
  additionalProperties: true,
};

/**
 * `itsm:record.cancel:1`: cancels a record as its kind declares (`cancel`: the final status
 * and the reason field; the status's stamp, e.g. `cancelledAt`): every running SLA clock of
 * the record stops first, so a record seen cancelled has none running; then the status and
 * reason in one change, and the customer is told when a notice is named. A record already
 * cancelled is left as it is; a status the machine does not let go to cancelled (closed) is
 * an incident naming both. Idempotent by job key.
 */
export function createRecordCancelWorker(
  deps: RecordWorkerDeps & { sla: Pick<SlaService, 'stopAll'>; notifier: Notifier },
) {
  return defineWorker<CancelInput, Record<string, never>>({
    type: 'itsm:record.cancel:1',
    description: 'Cancel a record with a reason: its SLA clocks stop, the customer may be told',
    input,
    output: NO_OUTPUT,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      if (!kind.cancel) throw new IncidentError(`${kind.type} records are not cancelled this way`);
      const record = await recordOf(deps, kind, i.recordId);
      const at = deps.clock.now();
      if (record.status !== kind.cancel.status) {
        await deps.sla.stopAll(kind.type, record.id, { at, actor: ctx.actor });
        try {
          await deps.store.setStatus(
            kind,
            record.id,
            kind.cancel.status,
            { by: ctx.actor, at, idempotencyKey: `${ctx.jobKey}:status` },
            {
              text: i.reason,
              customerVisible: true,
              ...(i.cancelledBy ? { cancelledBy: i.cancelledBy } : {}),
            },
            { fields: { [kind.cancel.reasonField]: i.reason } },
          );
        } catch (err) {
          if (err instanceof TransitionError)
            throw new IncidentError(`${record.number}: ${err.message}`);
          throw err;
        }
      }
      if (i.customerNotice && record.customerId)
        await deps.notifier.send({
          template: i.customerNotice,
          recipients: [`customer:${record.customerId}`],
          recordNumber: record.number,
          data: { reason: i.reason },
          idempotencyKey: `${ctx.jobKey}:customer`,
          at,
        });
      return {};
    },
  });
}
