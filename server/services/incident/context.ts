import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  createIncidentsRepository,
  type IncidentRow,
} from '../../../db/repositories/incidents.repository.ts';
import { createPublishedMessageRepository } from '../../../db/repositories/published-messages.repository.ts';
import type { User } from '../../../db/repositories/users.repository.ts';
import type { Notifier } from '../../../domain/notifier.ts';
import { publishThroughOutbox } from '../../../domain/outbox.ts';
import type { SlaService, StoredClock } from '../../../domain/sla-service.ts';
import type { EngineClient } from '../../../engine/client.ts';
import type { Clock } from '../../../lib/clock.ts';
import { TransientError } from '../../../lib/errors.ts';
import type { Logger } from '../../../lib/logger.ts';
import type { PriorityMatrix } from '../../../lib/sla/priority.ts';
import { canSee } from '../../access/record-access.ts';
import { ConflictError, NotFoundError, UnavailableError } from '../../errors.ts';

/** What the incident commands are built from (server/app.ts composes it). */
export interface IncidentDeps {
  db: Knex;
  engine: EngineClient;
  clock: Clock;
  sla: SlaService;
  priorityMatrix: () => Promise<PriorityMatrix | undefined>;
  /** Tells the customer when the incident goes pending and when it resumes. */
  notifier: Notifier;
  log?: Logger;
}

/** Statuses in which the incident is still being worked on. */
export const OPEN_STATUSES = ['new', 'in_progress', 'pending'];
/**
 * Messages from the API to a running incident live this long: the API checked the status, but
 * the process may not yet wait at the event (e.g. just created, or between two tasks).
 */
const COMMAND_MESSAGE_TTL_MS = 60_000;
/** How long a command waits for the process to show its effect. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/**
 * The steps every incident command shares: load the incident the user may see, check its
 * status, publish a message to its process through the outbox, wait for the process to show
 * the effect, tell the customer.
 */
export function createIncidentContext(deps: IncidentDeps) {
  const incidents = createIncidentsRepository(deps.db);
  const messages = createPublishedMessageRepository(deps.db);

  return {
    deps,
    incidents,

    /** The incident if the user may see it; 404 otherwise, so its existence is not revealed. */
    async load(idOrNumber: string, user: User): Promise<IncidentRow> {
      const incident = await incidents.get(idOrNumber);
      if (!incident || !canSee(incident, user))
        throw new NotFoundError(`Incident ${idOrNumber} does not exist`);
      return incident;
    },

    /** 409 naming the status unless the incident is in one of `allowed`. */
    requireStatus(incident: IncidentRow, allowed: readonly string[], what: string): void {
      if (!allowed.includes(incident.status)) {
        throw new ConflictError(
          `Incident ${incident.number} is ${incident.status}; ${what} needs status ${allowed.join(' or ')}`,
          'INVALID_STATUS',
        );
      }
    },

    /**
     * Publishes a message to the incident's process, recorded in the outbox first (§0.1);
     * returns the message's idempotency key.
     */
    async publish(
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
    },

    /** Waits until the incident shows the change the process makes (or says it is pending). */
    async waitFor(
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
    },

    /**
     * Tells the customer's contacts about the incident once per transition: the key names the
     * transition, so a repeated or concurrent command sends nothing new. The command has taken
     * effect by then, so a notice that cannot be delivered is logged, not answered as a failure.
     */
    async noticeToCustomer(
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
    },
  };
}

export type IncidentContext = ReturnType<typeof createIncidentContext>;
