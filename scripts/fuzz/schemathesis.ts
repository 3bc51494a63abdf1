/**
 * Schemathesis for `npm run fuzz` and the fuzz test: installed by the project itself into a
 * git-ignored virtual environment (`.data/fuzz-venv`), from PyPI, pinned. Idempotent: a venv
 * that already holds the pinned version is used as it is, so CI pays for the install once per
 * cached `.data/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';

/** The pinned version (schemathesis 4: `run` with --include-*, checks by these names). */
export const SCHEMATHESIS_VERSION = '4.32.5';
export const FUZZ_VENV = path.join(projectRoot, '.data', 'fuzz-venv');
const bin = (name: string) => path.join(FUZZ_VENV, 'bin', name);

function run(cmd: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}` };
}

function installedVersion(): string | undefined {
  if (!existsSync(bin('python'))) return undefined;
  const r = run(bin('python'), [
    '-c',
    'import importlib.metadata as m; print(m.version("schemathesis"))',
  ]);
  return r.ok ? r.out.trim() : undefined;
}

/**
 * The path of the `schemathesis` command, installing it first when the venv lacks the pinned
 * version. Throws with what to install when Python 3 or its venv module is missing.
 */
export function ensureSchemathesis(say: (line: string) => void = () => {}): string {
  if (installedVersion() === SCHEMATHESIS_VERSION) return bin('schemathesis');
  const python = process.env.FUZZ_PYTHON ?? 'python3';
  const version = run(python, ['--version']);
  if (!version.ok)
    throw new Error(
      `The fuzzer needs Python 3 (${python} not found: ${version.out.trim()}). ` +
        'Install python3 and python3-venv (Debian: apt-get install python3 python3-venv), ' +
        'or set FUZZ_PYTHON to a Python 3 interpreter.',
    );
  if (!existsSync(bin('python'))) {
    say(`Creating ${path.relative(projectRoot, FUZZ_VENV)} with ${version.out.trim()}…`);
    const venv = run(python, ['-m', 'venv', FUZZ_VENV]);
    if (!venv.ok)
      throw new Error(
        `"${python} -m venv" failed (on Debian/Ubuntu the venv module and ensurepip come with ` +
          `apt-get install python3-venv):\n${venv.out.trim()}`,
      );
  }
  say(`Installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into the venv…`);
  const pip = run(bin('python'), [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '-q',
    `schemathesis==${SCHEMATHESIS_VERSION}`,
  ]);
  if (!pip.ok || installedVersion() !== SCHEMATHESIS_VERSION)
    throw new Error(`Installing schemathesis ${SCHEMATHESIS_VERSION} failed:\n${pip.out.trim()}`);
  return bin('schemathesis');
}
