/**
 * SLA clocks on Postgres (processes.md §0.5): the pure state machine of `clock.ts` applied to
 * `sla_clocks` rows, one locked transaction per transition, with the ledger (`sla_events`) and
 * the escalation actions of every threshold a transition records (`escalations` row, the
 * record's hierarchical level, a history row and notifications).
 *
 * Every business instant comes from the caller (`o.at`); the service never reads the time for
 * them. Writes are idempotent: a transition that runs twice finds the clock already moved and
 * writes nothing, and the escalation writes of a threshold are keyed by clock and level.
 */
import type { Knex } from 'knex';
import {
  createRecordsRepository,
  isRecordType,
  type RecordContext,
  type RecordTypeName,
} from '../db/repositories/records.repository.ts';
import {
  createSlaRepository,
  type ClockRef,
  type StoredClock,
} from '../db/repositories/sla.repository.ts';
import type { BusinessCalendar } from '../lib/calendar/business-calendar.ts';
import { formatInstant } from '../lib/calendar/time-zone.ts';
import type { Clock } from '../lib/clock.ts';
import {
  REARMED_TIMER_SENTINEL,
  SlaClockError,
  pauseClock,
  recalculateClock,
  recordThreshold as recordClockThreshold,
  reopenClock,
  resumeClock,
  startClock,
  stopClock,
  thresholdAtSlot,
  timerVariables as clockTimerVariables,
  type ClockTransition,
} from '../lib/sla/clock.ts';
import {
  DEFAULT_ESCALATION_POLICY,
  HIERARCHICAL_LEVELS,
  thresholdEscalation,
  thresholdEscalationRow,
  type EscalationPlan,
  type EscalationPolicy,
  type HierarchicalLevel,
} from '../lib/sla/escalation.ts';
import { isPriority, type Priority } from '../lib/sla/priority.ts';
import { DEFAULT_PAUSE_REASONS } from '../lib/sla/reasons.ts';
import { slaRecordTypes } from '../lib/sla/record-types.ts';
import { RECORD_KINDS } from '../lib/records/kinds/index.ts';
import {
  resolveClockTarget,
  type ClockType,
  type RecordType,
  type SlaTargetRow,
  type TargetDuration,
} from '../lib/sla/targets.ts';

export type { ClockRef, StoredClock } from '../db/repositories/sla.repository.ts';

/** The `sla<Clock>` process variable of pattern W (§0.5). */
export interface TimerVariables {
  clockId: string;
  /** ISO 8601 with the calendar's offset (+08:00). */
  dueAt: string;
  /**
   * When the first configured threshold, the second and the breach are reached (named by the
   * pattern W slots, whatever the percentages). A recorded threshold holds
   * {@link REARMED_TIMER_SENTINEL}.
   */
  at50: string;
  at75: string;
  at100: string;
}

/** One clock's ledger, for the UI that explains every minute. */
export interface ClockLedger {
  clockId: string;
  clockType: ClockType;
  events: Array<{
    event: string;
    level: number | null;
    at: Date;
    elapsedMinutes: number;
    actor: string | null;
    reason: string | null;
    oldDueAt: Date | null;
    newDueAt: Date | null;
    details: unknown;
  }>;
}

/** What a pattern W timer's job learns from `recordThreshold`. */
export type ThresholdOutcome = {
  /** This call recorded the threshold. */
  recorded: boolean;
  /** The threshold is recorded on a clock that is not stopped, by this call or before it. */
  reached: boolean;
};

