/**
 * Business calendars as data (processes.md §0.4): the shapes of the `calendars` and
 * `calendar_days` rows, independent of how they are stored.
 */

/** Weekday keys, Monday first, as used in `working_hours`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week in a calendar's working-hours table. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * One stretch of working time within a local day, `from` inclusive and `to` exclusive, as
 * `HH:MM` wall-clock times in the calendar's zone. `to` may be `24:00` (end of the day).
 */
export interface WorkingInterval {
  readonly from: string;
  readonly to: string;
}

/** Working intervals per weekday; a weekday with no intervals is non-working. */
export type WorkingHours = Readonly<Record<Weekday, readonly WorkingInterval[]>>;

/** Kind of a special date (§0.4 `calendar_days.kind`). */
export type CalendarDayKind = 'holiday' | 'adjusted_workday';

/**
 * A special date: a holiday (non-working all day, whatever its weekday) or an adjusted
 * working day (调休上班日, worked with the hours of the calendar's template weekday).
 */
export interface CalendarDay {
  /** Local date `YYYY-MM-DD` in the calendar's zone. */
  readonly date: string;
  readonly kind: CalendarDayKind;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Where the date comes from, e.g. the State Council notice. */
  readonly source: string;
}

/**
 * One year of the national table (`calendar_days` rows with `calendar_id` null). A year is
 * either loaded as a whole or missing: a missing year makes computations that reach it
 * `calendarIncomplete` (§0.4).
 */
export interface NationalDaysYear {
  readonly year: number;
  /** The notice the year was loaded from. */
  readonly source: string;
  readonly days: readonly CalendarDay[];
}

/** A calendar definition (a `calendars` row), editable by an administrator. */
export interface CalendarDefinition {
  /** Stable code that SLA targets name, e.g. `CN-STD`, `CN-24x7`. */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** IANA time zone the working hours are expressed in, e.g. `Asia/Shanghai`. */
  readonly timeZone: string;
  readonly workingHours: WorkingHours;
  /** Whether the national holidays and adjusted working days apply (`CN-24x7`: no). */
  readonly appliesNationalDays: boolean;
  /** The weekday whose intervals an adjusted working day uses (§0.4: Monday [default]). */
  readonly adjustedWorkdayHoursFrom: Weekday;
  /**
   * Working minutes of one "business day" for targets given in business days. When absent,
   * the minutes of the template weekday are used (480 on `CN-STD`, §0.4).
   */
  readonly businessDayMinutes?: number;
  /** Dates specific to this calendar (`calendar_days` rows with this calendar's id); they win over the national table. */
  readonly ownDays?: readonly CalendarDay[];
}

/** An instant computed on a calendar, flagged when it relied on a missing national year. */
export interface CalendarInstant {
  readonly at: Date;
  /** True when the computation reached a year whose national days are not loaded (§0.4). */
  readonly calendarIncomplete: boolean;
}

/** A working-minute count computed on a calendar, flagged like {@link CalendarInstant}. */
export interface CalendarMinutes {
  /** Working minutes; fractional when the bounds are not on whole minutes. */
  readonly minutes: number;
  readonly calendarIncomplete: boolean;
}

/** A yes/no answer computed on a calendar, flagged like {@link CalendarInstant}. */
export interface CalendarAnswer {
  readonly working: boolean;
  readonly calendarIncomplete: boolean;
}
