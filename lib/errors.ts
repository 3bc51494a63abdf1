/**
 * The three ways a worker can fail, each mapped to one engine command in run-job.ts.
 * Anything else thrown counts as transient (retried while retries remain).
 */

/** A business outcome the process models: caught by an error boundary or event sub-process. */
export class BpmnError extends Error {
  override readonly name = 'BpmnError';
  constructor(
    readonly code: string,
    message: string,
    readonly variables: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A temporary technical failure (timeout, 5xx, lock): retried with backoff. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Retrying cannot help (bad configuration, missing reference data): an incident now. */
export class IncidentError extends Error {
  override readonly name = 'IncidentError';
}
