import type { JSONSchemaType } from 'ajv';
import { transitionProblem } from '../../lib/incident/closure.ts';
import {
  businessDaysAfter,
  DUE_DATE_CALENDAR,
  isoLocal,
  LOCAL_DATETIME_PATTERN,
  parseLocalDateTime,
} from '../../lib/incident/due-dates.ts';
import { parseBusinessDays } from '../../lib/incident/settings.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { CATCH_MESSAGE_TTL_MS, publishThroughOutbox } from '../../domain/outbox.ts';
import {
  notifyCustomer,
  requireIncident,
  settingOf,
  stopClocks,
  type CalendarPort,
  type IncidentWorkerPorts,
  type ReferenceDataPort,
  type SlaPort,
} from './ports.ts';

export interface ResolveInput {
  recordId: string;
  resolutionCode?: string;
  resolution: string;
  workaroundUsed: boolean;
  knownErrorId?: string;
  unplannedOutage: boolean;
  outageStart?: string;
  outageEnd?: string;
  problemSuspected: boolean;
}

export type ResolveOutput = {
  resolvedAt: string;
  confirmDueAt: string;
};

const input: JSONSchemaType<ResolveInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    resolutionCode: { type: 'string', nullable: true, maxLength: 200 },
    resolution: { type: 'string', minLength: 1, maxLength: 20000 },
    workaroundUsed: { type: 'boolean', default: false },
    knownErrorId: { type: 'string', nullable: true, maxLength: 100 },
    unplannedOutage: { type: 'boolean', default: false },
    outageStart: { type: 'string', nullable: true, pattern: LOCAL_DATETIME_PATTERN },
    outageEnd: { type: 'string', nullable: true, pattern: LOCAL_DATETIME_PATTERN },
    problemSuspected: { type: 'boolean', default: false },
  },
  required: ['recordId', 'resolution'],
  additionalProperties: true,
};

const output: JSONSchemaType<ResolveOutput> = {
  type: 'object',
  properties: {
    resolvedAt: { type: 'string', format: 'date-time' },
    confirmDueAt: { type: 'string', format: 'date-time' },
  },
  required: ['resolvedAt', 'confirmDueAt'],
  additionalProperties: false,
};

/**
 * `Task_MarkResolved`: status `resolved` with the resolution and outage facts, stops the
 * resolution clock, tells the customer, publishes `Msg_IncidentResolved` (received by a
 * running `major-incident`) and returns when the return visit is due (3 business days
 * [default], `returnVisit` of the `incident-business-days` setting).
 */
export function createResolveWorker(
  deps: IncidentWorkerPorts & {
    sla: SlaPort;
    calendars: CalendarPort;
    referenceData: Pick<ReferenceDataPort, 'getSetting'>;
  },
) {
  return defineWorker<ResolveInput, ResolveOutput>({
    type: 'itsm:incident.resolve:1',
    description: 'Mark an incident resolved, stop its resolution clock and tell the customer',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      await requireIncident(deps.incidents, i.recordId);
      const outageStart = i.outageStart ? (parseLocalDateTime(i.outageStart) ?? null) : null;
      const outageEnd = i.outageEnd ? (parseLocalDateTime(i.outageEnd) ?? null) : null;
      if (outageStart && outageEnd && outageEnd < outageStart) {
        throw new IncidentError(`outageEnd ${i.outageEnd} is before outageStart ${i.outageStart}`);
      }
      const result = await deps.incidents.transition(i.recordId, {
        key: `${ctx.jobKey}:resolve`,
        actor: ctx.actor,
        at,
        action: 'resolve',
        activity: () => ({
          kind: 'status',
          text: i.resolution,
          customerVisible: true,
          data: {
            status: 'resolved',
            resolutionCode: i.resolutionCode ?? null,
            workaroundUsed: i.workaroundUsed,
            problemSuspected: i.problemSuspected,
          },
        }),
        apply: async (row, w) => {
          const problem = transitionProblem('resolve', row.status);
          if (problem) throw new IncidentError(`${row.number}: ${problem}`);
          await w.update({
            status: 'resolved',
            resolved_at: row.status === 'resolved' && row.resolvedAt ? row.resolvedAt : at,
            resolution_code: i.resolutionCode?.trim() || row.resolutionCode,
            resolution: i.resolution,
            workaround_used: i.workaroundUsed,
            known_error_id: i.knownErrorId?.trim() || row.knownErrorId,
            unplanned_outage: i.unplannedOutage,
            outage_start: outageStart,
            outage_end: outageEnd,
          });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const row = result.row;
      const resolvedAt = row.resolvedAt ?? at;

      await stopClocks(deps.sla, row.id, ['resolution'], { at: resolvedAt, actor: ctx.actor });
      await notifyCustomer(deps.notifier, row, {
        template: 'incident.resolved',
        data: { resolution: row.resolution, resolutionCode: row.resolutionCode },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      await publishThroughOutbox(deps, {
        idempotencyKey: `${ctx.jobKey}:resolved`,
        name: 'Msg_IncidentResolved',
        correlationKey: row.number,
        variables: { resolvedAt: isoLocal(resolvedAt) },
        timeToLiveMs: CATCH_MESSAGE_TTL_MS,
        sourceType: 'incident',
        sourceNumber: row.number,
      });
      const calendar = await deps.calendars.get(DUE_DATE_CALENDAR);
      const days = await settingOf(deps.referenceData, 'incident-business-days', parseBusinessDays);
      return {
        resolvedAt: isoLocal(resolvedAt),
        confirmDueAt: isoLocal(businessDaysAfter(calendar, resolvedAt, days.returnVisit)),
      };
    },
  });
}
