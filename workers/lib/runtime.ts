import type { ZeebeJob } from '@camunda8/sdk/dist/zeebe/types.js';
import type { EngineClient } from '../../engine/client.ts';
import type { Logger } from '../../lib/logger.ts';
import type { Worker } from './define-worker.ts';
import type { ActivatedJob } from './job-port.ts';

/** Tuning of the job pollers (defaults suit a 2-core machine; see the benchmark). */
export interface WorkerRuntimeOptions {
  maxJobsToActivate?: number;
  pollIntervalMs?: number;
  /** How long one activation request waits for jobs; shutdown waits for the open ones. */
  longPollMs?: number;
}

/** Registered job workers; `stop` lets running jobs finish first. */
export interface RunningWorkers {
  types: string[];
  stop(): Promise<void>;
}

type SdkJob = Readonly<ZeebeJob>;
type Ack = Awaited<ReturnType<SdkJob['complete']>>;

/** Adapts the SDK's job to our port, the only SDK surface worker code sees. */
function toActivatedJob(job: SdkJob): ActivatedJob<Ack> {
  return {
    jobKey: String(job.key),
    type: job.type,
    processInstanceKey: String(job.processInstanceKey),
    elementId: job.elementId,
    retries: job.retries,
    variables: job.variables,
    customHeaders: Object.fromEntries(
      Object.entries(job.customHeaders ?? {}).map(([k, v]) => [k, String(v)]),
    ),
    complete: (variables) => job.complete(variables as never),
    fail: (f) =>
      job.fail({ errorMessage: f.errorMessage, retries: f.retries, retryBackOff: f.retryBackOff }),
    error: (e) =>
      job.error({
        errorCode: e.errorCode,
        errorMessage: e.errorMessage ?? '',
        variables: (e.variables ?? {}) as never,
      }),
  };
}

/** What a job stream of the SDK's gRPC client looks like to the guard below. */
interface JobStream {
  on(event: 'error', listener: (err: Error) => void): unknown;
  removeAllListeners(...args: unknown[]): unknown;
}

/**
 * @camunda8/sdk 8.6 removes every listener of a job-activation stream when the stream ends,
 * also when its own client-side timeout ends it; an error the gateway sends after that
 * (`RESOURCE_EXHAUSTED` under backpressure) then has no listener and crashes the process
 * (seen under load in the test suite). Keep a logging error listener on every stream for its
 * whole life; the SDK's worker still backs off as before.
 */
function keepStreamErrorsHandled(poller: unknown, type: string, log: Logger): void {
  const client = (poller as { grpcClient?: Record<string, unknown> }).grpcClient;
  const open = client?.activateJobsStream;
  if (!client || typeof open !== 'function') return;
  const onError = (err: Error) => log.info(`job stream of ${type} ended with ${err.message}`);
  client.activateJobsStream = async (...args: unknown[]) => {
    const stream = (await open.apply(client, args)) as Partial<JobStream> | undefined;
    if (
      stream &&
      typeof stream.on === 'function' &&
      typeof stream.removeAllListeners === 'function'
    ) {
      const removeAll = stream.removeAllListeners.bind(stream);
      stream.on('error', onError);
      stream.removeAllListeners = (...a: unknown[]) => {
        const result = removeAll(...a);
        stream.on!('error', onError);
        return result;
      };
    }
    return stream;
  };
}

/** Registers one engine poller per worker (one per job type) on the engine's gRPC client. */
export function startWorkers(
  engine: EngineClient,
  workers: readonly Worker[],
  log: Logger,
  options: WorkerRuntimeOptions = {},
): RunningWorkers {
  const pollers = workers.map((w) => {
    const poller = engine.grpc.createWorker({
      taskType: w.type,
      timeout: w.timeoutMs,
      fetchVariable: [...w.fetchVariables] as never,
      maxJobsToActivate: options.maxJobsToActivate ?? 32,
      pollInterval: options.pollIntervalMs ?? 100,
      longPoll: options.longPollMs ?? 30_000,
      taskHandler: (job) => w.run(toActivatedJob(job), log),
    });
    keepStreamErrorsHandled(poller, w.type, log);
    return poller;
  });
  return {
    types: workers.map((w) => w.type),
    async stop() {
      await Promise.all(pollers.map((p) => p.close(5_000).catch(() => undefined)));
    },
  };
}
