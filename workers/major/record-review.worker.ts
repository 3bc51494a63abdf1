import type { JSONSchemaType } from 'ajv';
import {
  normalizeOpportunities,
  normalizeParticipants,
  parseReviewDate,
  reviewProblem,
  type OpportunityInput,
} from '../../lib/incident/review.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { MessageOutbox } from '../incident/ports.ts';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import type { MajorWorkerBase } from './declare.worker.ts';
import { requireMajor } from './notify-top-management.worker.ts';

export interface RecordReviewInput {
  majorIncidentId: string;
  reviewDate: string;
  participants: string[] | string;
  whatWorked?: string;
  improvementOpportunities?: OpportunityInput[] | null;
  noOpportunityReason?: string;
  problemNeeded: boolean;
  correctiveActions?: string;
}

export type RecordReviewOutput = {
  improvementCount: number;
  problemRequested: boolean;
};

const text = (max: number) => ({ type: 'string', nullable: true, maxLength: max });

const input = {
  type: 'object',
  properties: {
    majorIncidentId: { type: 'string', format: 'uuid' },
    reviewDate: { type: 'string', anyOf: [{ format: 'date-time' }, { format: 'date' }] },
    participants: {
      anyOf: [
        { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 200 } },
        { type: 'string', minLength: 1, maxLength: 5000 },
      ],
    },
    whatWorked: text(20000),
    improvementOpportunities: {
      type: 'array',
      nullable: true,
      items: {
        anyOf: [
          { type: 'string', maxLength: 2000 },
          {
            type: 'object',
            properties: {
              title: { type: 'string', maxLength: 2000 },
              description: text(20000),
            },
            required: ['title'],
          },
        ],
      },
    },
    noOpportunityReason: text(20000),
    problemNeeded: { type: 'boolean', default: true },
    correctiveActions: text(20000),
  },
  required: ['majorIncidentId', 'reviewDate', 'participants'],
  additionalProperties: true,
} as unknown as JSONSchemaType<RecordReviewInput>;

const output: JSONSchemaType<RecordReviewOutput> = {
  type: 'object',
  properties: {
    improvementCount: { type: 'integer', minimum: 0 },
    problemRequested: { type: 'boolean' },
  },
  required: ['improvementCount', 'problemRequested'],
  additionalProperties: false,
};

/**
 * `Task_RecordReview`: stores the review (the record is then `reviewed`), publishes one `Msg_ImprovementProposed` per
 * opportunity and `Msg_ProblemRequested` when a problem is needed (start messages through
 * the outbox, so they wait there until a receiving process is deployed). An empty list of
 * opportunities needs `noOpportunityReason`.
 */
export function createRecordReviewWorker(deps: MajorWorkerBase & MessageOutbox) {
  return defineWorker<RecordReviewInput, RecordReviewOutput>({
    type: 'itsm:major.record-review:1',
    description: 'Store the major-incident review and raise its improvements and problem',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const major = await requireMajor(deps, i.majorIncidentId);
      const opportunities = normalizeOpportunities(i.improvementOpportunities);
      const problem = reviewProblem(opportunities, i.noOpportunityReason);
      if (problem) throw new IncidentError(`${major.incidentNumber}: ${problem}`);
      const reviewAt = parseReviewDate(i.reviewDate);
      if (!reviewAt) throw new IncidentError(`reviewDate ${i.reviewDate} is not a date`);
      await deps.majorIncidents.update(
        major.id,
        {
          reviewAt,
          participants: normalizeParticipants(i.participants),
          problemNeeded: i.problemNeeded,
          review: {
            opportunities,
            whatWorked: i.whatWorked ?? null,
            correctiveActions: i.correctiveActions ?? null,
            noOpportunityReason:
              opportunities.length === 0 ? (i.noOpportunityReason ?? null) : null,
          },
        },
        ctx.actor,
        at,
        'review',
        'reviewed',
      );
      const source = { sourceType: 'major-incident', sourceNumber: major.incidentNumber };
      for (const [index, o] of opportunities.entries()) {
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:improvement:${index}`,
          name: 'Msg_ImprovementProposed',
          variables: { ...source, title: o.title, description: o.description },
          timeToLiveMs: 0,
          ...source,
        });
      }
      if (i.problemNeeded) {
        await publishThroughOutbox(deps, {
          idempotencyKey: `${ctx.jobKey}:problem`,
          name: 'Msg_ProblemRequested',
          variables: {
            ...source,
            // The name problem-management reads: the problem is linked to the incident.
            relatedIncidents: [major.incidentNumber],
            title: `Major incident ${major.incidentNumber}`,
            description: i.correctiveActions ?? null,
          },
          timeToLiveMs: 0,
          ...source,
        });
      }
      return { improvementCount: opportunities.length, problemRequested: i.problemNeeded };
    },
  });
}