/** SLA clocks of records: start, stop, pause, resume, reopen, recalculate, thresholds, ledger. */
export interface SlaService {
  /**
   * Starts the clocks of a record; a clock the record already has is returned unchanged. Joins
   * the caller's transaction when given (a record and its clocks are created together).
   */
  startClocks(
    input: {
      recordType: string;
      recordId: string;
      recordNumber: string;
      priority: string | null;
      customerId?: string | null;
      serviceId?: string | null;
      /** The record's own targets by clock type (its kind's `slaTargetFields`). */
      targetOverrides?: Readonly<Record<string, TargetDuration>>;
      clockTypes: ClockType[];
      at: Date;
      actor: string;
    },
    trx?: Knex.Transaction,
  ): Promise<StoredClock[]>;
  clocksOf(recordType: string, recordId: string): Promise<StoredClock[]>;
  /** Stops the clock and sets `met`; a stopped clock is returned unchanged. */
  stop(ref: ClockRef, o: { at: Date; actor: string }): Promise<StoredClock>;
  /** Stops every clock of the record that is not stopped (a cancelled record's). */
  stopAll(recordType: string, recordId: string, o: { at: Date; actor: string }): Promise<void>;
  /** Pauses for an allowed reason (§0.5 rule 2); a paused clock is returned unchanged. */
  pause(ref: ClockRef, o: { at: Date; actor: string; reason: string }): Promise<StoredClock>;
  /** Resumes; the due instants move by the working minutes paused. A running clock is returned unchanged. */
  resume(ref: ClockRef, o: { at: Date; actor: string }): Promise<StoredClock>;
  /** Runs a stopped clock again (§0.5 rule 3); an open clock is returned unchanged. */
  reopen(ref: ClockRef, o: { at: Date; actor: string }): Promise<StoredClock>;
  /**
   * Re-resolves the target from the record's current priority, customer and service (§0.5
   * rule 4); writes nothing when target and calendar are unchanged or the clock is stopped.
   */
  recalculate(
    ref: ClockRef,
    o: { at: Date; actor: string; reason: string },
    trx?: Knex.Transaction,
  ): Promise<{ clock: StoredClock; changed: boolean }>;
  /**
   * Pattern W: records the threshold of a timer slot (50 = the first configured threshold,
   * 75 = the second, 100 = the breach; `THRESHOLD_SLOTS`) with its escalation actions;
   * `recorded: false` and no writes when the clock is paused, stopped or the threshold is
   * already recorded. `reached` says whether the slot's threshold is recorded on an open clock
   * now, by this call or by another transition before it (a late timer of a lower slot or a
   * pause catching up), so the actions that follow the timer (the at-risk review) still run
   * once. A value that is no slot is refused (SlaTargetError).
   */
  recordThreshold(
    ref: ClockRef,
    slot: number,
    o: { at: Date; actor: string; idempotencyKey: string },
  ): Promise<ThresholdOutcome>;
  /**
   * Recalculates every open clock on fresh calendar data (after national days or a calendar
   * change), clearing `calendar_incomplete` where the missing year is now loaded. Returns how
   * many clocks changed.
   */
  recalculateOpenClocks(o: { at: Date; actor: string; reason: string }): Promise<number>;
  ledger(recordType: string, recordId: string): Promise<ClockLedger[]>;
  timerVariables(c: StoredClock): TimerVariables;
}

// ports //////////

/** Business calendars by code (`CalendarProvider` of lib/calendar/calendar-provider.ts). */
export interface SlaCalendars {
  get(code: string): Promise<BusinessCalendar>;
  all(): Promise<Map<string, BusinessCalendar>>;
  invalidate(): void;
}

/** An `sla_targets` row (`StoredSlaTarget` of the reference-data repository). */
export type SlaTargetCandidate = SlaTargetRow & {
  id: string;
  customerId: string | null;
  serviceId: string | null;
};

/** The target rows that may apply to a record, most specific first. */
export type SlaTargetSource = (
  key: {
    recordType: string;
    customerId?: string | null;
    serviceId?: string | null;
  },
  trx?: Knex.Transaction,
) => Promise<SlaTargetCandidate[]>;

/** Who leads an assignment group, and who heads its department. */
export type GroupDirectory = (
  code: string,
  trx?: Knex.Transaction,
) => Promise<{ lead: string | null; departmentHead: string | null } | undefined>;

