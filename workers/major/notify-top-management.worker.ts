import type { JSONSchemaType } from 'ajv';
import type { MajorIncident } from '../../db/repositories/major-incidents.repository.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { Notifier } from '../incident/ports.ts';
import type { MajorWorkerBase } from './declare.worker.ts';

export interface NotifyTopManagementInput {
  recordId: string;
  majorIncidentId: string;
}

const input: JSONSchemaType<NotifyTopManagementInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    majorIncidentId: { type: 'string', format: 'uuid' },
  },
  required: ['recordId', 'majorIncidentId'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/** The major incident, or an IncidentError: a job naming a missing one cannot succeed on retry. */
export async function requireMajor(
  deps: Pick<MajorWorkerBase, 'majorIncidents'>,
  id: string,
): Promise<MajorIncident> {
  const major = await deps.majorIncidents.get(id);
  if (!major) throw new IncidentError(`major incident ${id} does not exist`);
  return major;
}

/** `Task_NotifyTopManagement`: informs `top-management` and records `mgmtNotifiedAt`. */
export function createNotifyTopManagementWorker(deps: MajorWorkerBase & { notifier: Notifier }) {
  return defineWorker<NotifyTopManagementInput, Record<string, never>>({
    type: 'itsm:major.notify-top-management:1',
    description: 'Inform top management of a declared major incident',
    retired: 'itsm:notify.send:1 and itsm:record.set-fields:1 (major-incident since 2026-12-07)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      if (major.incidentId !== i.recordId) {
        throw new IncidentError(`major incident ${major.id} is not of incident ${i.recordId}`);
      }
      await deps.notifier.send({
        template: 'major.declared',
        recipients: ['role:top-management'],
        recordNumber: major.incidentNumber,
        data: { criteriaMatched: major.criteriaMatched, declaredBy: major.declaredBy },
        idempotencyKey: `${ctx.jobKey}:top-management`,
        at,
      });
      if (!major.mgmtNotifiedAt) {
        await deps.majorIncidents.update(
          major.id,
          { mgmtNotifiedAt: at },
          ctx.actor,
          at,
          'notify-management',
        );
      }
      return {};
    },
  });
}
