import type { Worker } from '../lib/define-worker.ts';
import type { SlaWorkerDeps } from './common.ts';
import { createPauseClockWorker } from './pause-clock.worker.ts';
import { createRecalculateClockWorker } from './recalculate-clock.worker.ts';
import { createResumeClockWorker } from './resume-clock.worker.ts';
import { createStartClockWorker } from './start-clock.worker.ts';
import { createStopClockWorker } from './stop-clock.worker.ts';
import { createThresholdReachedWorker } from './threshold-reached.worker.ts';

export type { SlaWorkerDeps } from './common.ts';

/** The pattern W workers of §0.5, for workers/registry.ts. */
export function createSlaWorkers(deps: SlaWorkerDeps): Worker[] {
  return [
    createStartClockWorker(deps),
    createStopClockWorker(deps),
    createPauseClockWorker(deps),
    createResumeClockWorker(deps),
    createRecalculateClockWorker(deps),
    createThresholdReachedWorker(deps),
  ];
}
