import { Ajv, type JSONSchemaType, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Logger } from '../../lib/logger.ts';
import type { WorkerContract } from '../../lib/worker-contract.ts';
import type { ActivatedJob } from './job-port.ts';
import { runJob, type JobContext } from './run-job.ts';

export type { JobContext } from './run-job.ts';

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

/** One ajv for every worker; schemas are compiled once, when the worker is defined. */
export const workerAjv = new Ajv({ allErrors: true, strict: true, useDefaults: true });
addFormats(workerAjv);

/** The output schema of a worker that sets no process variables. */
export const NO_OUTPUT: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

/** A worker as its author writes it: job type, contract and handler. */
export interface WorkerSpec<I, O extends Record<string, unknown>> {
  /** Engine job type; must match `zeebe:taskDefinition type` in workflows/*.bpmn. */
  type: string;
  /** One line, shown in GET /api/workers and in the modeler's element templates. */
  description: string;
  input: JSONSchemaType<I>;
  output: JSONSchemaType<O>;
  /** BPMN error codes this worker may throw; each must be caught wherever the type is used. */
  bpmnErrors?: readonly string[];
  /** How long the engine waits before handing the job to another worker. */
  timeoutMs?: number;
  /** What replaced the job type in new diagram versions (see WorkerContract.retired). */
  retired?: string;
  handle(input: I, ctx: JobContext): Promise<O>;
}

/** A worker as the registry and the runtime see it: its contract, and how it runs a job. */
export interface Worker extends WorkerContract {
  run<R>(job: ActivatedJob<R>, log?: Logger): Promise<R>;
}

/** A worker that also exposes its typed handler, for unit tests. */
export type DefinedWorker<I, O extends Record<string, unknown>> = Worker & {
  handle(input: I, ctx: JobContext): Promise<O>;
};

/** Declares a worker: compiles its schemas and derives the variables to fetch from the input schema. */
export function defineWorker<I, O extends Record<string, unknown>>(
  spec: WorkerSpec<I, O>,
): DefinedWorker<I, O> {
  const isInput: ValidateFunction<I> = workerAjv.compile<I>(spec.input);
  const isOutput: ValidateFunction<O> = workerAjv.compile<O>(spec.output);
  const bpmnErrors = spec.bpmnErrors ?? [];
  const properties = (spec.input as { properties?: Record<string, unknown> }).properties ?? {};
  return {
    type: spec.type,
    description: spec.description,
    input: spec.input,
    output: spec.output,
    bpmnErrors,
    timeoutMs: spec.timeoutMs ?? 60_000,
    ...(spec.retired ? { retired: spec.retired } : {}),
    // Fetch only what the schema declares: smaller payloads, no accidental coupling.
    fetchVariables: Object.keys(properties),
    handle: spec.handle,
    run: (job, log) =>
      runJob({ type: spec.type, bpmnErrors, handle: spec.handle }, isInput, isOutput, job, log),
  };
}
