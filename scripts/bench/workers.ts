import type { JSONSchemaType } from 'ajv';
import type { Knex } from 'knex';
import { createBenchRepository } from '../../db/repositories/bench.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import { defineWorker } from '../../workers/lib/define-worker.ts';

/** The job type of test/fixtures/bpmn/bench-one-task.bpmn. */
export const NOOP_JOB_TYPE = 'bench:noop:1';

export { BENCH_TABLE } from '../../db/repositories/bench.repository.ts';

/**
 * The baseline worker, straight on the SDK: completes each job at once, no validation, no I/O.
 * Settings as in ../shared/engine.md: up to 64 jobs per activation, polled every 10 ms.
 */
export function startSdkNoopWorker(engine: EngineClient, jobType = NOOP_JOB_TYPE) {
  return engine.grpc.createWorker({
    taskType: jobType,
    maxJobsToActivate: 64,
    pollInterval: 10,
    timeout: 60_000,
    taskHandler: (job) => job.complete(),
  });
}

type NoInput = Record<string, never>;
type Output = { benchWritten: boolean };

const input: JSONSchemaType<NoInput> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: true,
};

const output: JSONSchemaType<Output> = {
  type: 'object',
  properties: { benchWritten: { type: 'boolean' } },
  required: ['benchWritten'],
  additionalProperties: false,
};

/**
 * The same job through the platform's worker framework: ajv input and output schemas, the one
 * error mapping of run-job.ts, and an idempotent Postgres write keyed by the job key (what a
 * real worker's side effect costs). Its output becomes a process variable, as a real one's does.
 */
export function benchFrameworkWorker(db: Knex, jobType = NOOP_JOB_TYPE) {
  const bench = createBenchRepository(db);
  return defineWorker<NoInput, Output>({
    type: jobType,
    description: 'Benchmark: one idempotent Postgres write per job',
    input,
    output,
    async handle(_input, ctx) {
      await bench.recordJobEffect(ctx.jobKey, ctx.processInstanceKey);
      return { benchWritten: true };
    },
  });
}
