import type { JSONSchemaType } from 'ajv';
import { defineWorker } from '../lib/define-worker.ts';
import { requestKind, requestOf, stopClocks, type RequestWorkerDeps } from './common.ts';

interface CloseInput {
  recordId: string;
  rating?: number | null;
}

const input: JSONSchemaType<CloseInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    rating: { type: 'integer', nullable: true },
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
 * `itsm:request.close:1` (§2 step 12): the confirmed request is `closed` with its closing time
 * and the requester's rating (1–5; none when confirmed by timeout); any clock still running
 * stops. Idempotent: a closed request is left as it is.
 */
export function createCloseRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<CloseInput, Record<string, never>>({
    type: 'itsm:request.close:1',
    description: 'Close a confirmed service request with its rating',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      await stopClocks(deps, request.id, { at, actor: ctx.actor });
      if (request.status === 'closed') return {};
      const rating =
        typeof i.rating === 'number' && i.rating >= 1 && i.rating <= 5 ? i.rating : undefined;
      await deps.store.setFields(
        kind,
        request.id,
        {
          closedAt: at.toISOString(),
          ...(rating ? { rating } : {}),
          ...(request.confirmedBy ? {} : { confirmedBy: 'requester' }),
        },
        actor,
      );
      await deps.store.setStatus(kind, request.id, 'closed', {
        ...actor,
        idempotencyKey: `${ctx.jobKey}:status`,
      });
      return {};
    },
  });
}
