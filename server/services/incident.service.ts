import type { IncidentRow } from '../../db/repositories/incidents.repository.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import { scopeFilter, scopeOf } from '../access/record-access.ts';
import { createIncidentContext, type IncidentDeps } from './incident/context.ts';
import { history } from './incident/history.ts';
import { pause, resume } from './incident/pause.ts';
import { cancel, declareMajor, escalate } from './incident/process-commands.ts';
import { exempt, raisePriority } from './incident/record-commands.ts';
import { reportIncident, reportOfRecordBody, type CreateIncidentInput } from './incident/report.ts';

export type { CreateIncidentInput };

/**
 * Incidents through the API (api.md "Incidents"): reporting in one transaction with the
 * number, priority, clocks and process instance (incident/report.ts); reads scoped by role;
 * and the commands, each a small handler in `incident/` — the ones that reach the running
 * process as messages (pause, resume, escalate, declare major, cancel) and the ones that
 * change the record directly (priority override, exemption).
 */
export function createIncidentService(deps: IncidentDeps) {
  const ctx = createIncidentContext(deps);
  return {
    async create(input: CreateIncidentInput, user: User): Promise<IncidentRow> {
      return (await reportIncident(ctx, input, user)).incident;
    },
    /** The incident kind's create on the core (`POST /api/records/incident`): the same report. */
    async createRecord(body: Record<string, unknown>, user: User) {
      const { incident, created } = await reportIncident(ctx, reportOfRecordBody(body), user);
      return { id: incident.id, created };
    },
    get: ctx.load,
    list(
      filter: {
        status?: string;
        priority?: string;
        assignmentGroup?: string;
        q?: string;
        limit: number;
        offset: number;
      },
      user: User,
    ) {
      return ctx.incidents.list({ ...filter, ...scopeFilter(scopeOf(user)) });
    },
    clocks: (incident: IncidentRow) => deps.sla.clocksOf('incident', incident.id),
    raisePriority: raisePriority.bind(null, ctx),
    pause: pause.bind(null, ctx),
    resume: resume.bind(null, ctx),
    escalate: escalate.bind(null, ctx),
    declareMajor: declareMajor.bind(null, ctx),
    cancel: cancel.bind(null, ctx),
    exempt: exempt.bind(null, ctx),
    history: history.bind(null, ctx),
    ledger: (incident: IncidentRow) => deps.sla.ledger('incident', incident.id),

    /**
     * After calendar data changed (and the clocks were recalculated): tells every open
     * incident's process to re-arm its timers from its clocks. Returns how many were told.
     */
    async announceTargetsChanged(reason: string): Promise<number> {
      const open = await ctx.incidents.openForTimers();
      for (const incident of open)
        await ctx.publish(incident, 'Msg_SlaTargetsChanged', { targetsChangedReason: reason });
      return open.length;
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
