import type { JSONSchemaType } from 'ajv';
import { transitionProblem } from '../../lib/incident/closure.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import {
  notifyCustomer,
  requireIncident,
  timerVariablesOf,
  type IncidentWorkerPorts,
  type SlaPort,
} from './ports.ts';

export interface ReopenInput {
  recordId: string;
  comment?: string;
  /** The confirmation that rejected the resolution, recorded with the reopening. */
  serviceRestored: boolean;
  resolutionAccepted: boolean;
  confirmedBy?: string;
}

export type ReopenOutput = {
  slaResolution: Record<string, unknown>;
  assignee: string;
};

const input: JSONSchemaType<ReopenInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    comment: { type: 'string', nullable: true, maxLength: 20000 },
    serviceRestored: { type: 'boolean', default: false },
    resolutionAccepted: { type: 'boolean', default: false },
    confirmedBy: { type: 'string', nullable: true, maxLength: 200 },
  },
  required: ['recordId'],
  additionalProperties: true,
};

// ajv's JSONSchemaType cannot type required keys of an open record, hence the cast.
const output = {
  type: 'object',
  properties: {
    slaResolution: {
      type: 'object',
      properties: {
        clockId: { type: 'string' },
        dueAt: { type: 'string' },
        at50: { type: 'string' },
        at75: { type: 'string' },
        at100: { type: 'string' },
      },
      required: ['dueAt', 'at50', 'at75', 'at100'],
      additionalProperties: true,
    },
    assignee: { type: 'string' },
  },
  required: ['slaResolution', 'assignee'],
  additionalProperties: false,
} as unknown as JSONSchemaType<ReopenOutput>;

/**
 * `Task_Reopen`: the customer did not confirm the resolution — back to `in_progress`,
 * `reopen_count + 1`, the resolution clock resumes (§0.5 rule 3) and its timers are returned.
 */
export function createReopenWorker(deps: IncidentWorkerPorts & { sla: SlaPort }) {
  return defineWorker<ReopenInput, ReopenOutput>({
    type: 'itsm:incident.reopen:1',
    description: 'Reopen an incident whose resolution was not confirmed',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      await requireIncident(deps.incidents, i.recordId);
      const result = await deps.incidents.transition(i.recordId, {
        key: `${ctx.jobKey}:reopen`,
        actor: ctx.actor,
        at,
        action: 'reopen',
        activity: (row) => ({
          kind: 'status',
          text: i.comment?.trim() || 'Resolution not confirmed: reopened',
          customerVisible: true,
          data: {
            status: 'in_progress',
            reopenCount: row.reopenCount + 1,
            serviceRestored: i.serviceRestored,
            resolutionAccepted: i.resolutionAccepted,
            confirmedBy: i.confirmedBy ?? null,
          },
        }),
        apply: async (row, w) => {
          const problem = transitionProblem('reopen', row.status);
          if (problem) throw new IncidentError(`${row.number}: ${problem}`);
          await w.update({
            status: 'in_progress',
            reopen_count: row.reopenCount + 1,
            resolved_at: null,
            service_restored_confirmed: i.serviceRestored,
            resolution_accepted: i.resolutionAccepted,
          });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const row = result.row;

      const ref = { recordType: 'incident', recordId: row.id, clockType: 'resolution' };
      const clocks = await deps.sla.clocksOf('incident', row.id);
      if (clocks.some((c) => c.clockType === 'resolution' && c.clock.state === 'stopped')) {
        await deps.sla.reopen(ref, { at, actor: ctx.actor });
      }
      const slaResolution = await timerVariablesOf(deps.sla, row.id, 'resolution');
      if (!slaResolution) throw new IncidentError(`${row.number} has no resolution clock`);

      const recipients = [row.assignee ? `user:${row.assignee}` : `group:${row.assignmentGroup}`];
      await deps.notifier.send({
        template: 'incident.reopened',
        recipients,
        recordNumber: row.number,
        data: { comment: i.comment, reopenCount: row.reopenCount },
        idempotencyKey: `${ctx.jobKey}:resolver`,
        at,
      });
      await notifyCustomer(deps.notifier, row, {
        template: 'incident.reopened',
        data: { comment: i.comment, status: row.status },
        idempotencyKey: `${ctx.jobKey}:customer`,
        at,
      });
      return { slaResolution, assignee: row.assignee ?? '' };
    },
  });
}
