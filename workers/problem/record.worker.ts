import type { JSONSchemaType } from 'ajv';
import { matchOpenProblem, problemTitle } from '../../lib/problem/rules.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { TransientError } from '../../lib/errors.ts';
import { kind, text, uuids, type ProblemWorkerDeps } from './common.ts';

export interface RecordProblemInput {
  recordType?: string | null;
  recordId?: string | null;
  sourceType?: string | null;
  sourceNumber?: string | null;
  relatedIncidents?: string[] | null;
  ciIds?: string[] | null;
  category?: string | null;
  knownErrorId?: string | null;
  requestId?: string | null;
}

export type RecordProblemOutput = {
  linkedToExisting: boolean;
  recordType: string;
  recordId: string;
  recordNumber: string;
};

const input: JSONSchemaType<RecordProblemInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', nullable: true },
    recordId: { type: 'string', nullable: true },
    sourceType: { type: 'string', nullable: true },
    sourceNumber: { type: 'string', nullable: true },
    relatedIncidents: { type: 'array', items: { type: 'string' }, nullable: true },
    ciIds: { type: 'array', items: { type: 'string' }, nullable: true },
    category: { type: 'string', nullable: true },
    knownErrorId: { type: 'string', nullable: true },
    requestId: { type: 'string', nullable: true },
  },
  required: [],
  additionalProperties: true,
};

const output: JSONSchemaType<RecordProblemOutput> = {
  type: 'object',
  properties: {
    linkedToExisting: { type: 'boolean' },
    recordType: { type: 'string' },
    recordId: { type: 'string' },
    recordNumber: { type: 'string' },
  },
  required: ['linkedToExisting', 'recordType', 'recordId', 'recordNumber'],
  additionalProperties: false,
};

/**
 * `itsm:problem.record:1` (§3 step 2): a problem raised through the API is already recorded
 * and goes on. A `Msg_ProblemRequested` joins the open problem that covers the same category
 * and CI or the same known error (its source records are linked to it, `linkedToExisting`);
 * otherwise a `PRB-…` is recorded (status `new`), linked to its source records and carried by
 * this instance. The outputs replace the source's `recordType`/`recordId`/`recordNumber`.
 * Idempotent: the request id (or job key) is the record's request id.
 */
export function createProblemRecordWorker(deps: ProblemWorkerDeps) {
  return defineWorker<RecordProblemInput, RecordProblemOutput>({
    type: 'itsm:problem.record:1',
    description: 'Record a problem, or link the source records to the open problem covering them',
    input,
    output,
    async handle(i, ctx) {
      const problemKind = kind(deps, 'problem');
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      if (i.recordType === 'problem' && i.recordId) {
        const existing = await deps.store.get(problemKind, i.recordId);
        // The API starts the instance inside the transaction that records the problem: until
        // it commits the row is not visible, so try again shortly rather than raise an incident.
        if (!existing)
          throw new TransientError(`problem ${i.recordId} is not (yet) recorded`, 1_000);
        return {
          linkedToExisting: false,
          recordType: 'problem',
          recordId: existing.id,
          recordNumber: existing.number,
        };
      }
      const { match, problem } = await deps.serialised(async (tx) => {
        const category = text(i.category);
        const ciIds = uuids(i.ciIds);
        const knownError = text(i.knownErrorId);
        const candidates = await tx.problems.openProblems(
          problemKind,
          category,
          knownError ? [knownError] : [],
        );
        const match = matchOpenProblem(
          { category, ciIds, knownError },
          candidates.map((p) => ({
            id: p.id,
            number: p.number,
            status: p.status,
            category: (p.category as string | null) ?? null,
            ciId: (p.ciId as string | null) ?? null,
            affectedCiIds: (p.affectedCiIds as string[] | null) ?? [],
            knownErrorNumber: (p.knownErrorNumber as string | null) ?? null,
            createdAt: p.createdAt,
          })),
        );
        let problem: { id: string; number: string };
        if (match) {
          problem = match;
        } else {
          const sourceType = text(i.sourceType);
          const sourceNumber = text(i.sourceNumber);
          const fields: Record<string, unknown> = {
            title: problemTitle(sourceType, sourceNumber, category),
            ...(sourceType ? { sourceType } : {}),
            ...(sourceNumber ? { sourceNumber } : {}),
            ...(category ? { category } : {}),
            ...(ciIds.length ? { ciId: ciIds[0], affectedCiIds: ciIds } : {}),
          };
          const { record } = await tx.store.create(
            problemKind,
            { fields, requestId: i.requestId ? `msg:${i.requestId}` : `job:${ctx.jobKey}` },
            actor,
            async () => ({ process_instance_key: ctx.processInstanceKey }),
          );
          problem = record;
        }
        const target = { kind: problemKind, id: problem.id, number: problem.number };
        const incidentNumbers = [
          ...(i.relatedIncidents ?? []),
          ...(i.sourceType === 'incident' && i.sourceNumber ? [i.sourceNumber] : []),
        ];
        for (const incident of await tx.problems.incidentsByNumber([...new Set(incidentNumbers)]))
          await tx.store.link({ kind: { type: 'incident' }, ...incident }, 'caused', target, actor);
        if (i.sourceType && i.sourceType !== 'incident' && i.sourceNumber) {
          const source = await deps.findOther(i.sourceType, i.sourceNumber);
          if (source)
            await tx.store.link(
              { kind: { type: i.sourceType }, ...source },
              'caused',
              target,
              actor,
            );
        }
        return { match, problem };
      });
      return {
        linkedToExisting: Boolean(match),
        recordType: 'problem',
        recordId: problem.id,
        recordNumber: problem.number,
      };
    },
  });
}
