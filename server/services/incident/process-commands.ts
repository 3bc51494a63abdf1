import type { IncidentRow } from '../../../db/repositories/incidents.repository.ts';
import type { User } from '../../../db/repositories/users.repository.ts';
import { ConflictError } from '../../errors.ts';
import { OPEN_STATUSES, type IncidentContext } from './context.ts';

/**
 * The incident commands the running process carries out (§1.1, §1.2): the API checks the
 * status, publishes the message and waits for the process to show the effect.
 */

/** Hierarchical escalation to the next level by hand (§0.5), handled by the process. */
export async function escalate(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { reason: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, OPEN_STATUSES, 'escalating');
  if (incident.hierarchicalLevel === 'H4')
    throw new ConflictError(
      `Incident ${incident.number} is already escalated to H4`,
      'INVALID_STATUS',
    );
  const before = incident.hierarchicalLevel;
  await ctx.publish(incident, 'Msg_EscalationRequested', {
    escalationReason: body.reason,
    escalatedBy: user.username,
  });
  return ctx.waitFor(incident.id, (i) => i.hierarchicalLevel !== before);
}

/** Declares a major incident while it is being resolved; starts `major-incident`. */
export async function declareMajor(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { reason: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, ['in_progress', 'pending'], 'declaring a major incident');
  if (incident.isMajor)
    throw new ConflictError(
      `Incident ${incident.number} is already a major incident`,
      'ALREADY_MAJOR',
    );
  // Keyed by the incident number (§0.8, an exception to P4): the engine starts at most one
  // major-incident instance per key, so two declarations at once start one.
  await ctx.publish(
    incident,
    'Msg_MajorIncidentDeclared',
    {
      recordType: 'incident',
      recordId: incident.id,
      recordNumber: incident.number,
      incidentNumber: incident.number,
      declaredBy: user.username,
      declarationReason: body.reason,
      majorCriteria: ['declared-manually'],
    },
    { correlationKey: incident.number, timeToLiveMs: 0 },
  );
  return ctx.waitFor(incident.id, (i) => i.isMajor);
}

/** Cancels an open incident (with a reason); the process stops its clocks. */
export async function cancel(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { reason: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, OPEN_STATUSES, 'cancelling');
  await ctx.publish(incident, 'Msg_IncidentCancelled', {
    cancelReason: body.reason,
    cancelledBy: user.username,
  });
  // The answer shows what the process does: the status, then its clocks stopped (one step later).
  return ctx.waitFor(
    incident.id,
    (i, clocks) => i.status === 'cancelled' && clocks.every((c) => c.clock.state === 'stopped'),
  );
}
