import type { JSONSchemaType } from 'ajv';
import type { TimerVariables } from '../../domain/sla-service.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { requestKind, requestOf, SERVICE_REQUEST, type RequestWorkerDeps } from './common.ts';

interface ReopenInput {
  recordId: string;
}

type ReopenOutput = { slaFulfilment?: TimerVariables };

const input: JSONSchemaType<ReopenInput> = {
  type: 'object',
  properties: { recordId: { type: 'string', minLength: 1 } },
  required: ['recordId'],
  additionalProperties: true,
};

const output = {
  type: 'object',
  properties: { slaFulfilment: { type: 'object', required: [] } },
  required: [],
  additionalProperties: false,
} as unknown as JSONSchemaType<ReopenOutput>;

/**
 * `itsm:request.reopen:1` (§2 step 11): the requester did not confirm, so the request goes
 * back to fulfilment (`in_fulfilment`, an audited status change) and its fulfilment clock runs
 * again from where it stopped — the time between fulfilment and reopening does not count
 * (§0.5 rule 3 [default]). Outputs the clock's new timers (thresholds already recorded are
 * re-armed with the sentinel, so they do not fire twice). Idempotent.
 */
export function createReopenRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<ReopenInput, ReopenOutput>({
    type: 'itsm:request.reopen:1',
    description: 'Send a service request back to fulfilment and run its fulfilment clock again',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      if (request.status === 'fulfilled')
        await deps.store.setStatus(kind, request.id, 'in_fulfilment', {
          by: ctx.actor,
          at,
          idempotencyKey: `${ctx.jobKey}:status`,
        });
      const clocks = await deps.sla.clocksOf(SERVICE_REQUEST, request.id);
      if (!clocks.some((c) => c.clockType === 'fulfilment')) return {};
      const clock = await deps.sla.reopen(
        { recordType: SERVICE_REQUEST, recordId: request.id, clockType: 'fulfilment' },
        { at, actor: ctx.actor },
      );
      return { slaFulfilment: deps.sla.timerVariables(clock) };
    },
  });
}
