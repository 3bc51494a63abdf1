import type { Worker } from '../lib/define-worker.ts';
import { createCloseSecurityIncidentWorker } from './close.worker.ts';
import type { SecurityWorkerDeps } from './common.ts';
import { createRecordSecurityReviewWorker } from './record-review.worker.ts';
import { createRecordSecurityIncidentWorker } from './record.worker.ts';
import { createSetSecurityPriorityWorker } from './set-priority.worker.ts';

export type { SecurityWorkerDeps } from './common.ts';

/** The workers of `security-incident` (processes.md §4). */
export function createSecurityWorkers(deps: SecurityWorkerDeps): Worker[] {
  return [
    createRecordSecurityIncidentWorker(deps),
    createSetSecurityPriorityWorker(deps),
    createRecordSecurityReviewWorker(deps),
    createCloseSecurityIncidentWorker(deps),
  ];
}
