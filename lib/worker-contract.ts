import type { ActivatedJob } from './job-port.ts';
import type { Logger } from './logger.ts';

/**
 * A worker as the registry, the runtime and the API see it: the contract the server lists
 * (GET /api/workers, element templates, diagram checks) without importing workers/.
 * `defineWorker` in workers/lib/define-worker.ts builds one.
 */
export interface Worker {
  readonly type: string;
  readonly description: string;
  readonly input: object;
  readonly output: object;
  readonly fetchVariables: readonly string[];
  readonly bpmnErrors: readonly string[];
  readonly timeoutMs: number;
  run<R>(job: ActivatedJob<R>, log?: Logger): Promise<R>;
}
