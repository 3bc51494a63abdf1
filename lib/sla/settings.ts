/**
 * SLA settings an admin may change (`PUT /api/settings/:key`), shared by every record kind's
 * clocks: their keys, shipped [default]s, JSON Schemas, the checks across fields a schema
 * cannot express (unique codes) and parsers. Pure.
 */
import { ROLE_IDS, type Role } from '../roles.ts';
import {
  DEFAULT_EXEMPTION_POLICY,
  DEFAULT_PAUSE_REASONS,
  type ExemptionPolicy,
  type ReasonOption,
} from './reasons.ts';

/** `sla-resume-reminder`: business days a paused clock waits before its assignee is reminded. */
export const RESUME_REMINDER_KEY = 'sla-resume-reminder';

/** `sla-pause-reasons`: why a customer's clock may pause (§0.5 rule 2), with their labels. */
export const PAUSE_REASONS_KEY = 'sla-pause-reasons';

/** `sla-exemption-policy`: who may exempt an incident, and for which reasons (§0.5 rule 5). */
export const EXEMPTION_POLICY_KEY = 'sla-exemption-policy';

export interface ResumeReminderSetting {
  businessDays: number;
}

/** The stored shape of `sla-exemption-policy`. */
export interface ExemptionPolicySetting {
  readonly roles: readonly string[];
  readonly reasons: readonly ReasonOption[];
}

/** A reason code: lower-case words joined by `_` or `-`, like the shipped ones. */
export const REASON_CODE_PATTERN = '^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$';
const REASON_CODE = new RegExp(REASON_CODE_PATTERN);

/** The most reasons one list may hold. */
export const MAX_REASONS = 30;

/** Roles an exemption policy may name: the provider's own people, not portal users. */
export const EXEMPTING_ROLES: readonly Role[] = ROLE_IDS.filter(
  (role) => role !== 'customer-contact' && role !== 'requester',
);

/** The shipped values (§0.5) [default], used while no admin has stored one. */
export const SLA_SETTING_DEFAULTS = {
  [RESUME_REMINDER_KEY]: { businessDays: 3 } satisfies ResumeReminderSetting,
  [PAUSE_REASONS_KEY]: DEFAULT_PAUSE_REASONS,
  [EXEMPTION_POLICY_KEY]: {
    roles: DEFAULT_EXEMPTION_POLICY.allowedRoles,
    reasons: DEFAULT_EXEMPTION_POLICY.reasons,
  } satisfies ExemptionPolicySetting,
} as const;

const label = { type: 'string', minLength: 1, maxLength: 200 };
const reasonList = {
  type: 'array',
  minItems: 1,
  maxItems: MAX_REASONS,
  items: {
    type: 'object',
    properties: {
      code: { type: 'string', minLength: 1, maxLength: 60, pattern: REASON_CODE_PATTERN },
      labelEn: label,
      labelZh: label,
    },
    required: ['code', 'labelEn', 'labelZh'],
    additionalProperties: false,
  },
};

/** JSON Schemas of the values, by key. */
export const SLA_SETTING_SCHEMAS: Readonly<Record<string, object>> = {
  [RESUME_REMINDER_KEY]: {
    type: 'object',
    properties: { businessDays: { type: 'integer', minimum: 1, maximum: 60 } },
    required: ['businessDays'],
    additionalProperties: false,
  },
  [PAUSE_REASONS_KEY]: reasonList,
  [EXEMPTION_POLICY_KEY]: {
    type: 'object',
    properties: {
      roles: {
        type: 'array',
        minItems: 1,
        maxItems: EXEMPTING_ROLES.length,
        uniqueItems: true,
        items: { type: 'string', enum: [...EXEMPTING_ROLES] },
      },
      reasons: reasonList,
    },
    required: ['roles', 'reasons'],
    additionalProperties: false,
  },
};

/** One field of a setting's value that is wrong, e.g. `value.1.code`. */
export interface SettingProblem {
  readonly field: string;
  readonly message: string;
}

