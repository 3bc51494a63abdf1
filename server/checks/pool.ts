import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';

/**
 * The worker threads that run the checks a process owner's input can make slow (FEEL
 * expressions of forms, diagram checks), so the API's main thread keeps answering. A job
 * gets a time limit that starts when a worker begins it (not while it waits or a worker
 * boots); past it, the worker is terminated (Piscina replaces it) and the job fails with
 * {@link CheckLimitError}. Workers start on the first job and are unref'd while idle, so they
 * never hold a process open; {@link closeCheckPool} ends them.
 */

/** A job went past its time limit or its worker ran out of memory; the worker was ended. */
export class CheckLimitError extends Error {
  override readonly name = 'CheckLimitError';
  constructor(
    readonly reason: 'time' | 'memory',
    readonly limitMs: number,
    /** The last step the job reported before it was ended (e.g. the expression it evaluated). */
    readonly lastStep: unknown,
  ) {
    super(
      reason === 'time'
        ? `The check took longer than ${limitMs / 1000} s`
        : 'The check used more memory than allowed',
    );
  }
}

/** Every worker is busy and the queue is full, or a job waited too long for a worker. */
export class CheckPoolBusyError extends Error {
  override readonly name = 'CheckPoolBusyError';
}

/** What a job receives in the worker: its input and the port to report start and steps on. */
export interface JobInput<P> {
  payload: P;
  port: import('node:worker_threads').MessagePort;
}

/** A message from a job: it started, or it reached a step (named for a time-out message). */
export type JobMessage = { started: true } | { step: unknown };

const WORKER_FILE = new URL('./worker.ts', import.meta.url).href;
/** How long a job may wait for a free worker (queue and worker start), on top of its limit. */
const MAX_WAIT_MS = 30_000;
const MAX_QUEUE = 100;
/** Heap of one worker; a 2 MB diagram's check needs about 150 MB. */
const WORKER_HEAP_MB = 512;

let pool: Piscina | undefined;

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: WORKER_FILE,
    minThreads: 1,
    maxThreads: 2,
    idleTimeout: 60_000,
    maxQueue: MAX_QUEUE,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Below the API's thread on a busy machine (Linux threads have their own nice value).
    niceIncrement: 10,
  });
  return pool;
}

/**
 * Runs the worker's exported function `job` with `payload`; `limitMs` bounds its running time.
 *
 * @throws CheckLimitError past the time limit or the worker's memory.
 * @throws CheckPoolBusyError when no worker could take the job in time.
 */
export async function runCheck<R>(job: string, payload: unknown, limitMs: number): Promise<R> {
  const { port1, port2 } = new MessageChannel();
  const controller = new AbortController();
  const state: { outcome: 'running' | 'timed-out' | 'waited-too-long' } = { outcome: 'running' };
  let lastStep: unknown;
  let limitTimer: NodeJS.Timeout | undefined;
  const waitTimer = setTimeout(() => {
    state.outcome = 'waited-too-long';
    controller.abort();
  }, MAX_WAIT_MS + limitMs);
  port1.on('message', (message: JobMessage) => {
    if ('started' in message) {
      clearTimeout(waitTimer);
      limitTimer = setTimeout(() => {
        state.outcome = 'timed-out';
        controller.abort();
      }, limitMs);
    } else {
      lastStep = message.step;
    }
  });
  try {
    return (await thePool().run({ payload, port: port2 } satisfies JobInput<unknown>, {
      name: job,
      transferList: [port2],
      signal: controller.signal,
    })) as R;
  } catch (err) {
    if (state.outcome === 'timed-out') throw new CheckLimitError('time', limitMs, lastStep);
    if (state.outcome === 'waited-too-long' || isQueueFull(err)) {
      throw new CheckPoolBusyError('The server is busy checking other forms and diagrams');
    }
    if ((err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new CheckLimitError('memory', limitMs, lastStep);
    }
    throw err;
  } finally {
    clearTimeout(waitTimer);
    clearTimeout(limitTimer);
    port1.close();
  }
}

function isQueueFull(err: unknown): boolean {
  return err instanceof Error && err.message === 'Task queue is at limit';
}

/** Ends the workers (on the platform's stop); the next job starts new ones. */
export async function closeCheckPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
