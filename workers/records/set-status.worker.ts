import type { JSONSchemaType } from 'ajv';
import { TransitionError } from '../../lib/records/status-machine.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { kindOf, type RecordWorkerDeps } from './common.ts';

export interface SetStatusInput {
  recordType: string;
  recordId: string;
  status: string;
}

const input: JSONSchemaType<SetStatusInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    status: { type: 'string', minLength: 1 },
  },
  required: ['recordType', 'recordId', 'status'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:record.set-status:1`: moves a record to a status its kind's machine allows from the
 * current one. A move the machine forbids is a modelling error: an incident naming both
 * statuses, not a retry. Idempotent by job key.
 */
export function createRecordSetStatusWorker(deps: RecordWorkerDeps) {
  return defineWorker<SetStatusInput, Record<string, never>>({
    type: 'itsm:record.set-status:1',
    description: "Set a record's status (checked against its kind's status machine)",
    input,
    output,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      try {
        const after = await deps.store.setStatus(kind, i.recordId, i.status, {
          by: ctx.actor,
          at: deps.clock.now(),
          idempotencyKey: `${ctx.jobKey}:status`,
        });
        if (!after) throw new IncidentError(`${kind.type} ${i.recordId} does not exist`);
      } catch (err) {
        if (err instanceof TransitionError)
          throw new IncidentError(`${kind.type} ${i.recordId}: ${err.message}`);
        throw err;
      }
      return {};
    },
  });
}
