import type { JSONSchemaType } from 'ajv';
import { BpmnError } from '../../lib/errors.ts';
import { closeProblem } from '../../lib/security/rules.ts';
import { defineWorker, NO_OUTPUT } from '../lib/define-worker.ts';
import {
  kindNamed,
  linkedIncident,
  SECURITY_INCIDENT,
  securityIncidentOf,
  type SecurityWorkerDeps,
} from './common.ts';

interface CloseInput {
  recordId: string;
}

const input: JSONSchemaType<CloseInput> = {
  type: 'object',
  properties: { recordId: { type: 'string', minLength: 1 } },
  required: ['recordId'],
  additionalProperties: true,
};

/** The BPMN error while the linked incident is not resolved: the diagram waits for it. */
export const INCIDENT_NOT_RESOLVED = 'INCIDENT_NOT_RESOLVED';

/**
 * `itsm:security.close:1` (§4 step 10): closes the security incident (status `closed`,
 * `closedAt`) once its linked incident is resolved (or closed, or cancelled); before that it
 * throws `INCIDENT_NOT_RESOLVED`, which the diagram catches to wait for
 * `Msg_IncidentResolved`. A closed one stays closed (idempotent).
 */
export function createCloseSecurityIncidentWorker(deps: SecurityWorkerDeps) {
  return defineWorker<CloseInput, Record<string, never>>({
    type: 'itsm:security.close:1',
    description: 'Close a security incident once its linked incident is resolved',
    input,
    output: NO_OUTPUT,
    bpmnErrors: [INCIDENT_NOT_RESOLVED],
    async handle(i, ctx) {
      const kind = kindNamed(deps, SECURITY_INCIDENT);
      const sec = await securityIncidentOf(deps, i.recordId);
      if (sec.status === 'closed') return {};
      const incident = await linkedIncident(deps, sec);
      const problem = closeProblem(incident);
      if (problem) throw new BpmnError(INCIDENT_NOT_RESOLVED, `${sec.number}: ${problem}`);
      await deps.store.setStatus(kind, sec.id, 'closed', {
        by: ctx.actor,
        at: deps.clock.now(),
        idempotencyKey: `${ctx.jobKey}:status`,
      });
      return {};
    },
  });
}
