import type { JSONSchemaType } from 'ajv';
import {
  isoLocal,
  LOCAL_DATETIME_PATTERN,
  minutesAfter,
  parseLocalDateTime,
} from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import type { Notifier } from '../incident/ports.ts';
import type { MajorWorkerBase } from './declare.worker.ts';
import { requireMajor } from './notify-top-management.worker.ts';

export interface RecordUpdateInput {
  majorIncidentId: string;
  statusSummary: string;
  customerMessage: string;
  nextUpdateAt?: string;
  updateIntervalMinutes: number;
}

export type RecordUpdateOutput = {
  nextUpdateAt: string;
};

const input: JSONSchemaType<RecordUpdateInput> = {
  type: 'object',
  properties: {
    majorIncidentId: { type: 'string', format: 'uuid' },
    statusSummary: { type: 'string', minLength: 1, maxLength: 20000 },
    customerMessage: { type: 'string', minLength: 1, maxLength: 20000 },
    nextUpdateAt: { type: 'string', nullable: true, pattern: LOCAL_DATETIME_PATTERN },
    updateIntervalMinutes: { type: 'integer', minimum: 1, maximum: 10080, default: 60 },
  },
  required: ['majorIncidentId', 'statusSummary', 'customerMessage'],
  additionalProperties: true,
};

const output: JSONSchemaType<RecordUpdateOutput> = {
  type: 'object',
  properties: { nextUpdateAt: { type: 'string', format: 'date-time' } },
  required: ['nextUpdateAt'],
  additionalProperties: false,
};

/**
 * `Task_RecordStatusUpdate`: stores the status update (once per job), sends the customer
 * message, and returns when the next update is due (as given, else one interval from now).
 */
export function createRecordUpdateWorker(deps: MajorWorkerBase & { notifier: Notifier }) {
  return defineWorker<RecordUpdateInput, RecordUpdateOutput>({
    type: 'itsm:major.record-update:1',
    description: 'Record a major-incident status update and inform the customer',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      const interval = major.updateIntervalMinutes ?? i.updateIntervalMinutes;
      const given = i.nextUpdateAt ? parseLocalDateTime(i.nextUpdateAt) : undefined;
      const next = given ?? minutesAfter(at, interval);
      const stored = await deps.majorIncidents.addUpdate({
        majorIncidentId: major.id,
        at,
        by: major.managerId ?? ctx.actor,
        statusSummary: i.statusSummary,
        customerMessage: i.customerMessage,
        nextUpdateAt: next,
        idempotencyKey: `${ctx.jobKey}:update`,
      });
      if (major.customerId) {
        await deps.notifier.send({
          template: 'major.status-update',
          recipients: [`customer:${major.customerId}`],
          recordNumber: major.incidentNumber,
          data: { text: i.customerMessage, nextUpdateAt: isoLocal(stored.nextUpdateAt ?? next) },
          idempotencyKey: `${ctx.jobKey}:customer`,
          at,
        });
      }
      return { nextUpdateAt: isoLocal(stored.nextUpdateAt ?? next) };
    },
  });
}
