/**
 * Triage rules of `Task_Classify` (processes.md §1.1 step 7, §0.6): priority from impact ×
 * urgency with the security floor and a kept manual override, and the routing of the
 * assignment group with its functional level.
 */
import {
  DEFAULT_FUNCTIONAL_LEVELS,
  FUNCTIONAL_LEVELS,
  type FunctionalLevel,
} from '../sla/escalation.ts';
import {
  DEFAULT_PRIORITY_MATRIX,
  derivePriority,
  higherPriority,
  isPriority,
  type Impact,
  type PriorityMatrix,
  type Priority,
  type Urgency,
} from '../sla/priority.ts';
import { IncidentConfigError } from './config-error.ts';
import { INCIDENT_SETTING_DEFAULTS } from './settings.ts';

/** The first-line queue (L1): where every incident starts (§1.1 step 2). */
export const SERVICE_DESK_GROUP = 'service-desk';

/** Where an incident goes when it is not first-line resolvable and no rule matches. */
export const DEFAULT_RESOLVER_GROUP = 'resolver-l2';

/** A security aspect raises the priority to at least this [default]; setting `security-priority-floor`. */
export const SECURITY_PRIORITY_FLOOR: Priority =
  INCIDENT_SETTING_DEFAULTS['security-priority-floor'];

/** The incident types of the triage form (definition of incident, §1.1 step 4). */
export const INCIDENT_TYPES = ['interruption', 'degradation', 'not-yet-impacting'] as const;

/** Interruption, degradation or not yet impacting. */
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export { IncidentConfigError } from './config-error.ts';

/**
 * The priority matrix stored in the `priority-matrix` setting, or the §0.6 default when the
 * setting is absent. Keys may be numbers or strings (`{ "1": { "1": "P1", … } }`).
 */
export function parsePriorityMatrix(value: unknown): PriorityMatrix {
  if (value === undefined || value === null) return DEFAULT_PRIORITY_MATRIX;
  if (typeof value !== 'object') throw new IncidentConfigError('priority-matrix is not an object');
  const rows = value as Record<string, unknown>;
  const levels = [1, 2, 3] as const;
  const row = (impact: Impact): Record<Urgency, Priority> => {
    const cells = rows[String(impact)];
    if (typeof cells !== 'object' || cells === null) {
      throw new IncidentConfigError(`priority-matrix has no row for impact ${impact}`);
    }
    const out = {} as Record<Urgency, Priority>;
    for (const urgency of levels) {
      const cell = (cells as Record<string, unknown>)[String(urgency)];
      if (!isPriority(cell)) {
        throw new IncidentConfigError(
          `priority-matrix impact ${impact} urgency ${urgency} is not P1–P4: ${JSON.stringify(cell)}`,
        );
      }
      out[urgency] = cell;
    }
    return out;
  };
  return { 1: row(1), 2: row(2), 3: row(3) };
}

/** What the priority of a triaged incident depends on. */
export interface PriorityFacts {
  readonly matrix: PriorityMatrix;
  readonly impact: Impact;
  readonly urgency: Urgency;
  readonly isSecurity: boolean;
  /** The record's priority before triage. */
  readonly current: Priority | null;
  /** An authorised manual override raised the current priority (§0.6). */
  readonly overridden: boolean;
  /** The lowest priority of a security incident; default {@link SECURITY_PRIORITY_FLOOR}. */
  readonly securityFloor?: Priority;
}

/**
 * Impact × urgency (§0.6); a security aspect lifts it to at least the floor (P2 [default]); a priority
 * raised by an authorised override is kept when it is higher.
 */
export function classifyPriority(facts: PriorityFacts): Priority {
  let priority = derivePriority(facts.matrix, facts.impact, facts.urgency);
  if (facts.isSecurity)
    priority = higherPriority(priority, facts.securityFloor ?? SECURITY_PRIORITY_FLOOR);
  if (facts.overridden && facts.current !== null)
    priority = higherPriority(priority, facts.current);
  return priority;
}

/** The inputs of the routing decision. */
export interface RoutingFacts {
  readonly firstLineResolvable: boolean;
  /** The group chosen on the triage form, if any. */
  readonly requested?: string | null;
  /** The group the routing rules give (category, service, CI type), if any. */
  readonly routed?: string | null;
}

/**
 * First-line resolvable → the service desk; otherwise the group chosen at triage, then the
 * routing rules, then {@link DEFAULT_RESOLVER_GROUP}.
 */
export function chooseAssignmentGroup(facts: RoutingFacts): string {
  if (facts.firstLineResolvable) return SERVICE_DESK_GROUP;
  const requested = facts.requested?.trim();
  if (requested) return requested;
  const routed = facts.routed?.trim();
  if (routed) return routed;
  return DEFAULT_RESOLVER_GROUP;
}

function isFunctionalLevel(value: unknown): value is FunctionalLevel {
  return typeof value === 'string' && (FUNCTIONAL_LEVELS as readonly string[]).includes(value);
}

/**
 * The functional level of a group: as configured on the group, else by the §0.5 default
 * groups (`service-desk` L1, `resolver-l2` L2, `resolver-l3` L3, and their named
 * `resolver-l2-<name>` / `resolver-l3-<name>` groups), else undefined.
 */
export function functionalLevelOf(
  groupCode: string,
  configured?: string | null,
): FunctionalLevel | undefined {
  if (isFunctionalLevel(configured)) return configured;
  const known = DEFAULT_FUNCTIONAL_LEVELS.find((d) => d.groups.includes(groupCode));
  if (known) return known.level;
  const named = /^resolver-l([23])-/.exec(groupCode);
  if (named) return named[1] === '2' ? 'L2' : 'L3';
  return undefined;
}
