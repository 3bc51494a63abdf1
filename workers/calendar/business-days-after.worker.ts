import type { JSONSchemaType } from 'ajv';
import { CalendarDataError } from '../../lib/calendar/business-calendar.ts';
import type { CalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import type { Clock } from '../../lib/clock.ts';
import { businessDaysAfter } from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { DEFAULT_CALENDAR_CODE } from './next-working-time.worker.ts';

export interface BusinessDaysAfterInput {
  /** ISO 8601 date-time; absent or null = now. */
  from?: string | null;
  days: number;
  /** Calendar code; absent or null = `CN-STD`. */
  calendar?: string | null;
}

export type BusinessDaysAfterOutput = { dueAt: string };

const input: JSONSchemaType<BusinessDaysAfterInput> = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date-time', nullable: true },
    days: { type: 'integer', minimum: 0, maximum: 3650 },
    calendar: { type: 'string', minLength: 1, maxLength: 50, nullable: true },
  },
  required: ['days'],
  additionalProperties: true,
};

const output: JSONSchemaType<BusinessDaysAfterOutput> = {
  type: 'object',
  properties: { dueAt: { type: 'string', format: 'date-time' } },
  required: ['dueAt'],
  additionalProperties: false,
};

/**
 * `itsm:calendar.business-days-after:1`: the instant `days` business days after `from` on a
 * business calendar (a business day = the calendar's working minutes per day), for a
 * `timeDate` timer or a task's due date. The BPMN never does calendar arithmetic (§0.1).
 */
export function createBusinessDaysAfterWorker(deps: { calendars: CalendarProvider; clock: Clock }) {
  return defineWorker<BusinessDaysAfterInput, BusinessDaysAfterOutput>({
    type: 'itsm:calendar.business-days-after:1',
    description: 'The instant N business days after a time on a business calendar (dueAt)',
    input,
    output,
    async handle({ from, days, calendar }) {
      const code = calendar ?? DEFAULT_CALENDAR_CODE;
      let businessCalendar;
      try {
        businessCalendar = await deps.calendars.get(code);
      } catch (err) {
        if (err instanceof CalendarDataError)
          throw new IncidentError(`Calendar ${code} cannot be used: ${err.message}`);
        throw err;
      }
      const start = from ? new Date(from) : deps.clock.now();
      const due = businessDaysAfter(businessCalendar, start, days);
      return { dueAt: formatInstant(businessCalendar.timeZone, due) };
    },
  });
}
