/**
 * The approval rules of processes.md §0.1: approvers decide in sequence (step 1, then 2 …),
 * the requester may not approve their own request, and a rejection or a return needs a
 * comment. Pure: the records repository stores the decisions, this says whether the next one
 * is allowed and where the approval stands.
 */

export type Decision = 'approve' | 'reject' | 'return';
export const DECISIONS: readonly Decision[] = ['approve', 'reject', 'return'];

/** One step of an approval chain: who may decide it (users by name or holders of a role). */
export interface ApprovalStep {
  step: number;
  /** Role ids whose holders may decide this step. */
  roles?: readonly string[];
  /** Usernames who may decide this step. */
  users?: readonly string[];
}

/** A decision already recorded. */
export interface RecordedDecision {
  step: number;
  decision: Decision;
  decidedBy: string;
}

/** The decision asked for now. */
export interface DecisionRequest {
  decision: Decision;
  comment?: string | null;
  by: { username: string; roles: readonly string[] };
}

/** Where an approval chain stands. */
export type ApprovalState =
  | { state: 'pending'; step: number }
  | { state: 'approved' }
  | { state: 'rejected'; step: number }
  | { state: 'returned'; step: number };

/** A decision the rules refuse, with the reason. */
export class ApprovalError extends Error {
  readonly reason: 'closed' | 'not-approver' | 'own-request' | 'comment-required' | 'decision';
  constructor(reason: ApprovalError['reason'], message: string) {
    super(message);
    this.name = 'ApprovalError';
    this.reason = reason;
  }
}

/**
 * The state of a chain from its recorded decisions: the first reject or return ends it; once
 * every step approved it is approved; otherwise the first step without an approval is next.
 * A return starts the chain afresh only with a new chain (the record goes back to its author).
 */
export function approvalState(
  steps: readonly ApprovalStep[],
  decisions: readonly RecordedDecision[],
): ApprovalState {
  const ordered = [...steps].sort((a, b) => a.step - b.step);
  for (const step of ordered) {
    const decided = decisions.find((d) => d.step === step.step);
    if (!decided) return { state: 'pending', step: step.step };
    if (decided.decision === 'reject') return { state: 'rejected', step: step.step };
    if (decided.decision === 'return') return { state: 'returned', step: step.step };
  }
  return { state: 'approved' };
}

/**
 * Checks a decision against the chain and answers the state after it; throws an
 * ApprovalError saying why when the rules refuse it.
 */
export function decide(o: {
  steps: readonly ApprovalStep[];
  decisions: readonly RecordedDecision[];
  /** Who asked for what is being approved (may not approve it). */
  requester: string;
  request: DecisionRequest;
}): { step: number; after: ApprovalState } {
  const { decision, comment, by } = o.request;
  if (!DECISIONS.includes(decision))
    throw new ApprovalError('decision', `The decision must be one of ${DECISIONS.join(', ')}`);
  const now = approvalState(o.steps, o.decisions);
  if (now.state !== 'pending')
    throw new ApprovalError('closed', `This approval is already ${now.state}`);
  const step = o.steps.find((s) => s.step === now.step)!;
  const may =
    (step.users ?? []).includes(by.username) ||
    (step.roles ?? []).some((role) => by.roles.includes(role));
  if (!may)
    throw new ApprovalError(
      'not-approver',
      `Step ${step.step} is decided by ${[...(step.users ?? []), ...(step.roles ?? [])].join(', ')}`,
    );
  if (decision === 'approve' && by.username === o.requester)
    throw new ApprovalError('own-request', 'The requester may not approve their own request');
  if (decision !== 'approve' && !comment?.trim())
    throw new ApprovalError('comment-required', `A ${decision} needs a comment saying why`);
  const after = approvalState(o.steps, [
    ...o.decisions,
    { step: step.step, decision, decidedBy: by.username },
  ]);
  return { step: step.step, after };
}
