import type { JSONSchemaType } from 'ajv';
import { CATCH_MESSAGE_TTL_MS, publishThroughOutbox } from '../../domain/outbox.ts';
import { IncidentError } from '../../lib/errors.ts';
import { FINAL_STATUSES } from '../../lib/incident/closure.ts';
import {
  ESCALATION_LEVEL,
  escalates,
  isRiskLevel,
  parseRiskPriority,
  priorityForRisk,
  raisedPriority,
  SECURITY_RISK_PRIORITY_KEY,
} from '../../lib/security/rules.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  INCIDENT,
  linkedIncident,
  SECURITY_INCIDENT,
  securityIncidentOf,
  text,
  type SecurityWorkerDeps,
} from './common.ts';

export interface SetPriorityInput {
  recordId: string;
  riskLevel: string;
}

export type SetPriorityOutput = {
  priority: string;
  /** The linked incident's priority after this step (null: no open incident is linked). */
  incidentPriority: string | null;
  incidentPriorityRaised: boolean;
  /** The linked incident's group, co-worker of the containment (§4 step 6). */
  incidentGroup: string | null;
};

const input: JSONSchemaType<SetPriorityInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    riskLevel: { type: 'string', minLength: 1, maxLength: 50 },
  },
  required: ['recordId', 'riskLevel'],
  additionalProperties: true,
};

const output = {
  type: 'object',
  properties: {
    priority: { type: 'string' },
    incidentPriority: { type: 'string', nullable: true },
    incidentPriorityRaised: { type: 'boolean' },
    incidentGroup: { type: 'string', nullable: true },
  },
  required: ['priority', 'incidentPriority', 'incidentPriorityRaised', 'incidentGroup'],
  additionalProperties: false,
} as unknown as JSONSchemaType<SetPriorityOutput>;

/**
 * `itsm:security.set-priority:1` (§4 step 4): the security incident's priority from its risk
 * (setting `security-risk-priority`, critical P1 … low P4 [default]); the linked incident's
 * priority is raised to it when lower, never lowered: its open clocks are recalculated and
 * `Msg_SlaTargetsChanged` tells its process to re-arm the timers. A high or critical risk is
 * escalated to top management (H4): the `escalations` row is written here, where the risk is
 * decided; `Task_Escalate` notifies. Idempotent by job key: a second run finds the incident
 * raised and publishes only what the first run recorded but did not send.
 */
export function createSetSecurityPriorityWorker(deps: SecurityWorkerDeps) {
  return defineWorker<SetPriorityInput, SetPriorityOutput>({
    type: 'itsm:security.set-priority:1',
    description:
      "Set a security incident's priority from its risk and raise the linked incident's (never lower it)",
    input,
    output,
    async handle(i, ctx) {
      if (!isRiskLevel(i.riskLevel))
        throw new IncidentError(`riskLevel "${i.riskLevel}" is not low, medium, high or critical`);
      const sec = await securityIncidentOf(deps, i.recordId);
      let map;
      try {
        map = parseRiskPriority(await deps.settings.getSetting(SECURITY_RISK_PRIORITY_KEY));
      } catch (err) {
        throw new IncidentError(
          `${SECURITY_RISK_PRIORITY_KEY} cannot be used: ${(err as Error).message}`,
        );
      }
      const priority = priorityForRisk(map, i.riskLevel);
      const at = deps.clock.now();
      const secKind = deps.kinds.get(SECURITY_INCIDENT)!;
      await deps.store.setFields(
        secKind,
        sec.id,
        { priority, riskLevel: i.riskLevel },
        {
          by: ctx.actor,
          at,
        },
      );

      const incident = await linkedIncident(deps, sec);
      let incidentPriority: string | null = null;
      let raised = false;
      const targetsKey = `${ctx.jobKey}:targets-changed`;
      if (incident && !FINAL_STATUSES.includes(incident.status)) {
        const before = text(incident.priority);
        const after = raisedPriority(before, priority);
        incidentPriority = after.priority;
        raised = after.raised;
        const reason = `security risk ${i.riskLevel} (${sec.number}): priority ${before ?? '—'} → ${after.priority}`;
        if (raised) {
          await deps.incidents.update(
            INCIDENT,
            incident.id,
            { priority: after.priority },
            ctx.actor,
            at,
            'priority',
          );
          await deps.incidents.appendActivity(INCIDENT, incident.id, {
            kind: 'priority',
            text: reason,
            data: { from: before, to: after.priority, securityIncident: sec.number },
            by: ctx.actor,
            at,
            idempotencyKey: `${ctx.jobKey}:priority`,
          });
          for (const c of await deps.sla.clocksOf(INCIDENT, incident.id)) {
            if (c.clock.state === 'stopped') continue;
            await deps.sla.recalculate(
              { recordType: INCIDENT, recordId: incident.id, clockType: c.clockType },
              { at, actor: ctx.actor, reason },
            );
          }
        }
        // A run that raised it but stopped before publishing left its outbox row unsent.
        if (raised || (await deps.messages.findByIdempotencyKey(targetsKey)))
          await publishThroughOutbox(deps, {
            idempotencyKey: targetsKey,
            name: 'Msg_SlaTargetsChanged',
            correlationKey: incident.number,
            variables: { targetsChangedReason: reason, priority: after.priority },
            timeToLiveMs: CATCH_MESSAGE_TTL_MS,
            sourceType: SECURITY_INCIDENT,
            sourceNumber: sec.number,
          });
      }
      if (escalates(i.riskLevel))
        await deps.escalations.recordEscalation({
          recordType: SECURITY_INCIDENT,
          recordId: sec.id,
          kind: 'hierarchical',
          fromLevel: null,
          toLevel: ESCALATION_LEVEL,
          reason: `security-risk-${i.riskLevel}`,
          at,
          by: ctx.actor,
          idempotencyKey: `${ctx.jobKey}:escalation`,
        });
      return {
        priority,
        incidentPriority,
        incidentPriorityRaised: raised,
        incidentGroup: incident ? text(incident.assignmentGroup) : null,
      };
    },
  });
}
