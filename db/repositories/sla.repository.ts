import type { Knex } from 'knex';
import type {
  ClockState,
  SlaClock,
  SlaEvent,
  SlaEventKind,
  ThresholdMark,
} from '../../lib/sla/clock.ts';
import type { ClockType } from '../../lib/sla/targets.ts';

/** Which clock: one per record and clock type (`sla_clocks` unique key). */
export interface ClockRef {
  recordType: string;
  recordId: string;
  clockType: ClockType;
}

/** An `sla_clocks` row: the pure clock state plus what ties it to its record and target. */
export interface StoredClock {
  id: string;
  recordType: string;
  recordId: string;
  recordNumber: string;
  clockType: ClockType;
  priority: string | null;
  slaTargetId: string | null;
  clock: SlaClock;
}

/** A new clock row. */
export type NewClock = Omit<StoredClock, 'id'>;

/** One `sla_events` row as the ledger shows it. */
export interface StoredSlaEvent {
  event: SlaEventKind;
  level: number | null;
  at: Date;
  elapsedMinutes: number;
  actor: string | null;
  reason: string | null;
  oldDueAt: Date | null;
  newDueAt: Date | null;
  /** pausedMinutes, old/new target minutes and calendar, when the event has them. */
  details: unknown;
}

/** A hierarchical or functional `escalations` row (§0.5 "Escalation kinds"). */
export interface EscalationInput {
  recordType: string;
  recordId: string;
  kind: 'hierarchical' | 'functional';
  fromLevel: string | null;
  toLevel: string;
  fromGroup: string | null;
  toGroup: string | null;
  reason: string;
  clockType: ClockType | null;
  at: Date;
  by: string;
  /** A second insert with the same key writes nothing. */
  idempotencyKey: string;
}

/** An `escalations` row as read back. */
export type StoredEscalation = EscalationInput & { id: number };

/**
 * The columns that repeat the thresholds for SQL readers (reports, KPIs), by position as the
 * pattern W timers read them: the first configured threshold, the second, the breach.
 */
const LEVEL_COLUMNS = ['at50', 'at75', 'at100'] as const;

interface ClockRow {
  id: string;
  record_type: string;
  record_id: string;
  record_number: string;
  clock_type: ClockType;
  sla_target_id: string | null;
  priority: string | null;
  calendar_code: string;
  target_minutes: number;
  state: ClockState;
  started_at: Date;
  counts_from: Date;
  anchor_at: Date;
  elapsed_at_anchor: number;
  paused_minutes: number;
  paused_at: Date | null;
  pause_reason: string | null;
  due_at: Date;
  thresholds: StoredMark[];
  stopped_at: Date | null;
  met: boolean | null;
  breached_at: Date | null;
  calendar_incomplete: boolean;
  last_event_at: Date;
}

/** A threshold mark in the `thresholds` jsonb column. */
interface StoredMark {
  level: number;
  minutes: number;
  dueAt: string;
  reachedAt: string | null;
}

interface EventRow {
  id: number;
  clock_id: string;
  event: SlaEventKind;
  level: number | null;
  at: Date;
  elapsed_minutes: number;
  actor: string | null;
  reason: string | null;
  old_due_at: Date | null;
  new_due_at: Date | null;
  details: unknown;
}

function toStoredClock(row: ClockRow): StoredClock {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    recordNumber: row.record_number,
    clockType: row.clock_type,
    priority: row.priority,
    slaTargetId: row.sla_target_id,
    clock: {
      clockType: row.clock_type,
      calendar: row.calendar_code,
      targetMinutes: row.target_minutes,
      state: row.state,
      startedAt: row.started_at,
      countsFrom: row.counts_from,
      anchorAt: row.anchor_at,
      elapsedAtAnchor: row.elapsed_at_anchor,
      pausedMinutes: row.paused_minutes,
      pausedAt: row.paused_at,
      pauseReason: row.pause_reason,
      dueAt: row.due_at,
      thresholds: row.thresholds.map((mark): ThresholdMark => ({
        level: mark.level,
        minutes: mark.minutes,
        dueAt: new Date(mark.dueAt),
        reachedAt: mark.reachedAt === null ? null : new Date(mark.reachedAt),
      })),
      stoppedAt: row.stopped_at,
      met: row.met,
      breachedAt: row.breached_at,
      calendarIncomplete: row.calendar_incomplete,
      lastEventAt: row.last_event_at,
    },
  };
}

