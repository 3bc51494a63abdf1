import {
  CalendarDataError,
  type BusinessCalendar,
  type MinuteInterval,
} from './business-calendar.ts';
import {
  formatDate,
  instantAt,
  localDateOf,
  nextDate,
  parseDate,
  weekdayIndex,
  type LocalDate,
} from './time-zone.ts';
import type { CalendarAnswer, CalendarInstant, CalendarMinutes } from './types.ts';

const MS_PER_MINUTE = 60_000;

/**
 * Consecutive days without any working time after which a walk gives up: only a calendar
 * whose data leaves (almost) no working time can get there, and it must not loop forever.
 */
const MAX_IDLE_DAYS = 3_660;

/** One local day of a calendar: its working intervals and whether they were guessed. */
interface DaySchedule {
  readonly intervals: readonly MinuteInterval[];
  /** True when the day's year has no national table, so only weekends were applied. */
  readonly incomplete: boolean;
}

/** One local day with its working spans as `[start, end)` epoch milliseconds. */
interface DaySpans {
  readonly date: LocalDate;
  readonly startMs: number;
  readonly spans: readonly (readonly [number, number])[];
  readonly incomplete: boolean;
}

/**
 * The working schedule of a local date (§0.4): a calendar-specific date wins; then, when the
 * calendar applies national days, a holiday is non-working and an adjusted working day takes
 * the template weekday's hours; a date in a year without a national table falls back to its
 * weekday and is flagged; otherwise the weekday's hours.
 */
function scheduleOf(calendar: BusinessCalendar, date: LocalDate): DaySchedule {
  const key = formatDate(date);
  const weekday = calendar.weekdayIntervals[weekdayIndex(date)] ?? [];
  const own = calendar.ownDays.get(key);
  if (own) {
    return {
      intervals: own.kind === 'holiday' ? [] : calendar.adjustedWorkdayIntervals,
      incomplete: false,
    };
  }
  if (!calendar.definition.appliesNationalDays) return { intervals: weekday, incomplete: false };
  if (!calendar.nationalYears.has(date.year)) return { intervals: weekday, incomplete: true };
  const national = calendar.nationalDays.get(key);
  if (!national) return { intervals: weekday, incomplete: false };
  return {
    intervals: national.kind === 'holiday' ? [] : calendar.adjustedWorkdayIntervals,
    incomplete: false,
  };
}

function spansOf(calendar: BusinessCalendar, date: LocalDate): DaySpans {
  const { intervals, incomplete } = scheduleOf(calendar, date);
  return {
    date,
    startMs: instantAt(calendar.timeZone, date, 0),
    spans: intervals.map(
      (interval) =>
        [
          instantAt(calendar.timeZone, date, interval.from),
          instantAt(calendar.timeZone, date, interval.to),
        ] as const,
    ),
    incomplete,
  };
}

/** Local days from `first` onwards, endlessly; throws when the calendar has no working time left. */
function* daysFrom(calendar: BusinessCalendar, first: LocalDate): Generator<DaySpans> {
  let date = first;
  let idle = 0;
  for (;;) {
    const day = spansOf(calendar, date);
    idle = day.spans.length === 0 ? idle + 1 : 0;
    if (idle > MAX_IDLE_DAYS) {
      throw new CalendarDataError(
        'NO_WORKING_TIME',
        `${calendar.code}: no working time in ${MAX_IDLE_DAYS} days from ${formatDate(first)}`,
      );
    }
    yield day;
    date = nextDate(date);
  }
}

