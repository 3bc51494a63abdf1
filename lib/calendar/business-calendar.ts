import { assertTimeZone, parseDate } from './time-zone.ts';
import {
  WEEKDAYS,
  type CalendarDay,
  type CalendarDefinition,
  type NationalDaysYear,
  type Weekday,
} from './types.ts';

/** Why a calendar definition or national table was rejected. */
export type CalendarDataProblem =
  | 'INVALID_TIME_ZONE'
  | 'INVALID_INTERVAL'
  | 'INVALID_DATE'
  | 'DUPLICATE_DATE'
  | 'DUPLICATE_YEAR'
  | 'DATE_OUTSIDE_YEAR'
  | 'INVALID_BUSINESS_DAY'
  | 'NO_WORKING_TIME';

/** Thrown when calendar data is invalid (bad interval, date, zone…) or has no working time at all. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
  constructor(
    readonly problem: CalendarDataProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A working interval in minutes of the local day, `from` inclusive, `to` exclusive. */
export interface MinuteInterval {
  readonly from: number;
  readonly to: number;
}

/**
 * A calendar definition joined with the national table, validated and indexed for the
 * working-time functions. Build it with {@link createBusinessCalendar}; it is immutable, so
 * loading a new national year means building a new one (and recalculating open clocks).
 */
export interface BusinessCalendar {
  readonly definition: CalendarDefinition;
  readonly code: string;
  readonly timeZone: string;
  /** Working intervals per weekday, 0 = Monday. */
  readonly weekdayIntervals: readonly (readonly MinuteInterval[])[];
  /** Intervals of an adjusted working day (the template weekday's). */
  readonly adjustedWorkdayIntervals: readonly MinuteInterval[];
  /** Working minutes of one business day. */
  readonly businessDayMinutes: number;
  /** Calendar-specific dates by `YYYY-MM-DD`; they win over the national table. */
  readonly ownDays: ReadonlyMap<string, CalendarDay>;
  /** National dates by `YYYY-MM-DD`, for the loaded years only. */
  readonly nationalDays: ReadonlyMap<string, CalendarDay>;
  /** Years whose national table is loaded. */
  readonly nationalYears: ReadonlySet<number>;
}

/**
 * Validates a calendar definition and joins it with the national years, so every worker and
 * the API compute on the same data. Throws {@link CalendarDataError} on invalid data.
 */
export function createBusinessCalendar(
  definition: CalendarDefinition,
  nationalYears: readonly NationalDaysYear[],
): BusinessCalendar {
  try {
    assertTimeZone(definition.timeZone);
  } catch {
    throw new CalendarDataError(
      'INVALID_TIME_ZONE',
      `${definition.code}: unknown time zone ${definition.timeZone}`,
    );
  }
  const weekdayIntervals = WEEKDAYS.map((weekday) => parseIntervals(definition, weekday));
  const adjustedWorkdayIntervals =
    weekdayIntervals[WEEKDAYS.indexOf(definition.adjustedWorkdayHoursFrom)] ?? [];
  if (weekdayIntervals.every((intervals) => intervals.length === 0)) {
    throw new CalendarDataError(
      'NO_WORKING_TIME',
      `${definition.code}: no working hours on any weekday`,
    );
  }
  const businessDayMinutes =
    definition.businessDayMinutes ??
    adjustedWorkdayIntervals.reduce((sum, interval) => sum + interval.to - interval.from, 0);
  if (!Number.isFinite(businessDayMinutes) || businessDayMinutes <= 0) {
    throw new CalendarDataError(
      'INVALID_BUSINESS_DAY',
      `${definition.code}: a business day must have a positive number of working minutes`,
    );
  }

  const nationalDays = new Map<string, CalendarDay>();
  const years = new Set<number>();
  for (const table of nationalYears) {
    if (years.has(table.year)) {
      throw new CalendarDataError('DUPLICATE_YEAR', `national year ${table.year} given twice`);
    }
    years.add(table.year);
    for (const day of table.days) {
      const date = parseDate(day.date);
      if (!date)
        throw new CalendarDataError('INVALID_DATE', `national days: invalid date ${day.date}`);
      if (date.year !== table.year) {
        throw new CalendarDataError(
          'DATE_OUTSIDE_YEAR',
          `national year ${table.year}: ${day.date}`,
        );
      }
      if (nationalDays.has(day.date)) {
        throw new CalendarDataError('DUPLICATE_DATE', `national days: ${day.date} given twice`);
      }
      nationalDays.set(day.date, day);
    }
  }

  const ownDays = new Map<string, CalendarDay>();
  for (const day of definition.ownDays ?? []) {
    if (!parseDate(day.date)) {
      throw new CalendarDataError('INVALID_DATE', `${definition.code}: invalid date ${day.date}`);
    }
    if (ownDays.has(day.date)) {
      throw new CalendarDataError('DUPLICATE_DATE', `${definition.code}: ${day.date} given twice`);
    }
    ownDays.set(day.date, day);
  }

  return {
    definition,
    code: definition.code,
    timeZone: definition.timeZone,
    weekdayIntervals,
    adjustedWorkdayIntervals,
    businessDayMinutes,
    ownDays,
    nationalDays,
    nationalYears: years,
  };
}

function parseIntervals(definition: CalendarDefinition, weekday: Weekday): MinuteInterval[] {
  const intervals = definition.workingHours[weekday].map((interval) => {
    const from = parseTime(interval.from);
    const to = parseTime(interval.to);
    if (from === undefined || to === undefined || from >= to) {
      throw new CalendarDataError(
        'INVALID_INTERVAL',
        `${definition.code} ${weekday}: invalid interval ${interval.from}–${interval.to}`,
      );
    }
    return { from, to };
  });
  intervals.sort((a, b) => a.from - b.from);
  for (let i = 1; i < intervals.length; i += 1) {
    if (intervals[i].from < intervals[i - 1].to) {
      throw new CalendarDataError(
        'INVALID_INTERVAL',
        `${definition.code} ${weekday}: overlapping intervals`,
      );
    }
  }
  return intervals;
}

/** Minutes of the day for `HH:MM` (00:00–24:00); undefined when malformed. */
function parseTime(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}
