import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { findAnyRecord, kindOf, type RecordWorkerDeps } from './common.ts';

export interface LinkInput {
  recordType: string;
  recordId: string;
  /** How the record relates to the other one, read from the record (e.g. `caused`). */
  relation: string;
  toType: string;
  toNumber: string;
}

const input: JSONSchemaType<LinkInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    relation: { type: 'string', pattern: '^[a-z][a-z-]*$' },
    toType: { type: 'string', minLength: 1 },
    toNumber: { type: 'string', minLength: 1 },
  },
  required: ['recordType', 'recordId', 'relation', 'toType', 'toNumber'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ linked: boolean }> = {
  type: 'object',
  properties: { linked: { type: 'boolean' } },
  required: ['linked'],
  additionalProperties: false,
};

/** `itsm:record.link:1`: links two records (typed, read from both sides); twice keeps one link. */
export function createRecordLinkWorker(deps: RecordWorkerDeps) {
  return defineWorker<LinkInput, { linked: boolean }>({
    type: 'itsm:record.link:1',
    description: 'Link a record to another (relation read from the first, e.g. caused)',
    input,
    output,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      const from = await deps.store.get(kind, i.recordId);
      if (!from) throw new IncidentError(`${kind.type} ${i.recordId} does not exist`);
      const to = await findAnyRecord(deps, i.toType, i.toNumber);
      if (!to) throw new IncidentError(`${i.toType} ${i.toNumber} does not exist`);
      const fresh = await deps.store.link(
        { kind, id: from.id, number: from.number },
        i.relation,
        { kind: { type: i.toType }, id: to.id, number: to.number },
        { by: ctx.actor, at: deps.clock.now() },
      );
      return { linked: fresh };
    },
  });
}
