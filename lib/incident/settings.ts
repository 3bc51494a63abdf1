/**
 * The `[default]`s of incident management (processes.md §1, §0.5) as admin settings: each
 * key's shipped default, its JSON Schema (the settings API validates a value before storing
 * it) and a parser the workers apply to what they read at use. No row → the default.
 */
import { PRIORITIES, isPriority, type Priority } from '../sla/priority.ts';
import { IncidentConfigError } from './config-error.ts';
import type { RecurrencePolicy } from './recurrence.ts';

/** `incident-recurrence`: `count` incidents on one CI and category within `windowDays`. */
export interface RecurrenceSetting {
  readonly count: number;
  readonly windowDays: number;
}

/** `incident-business-days`: business days (on `CN-STD`) until each step is due. */
export interface IncidentBusinessDays {
  /** Return visit after resolution (§1.1 step 14). */
  readonly returnVisit: number;
  /** Major-incident report after restoration (§1.2 step 6). */
  readonly majorReport: number;
  /** Major-incident review after restoration (§1.2 step 7). */
  readonly majorReview: number;
}

/** The setting keys of this module. */
export const INCIDENT_SETTING_KEYS = {
  recurrence: 'incident-recurrence',
  securityFloor: 'security-priority-floor',
  businessDays: 'incident-business-days',
} as const;

/** The shipped values, used while no admin has stored one. */
export const INCIDENT_SETTING_DEFAULTS = {
  'incident-recurrence': { count: 3, windowDays: 30 } satisfies RecurrenceSetting,
  'security-priority-floor': 'P2' satisfies Priority as Priority,
  'incident-business-days': {
    returnVisit: 3,
    majorReport: 2,
    majorReview: 5,
  } satisfies IncidentBusinessDays,
} as const;

const businessDayCount = { type: 'integer', minimum: 1, maximum: 60 };

/** JSON Schemas of the values, by key. */
export const INCIDENT_SETTING_SCHEMAS: Readonly<Record<string, object>> = {
  'incident-recurrence': {
    type: 'object',
    properties: {
      count: { type: 'integer', minimum: 2, maximum: 100 },
      windowDays: { type: 'integer', minimum: 1, maximum: 366 },
    },
    required: ['count', 'windowDays'],
    additionalProperties: false,
  },
  'security-priority-floor': { type: 'string', enum: [...PRIORITIES] },
  'incident-business-days': {
    type: 'object',
    properties: {
      returnVisit: businessDayCount,
      majorReport: businessDayCount,
      majorReview: businessDayCount,
    },
    required: ['returnVisit', 'majorReport', 'majorReview'],
    additionalProperties: false,
  },
};

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function objectOf(key: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new IncidentConfigError(`setting ${key} is not an object`);
  return value as Record<string, unknown>;
}

/** The recurrence rule from the stored `incident-recurrence` value (absent → default). */
export function parseRecurrenceSetting(value: unknown): RecurrencePolicy {
  const key = INCIDENT_SETTING_KEYS.recurrence;
  const v = value ?? INCIDENT_SETTING_DEFAULTS[key];
  const o = objectOf(key, v);
  if (!isCount(o.count, 2, 100) || !isCount(o.windowDays, 1, 366))
    throw new IncidentConfigError(
      `setting ${key} is not { count, windowDays }: ${JSON.stringify(v)}`,
    );
  return { minIncidents: o.count, windowDays: o.windowDays };
}

/** The lowest priority a security incident may have (absent → P2). */
export function parseSecurityFloor(value: unknown): Priority {
  const v = value ?? INCIDENT_SETTING_DEFAULTS[INCIDENT_SETTING_KEYS.securityFloor];
  if (!isPriority(v))
    throw new IncidentConfigError(
      `setting security-priority-floor is not P1–P4: ${JSON.stringify(v)}`,
    );
  return v;
}

/** The business-day counts from the stored `incident-business-days` value (absent → default). */
export function parseBusinessDays(value: unknown): IncidentBusinessDays {
  const key = INCIDENT_SETTING_KEYS.businessDays;
  const v = value ?? INCIDENT_SETTING_DEFAULTS[key];
  const o = objectOf(key, v);
  const out = {
    returnVisit: o.returnVisit,
    majorReport: o.majorReport,
    majorReview: o.majorReview,
  };
  for (const [field, n] of Object.entries(out)) {
    if (!isCount(n, 1, 60))
      throw new IncidentConfigError(`setting ${key}.${field} is not 1–60: ${JSON.stringify(n)}`);
  }
  return out as IncidentBusinessDays;
}
