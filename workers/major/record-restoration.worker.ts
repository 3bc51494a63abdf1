import type { JSONSchemaType } from 'ajv';
import { businessDaysAfter, DUE_DATE_CALENDAR, isoLocal } from '../../lib/incident/due-dates.ts';
import { parseBusinessDays } from '../../lib/incident/settings.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { settingOf, type CalendarPort, type ReferenceDataPort } from '../incident/ports.ts';
import type { MajorWorkerBase } from './declare.worker.ts';
import { requireMajor } from './notify-top-management.worker.ts';

export interface RecordRestorationInput {
  majorIncidentId: string;
}

export type RecordRestorationOutput = {
  reportDueAt: string;
  reviewDueAt: string;
};

const input: JSONSchemaType<RecordRestorationInput> = {
  type: 'object',
  properties: { majorIncidentId: { type: 'string', format: 'uuid' } },
  required: ['majorIncidentId'],
  additionalProperties: true,
};

const output: JSONSchemaType<RecordRestorationOutput> = {
  type: 'object',
  properties: {
    reportDueAt: { type: 'string', format: 'date-time' },
    reviewDueAt: { type: 'string', format: 'date-time' },
  },
  required: ['reportDueAt', 'reviewDueAt'],
  additionalProperties: false,
};

/**
 * `Task_RecordRestoration`: `restoredAt` (the incident's resolution instant, kept once
 * set), the status `restored`, and the report and review due dates, 2 and 5 business days later on `CN-STD`
 * [default] (`majorReport`, `majorReview` of the `incident-business-days` setting).
 */
export function createRecordRestorationWorker(
  deps: MajorWorkerBase & {
    calendars: CalendarPort;
    referenceData: Pick<ReferenceDataPort, 'getSetting'>;
  },
) {
  return defineWorker<RecordRestorationInput, RecordRestorationOutput>({
    type: 'itsm:major.record-restoration:1',
    description: 'Record when service was restored and when the report and review are due',
    retired: 'itsm:record.set-status:1 (major-incident since 2026-12-07)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      const restoredAt = major.restoredAt ?? major.incidentResolvedAt ?? at;
      await deps.majorIncidents.update(
        major.id,
        { restoredAt },
        ctx.actor,
        at,
        'restored',
        'restored',
      );
      const calendar = await deps.calendars.get(DUE_DATE_CALENDAR);
      const days = await settingOf(deps.referenceData, 'incident-business-days', parseBusinessDays);
      return {
        reportDueAt: isoLocal(businessDaysAfter(calendar, restoredAt, days.majorReport)),
        reviewDueAt: isoLocal(businessDaysAfter(calendar, restoredAt, days.majorReview)),
      };
    },
  });
}
