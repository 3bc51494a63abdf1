import { createHash } from 'node:crypto';
import type { JSONSchemaType } from 'ajv';
import type { PublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError, TransientError } from '../lib/errors.ts';

/** What the worker needs of the engine: publishing a message. */
export interface MessagePublisher {
  publishMessage(m: {
    name: string;
    correlationKey: string;
    variables?: Record<string, unknown>;
    timeToLiveMs: number;
    messageId?: string;
  }): Promise<{ key: string }>;
}

export interface BusPublishInput {
  messageName: string;
  /**
   * Omit for start messages (§0.1 P4): a fresh `requestId` is used, derived from the job key
   * so that a job that runs twice publishes the same message, and passed as a variable.
   */
  correlationKey?: string;
  variables?: Record<string, unknown>;
  /** ISO 8601 duration (`P7D`, `PT0S`); default 7 days. Start messages use `PT0S`. */
  timeToLive?: string;
  recordType?: string;
  recordNumber?: string;
}

const input: JSONSchemaType<BusPublishInput> = {
  type: 'object',
  properties: {
    messageName: { type: 'string', pattern: '^Msg_[A-Za-z0-9]+$' },
    correlationKey: { type: 'string', minLength: 1, maxLength: 500, nullable: true },
    variables: { type: 'object', nullable: true, required: [] },
    timeToLive: { type: 'string', nullable: true, pattern: '^P' },
    recordType: { type: 'string', nullable: true },
    recordNumber: { type: 'string', nullable: true },
  },
  required: ['messageName'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

const DEFAULT_TTL_MS = 7 * 24 * 3600_000;

/** Milliseconds of an ISO 8601 duration of days and time (`P7D`, `PT1H30M`, `PT0S`). */
export function durationToMs(iso: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) throw new Error(`Invalid duration ${iso}`);
  const [, d, h, m, s] = match;
  return (
    ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 + Number(s ?? 0) * 1000
  );
}

/** A uuid-shaped request id that is the same every time the same job runs. */
export function requestIdFor(jobKey: string): string {
  const h = createHash('sha256').update(`itsm-request:${jobKey}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Message throw and end events: publishes the message and writes it to the outbox. A job that
 * runs twice publishes with the same message id and finds its outbox row, so it adds nothing.
 */
export function createBusPublishWorker(deps: {
  engine: MessagePublisher;
  messages: PublishedMessageRepository;
  clock: Clock;
}) {
  return defineWorker<BusPublishInput, Record<string, never>>({
    type: 'itsm:bus.publish:1',
    description: 'Publish a message to other processes (message throw / end events)',
    input,
    output,
    async handle(i, ctx) {
      const existing = await deps.messages.findByIdempotencyKey(ctx.jobKey);
      if (existing?.messageKey) return {};
      let timeToLiveMs = DEFAULT_TTL_MS;
      if (i.timeToLive) {
        try {
          timeToLiveMs = durationToMs(i.timeToLive);
        } catch {
          // The diagram's mapping is wrong: retrying cannot help, so raise the incident now.
          throw new IncidentError(
            `timeToLive ${i.timeToLive} is not a duration of days and times like P7D or PT0S`,
          );
        }
      }
      const requestId = i.correlationKey ? undefined : requestIdFor(ctx.jobKey);
      const correlationKey = i.correlationKey ?? (requestId as string);
      const variables = requestId ? { ...i.variables, requestId } : (i.variables ?? {});
      // The outbox row comes first, so the projector can link the instance a start message
      // starts even when the engine's record arrives before this worker writes the key.
      const row = await deps.messages.record({
        idempotencyKey: ctx.jobKey,
        messageName: i.messageName,
        correlationKey,
        variables,
        timeToLiveMs,
        sourceType: i.recordType,
        sourceNumber: i.recordNumber,
        publishedAt: deps.clock.now(),
      });
      let messageKey: string;
      try {
        ({ key: messageKey } = await deps.engine.publishMessage({
          name: i.messageName,
          correlationKey,
          variables,
          timeToLiveMs,
          messageId: ctx.jobKey,
        }));
      } catch (err) {
        throw new TransientError(`Publishing ${i.messageName} failed`, undefined, { cause: err });
      }
      await deps.messages.setMessageKey(row.id, messageKey);
      return {};
    },
  });
}
