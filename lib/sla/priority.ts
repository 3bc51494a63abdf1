/**
 * Priority from impact × urgency, and the rule for raising it by hand (processes.md §0.6).
 * The matrix and the override rule are configuration; the values here are the defaults.
 */

/** Impact 1 high (a whole or critical service, several customers) – 3 low (one user). */
export type Impact = 1 | 2 | 3;

/** Urgency 1 high (business stopped, no workaround) – 3 low (can wait). */
export type Urgency = 1 | 2 | 3;

/** Priorities, most urgent first. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/** P1 (most urgent) – P4. */
export type Priority = (typeof PRIORITIES)[number];

/** Priority per impact (rows) and urgency (columns). */
export type PriorityMatrix = Readonly<Record<Impact, Readonly<Record<Urgency, Priority>>>>;

/** The §0.6 matrix [default]. */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  1: { 1: 'P1', 2: 'P2', 3: 'P3' },
  2: { 1: 'P2', 2: 'P3', 3: 'P4' },
  3: { 1: 'P3', 2: 'P4', 3: 'P4' },
};

/** Type guard for an impact or urgency value (1–3), e.g. from a form. */
export function isLevel(value: unknown): value is Impact & Urgency {
  return value === 1 || value === 2 || value === 3;
}

/** Type guard for a priority code. */
export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

/** The priority the matrix gives an impact and urgency. */
export function derivePriority(matrix: PriorityMatrix, impact: Impact, urgency: Urgency): Priority {
  return matrix[impact][urgency];
}

/** True when `a` is more urgent than `b` (P1 is higher than P2). */
export function isHigherPriority(a: Priority, b: Priority): boolean {
  return PRIORITIES.indexOf(a) < PRIORITIES.indexOf(b);
}

/** The more urgent of two priorities, e.g. to apply a floor such as "at least P2". */
export function higherPriority(a: Priority, b: Priority): Priority {
  return isHigherPriority(b, a) ? b : a;
}

/** Who may set a priority by hand, and how (§0.6). */
export interface PriorityOverridePolicy {
  /** Roles allowed to override. */
  readonly allowedRoles: readonly string[];
  /** Only a more urgent priority may be set. */
  readonly upwardOnly: boolean;
  readonly reasonRequired: boolean;
}

/** §0.6: upwards only, by `service-desk-lead` or `incident-manager`, with a reason [default]. */
export const DEFAULT_PRIORITY_OVERRIDE_POLICY: PriorityOverridePolicy = {
  allowedRoles: ['service-desk-lead', 'incident-manager'],
  upwardOnly: true,
  reasonRequired: true,
};

/** Why a manual priority change is refused. */
export type PriorityOverrideProblem = 'ROLE_NOT_ALLOWED' | 'NOT_UPWARD' | 'REASON_REQUIRED';

/** A requested manual priority change. */
export interface PriorityOverrideRequest {
  readonly current: Priority;
  readonly requested: Priority;
  /** Roles of the user asking. */
  readonly roles: readonly string[];
  readonly reason?: string;
}

/** Every reason the policy refuses the change; empty when it is allowed. */
export function checkPriorityOverride(
  policy: PriorityOverridePolicy,
  request: PriorityOverrideRequest,
): PriorityOverrideProblem[] {
  const problems: PriorityOverrideProblem[] = [];
  if (!request.roles.some((role) => policy.allowedRoles.includes(role))) {
    problems.push('ROLE_NOT_ALLOWED');
  }
  if (policy.upwardOnly && !isHigherPriority(request.requested, request.current)) {
    problems.push('NOT_UPWARD');
  }
  if (policy.reasonRequired && (request.reason ?? '').trim() === '')
    problems.push('REASON_REQUIRED');
  return problems;
}
