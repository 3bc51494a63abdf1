/**
 * What the server knows of a worker: its job type and contract, listed by GET /api/workers,
 * turned into the modeler's element templates and used by the diagram checks. A `Worker`
 * (workers/lib/define-worker.ts) is one, plus `run`; the server never runs a job, so it
 * depends on this description and not on workers/.
 */
export interface WorkerContract {
  readonly type: string;
  readonly description: string;
  readonly input: object;
  readonly output: object;
  readonly fetchVariables: readonly string[];
  readonly bpmnErrors: readonly string[];
  readonly timeoutMs: number;
}
