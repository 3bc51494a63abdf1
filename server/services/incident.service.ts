import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  createIncidentsRepository,
  type HistoryEntry,
  type IncidentRow,
} from '../../db/repositories/incidents.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import { createRecordsRepository } from '../../db/repositories/records.repository.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import { EngineError, type EngineClient } from '../../engine/client.ts';
import type { Notifier } from '../../domain/notifier.ts';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { TransientError } from '../../lib/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import { canSee, mayReportFor, scopeFilter, scopeOf } from '../access/record-access.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  DEFAULT_PRIORITY_MATRIX,
  DEFAULT_PRIORITY_OVERRIDE_POLICY,
  checkPriorityOverride,
  derivePriority,
  type Impact,
  type Priority,
  type PriorityMatrix,
  type Urgency,
} from '../../lib/sla/priority.ts';
import { checkExemption } from '../../lib/sla/reasons.ts';
import {
  EXEMPTION_POLICY_KEY,
  PAUSE_REASONS_KEY,
  parseExemptionPolicy,
  parsePauseReasons,
} from '../../lib/sla/settings.ts';
import { createReferenceDataRepository } from '../../db/repositories/reference-data.repository.ts';
import type { SlaService, StoredClock } from '../../domain/sla-service.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnavailableError,
} from '../errors.ts';

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
}

/** Statuses in which the incident is still being worked on. */
const OPEN_STATUSES = ['new', 'in_progress', 'pending'];
/**
 * Messages from the API to a running incident live this long: the API checked the status, but
 * the process may not yet wait at the event (e.g. just created, or between two tasks).
 */
const COMMAND_MESSAGE_TTL_MS = 60_000;
/** How long a command waits for the process to show its effect. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/**
 * Incidents through the API (api.md "Incidents"): creation in one transaction with its
 * number, priority, clocks and process instance; reads scoped by role; and the commands
 * that reach the running process as messages (pause, resume, escalate, declare major,
 * cancel) or change the record directly (priority override, exemption).
 */
