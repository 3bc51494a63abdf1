import type { JSONSchemaType } from 'ajv';
import type { IncidentRow } from '../../db/repositories/incident-analysis.repository.ts';
import {
  IncidentConfigError,
  parsePriorityMatrix,
  SERVICE_DESK_GROUP,
} from '../../lib/incident/classification.ts';
import { derivePriority, isLevel, type PriorityMatrix } from '../../lib/sla/priority.ts';
import { requestIdFor } from '../../domain/outbox.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError, TransientError } from '../../lib/errors.ts';
import { notifyCustomer, type IncidentWorkerPorts, type ReferenceDataPort } from './ports.ts';

/** Channels of §1.1 Records; message starts default to `monitoring`. */
export const INCIDENT_CHANNELS = ['phone', 'visit', 'fax', 'email', 'web', 'monitoring'] as const;

export interface RecordIncidentInput {
  recordId?: string;
  requestId?: string;
  title?: string;
  description?: string;
  channel: string;
  impact?: number;
  urgency?: number;
  serviceId?: string;
  /** CI id (uuid) or number (`CI-2026-000007`). */
  ciId?: string;
  customerId?: string;
  reporter?: string;
  sourceType?: string;
  sourceNumber?: string;
}

export type RecordIncidentOutput = {
  recordType: 'incident';
  recordId: string;
  recordNumber: string;
  incidentNumber: string;
  priority: string;
  assignmentGroup: string;
  assignee: string;
  customerId: string | null;
  serviceId: string | null;
};

const optionalText = { type: 'string', nullable: true, maxLength: 20000 } as const;
const optionalUuid = { type: 'string', nullable: true, format: 'uuid' } as const;

const input: JSONSchemaType<RecordIncidentInput> = {
  type: 'object',
  properties: {
    recordId: optionalUuid,
    requestId: { type: 'string', nullable: true, minLength: 1, maxLength: 200 },
    title: { type: 'string', nullable: true, minLength: 1, maxLength: 500 },
    description: optionalText,
    channel: { type: 'string', enum: [...INCIDENT_CHANNELS], default: 'monitoring' },
    impact: { type: 'integer', nullable: true, minimum: 1, maximum: 3 },
    urgency: { type: 'integer', nullable: true, minimum: 1, maximum: 3 },
    serviceId: optionalUuid,
    ciId: { type: 'string', nullable: true, minLength: 1, maxLength: 100 },
    customerId: optionalUuid,
    reporter: { type: 'string', nullable: true, maxLength: 500 },
    sourceType: { type: 'string', nullable: true, maxLength: 100 },
    sourceNumber: { type: 'string', nullable: true, maxLength: 100 },
  },
  required: [],
  additionalProperties: true,
};

// ajv's JSONSchemaType cannot type a required nullable property, hence the cast.
const output = {
  type: 'object',
  properties: {
    recordType: { type: 'string', const: 'incident' },
    recordId: { type: 'string', format: 'uuid' },
    recordNumber: { type: 'string' },
    incidentNumber: { type: 'string' },
    priority: { type: 'string', enum: ['P1', 'P2', 'P3', 'P4'] },
    assignmentGroup: { type: 'string' },
    assignee: { type: 'string' },
    customerId: { type: 'string', nullable: true },
    serviceId: { type: 'string', nullable: true },
  },
  required: [
    'recordType',
    'recordId',
    'recordNumber',
    'incidentNumber',
    'priority',
    'assignmentGroup',
    'assignee',
    'customerId',
    'serviceId',
  ],
  additionalProperties: false,
} as unknown as JSONSchemaType<RecordIncidentOutput>;

/** The process variables `Task_Record` sets, from the row. */
export function recordOutputs(row: IncidentRow): RecordIncidentOutput {
  return {
    recordType: 'incident',
    recordId: row.id,
    recordNumber: row.number,
    incidentNumber: row.number,
    priority: row.priority,
    assignmentGroup: row.assignmentGroup,
    assignee: row.assignee ?? '',
    customerId: row.customerId,
    serviceId: row.serviceId,
  };
}

/** The priority matrix from the `priority-matrix` setting, or the §0.6 default. */
export async function priorityMatrixOf(referenceData: ReferenceDataPort): Promise<PriorityMatrix> {
  try {
    return parsePriorityMatrix(await referenceData.getSetting('priority-matrix'));
  } catch (err) {
    if (err instanceof IncidentConfigError) throw new IncidentError(err.message);
    throw err;
  }
}

