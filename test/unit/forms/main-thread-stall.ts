/**
 * How long the main thread's event loop stalled while something ran: the largest delay of a
 * 10 ms timer, in ms. A stalled event loop is what makes /api/health wait.
 */
export async function mainThreadStall<T>(
  run: () => Promise<T>,
): Promise<{ value?: T; error?: unknown; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  };
  const timer = setInterval(tick, 10);
  let outcome: { value?: T; error?: unknown };
  try {
    outcome = { value: await run() };
  } catch (error) {
    outcome = { error };
  }
  clearInterval(timer);
  tick();
  return { ...outcome, stallMs };
}

/**
 * The bound the tests hold a stall to: the 100 ms per health call, with room for a
 * shared two-core machine (an idle event loop here stalls up to ~100 ms when six test runs
 * share it). A check on the main thread stalls for its whole run: seconds.
 */
export const STALL_BOUND_MS = 250;
