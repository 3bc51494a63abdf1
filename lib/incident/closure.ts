/**
 * Closure, satisfaction and state rules of an incident (processes.md §1.1 steps 14–16 and
 * "Rules enforced by workers").
 */

/** `incidents.status`. */
export type IncidentStatus =
  'new' | 'in_progress' | 'pending' | 'resolved' | 'closed' | 'cancelled';

/** A closed or cancelled incident is read-only. */
export const FINAL_STATUSES: readonly string[] = ['closed', 'cancelled'];

/** How a resolution was confirmed (confirmation form). */
export const CONFIRMATION_CHANNELS = ['portal', 'phone', 'visit', 'e-mail'] as const;

/** What the confirmation recorded, with the resolution on the record. */
export interface ClosureFacts {
  readonly status: string;
  readonly resolution: string | null | undefined;
  readonly resolutionCode: string | null | undefined;
  readonly serviceRestored: boolean;
  readonly resolutionAccepted: boolean;
  readonly confirmedBy: string | null | undefined;
  readonly confirmationChannel: string | null | undefined;
}

const blank = (s: string | null | undefined) => (s ?? '').trim() === '';

/**
 * Every reason the incident may not be closed; empty when it may. Closure needs a resolved
 * incident with a resolution text and code, and the service restored and the resolution
 * accepted as confirmed by a named person through a known channel.
 */
export function closureProblems(f: ClosureFacts): string[] {
  const problems: string[] = [];
  if (f.status !== 'resolved') problems.push(`the incident is ${f.status}, not resolved`);
  if (blank(f.resolution)) problems.push('the resolution text is missing');
  if (blank(f.resolutionCode)) problems.push('the resolution code is missing');
  if (!f.serviceRestored) problems.push('the service is not confirmed restored');
  if (!f.resolutionAccepted) problems.push('the resolution is not accepted');
  if (blank(f.confirmedBy)) problems.push('nobody is named as having confirmed');
  if (!(CONFIRMATION_CHANNELS as readonly string[]).includes(f.confirmationChannel ?? '')) {
    problems.push(`the confirmation channel ${JSON.stringify(f.confirmationChannel)} is unknown`);
  }
  return problems;
}

/** A rating of 1–5 stars as the 20–100 score `satisfaction_responses` stores. */
export function ratingToScore(rating: number): number {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new RangeError(`rating must be an integer from 1 to 5, got ${rating}`);
  }
  return rating * 20;
}

/** The transitions workers make, and the statuses each starts from. */
const ALLOWED_FROM: Readonly<Record<string, readonly string[]>> = {
  classify: ['new', 'in_progress', 'pending'],
  escalate: ['new', 'in_progress', 'pending'],
  resolve: ['new', 'in_progress', 'pending', 'resolved'],
  reopen: ['resolved'],
  close: ['resolved'],
  cancel: ['new', 'in_progress', 'pending', 'resolved'],
  warn: ['new', 'in_progress', 'pending'],
};

/** Why a transition may not start from a status, or undefined when it may. */
export function transitionProblem(transition: string, status: string): string | undefined {
  const allowed = ALLOWED_FROM[transition];
  if (!allowed) return `unknown transition ${transition}`;
  if (allowed.includes(status)) return undefined;
  if (FINAL_STATUSES.includes(status)) return `the incident is ${status} and read-only`;
  return `cannot ${transition} an incident that is ${status}`;
}
