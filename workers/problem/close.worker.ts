import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { kind, problemOf, type ProblemWorkerDeps } from './common.ts';

const input: JSONSchemaType<{ recordId: string }> = {
  type: 'object',
  properties: { recordId: { type: 'string', minLength: 1 } },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:problem.close:1` (§3 step 14): the problem is closed with its closing time; its
 * active known errors become `resolved` and stay published as history. Idempotent.
 */
export function createCloseProblemWorker(deps: ProblemWorkerDeps) {
  return defineWorker<{ recordId: string }, Record<string, never>>({
    type: 'itsm:problem.close:1',
    description: 'Close a problem; its known errors become resolved',
    input,
    output,
    async handle(i, ctx) {
      const problemKind = kind(deps, 'problem');
      const keKind = kind(deps, 'known-error');
      const problem = await problemOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      for (const ke of await deps.problems.knownErrorsOf(problem.number))
        if (ke.status === 'active')
          await deps.store.setStatus(keKind, ke.id, 'resolved', {
            ...actor,
            idempotencyKey: `${ctx.jobKey}:${ke.id}`,
          });
      if (problem.status === 'closed') return {};
      await deps.store.setFields(problemKind, problem.id, { closedAt: at.toISOString() }, actor);
      await deps.store.setStatus(problemKind, problem.id, 'closed', {
        ...actor,
        idempotencyKey: `${ctx.jobKey}:status`,
      });
      return {};
    },
  });
}
