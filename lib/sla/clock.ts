/**
 * An SLA clock as a pure state machine (processes.md §0.5). The state mirrors an
 * `sla_clocks` row; every transition returns the next state and the `sla_events` rows it
 * appends, so the ledger explains every minute. Instants are always passed in: nothing here
 * reads the time.
 *
 * Transitions record the thresholds a running clock crossed before the transition instant
 * but that were not recorded yet (at the instant they were crossed), and a recalculation
 * records the thresholds the new target has already passed (at the recalculation). Callers
 * perform the escalation actions of every `threshold` row a transition returns.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { formatInstant } from '../calendar/time-zone.ts';
import {
  addWorkingMinutes,
  nextWorkingTime,
  workingMinutesBetween,
} from '../calendar/working-time.ts';
import { assertThresholds, slotOrdinal, THRESHOLD_SLOTS, type ClockType } from './targets.ts';

/** `sla_clocks.state`. */
export type ClockState = 'running' | 'paused' | 'stopped';

/** `sla_events.event`. */
export type SlaEventKind =
  'start' | 'pause' | 'resume' | 'threshold' | 'breach' | 'recalc' | 'stop' | 'reopen';

/** One `sla_events` row (without the clock id), append-only. */
export interface SlaEvent {
  readonly event: SlaEventKind;
  readonly at: Date;
  /** Working minutes elapsed on the clock at `at`. */
  readonly elapsedMinutes: number;
  /** Threshold level in percent (threshold and breach rows). */
  readonly level?: number;
  readonly actor?: string;
  /** Pause reason code, or the reason given for a recalculation. */
  readonly reason?: string;
  readonly oldDueAt?: Date;
  readonly newDueAt?: Date;
  /** Resume rows: working minutes the pause lasted. */
  readonly pausedMinutes?: number;
  /** Recalc rows: target and calendar before and after. */
  readonly oldTargetMinutes?: number;
  readonly newTargetMinutes?: number;
  readonly oldCalendar?: string;
  readonly newCalendar?: string;
}

/** One threshold of a clock (the `at50`/`at75`/`at100` columns plus `reached`). */
export interface ThresholdMark {
  /** Percent of the target. */
  readonly level: number;
  /** Working minutes at which it is reached. */
  readonly minutes: number;
  /**
   * When the elapsed minutes reach it under the current target. For a level the target had
   * already passed when it took effect, the instant it took effect. Stale while paused.
   */
  readonly dueAt: Date;
  /** When it was recorded, or null while not recorded. */
  readonly reachedAt: Date | null;
}

/** The state of one clock (an `sla_clocks` row). */
export interface SlaClock {
  readonly clockType: ClockType;
  /** Code of the calendar the clock counts on. */
  readonly calendar: string;
  readonly targetMinutes: number;
  readonly state: ClockState;
  /** When the clock was started (record creation, §0.5 rule 1). */
  readonly startedAt: Date;
  /** The first working instant at or after the start: where counting begins. */
  readonly countsFrom: Date;
  /** Running time is counted from here (start, last resume, recalculation or reopening). */
  readonly anchorAt: Date;
  /** Working minutes elapsed at `anchorAt` (frozen while paused or stopped). */
  readonly elapsedAtAnchor: number;
  /** Working minutes spent paused, in total. */
  readonly pausedMinutes: number;
  readonly pausedAt: Date | null;
  readonly pauseReason: string | null;
  /** When the elapsed minutes reach the target (the 100 % mark). Stale while paused. */
  readonly dueAt: Date;
  /** Ascending by level; the last is 100 %. */
  readonly thresholds: readonly ThresholdMark[];
  readonly stoppedAt: Date | null;
  /** Whether the target was met, set when stopped. */
  readonly met: boolean | null;
  readonly breachedAt: Date | null;
  /** The due and threshold instants rely on a year whose national days are missing (§0.4). */
  readonly calendarIncomplete: boolean;
  /** Instant of the last transition; the ledger never goes back in time. */
  readonly lastEventAt: Date;
}

