/**
 * What the SLA workers share: their dependencies, the clock input every job carries, the
 * `sla<Clock>` output, and how SLA and record problems become job outcomes.
 */
import type { JSONSchemaType } from 'ajv';
import {
  isRecordType,
  type RecordContext,
  type RecordsRepository,
  type RecordTypeName,
} from '../../db/repositories/records.repository.ts';
import { CalendarDataError } from '../../lib/calendar/business-calendar.ts';
import type { Clock } from '../../lib/clock.ts';
import { SlaClockError } from '../../lib/sla/clock.ts';
import {
  SlaServiceError,
  timerVariableName,
  type ClockRef,
  type SlaCalendars,
  type SlaService,
  type StoredClock,
  type TimerVariables,
} from '../../domain/sla-service.ts';
import { SlaTargetError, type ClockType } from '../../lib/sla/targets.ts';
import { IncidentError } from '../../lib/errors.ts';

/** What the SLA workers depend on. */
export interface SlaWorkerDeps {
  sla: SlaService;
  /** "Now" of every transition (the engine's time under clock control). */
  clock: Clock;
  /** Reads the record; the pause and resume workers also set its status and history. */
  records: Pick<RecordsRepository, 'find' | 'update' | 'appendActivity'>;
  /** The pause worker counts the resume reminder on the clock's calendar. */
  calendars: Pick<SlaCalendars, 'get'>;
  /** The admin's settings (the resume reminder); the shipped defaults without. */
  settings?: { getSetting(key: string): Promise<unknown> };
}

/** Every clock type of §0.5. */
export const CLOCK_TYPES: readonly ClockType[] = [
  'response',
  'resolution',
  'fulfilment',
  'rca',
  'complaint-ack',
  'complaint-close',
];

/** The variables every SLA job reads: which record and which of its clocks. */
export interface ClockJobInput {
  recordType: string;
  recordId: string;
  clockType: ClockType;
}

/** JSON schema properties of {@link ClockJobInput}. */
export const clockJobProperties = {
  recordType: { type: 'string', minLength: 1, maxLength: 100 },
  recordId: { type: 'string', format: 'uuid' },
  clockType: { type: 'string', enum: CLOCK_TYPES },
} as const;

/** The required properties of {@link ClockJobInput}. */
export const clockJobRequired = ['recordType', 'recordId', 'clockType'] as const;

/** Output `sla<Clock>`: one property named by the clock type (`slaResolution`). */
export type TimerOutput = Record<string, TimerVariables>;

const timerVariablesSchema: JSONSchemaType<TimerVariables> = {
  type: 'object',
  properties: {
    clockId: { type: 'string' },
    dueAt: { type: 'string' },
    at50: { type: 'string' },
    at75: { type: 'string' },
    at100: { type: 'string' },
  },
  required: ['clockId', 'dueAt', 'at50', 'at75', 'at100'],
  additionalProperties: false,
};

export const timerOutputSchema: JSONSchemaType<TimerOutput> = {
  type: 'object',
  required: [],
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: timerVariablesSchema,
};

/** The `sla<Clock>` output of a clock. */
export function timerOutput(sla: SlaService, stored: StoredClock): TimerOutput {
  return { [timerVariableName(stored.clockType)]: sla.timerVariables(stored) };
}

export function clockRef(input: ClockJobInput): ClockRef {
  return { recordType: input.recordType, recordId: input.recordId, clockType: input.clockType };
}

/** The record a job names; an unknown type or id is an incident (retrying cannot help). */
export async function requireRecord(
  records: SlaWorkerDeps['records'],
  input: ClockJobInput,
): Promise<RecordContext & { recordType: RecordTypeName }> {
  if (!isRecordType(input.recordType)) {
    throw new IncidentError(`recordType "${input.recordType}" is not a known record type`);
  }
  const record = await records.find(input.recordType, input.recordId);
  if (!record) {
    throw new IncidentError(`${input.recordType} ${input.recordId} does not exist`);
  }
  return record;
}

/**
 * Runs an SLA call; refusals that a retry cannot change (a missing clock, target or calendar,
 * a transition the clock's state forbids) become incidents. Anything else stays retryable.
 */
export async function slaCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (
      err instanceof SlaServiceError ||
      err instanceof SlaClockError ||
      err instanceof SlaTargetError ||
      err instanceof CalendarDataError
    ) {
      throw new IncidentError(`${err.name}: ${err.message}`, { cause: err });
    }
    throw err;
  }
}
