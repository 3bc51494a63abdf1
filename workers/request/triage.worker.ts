import type { JSONSchemaType } from 'ajv';
import {
  accessValidUntil,
  approvalPlan,
  fulfilmentPath,
  requestPriority,
} from '../../lib/request/rules.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { TimerVariables } from '../../domain/sla-service.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  priorityMatrix,
  requestKind,
  requestOf,
  SERVICE_REQUEST,
  text,
  type RequestWorkerDeps,
} from './common.ts';

export interface ApplyTriageInput {
  recordId: string;
  itemId?: string | null;
  impact?: string | number | null;
  urgency?: string | number | null;
}

export type ApplyTriageOutput = {
  requestType: string;
  approvalPolicy: string;
  approverId: string;
  approverGroup: string;
  securityApproval: boolean;
  fulfilmentGroup: string;
  fulfilmentPath: string;
  changeTemplateId: string | null;
  priority: string;
  accessValidUntil: string | null;
  slaFulfilment?: TimerVariables;
};

// A level arrives as "1"…"3" from a form or 1…3 from a message: read by levelOf, not typed here.
const level = {} as const;

const input = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    itemId: { type: 'string', nullable: true },
    impact: level,
    urgency: level,
  },
  required: ['recordId'],
  additionalProperties: true,
} as unknown as JSONSchemaType<ApplyTriageInput>;

const output = {
  type: 'object',
  properties: {
    requestType: { type: 'string' },
    approvalPolicy: { type: 'string' },
    approverId: { type: 'string' },
    approverGroup: { type: 'string' },
    securityApproval: { type: 'boolean' },
    fulfilmentGroup: { type: 'string' },
    fulfilmentPath: { type: 'string', enum: ['fulfil', 'standard-change', 'normal-change'] },
    changeTemplateId: { type: 'string', nullable: true },
    priority: { type: 'string' },
    accessValidUntil: { type: 'string', nullable: true },
    slaFulfilment: { type: 'object', required: [] },
  },
  required: [
    'requestType',
    'approvalPolicy',
    'approverId',
    'approverGroup',
    'securityApproval',
    'fulfilmentGroup',
    'fulfilmentPath',
    'changeTemplateId',
    'priority',
    'accessValidUntil',
  ],
  additionalProperties: false,
} as unknown as JSONSchemaType<ApplyTriageOutput>;

/**
 * `itsm:request.apply-triage:1` (§2 steps 4–7): applies the service desk's triage — the
 * catalogue item decides the request type, the fulfilment group, the approvers (policy,
 * named approver, the security officer's second step for privileged access) and the path
 * (fulfil, or a standard or normal change); impact × urgency gives the priority, and a changed
 * priority moves the fulfilment clock to its new target (§0.5 rule 4). Records the first
 * response. Access items get the default expiry (365 days [default]) that the approver may
 * change. Idempotent: the same triage writes the same fields.
 */
export function createApplyTriageWorker(deps: RequestWorkerDeps) {
  return defineWorker<ApplyTriageInput, ApplyTriageOutput>({
    type: 'itsm:request.apply-triage:1',
    description: 'Apply the triage of a service request: item, priority, approvers and path',
    input,
    output,
    async handle(i, ctx) {
      const kind = requestKind(deps);
      const request = await requestOf(deps, i.recordId);
      const itemId = text(i.itemId) ?? text(request.itemId);
      const item = itemId ? await deps.items.facts(itemId) : undefined;
      if (!item) throw new IncidentError(`request item ${itemId ?? '(none)'} does not exist`);
      const at = deps.clock.now();
      const matrix = await priorityMatrix(deps);
      const p = requestPriority(matrix, i.impact, i.urgency, item);
      const plan = approvalPlan(item);
      const validUntil = accessValidUntil(item.type, null, at);
      const before = request.priority;
      const targetChanged =
        JSON.stringify(request.fulfilmentTarget ?? null) !==
        JSON.stringify(item.fulfilmentTarget ?? null);
      await deps.store.setFields(
        kind,
        request.id,
        {
          itemId: item.id,
          requestType: item.type,
          impact: String(p.impact),
          urgency: String(p.urgency),
          priority: p.priority,
          fulfilmentGroup: item.fulfilmentGroup,
          fulfilmentTarget: item.fulfilmentTarget,
          approvalPolicy: plan.approvalPolicy,
          ...(plan.approverId ? { approverId: plan.approverId } : {}),
          ...(request.respondedAt ? {} : { respondedAt: at.toISOString() }),
        },
        { by: ctx.actor, at },
      );
      let slaFulfilment: TimerVariables | undefined;
      if (before !== p.priority || targetChanged) {
        const clocks = await deps.sla.clocksOf(SERVICE_REQUEST, request.id);
        if (clocks.some((c) => c.clockType === 'fulfilment' && c.clock.state !== 'stopped')) {
          const { clock } = await deps.sla.recalculate(
            { recordType: SERVICE_REQUEST, recordId: request.id, clockType: 'fulfilment' },
            {
              at,
              actor: ctx.actor,
              reason: targetChanged
                ? 'the catalogue item’s fulfilment target'
                : `priority ${before ?? '—'} → ${p.priority}`,
            },
          );
          slaFulfilment = deps.sla.timerVariables(clock);
        }
      }
      return {
        requestType: item.type,
        approvalPolicy: plan.approvalPolicy,
        approverId: plan.approverId,
        approverGroup: plan.approverGroup,
        securityApproval: plan.securityApproval,
        fulfilmentGroup: item.fulfilmentGroup,
        fulfilmentPath: fulfilmentPath(item),
        changeTemplateId: item.changeTemplateId,
        priority: p.priority,
        accessValidUntil: validUntil ? validUntil.toISOString() : null,
        ...(slaFulfilment ? { slaFulfilment } : {}),
      };
    },
  });
}