/**
 * The columns a clock state writes. `thresholds` holds the marks; `at50`/`at75`/`at100` and
 * `reached` repeat them for SQL readers and are always written together with it.
 */
function clockColumns(clock: SlaClock, updatedAt: Date) {
  const levelColumns: Record<string, Date | null> = { at50: null, at75: null, at100: null };
  clock.thresholds.forEach((mark, i) => {
    const column = LEVEL_COLUMNS[i];
    if (column) levelColumns[column] = mark.dueAt;
  });
  const marks: StoredMark[] = clock.thresholds.map((mark) => ({
    level: mark.level,
    minutes: mark.minutes,
    dueAt: mark.dueAt.toISOString(),
    reachedAt: mark.reachedAt === null ? null : mark.reachedAt.toISOString(),
  }));
  return {
    clock_type: clock.clockType,
    calendar_code: clock.calendar,
    target_minutes: clock.targetMinutes,
    state: clock.state,
    started_at: clock.startedAt,
    counts_from: clock.countsFrom,
    anchor_at: clock.anchorAt,
    elapsed_at_anchor: clock.elapsedAtAnchor,
    paused_minutes: clock.pausedMinutes,
    paused_at: clock.pausedAt,
    pause_reason: clock.pauseReason,
    due_at: clock.dueAt,
    ...levelColumns,
    thresholds: JSON.stringify(marks),
    reached: JSON.stringify(
      clock.thresholds.filter((mark) => mark.reachedAt !== null).map((mark) => mark.level),
    ),
    stopped_at: clock.stoppedAt,
    met: clock.met,
    breached_at: clock.breachedAt,
    calendar_incomplete: clock.calendarIncomplete,
    last_event_at: clock.lastEventAt,
    updated_at: updatedAt,
  };
}

/** The event facts without a column of their own, or null when there are none. */
function eventDetails(event: SlaEvent): Record<string, unknown> | null {
  const details: Record<string, unknown> = {};
  if (event.pausedMinutes !== undefined) details.pausedMinutes = event.pausedMinutes;
  if (event.oldTargetMinutes !== undefined) details.oldTargetMinutes = event.oldTargetMinutes;
  if (event.newTargetMinutes !== undefined) details.newTargetMinutes = event.newTargetMinutes;
  if (event.oldCalendar !== undefined) details.oldCalendar = event.oldCalendar;
  if (event.newCalendar !== undefined) details.newCalendar = event.newCalendar;
  return Object.keys(details).length === 0 ? null : details;
}

/**
 * `sla_clocks` ↔ {@link SlaClock}, the append-only `sla_events` ledger and `escalations`
 * (processes.md §0.5). Pass a transaction to join it; {@link lock} needs one.
 */
