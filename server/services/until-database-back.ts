import { isDatabaseUnreachable } from '../../lib/errors.ts';

/**
 * Runs `write` and, while the database cannot be reached (a PostgreSQL restart), runs it again
 * every `pauseMs` until it succeeds or `timeoutMs` has passed. For writes that must follow a
 * command the engine has already accepted (a task's history row after its completion): the
 * engine's state moved on, so giving up at the first outage would lose the row for good.
 * Other errors are thrown at once; `write` must be idempotent.
 */
export async function untilDatabaseBack<T>(
  write: () => Promise<T>,
  options: { timeoutMs?: number; pauseMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      return await write();
    } catch (err) {
      if (!isDatabaseUnreachable(err) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, options.pauseMs ?? 500));
    }
  }
}
