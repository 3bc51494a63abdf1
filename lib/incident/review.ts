/**
 * The major-incident review (processes.md §1.2 step 7): improvement opportunities go to the
 * improvement register; the list may be empty only with a reason.
 */

/** One improvement opportunity as the review records it. */
export interface Opportunity {
  readonly title: string;
  readonly description: string | null;
}

/** A form's opportunity: a line of text or `{ title, description? }`. */
export type OpportunityInput = string | { title: string; description?: string | null };

/** The opportunities with blank entries dropped and titles trimmed. */
export function normalizeOpportunities(
  list: readonly OpportunityInput[] | null | undefined,
): Opportunity[] {
  const out: Opportunity[] = [];
  for (const item of list ?? []) {
    const title = (typeof item === 'string' ? item : item.title).trim();
    if (!title) continue;
    const description = typeof item === 'string' ? null : item.description?.trim() || null;
    out.push({ title, description });
  }
  return out;
}

/** Participants given as a list or as one comma- or newline-separated text. */
export function normalizeParticipants(value: readonly string[] | string): string[] {
  const list = typeof value === 'string' ? value.split(/[,\n;，、]/) : value;
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/** Why the review cannot be recorded, or undefined when it can. */
export function reviewProblem(
  opportunities: readonly Opportunity[],
  noOpportunityReason: string | null | undefined,
): string | undefined {
  if (opportunities.length === 0 && (noOpportunityReason ?? '').trim() === '') {
    return 'the review lists no improvement opportunity and gives no reason (noOpportunityReason)';
  }
  return undefined;
}

/**
 * A review date from the form: an ISO date-time, or a date (`2026-11-24`) taken as the
 * start of that day at +08:00. Undefined when unreadable.
 */
export function parseReviewDate(value: string): Date | undefined {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
