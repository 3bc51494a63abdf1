import type { Knex } from 'knex';
import {
  ApprovalError,
  decideAtStep,
  type Decision,
  type DecisionRequest,
  type StoredDecision,
} from '../../lib/records/approvals.ts';
import { createRecordsRepository, type RecordTypeName } from './records.repository.ts';

/** One stored decision as the API shows it. */
export interface ApprovalView extends StoredDecision {
  comment: string | null;
  decidedAt: string;
}

/** What is decided, by whom, on which record and step of its chain. */
export interface ApprovalInput {
  recordType: RecordTypeName;
  recordId: string;
  step: number;
  request: DecisionRequest;
  /** Who asked for what is approved; undefined → the record's creator. */
  requester?: string | null;
  at: Date;
  /** Unique to this decision (e.g. the task's key): a repeat rewrites it, never adds one. */
  idempotencyKey: string;
}

/**
 * The `approvals` of §0.1 for records of any kind: each decision is checked against the
 * chain's rules (lib/records/approvals.ts) under a lock on the record, so two approvers cannot
 * both take one step, and is written with its history entry in one transaction.
 */
export function createApprovalsRepository(db: Knex) {
  async function decisionsOf(
    q: Knex | Knex.Transaction,
    recordId: string,
  ): Promise<(ApprovalView & { idempotencyKey: string | null })[]> {
    const rows = (await q('approvals')
      .where({ record_id: recordId })
      .orderBy([
        { column: 'round', order: 'asc' },
        { column: 'step', order: 'asc' },
      ])) as Record<string, unknown>[];
    return rows.map((r) => ({
      round: Number(r.round),
      step: Number(r.step),
      decision: r.decision as Decision,
      comment: (r.comment as string | null) ?? null,
      decidedBy: String(r.decided_by),
      decidedAt: (r.decided_at as Date).toISOString(),
      idempotencyKey: (r.idempotency_key as string | null) ?? null,
    }));
  }

  return {
    /** A record's decisions, by round and step. */
    async ofRecord(recordId: string): Promise<ApprovalView[]> {
      return (await decisionsOf(db, recordId)).map(({ idempotencyKey: _, ...view }) => view);
    },

    /**
     * Records a decision at a step of the record's chain and tells it in the record's
     * history. Throws an ApprovalError when the rules refuse it (and writes nothing).
     */
    async decide(input: ApprovalInput): Promise<{ round: number; step: number }> {
      return db.transaction(async (trx) => {
        const records = createRecordsRepository(trx);
        const record = await records.lock(trx, input.recordType, input.recordId);
        if (!record) throw new Error(`${input.recordType} ${input.recordId} does not exist`);
        // A repeat of this very decision (an earlier attempt) does not count against itself.
        const decisions = (await decisionsOf(trx, record.id)).filter(
          (d) => d.idempotencyKey !== input.idempotencyKey,
        );
        const placed = decideAtStep({
          step: input.step,
          decisions,
          requester: input.requester === undefined ? record.createdBy : input.requester,
          request: input.request,
        });
        const comment = input.request.comment?.trim() || null;
        const row = {
          record_type: input.recordType,
          record_id: record.id,
          round: placed.round,
          step: placed.step,
          decision: input.request.decision,
          comment,
          decided_by: input.request.by.username,
          decided_at: input.at,
          idempotency_key: input.idempotencyKey,
        };
        try {
          await trx('approvals')
            .insert(row)
            .onConflict('idempotency_key')
            .merge(['round', 'step', 'decision', 'comment', 'decided_by', 'decided_at']);
        } catch (err) {
          if ((err as { code?: string }).code === '23505')
            throw new ApprovalError(
              'closed',
              `Step ${placed.step} of this approval is already decided`,
            );
          throw err;
        }
        await trx('record_activities').where({ idempotency_key: input.idempotencyKey }).delete();
        await records.appendActivity(input.recordType, record.id, {
          kind: 'approval',
          data: { ...placed, decision: input.request.decision, comment },
          by: input.request.by.username,
          at: input.at,
          idempotencyKey: input.idempotencyKey,
        });
        return placed;
      });
    },

    /** Takes back a decision whose task could not be completed (nothing else refers to it). */
    async withdraw(idempotencyKey: string): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('approvals').where({ idempotency_key: idempotencyKey }).delete();
        await trx('record_activities').where({ idempotency_key: idempotencyKey }).delete();
      });
    },
  };
}

export type ApprovalsRepository = ReturnType<typeof createApprovalsRepository>;
