import type { JSONSchemaType } from 'ajv';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { IncidentError, TransientError } from '../../lib/errors.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { INCIDENT, kindNamed, SECURITY_INCIDENT, text, type SecurityWorkerDeps } from './common.ts';

export interface RecordSecurityIncidentInput {
  recordType?: string | null;
  recordId?: string | null;
  /** `Msg_SecurityIncidentRaised` (from `incident-management`): the incident's number. */
  incidentNumber?: string | null;
  sourceType?: string | null;
  sourceNumber?: string | null;
}

export type RecordSecurityIncidentOutput = {
  recordType: string;
  recordId: string;
  recordNumber: string;
  incidentId: string;
  incidentNumber: string;
  title: string;
};

const optional = { type: 'string', nullable: true, maxLength: 200 } as const;

const input: JSONSchemaType<RecordSecurityIncidentInput> = {
  type: 'object',
  properties: {
    recordType: optional,
    recordId: optional,
    incidentNumber: optional,
    sourceType: optional,
    sourceNumber: optional,
  },
  required: [],
  additionalProperties: true,
};

const output: JSONSchemaType<RecordSecurityIncidentOutput> = {
  type: 'object',
  properties: {
    recordType: { type: 'string' },
    recordId: { type: 'string' },
    recordNumber: { type: 'string' },
    incidentId: { type: 'string' },
    incidentNumber: { type: 'string' },
    title: { type: 'string' },
  },
  required: ['recordType', 'recordId', 'recordNumber', 'incidentId', 'incidentNumber', 'title'],
  additionalProperties: false,
};

/** How long the incident a direct detection reports is waited for, per attempt. */
const INCIDENT_WAIT_MS = 1_000;

/**
 * `itsm:security.record:1` (§4 step 2). Raised from an incident (`Msg_SecurityIncidentRaised`,
 * keyed by its number): records the `SEC-…` under the incident's number as request id, so
 * one incident has one security incident, linked `raised` from the incident. Detected
 * directly (`POST /api/security-incidents`, the record exists): publishes
 * `Msg_IncidentReported` (sourceType `security-incident`) once, so the incident procedure
 * handles it too, waits for that incident (retrying) and links it `reported`. Both ways the
 * record keeps the incident's id and number. Idempotent: the request id, the outbox key per
 * record and the link's uniqueness make a second run change nothing.
 */
export function createRecordSecurityIncidentWorker(deps: SecurityWorkerDeps) {
  return defineWorker<RecordSecurityIncidentInput, RecordSecurityIncidentOutput>({
    type: 'itsm:security.record:1',
    description:
      'Record a security incident linked to its incident (reporting one when detected directly)',
    input,
    output,
    async handle(i, ctx) {
      const kind = kindNamed(deps, SECURITY_INCIDENT);
      const incidentKind = kindNamed(deps, INCIDENT);
      const actor = { by: ctx.actor, at: deps.clock.now() };
      const out = (sec: RecordView, incident: { id: string; number: string }) => ({
        recordType: SECURITY_INCIDENT,
        recordId: sec.id,
        recordNumber: sec.number,
        incidentId: incident.id,
        incidentNumber: incident.number,
        title: String(sec.title ?? sec.number),
      });

      if (i.recordType === SECURITY_INCIDENT && i.recordId) {
        // Direct detection: the API recorded it in the transaction that started this instance.
        const sec = await deps.store.get(kind, i.recordId);
        if (!sec)
          throw new TransientError(`security incident ${i.recordId} is not (yet) recorded`, 1_000);
        let incident = await deps.sources.incidentFromSource(SECURITY_INCIDENT, sec.number);
        if (!incident) {
          await publishThroughOutbox(deps, {
            idempotencyKey: `security-incident:${sec.id}:incident-reported`,
            name: 'Msg_IncidentReported',
            variables: {
              sourceType: SECURITY_INCIDENT,
              sourceNumber: sec.number,
              title: String(sec.title ?? sec.number),
              description: text(sec.description),
              channel: 'web',
              reporter: sec.createdBy,
              // The service desk's triage sets impact and urgency; the assessment raises the
              // priority by the security risk (§4 step 4).
              impact: 3,
              urgency: 3,
            },
            timeToLiveMs: 0,
            sourceType: SECURITY_INCIDENT,
            sourceNumber: sec.number,
          });
          incident = await deps.sources.incidentFromSource(SECURITY_INCIDENT, sec.number);
        }
        if (!incident)
          throw new TransientError(
            `the incident reported for ${sec.number} is not recorded yet`,
            INCIDENT_WAIT_MS,
          );
        await deps.store.link(
          { kind, id: sec.id, number: sec.number },
          'reported',
          { kind: incidentKind, ...incident },
          actor,
        );
        if (sec.incidentId !== incident.id)
          await deps.store.setFields(
            kind,
            sec.id,
            { incidentId: incident.id, incidentNumber: incident.number },
            actor,
          );
        return out(sec, incident);
      }

      // Raised from an incident: the message carries the incident's number.
      const number =
        text(i.incidentNumber) ?? (i.sourceType === INCIDENT ? text(i.sourceNumber) : null);
      if (!number)
        throw new IncidentError(
          'Msg_SecurityIncidentRaised must carry incidentNumber (or sourceType "incident" and sourceNumber)',
        );
      const incident = await deps.store.get(incidentKind, number);
      if (!incident) throw new IncidentError(`incident ${number} does not exist`);
      const { record } = await deps.store.create(
        kind,
        {
          fields: {
            title: String(incident.title ?? incident.number).slice(0, 200),
            incidentId: incident.id,
            incidentNumber: incident.number,
          },
          customerId: incident.customerId,
          serviceId: incident.serviceId,
          requestId: `incident:${incident.number}`,
        },
        actor,
        async () => ({ process_instance_key: ctx.processInstanceKey }),
      );
      await deps.store.link(
        { kind: incidentKind, id: incident.id, number: incident.number },
        'raised',
        { kind, id: record.id, number: record.number },
        actor,
      );
      return out(record, incident);
    },
  });
}
