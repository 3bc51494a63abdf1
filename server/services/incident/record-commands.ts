import type { IncidentRow } from '../../../db/repositories/incidents.repository.ts';
import type { User } from '../../../db/repositories/users.repository.ts';
import { createRecordsRepository } from '../../../db/repositories/records.repository.ts';
import { createReferenceDataRepository } from '../../../db/repositories/reference-data.repository.ts';
import {
  DEFAULT_PRIORITY_OVERRIDE_POLICY,
  checkPriorityOverride,
  type Priority,
} from '../../../lib/sla/priority.ts';
import { checkExemption } from '../../../lib/sla/reasons.ts';
import { EXEMPTION_POLICY_KEY, parseExemptionPolicy } from '../../../lib/sla/settings.ts';
import { ConflictError, ForbiddenError, InputError } from '../../errors.ts';
import { OPEN_STATUSES, type IncidentContext } from './context.ts';

/**
 * The incident commands that change the record at once (§0.6 priority override, §0.5 rule 5
 * exemption), each with its rule checked first and its history entry in the same transaction.
 */

/** Raises the priority (§0.6: upwards only, by the allowed roles, with a reason) and recalculates the clocks. */
export async function raisePriority(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { priority: Priority; reason: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, OPEN_STATUSES, 'changing the priority');
  const problems = checkPriorityOverride(DEFAULT_PRIORITY_OVERRIDE_POLICY, {
    current: incident.priority as Priority,
    requested: body.priority,
    roles: user.roles,
    reason: body.reason,
  });
  if (problems.includes('ROLE_NOT_ALLOWED'))
    throw new ForbiddenError(
      'Only the service desk lead or the incident manager may raise a priority',
    );
  if (problems.includes('NOT_UPWARD'))
    throw new InputError(`Priority ${body.priority} is not higher than ${incident.priority}`, [
      { field: 'priority', message: `must be higher than ${incident.priority} (upwards only)` },
    ]);
  if (problems.includes('REASON_REQUIRED'))
    throw new InputError('A reason is required', [{ field: 'reason', message: 'is required' }]);
  const at = ctx.deps.clock.now();
  await ctx.deps.db.transaction(async (trx) => {
    const trxRecords = createRecordsRepository(trx);
    await trxRecords.update(
      'incident',
      incident.id,
      { priority: body.priority },
      user.username,
      at,
      'priority',
    );
    await trxRecords.appendActivity('incident', incident.id, {
      kind: 'priority',
      text: body.reason,
      data: { from: incident.priority, to: body.priority, override: true },
      by: user.username,
      at,
    });
    for (const clock of await ctx.deps.sla.clocksOf('incident', incident.id)) {
      if (clock.clock.state === 'stopped') continue;
      await ctx.deps.sla.recalculate(
        { recordType: 'incident', recordId: incident.id, clockType: clock.clockType },
        {
          at,
          actor: user.username,
          reason: `priority ${incident.priority} → ${body.priority}: ${body.reason}`,
        },
        trx,
      );
    }
  });
  // The process re-arms its timers from the recalculated clocks.
  await ctx.publish(incident, 'Msg_SlaTargetsChanged', {
    targetsChangedReason: `priority raised to ${body.priority}`,
  });
  return (await ctx.incidents.get(incident.id))!;
}

/** Exempts an incident from the fault-repair objective (§0.5 rule 5); its clocks keep running. */
export async function exempt(
  ctx: IncidentContext,
  idOrNumber: string,
  body: { reason: string; comment?: string },
  user: User,
): Promise<IncidentRow> {
  const incident = await ctx.load(idOrNumber, user);
  ctx.requireStatus(incident, [...OPEN_STATUSES, 'resolved', 'closed'], 'an exemption');
  // The admin's policy (setting sla-exemption-policy), read at each request.
  const policy = parseExemptionPolicy(
    await createReferenceDataRepository(ctx.deps.db).getSetting(EXEMPTION_POLICY_KEY),
  );
  const problems = checkExemption(policy, { roles: user.roles, reason: body.reason });
  if (problems.includes('ROLE_NOT_ALLOWED'))
    throw new ForbiddenError(
      `Only ${policy.allowedRoles.join(', ')} may exempt an incident (setting ${EXEMPTION_POLICY_KEY})`,
    );
  if (problems.includes('REASON_NOT_ALLOWED'))
    throw new InputError(`"${body.reason}" is not an exemption reason`, [
      {
        field: 'reason',
        message: `must be one of ${policy.reasons.map((r) => r.code).join(', ')}`,
      },
    ]);
  if (incident.exempt)
    throw new ConflictError(`Incident ${incident.number} is already exempted`, 'ALREADY_EXEMPT');
  const at = ctx.deps.clock.now();
  await ctx.deps.db.transaction(async (trx) => {
    const trxRecords = createRecordsRepository(trx);
    await trxRecords.update(
      'incident',
      incident.id,
      { exempt: true, exempt_reason: body.reason, exempt_by: user.username, exempt_at: at },
      user.username,
      at,
      'exempt',
    );
    await trxRecords.appendActivity('incident', incident.id, {
      kind: 'exemption',
      text: body.comment ?? body.reason,
      data: { reason: body.reason },
      by: user.username,
      at,
    });
  });
  return (await ctx.incidents.get(incident.id))!;
}
