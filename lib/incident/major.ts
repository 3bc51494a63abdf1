/**
 * Applying a major-incident definition at triage (processes.md §0.6, §1.1 step 7): the
 * customer's own definition when it has one, else the organisation's setting, else the
 * §0.6 default.
 */
import {
  assessMajorIncident,
  DEFAULT_MAJOR_INCIDENT_CRITERIA,
  type MajorIncidentAssessment,
  type MajorIncidentCriteria,
} from '../sla/major-incident.ts';
import { isPriority, type Priority } from '../sla/priority.ts';
import { IncidentConfigError, type IncidentType } from './classification.ts';

/**
 * A stored definition (customers.major_incident_criteria or the `major-incident-criteria`
 * setting) as criteria; fields it leaves out take the §0.6 default. Null or undefined →
 * undefined (no definition of its own).
 */
export function parseMajorIncidentCriteria(
  value: unknown,
  where = 'major-incident criteria',
): MajorIncidentCriteria | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new IncidentConfigError(`${where} is not an object`);
  }
  const v = value as Record<string, unknown>;
  const d = DEFAULT_MAJOR_INCIDENT_CRITERIA;
  const flag = (key: keyof MajorIncidentCriteria, fallback: boolean): boolean => {
    const x = v[key];
    if (x === undefined) return fallback;
    if (typeof x !== 'boolean') throw new IncidentConfigError(`${where}: ${key} is not a boolean`);
    return x;
  };
  let priorities: readonly Priority[] = d.priorities;
  if (v.priorities !== undefined) {
    if (!Array.isArray(v.priorities) || !v.priorities.every(isPriority)) {
      throw new IncidentConfigError(`${where}: priorities is not a list of P1–P4`);
    }
    priorities = v.priorities;
  }
  let minCustomersAffected = d.minCustomersAffected;
  if (v.minCustomersAffected !== undefined) {
    const m = v.minCustomersAffected;
    if (m !== null && !(typeof m === 'number' && Number.isInteger(m) && m >= 1)) {
      throw new IncidentConfigError(`${where}: minCustomersAffected is not a positive integer`);
    }
    minCustomersAffected = m;
  }
  return {
    priorities,
    minCustomersAffected,
    criticalServiceDown: flag('criticalServiceDown', d.criticalServiceDown),
    confirmedDataBreach: flag('confirmedDataBreach', d.confirmedDataBreach),
    restorationBeyondTarget: flag('restorationBeyondTarget', d.restorationBeyondTarget),
  };
}

/** What triage knows about an incident when it applies the definition. */
export interface TriageMajorFacts {
  readonly priority: Priority;
  readonly type: IncidentType;
  /** The incident names a customer (one customer affected). */
  readonly hasCustomer: boolean;
  /** The incident's service is marked critical in the catalogue. */
  readonly serviceCritical: boolean;
}

/**
 * The major-incident assessment at triage: a critical service counts as down when the
 * incident is an interruption; one incident affects at most its one customer; a data breach
 * is not confirmed at triage (the security process declares it later).
 */
export function assessAtTriage(
  criteria: MajorIncidentCriteria,
  facts: TriageMajorFacts,
): MajorIncidentAssessment {
  return assessMajorIncident(criteria, {
    priority: facts.priority,
    customersAffected: facts.hasCustomer ? 1 : 0,
    criticalServiceDown: facts.serviceCritical && facts.type === 'interruption',
    confirmedDataBreach: false,
  });
}
