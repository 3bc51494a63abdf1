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

/**
 * True when the database could not be reached or went away mid-request: PostgreSQL shutting
 * down or still starting (57P01–57P03), a connection exception (class 08), the connection
 * refused or ended under the query, or no pooled connection within knex's acquire timeout.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^57P0[123]$/.test(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (code === 'ECONNREFUSED') return true;
  if (e?.name === 'KnexTimeoutError') return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection (was )?(closed|ended)/i.test(message);
}
