/**
 * The `[default]`s of incident management (processes.md §1, §0.5) as admin settings: each
 * key's shipped default, its JSON Schema (the settings API validates a value before storing
 * it) and a parser the workers apply to what they read at use. No row → the default.
 */
import { PRIORITIES, isPriority, type Priority } from '../sla/priority.ts';
import { IncidentConfigError } from './config-error.ts';
import {
  DEFAULT_HIERARCHICAL_RECIPIENTS,
  DEFAULT_THRESHOLD_TABLE,
  ESCALATION_LEVELS,
  ESCALATION_RECIPIENTS,
  THRESHOLD_RECIPIENTS,
  THRESHOLD_ROWS,
  type HierarchicalLevelRecipients,
  type ThresholdTable,
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

/**
 * `incident-escalation` (§0.5): whom each hierarchical level H1–H4 informs when an agent
 * escalates by hand, in order, and what each SLA threshold of an incident's clocks reaches
 * and whom it informs.
 */
export interface EscalationSetting {
  readonly levels: readonly HierarchicalLevelRecipients[];
  readonly thresholds: ThresholdTable;
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
  'incident-escalation': {
    levels: DEFAULT_HIERARCHICAL_RECIPIENTS,
    thresholds: DEFAULT_THRESHOLD_TABLE,
  } satisfies EscalationSetting,
} as const;

const businessDayCount = { type: 'integer', minimum: 1, maximum: 60 };
const recipients = (allowed: readonly string[]) => ({
  type: 'array',
  minItems: 1,
  maxItems: 10,
  uniqueItems: true,
  items: { type: 'string', enum: [...allowed] },
});
const thresholdColumn = {
  type: 'array',
  minItems: THRESHOLD_ROWS.length,
  maxItems: THRESHOLD_ROWS.length,
  items: {
    type: 'object',
    properties: {
      row: { type: 'integer', enum: [...THRESHOLD_ROWS] },
      level: { type: ['string', 'null'], enum: [...ESCALATION_LEVELS, null] },
      notify: recipients(THRESHOLD_RECIPIENTS),
    },
    required: ['row', 'level', 'notify'],
    additionalProperties: false,
  },
};

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
            notify: recipients(ESCALATION_RECIPIENTS),
          },
          required: ['level', 'notify'],
          additionalProperties: false,
        },
      },
      thresholds: {
        type: 'object',
        properties: {
          response: thresholdColumn,
          resolution: thresholdColumn,
          priorityExtras: {
            type: 'array',
            maxItems: 8,
            items: {
              type: 'object',
              properties: {
                priority: { type: 'string', enum: [...PRIORITIES] },
                clock: { type: 'string', enum: ['response', 'resolution'] },
                row: { type: 'integer', enum: [...THRESHOLD_ROWS] },
                level: { type: 'string', enum: [...ESCALATION_LEVELS] },
                notify: recipients(THRESHOLD_RECIPIENTS),
              },
              required: ['priority', 'clock', 'row', 'level', 'notify'],
              additionalProperties: false,
            },
          },
        },
        required: ['response', 'resolution', 'priorityExtras'],
        additionalProperties: false,
      },
    },
    required: ['levels', 'thresholds'],
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

const levelRank = (level: unknown) => ESCALATION_LEVELS.indexOf(level as 'H1');

/** Problems of a list of recipients at `at`: 1–10, each allowed, none twice. */
function recipientProblems(
  notify: unknown,
  at: string,
  allowed: readonly string[],
): IncidentSettingProblem[] {
  if (!Array.isArray(notify) || notify.length < 1 || notify.length > 10)
    return [{ field: at, message: 'must name 1–10 recipients' }];
  const problems: IncidentSettingProblem[] = [];
  notify.forEach((who, j) => {
    if (!allowed.includes(who as string))
      problems.push({
        field: `${at}.${j}`,
        message: `must be one of ${allowed.join(', ')} (not ${JSON.stringify(who)})`,
      });
    else if (notify.indexOf(who) !== j)
      problems.push({ field: `${at}.${j}`, message: 'is already in the list' });
  });
  return problems;
}

/** Problems of fields other than `known` in `o`, at `at`. */
function unknownFields(o: Record<string, unknown>, at: string, known: string[]) {
  return Object.keys(o)
    .filter((k) => !known.includes(k))
    .map((k) => ({ field: `${at}.${k}`, message: 'is not an accepted field' }));
}

/** Problems of one column of the threshold table: rows 50, 75, 100, levels never lower. */
function columnProblems(column: unknown, at: string): IncidentSettingProblem[] {
  if (!Array.isArray(column) || column.length !== THRESHOLD_ROWS.length)
    return [{ field: at, message: `must hold the rows ${THRESHOLD_ROWS.join(', ')} in order` }];
  const problems: IncidentSettingProblem[] = [];
  let highest = -1;
  column.forEach((row, i) => {
    const rowAt = `${at}.${i}`;
    if (!isObject(row)) {
      problems.push({ field: rowAt, message: 'must be { row, level, notify }' });
      return;
    }
    problems.push(...unknownFields(row, rowAt, ['row', 'level', 'notify']));
    if (row.row !== THRESHOLD_ROWS[i])
      problems.push({
        field: `${rowAt}.row`,
        message: `must be ${THRESHOLD_ROWS[i]}: the rows are ${THRESHOLD_ROWS.join(', ')} in order`,
      });
    if (row.level !== null && levelRank(row.level) < 0)
      problems.push({
        field: `${rowAt}.level`,
        message: `must be null or one of ${ESCALATION_LEVELS.join(', ')}`,
      });
    else if (row.level !== null && levelRank(row.level) < highest)
      problems.push({
        field: `${rowAt}.level`,
        message: `must not be lower than ${ESCALATION_LEVELS[highest]} of the row before`,
      });
    else if (row.level !== null) highest = levelRank(row.level);
    problems.push(...recipientProblems(row.notify, `${rowAt}.notify`, THRESHOLD_RECIPIENTS));
  });
  return problems;
}

