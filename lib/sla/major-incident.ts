/**
 * The default major-incident definition (processes.md §0.6), used when a customer has not
 * agreed its own: priority P1 and at least one criterion. A customer's own definition is
 * another {@link MajorIncidentCriteria} value.
 */
import type { Priority } from './priority.ts';

/** Names of the criteria, as a major incident's `criteriaMatched` stores them. */
export type MajorIncidentCriterion =
  | 'customers_affected'
  | 'critical_service_down'
  | 'confirmed_data_breach'
  | 'restoration_beyond_target';

/** A major-incident definition. */
export interface MajorIncidentCriteria {
  /** Priorities that can be major at all. */
  readonly priorities: readonly Priority[];
  /** At least this many customers affected, or null to ignore the criterion. */
  readonly minCustomersAffected: number | null;
  /** A service marked critical in the catalogue is down. */
  readonly criticalServiceDown: boolean;
  /** A data breach is confirmed. */
  readonly confirmedDataBreach: boolean;
  /** The expected restoration lies beyond the resolution target (due instant). */
  readonly restorationBeyondTarget: boolean;
}

/** §0.6 default criteria [default]. */
export const DEFAULT_MAJOR_INCIDENT_CRITERIA: MajorIncidentCriteria = {
  priorities: ['P1'],
  minCustomersAffected: 2,
  criticalServiceDown: true,
  confirmedDataBreach: true,
  restorationBeyondTarget: true,
};

/** What is known about an incident when the definition is applied. */
export interface MajorIncidentFacts {
  readonly priority: Priority;
  readonly customersAffected: number;
  readonly criticalServiceDown: boolean;
  readonly confirmedDataBreach: boolean;
  /** When the resolver expects restoration, if estimated. */
  readonly expectedRestorationAt?: Date;
  /** Due instant of the incident's resolution clock (the P1 target when it is P1). */
  readonly resolutionDueAt?: Date;
}

/** The outcome, with the criteria that matched (empty unless major). */
export interface MajorIncidentAssessment {
  readonly major: boolean;
  readonly matched: readonly MajorIncidentCriterion[];
}

/** Applies a major-incident definition to the facts of one incident. */
export function assessMajorIncident(
  criteria: MajorIncidentCriteria,
  facts: MajorIncidentFacts,
): MajorIncidentAssessment {
  if (!criteria.priorities.includes(facts.priority)) return { major: false, matched: [] };
  const matched: MajorIncidentCriterion[] = [];
  if (
    criteria.minCustomersAffected !== null &&
    facts.customersAffected >= criteria.minCustomersAffected
  ) {
    matched.push('customers_affected');
  }
  if (criteria.criticalServiceDown && facts.criticalServiceDown)
    matched.push('critical_service_down');
  if (criteria.confirmedDataBreach && facts.confirmedDataBreach)
    matched.push('confirmed_data_breach');
  if (
    criteria.restorationBeyondTarget &&
    facts.expectedRestorationAt !== undefined &&
    facts.resolutionDueAt !== undefined &&
    facts.expectedRestorationAt.getTime() > facts.resolutionDueAt.getTime()
  ) {
    matched.push('restoration_beyond_target');
  }
  return { major: matched.length > 0, matched };
}
