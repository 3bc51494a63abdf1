/**
 * Runs schemathesis against the API's OpenAPI document, one run per role: each operation goes
 * to one role its `x-roles` allow (public ones without a token), written into a per-role copy
 * of the document, so every operation is exercised by a caller allowed to call it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The checks of every run (schemathesis 4 names). */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'response_schema_conformance',
  'content_type_conformance',
  'unsupported_method',
  'allow_header_conformance',
];

/**
 * Operations not fuzzed, and why: each would break the run itself rather than find a fault.
 * (Key: `METHOD /openapi/path`.)
 */
export const FUZZ_EXCLUDED: Record<string, string> = {
  'POST /api/auth/logout': 'ends the session whose token the rest of the run uses',
};

/** Role used for operations any signed-in user may call. */
const ANY_USER_ROLE = 'service-desk';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export interface FuzzOptions {
  /** The API's base URL (http://127.0.0.1:port). */
  url: string;
  /** A bearer token for a role's development user. */
  tokenFor(role: string): Promise<string>;
  schemathesis: string;
  maxExamples: number;
  seed: number;
  /** Stops a role's run after this many seconds (counted as a failure). */
  roleTimeoutSeconds: number;
  /** Folder for the per-role documents and reports. */
  workDir: string;
  /** Only these roles (default: all that have operations). */
  roles?: string[];
  say?: (line: string) => void;
}

export interface RoleResult {
  role: string;
  operations: number;
  /** Failure lines (operation, check, what was seen). */
  failures: string[];
  exitCode: number | null;
  seconds: number;
  timedOut: boolean;
}

interface Operation {
  'x-roles'?: 'public' | 'authenticated' | string[];
  [key: string]: unknown;
}
type OpenApi = { paths: Record<string, Record<string, Operation>>; [key: string]: unknown };

/** Which role fuzzes each operation: `role → { path → { method → operation } }`. */
export function operationsByRole(doc: OpenApi): Map<string, OpenApi['paths']> {
  const byRole = new Map<string, OpenApi['paths']>();
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      if (FUZZ_EXCLUDED[`${method.toUpperCase()} ${p}`]) continue;
      const roles = op['x-roles'];
      const role =
        roles === 'public'
          ? 'public'
          : roles === 'authenticated' || !roles
            ? ANY_USER_ROLE
            : (roles.find((r) => r !== 'admin') ?? roles[0]!);
      const paths = byRole.get(role) ?? {};
      paths[p] = { ...(paths[p] ?? {}), [method]: op };
      byRole.set(role, paths);
    }
  }
  return byRole;
}

function runProcess(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; out: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut });
    });
  });
}

/** The failures the console output lists (schemathesis 4: "_ METHOD /path _" then numbered checks). */
export function failuresFromOutput(out: string): string[] {
  const failures: string[] = [];
  const start = out.indexOf('FAILURES');
  if (start < 0) return failures;
  let operation = '';
  let current: string[] | undefined;
  for (const line of out.slice(start).split('\n')) {
    const op = /^_+ ((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+) _+$/.exec(line.trim());
    if (op) {
      operation = op[1]!;
      current = undefined;
      continue;
    }
    if (/^={5,}/.test(line.trim())) break;
    const check = /^- (.+)$/.exec(line.trim());
    if (check && operation) {
      current = [`${operation}: ${check[1]}`];
      failures.push(current[0]!);
      continue;
    }
    if (current && line.trim() && !line.startsWith('Reproduce') && !line.includes('curl ')) {
      const i = failures.length - 1;
      if (failures[i]!.length < 600) failures[i] += ` | ${line.trim()}`;
    }
  }
  return failures;
}

/** The operations the ERRORS section of the console output names ("METHOD /path"). */
export function erroredOperations(out: string): string[] {
  const start = out.indexOf(' ERRORS ');
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of out.slice(start).split('\n').slice(1)) {
    if (/^={5,}/.test(line.trim())) break;
    const op = /^_+ ((?:GET|PUT|POST|DELETE|PATCH) \S+) _+$/.exec(line.trim());
    if (op) names.push(op[1]!);
  }
  return names;
}