/** Problems of the extra actions per priority: known priority, clock, row, level; one per key. */
function extrasProblems(extras: unknown, at: string): IncidentSettingProblem[] {
  if (!Array.isArray(extras) || extras.length > 8)
    return [{ field: at, message: 'must be a list of at most 8 extra actions' }];
  const problems: IncidentSettingProblem[] = [];
  const seen = new Set<string>();
  extras.forEach((extra, i) => {
    const x = `${at}.${i}`;
    if (!isObject(extra)) {
      problems.push({ field: x, message: 'must be { priority, clock, row, level, notify }' });
      return;
    }
    problems.push(...unknownFields(extra, x, ['priority', 'clock', 'row', 'level', 'notify']));
    if (!isPriority(extra.priority))
      problems.push({ field: `${x}.priority`, message: 'must be P1–P4' });
    if (extra.clock !== 'response' && extra.clock !== 'resolution')
      problems.push({ field: `${x}.clock`, message: 'must be response or resolution' });
    if (!(THRESHOLD_ROWS as readonly unknown[]).includes(extra.row))
      problems.push({ field: `${x}.row`, message: `must be one of ${THRESHOLD_ROWS.join(', ')}` });
    if (levelRank(extra.level) < 0)
      problems.push({
        field: `${x}.level`,
        message: `must be one of ${ESCALATION_LEVELS.join(', ')}`,
      });
    const key = `${String(extra.priority)}/${String(extra.clock)}/${String(extra.row)}`;
    if (seen.has(key)) problems.push({ field: x, message: `repeats the extra action for ${key}` });
    seen.add(key);
    problems.push(...recipientProblems(extra.notify, `${x}.notify`, THRESHOLD_RECIPIENTS));
  });
  return problems;
}

/**
 * Every problem of an `incident-escalation` value, named by field under `value`: H1–H4 each
 * once and in order, each notifying 1–10 distinct known recipients (a role of §0.2 other than
 * the portal's, `group-lead` or `group-department-head`); per clock the threshold rows 50, 75,
 * 100 in order, whose levels never go down, notifying known recipients (also `assignee`,
 * `queue`); extra actions per priority, at most one per priority, clock and row.
 */
function escalationProblems(value: unknown): IncidentSettingProblem[] {
  if (!isObject(value)) return [{ field: 'value', message: 'must be { levels, thresholds }' }];
  const problems: IncidentSettingProblem[] = unknownFields(value, 'value', [
    'levels',
    'thresholds',
  ]);
  const levels = value.levels;
  if (!Array.isArray(levels) || levels.length !== ESCALATION_LEVELS.length)
    problems.push({
      field: 'value.levels',
      message: `must list ${ESCALATION_LEVELS.join(', ')} in order`,
    });
  else
    levels.forEach((row, i) => {
      const at = `value.levels.${i}`;
      if (!isObject(row)) {
        problems.push({ field: at, message: 'must be { level, notify }' });
        return;
      }
      problems.push(...unknownFields(row, at, ['level', 'notify']));
      if (row.level !== ESCALATION_LEVELS[i])
        problems.push({
          field: `${at}.level`,
          message: `must be ${ESCALATION_LEVELS[i]}: the levels are ${ESCALATION_LEVELS.join(', ')} in order`,
        });
      problems.push(...recipientProblems(row.notify, `${at}.notify`, ESCALATION_RECIPIENTS));
    });
  const thresholds = value.thresholds;
  if (!isObject(thresholds))
    problems.push({
      field: 'value.thresholds',
      message: 'must be { response, resolution, priorityExtras }',
    });
  else
    problems.push(
      ...unknownFields(thresholds, 'value.thresholds', [
        'response',
        'resolution',
        'priorityExtras',
      ]),
      ...columnProblems(thresholds.response, 'value.thresholds.response'),
      ...columnProblems(thresholds.resolution, 'value.thresholds.resolution'),
      ...extrasProblems(thresholds.priorityExtras, 'value.thresholds.priorityExtras'),
    );
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

/** The escalation table in effect: the stored `incident-escalation` (absent → default). */
export function parseEscalationSetting(value: unknown): EscalationSetting {
  const key = INCIDENT_SETTING_KEYS.escalation;
  const v = value ?? INCIDENT_SETTING_DEFAULTS[key];
  const problems = escalationProblems(v);
  if (problems.length)
    throw new IncidentConfigError(
      `setting ${key} is not usable: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  return v as EscalationSetting;
}
