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
  readonly reason:
    'closed' | 'not-approver' | 'own-request' | 'comment-required' | 'decision' | 'sequence';
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
  const { decision, by } = o.request;
  checkDecisionValue(decision);
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
  checkDecision(o.request, o.requester);
  const after = approvalState(o.steps, [
    ...o.decisions,
    { step: step.step, decision, decidedBy: by.username },
  ]);
  return { step: step.step, after };
}

function checkDecisionValue(decision: unknown): asserts decision is Decision {
  if (!DECISIONS.includes(decision as Decision))
    throw new ApprovalError('decision', `The decision must be one of ${DECISIONS.join(', ')}`);
}

/** The rules every decision meets: no approving one's own request, a reason for a no. */
function checkDecision(request: DecisionRequest, requester: string | null | undefined): void {
  const { decision, comment, by } = request;
  checkDecisionValue(decision);
  if (decision === 'approve' && requester && by.username === requester)
    throw new ApprovalError('own-request', 'The requester may not approve their own request');
  if (decision !== 'approve' && !comment?.trim())
    throw new ApprovalError('comment-required', `A ${decision} needs a comment saying why`);
}

/** A decision stored for a record: its round (a resubmission starts a new one) and step. */
export interface StoredDecision extends RecordedDecision {
  round: number;
}

/**
 * Where a decision taken at one step of a diagram's approval chain goes (each approval task
 * names its step): step 1 opens a new round; step n joins the latest round, and only once
 * step n − 1 of it was approved and nothing ended it. Throws an ApprovalError saying why the
 * rules refuse it (own request, no comment on a rejection or return, out of sequence).
 */
export function decideAtStep(o: {
  step: number;
  decisions: readonly StoredDecision[];
  /** Who asked for what is being approved (may not approve it); unknown → not checked. */
  requester: string | null | undefined;
  request: DecisionRequest;
}): { round: number; step: number } {
  checkDecision(o.request, o.requester);
  if (!Number.isInteger(o.step) || o.step < 1)
    throw new ApprovalError('sequence', `An approval step is a whole number from 1, not ${o.step}`);
  const latest = o.decisions.reduce((max, d) => Math.max(max, d.round), 0);
  if (o.step === 1) return { round: latest + 1, step: 1 };
  const inRound = o.decisions.filter((d) => d.round === latest);
  const ended = inRound.find((d) => d.decision !== 'approve');
  if (ended)
    throw new ApprovalError(
      'closed',
      `This approval ended at step ${ended.step} (${ended.decision}); it starts again at step 1`,
    );
  if (inRound.some((d) => d.step === o.step))
    throw new ApprovalError('closed', `Step ${o.step} of this approval is already decided`);
  if (!inRound.some((d) => d.step === o.step - 1))
    throw new ApprovalError(
      'sequence',
      `Step ${o.step} waits for step ${o.step - 1} to be approved first`,
    );
  return { round: latest, step: o.step };
}