export function createIncidentService(deps: {
  db: Knex;
  engine: EngineClient;
  clock: Clock;
  sla: SlaService;
  priorityMatrix: () => Promise<PriorityMatrix | undefined>;
  /** Tells the customer when the incident goes pending and when it resumes. */
  notifier: Notifier;
  log?: Logger;
}) {
  const incidents = createIncidentsRepository(deps.db);
  const messages = createPublishedMessageRepository(deps.db);

  async function load(idOrNumber: string, user: User): Promise<IncidentRow> {
    const incident = await incidents.get(idOrNumber);
    // Out-of-scope records answer 404 too, so their existence is not revealed.
    if (!incident || !canSee(incident, user))
      throw new NotFoundError(`Incident ${idOrNumber} does not exist`);
    return incident;
  }

  function requireStatus(incident: IncidentRow, allowed: string[], what: string): void {
    if (!allowed.includes(incident.status)) {
      throw new ConflictError(
        `Incident ${incident.number} is ${incident.status}; ${what} needs status ${allowed.join(' or ')}`,
        'INVALID_STATUS',
      );
    }
  }

  /**
   * Publishes a message to the incident's process, recorded in the outbox first (§0.1);
   * returns the message's idempotency key.
   */
  async function publish(
    incident: IncidentRow,
    name: string,
    variables: Record<string, unknown>,
    o: { correlationKey?: string; timeToLiveMs?: number } = {},
  ): Promise<string> {
    const idempotencyKey = `api:${randomUUID()}`;
    try {
      await publishThroughOutbox(
        { engine: deps.engine, messages, clock: deps.clock },
        {
          idempotencyKey,
          name,
          correlationKey: o.correlationKey ?? incident.number,
          variables,
          timeToLiveMs: o.timeToLiveMs ?? COMMAND_MESSAGE_TTL_MS,
          sourceType: 'incident',
          sourceNumber: incident.number,
        },
      );
    } catch (err) {
      if (err instanceof TransientError)
        throw new UnavailableError('The process engine cannot be reached; try again shortly');
      throw err;
    }
    return idempotencyKey;
  }

  /** When the resolution clock was paused; undefined while it runs. */
  async function resolutionPausedAt(incidentId: string): Promise<Date | undefined> {
    const clocks = await deps.sla.clocksOf('incident', incidentId);
    return clocks.find((c) => c.clockType === 'resolution')?.clock.pausedAt ?? undefined;
  }

  /**
   * Tells the customer's contacts that the incident went pending or resumed (§1, §0.5 rule 2),
   * once per transition: the key names the pause the notice is about, so a repeated or
   * concurrent command sends nothing new. The command has taken effect by then, so a notice
   * that cannot be delivered is logged, not answered as a failure.
   */
  async function noticeToCustomer(
    incident: IncidentRow,
    template: 'incident.pending' | 'incident.resumed',
    transition: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (!incident.customerId) return;
    try {
      await deps.notifier.send({
        template,
        recipients: [`customer:${incident.customerId}`],
        recordNumber: incident.number,
        data: { title: incident.title, ...data },
        idempotencyKey: `incident:${incident.id}:${transition}:${template}`,
        at: deps.clock.now(),
      });
    } catch (err) {
      // E.g. another request of the same transition is sending the mail, or SMTP failed.
      const why = err instanceof Error ? err.message : String(err);
      deps.log?.warn(`the ${template} notice of ${incident.number} is not complete: ${why}`);
    }
  }

  /** What identifies one pause of the incident: its instant, else the command's message. */
  const pauseTransition = (pausedAt: Date | undefined, commandKey: string) =>
    pausedAt ? `pause:${pausedAt.toISOString()}` : `command:${commandKey}`;

  /** Waits until the incident shows the change the process makes (or says it is pending). */
  async function waitFor(
    id: string,
    done: (i: IncidentRow, clocks: StoredClock[]) => boolean,
  ): Promise<IncidentRow> {
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    for (;;) {
      const incident = (await incidents.get(id))!;
      if (done(incident, await deps.sla.clocksOf('incident', id))) return incident;
      if (Date.now() > deadline) {
        throw new UnavailableError(
          'The process accepted the request but has not applied it yet; reload shortly',
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const service = {
    /**
     * Creates an incident (api.md): number, priority and both SLA clocks are written and the
     * process instance is started in one transaction; when the engine cannot be reached the
     * transaction rolls back, so nothing is kept and no number is used up.
     */
    async create(input: CreateIncidentInput, user: User): Promise<IncidentRow> {
      const at = deps.clock.now();
      const matrix = (await deps.priorityMatrix()) ?? DEFAULT_PRIORITY_MATRIX;
      const priority = derivePriority(matrix, input.impact, input.urgency);
      // A contact reports for their own customer; only the service desk names another one.
      const customerId =
        user.roles.includes('customer-contact') && user.customerId
          ? user.customerId
          : input.customerId;
      if (!mayReportFor(customerId, user))
        throw new ForbiddenError(
          'Only the service desk may report an incident for a customer; leave customerId out to report it as your own',
        );
      await checkReferences(deps.db, { ...input, customerId });
      let startedKey: string | undefined;
      try {
        return await deps.db.transaction(async (trx) => {
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
            createdBy: user.username,
            at,
          });
          const clocks = await deps.sla.startClocks(
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
              deps.sla.timerVariables(c),
            ]),
          );
          const started = await deps.engine.createInstance('incident-management', {
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
          return { ...incident, processInstanceKey: started.key };
        });
      } catch (err) {
        // The instance started but the commit failed: cancel it, so nothing half-done stays.
        if (startedKey) await deps.engine.cancelInstance(startedKey).catch(() => undefined);
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
    },

    get: load,

    async list(
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
      return incidents.list({ ...filter, ...scopeFilter(scopeOf(user)) });
    },

    clocks: (incident: IncidentRow) => deps.sla.clocksOf('incident', incident.id),

    /** Raises the priority (§0.6: upwards only, by the allowed roles, with a reason) and recalculates the clocks. */
    async raisePriority(
      idOrNumber: string,
      body: { priority: Priority; reason: string },
      user: User,
    ): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, OPEN_STATUSES, 'changing the priority');
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
      const at = deps.clock.now();
      await deps.db.transaction(async (trx) => {
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
        for (const clock of await deps.sla.clocksOf('incident', incident.id)) {
          if (clock.clock.state === 'stopped') continue;
          await deps.sla.recalculate(
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
      await publish(incident, 'Msg_SlaTargetsChanged', {
        targetsChangedReason: `priority raised to ${body.priority}`,
      });
      return (await incidents.get(incident.id))!;
    },

    /** Sets the incident pending for an allowed reason; the process pauses the resolution clock. */
    async pause(idOrNumber: string, body: { reason: string }, user: User): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      // The admin's list (setting sla-pause-reasons), read at each request.
      const reasons = parsePauseReasons(
        await createReferenceDataRepository(deps.db).getSetting(PAUSE_REASONS_KEY),
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
      requireStatus(incident, ['in_progress'], 'pausing');
      const commandKey = await publish(incident, 'Msg_SlaPauseRequested', {
        pauseReason: body.reason,
        pauseRequestedBy: user.username,
      });
      const pending = await waitFor(incident.id, (i) => i.status === 'pending');
      await noticeToCustomer(
        pending,
        'incident.pending',
        pauseTransition(await resolutionPausedAt(incident.id), commandKey),
        { pauseReason: body.reason, reasonZh: reason.labelZh, reasonEn: reason.labelEn },
      );
      return pending;
    },

    /**
     * Resumes a pending incident; the process resumes the clock and moves its due instants,
     * and the customer is told once.
     */
    async resume(idOrNumber: string, user: User): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, ['pending'], 'resuming');
      const pausedAt = await resolutionPausedAt(incident.id);
      const commandKey = await publish(incident, 'Msg_SlaResumeRequested', {
        resumeRequestedBy: user.username,
      });
      const resumed = await waitFor(incident.id, (i) => i.status === 'in_progress');
      await noticeToCustomer(
        resumed,
        'incident.resumed',
        pauseTransition(pausedAt, commandKey),
        {},
      );
      return resumed;
    },

    /** Hierarchical escalation to the next level by hand (§0.5), handled by the process. */
    async escalate(idOrNumber: string, body: { reason: string }, user: User): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, OPEN_STATUSES, 'escalating');
      if (incident.hierarchicalLevel === 'H4')
        throw new ConflictError(
          `Incident ${incident.number} is already escalated to H4`,
          'INVALID_STATUS',
        );
      const before = incident.hierarchicalLevel;
      await publish(incident, 'Msg_EscalationRequested', {
        escalationReason: body.reason,
        escalatedBy: user.username,
      });
      return waitFor(incident.id, (i) => i.hierarchicalLevel !== before);
    },

    /** Declares a major incident while it is being resolved; starts `major-incident`. */
    async declareMajor(
      idOrNumber: string,
      body: { reason: string },
      user: User,
    ): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, ['in_progress', 'pending'], 'declaring a major incident');
      if (incident.isMajor)
        throw new ConflictError(
          `Incident ${incident.number} is already a major incident`,
          'ALREADY_MAJOR',
        );
      // Keyed by the incident number (§0.8, an exception to P4): the engine starts at most one
      // major-incident instance per key, so two declarations at once start one.
      await publish(
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
      return waitFor(incident.id, (i) => i.isMajor);
    },

    /** Cancels an open incident (with a reason); the process stops its clocks. */
    async cancel(idOrNumber: string, body: { reason: string }, user: User): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, OPEN_STATUSES, 'cancelling');
      await publish(incident, 'Msg_IncidentCancelled', {
        cancelReason: body.reason,
        cancelledBy: user.username,
      });
      return waitFor(incident.id, (i) => i.status === 'cancelled');
    },

    /** Exempts an incident from the fault-repair objective (§0.5 rule 5); its clocks keep running. */
    async exempt(
      idOrNumber: string,
      body: { reason: string; comment?: string },
      user: User,
    ): Promise<IncidentRow> {
      const incident = await load(idOrNumber, user);
      requireStatus(incident, [...OPEN_STATUSES, 'resolved', 'closed'], 'an exemption');
      // The admin's policy (setting sla-exemption-policy), read at each request.
      const policy = parseExemptionPolicy(
        await createReferenceDataRepository(deps.db).getSetting(EXEMPTION_POLICY_KEY),
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
        throw new ConflictError(
          `Incident ${incident.number} is already exempted`,
          'ALREADY_EXEMPT',
        );
      const at = deps.clock.now();
      await deps.db.transaction(async (trx) => {
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
      return (await incidents.get(incident.id))!;
    },

    /**
     * The history (api.md): the record's activities, its audited changes of status,
     * assignment and priority, and the SLA ledger and escalations, newest last.
     */
    async history(incident: IncidentRow): Promise<HistoryEntry[]> {
      const entries: HistoryEntry[] = [...(await incidents.activities(incident.id))];
      for (const clock of await deps.sla.ledger('incident', incident.id)) {
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
      for (const e of await incidents.escalations(incident.id)) {
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
    },

    ledger: (incident: IncidentRow) => deps.sla.ledger('incident', incident.id),

    /**
     * After calendar data changed (and the clocks were recalculated): tells every open
     * incident's process to re-arm its timers from its clocks. Returns how many were told.
     */
    async announceTargetsChanged(reason: string): Promise<number> {
      const open = await incidents.openForTimers();
      for (const incident of open) {
        await publish(incident, 'Msg_SlaTargetsChanged', { targetsChangedReason: reason });
      }
      return open.length;
    },
  };
  return service;
}

/** Unknown service, CI or customer ids are named as 400s before anything is written. */
async function checkReferences(
  db: Knex,
  input: { serviceId?: string; ciId?: string; customerId?: string },
): Promise<void> {
  const problems = await createIncidentsRepository(db).missingReferences(input);
  if (problems.length) throw new InputError('The incident refers to unknown records', problems);
}

export type IncidentService = ReturnType<typeof createIncidentService>;
