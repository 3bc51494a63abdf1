/**
 * SLA targets as configuration (processes.md §0.6; complaints §14.3): for each record type,
 * clock type and priority, a duration, the calendar it is counted on and the escalation
 * thresholds. The shipped rows are the [default]s; an SLA overrides them per customer and
 * service by putting its own rows in front.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import type { Priority } from './priority.ts';

/**
 * A record type that carries SLA clocks (§0.5): a record kind's type, or one not yet declared
 * as a kind (see record-types.ts, which says which types have which clocks).
 */
export type RecordType = string;

/** Clock types (§0.5 "Clock types"). */
export const CLOCK_TYPES = [
  'response',
  'resolution',
  'fulfilment',
  'rca',
  'complaint-ack',
  'complaint-close',
] as const;
export type ClockType = (typeof CLOCK_TYPES)[number];

/**
 * Unit of a target as the spec writes it. Minutes and hours are working minutes on the
 * target's calendar (clock minutes on `CN-24x7`); "N business hours" = N × 60 working minutes;
 * "N business days" = N × the calendar's business-day minutes (§0.4).
 */
export type DurationUnit = 'minutes' | 'hours' | 'business_hours' | 'business_days';

/** A target duration, e.g. `{ amount: 3, unit: 'business_days' }`. */
export interface TargetDuration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const UNITS: readonly string[] = ['minutes', 'hours', 'business_hours', 'business_days'];

/** A stored value that is a usable target duration (a positive amount of a known unit). */
export function isTargetDuration(value: unknown): value is TargetDuration {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, unit } = value as { amount?: unknown; unit?: unknown };
  return (
    typeof amount === 'number' && amount > 0 && typeof unit === 'string' && UNITS.includes(unit)
  );
}

/** Escalation thresholds in percent of the target (§0.5 rule 6) [default]. */
export const DEFAULT_THRESHOLDS: readonly number[] = [50, 75, 100];

/**
 * The three timers of pattern W (§0.5), named as the diagrams name them: `Boundary_<C>50` fires
 * at `sla<C>.at50` and passes `level = 50`, and so on. They are ordinal, not percentages: 50 is
 * the first threshold a target configures, 75 the second and 100 the breach, so a target with
 * thresholds 60/90/100 fires `at50` at 60 % and `at75` at 90 %, and the §0.5 escalation table
 * (keyed by these slots) applies whatever percentages are configured.
 */
export const THRESHOLD_SLOTS = [50, 75, 100] as const;

/** A pattern W timer slot (see {@link THRESHOLD_SLOTS}). */
export type ThresholdSlot = (typeof THRESHOLD_SLOTS)[number];

/** Whether a value names a pattern W timer slot. */
export function isThresholdSlot(value: number): value is ThresholdSlot {
  return (THRESHOLD_SLOTS as readonly number[]).includes(value);
}

/** One SLA target row. */
export interface SlaTargetRow {
  readonly recordType: RecordType;
  readonly clockType: ClockType;
  /** Null when the target does not depend on priority (complaints). */
  readonly priority: Priority | null;
  readonly duration: TargetDuration;
  /** Code of the calendar the clock counts on. */
  readonly calendar: string;
  /** Thresholds in percent, ascending, ending at 100 (the breach). */
  readonly thresholds: readonly number[];
}

/** One row of the §0.6 "Default targets" table. */
export interface PriorityTargetColumns {
  readonly calendar: string;
  readonly incidentResponse: TargetDuration;
  readonly incidentResolution: TargetDuration;
  /** §0.6: service-request response targets equal the incident response targets. */
  readonly serviceRequestResponse: TargetDuration;
  readonly serviceRequestFulfilment: TargetDuration;
  readonly problemRca: TargetDuration;
}

const minutes = (amount: number): TargetDuration => ({ amount, unit: 'minutes' });
const hours = (amount: number): TargetDuration => ({ amount, unit: 'hours' });
const businessHours = (amount: number): TargetDuration => ({ amount, unit: 'business_hours' });
const businessDays = (amount: number): TargetDuration => ({ amount, unit: 'business_days' });

/** The §0.6 default targets table, column for column [default]. */
export const DEFAULT_PRIORITY_TARGETS: Readonly<Record<Priority, PriorityTargetColumns>> = {
  P1: {
    calendar: 'CN-24x7',
    incidentResponse: minutes(15),
    incidentResolution: hours(4),
    serviceRequestResponse: minutes(15),
    serviceRequestFulfilment: businessHours(8),
    problemRca: businessDays(5),
  },
  P2: {
    calendar: 'CN-STD',
    incidentResponse: minutes(30),
    incidentResolution: businessHours(8),
    serviceRequestResponse: minutes(30),
    serviceRequestFulfilment: businessDays(2),
    problemRca: businessDays(10),
  },
  P3: {
    calendar: 'CN-STD',
    incidentResponse: businessHours(2),
    incidentResolution: businessDays(3),
    serviceRequestResponse: businessHours(2),
    serviceRequestFulfilment: businessDays(3),
    problemRca: businessDays(20),
  },
  P4: {
    calendar: 'CN-STD',
    incidentResponse: businessDays(1),
    incidentResolution: businessDays(5),
    serviceRequestResponse: businessDays(1),
    serviceRequestFulfilment: businessDays(5),
    problemRca: businessDays(40),
  },
};

/** Complaint clocks (§14.3): acknowledge in 1 business day, close in 10 [default]. */
export const DEFAULT_COMPLAINT_TARGETS = {
  calendar: 'CN-STD',
  acknowledge: businessDays(1),
  close: businessDays(10),
} as const;

