import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import {
  clockJobProperties,
  clockJobRequired,
  clockRef,
  requireRecord,
  slaCall,
  type ClockJobInput,
  type SlaWorkerDeps,
} from './common.ts';

const input: JSONSchemaType<ClockJobInput> = {
  type: 'object',
  properties: clockJobProperties,
  required: clockJobRequired,
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:sla.stop-clock:1` (pattern W `Task_Stop<C>Clock`): stops the clock and records whether
 * the target was met; a stopped clock stays as it is. The incident response clock also sets
 * the first response (`responded_at`).
 */
export function createStopClockWorker(deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>) {
  return defineWorker<ClockJobInput, Record<string, never>>({
    type: 'itsm:sla.stop-clock:1',
    description: 'Stop an SLA clock of a record and record whether its target was met',
    input,
    output,
    async handle(job, ctx) {
      await requireRecord(deps.records, job);
      await slaCall(() => deps.sla.stop(clockRef(job), { at: deps.clock.now(), actor: ctx.actor }));
      return {};
    },
  });
}
