import type { JSONSchemaType } from 'ajv';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { reviewItems, reviewItemText, type ReviewItemInput } from '../../lib/security/rules.ts';
import { defineWorker } from '../lib/define-worker.ts';
import {
  kindNamed,
  SECURITY_INCIDENT,
  securityIncidentOf,
  text,
  type SecurityWorkerDeps,
} from './common.ts';

export interface RecordReviewInput {
  recordId: string;
  lessonsLearned: string;
  improvementOpportunities?: ReviewItemInput[] | null;
  controlsToChange?: ReviewItemInput[] | null;
  riskReviewNeeded: boolean;
}

export type RecordReviewOutput = {
  improvementCount: number;
  changeCount: number;
  riskReviewRequested: boolean;
};

const list = {
  type: 'array',
  nullable: true,
  maxItems: 50,
  items: {
    anyOf: [
      { type: 'string', maxLength: 2000 },
      {
        type: 'object',
        properties: {
          title: { type: 'string', maxLength: 2000 },
          description: { type: 'string', nullable: true, maxLength: 20000 },
        },
        required: ['title'],
      },
    ],
  },
};

const input = {
  type: 'object',
  properties: {
    recordId: { type: 'string', minLength: 1 },
    lessonsLearned: { type: 'string', minLength: 1, maxLength: 10000 },
    improvementOpportunities: list,
    controlsToChange: list,
    riskReviewNeeded: { type: 'boolean' },
  },
  required: ['recordId', 'lessonsLearned', 'riskReviewNeeded'],
  additionalProperties: true,
} as unknown as JSONSchemaType<RecordReviewInput>;

const output: JSONSchemaType<RecordReviewOutput> = {
  type: 'object',
  properties: {
    improvementCount: { type: 'integer', minimum: 0 },
    changeCount: { type: 'integer', minimum: 0 },
    riskReviewRequested: { type: 'boolean' },
  },
  required: ['improvementCount', 'changeCount', 'riskReviewRequested'],
  additionalProperties: false,
};

/**
 * `itsm:security.record-review:1` (§4 step 9): keeps the review on the record (lessons, the
 * opportunities, the controls to change, whether the risks are reviewed again) and publishes
 * one `Msg_ImprovementProposed` per opportunity, one `Msg_ChangeRequested` per control change
 * and `Msg_SecurityRiskReviewRequested` when asked: start messages through the outbox, kept
 * there until `continual-improvement`, `change-management` and `security-risk-assessment`
 * are deployed. Idempotent by job key.
 */
export function createRecordSecurityReviewWorker(deps: SecurityWorkerDeps) {
  return defineWorker<RecordReviewInput, RecordReviewOutput>({
    type: 'itsm:security.record-review:1',
    description:
      'Store the security-incident review and raise its improvements, changes and risk review',
    input,
    output,
    async handle(i, ctx) {
      const kind = kindNamed(deps, SECURITY_INCIDENT);
      const sec = await securityIncidentOf(deps, i.recordId);
      const at = deps.clock.now();
      const opportunities = reviewItems(i.improvementOpportunities);
      const controls = reviewItems(i.controlsToChange);
      await deps.store.setFields(
        kind,
        sec.id,
        {
          lessonsLearned: i.lessonsLearned.trim(),
          improvementOpportunities: opportunities.map(reviewItemText),
          controlsToChange: controls.map(reviewItemText),
          riskReviewNeeded: i.riskReviewNeeded,
        },
        { by: ctx.actor, at },
      );
      const source = { sourceType: SECURITY_INCIDENT, sourceNumber: sec.number };
      for (const [index, o] of opportunities.entries())
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:improvement:${index}`,
          name: 'Msg_ImprovementProposed',
          variables: { ...source, title: o.title, description: o.description },
          timeToLiveMs: 0,
          ...source,
        });
      for (const [index, c] of controls.entries())
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:change:${index}`,
          name: 'Msg_ChangeRequested',
          variables: {
            ...source,
            recordId: sec.id,
            class: 'normal',
            title: c.title,
            description: c.description,
            incidentNumber: text(sec.incidentNumber),
          },
          timeToLiveMs: 0,
          ...source,
        });
      if (i.riskReviewNeeded)
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:risk-review`,
          name: 'Msg_SecurityRiskReviewRequested',
          variables: {
            ...source,
            title: String(sec.title ?? sec.number),
            securityCategory: sec.securityCategory ?? null,
            riskLevel: sec.riskLevel ?? null,
            lessonsLearned: i.lessonsLearned.trim(),
          },
          timeToLiveMs: 0,
          ...source,
        });
      return {
        improvementCount: opportunities.length,
        changeCount: controls.length,
        riskReviewRequested: i.riskReviewNeeded,
      };
    },
  });
}
