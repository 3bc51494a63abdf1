/**
 * The SLA countdown a task shows (pure: the clocks of its record, a calendar and an instant
 * in, the reading out). The task service reads the clocks and the calendars around it.
 */
import type { StoredClock } from '../../db/repositories/sla.repository.ts';
import type { BusinessCalendar } from '../../lib/calendar/business-calendar.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import { readClock, type ClockState } from '../../lib/sla/clock.ts';

/** The SLA countdown of a task's record, as the inbox shows it. */
export interface TaskSla {
  clockType: string;
  /** ISO 8601 with the calendar's offset. Stale while paused (it moves on resume). */
  dueAt: string;
  /** Elapsed working time in percent of the target (may exceed 100). */
  percent: number;
  /** Working minutes left (negative once overdue). */
  remainingMinutes: number;
  state: ClockState;
  /** `amber` from 75 % of the target, `red` from 100 % (or a recorded breach). */
  level: 'ok' | 'amber' | 'red';
}

/** Percent of the target from which a countdown is amber. */
export const AMBER_FROM_PERCENT = 75;
/** Percent of the target from which a countdown is red. */
export const RED_FROM_PERCENT = 100;

/** The colour of a countdown: ok below 75 %, amber from 75 %, red from 100 % or when breached. */
export function slaLevel(percent: number, breached: boolean): TaskSla['level'] {
  if (breached || percent >= RED_FROM_PERCENT) return 'red';
  return percent >= AMBER_FROM_PERCENT ? 'amber' : 'ok';
}

/**
 * The clock a task's countdown shows: the response clock while it is open, else the
 * resolution clock; for records with other clocks, the first open one, else the first.
 */
export function countdownClock(clocks: readonly StoredClock[]): StoredClock | undefined {
  const open = (c: StoredClock) => c.clock.state !== 'stopped';
  const response = clocks.find((c) => c.clockType === 'response');
  if (response && open(response)) return response;
  return (
    clocks.find((c) => c.clockType === 'resolution') ?? clocks.find(open) ?? response ?? clocks[0]
  );
}

/** Reads a clock at `at` for the inbox: percent of the target, level and state. */
export function taskSla(stored: StoredClock, calendar: BusinessCalendar, at: Date): TaskSla {
  const reading = readClock(stored.clock, calendar, at);
  const target = stored.clock.targetMinutes;
  const percent =
    target > 0 ? Math.floor((reading.elapsedMinutes / target) * 100) : reading.breached ? 100 : 0;
  return {
    clockType: stored.clockType,
    dueAt: formatInstant(calendar.timeZone, reading.dueAt),
    percent,
    remainingMinutes: Math.round(reading.remainingMinutes),
    state: reading.state,
    level: slaLevel(percent, reading.breached),
  };
}
