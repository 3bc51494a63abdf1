import type { JSONSchemaType } from 'ajv';
import { CalendarDataError } from '../../lib/calendar/business-calendar.ts';
import type { CalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import { nextWorkingTime } from '../../lib/calendar/working-time.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';

/** The calendar used when a task names none (§0.4). */
export const DEFAULT_CALENDAR_CODE = 'CN-STD';

export interface NextWorkingTimeInput {
  /** ISO 8601 date-time; absent or null = now. */
  at?: string | null;
  /** Calendar code; absent or null = `CN-STD`. */
  calendar?: string | null;
}

export type NextWorkingTimeOutput = {
  /** The first working instant at or after `at`, with the calendar's offset. */
  runAt: string;
  /** True when the computation reached a year whose national days are not loaded. */
  calendarIncomplete: boolean;
};

const input: JSONSchemaType<NextWorkingTimeInput> = {
  type: 'object',
  properties: {
    at: { type: 'string', format: 'date-time', nullable: true },
    calendar: { type: 'string', minLength: 1, maxLength: 50, nullable: true },
  },
  required: [],
  additionalProperties: true,
};

const output: JSONSchemaType<NextWorkingTimeOutput> = {
  type: 'object',
  properties: {
    runAt: { type: 'string', format: 'date-time' },
    calendarIncomplete: { type: 'boolean' },
  },
  required: ['runAt', 'calendarIncomplete'],
  additionalProperties: false,
};

/**
 * `itsm:calendar.next-working-time:1` (pattern P2, §0.1): the first working instant at or
 * after `at` on a business calendar, for a `timeDate = =runAt` timer. An unknown calendar is
 * an incident: retrying cannot help until an administrator adds it.
 */
export function createNextWorkingTimeWorker(deps: { calendars: CalendarProvider; clock: Clock }) {
  return defineWorker<NextWorkingTimeInput, NextWorkingTimeOutput>({
    type: 'itsm:calendar.next-working-time:1',
    description: 'First working instant at or after a time on a business calendar (runAt)',
    input,
    output,
    async handle({ at, calendar }) {
      const code = calendar ?? DEFAULT_CALENDAR_CODE;
      let businessCalendar;
      try {
        businessCalendar = await deps.calendars.get(code);
      } catch (err) {
        if (err instanceof CalendarDataError)
          throw new IncidentError(`Calendar ${code} cannot be used: ${err.message}`);
        throw err;
      }
      const from = at ? new Date(at) : deps.clock.now();
      const next = nextWorkingTime(businessCalendar, from);
      return {
        runAt: formatInstant(businessCalendar.timeZone, next.at),
        calendarIncomplete: next.calendarIncomplete,
      };
    },
  });
}
