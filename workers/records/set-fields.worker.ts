import type { JSONSchemaType } from 'ajv';
import { ReadOnlyRecordError } from '../../db/repositories/record-store.repository.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { checkFields, kindOf, type RecordWorkerDeps } from './common.ts';

export interface SetFieldsInput {
  recordType: string;
  recordId: string;
  /** Declared fields of the kind (null clears one). */
  fields: Record<string, unknown>;
}

const input: JSONSchemaType<SetFieldsInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    fields: { type: 'object', required: [] },
  },
  required: ['recordType', 'recordId', 'fields'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:record.set-fields:1`: writes declared fields of a record (validated against the
 * kind; an undeclared field or a wrong type is an incident naming it). Writing the same
 * values again changes nothing, so a job that runs twice is harmless.
 */
export function createRecordSetFieldsWorker(deps: RecordWorkerDeps) {
  return defineWorker<SetFieldsInput, Record<string, never>>({
    type: 'itsm:record.set-fields:1',
    description: 'Set fields of a record (names and types as its kind declares them)',
    input,
    output,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      checkFields(kind, i.fields);
      try {
        const after = await deps.store.setFields(kind, i.recordId, i.fields, {
          by: ctx.actor,
          at: deps.clock.now(),
        });
        if (!after) throw new IncidentError(`${kind.type} ${i.recordId} does not exist`);
      } catch (err) {
        if (err instanceof ReadOnlyRecordError) throw new IncidentError(err.message);
        throw err;
      }
      return {};
    },
  });
}