/** A transition's outcome: the next state and the ledger rows to append, in order. */
export interface ClockTransition {
  readonly clock: SlaClock;
  readonly events: readonly SlaEvent[];
}

/** Why a transition is refused. */
export type SlaClockProblem =
  | 'INVALID_TRANSITION'
  | 'PAUSE_REASON_NOT_ALLOWED'
  | 'CALENDAR_MISMATCH'
  | 'OUT_OF_ORDER'
  | 'INVALID_TARGET';

/** Thrown when a transition is not allowed in the clock's state or its input is invalid. */
export class SlaClockError extends Error {
  override readonly name = 'SlaClockError';
  constructor(
    readonly problem: SlaClockProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The value timer boundary events get for a threshold already recorded (§0.5 pattern W), so
 * a re-entered activity cannot fire it twice.
 */
export const REARMED_TIMER_SENTINEL = '9999-12-31T23:59:59+08:00';

const MS_PER_MINUTE = 60_000;

/** Minutes compared at millisecond precision, so float sums never decide a threshold. */
function toMs(minutes: number): number {
  return Math.round(minutes * MS_PER_MINUTE);
}

/** What starts a clock. */
export interface StartClockInput {
  readonly clockType: ClockType;
  readonly targetMinutes: number;
  /** Threshold levels in percent, ending at 100 (e.g. `DEFAULT_THRESHOLDS`). */
  readonly thresholds: readonly number[];
  /** When the record was created (or the problem classified). */
  readonly at: Date;
  readonly actor?: string;
}

/**
 * Starts a clock on a calendar (§0.5 rule 1): a start outside working time counts from the
 * next working instant. Appends the `start` row with the due instant.
 */
export function startClock(calendar: BusinessCalendar, input: StartClockInput): ClockTransition {
  assertTarget(input.targetMinutes, input.thresholds);
  const countsFrom = nextWorkingTime(calendar, input.at);
  const projection = project(calendar, input.targetMinutes, input.thresholds, input.at, 0, []);
  const clock: SlaClock = {
    clockType: input.clockType,
    calendar: calendar.code,
    targetMinutes: input.targetMinutes,
    state: 'running',
    startedAt: input.at,
    countsFrom: countsFrom.at,
    anchorAt: input.at,
    elapsedAtAnchor: 0,
    pausedMinutes: 0,
    pausedAt: null,
    pauseReason: null,
    dueAt: projection.dueAt,
    thresholds: projection.marks,
    stoppedAt: null,
    met: null,
    breachedAt: null,
    calendarIncomplete: projection.calendarIncomplete || countsFrom.calendarIncomplete,
    lastEventAt: input.at,
  };
  return {
    clock,
    events: [
      {
        event: 'start',
        at: input.at,
        elapsedMinutes: 0,
        newDueAt: clock.dueAt,
        ...actorOf(input.actor),
      },
    ],
  };
}

/**
 * Pauses a running clock for an allowed reason (§0.5 rule 2). The elapsed minutes freeze;
 * the due instants are moved on resume.
 */
export function pauseClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  input: { readonly at: Date; readonly reason: string; readonly actor?: string },
  allowedReasons: readonly string[],
): ClockTransition {
  checkTransition(clock, calendar, input.at, ['running'], 'pause');
  if (!allowedReasons.includes(input.reason)) {
    throw new SlaClockError(
      'PAUSE_REASON_NOT_ALLOWED',
      `"${input.reason}" is not a reason that pauses the clock`,
    );
  }
  const caught = catchUp(clock, input.at);
  const elapsed = elapsedOn(caught.clock, calendar, input.at);
  const next: SlaClock = {
    ...caught.clock,
    state: 'paused',
    anchorAt: input.at,
    elapsedAtAnchor: elapsed,
    pausedAt: input.at,
    pauseReason: input.reason,
    lastEventAt: input.at,
  };
  return {
    clock: next,
    events: [
      ...caught.events,
      {
        event: 'pause',
        at: input.at,
        elapsedMinutes: elapsed,
        reason: input.reason,
        oldDueAt: clock.dueAt,
        ...actorOf(input.actor),
      },
    ],
  };
}

/**
 * Resumes a paused clock: the working minutes paused are added to `pausedMinutes` and the
 * due and threshold instants move forward by them (§0.5 rule 2).
 */
export function resumeClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  input: { readonly at: Date; readonly actor?: string },
): ClockTransition {
  checkTransition(clock, calendar, input.at, ['paused'], 'resume');
  const pausedAt = clock.pausedAt ?? clock.anchorAt;
  const paused = workingMinutesBetween(calendar, pausedAt, input.at);
  const projection = project(
    calendar,
    clock.targetMinutes,
    clock.thresholds.map((mark) => mark.level),
    input.at,
    clock.elapsedAtAnchor,
    clock.thresholds,
  );
  const next: SlaClock = {
    ...clock,
    state: 'running',
    anchorAt: input.at,
    pausedMinutes: clock.pausedMinutes + paused.minutes,
    pausedAt: null,
    pauseReason: null,
    dueAt: projection.dueAt,
    thresholds: projection.marks,
    calendarIncomplete: projection.calendarIncomplete,
    lastEventAt: input.at,
  };
  return {
    clock: next,
    events: [
      {
        event: 'resume',
        at: input.at,
        elapsedMinutes: clock.elapsedAtAnchor,
        pausedMinutes: paused.minutes,
        oldDueAt: clock.dueAt,
        newDueAt: next.dueAt,
        ...actorOf(input.actor),
      },
    ],
  };
}