function operationLabel(doc: OpenApi, id: string): string {
  for (const [p, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (op.operationId === id) return `${method.toUpperCase()} ${p}`;
  return id;
}

/** Runs schemathesis for each role; never throws for a failing run (see the results). */
export async function fuzzByRole(o: FuzzOptions): Promise<RoleResult[]> {
  const say = o.say ?? (() => {});
  const res = await fetch(`${o.url}/api/openapi.json`);
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as OpenApi;
  const byRole = operationsByRole(doc);
  if (existsSync(o.workDir)) rmSync(o.workDir, { recursive: true, force: true });
  mkdirSync(o.workDir, { recursive: true });
  const file = path.join(o.workDir, 'openapi.json');
  writeFileSync(file, JSON.stringify({ ...doc, servers: [{ url: o.url }] }, null, 1));
  const results: RoleResult[] = [];
  const roles = [...byRole.keys()].sort().filter((r) => !o.roles || o.roles.includes(r));
  // Every token first: fuzzing the public login with wrong passwords locks the address.
  const tokens = new Map<string, string>();
  for (const role of roles) if (role !== 'public') tokens.set(role, await o.tokenFor(role));
  for (const role of roles) {
    const paths = byRole.get(role)!;
    const operations = Object.values(paths).reduce((n, item) => n + Object.keys(item).length, 0);
    // The whole document, filtered by operation id: schemathesis then knows every method a
    // path declares (its undeclared-method check would call another role's method undeclared).
    const ids = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => String(op.operationId)),
    );
    const schemathesisArgs = (only: string[], report: string, workers = 2) => {
      const args = [
        'run',
        file,
        ...only.flatMap((id) => ['--include-operation-id', id]),
        '--url',
        o.url,
        '--checks',
        FUZZ_CHECKS.join(','),
        '--max-examples',
        String(o.maxExamples),
        '--seed',
        String(o.seed),
        '--phases',
        'examples,coverage,fuzzing',
        '--generation-database',
        'none',
        '--request-timeout',
        '30',
        '--workers',
        String(workers),
        '--no-color',
        '--suppress-health-check',
        'all',
        '--report',
        'junit',
        '--report-junit-path',
        path.join(o.workDir, `${report}.junit.xml`),
      ];
      if (role !== 'public') args.push('-H', `Authorization: Bearer ${tokens.get(role)!}`);
      return args;
    };
    say(`fuzzing ${operations} operations as ${role}…`);
    const started = Date.now();
    const timeout = o.roleTimeoutSeconds * 1000;
    let run = await runProcess(o.schemathesis, schemathesisArgs(ids, role), o.workDir, timeout);
    writeFileSync(path.join(o.workDir, `${role}.out.txt`), run.out);
    const failures = failuresFromOutput(run.out);
    // Errors of the tool itself (hypothesis's "Inconsistent results" while generating, and
    // CPython 3.11's "AST constructor recursion depth mismatch" when two worker threads read a
    // lambda's source at once, seen now and then): those operations once more, on one worker
    // thread; an error again is a failure.
    const errored = erroredOperations(run.out);
    if (run.code !== 0 && !failures.length && !run.timedOut && errored.length) {
      const again = ids.filter((id) => errored.includes(operationLabel(doc, id)));
      say(`  ${role}: schemathesis errors on ${errored.join(', ')}; running those once more`);
      run = await runProcess(
        o.schemathesis,
        schemathesisArgs(again, `${role}.retry`, 1),
        o.workDir,
        timeout,
      );
      writeFileSync(path.join(o.workDir, `${role}.retry.out.txt`), run.out);
      failures.push(...failuresFromOutput(run.out));
    }
    if (run.code !== 0 && !failures.length)
      failures.push(
        run.timedOut
          ? `stopped after ${o.roleTimeoutSeconds} s`
          : `schemathesis exited ${run.code}: ${run.out.trim().split('\n').slice(-15).join(' | ')}`,
      );
    const r: RoleResult = {
      role,
      operations,
      failures,
      exitCode: run.code,
      seconds: Math.round((Date.now() - started) / 1000),
      timedOut: run.timedOut,
    };
    say(
      `  ${role}: ${operations} operations, ${r.seconds} s, ` +
        (failures.length ? `${failures.length} failures` : 'no failures'),
    );
    results.push(r);
  }
  return results;
}