/** A notification (`NotificationRequest` of domain/notifier.ts). */
export interface SlaNotification {
  template: string;
  /** `user:<u>`, `group:<g>`, `role:<r>`, `customer:<customerId>`. */
  recipients: string[];
  recordNumber?: string;
  data?: Record<string, unknown>;
  idempotencyKey: string;
  at: Date;
}

/** Sends notifications (`Notifier` of domain/notifier.ts). */
export interface SlaNotifier {
  /**
   * Sends within `trx` when given: the service notifies inside its transaction, and a second
   * pooled connection taken while holding one would deadlock the pool under load.
   */
  send(n: SlaNotification, trx?: Knex.Transaction): Promise<{ inApp: number; emails: number }>;
}

export interface SlaServiceDeps {
  db: Knex;
  calendars: SlaCalendars;
  targets: SlaTargetSource;
  groupOf: GroupDirectory;
  notifier: SlaNotifier;
  /** Stamps `sla_clocks.updated_at` (when the row was written); business instants come from `o.at`. */
  clock: Clock;
  /**
   * The §0.5 escalation table, or a reader of it per record type asked at each threshold
   * (within the service's transaction; incidents: the admin setting `incident-escalation`);
   * default {@link DEFAULT_ESCALATION_POLICY}.
   */
  policy?:
    EscalationPolicy | ((recordType: string, trx: Knex.Transaction) => Promise<EscalationPolicy>);
  /**
   * Pause reason codes, or a reader of them asked at each pause (the admin setting
   * `sla-pause-reasons`); default {@link DEFAULT_PAUSE_REASONS}.
   */
  pauseReasons?: readonly string[] | (() => Promise<readonly string[]>);
}

/** Why the service refused: missing clock, record or calendar, or an unusable value. */
export type SlaServiceProblem =
  | 'CLOCK_NOT_FOUND'
  | 'RECORD_NOT_FOUND'
  | 'UNKNOWN_RECORD_TYPE'
  | 'CALENDAR_NOT_FOUND'
  | 'INVALID_PRIORITY';

