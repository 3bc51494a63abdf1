/**
 * SLA settings an admin may change (`PUT /api/settings/:key`), shared by every record kind's
 * clocks: their keys, shipped [default]s, JSON Schemas and parsers. Pure.
 */

/** `sla-resume-reminder`: business days a paused clock waits before its assignee is reminded. */
export const RESUME_REMINDER_KEY = 'sla-resume-reminder';

export interface ResumeReminderSetting {
  businessDays: number;
}

/** The shipped value (§0.5 pattern W) [default], used while no admin has stored one. */
export const SLA_SETTING_DEFAULTS = {
  [RESUME_REMINDER_KEY]: { businessDays: 3 } satisfies ResumeReminderSetting,
} as const;

/** JSON Schemas of the values, by key. */
export const SLA_SETTING_SCHEMAS: Readonly<Record<string, object>> = {
  [RESUME_REMINDER_KEY]: {
    type: 'object',
    properties: { businessDays: { type: 'integer', minimum: 1, maximum: 60 } },
    required: ['businessDays'],
    additionalProperties: false,
  },
};

/** A stored value of the wrong shape (written around the API's check). */
export class SlaSettingError extends Error {
  override readonly name = 'SlaSettingError';
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
