import type { Logger } from '../lib/logger.ts';

/**
 * Runs an entry point: errors print as one clear line (no stack unless DEBUG is set), and
 * SIGINT/SIGTERM call `stop` once, so every part shuts down in order.
 */
export function runMain(log: Logger, main: () => Promise<{ stop(): Promise<void> } | void>): void {
  let stopping = false;
  main()
    .then((running) => {
      if (!running) return;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info(`${signal} received; stopping…`);
        running
          .stop()
          .then(() => process.exit(0))
          .catch((err) => {
            log.error('stopping failed', err);
            process.exit(1);
          });
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (process.env.DEBUG) log.error('failed', err);
      else log.error(`failed: ${message}`);
      process.exit(1);
    });
}
