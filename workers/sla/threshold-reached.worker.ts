import type { JSONSchemaType } from 'ajv';
import { THRESHOLD_SLOTS } from '../../lib/sla/targets.ts';
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
import type { ThresholdOutcome } from '../../domain/sla-service.ts';

export interface ThresholdReachedInput extends ClockJobInput {
  /**
   * The timer slot that fired (`THRESHOLD_SLOTS`): 50 = the first threshold the target
   * configures, 75 = the second, 100 = the breach, whatever their percentages.
   */
  level: number;
}

const input: JSONSchemaType<ThresholdReachedInput> = {
  type: 'object',
  properties: {
    ...clockJobProperties,
    level: { type: 'integer', enum: [...THRESHOLD_SLOTS] },
  },
  required: [...clockJobRequired, 'level'],
  additionalProperties: true,
};

const output: JSONSchemaType<ThresholdOutcome> = {
  type: 'object',
  properties: { recorded: { type: 'boolean' }, reached: { type: 'boolean' } },
  required: ['recorded', 'reached'],
  additionalProperties: false,
};

/**
 * `itsm:sla.threshold-reached:1` (pattern W, after `Boundary_<C>50/75/100`): records the
 * threshold of the slot that fired (the breach at 100) and performs its escalation actions.
 * Decides by `level` only: a paused or stopped clock, or a threshold already recorded, gives
 * `recorded: false` and writes nothing; a level that is no slot is refused (incident).
 * `reached` is true while the slot's threshold is recorded on an open clock, also when an
 * earlier transition caught it up: the diagram opens the at-risk review on it.
 */
export function createThresholdReachedWorker(
  deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>,
) {
  return defineWorker<ThresholdReachedInput, ThresholdOutcome>({
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
