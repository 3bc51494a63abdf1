import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import {
  requestKind,
  requestOf,
  requesterOf,
  stopClocks,
  text,
  type RequestWorkerDeps,
} from './common.ts';

interface RejectInput {
  recordId: string;
  rejectReason?: string | null;
  comment?: string | null;
}

const input: JSONSchemaType<RejectInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    rejectReason: { type: 'string', nullable: true },
    comment: { type: 'string', nullable: true },
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
 * `itsm:request.reject:1` (§2 steps 5–6): a request that triage found not valid, or that an
 * approver rejected, is `rejected` with the reason (the triage's, else the approver's
 * comment); its clocks stop and the requester is told why. Idempotent.
 */
export function createRejectRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<RejectInput, Record<string, never>>({
    type: 'itsm:request.reject:1',
    description: 'Reject a service request with the reason and tell the requester',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      const reason = text(i.rejectReason) ?? text(i.comment) ?? 'rejected';
      // The clocks stop first, so a request seen in its final status has none running.
      await stopClocks(deps, request.id, { at, actor: ctx.actor });
      if (request.status !== 'rejected') {
        await deps.store.setFields(kind, request.id, { rejectReason: reason }, actor);
        await deps.store.setStatus(kind, request.id, 'rejected', {
          ...actor,
          idempotencyKey: `${ctx.jobKey}:status`,
        });
      }
      await deps.notifier.send({
        template: 'service-request.rejected',
        recipients: [`user:${requesterOf(request)}`],
        recordNumber: request.number,
        data: { title: request.title ?? null, reason },
        idempotencyKey: `${ctx.jobKey}:notify`,
        at,
      });
      return {};
    },
  });
}
