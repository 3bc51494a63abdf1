import type { JSONSchemaType } from 'ajv';
import { RECLASSIFIED } from '../../lib/request/rules.ts';
import { TransientError } from '../../lib/errors.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  requestKind,
  requestOf,
  SERVICE_REQUEST,
  stopClocks,
  text,
  type RequestWorkerDeps,
} from './common.ts';

interface CancelInput {
  recordId: string;
  cancelReason?: string | null;
  comment?: string | null;
}

const input: JSONSchemaType<CancelInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    cancelReason: { type: 'string', nullable: true },
    comment: { type: 'string', nullable: true },
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

/** How long the reclassified incident is waited for before the link is left to a note. */
const LINK_ATTEMPTS_LEFT_BEFORE_NOTE = 1;

/**
 * `itsm:request.cancel:1` (§2 step 5 and the requester's cancellation): the request is
 * `cancelled` with the reason (already so when the requester's command set it) and its clocks
 * stop. Reclassified as an incident (reason "reclassified"), it is linked to the incident the
 * `Msg_IncidentReported` recorded from it — the incident may take a moment to be recorded, so
 * the job tries again; after its last retry the history says the link is missing instead of
 * raising an incident. Idempotent.
 */
export function createCancelRequestWorker(deps: RequestWorkerDeps) {
  return defineWorker<CancelInput, Record<string, never>>({
    type: 'itsm:request.cancel:1',
    description: 'Cancel a service request (requester, or reclassified as an incident and linked)',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const at = deps.clock.now();
      const actor = { by: ctx.actor, at };
      const reason = text(i.cancelReason) ?? text(request.cancelReason) ?? text(i.comment);
      // The clocks stop first, so a request seen in its final status has none running.
      await stopClocks(deps, request.id, { at, actor: ctx.actor });
      if (request.status !== 'cancelled') {
        if (reason) await deps.store.setFields(kind, request.id, { cancelReason: reason }, actor);
        await deps.store.setStatus(
          kind,
          request.id,
          'cancelled',
          { ...actor, idempotencyKey: `${ctx.jobKey}:status` },
          reason ? { reason } : {},
        );
      }
      if (reason === RECLASSIFIED) {
        const incident = await deps.items.incidentFromSource(SERVICE_REQUEST, request.number);
        if (incident) {
          await deps.store.link(
            { kind, id: request.id, number: request.number },
            'reclassified-as',
            { kind: { type: 'incident' }, ...incident },
            actor,
          );
        } else if (ctx.retries > LINK_ATTEMPTS_LEFT_BEFORE_NOTE) {
          throw new TransientError(
            `the incident reclassified from ${request.number} is not recorded yet`,
            2_000,
          );
        } else {
          await deps.store.appendHistory(
            kind,
            request.id,
            'note',
            { text: 'The incident it was reclassified as was not recorded; link it by hand' },
            { ...actor, idempotencyKey: `${ctx.jobKey}:no-incident` },
          );
        }
      }
      return {};
    },
  });
}
