/**
 * The `[default]`s of incident management (processes.md §1, §0.5) as admin settings: each
 * key's shipped default, its JSON Schema (the settings API validates a value before storing
 * it) and a parser the workers apply to what they read at use. No row → the default.
 */
import { PRIORITIES, isPriority, type Priority } from '../sla/priority.ts';
import { IncidentConfigError } from './config-error.ts';
import {
  DEFAULT_HIERARCHICAL_RECIPIENTS,
  ESCALATION_LEVELS,
  ESCALATION_RECIPIENTS,
  type HierarchicalLevelRecipients,
} from './escalation.ts';
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

/** `incident-escalation`: whom each hierarchical level H1–H4 informs (§0.5), in order. */
export interface EscalationSetting {
  readonly levels: readonly HierarchicalLevelRecipients[];
}

/** The setting keys of this module. */
export const INCIDENT_SETTING_KEYS = {
  recurrence: 'incident-recurrence',
  securityFloor: 'security-priority-floor',
  businessDays: 'incident-business-days',
  escalation: 'incident-escalation',
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
  'incident-escalation': { levels: DEFAULT_HIERARCHICAL_RECIPIENTS } satisfies EscalationSetting,
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
  'incident-escalation': {
    type: 'object',
    properties: {
      levels: {
        type: 'array',
        minItems: ESCALATION_LEVELS.length,
        maxItems: ESCALATION_LEVELS.length,
        items: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: [...ESCALATION_LEVELS] },
            notify: {
              type: 'array',
              minItems: 1,
              maxItems: 10,
              uniqueItems: true,
              items: { type: 'string', enum: [...ESCALATION_RECIPIENTS] },
            },
          },
          required: ['level', 'notify'],
          additionalProperties: false,
        },
      },
    },
    required: ['levels'],
    additionalProperties: false,
  },
};

/** One field of a setting's value that is wrong, e.g. `value.levels.1.level`. */
export interface IncidentSettingProblem {
  readonly field: string;
  readonly message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every problem of an `incident-escalation` value, named by field under `value`: H1–H4 each
 * once and in order, each notifying 1–10 distinct known recipients (a role of §0.2 other than
 * the portal's, `group-lead` or `group-department-head`).
 */
function escalationProblems(value: unknown): IncidentSettingProblem[] {
  if (!isObject(value)) return [{ field: 'value', message: 'must be { levels }' }];
  const problems: IncidentSettingProblem[] = Object.keys(value)
    .filter((k) => k !== 'levels')
    .map((k) => ({ field: `value.${k}`, message: 'is not an accepted field' }));
  const levels = value.levels;
  if (!Array.isArray(levels) || levels.length !== ESCALATION_LEVELS.length)
    return [
      ...problems,
      { field: 'value.levels', message: `must list ${ESCALATION_LEVELS.join(', ')} in order` },
    ];
  levels.forEach((row, i) => {
    const at = `value.levels.${i}`;
    if (!isObject(row)) {
      problems.push({ field: at, message: 'must be { level, notify }' });
      return;
    }
    for (const k of Object.keys(row))
      if (k !== 'level' && k !== 'notify')
        problems.push({ field: `${at}.${k}`, message: 'is not an accepted field' });
    if (row.level !== ESCALATION_LEVELS[i])
      problems.push({
        field: `${at}.level`,
        message: `must be ${ESCALATION_LEVELS[i]}: the levels are ${ESCALATION_LEVELS.join(', ')} in order`,
      });
    const notify = row.notify;
    if (!Array.isArray(notify) || notify.length < 1 || notify.length > 10) {
      problems.push({ field: `${at}.notify`, message: 'must name 1–10 recipients' });
      return;
    }
    notify.forEach((who, j) => {
      if (!ESCALATION_RECIPIENTS.includes(who as string))
        problems.push({
          field: `${at}.notify.${j}`,
          message: `must be group-lead, group-department-head or a role id (not ${JSON.stringify(who)})`,
        });
      else if (notify.indexOf(who) !== j)
        problems.push({ field: `${at}.notify.${j}`, message: 'is already in the list' });
    });
  });
  return problems;
}

/**
 * Every problem of a value for `key` that its JSON Schema cannot express (e.g. levels in
 * order), named by field under `value`; empty when the value may be stored.
 */
export function incidentSettingProblems(key: string, value: unknown): IncidentSettingProblem[] {
  return key === INCIDENT_SETTING_KEYS.escalation ? escalationProblems(value) : [];
}

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

/** Whom each hierarchical level informs, from the stored `incident-escalation` (absent → default). */
export function parseEscalationSetting(value: unknown): readonly HierarchicalLevelRecipients[] {
  const key = INCIDENT_SETTING_KEYS.escalation;
  const v = value ?? INCIDENT_SETTING_DEFAULTS[key];
  const problems = escalationProblems(v);
  if (problems.length)
    throw new IncidentConfigError(
      `setting ${key} is not usable: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  return (v as EscalationSetting).levels;
}
