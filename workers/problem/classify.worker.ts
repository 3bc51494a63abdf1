import type { JSONSchemaType } from 'ajv';
import { DEFAULT_PRIORITY_MATRIX, derivePriority, isLevel } from '../../lib/sla/priority.ts';
import { checkFields } from '../records/common.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { kind, text, uuids, type ProblemWorkerDeps } from './common.ts';

export interface ClassifyProblemInput {
  recordId: string;
  category: string;
  impact: string;
  urgency: string;
  ownerGroup: string;
  owner?: string | null;
  affectedCiIds?: string[] | null;
}

const input: JSONSchemaType<ClassifyProblemInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    category: { type: 'string', minLength: 1 },
    impact: { type: 'string', enum: ['1', '2', '3'] },
    urgency: { type: 'string', enum: ['1', '2', '3'] },
    ownerGroup: { type: 'string', minLength: 1 },
    owner: { type: 'string', nullable: true },
    affectedCiIds: { type: 'array', items: { type: 'string' }, nullable: true },
  },
  required: ['recordId', 'category', 'impact', 'urgency', 'ownerGroup'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ priority: string }> = {
  type: 'object',
  properties: { priority: { type: 'string' } },
  required: ['priority'],
  additionalProperties: false,
};

/**
 * `itsm:problem.classify:1` (after `UserTask_Classify`, §3 step 4): writes the classification
 * to the problem with the priority of impact × urgency (§0.6 default matrix), which the RCA
 * clock's target then follows.
 */
export function createProblemClassifyWorker(deps: ProblemWorkerDeps) {
  return defineWorker<ClassifyProblemInput, { priority: string }>({
    type: 'itsm:problem.classify:1',
    description: 'Write the classification and priority (impact × urgency) to a problem',
    input,
    output,
    async handle(i, ctx) {
      const impact = Number(i.impact);
      const urgency = Number(i.urgency);
      if (!isLevel(impact) || !isLevel(urgency))
        throw new IncidentError(`impact ${i.impact} and urgency ${i.urgency} must be 1, 2 or 3`);
      const priority = derivePriority(DEFAULT_PRIORITY_MATRIX, impact, urgency);
      const problemKind = kind(deps, 'problem');
      const affected = uuids(i.affectedCiIds);
      const fields: Record<string, unknown> = {
        category: i.category,
        impact: String(impact),
        urgency: String(urgency),
        priority,
        ownerGroup: i.ownerGroup,
        owner: text(i.owner),
        ...(affected.length ? { affectedCiIds: affected } : {}),
      };
      const current = await deps.store.get(problemKind, i.recordId);
      if (!current) throw new IncidentError(`problem ${i.recordId} does not exist`);
      if (!current.ciId && affected.length) fields.ciId = affected[0];
      checkFields(problemKind, fields);
      await deps.store.setFields(problemKind, i.recordId, fields, {
        by: ctx.actor,
        at: deps.clock.now(),
      });
      return { priority };
    },
  });
}