/**
 * Stops a running or paused clock (response given, record resolved or cancelled) and sets
 * `met`: true unless the breach was recorded. Reaching the due instant is a breach.
 */
export function stopClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  input: { readonly at: Date; readonly actor?: string },
): ClockTransition {
  checkTransition(clock, calendar, input.at, ['running', 'paused'], 'stop');
  const caught = catchUp(clock, input.at);
  const elapsed = elapsedOn(caught.clock, calendar, input.at);
  const pausedUntilStop =
    clock.pausedAt === null ? 0 : workingMinutesBetween(calendar, clock.pausedAt, input.at).minutes;
  const next: SlaClock = {
    ...caught.clock,
    state: 'stopped',
    anchorAt: input.at,
    elapsedAtAnchor: elapsed,
    pausedMinutes: clock.pausedMinutes + pausedUntilStop,
    pausedAt: null,
    pauseReason: null,
    stoppedAt: input.at,
    met: caught.clock.breachedAt === null,
    lastEventAt: input.at,
  };
  return {
    clock: next,
    events: [
      ...caught.events,
      {
        event: 'stop',
        at: input.at,
        elapsedMinutes: elapsed,
        ...(clock.pausedAt === null ? {} : { pausedMinutes: pausedUntilStop }),
        ...actorOf(input.actor),
      },
    ],
  };
}

/**
 * Reopens a stopped clock (§0.5 rule 3): it runs again from the reopening with the elapsed
 * minutes it had; the time between stop and reopening does not count.
 */
