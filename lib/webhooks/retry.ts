/**
 * When a failed delivery is tried again: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, then every
 * 4 h, until {@link WEBHOOK_MAX_ATTEMPTS} attempts have failed.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
  30_000,
  2 * 60_000,
  10 * 60_000,
  30 * 60_000,
  3600_000,
  2 * 3600_000,
  4 * 3600_000,
] as const;

/** Attempts before a delivery is given up as `failed` [default]. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** The wait after the `attempts`-th failed attempt (1-based), capped at the last delay. */
export function retryDelayMs(attempts: number): number {
  const i = Math.min(Math.max(attempts, 1), WEBHOOK_RETRY_DELAYS_MS.length) - 1;
  return WEBHOOK_RETRY_DELAYS_MS[i]!;
}

/** What follows a failed attempt: another at `retryAt`, or `failed` once attempts are used up. */
export function afterFailure(
  attempts: number,
  at: Date,
  maxAttempts = WEBHOOK_MAX_ATTEMPTS,
): { status: 'pending'; retryAt: Date } | { status: 'failed' } {
  if (attempts >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', retryAt: new Date(at.getTime() + retryDelayMs(attempts)) };
}

/** Whether an HTTP status means delivered (any 2xx). */
export function delivered(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}
