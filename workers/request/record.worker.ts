import type { JSONSchemaType } from 'ajv';
import { requestPriority } from '../../lib/request/rules.ts';
import { TransientError } from '../../lib/errors.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  priorityMatrix,
  requestKind,
  SERVICE_REQUEST,
  text,
  type RequestWorkerDeps,
} from './common.ts';

export interface RecordRequestInput {
  recordType?: string | null;
  recordId?: string | null;
  requestId?: string | null;
  /** A reclassified incident (`Msg_ServiceRequestReported`): its type, number and data. */
  sourceType?: string | null;
  sourceNumber?: string | null;
  title?: string | null;
  description?: string | null;
  customerId?: string | null;
  serviceId?: string | null;
  impact?: string | number | null;
  urgency?: string | number | null;
  reporter?: unknown;
}

export type RecordRequestOutput = {
  recordType: string;
  recordId: string;
  recordNumber: string;
  requesterId: string;
  priority: string;
  /** What a reclassification passes on (§2 step 5). */
  title: string;
  description: string | null;
  customerId: string | null;
  serviceId: string | null;
  /** What the triage form shows first: the item, impact and urgency the request carries. */
  itemId: string | null;
  impact: string;
  urgency: string;
};

// A level arrives as "1"…"3" from a form or 1…3 from a message: read by levelOf, not typed here.
const level = {} as const;

const input = {
  type: 'object',
  properties: {
    recordType: { type: 'string', nullable: true },
    recordId: { type: 'string', nullable: true },
    requestId: { type: 'string', nullable: true },
    sourceType: { type: 'string', nullable: true },
    sourceNumber: { type: 'string', nullable: true },
    title: { type: 'string', nullable: true, maxLength: 500 },
    description: { type: 'string', nullable: true, maxLength: 20_000 },
    customerId: { type: 'string', nullable: true },
    serviceId: { type: 'string', nullable: true },
    impact: level,
    urgency: level,
    // The incident's reporter: a name, or `{ name, contact }` as incidents record it.
    reporter: {},
  },
  required: [],
  additionalProperties: true,
} as unknown as JSONSchemaType<RecordRequestInput>;

const output = {
  type: 'object',
  properties: {
    recordType: { type: 'string' },
    recordId: { type: 'string' },
    recordNumber: { type: 'string' },
    requesterId: { type: 'string' },
    priority: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string', nullable: true },
    customerId: { type: 'string', nullable: true },
    serviceId: { type: 'string', nullable: true },
    itemId: { type: 'string', nullable: true },
    impact: { type: 'string' },
    urgency: { type: 'string' },
  },
  required: [
    'recordType',
    'recordId',
    'recordNumber',
    'requesterId',
    'priority',
    'title',
    'description',
    'customerId',
    'serviceId',
    'itemId',
    'impact',
    'urgency',
  ],
  additionalProperties: false,
} as unknown as JSONSchemaType<RecordRequestOutput>;

/** The outputs that describe the recorded request. */
function described(
  r: RecordView,
): Pick<RecordRequestOutput, 'title' | 'description' | 'customerId' | 'serviceId' | 'itemId'> {
  return {
    title: String(r.title ?? r.number),
    description: text(r.description),
    customerId: r.customerId,
    serviceId: r.serviceId,
    itemId: text(r.itemId),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `itsm:request.record:1` (§2 step 2): a request created through the API is completed with
 * its requester and its priority from impact × urgency (the item's defaults, then low); a
 * `Msg_ServiceRequestReported` (an incident reclassified) records an `SR-…` from the
 * incident's data, linked to it. Status stays `new`. Idempotent: the message's request id (or
 * the job key) is the record's request id, and writing the same fields again changes nothing.
 */
export function createRecordRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<RecordRequestInput, RecordRequestOutput>({
    type: 'itsm:request.record:1',
    description: 'Record a service request (number, requester, priority from impact × urgency)',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      const matrix = await priorityMatrix(deps);
      if (i.recordType === SERVICE_REQUEST && i.recordId) {
        const existing = await deps.store.get(kind, i.recordId);
        // The API starts the instance inside the transaction that records the request.
        if (!existing)
          throw new TransientError(`service request ${i.recordId} is not (yet) recorded`, 1_000);
        const itemId = text(existing.itemId);
        const item = itemId ? await deps.items.facts(itemId) : undefined;
        const p = requestPriority(matrix, existing.impact, existing.urgency, item);
        const requesterId = text(existing.requesterId) ?? existing.createdBy;
        await deps.store.setFields(
          kind,
          existing.id,
          {
            requesterId,
            impact: String(p.impact),
            urgency: String(p.urgency),
            priority: p.priority,
            ...(item ? { requestType: item.type, fulfilmentGroup: item.fulfilmentGroup } : {}),
          },
          actor,
        );
        return {
          recordType: SERVICE_REQUEST,
          recordId: existing.id,
          recordNumber: existing.number,
          requesterId,
          priority: p.priority,
          impact: String(p.impact),
          urgency: String(p.urgency),
          ...described(existing),
        };
      }
      const p = requestPriority(matrix, i.impact, i.urgency);
      const sourceType = text(i.sourceType);
      const sourceNumber = text(i.sourceNumber);
      const sourceId = text(i.recordId);
      // The requester is whoever raised the source record (a user who can confirm), else the
      // reporter's name as the message gives it.
      const sourceKind = sourceType ? deps.kinds.get(sourceType) : undefined;
      const source =
        sourceKind && sourceId && UUID.test(sourceId)
          ? await deps.store.get(sourceKind, sourceId)
          : undefined;
      const reporter =
        typeof i.reporter === 'object' && i.reporter !== null
          ? (i.reporter as { name?: unknown }).name
          : i.reporter;
      const requesterId = source?.createdBy ?? text(reporter) ?? ctx.actor;
      const { record } = await deps.store.create(
        kind,
        {
          fields: {
            title: text(i.title) ?? `Request from ${sourceNumber ?? 'a message'}`,
            ...(text(i.description) ? { description: text(i.description) } : {}),
            requesterId,
            impact: String(p.impact),
            urgency: String(p.urgency),
            priority: p.priority,
          },
          customerId: i.customerId && UUID.test(i.customerId) ? i.customerId : null,
          serviceId: i.serviceId && UUID.test(i.serviceId) ? i.serviceId : null,
          requestId: i.requestId ? `msg:${i.requestId}` : `job:${ctx.jobKey}`,
        },
        actor,
        async () => ({ process_instance_key: ctx.processInstanceKey }),
      );
      if (sourceType && sourceNumber && sourceId && UUID.test(sourceId))
        await deps.store.link(
          { kind: { type: sourceType }, id: sourceId, number: sourceNumber },
          'reclassified-as',
          { kind, id: record.id, number: record.number },
          actor,
        );
      return {
        recordType: SERVICE_REQUEST,
        recordId: record.id,
        recordNumber: record.number,
        requesterId,
        priority: p.priority,
        impact: String(p.impact),
        urgency: String(p.urgency),
        ...described(record),
      };
    },
  });
}
