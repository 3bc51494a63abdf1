import type { JSONSchemaType } from 'ajv';
import { ReadOnlyRecordError } from '../../db/repositories/record-store.repository.ts';
import { defineWorker, NO_OUTPUT } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { checkFields, kindOf, recordOf, type RecordWorkerDeps } from './common.ts';

export interface SetFieldsInput {
  recordType: string;
  recordId: string;
  /** Declared fields of the kind (null clears one). */
  fields: Record<string, unknown>;
  /** Date-time fields set to this step's time when they are not set yet (e.g. `mgmtNotifiedAt`). */
  stamp?: string[] | null;
}

const input: JSONSchemaType<SetFieldsInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    fields: { type: 'object', required: [], default: {} },
    stamp: {
      type: 'array',
      nullable: true,
      maxItems: 20,
      items: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
  required: ['recordType', 'recordId'],
  additionalProperties: true,
};

/**
 * `itsm:record.set-fields:1`: writes declared fields of a record (validated against the
 * kind; an undeclared field or a wrong type is an incident naming it), and stamps date-time
 * fields not set yet with the step's time. Writing the same values again changes nothing,
 * and a stamp is kept once set, so a job that runs twice is harmless.
 */
export function createRecordSetFieldsWorker(deps: RecordWorkerDeps) {
  return defineWorker<SetFieldsInput, Record<string, never>>({
    type: 'itsm:record.set-fields:1',
    description: 'Set fields of a record (names and types as its kind declares them)',
    input,
    output: NO_OUTPUT,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      checkFields(kind, i.fields);
      const at = deps.clock.now();
      const stamps: Record<string, string> = {};
      if (i.stamp?.length) {
        for (const name of i.stamp)
          if (kind.fields[name]?.format !== 'date-time')
            throw new IncidentError(`stamp: "${name}" is not a date-time field of ${kind.type}`);
        const record = await recordOf(deps, kind, i.recordId);
        for (const name of i.stamp) if (record[name] == null) stamps[name] = at.toISOString();
      }
      try {
        const after = await deps.store.setFields(
          kind,
          i.recordId,
          { ...stamps, ...i.fields },
          {
            by: ctx.actor,
            at,
          },
        );
        if (!after) throw new IncidentError(`${kind.type} ${i.recordId} does not exist`);
      } catch (err) {
        if (err instanceof ReadOnlyRecordError) throw new IncidentError(err.message);
        throw err;
      }
      return {};
    },
  });
}