/** Turns the §0.6 table into target rows, one per record type, clock type and priority. */
export function priorityTargetRows(
  table: Readonly<Record<Priority, PriorityTargetColumns>>,
  thresholds: readonly number[],
): SlaTargetRow[] {
  return (Object.keys(table) as Priority[]).flatMap((priority) => {
    const row = table[priority];
    const target = (recordType: RecordType, clockType: ClockType, duration: TargetDuration) => ({
      recordType,
      clockType,
      priority,
      duration,
      calendar: row.calendar,
      thresholds,
    });
    return [
      target('incident', 'response', row.incidentResponse),
      target('incident', 'resolution', row.incidentResolution),
      target('service-request', 'response', row.serviceRequestResponse),
      target('service-request', 'fulfilment', row.serviceRequestFulfilment),
      target('problem', 'rca', row.problemRca),
    ];
  });
}

/** Every shipped target row: §0.6 per priority plus the complaint clocks. */
export const DEFAULT_SLA_TARGETS: readonly SlaTargetRow[] = [
  ...priorityTargetRows(DEFAULT_PRIORITY_TARGETS, DEFAULT_THRESHOLDS),
  {
    recordType: 'complaint',
    clockType: 'complaint-ack',
    priority: null,
    duration: DEFAULT_COMPLAINT_TARGETS.acknowledge,
    calendar: DEFAULT_COMPLAINT_TARGETS.calendar,
    thresholds: DEFAULT_THRESHOLDS,
  },
  {
    recordType: 'complaint',
    clockType: 'complaint-close',
    priority: null,
    duration: DEFAULT_COMPLAINT_TARGETS.close,
    calendar: DEFAULT_COMPLAINT_TARGETS.calendar,
    thresholds: DEFAULT_THRESHOLDS,
  },
];

/** Thrown when no target row applies or a row is unusable. */
export class SlaTargetError extends Error {
  override readonly name = 'SlaTargetError';
}

/** What a clock needs to start: minutes, calendar and thresholds. */
export interface ResolvedTarget {
  readonly row: SlaTargetRow;
  /** Working minutes on the row's calendar. */
  readonly targetMinutes: number;
  readonly calendar: string;
  readonly thresholds: readonly number[];
}

/** Working minutes of a duration on a calendar (§0.4 definitions of business hours and days). */
export function durationMinutes(duration: TargetDuration, calendar: BusinessCalendar): number {
  switch (duration.unit) {
    case 'minutes':
      return duration.amount;
    case 'hours':
    case 'business_hours':
      return duration.amount * 60;
    case 'business_days':
      return duration.amount * calendar.businessDayMinutes;
  }
}

/** The key that selects a target row. */
export interface TargetKey {
  readonly recordType: RecordType;
  readonly clockType: ClockType;
  readonly priority: Priority | null;
}

/**
 * The first row matching the record type, clock type and priority (a row with priority null
 * matches any), converted to working minutes on its calendar. Put SLA-specific rows before
 * the defaults to override them.
 */
export function resolveClockTarget(
  rows: readonly SlaTargetRow[],
  key: TargetKey,
  calendarOf: (code: string) => BusinessCalendar | undefined,
  /** The record's own target for this clock (e.g. its catalogue item's), on the row's calendar. */
  override?: TargetDuration | null,
): ResolvedTarget {
  const row = rows.find(
    (candidate) =>
      candidate.recordType === key.recordType &&
      candidate.clockType === key.clockType &&
      (candidate.priority === null || candidate.priority === key.priority),
  );
  if (!row) {
    throw new SlaTargetError(
      `no SLA target for ${key.recordType} ${key.clockType} ${key.priority ?? '(any priority)'}`,
    );
  }
  const calendar = calendarOf(row.calendar);
  if (!calendar) throw new SlaTargetError(`SLA target names unknown calendar ${row.calendar}`);
  assertThresholds(row.thresholds);
  const targetMinutes = durationMinutes(override ?? row.duration, calendar);
  if (!Number.isFinite(targetMinutes) || targetMinutes <= 0) {
    throw new SlaTargetError(`SLA target for ${key.recordType} ${key.clockType} must be positive`);
  }
  return { row, targetMinutes, calendar: row.calendar, thresholds: row.thresholds };
}

/**
 * Throws unless thresholds are one percentage per pattern W timer (a first and a second warning
 * and the breach), ascending within (0, 100] and ending at 100. The diagrams have exactly one
 * timer per slot, so any other count could only be honoured in part: it is refused instead.
 */
export function assertThresholds(thresholds: readonly number[]): void {
  const ascending = thresholds.every(
    (level, i) =>
      Number.isFinite(level) &&
      level > 0 &&
      level <= 100 &&
      (i === 0 || level > (thresholds[i - 1] ?? 0)),
  );
  if (
    !ascending ||
    thresholds.length !== THRESHOLD_SLOTS.length ||
    thresholds[thresholds.length - 1] !== 100
  ) {
    throw new SlaTargetError(
      `thresholds must be ${THRESHOLD_SLOTS.length} ascending percentages, a first and a second warning within (0, 100) and the breach at 100 (one per timer of the diagrams), got [${thresholds.join(', ')}]`,
    );
  }
}

/**
 * The position (0 = first warning, 1 = second, 2 = breach) of a pattern W slot. Throws for a
 * value that is no slot, so a diagram and the configuration cannot disagree silently.
 */
export function slotOrdinal(slot: number): number {
  const ordinal = (THRESHOLD_SLOTS as readonly number[]).indexOf(slot);
  if (ordinal < 0) {
    throw new SlaTargetError(
      `${slot} is not a pattern W threshold slot (${THRESHOLD_SLOTS.join(', ')})`,
    );
  }
  return ordinal;
}
