import type { JSONSchemaType } from 'ajv';
import { effectivenessCheckAt, improvementProposals } from '../../lib/problem/rules.ts';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { kind, problemOf, text, type ProblemWorkerDeps } from './common.ts';

export interface ResolveProblemInput {
  recordId: string;
  resolutionSummary?: string | null;
  /** One proposal per line (the post-resolution form's text). */
  improvementProposals?: string | null;
}

export type ResolveProblemOutput = { effectivenessCheckAt: string; improvementsProposed: number };

const input: JSONSchemaType<ResolveProblemInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    resolutionSummary: { type: 'string', nullable: true },
    improvementProposals: { type: 'string', nullable: true },
  },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<ResolveProblemOutput> = {
  type: 'object',
  properties: {
    effectivenessCheckAt: { type: 'string' },
    improvementsProposed: { type: 'integer' },
  },
  required: ['effectivenessCheckAt', 'improvementsProposed'],
  additionalProperties: false,
};

/**
 * `itsm:problem.resolve:1` (§3 step 11): the problem becomes `resolved` with its resolution
 * time; each improvement proposal is published as one `Msg_ImprovementProposed` start message
 * through the outbox (kept open there until `continual-improvement` is deployed). Outputs the
 * instant of the effectiveness check, 30 calendar days later. Idempotent by job key.
 */
export function createResolveProblemWorker(deps: ProblemWorkerDeps) {
  return defineWorker<ResolveProblemInput, ResolveProblemOutput>({
    type: 'itsm:problem.resolve:1',
    description: 'Resolve a problem and propose its improvements to continual improvement',
    input,
    output,
    async handle(i, ctx) {
      const problemKind = kind(deps, 'problem');
      const problem = await problemOf(deps, i.recordId);
      const at =
        problem.status === 'resolved' && problem.resolvedAt
          ? new Date(String(problem.resolvedAt))
          : deps.clock.now();
      const actor = { by: ctx.actor, at };
      const summary = text(i.resolutionSummary);
      await deps.store.setFields(
        problemKind,
        problem.id,
        { resolvedAt: at.toISOString(), ...(summary ? { resolutionSummary: summary } : {}) },
        actor,
      );
      await deps.store.setStatus(problemKind, problem.id, 'resolved', {
        ...actor,
        idempotencyKey: `${ctx.jobKey}:status`,
      });
      const proposals = improvementProposals(i.improvementProposals);
      for (const [n, proposal] of proposals.entries())
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:improvement:${n}`,
          name: 'Msg_ImprovementProposed',
          variables: {
            sourceType: 'problem',
            sourceNumber: problem.number,
            title: proposal,
            category: problem.category ?? null,
          },
          timeToLiveMs: 0,
          sourceType: 'problem',
          sourceNumber: problem.number,
        });
      return {
        effectivenessCheckAt: effectivenessCheckAt(at).toISOString(),
        improvementsProposed: proposals.length,
      };
    },
  });
}