export function reopenClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  input: { readonly at: Date; readonly actor?: string; readonly reason?: string },
): ClockTransition {
  checkTransition(clock, calendar, input.at, ['stopped'], 'reopen');
  const projection = project(
    calendar,
    clock.targetMinutes,
    clock.thresholds.map((mark) => mark.level),
    input.at,
    clock.elapsedAtAnchor,
    clock.thresholds,
  );
  const next: SlaClock = {
    ...clock,
    state: 'running',
    anchorAt: input.at,
    stoppedAt: null,
    met: null,
    dueAt: projection.dueAt,
    thresholds: projection.marks,
    calendarIncomplete: projection.calendarIncomplete,
    lastEventAt: input.at,
  };
  return {
    clock: next,
    events: [
      {
        event: 'reopen',
        at: input.at,
        elapsedMinutes: clock.elapsedAtAnchor,
        oldDueAt: clock.dueAt,
        newDueAt: next.dueAt,
        ...actorOf(input.actor),
        ...(input.reason === undefined ? {} : { reason: input.reason }),
      },
    ],
  };
}

/** A change of target: new priority, SLA version or calendar data (§0.5 rule 4). */
export interface RecalculateInput {
  readonly at: Date;
  readonly targetMinutes: number;
  /** Defaults to the clock's current levels. */
  readonly thresholds?: readonly number[];
  readonly actor?: string;
  readonly reason?: string;
}

/**
 * Applies a new target and/or calendar to an open clock (§0.5 rule 4). The clock keeps the
 * working minutes elapsed so far, measured on the calendar it ran on (`current`), and counts
 * the rest on `next` from the recalculation on: a P3 clock on `CN-STD` raised to P1 on
 * `CN-24x7` carries its `CN-STD` minutes. Thresholds already recorded are not recorded again;
 * thresholds the new target has already passed are recorded at the recalculation. Writes
 * nothing when nothing changes.
 */
export function recalculateClock(
  clock: SlaClock,
  calendars: { readonly current: BusinessCalendar; readonly next: BusinessCalendar },
  input: RecalculateInput,
): ClockTransition {
  checkTransition(clock, calendars.current, input.at, ['running', 'paused'], 'recalculate');
  const levels = input.thresholds ?? clock.thresholds.map((mark) => mark.level);
  assertTarget(input.targetMinutes, levels);
  const caught = catchUp(clock, input.at);
  const elapsed = elapsedOn(caught.clock, calendars.current, input.at);
  const projection = project(
    calendars.next,
    input.targetMinutes,
    levels,
    input.at,
    elapsed,
    caught.clock.thresholds,
  );

  const events: SlaEvent[] = [...caught.events];
  const paused = caught.clock.state === 'paused';
  const unchanged =
    input.targetMinutes === clock.targetMinutes &&
    calendars.next.code === clock.calendar &&
    projection.calendarIncomplete === clock.calendarIncomplete &&
    projection.marks.map((mark) => mark.level).join() ===
      clock.thresholds.map((mark) => mark.level).join() &&
    // A paused clock's instants are recomputed on resume; only a running clock's must match.
    (paused ||
      (projection.dueAt.getTime() === caught.clock.dueAt.getTime() &&
        sameMarks(projection.marks, caught.clock.thresholds)));
  if (unchanged) return { clock: { ...caught.clock, lastEventAt: input.at }, events };

  // A pause split by the recalculation: the part so far is counted on the old calendar.
  const pausedSoFar =
    paused && caught.clock.pausedAt !== null
      ? workingMinutesBetween(calendars.current, caught.clock.pausedAt, input.at).minutes
      : undefined;
  events.push({
    event: 'recalc',
    at: input.at,
    elapsedMinutes: elapsed,
    oldDueAt: clock.dueAt,
    newDueAt: projection.dueAt,
    oldTargetMinutes: clock.targetMinutes,
    newTargetMinutes: input.targetMinutes,
    oldCalendar: clock.calendar,
    newCalendar: calendars.next.code,
    ...(pausedSoFar === undefined ? {} : { pausedMinutes: pausedSoFar }),
    ...actorOf(input.actor),
    ...(input.reason === undefined ? {} : { reason: input.reason }),
  });
  let breachedAt = caught.clock.breachedAt;
  const marks = projection.marks.map((mark) => {
    if (mark.reachedAt !== null || toMs(mark.minutes) > toMs(elapsed)) return mark;
    events.push(thresholdRow(mark.level, input.at, elapsed, input.actor));
    if (mark.level === 100 && breachedAt === null) {
      breachedAt = input.at;
      events.push(breachRow(input.at, elapsed, input.actor));
    }
    return { ...mark, reachedAt: input.at };
  });
  return {
    clock: {
      ...caught.clock,
      calendar: calendars.next.code,
      targetMinutes: input.targetMinutes,
      anchorAt: input.at,
      elapsedAtAnchor: elapsed,
      pausedMinutes: caught.clock.pausedMinutes + (pausedSoFar ?? 0),
      pausedAt: paused ? input.at : null,
      dueAt: projection.dueAt,
      thresholds: marks,
      breachedAt,
      calendarIncomplete: projection.calendarIncomplete,
      lastEventAt: input.at,
    },
    events,
  };
}

