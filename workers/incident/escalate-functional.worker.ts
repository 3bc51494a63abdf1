import type { JSONSchemaType } from 'ajv';
import { functionalLevelOf } from '../../lib/incident/classification.ts';
import { transitionProblem } from '../../lib/incident/closure.ts';
import {
  FUNCTIONAL_LEVELS,
  nextFunctionalLevel,
  type FunctionalLevel,
} from '../../lib/sla/escalation.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { requireIncident, type IncidentWorkerPorts, type ReferenceDataPort } from './ports.ts';

export interface EscalateFunctionalInput {
  recordId: string;
  nextGroup: string;
  workNote?: string;
}

export type EscalateFunctionalOutput = {
  assignmentGroup: string;
  assignee: string;
  functionalLevel: string;
};

const input: JSONSchemaType<EscalateFunctionalInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    nextGroup: { type: 'string', minLength: 1, maxLength: 200 },
    workNote: { type: 'string', nullable: true, maxLength: 20000 },
  },
  required: ['recordId', 'nextGroup'],
  additionalProperties: true,
};

const output: JSONSchemaType<EscalateFunctionalOutput> = {
  type: 'object',
  properties: {
    assignmentGroup: { type: 'string', minLength: 1 },
    assignee: { type: 'string', const: '' },
    functionalLevel: { type: 'string', enum: ['L1', 'L2', 'L3'] },
  },
  required: ['assignmentGroup', 'assignee', 'functionalLevel'],
  additionalProperties: false,
};

function isFunctionalLevel(s: string): s is FunctionalLevel {
  return (FUNCTIONAL_LEVELS as readonly string[]).includes(s);
}

/**
 * `Task_FunctionalEscalation`: transfers the incident to `nextGroup` (L1 → L2 → L3), writes
 * the `escalations` row, clears the assignee and tells the new group.
 */
export function createEscalateFunctionalWorker(
  deps: IncidentWorkerPorts & { referenceData: ReferenceDataPort },
) {
  return defineWorker<EscalateFunctionalInput, EscalateFunctionalOutput>({
    type: 'itsm:incident.escalate-functional:1',
    description: 'Transfer an incident to a more specialised group (functional escalation)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const current = await requireIncident(deps.incidents, i.recordId);
      const group = await deps.referenceData.group(i.nextGroup);
      const fromLevel = isFunctionalLevel(current.functionalLevel) ? current.functionalLevel : 'L1';
      const toLevel =
        functionalLevelOf(i.nextGroup, group?.functionalLevel) ??
        nextFunctionalLevel(fromLevel) ??
        'L3';
      const result = await deps.incidents.transition(current.id, {
        key: `${ctx.jobKey}:functional`,
        actor: ctx.actor,
        at,
        action: 'escalate-functional',
        activity: (row) => ({
          kind: 'assignment',
          text: i.workNote?.trim() || `Transferred from ${row.assignmentGroup} to ${i.nextGroup}`,
          data: {
            fromGroup: row.assignmentGroup,
            toGroup: i.nextGroup,
            fromLevel: row.functionalLevel,
            toLevel,
          },
        }),
        apply: async (row, w) => {
          const problem = transitionProblem('escalate', row.status);
          if (problem) throw new IncidentError(`${row.number}: ${problem}`);
          await w.addEscalation({
            kind: 'functional',
            fromLevel: row.functionalLevel,
            toLevel,
            fromGroup: row.assignmentGroup,
            toGroup: i.nextGroup,
            reason: 'manual',
            by: ctx.actor,
            idempotencyKey: `${ctx.jobKey}:functional`,
          });
          await w.update({
            assignment_group: i.nextGroup,
            functional_level: toLevel,
            assignee: null,
            ...(row.status === 'new' ? { status: 'in_progress' } : {}),
          });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      await deps.notifier.send({
        template: 'incident.assigned',
        recipients: [`group:${i.nextGroup}`],
        recordNumber: current.number,
        data: { fromGroup: current.assignmentGroup, fromLevel, toLevel, workNote: i.workNote },
        idempotencyKey: `${ctx.jobKey}:group`,
        at,
      });
      return { assignmentGroup: i.nextGroup, assignee: '', functionalLevel: toLevel };
    },
  });
}