/** Thrown when a clock, its record or its calendar is missing, or an input is unusable. */
export class SlaServiceError extends Error {
  override readonly name = 'SlaServiceError';
  constructor(
    readonly problem: SlaServiceProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Record types that have SLA targets: the kinds with clocks and the undeclared types. */
const SLA_RECORD_TYPES: readonly RecordType[] = [...slaRecordTypes(RECORD_KINDS).keys()];

/** Record columns set when a clock stops for the first time, e.g. the first response. */
const STOP_COLUMNS: Readonly<Record<string, Partial<Record<ClockType, string>>>> = {
  incident: { response: 'responded_at' },
};

/** Which member of an assignment group stands for a group-scoped role. */
const GROUP_ROLE_MEMBERS: Readonly<Record<string, 'lead' | 'departmentHead'>> = {
  'resolver-lead': 'lead',
  'service-desk-lead': 'lead',
  'department-head': 'departmentHead',
};

/** The process variable of a clock type: `response` → `slaResponse`, `complaint-ack` → `slaComplaintAck`. */
export function timerVariableName(clockType: ClockType): string {
  return `sla${clockType
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

export function createSlaService(deps: SlaServiceDeps): SlaService {
  const policyOf = async (recordType: string, trx: Knex.Transaction) =>
    typeof deps.policy === 'function'
      ? deps.policy(recordType, trx)
      : (deps.policy ?? DEFAULT_ESCALATION_POLICY);
  const shippedReasons = DEFAULT_PAUSE_REASONS.map((reason) => reason.code);
  const pauseReasonsNow = async (): Promise<readonly string[]> =>
    typeof deps.pauseReasons === 'function'
      ? deps.pauseReasons()
      : (deps.pauseReasons ?? shippedReasons);
  /** Calendars seen so far, so timerVariables (synchronous) knows each clock's time zone. */
  const seenCalendars = new Map<string, BusinessCalendar>();

  async function loadCalendars(): Promise<Map<string, BusinessCalendar>> {
    const calendars = await deps.calendars.all();
    for (const [code, calendar] of calendars) seenCalendars.set(code, calendar);
    return calendars;
  }

  function inTransaction<T>(
    trx: Knex.Transaction | undefined,
    work: (trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    return trx ? work(trx) : deps.db.transaction(work);
  }

  /** Runs `work` on the clock, locked until the transaction ends. */
  async function withLockedClock<T>(
    ref: ClockRef,
    trx: Knex.Transaction | undefined,
    work: (
      trx: Knex.Transaction,
      stored: StoredClock,
      calendars: Map<string, BusinessCalendar>,
    ) => Promise<T>,
  ): Promise<T> {
    const calendars = await loadCalendars();
    return inTransaction(trx, async (t) => {
      const stored = await createSlaRepository(t).lock(t, ref);
      if (!stored) {
        throw new SlaServiceError(
          'CLOCK_NOT_FOUND',
          `${ref.recordType} ${ref.recordId} has no ${ref.clockType} clock`,
        );
      }
      return work(t, stored, calendars);
    });
  }

  async function recordOf(
    trx: Knex.Transaction,
    stored: StoredClock,
    lock: boolean,
  ): Promise<RecordContext> {
    const type = registeredType(stored.recordType);
    const records = createRecordsRepository(trx);
    const record = lock
      ? await records.lock(trx, type, stored.recordId)
      : await records.find(type, stored.recordId);
    if (!record) {
      throw new SlaServiceError(
        'RECORD_NOT_FOUND',
        `${stored.recordType} ${stored.recordId} does not exist`,
      );
    }
    return record;
  }

  /** The target row for a record's current facts, resolved to minutes on its calendar. */
  async function resolveTarget(
    key: {
      recordType: string;
      clockType: ClockType;
      priority: string | null;
      customerId: string | null;
      serviceId: string | null;
      /** The record's own targets by clock type (e.g. its catalogue item's). */
      targetOverrides?: Readonly<Record<string, TargetDuration>>;
    },
    calendars: Map<string, BusinessCalendar>,
    trx: Knex.Transaction,
  ) {
    const recordType = slaRecordType(key.recordType);
    const rows = await deps.targets(
      { recordType, customerId: key.customerId, serviceId: key.serviceId },
      trx,
    );
    const resolved = resolveClockTarget(
      rows,
      { recordType, clockType: key.clockType, priority: priorityOf(key.priority) },
      (code) => calendars.get(code),
      key.targetOverrides?.[key.clockType],
    );
    const row = rows.find((candidate) => candidate === resolved.row);
    return { ...resolved, id: row?.id ?? null };
  }

  /**
   * Writes a transition (clock row and ledger) and performs the escalation actions of every
   * threshold it records. Returns the clock as stored.
   */
  async function apply(
    trx: Knex.Transaction,
    stored: StoredClock,
    transition: ClockTransition,
    o: {
      at: Date;
      actor: string;
      idempotencyKey?: string;
      priority?: string | null;
      slaTargetId?: string | null;
    },
  ): Promise<StoredClock> {
    const sla = createSlaRepository(trx);
    const next: StoredClock = {
      ...stored,
      clock: transition.clock,
      ...(o.priority === undefined ? {} : { priority: o.priority }),
      ...(o.slaTargetId === undefined ? {} : { slaTargetId: o.slaTargetId }),
    };
    await sla.update(
      stored.id,
      { clock: next.clock, priority: o.priority, slaTargetId: o.slaTargetId },
      deps.clock.now(),
    );
    await sla.appendEvents(stored.id, transition.events, o.idempotencyKey);
    for (const event of transition.events) {
      if (event.event === 'threshold' && event.level !== undefined) {
        await escalate(trx, next, event.level, event.at, o);
      }
    }
    return next;
  }

  /**
   * The §0.5 actions of one threshold: an `escalations` row, the record's hierarchical level
   * raised (never lowered), a history row and notifications. Keyed by clock and level, so the
   * timer, a recalculation or a repeat can only do them once.
   */
  async function escalate(
    trx: Knex.Transaction,
    stored: StoredClock,
    level: number,
    reachedAt: Date,
    o: { at: Date; actor: string },
  ): Promise<void> {
    const record = await recordOf(trx, stored, true);
    const plan = thresholdEscalation(await policyOf(stored.recordType, trx), {
      recordType: slaRecordType(stored.recordType),
      clockType: stored.clockType,
      priority: priorityOf(record.priority ?? stored.priority),
      level,
      levels: stored.clock.thresholds.map((mark) => mark.level),
    });
    if (!plan) return;
    const current = hierarchicalLevelOf(record.hierarchicalLevel);
    const row = thresholdEscalationRow(current, plan, o.at, o.actor);
    // Keyed by the §0.5 row, so a target changed from 50/75/100 to 60/90/100 cannot repeat it.
    const key = `sla:${stored.id}:threshold${plan.row}`;
    const added = await createSlaRepository(trx).addEscalation({
      recordType: stored.recordType,
      recordId: stored.recordId,
      kind: row.kind,
      fromLevel: row.fromLevel,
      toLevel: row.toLevel,
      fromGroup: record.assignmentGroup,
      toGroup: null,
      reason: row.reason,
      clockType: stored.clockType,
      at: row.at,
      by: row.by,
      idempotencyKey: `${key}:escalation`,
    });
    // The row and the actions below are written in one transaction: no row, no actions yet.
    if (!added) return;

    const records = createRecordsRepository(trx);
    const type = registeredType(stored.recordType);
    if (row.toLevel !== current && record.hierarchicalLevel !== null) {
      await records.update(
        type,
        stored.recordId,
        { hierarchical_level: row.toLevel },
        o.actor,
        o.at,
        'escalate',
      );
    }
    const calendar = seenCalendars.get(stored.clock.calendar);
    const dueAt = calendar
      ? formatInstant(calendar.timeZone, stored.clock.dueAt)
      : stored.clock.dueAt.toISOString();
    const facts = {
      clockType: stored.clockType,
      level,
      dueAt,
      reachedAt: reachedAt.toISOString(),
      fromLevel: row.fromLevel,
      toLevel: row.toLevel,
      breach: plan.recordBreach,
      atRiskReview: plan.atRiskReview,
    };
    await records.appendActivity(type, stored.recordId, {
      kind: row.toLevel === current ? 'sla' : 'escalation',
      text: describeThreshold(stored.clockType, plan, current, row.toLevel),
      data: facts,
      by: o.actor,
      at: o.at,
      idempotencyKey: `${key}:history`,
    });

    const template = `${stored.recordType}.${plan.recordBreach ? 'sla-breached' : 'sla-at-risk'}`;
    // Inside the transaction: if sending fails, the threshold is not recorded and the retry
    // sends again; the notifier's idempotency keys keep what already went out from repeating.
    await deps.notifier.send(
      {
        template,
        recipients: await recipientsOf(plan, record, trx),
        recordNumber: stored.recordNumber,
        data: { recordType: stored.recordType, ...facts },
        idempotencyKey: `${key}:notify`,
        at: o.at,
      },
      trx,
    );
    if (plan.informCustomer && record.customerId) {
      await deps.notifier.send(
        {
          template,
          recipients: [`customer:${record.customerId}`],
          recordNumber: stored.recordNumber,
          data: { recordType: stored.recordType, clockType: stored.clockType, level, dueAt },
          idempotencyKey: `${key}:customer`,
          at: o.at,
        },
        trx,
      );
    }
  }

  /** The plan's recipients as notifier addresses; a group's lead or head falls back to the role. */
  async function recipientsOf(
    plan: EscalationPlan,
    record: RecordContext,
    trx: Knex.Transaction,
  ): Promise<string[]> {
    const group = record.assignmentGroup
      ? await deps.groupOf(record.assignmentGroup, trx)
      : undefined;
    const recipients = new Set<string>();
    for (const recipient of plan.notify) {
      switch (recipient.kind) {
        case 'assignee':
          if (record.assignee) recipients.add(`user:${record.assignee}`);
          break;
        case 'queue':
          if (record.assignmentGroup) recipients.add(`group:${record.assignmentGroup}`);
          break;
        case 'role':
          recipients.add(`role:${recipient.role}`);
          break;
        case 'group-role': {
          const member = GROUP_ROLE_MEMBERS[recipient.role];
          const username = member && group ? group[member] : null;
          recipients.add(username ? `user:${username}` : `role:${recipient.role}`);
          break;
        }
      }
    }
    return [...recipients];
  }

  async function recalculateLocked(
    ref: ClockRef,
    o: { at: Date; actor: string; reason: string },
    trx: Knex.Transaction | undefined,
    notBeforeLastEvent: boolean,
  ): Promise<{ clock: StoredClock; changed: boolean }> {
    return withLockedClock(ref, trx, async (t, stored, calendars) => {
      if (stored.clock.state === 'stopped') return { clock: stored, changed: false };
      const record = await recordOf(t, stored, false);
      const target = await resolveTarget(
        {
          recordType: stored.recordType,
          clockType: stored.clockType,
          priority: record.priority,
          customerId: record.customerId,
          serviceId: record.serviceId,
          targetOverrides: record.targetOverrides,
        },
        calendars,
        t,
      );
      const at = notBeforeLastEvent ? later(o.at, stored.clock.lastEventAt) : o.at;
      const transition = recalculateClock(
        stored.clock,
        {
          current: calendarOf(calendars, stored.clock.calendar),
          next: calendarOf(calendars, target.calendar),
        },
        {
          at,
          targetMinutes: target.targetMinutes,
          thresholds: target.thresholds,
          actor: o.actor,
          reason: o.reason,
        },
      );
      if (transition.events.length === 0) return { clock: stored, changed: false };
      const changed = transition.events.some((event) => event.event === 'recalc');
      const clock = await apply(t, stored, transition, {
        at,
        actor: o.actor,
        ...(changed ? { priority: record.priority, slaTargetId: target.id } : {}),
      });
      return { clock, changed };
    });
  }

  const service: SlaService = {
    async startClocks(input, trx) {
      const calendars = await loadCalendars();
      return inTransaction(trx, async (t) => {
        const sla = createSlaRepository(t);
        const clocks: StoredClock[] = [];
        for (const clockType of input.clockTypes) {
          const ref = { recordType: input.recordType, recordId: input.recordId, clockType };
          const existing = await sla.find(ref);
          if (existing) {
            clocks.push(existing);
            continue;
          }
          const target = await resolveTarget(
            {
              recordType: input.recordType,
              clockType,
              priority: input.priority,
              customerId: input.customerId ?? null,
              serviceId: input.serviceId ?? null,
              targetOverrides: input.targetOverrides,
            },
            calendars,
            t,
          );
          const started = startClock(calendarOf(calendars, target.calendar), {
            clockType,
            targetMinutes: target.targetMinutes,
            thresholds: target.thresholds,
            at: input.at,
            actor: input.actor,
          });
          const inserted = await sla.insert(
            {
              recordType: input.recordType,
              recordId: input.recordId,
              recordNumber: input.recordNumber,
              clockType,
              priority: input.priority,
              slaTargetId: target.id,
              clock: started.clock,
            },
            deps.clock.now(),
          );
          if (inserted) {
            await sla.appendEvents(inserted.id, started.events);
            clocks.push(inserted);
            continue;
          }
          // Started by a concurrent call between our read and insert: theirs stands.
          const raced = await sla.find(ref);
          if (!raced) throw new Error(`${clockType} clock of ${input.recordNumber} vanished`);
          clocks.push(raced);
        }
        return clocks;
      });
    },

    async clocksOf(recordType, recordId) {
      await loadCalendars();
      return createSlaRepository(deps.db).forRecord(recordType, recordId);
    },

    async stopAll(recordType, recordId, o) {
      for (const c of await service.clocksOf(recordType, recordId))
        if (c.clock.state !== 'stopped')
          await service.stop({ recordType, recordId, clockType: c.clockType }, o);
    },

    async stop(ref, o) {
      return withLockedClock(ref, undefined, async (t, stored, calendars) => {
        if (stored.clock.state === 'stopped') return stored;
        const transition = stopClock(stored.clock, calendarOf(calendars, stored.clock.calendar), o);
        const stopped = await apply(t, stored, transition, o);
        const column = STOP_COLUMNS[stored.recordType]?.[stored.clockType];
        if (column && stopped.clock.stoppedAt) {
          await createRecordsRepository(t).update(
            registeredType(stored.recordType),
            stored.recordId,
            { [column]: stopped.clock.stoppedAt },
            o.actor,
            o.at,
          );
        }
        return stopped;
      });
    },

    async pause(ref, o) {
      const pauseReasons = await pauseReasonsNow();
      if (!pauseReasons.includes(o.reason)) {
        throw new SlaClockError(
          'PAUSE_REASON_NOT_ALLOWED',
          `"${o.reason}" is not a reason that pauses the clock`,
        );
      }
      return withLockedClock(ref, undefined, async (t, stored, calendars) => {
        if (stored.clock.state === 'paused') return stored;
        const transition = pauseClock(
          stored.clock,
          calendarOf(calendars, stored.clock.calendar),
          o,
          pauseReasons,
        );
        return apply(t, stored, transition, o);
      });
    },

    async resume(ref, o) {
      return withLockedClock(ref, undefined, async (t, stored, calendars) => {
        if (stored.clock.state === 'running') return stored;
        const transition = resumeClock(
          stored.clock,
          calendarOf(calendars, stored.clock.calendar),
          o,
        );
        return apply(t, stored, transition, o);
      });
    },

    async reopen(ref, o) {
      return withLockedClock(ref, undefined, async (t, stored, calendars) => {
        if (stored.clock.state !== 'stopped') return stored;
        const transition = reopenClock(
          stored.clock,
          calendarOf(calendars, stored.clock.calendar),
          o,
        );
        return apply(t, stored, transition, o);
      });
    },

    recalculate(ref, o, trx) {
      return recalculateLocked(ref, o, trx, false);
    },

    async recordThreshold(ref, slot, o) {
      return withLockedClock(ref, undefined, async (t, stored, calendars) => {
        const clock = stored.clock;
        const mark = thresholdAtSlot(clock, slot);
        if (clock.state !== 'running' || !mark || mark.reachedAt !== null) {
          return {
            recorded: false,
            reached: clock.state !== 'stopped' && mark !== undefined && mark.reachedAt !== null,
          };
        }
        // The timer decides by level, not by time: an engine clock slightly behind the last
        // event must not refuse it.
        const at = later(o.at, clock.lastEventAt);
        const transition = recordClockThreshold(clock, calendarOf(calendars, clock.calendar), {
          level: mark.level,
          at,
          actor: o.actor,
        });
        if (transition.events.length === 0) return { recorded: false, reached: false };
        await apply(t, stored, transition, {
          at,
          actor: o.actor,
          idempotencyKey: o.idempotencyKey,
        });
        const recorded = transition.events.some(
          (event) => event.event === 'threshold' && event.level === mark.level,
        );
        return { recorded, reached: recorded };
      });
    },

    async recalculateOpenClocks(o) {
      deps.calendars.invalidate();
      const open = await createSlaRepository(deps.db).open();
      let changed = 0;
      const failures: unknown[] = [];
      for (const stored of open) {
        const ref = {
          recordType: stored.recordType,
          recordId: stored.recordId,
          clockType: stored.clockType,
        };
        try {
          // A clock whose ledger is already past `o.at` is recalculated at its last event.
          const outcome = await recalculateLocked(ref, o, undefined, true);
          if (outcome.changed) changed += 1;
        } catch (err) {
          failures.push(err);
        }
      }
      if (failures.length > 0) {
        throw new AggregateError(
          failures,
          `${failures.length} of ${open.length} open SLA clocks could not be recalculated (${changed} changed)`,
        );
      }
      return changed;
    },

    async ledger(recordType, recordId) {
      const sla = createSlaRepository(deps.db);
      const clocks = await sla.forRecord(recordType, recordId);
      return Promise.all(
        clocks.map(async (stored) => ({
          clockId: stored.id,
          clockType: stored.clockType,
          events: await sla.events(stored.id),
        })),
      );
    },

    timerVariables(c) {
      const calendar = seenCalendars.get(c.clock.calendar);
      if (!calendar) {
        throw new SlaServiceError(
          'CALENDAR_NOT_FOUND',
          `calendar ${c.clock.calendar} of clock ${c.id} was never loaded by this service`,
        );
      }
      const variables = clockTimerVariables(c.clock, calendar);
      return {
        clockId: c.id,
        dueAt: formatInstant(calendar.timeZone, c.clock.dueAt),
        at50: variables.at50 ?? REARMED_TIMER_SENTINEL,
        at75: variables.at75 ?? REARMED_TIMER_SENTINEL,
        at100: variables.at100 ?? REARMED_TIMER_SENTINEL,
      };
    },
  };
  return service;
}

// helpers //////////

function calendarOf(calendars: Map<string, BusinessCalendar>, code: string): BusinessCalendar {
  const calendar = calendars.get(code);
  if (!calendar) throw new SlaServiceError('CALENDAR_NOT_FOUND', `unknown calendar ${code}`);
  return calendar;
}

/** The record type as targets know it; other types have no SLA targets. */
function slaRecordType(value: string): RecordType {
  const found = SLA_RECORD_TYPES.find((type) => type === value);
  if (!found) throw new SlaServiceError('UNKNOWN_RECORD_TYPE', `no SLA targets for ${value}`);
  return found;
}

function priorityOf(value: string | null): Priority | null {
  if (value === null) return null;
  if (!isPriority(value)) {
    throw new SlaServiceError('INVALID_PRIORITY', `${value} is not a priority`);
  }
  return value;
}

/** The record type as records.repository knows it (it has a table). */
function registeredType(recordType: string): RecordTypeName {
  if (!isRecordType(recordType)) {
    throw new SlaServiceError('UNKNOWN_RECORD_TYPE', `no record table for ${recordType}`);
  }
  return recordType;
}

function hierarchicalLevelOf(value: string | null): HierarchicalLevel {
  return HIERARCHICAL_LEVELS.find((level) => level === value) ?? 'H0';
}

/** The history line of a threshold, e.g. "Resolution SLA at 75 %: escalated H1 → H2". */
function describeThreshold(
  clockType: ClockType,
  plan: EscalationPlan,
  from: HierarchicalLevel,
  to: HierarchicalLevel,
): string {
  const clock = `${clockType.charAt(0).toUpperCase()}${clockType.slice(1)} SLA`;
  const what = plan.recordBreach
    ? `${clock} breached (${plan.level} %)`
    : `${clock} at ${plan.level} %`;
  const action = to === from ? 'warning' : `escalated ${from} → ${to}`;
  return `${what}: ${action}${plan.atRiskReview ? ', at-risk review' : ''}`;
}
