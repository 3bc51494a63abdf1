/** The one source of "now" for business times (SLA, due dates, audit entries). */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that follows the engine's (moved by tests and demos under clock control): it reads
 * the engine time once a second and extrapolates in between, so business times agree with
 * the engine's timers. `refresh()` re-reads at once (after moving the engine clock).
 */
export function createEngineClock(readEngineTime: () => Promise<number>, refreshMs = 1000) {
  let offset = 0;
  let timer: NodeJS.Timeout | undefined;
  const refresh = async () => {
    const before = Date.now();
    const engineNow = await readEngineTime();
    offset = engineNow - (before + Date.now()) / 2;
  };
  return {
    now: () => new Date(Date.now() + offset),
    refresh,
    async start() {
      await refresh();
      timer = setInterval(() => void refresh().catch(() => undefined), refreshMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
