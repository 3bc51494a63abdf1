import type { JSONSchemaType } from 'ajv';
import { FINAL_STATUSES } from '../../lib/incident/closure.ts';
import { hierarchicalRecipients } from '../../lib/incident/escalation.ts';
import {
  HIERARCHICAL_LEVELS,
  nextHierarchicalLevel,
  type HierarchicalLevel,
} from '../../lib/sla/escalation.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { INCIDENT_SETTING_KEYS, parseEscalationSetting } from '../../lib/incident/settings.ts';
import {
  requireIncident,
  settingOf,
  type IncidentWorkerPorts,
  type ReferenceDataPort,
} from './ports.ts';

export interface EscalateHierarchicalInput {
  recordId: string;
  escalationReason: string;
  escalatedBy?: string;
}

export type EscalateHierarchicalOutput = {
  hierarchicalLevel: string;
};

const input: JSONSchemaType<EscalateHierarchicalInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    escalationReason: { type: 'string', minLength: 1, maxLength: 2000 },
    escalatedBy: { type: 'string', nullable: true, maxLength: 200 },
  },
  required: ['recordId', 'escalationReason'],
  additionalProperties: true,
};

const output: JSONSchemaType<EscalateHierarchicalOutput> = {
  type: 'object',
  properties: { hierarchicalLevel: { type: 'string', enum: [...HIERARCHICAL_LEVELS] } },
  required: ['hierarchicalLevel'],
  additionalProperties: false,
};

function isHierarchicalLevel(value: string): value is HierarchicalLevel {
  return (HIERARCHICAL_LEVELS as readonly string[]).includes(value);
}

/**
 * `Task_HierarchicalEscalation` (`Msg_EscalationRequested`): the next level H1 → … → H4,
 * an `escalations` row (reason `manual`), and the level's people are told: whom each level
 * informs is the setting `incident-escalation`, read per job. At H4 nothing
 * higher exists: the request is noted, the H4 people are told again and H4 returned.
 */
export function createEscalateHierarchicalWorker(
  deps: IncidentWorkerPorts & { referenceData: ReferenceDataPort },
) {
  return defineWorker<EscalateHierarchicalInput, EscalateHierarchicalOutput>({
    type: 'itsm:incident.escalate-hierarchical:1',
    description: 'Escalate an incident to the next management level (H1–H4)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      await requireIncident(deps.incidents, i.recordId);
      const table = await settingOf(
        deps.referenceData,
        INCIDENT_SETTING_KEYS.escalation,
        parseEscalationSetting,
      );
      const by = i.escalatedBy ?? ctx.actor;
      let reached: { from: HierarchicalLevel; to: HierarchicalLevel | null } | undefined;
      const result = await deps.incidents.transition(i.recordId, {
        key: `${ctx.jobKey}:hierarchical`,
        actor: ctx.actor,
        at,
        action: 'escalate-hierarchical',
        activity: (row) => {
          const from = isHierarchicalLevel(row.hierarchicalLevel) ? row.hierarchicalLevel : 'H0';
          const to = nextHierarchicalLevel(from);
          return {
            kind: 'escalation',
            text: to ? i.escalationReason : `Already at ${from}: ${i.escalationReason}`,
            data: { kind: 'hierarchical', fromLevel: from, toLevel: to ?? from, by },
          };
        },
        apply: async (row, w) => {
          if (FINAL_STATUSES.includes(row.status)) {
            throw new IncidentError(`${row.number}: the incident is ${row.status} and read-only`);
          }
          const from = isHierarchicalLevel(row.hierarchicalLevel) ? row.hierarchicalLevel : 'H0';
          const to = nextHierarchicalLevel(from);
          reached = { from, to };
          if (!to) return;
          await w.addEscalation({
            kind: 'hierarchical',
            fromLevel: from,
            toLevel: to,
            fromGroup: row.assignmentGroup,
            toGroup: row.assignmentGroup,
            reason: 'manual',
            by,
            idempotencyKey: `${ctx.jobKey}:hierarchical`,
          });
          await w.update({ hierarchical_level: to });
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);
      const row = result.row;
      const level = isHierarchicalLevel(row.hierarchicalLevel) ? row.hierarchicalLevel : 'H0';
      // A re-run finds the level its first run reached and notifies with the same key; at H4
      // a further request informs the H4 people again.
      const notifyLevel = reached ? (reached.to ?? reached.from) : level;
      if (notifyLevel !== 'H0') {
        const group = await deps.referenceData.group(row.assignmentGroup);
        const recipients = hierarchicalRecipients(
          notifyLevel,
          { code: row.assignmentGroup, lead: group?.lead, departmentHead: group?.departmentHead },
          table.levels,
        );
        await deps.notifier.send({
          template: 'incident.escalated',
          recipients,
          recordNumber: row.number,
          data: { level: notifyLevel, reason: i.escalationReason, by, priority: row.priority },
          idempotencyKey: `${ctx.jobKey}:hierarchical`,
          at,
        });
      }
      return { hierarchicalLevel: level };
    },
  });
}
