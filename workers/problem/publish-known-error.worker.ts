import type { JSONSchemaType } from 'ajv';
import { knownErrorTitle } from '../../lib/problem/rules.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { kind, problemOf, text, type ProblemWorkerDeps } from './common.ts';

export interface PublishKnownErrorInput {
  recordId: string;
  rootCause?: string | null;
  workaround?: string | null;
}

const input: JSONSchemaType<PublishKnownErrorInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    rootCause: { type: 'string', nullable: true },
    workaround: { type: 'string', nullable: true },
  },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ knownErrorNumber: string }> = {
  type: 'object',
  properties: { knownErrorNumber: { type: 'string' } },
  required: ['knownErrorNumber'],
  additionalProperties: false,
};

/**
 * `itsm:problem.publish-known-error:1` (§3 step 8): publishes the problem's root cause and
 * workaround as a `KE-…` record (status `active`, `publishedAt` set: the published known
 * error is the knowledge-base entry the incident and request forms offer at once), linked to
 * the problem; the problem takes status `known_error`. A problem investigated again updates
 * its active known error instead of publishing a second one. Idempotent by job key.
 */
export function createPublishKnownErrorWorker(deps: ProblemWorkerDeps) {
  return defineWorker<PublishKnownErrorInput, { knownErrorNumber: string }>({
    type: 'itsm:problem.publish-known-error:1',
    description: "Publish a problem's root cause and workaround as a known error",
    input,
    output,
    async handle(i, ctx) {
      const problemKind = kind(deps, 'problem');
      const keKind = kind(deps, 'known-error');
      const problem = await problemOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      const rootCause = text(i.rootCause) ?? ((problem.rootCause as string | null) || null);
      const workaround = text(i.workaround) ?? ((problem.workaround as string | null) || null);
      const content = {
        title: knownErrorTitle(String(problem.title), rootCause),
        rootCause,
        workaround,
      };
      const active = (await deps.problems.knownErrorsOf(problem.number)).find(
        (k) => k.status === 'active',
      );
      let ke: { id: string; number: string };
      if (active) {
        await deps.store.setFields(keKind, active.id, content, actor);
        ke = active;
      } else {
        const cis = (problem.affectedCiIds as string[] | null) ?? [];
        const { record } = await deps.store.create(
          keKind,
          {
            fields: {
              ...content,
              problemNumber: problem.number,
              symptom: String(problem.description || problem.title),
              ...(problem.category ? { category: problem.category } : {}),
              ...(problem.ciId ? { ciId: problem.ciId } : {}),
              ...(cis.length ? { affectedCiIds: cis } : {}),
              publishedAt: at.toISOString(),
            },
            requestId: `job:${ctx.jobKey}`,
          },
          actor,
        );
        ke = record;
      }
      await deps.store.link(
        { kind: problemKind, id: problem.id, number: problem.number },
        'documents',
        { kind: keKind, id: ke.id, number: ke.number },
        actor,
      );
      await deps.store.setFields(
        problemKind,
        problem.id,
        { knownErrorNumber: ke.number, rootCause, workaround },
        actor,
      );
      await deps.store.setStatus(problemKind, problem.id, 'known_error', {
        ...actor,
        idempotencyKey: `${ctx.jobKey}:status`,
      });
      return { knownErrorNumber: ke.number };
    },
  });
}
