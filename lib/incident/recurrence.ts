/**
 * The recurrence rule of `Task_CheckRecurrence` (processes.md §1.1 step 17): an incident
 * recurs when, including itself, 3 or more incidents with the same CI and category were
 * logged in the last 30 days and no open problem covers them [default]; setting
 * `incident-recurrence`.
 */
import { INCIDENT_SETTING_DEFAULTS } from './settings.ts';

/** The thresholds of the rule, as configuration. */
export interface RecurrencePolicy {
  readonly minIncidents: number;
  readonly windowDays: number;
}

/** §1.1 step 17 [default]; setting `incident-recurrence`. */
export const DEFAULT_RECURRENCE_POLICY: RecurrencePolicy = {
  minIncidents: INCIDENT_SETTING_DEFAULTS['incident-recurrence'].count,
  windowDays: INCIDENT_SETTING_DEFAULTS['incident-recurrence'].windowDays,
};

/** One incident linked to a CI, as the recurrence query returns it. */
export interface RecurrenceCandidate {
  readonly id: string;
  readonly number: string;
  readonly ciId: string;
  readonly category: string | null;
  readonly status: string;
  readonly createdAt: Date;
  /** Set when a problem covers the incident. */
  readonly problemId: string | null;
}

/** The incident being checked. */
export interface RecurrenceSubject {
  readonly id: string;
  readonly number: string;
  readonly category: string | null;
  readonly ciIds: readonly string[];
  readonly problemId: string | null;
}

/** The outcome: whether it recurs, and the incident numbers that make it so (itself included). */
export interface RecurrenceAssessment {
  readonly recurring: boolean;
  readonly relatedIncidents: readonly string[];
}

/** The start of the look-back window that ends at `at`. */
export function recurrenceWindowStart(at: Date, policy = DEFAULT_RECURRENCE_POLICY): Date {
  return new Date(at.getTime() - policy.windowDays * 24 * 3600_000);
}

/**
 * Applies the rule at `at`. Cancelled incidents and incidents a problem already covers do not
 * count; an incident a problem covers does not recur. `relatedIncidents` lists, per CI that
 * reaches the threshold, the incidents counted (sorted); when none does, the largest group
 * found (or just the incident itself).
 */
export function assessRecurrence(
  subject: RecurrenceSubject,
  candidates: readonly RecurrenceCandidate[],
  at: Date,
  policy = DEFAULT_RECURRENCE_POLICY,
): RecurrenceAssessment {
  if (subject.problemId !== null || subject.category === null || subject.ciIds.length === 0) {
    return { recurring: false, relatedIncidents: [subject.number] };
  }
  const since = recurrenceWindowStart(at, policy).getTime();
  const perCi = new Map<string, Set<string>>();
  for (const ciId of subject.ciIds) perCi.set(ciId, new Set([subject.number]));
  for (const c of candidates) {
    const group = perCi.get(c.ciId);
    if (!group || c.id === subject.id) continue;
    if (c.category !== subject.category || c.status === 'cancelled' || c.problemId !== null)
      continue;
    if (c.createdAt.getTime() < since || c.createdAt.getTime() > at.getTime()) continue;
    group.add(c.number);
  }
  const reaching = [...perCi.values()].filter((g) => g.size >= policy.minIncidents);
  if (reaching.length > 0) {
    const all = new Set(reaching.flatMap((g) => [...g]));
    return { recurring: true, relatedIncidents: [...all].sort() };
  }
  const largest = [...perCi.values()].reduce((a, b) => (b.size > a.size ? b : a));
  return { recurring: false, relatedIncidents: [...largest].sort() };
}
