import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { isAlive } from '../../lib/os-process.ts';
import type { Logger } from '../../lib/logger.ts';
import { projectRoot } from '../../lib/paths.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Kills a server with SIGKILL as a crash would: its whole process group when it leads one
 * (the engine and Postgres are started detached, so the broker's JVM and every Postgres
 * backend go with it), and waits until it is gone.
 */
export async function killHard(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return; // already gone
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`pid ${pid} still alive after SIGKILL`);
    await sleep(50);
  }
}

/** One of the platform's Node processes, run from its npm entry file. */
export interface NodePart {
  readonly name: string;
  /** Starts it and waits until its log says it is ready. */
  start(): Promise<void>;
  /** SIGKILL, no goodbye: whatever it was doing stops mid-way. */
  kill(): Promise<void>;
  /** SIGTERM and wait (the orderly stop at the end of the run). */
  stop(): Promise<void>;
  /** Its output so far (for failure messages). */
  output(): string;
}

/**
 * A Node entry (`workers/main.ts`, `scripts/projector.ts`) as its own process; `readyLine`
 * is the log text that says it runs.
 */
export function nodePart(options: {
  name: string;
  entry: string;
  args?: string[];
  env: Record<string, string | undefined>;
  readyLine: RegExp;
  log: Logger;
  /** Where its output goes too (appended across restarts). */
  logFile?: string;
  readyTimeoutMs?: number;
}): NodePart {
  let child: ChildProcess | undefined;
  let output = '';
  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((r) => c.once('exit', () => r()));
  return {
    name: options.name,
    async start() {
      const started = Date.now();
      const c = spawn(
        process.execPath,
        ['--import', 'tsx', options.entry, ...(options.args ?? [])],
        { cwd: projectRoot, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = c;
      let seen = output.length;
      const keep = (d: Buffer) => {
        output += d.toString();
        if (options.logFile) appendFileSync(options.logFile, d);
        if (output.length > 2_000_000) {
          const cut = output.length - 1_000_000;
          output = output.slice(cut);
          seen = Math.max(0, seen - cut);
        }
      };
      c.stdout!.on('data', keep);
      c.stderr!.on('data', keep);
      const timeout = options.readyTimeoutMs ?? 120_000;
      while (!options.readyLine.test(output.slice(seen))) {
        if (c.exitCode !== null || c.signalCode !== null)
          throw new Error(
            `${options.name} exited during start-up (${c.signalCode ?? c.exitCode}):\n${output.slice(-3000)}`,
          );
        if (Date.now() - started > timeout)
          throw new Error(
            `${options.name} not ready after ${timeout / 1000} s:\n${output.slice(-3000)}`,
          );
        await sleep(100);
      }
      options.log.info(`${options.name} ready after ${Date.now() - started} ms (pid ${c.pid})`);
    },
    async kill() {
      const c = child;
      if (!c) return;
      c.kill('SIGKILL');
      await exited(c);
    },
    async stop() {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), 30_000);
      await exited(c);
      clearTimeout(timer);
    },
    output: () => output,
  };
}