/**
 * Records a threshold level when its timer fires (pattern W `itsm:sla.threshold-reached:1`).
 * Decides by the level, never by comparing times: it does nothing when the clock is paused
 * or stopped, the level is unknown or already recorded. Records the breach with 100 %, and
 * any lower level crossed but not yet recorded.
 */
export function recordThreshold(
  clock: SlaClock,
  calendar: BusinessCalendar,
  input: { readonly level: number; readonly at: Date; readonly actor?: string },
): ClockTransition {
  const target = clock.thresholds.find((mark) => mark.level === input.level);
  if (clock.state !== 'running' || !target || target.reachedAt !== null) {
    return { clock, events: [] };
  }
  checkTransition(clock, calendar, input.at, ['running'], 'record a threshold');
  const caught = catchUp(clock, input.at);
  const own = caught.clock.thresholds.find((mark) => mark.level === input.level);
  if (!own || own.reachedAt !== null) {
    return { clock: { ...caught.clock, lastEventAt: input.at }, events: caught.events };
  }
  const elapsed = elapsedOn(caught.clock, calendar, input.at);
  const events: SlaEvent[] = [
    ...caught.events,
    thresholdRow(input.level, input.at, elapsed, input.actor),
  ];
  let breachedAt = caught.clock.breachedAt;
  if (input.level === 100 && breachedAt === null) {
    breachedAt = input.at;
    events.push(breachRow(input.at, elapsed, input.actor));
  }
  return {
    clock: {
      ...caught.clock,
      thresholds: caught.clock.thresholds.map((mark) =>
        mark.level === input.level ? { ...mark, reachedAt: input.at } : mark,
      ),
      breachedAt,
      lastEventAt: input.at,
    },
    events,
  };
}

/** A clock read at an instant. */
export interface ClockReading {
  readonly state: ClockState;
  readonly paused: boolean;
  readonly elapsedMinutes: number;
  /** Target minus elapsed; negative once overdue. */
  readonly remainingMinutes: number;
  readonly dueAt: Date;
  /** The breach was recorded, or the elapsed minutes have reached the target. */
  readonly breached: boolean;
  /** Levels whose minutes the elapsed time has reached, recorded or not. */
  readonly crossed: readonly number[];
  /** Levels recorded in the ledger. */
  readonly reached: readonly number[];
  /** For timers: levels not recorded yet and when they fire (running clocks only). */
  readonly pending: readonly { readonly level: number; readonly at: Date }[];
  readonly calendarIncomplete: boolean;
}

