import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import {
  clockJobProperties,
  clockJobRequired,
  requireRecord,
  slaCall,
  timerOutput,
  timerOutputSchema,
  type ClockJobInput,
  type SlaWorkerDeps,
  type TimerOutput,
} from './common.ts';

const input: JSONSchemaType<ClockJobInput> = {
  type: 'object',
  properties: clockJobProperties,
  required: clockJobRequired,
  additionalProperties: true,
};

/**
 * `itsm:sla.start-clock:1` (pattern W `Task_Start<C>Clock`): starts the record's clock with the
 * target of its priority, customer and service; a clock already started (e.g. by the API in
 * the record's transaction) is returned as it is. Outputs `sla<Clock>`.
 */
export function createStartClockWorker(deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>) {
  return defineWorker<ClockJobInput, TimerOutput>({
    type: 'itsm:sla.start-clock:1',
    description: 'Start an SLA clock of a record (an existing clock is kept)',
    input,
    output: timerOutputSchema,
    async handle(job, ctx) {
      const record = await requireRecord(deps.records, job);
      const [clock] = await slaCall(() =>
        deps.sla.startClocks({
          recordType: job.recordType,
          recordId: job.recordId,
          recordNumber: record.number,
          priority: record.priority,
          customerId: record.customerId,
          serviceId: record.serviceId,
          targetOverrides: record.targetOverrides,
          clockTypes: [job.clockType],
          at: deps.clock.now(),
          actor: ctx.actor,
        }),
      );
      if (!clock) throw new Error(`no ${job.clockType} clock was started for ${record.number}`);
      return timerOutput(deps.sla, clock);
    },
  });
}
