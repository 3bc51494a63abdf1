import {
  createIncidentsRepository,
  type IncidentRow,
} from '../../../db/repositories/incidents.repository.ts';
import type { User } from '../../../db/repositories/users.repository.ts';
import { EngineError } from '../../../engine/client.ts';
import {
  DEFAULT_PRIORITY_MATRIX,
  derivePriority,
  type Impact,
  type Urgency,
} from '../../../lib/sla/priority.ts';
import { mayReportFor } from '../../access/record-access.ts';
import { ForbiddenError, InputError, UnavailableError } from '../../errors.ts';
import type { IncidentContext } from './context.ts';

/** POST /api/incidents body (api.md). */
export interface CreateIncidentInput {
  title: string;
  description?: string;
  channel: 'phone' | 'visit' | 'fax' | 'email' | 'web' | 'monitoring';
  impact: Impact;
  urgency: Urgency;
  serviceId?: string;
  ciId?: string;
  customerId?: string;
  reporter: { name: string; contact?: string };
  /** A retried report with the same request id answers the incident of the first (§0.1). */
  requestId?: string;
}

/**
 * The core's create body of the incident kind (`POST /api/records/incident`, flat fields of
 * lib/records/kinds/incident.ts) as a report.
 */
export function reportOfRecordBody(body: Record<string, unknown>): CreateIncidentInput {
  const b = body as {
    title: string;
    description?: string;
    channel: CreateIncidentInput['channel'];
    impact: Impact;
    urgency: Urgency;
    reporterName: string;
    reporterContact?: string;
    customerId?: string;
    serviceId?: string;
    requestId?: string;
  };
  return {
    title: b.title,
    description: b.description,
    channel: b.channel,
    impact: b.impact,
    urgency: b.urgency,
    customerId: b.customerId,
    serviceId: b.serviceId,
    reporter: { name: b.reporterName, contact: b.reporterContact },
    requestId: b.requestId,
  };
}

/**
 * Reports an incident (api.md): number, priority (the admin's matrix) and both SLA clocks are
 * written and the process instance is started in one transaction; when the engine cannot be
 * reached the transaction rolls back, so nothing is kept and no number is used up. With a
 * request id seen before, answers that incident (`created: false`).
 */
export async function reportIncident(
  ctx: IncidentContext,
  input: CreateIncidentInput,
  user: User,
): Promise<{ incident: IncidentRow; created: boolean }> {
  const earlier = input.requestId && (await ctx.incidents.byRequestId(input.requestId));
  if (earlier) return { incident: await ctx.load(earlier.id, user), created: false };
  const at = ctx.deps.clock.now();
  const matrix = (await ctx.deps.priorityMatrix()) ?? DEFAULT_PRIORITY_MATRIX;
  const priority = derivePriority(matrix, input.impact, input.urgency);
  // A contact reports for their own customer; only the service desk names another one.
  const customerId =
    user.roles.includes('customer-contact') && user.customerId ? user.customerId : input.customerId;
  if (!mayReportFor(customerId, user))
    throw new ForbiddenError(
      'Only the service desk may report an incident for a customer; leave customerId out to report it as your own',
    );
  await checkReferences(ctx, { ...input, customerId });
  let startedKey: string | undefined;
  try {
    return await ctx.deps.db.transaction(async (trx) => {
      const incident = await createIncidentsRepository(trx).insert(trx, {
        title: input.title,
        description: input.description,
        channel: input.channel,
        impact: input.impact,
        urgency: input.urgency,
        priority,
        reporterName: input.reporter.name,
        reporterContact: input.reporter.contact,
        customerId,
        serviceId: input.serviceId,
        ciId: input.ciId,
        requestId: input.requestId,
        createdBy: user.username,
        at,
      });
      const clocks = await ctx.deps.sla.startClocks(
        {
          recordType: 'incident',
          recordId: incident.id,
          recordNumber: incident.number,
          priority,
          customerId: customerId ?? null,
          serviceId: input.serviceId ?? null,
          clockTypes: ['response', 'resolution'],
          at,
          actor: user.username,
        },
        trx,
      );
      const timers = Object.fromEntries(
        clocks.map((c) => [
          c.clockType === 'response' ? 'slaResponse' : 'slaResolution',
          ctx.deps.sla.timerVariables(c),
        ]),
      );
      const started = await ctx.deps.engine.createInstance('incident-management', {
        recordType: 'incident',
        recordId: incident.id,
        recordNumber: incident.number,
        incidentNumber: incident.number,
        title: incident.title,
        channel: incident.channel,
        impact: incident.impact,
        urgency: incident.urgency,
        priority,
        assignmentGroup: 'service-desk',
        assignee: '',
        customerId: customerId ?? null,
        serviceId: input.serviceId ?? null,
        ...timers,
      });
      startedKey = started.key;
      await createIncidentsRepository(trx).setProcessInstanceKey(trx, incident.id, started.key);
      return { incident: { ...incident, processInstanceKey: started.key }, created: true };
    });
  } catch (err) {
    // The instance started but the commit failed: cancel it, so nothing half-done stays.
    if (startedKey) await ctx.deps.engine.cancelInstance(startedKey).catch(() => undefined);
    // The same request reported twice at once: the second answers the first.
    const again = input.requestId && (await ctx.incidents.byRequestId(input.requestId));
    if (again) return { incident: await ctx.load(again.id, user), created: false };
    if (err instanceof EngineError) {
      if (err.kind === 'not-found')
        throw new UnavailableError(
          'The incident-management process is not deployed; nothing was recorded',
        );
      throw new UnavailableError(
        `The process engine cannot be reached; nothing was recorded (${err.message})`,
      );
    }
    throw err;
  }
}

/** Unknown service, CI or customer ids are named as 400s before anything is written. */
async function checkReferences(
  ctx: IncidentContext,
  input: { serviceId?: string; ciId?: string; customerId?: string },
): Promise<void> {
  const problems = await ctx.incidents.missingReferences(input);
  if (problems.length) throw new InputError('The incident refers to unknown records', problems);
}
