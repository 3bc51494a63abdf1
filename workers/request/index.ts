import type { Worker } from '../lib/define-worker.ts';
import { createAutoConfirmWorker } from './auto-confirm.worker.ts';
import { createCancelRequestWorker } from './cancel.worker.ts';
import { createCloseRequestWorker } from './close.worker.ts';
import type { RequestWorkerDeps } from './common.ts';
import { createEscalateRequestWorker } from './escalate.worker.ts';
import { createFulfilRequestWorker } from './fulfil.worker.ts';
import { createRecordRequestWorker } from './record.worker.ts';
import { createRejectRequestWorker } from './reject.worker.ts';
import { createReopenRequestWorker } from './reopen.worker.ts';
import { createApplyTriageWorker } from './triage.worker.ts';

export type { RequestWorkerDeps } from './common.ts';

/** The workers of `service-request` (processes.md §2). */
export function createRequestWorkers(deps: RequestWorkerDeps): Worker[] {
  return [
    createRecordRequestWorker(deps),
    createApplyTriageWorker(deps),
    createRejectRequestWorker(deps),
    createCancelRequestWorker(deps),
    createFulfilRequestWorker(deps),
    createAutoConfirmWorker(deps),
    createCloseRequestWorker(deps),
    createEscalateRequestWorker(deps),
    createReopenRequestWorker(deps),
  ];
}
