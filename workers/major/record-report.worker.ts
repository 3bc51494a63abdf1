import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { MajorWorkerBase } from './declare.worker.ts';
import { requireMajor } from './notify-top-management.worker.ts';

export interface RecordReportInput {
  majorIncidentId: string;
  timeline: string;
  /** The report form's impact fields: customers and services affected, duration in minutes. */
  customers?: string;
  services?: string;
  durationMinutes?: number;
  /** Impact as one value, when a caller sends it so instead of the three fields. */
  impact?: string | Record<string, unknown>;
  rootCause?: string;
  actionsTaken: string;
}

const text = (max: number) => ({ type: 'string', nullable: true, maxLength: max });

// ajv's JSONSchemaType cannot type a string-or-object union, hence the cast.
const input = {
  type: 'object',
  properties: {
    majorIncidentId: { type: 'string', format: 'uuid' },
    timeline: { type: 'string', minLength: 1, maxLength: 50000 },
    customers: text(20000),
    services: text(20000),
    durationMinutes: { type: 'number', nullable: true, minimum: 0 },
    impact: {
      anyOf: [
        { type: 'string', maxLength: 20000 },
        { type: 'object', required: [] },
      ],
    },
    rootCause: text(20000),
    actionsTaken: { type: 'string', minLength: 1, maxLength: 50000 },
  },
  required: ['majorIncidentId', 'timeline', 'actionsTaken'],
  additionalProperties: true,
} as unknown as JSONSchemaType<RecordReportInput>;

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `Task_RecordReport`: stores the major-incident report (§1.2 step 6) in the record's
 * `report`: `{ timeline, impact: { customers, services, durationMinutes }, rootCause,
 * actionsTaken }`, and moves it to `reported`.
 */
export function createRecordReportWorker(deps: MajorWorkerBase) {
  return defineWorker<RecordReportInput, Record<string, never>>({
    type: 'itsm:major.record-report:1',
    description: 'Store the major-incident report',
    retired: 'itsm:record.set-status:1 (major-incident since 2026-12-07)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      const fields = {
        customers: i.customers ?? null,
        services: i.services ?? null,
        durationMinutes: i.durationMinutes ?? null,
      };
      const impact = i.impact ?? fields;
      if (i.impact === undefined && Object.values(fields).every((v) => v === null)) {
        throw new IncidentError(
          `${major.incidentNumber}: the report gives no impact (customers, services, durationMinutes)`,
        );
      }
      await deps.majorIncidents.update(
        major.id,
        {
          report: {
            timeline: i.timeline,
            impact,
            rootCause: i.rootCause ?? null,
            actionsTaken: i.actionsTaken,
          },
        },
        ctx.actor,
        at,
        'report',
        'reported',
      );
      return {};
    },
  });
}