/** Reads a clock at an instant without changing it (API, UI, KPIs). */
export function readClock(clock: SlaClock, calendar: BusinessCalendar, at: Date): ClockReading {
  if (calendar.code !== clock.calendar) {
    throw new SlaClockError(
      'CALENDAR_MISMATCH',
      `clock counts on ${clock.calendar}, not ${calendar.code}`,
    );
  }
  let elapsed = clock.elapsedAtAnchor;
  let incomplete = clock.calendarIncomplete;
  if (clock.state === 'running' && at.getTime() > clock.anchorAt.getTime()) {
    const since = workingMinutesBetween(calendar, clock.anchorAt, at);
    elapsed += since.minutes;
    incomplete ||= since.calendarIncomplete;
  }
  return {
    state: clock.state,
    paused: clock.state === 'paused',
    elapsedMinutes: elapsed,
    remainingMinutes: clock.targetMinutes - elapsed,
    dueAt: clock.dueAt,
    breached: clock.breachedAt !== null || toMs(elapsed) >= toMs(clock.targetMinutes),
    crossed: clock.thresholds
      .filter((mark) => toMs(mark.minutes) <= toMs(elapsed))
      .map((mark) => mark.level),
    reached: clock.thresholds.filter((mark) => mark.reachedAt !== null).map((mark) => mark.level),
    pending:
      clock.state === 'running'
        ? clock.thresholds
            .filter((mark) => mark.reachedAt === null)
            .map((mark) => ({ level: mark.level, at: mark.dueAt }))
        : [],
    calendarIncomplete: incomplete,
  };
}

/**
 * The threshold a pattern W timer slot stands for (`THRESHOLD_SLOTS`: 50 = the first configured
 * threshold, 75 = the second, 100 = the breach), or undefined when the clock has none there.
 */
export function thresholdAtSlot(clock: SlaClock, slot: number): ThresholdMark | undefined {
  return clock.thresholds[slotOrdinal(slot)];
}

/**
 * The process variable pattern W reads (`sla<C>` without `clockId`): `dueAt` and one
 * `at<slot>` per threshold, by position: `at50` is when the first configured threshold is
 * reached (60 % for a target of 60/90/100), `at75` the second, `at100` the breach. A threshold
 * already recorded, or any of a clock that is not running, gets {@link REARMED_TIMER_SENTINEL}.
 */
export function timerVariables(
  clock: SlaClock,
  calendar: BusinessCalendar,
): Record<string, string> {
  const variables: Record<string, string> = {
    dueAt: formatInstant(calendar.timeZone, clock.dueAt),
  };
  clock.thresholds.forEach((mark, ordinal) => {
    const slot = THRESHOLD_SLOTS[ordinal];
    if (slot === undefined) return;
    variables[`at${slot}`] =
      clock.state === 'running' && mark.reachedAt === null
        ? formatInstant(calendar.timeZone, mark.dueAt)
        : REARMED_TIMER_SENTINEL;
  });
  return variables;
}

// helpers //////////

function actorOf(actor: string | undefined): { actor?: string } {
  return actor === undefined ? {} : { actor };
}

function thresholdRow(
  level: number,
  at: Date,
  elapsed: number,
  actor: string | undefined,
): SlaEvent {
  return { event: 'threshold', level, at, elapsedMinutes: elapsed, ...actorOf(actor) };
}

function breachRow(at: Date, elapsed: number, actor: string | undefined): SlaEvent {
  return { event: 'breach', level: 100, at, elapsedMinutes: elapsed, ...actorOf(actor) };
}

function assertTarget(targetMinutes: number, thresholds: readonly number[]): void {
  if (!Number.isFinite(targetMinutes) || targetMinutes <= 0) {
    throw new SlaClockError(
      'INVALID_TARGET',
      `target must be a positive number of minutes, got ${targetMinutes}`,
    );
  }
  try {
    assertThresholds(thresholds);
  } catch (err) {
    throw new SlaClockError('INVALID_TARGET', err instanceof Error ? err.message : String(err));
  }
}

