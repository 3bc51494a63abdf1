import type { JSONSchemaType } from 'ajv';
import type { IncidentAnalysisRepository } from '../../db/repositories/incident-analysis.repository.ts';
import type { RecordsRepository } from '../../db/repositories/records.repository.ts';
import { assessRecurrence, recurrenceWindowStart } from '../../lib/incident/recurrence.ts';
import { parseRecurrenceSetting } from '../../lib/incident/settings.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  requireIncident,
  settingOf,
  type IncidentWorkerPorts,
  type ReferenceDataPort,
} from './ports.ts';

export interface CheckRecurrenceInput {
  recordId: string;
}

export type CheckRecurrenceOutput = {
  recurring: boolean;
  relatedIncidents: string[];
};

const input: JSONSchemaType<CheckRecurrenceInput> = {
  type: 'object',
  properties: { recordId: { type: 'string', format: 'uuid' } },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<CheckRecurrenceOutput> = {
  type: 'object',
  properties: {
    recurring: { type: 'boolean' },
    relatedIncidents: { type: 'array', items: { type: 'string' } },
  },
  required: ['recurring', 'relatedIncidents'],
  additionalProperties: false,
};

/**
 * `Task_CheckRecurrence`: 3 or more incidents (this one included) on the same CI and
 * category in the last 30 days, none covered by a problem → `recurring` (§1.1 step 17);
 * both numbers from the `incident-recurrence` setting, read per job.
 */
export function createCheckRecurrenceWorker(
  deps: Pick<IncidentWorkerPorts, 'incidents' | 'clock'> & {
    analysis: IncidentAnalysisRepository;
    records: RecordsRepository;
    referenceData: Pick<ReferenceDataPort, 'getSetting'>;
  },
) {
  return defineWorker<CheckRecurrenceInput, CheckRecurrenceOutput>({
    type: 'itsm:incident.check-recurrence:1',
    description:
      'Decide whether a closed incident recurs (same CI and category, within the window)',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const row = await requireIncident(deps.incidents, i.recordId);
      const policy = await settingOf(
        deps.referenceData,
        'incident-recurrence',
        parseRecurrenceSetting,
      );
      const candidates = row.category
        ? await deps.analysis.incidentsOnCis({
            ciIds: row.ciIds,
            category: row.category,
            since: recurrenceWindowStart(at, policy),
          })
        : [];
      const { recurring, relatedIncidents } = assessRecurrence(row, candidates, at, policy);
      // A closed incident is read-only except for this analysis flag, written once.
      if (recurring !== row.recurring) {
        await deps.records.update('incident', row.id, { recurring }, ctx.actor, at, 'recurrence');
      }
      return { recurring, relatedIncidents: [...relatedIncidents] };
    },
  });
}