function assertInstant(name: string, value: Date): number {
  const ms = value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid instant`);
  return ms;
}

/**
 * Whether `at` lies in working time (interval starts inclusive, ends exclusive: 18:00 on
 * `CN-STD` is not working time).
 */
export function isWorkingInstant(calendar: BusinessCalendar, at: Date): CalendarAnswer {
  const ms = assertInstant('at', at);
  const day = spansOf(calendar, localDateOf(calendar.timeZone, at));
  return {
    working: day.spans.some(([start, end]) => start <= ms && ms < end),
    calendarIncomplete: day.incomplete,
  };
}

/** Whether a local date (`YYYY-MM-DD` in the calendar's zone) has any working time (§0.4 `isWorkingDay`). */
export function isWorkingDay(calendar: BusinessCalendar, date: string): CalendarAnswer {
  const parsed = parseDate(date);
  if (!parsed) throw new RangeError(`invalid date ${date}`);
  const schedule = scheduleOf(calendar, parsed);
  return { working: schedule.intervals.length > 0, calendarIncomplete: schedule.incomplete };
}

/**
 * The first working instant at or after `at`: where a clock started outside working time
 * begins to count (§0.4, §0.5 rule 1).
 */
export function nextWorkingTime(calendar: BusinessCalendar, at: Date): CalendarInstant {
  const ms = assertInstant('at', at);
  let incomplete = false;
  for (const day of daysFrom(calendar, localDateOf(calendar.timeZone, at))) {
    incomplete ||= day.incomplete;
    for (const [start, end] of day.spans) {
      if (end > ms) return { at: new Date(Math.max(start, ms)), calendarIncomplete: incomplete };
    }
  }
  throw new Error('unreachable: daysFrom never ends');
}

/**
 * The due instant of `minutes` working minutes counted from `start`: the first instant at
 * which the elapsed working minutes reach the target (§0.4). A start outside working time
 * counts from the next working instant; a target reached at the end of an interval is due
 * then (18:00), not at the next start. Zero minutes are due at `start`.
 */
export function addWorkingMinutes(
  calendar: BusinessCalendar,
  start: Date,
  minutes: number,
): CalendarInstant {
  const startMs = assertInstant('start', start);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  let remaining = Math.round(minutes * MS_PER_MINUTE);
  if (remaining === 0) return { at: new Date(startMs), calendarIncomplete: false };
  let incomplete = false;
  for (const day of daysFrom(calendar, localDateOf(calendar.timeZone, start))) {
    incomplete ||= day.incomplete;
    for (const [spanStart, spanEnd] of day.spans) {
      if (spanEnd <= startMs) continue;
      const from = Math.max(spanStart, startMs);
      const available = spanEnd - from;
      if (remaining <= available) {
        return { at: new Date(from + remaining), calendarIncomplete: incomplete };
      }
      remaining -= available;
    }
  }
  throw new Error('unreachable: daysFrom never ends');
}

/** Working minutes in `[from, to)`; throws a RangeError when `to` is before `from`. */
export function workingMinutesBetween(
  calendar: BusinessCalendar,
  from: Date,
  to: Date,
): CalendarMinutes {
  const fromMs = assertInstant('from', from);
  const toMs = assertInstant('to', to);
  if (toMs < fromMs) throw new RangeError('to is before from');
  if (toMs === fromMs) return { minutes: 0, calendarIncomplete: false };
  let totalMs = 0;
  let incomplete = false;
  for (const day of daysFrom(calendar, localDateOf(calendar.timeZone, from))) {
    if (day.startMs >= toMs) break;
    incomplete ||= day.incomplete;
    for (const [spanStart, spanEnd] of day.spans) {
      const overlap = Math.min(spanEnd, toMs) - Math.max(spanStart, fromMs);
      if (overlap > 0) totalMs += overlap;
    }
  }
  return { minutes: totalMs / MS_PER_MINUTE, calendarIncomplete: incomplete };
}

/** The name §0.4 gives {@link addWorkingMinutes}. */
export const addBusinessMinutes = addWorkingMinutes;

/** The name §0.4 gives {@link workingMinutesBetween}. */
export const businessMinutesBetween = workingMinutesBetween;

/** The name §0.4 gives {@link nextWorkingTime}. */
export const nextWorkingInstant = nextWorkingTime;
