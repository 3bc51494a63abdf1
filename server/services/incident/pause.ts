import type { IncidentRow } from '../../../db/repositories/incidents.repository.ts';
import type { User } from '../../../db/repositories/users.repository.ts';
import { createReferenceDataRepository } from '../../../db/repositories/reference-data.repository.ts';
import { PAUSE_REASONS_KEY, parsePauseReasons } from '../../../lib/sla/settings.ts';
import { InputError } from '../../errors.ts';
import type { IncidentContext } from './context.ts';

/**
 * Pause and resume (§0.5 rule 2): the process pauses or resumes the resolution clock; the
 * customer is told once per pause.
 */

/** When the resolution clock was paused; undefined while it runs. */
async function resolutionPausedAt(
  ctx: IncidentContext,
  incidentId: string,
): Promise<Date | undefined> {
  const clocks = await ctx.deps.sla.clocksOf('incident', incidentId);
  return clocks.find((c) => c.clockType === 'resolution')?.clock.pausedAt ?? undefined;
}

/** What identifies one pause of the incident: its instant, else the command's message. */
const pauseTransition = (pausedAt: Date | undefined, commandKey: string) =>
  pausedAt ? `pause:${pausedAt.toISOString()}` : `command:${commandKey}`;

/** Sets the incident pending for an allowed reason; the process pauses the resolution clock. */
export async function pause(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { reason: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  // The admin's list (setting sla-pause-reasons), read at each request.
  const reasons = parsePauseReasons(
    await createReferenceDataRepository(ctx.deps.db).getSetting(PAUSE_REASONS_KEY),
  );
  const reason = reasons.find((r) => r.code === body.reason);
  if (!reason) {
    throw new InputError(`"${body.reason}" is not a reason that pauses the clock`, [
      {
        field: 'reason',
        message: `must be one of ${reasons.map((r) => r.code).join(', ')}`,
      },
    ]);
  }
  ctx.requireStatus(incident, ['in_progress'], 'pausing');
  const commandKey = await ctx.publish(incident, 'Msg_SlaPauseRequested', {
    pauseReason: body.reason,
    pauseRequestedBy: user.username,
  });
  const pending = await ctx.waitFor(incident.id, (i) => i.status === 'pending');
  await ctx.noticeToCustomer(
    pending,
    'incident.pending',
    pauseTransition(await resolutionPausedAt(ctx, incident.id), commandKey),
    { pauseReason: body.reason, reasonZh: reason.labelZh, reasonEn: reason.labelEn },
  );
  return pending;
}

/**
 * Resumes a pending incident; the process resumes the clock and moves its due instants,
 * and the customer is told once.
 */
export async function resume(
  ctx: IncidentContext,
  idOrNumber: string,
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, ['pending'], 'resuming');
  const pausedAt = await resolutionPausedAt(ctx, incident.id);
  const commandKey = await ctx.publish(incident, 'Msg_SlaResumeRequested', {
    resumeRequestedBy: user.username,
  });
  const resumed = await ctx.waitFor(incident.id, (i) => i.status === 'in_progress');
  await ctx.noticeToCustomer(
    resumed,
    'incident.resumed',
    pauseTransition(pausedAt, commandKey),
    {},
  );
  return resumed;
}
