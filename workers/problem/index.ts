import type { Worker } from '../lib/define-worker.ts';
import { createCheckEffectivenessWorker } from './check-effectiveness.worker.ts';
import { createProblemClassifyWorker } from './classify.worker.ts';
import { createCloseProblemWorker } from './close.worker.ts';
import type { ProblemWorkerDeps } from './common.ts';
import { createEscalateProblemWorker } from './escalate.worker.ts';
import { createPublishKnownErrorWorker } from './publish-known-error.worker.ts';
import { createProblemRecordWorker } from './record.worker.ts';
import { createResolveProblemWorker } from './resolve.worker.ts';

export type { ProblemWorkerDeps } from './common.ts';

/** The workers of `problem-management` (processes.md §3). */
export function createProblemWorkers(deps: ProblemWorkerDeps): Worker[] {
  return [
    createProblemRecordWorker(deps),
    createProblemClassifyWorker(deps),
    createPublishKnownErrorWorker(deps),
    createResolveProblemWorker(deps),
    createCheckEffectivenessWorker(deps),
    createCloseProblemWorker(deps),
    createEscalateProblemWorker(deps),
  ];
}
