import type { JSONSchemaType } from 'ajv';
import { mayAutoConfirm } from '../../lib/request/rules.ts';
import { IncidentError } from '../../lib/errors.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { requestKind, requestOf, type RequestWorkerDeps } from './common.ts';

interface AutoConfirmInput {
  recordType: string;
  recordId: string;
}

const input: JSONSchemaType<AutoConfirmInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
  },
  required: ['recordType', 'recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ confirmed: boolean }> = {
  type: 'object',
  properties: { confirmed: { type: 'boolean' } },
  required: ['confirmed'],
  additionalProperties: false,
};

/**
 * `itsm:request.auto-confirm:1` (§2 step 10): the requester did not answer within the
 * confirmation window, so the fulfilment counts as confirmed; the history says "confirmed by
 * timeout". Service requests only — an incident is never confirmed by timeout (incident).
 */
export function createAutoConfirmWorker(deps: RequestWorkerDeps) {
  return defineWorker<AutoConfirmInput, { confirmed: boolean }>({
    type: 'itsm:request.auto-confirm:1',
    description: 'Confirm a fulfilled service request by timeout (service requests only)',
    input,
    output,
    async handle(i, ctx) {
      if (!mayAutoConfirm(i.recordType))
        throw new IncidentError(`a ${i.recordType} may not be confirmed by timeout`);
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      await deps.store.setFields(kind, request.id, { confirmedBy: 'timeout' }, actor);
      await deps.store.appendHistory(
        kind,
        request.id,
        'confirmed-by-timeout',
        { text: 'confirmed by timeout' },
        { ...actor, idempotencyKey: `${ctx.jobKey}:history` },
      );
      return { confirmed: true };
    },
  });
}
