import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import {
  requestKind,
  requestOf,
  requesterOf,
  SERVICE_REQUEST,
  text,
  type RequestWorkerDeps,
} from './common.ts';

interface FulfilInput {
  recordId: string;
  answer?: string | null;
  changeNumber?: string | null;
}

const input: JSONSchemaType<FulfilInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    answer: { type: 'string', nullable: true },
    changeNumber: { type: 'string', nullable: true },
  },
  required: ['recordId'],
  additionalProperties: true,
};

const output: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/**
 * `itsm:request.fulfil:1` (§2 step 9): the request is `fulfilled` at this moment (with the
 * answer given, or the change that fulfilled it), its fulfilment clock stops (`met` set) and
 * the requester is asked to confirm. Idempotent.
 */
export function createFulfilRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<FulfilInput, Record<string, never>>({
    type: 'itsm:request.fulfil:1',
    description: 'Mark a service request fulfilled, stop its fulfilment clock, tell the requester',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      // The clock stops first, so a request seen fulfilled never has a running fulfilment clock.
      const clocks = await deps.sla.clocksOf(SERVICE_REQUEST, request.id);
      if (clocks.some((c) => c.clockType === 'fulfilment' && c.clock.state !== 'stopped'))
        await deps.sla.stop(
          { recordType: SERVICE_REQUEST, recordId: request.id, clockType: 'fulfilment' },
          { at, actor: ctx.actor },
        );
      if (request.status !== 'fulfilled') {
        const answer = text(i.answer);
        const change = text(i.changeNumber);
        await deps.store.setFields(
          kind,
          request.id,
          {
            fulfilledAt: at.toISOString(),
            ...(answer ? { answer } : {}),
            ...(change ? { changeId: change } : {}),
          },
          actor,
        );
        await deps.store.setStatus(kind, request.id, 'fulfilled', {
          ...actor,
          idempotencyKey: `${ctx.jobKey}:status`,
        });
      }
      await deps.notifier.send({
        template: 'service-request.fulfilled',
        recipients: [`user:${requesterOf(request)}`],
        recordNumber: request.number,
        data: { title: request.title ?? null },
        idempotencyKey: `${ctx.jobKey}:notify`,
        at,
      });
      return {};
    },
  });
}
