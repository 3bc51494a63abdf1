import type { JSONSchemaType } from 'ajv';
import type { MajorIncidentRepository } from '../../db/repositories/major-incidents.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { FINAL_STATUSES } from '../../lib/incident/closure.ts';
import type { IncidentWorkRepository } from '../../db/repositories/incident-analysis.repository.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import { parseBusinessDays } from '../../lib/incident/settings.ts';
import { requireIncident, settingOf, type ReferenceDataPort } from '../incident/ports.ts';

export interface DeclareMajorInput {
  recordId: string;
  declaredBy?: string;
  majorCriteria?: string[];
}

export type DeclareMajorOutput = {
  majorIncidentId: string;
  /** Business days after restoration that the report and the review are due (the setting). */
  majorReportDays: number;
  majorReviewDays: number;
};

const input: JSONSchemaType<DeclareMajorInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    declaredBy: { type: 'string', nullable: true, maxLength: 200 },
    majorCriteria: {
      type: 'array',
      nullable: true,
      items: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<DeclareMajorOutput> = {
  type: 'object',
  properties: {
    majorIncidentId: { type: 'string', format: 'uuid' },
    majorReportDays: { type: 'integer', minimum: 0 },
    majorReviewDays: { type: 'integer', minimum: 0 },
  },
  required: ['majorIncidentId', 'majorReportDays', 'majorReviewDays'],
  additionalProperties: false,
};

/** Dependencies of the major-incident workers that read the incident. */
export interface MajorWorkerBase {
  majorIncidents: MajorIncidentRepository;
  incidents: Pick<IncidentWorkRepository, 'get'>;
  clock: Clock;
}

/**
 * `Task_Declare`: the `major-incident` record under the incident's number (once per
 * incident), `incidents.is_major` and a history row (§1.2 step 1); answers how many business
 * days after restoration the report and the review are due (`majorReport`, `majorReview` of
 * the `incident-business-days` setting, 2 and 5 [default]).
 */
export function createDeclareMajorWorker(
  deps: MajorWorkerBase & { referenceData: Pick<ReferenceDataPort, 'getSetting'> },
) {
  return defineWorker<DeclareMajorInput, DeclareMajorOutput>({
    type: 'itsm:major.declare:1',
    description: 'Declare a major incident (once per incident)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const incident = await requireIncident(deps.incidents, i.recordId);
      const days = await settingOf(deps.referenceData, 'incident-business-days', parseBusinessDays);
      const dueDays = { majorReportDays: days.majorReport, majorReviewDays: days.majorReview };
      const existing = await deps.majorIncidents.forIncident(incident.id);
      if (existing) return { majorIncidentId: existing.id, ...dueDays };
      if (FINAL_STATUSES.includes(incident.status)) {
        throw new IncidentError(
          `${incident.number} is ${incident.status}: it cannot be declared major`,
        );
      }
      const { major } = await deps.majorIncidents.declare({
        incidentId: incident.id,
        declaredBy: i.declaredBy ?? ctx.actor,
        criteriaMatched: i.majorCriteria ?? [],
        processInstanceKey: ctx.processInstanceKey,
        actor: ctx.actor,
        at,
        activityKey: `${ctx.jobKey}:declare`,
      });
      return { majorIncidentId: major.id, ...dueDays };
    },
  });
}
