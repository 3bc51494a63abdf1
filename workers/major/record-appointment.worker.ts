import type { JSONSchemaType } from 'ajv';
import { isoLocal, minutesAfter } from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import type { Notifier } from '../incident/ports.ts';
import type { MajorWorkerBase } from './declare.worker.ts';
import { requireMajor } from './notify-top-management.worker.ts';

export interface RecordAppointmentInput {
  majorIncidentId: string;
  majorIncidentManager: string;
  updateIntervalMinutes: number;
  continuitySuggested: boolean;
}

export type RecordAppointmentOutput = {
  nextUpdateAt: string;
};

const input: JSONSchemaType<RecordAppointmentInput> = {
  type: 'object',
  properties: {
    majorIncidentId: { type: 'string', format: 'uuid' },
    majorIncidentManager: { type: 'string', minLength: 1, maxLength: 200 },
    updateIntervalMinutes: { type: 'integer', minimum: 1, maximum: 10080, default: 60 },
    continuitySuggested: { type: 'boolean', default: false },
  },
  required: ['majorIncidentId', 'majorIncidentManager'],
  additionalProperties: true,
};

const output: JSONSchemaType<RecordAppointmentOutput> = {
  type: 'object',
  properties: { nextUpdateAt: { type: 'string', format: 'date-time' } },
  required: ['nextUpdateAt'],
  additionalProperties: false,
};

/**
 * `Task_RecordAppointment`: the named manager (the record's assignee), the update interval and
 * whether continuity was suggested, and the status `managed`; tells the manager; the first
 * status update is due one interval from now.
 */
export function createRecordAppointmentWorker(deps: MajorWorkerBase & { notifier: Notifier }) {
  return defineWorker<RecordAppointmentInput, RecordAppointmentOutput>({
    type: 'itsm:major.record-appointment:1',
    description: 'Record the major-incident manager and the status update interval',
    retired: 'itsm:record.set-status:1 (major-incident since 2026-12-07)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      await deps.majorIncidents.update(
        major.id,
        {
          managerId: i.majorIncidentManager,
          updateIntervalMinutes: i.updateIntervalMinutes,
          continuityInvoked: i.continuitySuggested,
        },
        ctx.actor,
        at,
        'appoint-manager',
        'managed',
      );
      await deps.notifier.send({
        template: 'major.appointed',
        recipients: [`user:${i.majorIncidentManager}`],
        recordNumber: major.incidentNumber,
        data: { updateIntervalMinutes: i.updateIntervalMinutes, continuity: i.continuitySuggested },
        idempotencyKey: `${ctx.jobKey}:manager`,
        at,
      });
      return { nextUpdateAt: isoLocal(minutesAfter(at, i.updateIntervalMinutes)) };
    },
  });
}
