import type { JSONSchemaType } from 'ajv';
import {
  closureProblems,
  CONFIRMATION_CHANNELS,
  ratingToScore,
} from '../../lib/incident/closure.ts';
import { isoLocal } from '../../lib/incident/due-dates.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { notifyCustomer, requireIncident, type IncidentWorkerPorts } from './ports.ts';

export interface CloseInput {
  recordId: string;
  serviceRestored: boolean;
  resolutionAccepted: boolean;
  confirmedBy: string;
  confirmationChannel: string;
  rating?: number;
  comment?: string;
}

export type CloseOutput = {
  closedAt: string;
};

const input: JSONSchemaType<CloseInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    serviceRestored: { type: 'boolean', default: false },
    resolutionAccepted: { type: 'boolean', default: false },
    confirmedBy: { type: 'string', minLength: 1, maxLength: 200 },
    confirmationChannel: { type: 'string', enum: [...CONFIRMATION_CHANNELS] },
    rating: { type: 'integer', nullable: true, minimum: 1, maximum: 5 },
    comment: { type: 'string', nullable: true, maxLength: 20000 },
  },
  required: ['recordId', 'confirmedBy', 'confirmationChannel'],
  additionalProperties: true,
};

const output: JSONSchemaType<CloseOutput> = {
  type: 'object',
  properties: { closedAt: { type: 'string', format: 'date-time' } },
  required: ['closedAt'],
  additionalProperties: false,
};

/**
 * `Task_Close`: checks the closure rules (resolution text and code, service restored and
 * resolution accepted by a named person), closes the incident and stores the rating as a
 * transactional satisfaction response (20–100). A rule violation is an incident: the
 * diagram only reaches this task with both confirmations true.
 */
export function createCloseWorker(deps: IncidentWorkerPorts) {
  return defineWorker<CloseInput, CloseOutput>({
    type: 'itsm:incident.close:1',
    description: 'Close a confirmed incident and store its satisfaction rating',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      await requireIncident(deps.incidents, i.recordId);
      const score = i.rating == null ? null : ratingToScore(i.rating);
      const result = await deps.incidents.transition(i.recordId, {
        key: `${ctx.jobKey}:close`,
        actor: ctx.actor,
        at,
        action: 'close',
        activity: () => ({
          kind: 'status',
          text: i.comment?.trim() || 'Closed',
          customerVisible: true,
          data: {
            status: 'closed',
            confirmedBy: i.confirmedBy,
            confirmationChannel: i.confirmationChannel,
            score,
          },
        }),
        apply: async (row, w) => {
          const problems = closureProblems({
            status: row.status,
            resolution: row.resolution,
            resolutionCode: row.resolutionCode,
            serviceRestored: i.serviceRestored,
            resolutionAccepted: i.resolutionAccepted,
            confirmedBy: i.confirmedBy,
            confirmationChannel: i.confirmationChannel,
          });
          if (problems.length > 0) {
            throw new IncidentError(`${row.number} cannot be closed: ${problems.join('; ')}`);
          }
          await w.update({
            status: 'closed',
            closed_at: at,
            service_restored_confirmed: true,
            resolution_accepted: true,
            confirmed_by: i.confirmedBy,
            confirmation_channel: i.confirmationChannel,
            rating: score,
          });
          if (score !== null) {
            await w.addSatisfaction({
              kind: 'transactional',
              customerId: row.customerId,
              score,
              comment: i.comment ?? null,
              respondedBy: i.confirmedBy,
              idempotencyKey: `${row.id}:${ctx.jobKey}:satisfaction`,
            });
          }
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const row = result.row;
      await notifyCustomer(deps.notifier, row, {
        template: 'incident.closed',
        data: { status: row.status },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      return { closedAt: isoLocal(row.closedAt ?? at) };
    },
  });
}