export function createSlaRepository(db: Knex | Knex.Transaction) {
  const whereRef = (ref: ClockRef) => ({
    record_type: ref.recordType,
    record_id: ref.recordId,
    clock_type: ref.clockType,
  });

  return {
    /** The clock of a record, or undefined. */
    async find(ref: ClockRef): Promise<StoredClock | undefined> {
      const row = await db<ClockRow>('sla_clocks').where(whereRef(ref)).first();
      return row ? toStoredClock(row) : undefined;
    },

    /** The clock, locked for update until the transaction ends (one transition at a time). */
    async lock(trx: Knex.Transaction, ref: ClockRef): Promise<StoredClock | undefined> {
      const row = await trx<ClockRow>('sla_clocks').where(whereRef(ref)).forUpdate().first();
      return row ? toStoredClock(row) : undefined;
    },

    /** Every clock of a record, in the order they were started. */
    async forRecord(recordType: string, recordId: string): Promise<StoredClock[]> {
      const rows = await db<ClockRow>('sla_clocks')
        .where({ record_type: recordType, record_id: recordId })
        .orderBy([{ column: 'started_at' }, { column: 'clock_type' }]);
      return rows.map(toStoredClock);
    },

    /** Running and paused clocks (what a calendar or target change must recalculate). */
    async open(): Promise<StoredClock[]> {
      const rows = await db<ClockRow>('sla_clocks')
        .whereIn('state', ['running', 'paused'])
        .orderBy([{ column: 'started_at' }, { column: 'id' }]);
      return rows.map(toStoredClock);
    },

    /**
     * Inserts a clock unless the record already has one of that type; returns the new row,
     * or undefined when it existed (a start that runs twice starts once).
     */
    async insert(clock: NewClock, at: Date): Promise<StoredClock | undefined> {
      const rows = await db('sla_clocks')
        .insert({
          record_type: clock.recordType,
          record_id: clock.recordId,
          record_number: clock.recordNumber,
          priority: clock.priority,
          sla_target_id: clock.slaTargetId,
          ...clockColumns(clock.clock, at),
        })
        .onConflict(['record_type', 'record_id', 'clock_type'])
        .ignore()
        .returning('*');
      const row = rows[0] as ClockRow | undefined;
      return row ? toStoredClock(row) : undefined;
    },

    /** Writes a clock's next state (and its priority and target when they changed). */
    async update(
      id: string,
      next: { clock: SlaClock; priority?: string | null; slaTargetId?: string | null },
      at: Date,
    ): Promise<void> {
      await db('sla_clocks')
        .where({ id })
        .update({
          ...clockColumns(next.clock, at),
          ...(next.priority === undefined ? {} : { priority: next.priority }),
          ...(next.slaTargetId === undefined ? {} : { sla_target_id: next.slaTargetId }),
        });
    },

    /** Appends ledger rows in order; `idempotencyKey` tags them with the job that wrote them. */
    async appendEvents(
      clockId: string,
      events: readonly SlaEvent[],
      idempotencyKey?: string,
    ): Promise<void> {
      if (events.length === 0) return;
      await db('sla_events').insert(
        events.map((event) => {
          const details = eventDetails(event);
          return {
            clock_id: clockId,
            event: event.event,
            level: event.level ?? null,
            at: event.at,
            elapsed_minutes: event.elapsedMinutes,
            actor: event.actor ?? null,
            reason: event.reason ?? null,
            old_due_at: event.oldDueAt ?? null,
            new_due_at: event.newDueAt ?? null,
            details: details === null ? null : JSON.stringify(details),
            idempotency_key: idempotencyKey ?? null,
          };
        }),
      );
    },

    /** The ledger of one clock, oldest first. */
    async events(clockId: string): Promise<StoredSlaEvent[]> {
      const rows = await db<EventRow>('sla_events').where({ clock_id: clockId }).orderBy('id');
      return rows.map((row) => ({
        event: row.event,
        level: row.level,
        at: row.at,
        elapsedMinutes: row.elapsed_minutes,
        actor: row.actor,
        reason: row.reason,
        oldDueAt: row.old_due_at,
        newDueAt: row.new_due_at,
        details: row.details,
      }));
    },

    /** Inserts an escalation unless one with the same key exists; true when inserted. */
    async addEscalation(e: EscalationInput): Promise<boolean> {
      const rows = await db('escalations')
        .insert({
          record_type: e.recordType,
          record_id: e.recordId,
          kind: e.kind,
          from_level: e.fromLevel,
          to_level: e.toLevel,
          from_group: e.fromGroup,
          to_group: e.toGroup,
          reason: e.reason,
          clock_type: e.clockType,
          at: e.at,
          by: e.by,
          idempotency_key: e.idempotencyKey,
        })
        .onConflict('idempotency_key')
        .ignore()
        .returning('id');
      return rows.length > 0;
    },

    /** A record's escalations, oldest first. */
    async escalationsOf(recordType: string, recordId: string): Promise<StoredEscalation[]> {
      const rows = await db('escalations')
        .where({ record_type: recordType, record_id: recordId })
        .orderBy('id');
      return rows.map((row) => ({
        id: row.id,
        recordType: row.record_type,
        recordId: row.record_id,
        kind: row.kind,
        fromLevel: row.from_level,
        toLevel: row.to_level,
        fromGroup: row.from_group,
        toGroup: row.to_group,
        reason: row.reason,
        clockType: row.clock_type,
        at: row.at,
        by: row.by,
        idempotencyKey: row.idempotency_key,
      }));
    },
  };
}

export type SlaRepository = ReturnType<typeof createSlaRepository>;
