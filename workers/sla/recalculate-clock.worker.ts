import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import {
  clockJobProperties,
  clockJobRequired,
  clockRef,
  requireRecord,
  slaCall,
  timerOutput,
  timerOutputSchema,
  type ClockJobInput,
  type SlaWorkerDeps,
  type TimerOutput,
} from './common.ts';

export interface RecalculateClockInput extends ClockJobInput {
  /** `Msg_SlaTargetsChanged` carries why; `Task_ApplyPriority` has none. */
  targetsChangedReason?: string;
}

const input: JSONSchemaType<RecalculateClockInput> = {
  type: 'object',
  properties: {
    ...clockJobProperties,
    targetsChangedReason: { type: 'string', nullable: true, maxLength: 1000 },
  },
  required: clockJobRequired,
  additionalProperties: true,
};

/** The ledger reason when the process gives none. */
export const DEFAULT_RECALCULATION_REASON = 'targets changed';

/**
 * `itsm:sla.recalculate-clock:1` (`Task_ApplyPriority`, `Task_RecalculateClock`): applies the
 * target of the record's current priority, customer and service (§0.5 rule 4); writes nothing
 * when it is unchanged. Outputs the current `sla<Clock>`, thresholds already recorded re-armed
 * with the sentinel.
 */
export function createRecalculateClockWorker(
  deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>,
) {
  return defineWorker<RecalculateClockInput, TimerOutput>({
    type: 'itsm:sla.recalculate-clock:1',
    description: "Apply a record's current SLA target to its clock (priority or SLA changed)",
    input,
    output: timerOutputSchema,
    async handle(job, ctx) {
      await requireRecord(deps.records, job);
      const { clock } = await slaCall(() =>
        deps.sla.recalculate(clockRef(job), {
          at: deps.clock.now(),
          actor: ctx.actor,
          reason: job.targetsChangedReason?.trim() || DEFAULT_RECALCULATION_REASON,
        }),
      );
      return timerOutput(deps.sla, clock);
    },
  });
}
