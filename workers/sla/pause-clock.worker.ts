import type { JSONSchemaType } from 'ajv';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import { addWorkingMinutes } from '../../lib/calendar/working-time.ts';
import {
  PAUSE_REASONS_KEY,
  parsePauseReasons,
  parseResumeReminder,
  RESUME_REMINDER_KEY,
  SLA_SETTING_DEFAULTS,
  SlaSettingError,
} from '../../lib/sla/settings.ts';
import { IncidentError } from '../../lib/errors.ts';
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

export interface PauseClockInput extends ClockJobInput {
  /** A code of the setting `sla-pause-reasons` (§0.5 rule 2). */
  pauseReason: string;
  pauseRequestedBy?: string;
}

const input: JSONSchemaType<PauseClockInput> = {
  type: 'object',
  properties: {
    ...clockJobProperties,
    pauseReason: { type: 'string', minLength: 1, maxLength: 100 },
    pauseRequestedBy: { type: 'string', nullable: true, maxLength: 200 },
  },
  required: [...clockJobRequired, 'pauseReason'],
  additionalProperties: true,
};

const output: JSONSchemaType<{ resumeReminderAt: string }> = {
  type: 'object',
  properties: { resumeReminderAt: { type: 'string' } },
  required: ['resumeReminderAt'],
  additionalProperties: false,
};

/** The assignee is reminded after this many business days paused (§0.5 pattern W) [default]. */
export const RESUME_REMINDER_BUSINESS_DAYS = SLA_SETTING_DEFAULTS[RESUME_REMINDER_KEY].businessDays;

/**
 * `itsm:sla.pause-clock:1` (pattern W `Task_PauseClock`): pauses the clock for a reason of
 * the setting `sla-pause-reasons` (read per job), sets the record `pending` (audited) with a history row, and outputs
 * `resumeReminderAt`: the setting `sla-resume-reminder` (3 business days by default) after the
 * pause on the clock's calendar, read per job. A paused
 * clock stays paused from its first pause, so a repeat gives the same reminder.
 */
export function createPauseClockWorker(deps: SlaWorkerDeps) {
  return defineWorker<PauseClockInput, { resumeReminderAt: string }>({
    type: 'itsm:sla.pause-clock:1',
    description: 'Pause an SLA clock for a customer reason and set the record pending',
    input,
    output,
    async handle(job, ctx) {
      const record = await requireRecord(deps.records, job);
      // The admin's settings, read per job; a stored value of the wrong shape cannot be mended
      // by a retry.
      let reasons: readonly { code: string; labelEn: string }[];
      let reminderDays: number;
      try {
        reasons = parsePauseReasons(await deps.settings?.getSetting(PAUSE_REASONS_KEY));
        reminderDays = parseResumeReminder(
          await deps.settings?.getSetting(RESUME_REMINDER_KEY),
        ).businessDays;
      } catch (err) {
        if (err instanceof SlaSettingError) throw new IncidentError(err.message);
        throw err;
      }
      const at = deps.clock.now();
      const paused = await slaCall(() =>
        deps.sla.pause(clockRef(job), { at, actor: ctx.actor, reason: job.pauseReason }),
      );
      await deps.records.update(
        record.recordType,
        record.id,
        { status: 'pending' },
        ctx.actor,
        at,
        'pause',
      );
      const label =
        reasons.find((reason) => reason.code === job.pauseReason)?.labelEn ?? job.pauseReason;
      await deps.records.appendActivity(record.recordType, record.id, {
        kind: 'status',
        text: `Pending: ${label}; the ${job.clockType} SLA clock is paused`,
        data: {
          status: 'pending',
          clockType: job.clockType,
          pauseReason: job.pauseReason,
          requestedBy: job.pauseRequestedBy ?? null,
        },
        by: ctx.actor,
        at,
        idempotencyKey: `${ctx.jobKey}:pause`,
      });
      const calendar = await slaCall(() => deps.calendars.get(paused.clock.calendar));
      const reminder = addWorkingMinutes(
        calendar,
        paused.clock.pausedAt ?? at,
        reminderDays * calendar.businessDayMinutes,
      );
      return { resumeReminderAt: formatInstant(calendar.timeZone, reminder.at) };
    },
  });
}