/** Until the second look for the API's row (a slow commit). */
const ROW_WAIT_FIRST_MS = 2_000;
/** Until the last look: past any report's transaction that could still insert the row. */
const ROW_WAIT_LAST_MS = 90_000;

/** Cancels a process instance (the engine client). */
export interface InstanceCanceller {
  cancelInstance(key: string): Promise<void>;
}

/**
 * `Task_Record`: returns the row the API created, or creates the incident once per request
 * id (message start `Msg_IncidentReported`) with its number, priority and CI.
 */
export function createRecordIncidentWorker(
  deps: IncidentWorkerPorts & { referenceData: ReferenceDataPort; instances: InstanceCanceller },
) {
  return defineWorker<RecordIncidentInput, RecordIncidentOutput>({
    type: 'itsm:incident.record:1',
    description: 'Record an incident (or complete the one the API created) and set its priority',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      if (i.recordId) {
        // The API starts this instance inside the transaction that inserts the row, so the
        // job can arrive just before the commit: look again for up to a second, then retry
        // (after the retries, an incident).
        let row = await deps.incidents.get(i.recordId);
        for (let attempt = 0; !row && attempt < 40; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          row = await deps.incidents.get(i.recordId);
        }
        if (!row) {
          // A report whose transaction rolled back after the engine had started this instance
          // (its answer lost while the engine restarted) leaves the instance behind, and no
          // row will ever come. The report's transaction ends within about a minute (the
          // engine call's deadline and retries), so the last try, over 90 s after the first,
          // cancels the instance instead of raising an incident.
          if (ctx.retries <= 1) {
            await deps.instances.cancelInstance(ctx.processInstanceKey);
            throw new IncidentError(
              `incident ${i.recordId} does not exist: its report was rolled back; this instance was cancelled`,
            );
          }
          throw new TransientError(
            `incident ${i.recordId} does not exist (yet)`,
            ctx.retries > 2 ? ROW_WAIT_FIRST_MS : ROW_WAIT_LAST_MS,
          );
        }
        if (row.processInstanceKey === null) {
          await deps.incidents.transition(row.id, {
            key: `${ctx.jobKey}:record`,
            actor: ctx.actor,
            at,
            action: 'link-instance',
            activity: () => ({ kind: 'status', text: 'Process started', data: {} }),
            apply: async (_row, w) => {
              await w.update({ process_instance_key: ctx.processInstanceKey });
            },
          });
        }
        return recordOutputs(row);
      }
      if (!i.title || !isLevel(i.impact) || !isLevel(i.urgency)) {
        throw new IncidentError(
          'Msg_IncidentReported must carry title, impact (1–3) and urgency (1–3) when no recordId is given',
        );
      }
      const cis = await deps.incidents.configurationItems(i.ciId ? [i.ciId] : []);
      const matrix = await priorityMatrixOf(deps.referenceData);
      const { row, created } = await deps.incidents.create({
        // Without a request id the job key stands in, so a second run finds the same row.
        requestId: i.requestId ?? requestIdFor(`incident-record:${ctx.jobKey}`),
        title: i.title,
        description: i.description ?? null,
        channel: i.channel,
        reporterName: i.reporter ?? i.sourceNumber ?? i.channel,
        customerId: i.customerId ?? null,
        serviceId: i.serviceId ?? cis[0]?.serviceId ?? null,
        impact: i.impact,
        urgency: i.urgency,
        priority: derivePriority(matrix, i.impact, i.urgency),
        assignmentGroup: SERVICE_DESK_GROUP,
        ciIds: cis.map((c) => c.id),
        sourceType: i.sourceType ?? null,
        sourceNumber: i.sourceNumber ?? null,
        processInstanceKey: ctx.processInstanceKey,
        actor: ctx.actor,
        at,
        activityKey: `${ctx.jobKey}:record`,
      });
      if (created && i.ciId && cis.length === 0) {
        await deps.incidents.transition(row.id, {
          key: `${ctx.jobKey}:unknown-ci`,
          actor: ctx.actor,
          at,
          action: 'note',
          activity: () => ({ kind: 'note', text: `Unknown CI ${i.ciId} not linked`, data: {} }),
          apply: async () => undefined,
        });
      }
      await notifyCustomer(deps.notifier, row, {
        template: 'incident.recorded',
        data: { title: row.title, priority: row.priority },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      return recordOutputs(row);
    },
  });
}
