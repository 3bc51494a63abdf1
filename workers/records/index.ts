import type { ApprovalsRepository } from '../../db/repositories/approvals.repository.ts';
import type { Notifier } from '../../domain/notifier.ts';
import type { SlaService } from '../../domain/sla-service.ts';
import { createRecordCancelWorker } from './cancel.worker.ts';
import { createRecordApprovalWorker } from './approval.worker.ts';
import { createRecordCreateWorker } from './create.worker.ts';
import { createRecordLinkWorker } from './link.worker.ts';
import { createRecordSelectDueWorker } from './select-due.worker.ts';
import { createRecordSetFieldsWorker } from './set-fields.worker.ts';
import { createRecordSetStatusWorker } from './set-status.worker.ts';
import type { RecordWorkerDeps } from './common.ts';

/** The generic record workers (architecture.md §8), used from any diagram with input mappings. */
export function createRecordWorkers(
  deps: RecordWorkerDeps & { approvals: ApprovalsRepository; sla: SlaService; notifier: Notifier },
) {
  return [
    createRecordCreateWorker(deps),
    createRecordSetStatusWorker(deps),
    createRecordSetFieldsWorker(deps),
    createRecordLinkWorker(deps),
    createRecordSelectDueWorker(deps),
    createRecordApprovalWorker(deps),
    createRecordCancelWorker(deps),
  ];
}
