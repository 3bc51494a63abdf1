import type { JSONSchemaType } from 'ajv';
import { ReadOnlyRecordError } from '../../db/repositories/record-store.repository.ts';
import { TransitionError } from '../../lib/records/status-machine.ts';
import { defineWorker, NO_OUTPUT } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { checkFields, kindOf, type RecordWorkerDeps } from './common.ts';

export interface SetStatusInput {
  recordType: string;
  recordId: string;
  status: string;
  /** Declared fields written with the status, in the same change (null clears one). */
  fields?: Record<string, unknown> | null;
  /** The record's assignee from this step on (e.g. a named manager). */
  assignee?: string | null;
}

const input: JSONSchemaType<SetStatusInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    status: { type: 'string', minLength: 1 },
    fields: { type: 'object', nullable: true, required: [] },
    assignee: { type: 'string', nullable: true, minLength: 1, maxLength: 200 },
  },
  required: ['recordType', 'recordId', 'status'],
  additionalProperties: true,
};

/**
 * `itsm:record.set-status:1`: moves a record to a status its kind's machine allows from the
 * current one, with the fields of that step and its assignee in the same change (a step's
 * data and its status never disagree). A move the machine forbids is a modelling error: an
 * incident naming both statuses, not a retry; so is an undeclared field. Idempotent by job key.
 */
export function createRecordSetStatusWorker(deps: RecordWorkerDeps) {
  return defineWorker<SetStatusInput, Record<string, never>>({
    type: 'itsm:record.set-status:1',
    description:
      "Set a record's status (checked against its kind's machine), with that step's fields",
    input,
    output: NO_OUTPUT,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      if (i.fields) checkFields(kind, i.fields);
      try {
        const after = await deps.store.setStatus(
          kind,
          i.recordId,
          i.status,
          { by: ctx.actor, at: deps.clock.now(), idempotencyKey: `${ctx.jobKey}:status` },
          {},
          {
            ...(i.fields ? { fields: i.fields } : {}),
            ...(i.assignee !== undefined ? { assignee: i.assignee } : {}),
          },
        );
        if (!after) throw new IncidentError(`${kind.type} ${i.recordId} does not exist`);
      } catch (err) {
        if (err instanceof TransitionError)
          throw new IncidentError(`${kind.type} ${i.recordId}: ${err.message}`);
        if (err instanceof ReadOnlyRecordError) throw new IncidentError(err.message);
        throw err;
      }
      return {};
    },
  });
}
