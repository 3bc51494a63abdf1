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

export interface ThresholdReachedInput extends ClockJobInput {
  /** Percent of the target whose timer fired (50, 75, 100). */
  level: number;
}

const input: JSONSchemaType<ThresholdReachedInput> = {
  type: 'object',
  properties: {
    ...clockJobProperties,
    level: { type: 'integer', minimum: 1, maximum: 100 },
  },
  required: [...clockJobRequired, 'level'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ recorded: boolean }> = {
  type: 'object',
  properties: { recorded: { type: 'boolean' } },
  required: ['recorded'],
  additionalProperties: false,
};

/**
 * `itsm:sla.threshold-reached:1` (pattern W, after `Boundary_<C>50/75/100`): records the level
 * (the breach at 100 %) and performs its escalation actions. Decides by `level` only: a paused
 * or stopped clock, or a level already recorded, gives `{ recorded: false }` and writes nothing.
 */
export function createThresholdReachedWorker(
  deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>,
) {
  return defineWorker<ThresholdReachedInput, { recorded: boolean }>({
    type: 'itsm:sla.threshold-reached:1',
    description: 'Record an SLA threshold (breach at 100 %) and escalate',
    input,
    output,
    async handle(job, ctx) {
      await requireRecord(deps.records, job);
      return slaCall(() =>
        deps.sla.recordThreshold(clockRef(job), job.level, {
          at: deps.clock.now(),
          actor: ctx.actor,
          idempotencyKey: ctx.jobKey,
        }),
      );
    },
  });
}
