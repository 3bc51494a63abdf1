/**
 * Due instants of incident and major-incident steps [default]: the return visit 3 business
 * days after resolution (§1.1 step 14), the report 2 and the review 5 business days after
 * restoration (§1.2 steps 6–7), all on `CN-STD` (setting `incident-business-days`); status
 * updates at a plain interval.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { DEFAULT_TIME_ZONE } from '../calendar/default-calendars.ts';
import { formatInstant } from '../calendar/time-zone.ts';
import { addWorkingMinutes } from '../calendar/working-time.ts';
import { INCIDENT_SETTING_DEFAULTS } from './settings.ts';

/** The calendar the incident due dates count on. */
export const DUE_DATE_CALENDAR = 'CN-STD';

const BUSINESS_DAYS = INCIDENT_SETTING_DEFAULTS['incident-business-days'];

/** Business days after resolution before the return visit is due [default]. */
export const CONFIRM_BUSINESS_DAYS = BUSINESS_DAYS.returnVisit;

/** Business days after restoration for the major-incident report and review [default]. */
export const REPORT_BUSINESS_DAYS = BUSINESS_DAYS.majorReport;
export const REVIEW_BUSINESS_DAYS = BUSINESS_DAYS.majorReview;

/** The instant `days` business days (of the calendar's day length) after `at`. */
export function businessDaysAfter(calendar: BusinessCalendar, at: Date, days: number): Date {
  return addWorkingMinutes(calendar, at, days * calendar.businessDayMinutes).at;
}

/** `minutes` plain minutes after `at` (major-incident update interval). */
export function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/** ISO 8601 with the +08:00 offset of the default zone, as timers and forms read it. */
export function isoLocal(at: Date): string {
  return formatInstant(DEFAULT_TIME_ZONE, at);
}

/**
 * A date-time as forms and the engine write it: ISO 8601 with or without seconds, with an
 * offset or `Z`, or without an offset (then local time at +08:00). Matches what the server's
 * form validation accepts for datetime fields.
 */
export const LOCAL_DATETIME_PATTERN =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$';

/** Parses a {@link LOCAL_DATETIME_PATTERN} value; undefined when it is not one. */
export function parseLocalDateTime(value: string): Date | undefined {
  if (!new RegExp(LOCAL_DATETIME_PATTERN).test(value)) return undefined;
  const text = /(Z|[+-]\d\d:\d\d)$/.test(value) ? value : `${value}+08:00`;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
