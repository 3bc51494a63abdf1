/**
 * Rules of problem management (processes.md §3), pure: which open problem a problem request
 * joins, what a known error is made of, when the effectiveness check falls due, what counts
 * as a recurrence and how improvement proposals are read from the post-resolution form.
 */

/** Statuses of a problem that is still open (§3: a request for it is linked, not recorded again). */
export const OPEN_PROBLEM_STATUSES = [
  'new',
  'investigating',
  'known_error',
  'awaiting_change',
] as const;

/** The part of a problem the matching rules read. */
export interface ProblemFacts {
  id: string;
  number: string;
  status: string;
  category: string | null;
  ciId: string | null;
  affectedCiIds: readonly string[];
  knownErrorNumber: string | null;
  createdAt: string;
}

/** What a problem request (`Msg_ProblemRequested`) says about its source. */
export interface ProblemRequestFacts {
  category: string | null;
  ciIds: readonly string[];
  /** The known error the source was diagnosed with (number or id), if any. */
  knownError: string | null;
}

/** The CIs a problem covers: its own CI and its affected CIs. */
export function problemCis(p: Pick<ProblemFacts, 'ciId' | 'affectedCiIds'>): Set<string> {
  return new Set([...(p.ciId ? [p.ciId] : []), ...p.affectedCiIds]);
}

/**
 * §3 step 2: the open problem that already covers the request — the same category and one
 * of its CIs, or the same known error — the oldest first; undefined when none does.
 */
export function matchOpenProblem(
  request: ProblemRequestFacts,
  candidates: readonly ProblemFacts[],
  knownErrorNumbers: ReadonlyMap<string, string> = new Map(),
): ProblemFacts | undefined {
  const ke = request.knownError
    ? (knownErrorNumbers.get(request.knownError) ?? request.knownError)
    : null;
  const open = candidates
    .filter((p) => (OPEN_PROBLEM_STATUSES as readonly string[]).includes(p.status))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number.localeCompare(b.number));
  return open.find((p) => {
    if (ke && p.knownErrorNumber === ke) return true;
    if (!request.category || p.category !== request.category) return false;
    const cis = problemCis(p);
    return request.ciIds.some((ci) => cis.has(ci));
  });
}

/** The title of a problem recorded from a request: the source and its category. */
export function problemTitle(
  sourceType: string | null,
  sourceNumber: string | null,
  category: string | null,
): string {
  const source = sourceNumber ? `${sourceType ?? 'record'} ${sourceNumber}` : 'a request';
  return `Problem from ${source}${category ? ` (${category})` : ''}`.slice(0, 200);
}

/** §3 step 12: the effectiveness check falls due 30 calendar days after resolution [default]. */
export const EFFECTIVENESS_WINDOW_DAYS = 30;

/** The instant of the effectiveness check for a resolution at `resolvedAt`. */
export function effectivenessCheckAt(resolvedAt: Date): Date {
  return new Date(resolvedAt.getTime() + EFFECTIVENESS_WINDOW_DAYS * 24 * 3600_000);
}

/** An incident as the effectiveness check reads it. */
export interface IncidentFacts {
  number: string;
  createdAt: string;
  category: string | null;
  ciIds: readonly string[];
  knownErrorId: string | null;
  /** The problem the incident was raised for (its own source incidents are no recurrence). */
  problemId: string | null;
}

/**
 * §3 step 13: incidents logged after the resolution with the same category on one of the
 * problem's CIs, or diagnosed with the problem's known error, are recurrences. The incidents
 * that caused the problem are not.
 */
export function recurrences(
  problem: Pick<ProblemFacts, 'id' | 'category' | 'ciId' | 'affectedCiIds'> & {
    resolvedAt: string;
    knownErrorNumbers: readonly string[];
    sourceIncidents: readonly string[];
  },
  incidents: readonly IncidentFacts[],
): string[] {
  const cis = problemCis(problem);
  const resolvedAt = new Date(problem.resolvedAt).getTime();
  return incidents
    .filter((i) => new Date(i.createdAt).getTime() > resolvedAt)
    .filter((i) => !problem.sourceIncidents.includes(i.number))
    .filter(
      (i) =>
        (i.knownErrorId !== null && problem.knownErrorNumbers.includes(i.knownErrorId)) ||
        (problem.category !== null &&
          i.category === problem.category &&
          i.ciIds.some((ci) => cis.has(ci))),
    )
    .map((i) => i.number)
    .sort();
}

/**
 * The improvement proposals of the post-resolution form: a list, or a text with one proposal
 * per line; blank entries dropped, duplicates once, each at most 500 characters.
 */
export function improvementProposals(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.map((v) =>
        typeof v === 'string'
          ? v
          : typeof v === 'object' && v && 'proposal' in v
            ? String((v as { proposal: unknown }).proposal)
            : '',
      )
    : typeof value === 'string'
      ? value.split(/\r?\n/)
      : [];
  return [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))].map((s) =>
    s.slice(0, 500),
  );
}

/** A known error's title from its problem (the root cause's first line, or the problem's title). */
export function knownErrorTitle(problemTitle: string, rootCause: string | null): string {
  const first = rootCause?.split(/\r?\n/)[0]?.trim();
  return (first || problemTitle).slice(0, 200);
}