function checkTransition(
  clock: SlaClock,
  calendar: BusinessCalendar,
  at: Date,
  allowed: readonly ClockState[],
  action: string,
): void {
  if (!allowed.includes(clock.state)) {
    throw new SlaClockError('INVALID_TRANSITION', `cannot ${action} a ${clock.state} clock`);
  }
  if (calendar.code !== clock.calendar) {
    throw new SlaClockError(
      'CALENDAR_MISMATCH',
      `clock counts on ${clock.calendar}, not ${calendar.code}`,
    );
  }
  if (Number.isNaN(at.getTime()) || at.getTime() < clock.lastEventAt.getTime()) {
    throw new SlaClockError(
      'OUT_OF_ORDER',
      `cannot ${action} at ${at.toISOString()}, before the last event at ${clock.lastEventAt.toISOString()}`,
    );
  }
}

/** Elapsed working minutes at `at`; only a running clock accumulates. */
function elapsedOn(clock: SlaClock, calendar: BusinessCalendar, at: Date): number {
  if (clock.state !== 'running') return clock.elapsedAtAnchor;
  return clock.elapsedAtAnchor + workingMinutesBetween(calendar, clock.anchorAt, at).minutes;
}

/**
 * Records, at the instant each was crossed, the thresholds a running clock reached at or
 * before `at` that are not recorded yet (e.g. a pause arriving before the timer's worker).
 */
function catchUp(clock: SlaClock, at: Date): ClockTransition {
  if (clock.state !== 'running') return { clock, events: [] };
  const events: SlaEvent[] = [];
  let breachedAt = clock.breachedAt;
  const thresholds = clock.thresholds.map((mark) => {
    if (mark.reachedAt !== null || mark.dueAt.getTime() > at.getTime()) return mark;
    events.push(thresholdRow(mark.level, mark.dueAt, mark.minutes, undefined));
    if (mark.level === 100 && breachedAt === null) {
      breachedAt = mark.dueAt;
      events.push(breachRow(mark.dueAt, mark.minutes, undefined));
    }
    return { ...mark, reachedAt: mark.dueAt };
  });
  return { clock: events.length === 0 ? clock : { ...clock, thresholds, breachedAt }, events };
}

interface Projection {
  readonly marks: readonly ThresholdMark[];
  readonly dueAt: Date;
  readonly calendarIncomplete: boolean;
}

/**
 * Threshold and due instants for a target counted from `anchor` with `elapsed` minutes
 * already spent. A level whose minutes are already passed keeps its earlier instant when its
 * minutes did not change, otherwise it takes the anchor (the moment the target took effect).
 * Recorded thresholds stay recorded by position (first, second, breach), so a target changed
 * from 50/75/100 to 60/90/100 does not record the first warning twice.
 */
function project(
  calendar: BusinessCalendar,
  targetMinutes: number,
  levels: readonly number[],
  anchor: Date,
  elapsed: number,
  previous: readonly ThresholdMark[],
): Projection {
  let incomplete = false;
  const byPosition = previous.length === levels.length;
  const marks = levels.map((level, i): ThresholdMark => {
    const minutes = (targetMinutes * level) / 100;
    const before = byPosition ? previous[i] : previous.find((mark) => mark.level === level);
    const reachedAt = before?.reachedAt ?? null;
    if (toMs(minutes) > toMs(elapsed)) {
      const due = addWorkingMinutes(calendar, anchor, minutes - elapsed);
      incomplete ||= due.calendarIncomplete;
      return { level, minutes, dueAt: due.at, reachedAt };
    }
    const keep = before !== undefined && toMs(before.minutes) === toMs(minutes);
    return { level, minutes, dueAt: keep ? before.dueAt : anchor, reachedAt };
  });
  const full = marks[marks.length - 1];
  if (!full || full.level !== 100)
    throw new SlaClockError('INVALID_TARGET', 'thresholds must end at 100');
  return { marks, dueAt: full.dueAt, calendarIncomplete: incomplete };
}

function sameMarks(a: readonly ThresholdMark[], b: readonly ThresholdMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        mark.level === other.level &&
        toMs(mark.minutes) === toMs(other.minutes) &&
        mark.dueAt.getTime() === other.dueAt.getTime()
      );
    })
  );
}
