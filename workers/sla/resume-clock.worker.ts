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

export interface ResumeClockInput extends ClockJobInput {
  resumeRequestedBy?: string;
}

const input: JSONSchemaType<ResumeClockInput> = {
  type: 'object',
  properties: {
    ...clockJobProperties,
    resumeRequestedBy: { type: 'string', nullable: true, maxLength: 200 },
  },
  required: clockJobRequired,
  additionalProperties: true,
};

/**
 * `itsm:sla.resume-clock:1` (pattern W `Task_ResumeClock`): resumes the clock, moving its due
 * and threshold instants by the working minutes paused, sets a `pending` record back to
 * `in_progress` with a history row, and outputs the new `sla<Clock>`.
 */
export function createResumeClockWorker(deps: Pick<SlaWorkerDeps, 'sla' | 'clock' | 'records'>) {
  return defineWorker<ResumeClockInput, TimerOutput>({
    type: 'itsm:sla.resume-clock:1',
    description: 'Resume a paused SLA clock and set the record in progress again',
    input,
    output: timerOutputSchema,
    async handle(job, ctx) {
      const record = await requireRecord(deps.records, job);
      const at = deps.clock.now();
      const resumed = await slaCall(() => deps.sla.resume(clockRef(job), { at, actor: ctx.actor }));
      // Only a pending record goes back to work: one resolved meanwhile stays resolved.
      if (record.status === 'pending') {
        await deps.records.update(
          record.recordType,
          record.id,
          { status: 'in_progress' },
          ctx.actor,
          at,
          'resume',
        );
      }
      await deps.records.appendActivity(record.recordType, record.id, {
        kind: 'status',
        text: `In progress: the ${job.clockType} SLA clock runs again`,
        data: {
          status: record.status === 'pending' ? 'in_progress' : record.status,
          clockType: job.clockType,
          requestedBy: job.resumeRequestedBy ?? null,
        },
        by: ctx.actor,
        at,
        idempotencyKey: `${ctx.jobKey}:resume`,
      });
      return timerOutput(deps.sla, resumed);
    },
  });
}
