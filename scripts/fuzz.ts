/**
 * `npm run fuzz`: starts its own platform (scripts/fuzz/platform.ts: PostgreSQL, engine,
 * workers, projector and API on loopback ports of the `fuzz` profile), installs schemathesis
 * into .data/fuzz-venv when missing, and fuzzes every operation of the OpenAPI document as a
 * role allowed to call it (scripts/fuzz/run.ts). Prints a summary per role; exits 1 on any
 * failure. Settings: FUZZ_MAX_EXAMPLES (30), FUZZ_SEED (20000), FUZZ_ROLE_TIMEOUT_SECONDS
 * (900), FUZZ_ROLES (comma-separated; default all), FUZZ_PORT_OFFSET (0).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createLogger, type Logger } from '../lib/logger.ts';
import { profileDir } from '../lib/paths.ts';
import { FUZZ_PASSWORD, startFuzzPlatform } from './fuzz/platform.ts';
import { fuzzByRole } from './fuzz/run.ts';
import { ensureSchemathesis } from './fuzz/schemathesis.ts';

const env = process.env;
const num = (name: string, fallback: number) => {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
};

/** A logger writing every line (info too) to one file. */
function fileLogger(component: string, out: NodeJS.WritableStream): Logger {
  const write = (level: string, message: string) =>
    out.write(`${new Date().toISOString()} ${level} [${component}] ${message}\n`);
  return {
    info: (message) => write('INFO ', message),
    warn: (message) => write('WARN ', message),
    error: (message, err) =>
      write('ERROR', err instanceof Error ? `${message}: ${err.stack ?? err.message}` : message),
    child: (name) => fileLogger(`${component}:${name}`, out),
  };
}

async function main(): Promise<number> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const offset = num('FUZZ_PORT_OFFSET', 0);
  const schemathesis = ensureSchemathesis(say);
  // The platform's log goes to a file (fuzzed input makes it long), or with FUZZ_VERBOSE here.
  const logFile = path.join(profileDir(`fuzz${offset ? `-${offset}` : ''}`), 'platform.log');
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = env.FUZZ_VERBOSE
    ? createLogger('fuzz')
    : fileLogger('fuzz', createWriteStream(logFile, { flags: 'w', mode: 0o600 }));
  say(`The platform's log: ${path.relative(process.cwd(), logFile)}`);
  say('Starting the fuzz platform (PostgreSQL, Zeebe, API)…');
  const platform = await startFuzzPlatform(offset, log);
  const stop = () => void platform.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const tokens = new Map<string, string>();
    const workDir = path.join(profileDir(`fuzz${offset ? `-${offset}` : ''}`), 'reports');
    const results = await fuzzByRole({
      url: platform.url,
      schemathesis,
      maxExamples: num('FUZZ_MAX_EXAMPLES', 30) || 1,
      seed: num('FUZZ_SEED', 20000),
      roleTimeoutSeconds: num('FUZZ_ROLE_TIMEOUT_SECONDS', 900) || 900,
      roles: env.FUZZ_ROLES ? env.FUZZ_ROLES.split(',').map((r) => r.trim()) : undefined,
      workDir,
      say,
      async tokenFor(role) {
        const cached = tokens.get(role);
        if (cached) return cached;
        const res = await fetch(`${platform.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: role, password: FUZZ_PASSWORD }),
        });
        const body = (await res.json()) as { token?: string };
        if (res.status !== 200 || !body.token)
          throw new Error(`Signing in as ${role} failed: ${res.status}`);
        tokens.set(role, body.token);
        return body.token;
      },
    });
    say('\nSummary per role:');
    for (const r of results)
      say(
        `  ${r.role.padEnd(28)} ${String(r.operations).padStart(3)} operations ${String(r.seconds).padStart(4)} s  ${r.failures.length ? `${r.failures.length} FAILURES` : 'ok'}`,
      );
    const failures = results.flatMap((r) => r.failures.map((f) => `[${r.role}] ${f}`));
    if (failures.length) {
      say(`\n${failures.length} failures (console output per role in ${workDir}):`);
      for (const f of failures) say(`  ${f}`);
      return 1;
    }
    say('\nNo failures.');
    return 0;
  } finally {
    await platform.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
