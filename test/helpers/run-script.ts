import { spawn } from 'node:child_process';
import { projectRoot } from '../../lib/paths.ts';

/**
 * Runs one of the project's scripts (`scripts/fuzz.ts`, `scripts/faults.ts`) as its own Node
 * process with `env`, as `npm run` would; resolves with its exit code and everything it printed.
 */
export function runScript(
  entry: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('close', (c) => resolve({ code: c, out: text }));
  });
}
