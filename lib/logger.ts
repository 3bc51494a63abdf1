/** A tiny leveled logger: one line per event, component-tagged, to stderr. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
  child(component: string): Logger;
}

/** Creates a logger whose lines start with `[component]`; `quiet` drops info lines (tests). */
export function createLogger(component: string, options: { quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string) =>
    process.stderr.write(`${new Date().toISOString()} ${level} [${component}] ${message}\n`);
  return {
    info: (message) => {
      if (!options.quiet) write('INFO ', message);
    },
    warn: (message) => write('WARN ', message),
    error: (message, err) =>
      write('ERROR', err instanceof Error ? `${message}: ${err.stack ?? err.message}` : message),
    child: (name) => createLogger(`${component}:${name}`, options),
  };
}
