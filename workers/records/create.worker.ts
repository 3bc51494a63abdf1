import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { checkFields, findAnyRecord, kindOf, type RecordWorkerDeps } from './common.ts';

export interface CreateRecordInput {
  recordType: string;
  /** The new record's fields, as the kind declares them. */
  fields: Record<string, unknown>;
  /** Link the new record to the source record (§0.1 P4: `sourceType`, `sourceNumber`). */
  sourceType?: string | null;
  sourceNumber?: string | null;
  /** How the source relates to the new record, read from the source (default `caused`). */
  relation?: string | null;
}

export type CreateRecordOutput = { createdId: string; createdNumber: string };

const input: JSONSchemaType<CreateRecordInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    fields: { type: 'object', required: [] },
    sourceType: { type: 'string', nullable: true },
    sourceNumber: { type: 'string', nullable: true },
    relation: { type: 'string', pattern: '^[a-z][a-z-]*$', nullable: true },
  },
  required: ['recordType', 'fields'],
  additionalProperties: true,
};

const output: JSONSchemaType<CreateRecordOutput> = {
  type: 'object',
  properties: { createdId: { type: 'string' }, createdNumber: { type: 'string' } },
  required: ['createdId', 'createdNumber'],
  additionalProperties: false,
};

/**
 * `itsm:record.create:1`: creates a record of any kind with the next number of its prefix,
 * optionally linked to the record the process came from. Idempotent: the job key is the
 * request id, so a job that runs twice creates one record.
 */
export function createRecordCreateWorker(deps: RecordWorkerDeps) {
  return defineWorker<CreateRecordInput, CreateRecordOutput>({
    type: 'itsm:record.create:1',
    description: 'Create a record of a kind (fields as the kind declares), linked to its source',
    input,
    output,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      checkFields(kind, i.fields);
      const at = deps.clock.now();
      const { record } = await deps.store.create(
        kind,
        { fields: i.fields, requestId: `job:${ctx.jobKey}` },
        { by: ctx.actor, at },
      );
      if (i.sourceType && i.sourceNumber) {
        const source = await findAnyRecord(deps, i.sourceType, i.sourceNumber);
        if (!source)
          throw new IncidentError(`The source ${i.sourceType} ${i.sourceNumber} does not exist`);
        await deps.store.link(
          { kind: { type: i.sourceType }, id: source.id, number: source.number },
          i.relation ?? 'caused',
          { kind, id: record.id, number: record.number },
          { by: ctx.actor, at },
        );
      }
      return { createdId: record.id, createdNumber: record.number };
    },
  });
}