/** A stored value of the wrong shape (written around the API's check). */
export class SlaSettingError extends Error {
  override readonly name = 'SlaSettingError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isLabel = (v: unknown) => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

/** Every problem of a reason list at `field` (shape, code pattern, codes unique, 1–30). */
function reasonListProblems(value: unknown, field: string): SettingProblem[] {
  if (!Array.isArray(value)) return [{ field, message: 'must be a list of reasons' }];
  if (value.length < 1 || value.length > MAX_REASONS)
    return [{ field, message: `must hold 1–${MAX_REASONS} reasons` }];
  const problems: SettingProblem[] = [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const at = `${field}.${i}`;
    if (!isObject(item)) {
      problems.push({ field: at, message: 'must be { code, labelEn, labelZh }' });
      return;
    }
    for (const key of Object.keys(item))
      if (!['code', 'labelEn', 'labelZh'].includes(key))
        problems.push({ field: `${at}.${key}`, message: 'is not an accepted field' });
    const code = item.code;
    if (typeof code !== 'string' || code.length > 60 || !REASON_CODE.test(code))
      problems.push({
        field: `${at}.code`,
        message: 'must be lower-case words joined by _ or - (at most 60 characters)',
      });
    else if (seen.has(code))
      problems.push({ field: `${at}.code`, message: `"${code}" is already in the list` });
    else seen.add(code);
    for (const key of ['labelEn', 'labelZh'])
      if (!isLabel(item[key]))
        problems.push({ field: `${at}.${key}`, message: 'must be a text of 1–200 characters' });
  });
  return problems;
}

/**
 * Every problem of a value for `key`, named by field under `value` (the body's field); empty
 * when it may be stored or the key is not one of these settings. Checks what a JSON Schema
 * cannot, too: reason codes unique within their list.
 */
export function slaSettingProblems(key: string, value: unknown): SettingProblem[] {
  switch (key) {
    case PAUSE_REASONS_KEY:
      return reasonListProblems(value, 'value');
    case EXEMPTION_POLICY_KEY: {
      if (!isObject(value)) return [{ field: 'value', message: 'must be { roles, reasons }' }];
      const problems: SettingProblem[] = Object.keys(value)
        .filter((k) => k !== 'roles' && k !== 'reasons')
        .map((k) => ({ field: `value.${k}`, message: 'is not an accepted field' }));
      const roles = value.roles;
      if (!Array.isArray(roles) || roles.length === 0)
        problems.push({ field: 'value.roles', message: 'must name at least one role' });
      else
        roles.forEach((role, i) => {
          if (!(EXEMPTING_ROLES as readonly unknown[]).includes(role))
            problems.push({
              field: `value.roles.${i}`,
              message: `must be a role of the provider's people: ${EXEMPTING_ROLES.join(', ')}`,
            });
          else if (roles.indexOf(role) !== i)
            problems.push({ field: `value.roles.${i}`, message: 'is already in the list' });
        });
      return [...problems, ...reasonListProblems(value.reasons, 'value.reasons')];
    }
    default:
      return [];
  }
}

function checked<T>(key: string, value: unknown): T {
  const problems = slaSettingProblems(key, value);
  if (problems.length)
    throw new SlaSettingError(
      `The setting ${key} is not usable: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  return value as T;
}

/** The resume reminder in effect: the stored value, else the shipped default. */
export function parseResumeReminder(value: unknown): ResumeReminderSetting {
  const v = (value ?? SLA_SETTING_DEFAULTS[RESUME_REMINDER_KEY]) as Partial<ResumeReminderSetting>;
  const days = v?.businessDays;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 60)
    throw new SlaSettingError(
      `The setting ${RESUME_REMINDER_KEY} must be { businessDays: 1–60 }, not ${JSON.stringify(value)}`,
    );
  return { businessDays: days as number };
}

/** The pause reasons in effect: the stored list, else the shipped default. */
export function parsePauseReasons(value: unknown): readonly ReasonOption[] {
  return checked<readonly ReasonOption[]>(
    PAUSE_REASONS_KEY,
    value ?? SLA_SETTING_DEFAULTS[PAUSE_REASONS_KEY],
  );
}

/** The exemption policy in effect: the stored one, else the shipped default. */
export function parseExemptionPolicy(value: unknown): ExemptionPolicy {
  const v = checked<ExemptionPolicySetting>(
    EXEMPTION_POLICY_KEY,
    value ?? SLA_SETTING_DEFAULTS[EXEMPTION_POLICY_KEY],
  );
  return { allowedRoles: v.roles, reasons: v.reasons };
}
