import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { kindOf, type RecordWorkerDeps } from './common.ts';

export interface SelectDueInput {
  recordType: string;
  /** A date-time field of the kind (e.g. `nextReviewAt`). */
  dateField: string;
  /** Due at or before this instant; absent = now. */
  before?: string | null;
  /** At most this many per sweep (the rest are found by the next one). */
  limit?: number | null;
}

export type SelectDueOutput = { dueIds: string[] };

const input: JSONSchemaType<SelectDueInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    dateField: { type: 'string', minLength: 1 },
    before: { type: 'string', format: 'date-time', nullable: true },
    limit: { type: 'integer', minimum: 1, maximum: 1000, nullable: true },
  },
  required: ['recordType', 'dateField'],
  additionalProperties: true,
};

const output: JSONSchemaType<SelectDueOutput> = {
  type: 'object',
  properties: { dueIds: { type: 'array', items: { type: 'string' } } },
  required: ['dueIds'],
  additionalProperties: false,
};

/**
 * `itsm:record.select-due:1` (sweep pattern P1, §0.1): the ids of a kind's open records whose
 * date field has come, for a parallel multi-instance sub-process over `dueIds`.
 */
export function createRecordSelectDueWorker(deps: RecordWorkerDeps) {
  return defineWorker<SelectDueInput, SelectDueOutput>({
    type: 'itsm:record.select-due:1',
    description: 'Select open records whose date field is due (dueIds), for a sweep',
    input,
    output,
    async handle(i) {
      const kind = kindOf(deps.kinds, i.recordType);
      if (kind.fields[i.dateField]?.format !== 'date-time')
        throw new IncidentError(`${i.dateField} is not a date-time field of ${kind.type}`);
      const before = i.before ? new Date(i.before) : deps.clock.now();
      return { dueIds: await deps.store.selectDue(kind, i.dateField, before, i.limit ?? 200) };
    },
  });
}
