import type { JSONSchemaType } from 'ajv';
import type { ApprovalsRepository } from '../../db/repositories/approvals.repository.ts';
import { ApprovalError, DECISIONS, type Decision } from '../../lib/records/approvals.ts';
import { BpmnError } from '../../lib/errors.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { kindOf, recordOf, type RecordWorkerDeps } from './common.ts';

export interface ApprovalInput {
  recordType: string;
  recordId: string;
  /** The step of the record's approval chain this decision takes (1, 2 …). */
  step: number;
  decision: Decision;
  /** Why (required for a reject or return); named apart from a task form's `comment`. */
  approvalComment?: string | null;
  /** Who decided (a username, e.g. `=changeManager`), or a job type for a rule's decision. */
  decidedBy: string;
  /** Who asked (may not approve); absent → the record's creator. */
  requester?: string | null;
}

const input: JSONSchemaType<ApprovalInput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string', minLength: 1 },
    recordId: { type: 'string', minLength: 1 },
    step: { type: 'integer', minimum: 1 },
    decision: { type: 'string', enum: [...DECISIONS] },
    approvalComment: { type: 'string', nullable: true },
    decidedBy: { type: 'string', minLength: 1 },
    requester: { type: 'string', nullable: true },
  },
  required: ['recordType', 'recordId', 'step', 'decision', 'decidedBy'],
  additionalProperties: true,
};

export type ApprovalOutput = { approvalRound: number; approvalStep: number };

const output: JSONSchemaType<ApprovalOutput> = {
  type: 'object',
  properties: { approvalRound: { type: 'integer' }, approvalStep: { type: 'integer' } },
  required: ['approvalRound', 'approvalStep'],
  additionalProperties: false,
};

/**
 * `itsm:record.approval:1`: records a decision taken outside a task form (by a rule, e.g. a
 * standard change approved by its template, or by a named person in a meeting) at a step of
 * the record's approval chain, under the rules of §0.1. A decision the rules refuse is a
 * business outcome the diagram can catch (`APPROVAL_REFUSED`), not a retry. Idempotent by
 * job key.
 */
export function createRecordApprovalWorker(
  deps: RecordWorkerDeps & { approvals: ApprovalsRepository },
) {
  return defineWorker<ApprovalInput, ApprovalOutput>({
    type: 'itsm:record.approval:1',
    description: "Record an approval decision at a step of a record's approval chain",
    input,
    output,
    async handle(i, ctx) {
      const kind = kindOf(deps.kinds, i.recordType);
      const record = await recordOf(deps, kind, i.recordId);
      try {
        const placed = await deps.approvals.decide({
          recordType: kind.type,
          recordId: record.id,
          step: i.step,
          request: {
            decision: i.decision,
            comment: i.approvalComment,
            by: { username: i.decidedBy, roles: [] },
          },
          requester: i.requester ?? undefined,
          at: deps.clock.now(),
          idempotencyKey: `${ctx.jobKey}:approval`,
        });
        return { approvalRound: placed.round, approvalStep: placed.step };
      } catch (err) {
        if (err instanceof ApprovalError)
          throw new BpmnError('APPROVAL_REFUSED', `${record.number}: ${err.message}`);
        throw err;
      }
    },
  });
}
