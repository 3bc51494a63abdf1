import type { HistoryEntry, IncidentRow } from '../../../db/repositories/incidents.repository.ts';
import type { IncidentContext } from './context.ts';

/**
 * The history (api.md): the record's activities, its audited changes of status,
 * assignment and priority, and the SLA ledger and escalations, newest last.
 */
export async function history(
  ctx: IncidentContext,
  incident: IncidentRow,
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [...(await ctx.incidents.activities(incident.id))];
  for (const clock of await ctx.deps.sla.ledger('incident', incident.id)) {
    for (const e of clock.events) {
      entries.push({
        at: e.at,
        actor: e.actor ?? 'system',
        action: `sla.${e.event}`,
        details: {
          clockType: clock.clockType,
          level: e.level ?? undefined,
          reason: e.reason ?? undefined,
          elapsedMinutes: e.elapsedMinutes,
          oldDueAt: e.oldDueAt ?? undefined,
          newDueAt: e.newDueAt ?? undefined,
        },
      });
    }
  }
  for (const e of await ctx.incidents.escalations(incident.id)) {
    entries.push({
      at: new Date(e.at),
      actor: e.by,
      action: `escalation.${e.kind}`,
      details: {
        fromLevel: e.from_level,
        toLevel: e.to_level,
        fromGroup: e.from_group ?? undefined,
        toGroup: e.to_group ?? undefined,
        reason: e.reason,
        clockType: e.clock_type ?? undefined,
      },
    });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
