import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { problemOf, type ProblemWorkerDeps } from './common.ts';

export interface EscalateProblemInput {
  recordId: string;
  escalationReason?: string | null;
  escalatedBy?: string | null;
}

const input: JSONSchemaType<EscalateProblemInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    escalationReason: { type: 'string', nullable: true },
    escalatedBy: { type: 'string', nullable: true },
  },
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
 * `itsm:problem.escalate:1` (`Msg_EscalationRequested`, §0.5): a manual hierarchical
 * escalation of a problem to H2, the `problem-manager`: an `escalations` row (reason `manual`)
 * and a notification. Idempotent by job key.
 */
export function createEscalateProblemWorker(deps: ProblemWorkerDeps) {
  return defineWorker<EscalateProblemInput, Record<string, never>>({
    type: 'itsm:problem.escalate:1',
    description: 'Escalate a problem to the problem manager (manual hierarchical escalation)',
    input,
    output,
    async handle(i, ctx) {
      const problem = await problemOf(deps, i.recordId);
      const at = deps.clock.now();
      await deps.problems.recordEscalation({
        recordType: 'problem',
        recordId: problem.id,
        kind: 'hierarchical',
        fromLevel: null,
        toLevel: 'H2',
        reason: 'manual',
        at,
        by: i.escalatedBy || ctx.actor,
        idempotencyKey: `${ctx.jobKey}:escalation`,
      });
      await deps.notifier.send({
        template: 'problem.escalated',
        recipients: ['role:problem-manager'],
        recordNumber: problem.number,
        data: { reason: i.escalationReason ?? null, by: i.escalatedBy ?? null },
        idempotencyKey: `${ctx.jobKey}:notify`,
        at,
      });
      return {};
    },
  });
}
