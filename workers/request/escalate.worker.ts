import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { requestOf, SERVICE_REQUEST, type RequestWorkerDeps } from './common.ts';

interface EscalateInput {
  recordId: string;
  escalationReason?: string | null;
  escalatedBy?: string | null;
}

const input: JSONSchemaType<EscalateInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    escalationReason: { type: 'string', nullable: true },
    escalatedBy: { type: 'string', nullable: true },
  },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:request.escalate:1` (`Msg_EscalationRequested`, §0.5): a manual hierarchical
 * escalation of a service request to H2, the owner of the process (`incident-manager`, §2): an
 * `escalations` row (reason `manual`) and a notification. Idempotent by job key.
 */
export function createEscalateRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<EscalateInput, Record<string, never>>({
    type: 'itsm:request.escalate:1',
    description:
      'Escalate a service request to the incident manager (manual hierarchical escalation)',
    input,
    output,
    async handle(i, ctx) {
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      await deps.escalations.recordEscalation({
        recordType: SERVICE_REQUEST,
        recordId: request.id,
        kind: 'hierarchical',
        fromLevel: null,
        toLevel: 'H2',
        reason: 'manual',
        at,
        by: i.escalatedBy || ctx.actor,
        idempotencyKey: `${ctx.jobKey}:escalation`,
      });
      await deps.notifier.send({
        template: 'service-request.escalated',
        recipients: ['role:incident-manager'],
        recordNumber: request.number,
        data: { reason: i.escalationReason ?? null, by: i.escalatedBy ?? null },
        idempotencyKey: `${ctx.jobKey}:notify`,
        at,
      });
      return {};
    },
  });
}
