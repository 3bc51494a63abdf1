/**
 * The rules of information security incidents (processes.md §4), pure: the priority a security
 * risk gives (an admin setting, §4 step 4 [default]), that a linked incident's priority is only
 * ever raised, who is told of an escalation, and when a security incident may close.
 */
import { IncidentConfigError } from '../incident/config-error.ts';
import {
  normalizeOpportunities,
  type Opportunity,
  type OpportunityInput,
} from '../incident/review.ts';
import { PRIORITIES, isPriority, type Priority } from '../sla/priority.ts';

/** The assessed security risk (§4 step 3). */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

export const RISK_LEVEL_VALUES: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

/** The setting that maps a security risk to an incident priority. */
export const SECURITY_RISK_PRIORITY_KEY = 'security-risk-priority';

/** `security-risk-priority`: the priority of each risk level. */
export type RiskPriorityMap = Readonly<Record<RiskLevel, Priority>>;

/** §4 step 4 [default]: critical → P1, high → P2, medium → P3, low → P4. */
export const DEFAULT_RISK_PRIORITY: RiskPriorityMap = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

/** The shipped values of the security settings, used while no admin has stored one. */
export const SECURITY_SETTING_DEFAULTS = {
  [SECURITY_RISK_PRIORITY_KEY]: DEFAULT_RISK_PRIORITY,
} as const;

const priority = { type: 'string', enum: [...PRIORITIES] };

/** JSON Schemas of the values, by key (the settings API validates a value before storing it). */
export const SECURITY_SETTING_SCHEMAS: Readonly<Record<string, object>> = {
  [SECURITY_RISK_PRIORITY_KEY]: {
    type: 'object',
    properties: { critical: priority, high: priority, medium: priority, low: priority },
    required: ['critical', 'high', 'medium', 'low'],
    additionalProperties: false,
  },
};

/** Type guard for a risk level. */
export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVEL_VALUES as readonly string[]).includes(value);
}

/** The map from the stored `security-risk-priority` value (absent → the default). */
export function parseRiskPriority(value: unknown): RiskPriorityMap {
  const v = value ?? DEFAULT_RISK_PRIORITY;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new IncidentConfigError(
      `setting ${SECURITY_RISK_PRIORITY_KEY} is not an object: ${JSON.stringify(v)}`,
    );
  const o = v as Record<string, unknown>;
  const out = {} as Record<RiskLevel, Priority>;
  for (const risk of RISK_LEVEL_VALUES) {
    const p = o[risk];
    if (!isPriority(p))
      throw new IncidentConfigError(
        `setting ${SECURITY_RISK_PRIORITY_KEY}: ${risk} is not P1–P4: ${JSON.stringify(p)}`,
      );
    out[risk] = p;
  }
  return out;
}

/** The priority a risk gives (§4 step 4). */
export function priorityForRisk(map: RiskPriorityMap, risk: RiskLevel): Priority {
  return map[risk];
}

/**
 * The linked incident's priority after the assessment: the risk's priority when it is more
 * urgent than the incident's, else the incident's (never lowered). `raised` says whether it
 * changes. An incident without a valid priority takes the risk's.
 */
export function raisedPriority(
  current: unknown,
  fromRisk: Priority,
): { priority: Priority; raised: boolean } {
  if (!isPriority(current)) return { priority: fromRisk, raised: true };
  return PRIORITIES.indexOf(fromRisk) < PRIORITIES.indexOf(current)
    ? { priority: fromRisk, raised: true }
    : { priority: current, raised: false };
}

/** §4 step 5: high and critical risks are escalated to the security officer and top management. */
export function escalates(risk: RiskLevel): boolean {
  return risk === 'high' || risk === 'critical';
}

/** §4 step 5: a critical risk declares the linked incident a major incident. */
export function declaresMajor(risk: RiskLevel): boolean {
  return risk === 'critical';
}

/** Whom an escalated security incident informs (§4 step 5). */
export const ESCALATION_RECIPIENTS = ['role:security-officer', 'role:top-management'] as const;

/** The hierarchical level top management is (H4, §0.5). */
export const ESCALATION_LEVEL = 'H4';

/**
 * Incident statuses after which a security incident may close (§4 step 10, "requires the
 * linked incident to be resolved"): resolved or closed. A cancelled incident (reclassified,
 * a duplicate) is final too: there is nothing left to wait for.
 */
export const INCIDENT_DONE_STATUSES: readonly string[] = ['resolved', 'closed', 'cancelled'];

/** Why a security incident cannot close yet, or undefined when it may. */
export function closeProblem(
  incident: { number: string; status: string } | undefined,
): string | undefined {
  if (!incident) return 'no incident is linked';
  if (!INCIDENT_DONE_STATUSES.includes(incident.status))
    return `the linked incident ${incident.number} is ${incident.status}, not resolved`;
  return undefined;
}

/** One entry of the review's lists (§4 step 8): a line of text or `{ title, description? }`. */
export type ReviewItemInput = OpportunityInput;

/** The review's list entries with blanks dropped, each as `title` and `description`. */
export function reviewItems(list: readonly ReviewItemInput[] | null | undefined): Opportunity[] {
  return normalizeOpportunities(list);
}

/** A list entry as the record keeps it: "title: description", or the title alone. */
export function reviewItemText(item: Opportunity): string {
  return item.description ? `${item.title}: ${item.description}` : item.title;
}
