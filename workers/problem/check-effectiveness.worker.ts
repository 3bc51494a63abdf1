import type { JSONSchemaType } from 'ajv';
import { recurrences } from '../../lib/problem/rules.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { kind, problemOf, type ProblemWorkerDeps } from './common.ts';

export type CheckEffectivenessOutput = { recurrences: number; recurringIncidents: string[] };

const input: JSONSchemaType<{ recordId: string }> = {
  type: 'object',
  properties: { recordId: { type: 'string', minLength: 1 } },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<CheckEffectivenessOutput> = {
  type: 'object',
  properties: {
    recurrences: { type: 'integer' },
    recurringIncidents: { type: 'array', items: { type: 'string' } },
  },
  required: ['recurrences', 'recurringIncidents'],
  additionalProperties: false,
};

/**
 * `itsm:problem.check-effectiveness:1` (§3 step 13): counts the incidents logged since the
 * resolution with the same category on one of the problem's CIs, or with its known error;
 * writes `recurrences` and `effectivenessCheckedAt` to the problem.
 */
export function createCheckEffectivenessWorker(deps: ProblemWorkerDeps) {
  return defineWorker<{ recordId: string }, CheckEffectivenessOutput>({
    type: 'itsm:problem.check-effectiveness:1',
    description: 'Count the incidents that recurred since a problem was resolved',
    input,
    output,
    async handle(i, ctx) {
      const problem = await problemOf(deps, i.recordId);
      if (!problem.resolvedAt) throw new IncidentError(`${problem.number} is not resolved`);
      const resolvedAt = String(problem.resolvedAt);
      const knownErrors = await deps.problems.knownErrorsOf(problem.number);
      const found = recurrences(
        {
          id: problem.id,
          category: (problem.category as string | null) ?? null,
          ciId: (problem.ciId as string | null) ?? null,
          affectedCiIds: (problem.affectedCiIds as string[] | null) ?? [],
          resolvedAt,
          knownErrorNumbers: knownErrors.flatMap((k) => [k.number, k.id]),
          sourceIncidents: await deps.problems.linkedNumbers(problem.id, 'incident'),
        },
        await deps.problems.incidentsLoggedAfter(new Date(resolvedAt)),
      );
      const at = deps.clock.now();
      await deps.store.setFields(
        kind(deps, 'problem'),
        problem.id,
        { recurrences: found.length, effectivenessCheckedAt: at.toISOString() },
        { by: ctx.actor, at },
      );
      return { recurrences: found.length, recurringIncidents: found };
    },
  });
}
