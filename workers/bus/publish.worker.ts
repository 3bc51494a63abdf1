import type { JSONSchemaType } from 'ajv';
import type { PublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import {
  CATCH_MESSAGE_TTL_MS,
  publishThroughOutbox,
  type MessagePublisher,
} from '../../domain/outbox.ts';

export { requestIdFor, type MessagePublisher } from '../../domain/outbox.ts';

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

/** Milliseconds of an ISO 8601 duration of days and time (`P7D`, `PT1H30M`, `PT0S`). */
export function durationToMs(iso: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) throw new Error(`Invalid duration ${iso}`);
  const [, d, h, m, s] = match;
  return (
    ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 + Number(s ?? 0) * 1000
  );
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
      let timeToLiveMs = CATCH_MESSAGE_TTL_MS;
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
      await publishThroughOutbox(deps, {
        idempotencyKey: ctx.jobKey,
        name: i.messageName,
        correlationKey: i.correlationKey,
        variables: i.variables ?? {},
        timeToLiveMs,
        sourceType: i.recordType,
        sourceNumber: i.recordNumber,
      });
      return {};
    },
  });
}
