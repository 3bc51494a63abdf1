import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';
import { DEV_PASSWORD, testContext } from './test-platform.ts';

/** An API answer: status and parsed JSON (or text) body. */
export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

const tokens = new Map<string, string>();

/** A bearer token of the development user of a role (cached per run). */
export async function tokenFor(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const res = await api<{ token: string }>('POST', '/api/auth/login', {
    body: { username, password: DEV_PASSWORD },
  });
  if (res.status !== 200)
    throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(username, res.body.token);
  return res.body.token;
}

/** Calls the test platform's API as a user would, over HTTP. */
export async function api<T = Record<string, unknown>>(
  method: string,
  url: string,
  options: { as?: string; token?: string; body?: unknown; xml?: string } = {},
): Promise<ApiAnswer<T>> {
  const base = testContext().platform.url;
  const headers: Record<string, string> = {};
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.xml !== undefined) {
    headers['content-type'] = 'application/xml';
    body = options.xml;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(`${base}${url}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, body: parsed as T };
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The XML of a test fixture diagram (test/fixtures/bpmn/<name>.bpmn). */
export function fixtureXml(name: string): string {
  return readFileSync(path.join(projectRoot, 'test', 'fixtures', 'bpmn', `${name}.bpmn`), 'utf8');
}

/**
 * One version of the migration fixture process `fixture-migration` (test/fixtures/migration/
 * v<n>.bpmn): versions of one process id, so they live apart from the one-file-per-process
 * fixtures.
 */
export function migrationFixtureXml(version: 1 | 2 | 3): string {
  return readFileSync(
    path.join(projectRoot, 'test', 'fixtures', 'migration', `v${version}.bpmn`),
    'utf8',
  );
}

/** A fixture form (test/fixtures/forms/<id>.form) as JSON. */
export function fixtureForm(id: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(path.join(projectRoot, 'test', 'fixtures', 'forms', `${id}.form`), 'utf8'),
  );
}

/** Deploys a fixture diagram through the API as the process owner; returns the version. */
export async function deployFixture(
  name: string,
  xml = fixtureXml(name),
): Promise<{ processId: string; version: number; key: string }> {
  const res = await api<{ processId: string; version: number; key: string }>(
    'POST',
    `/api/processes/${name}/deploy`,
    {
      as: 'process-owner',
      xml,
    },
  );
  if (res.status !== 201)
    throw new Error(`deploy ${name} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Starts an instance through the API; returns its key. */
export async function startInstance(
  processId: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const res = await api<{ key: string }>('POST', '/api/process-instances', {
    as: 'process-owner',
    body: { processId, variables },
  });
  if (res.status !== 201)
    throw new Error(`start ${processId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.key;
}

/** Instance detail as the API returns it. */
export interface InstanceDetail {
  key: string;
  state: string;
  version: number;
  record?: { type: string; number: string };
  elements: { elementId: string; state: string; count: number }[];
  incidents: { key: string; elementId: string; type: string; message: string }[];
  variables: Record<string, unknown>;
}

/** Waits until the instance reaches a state (read through the API). */
export async function instanceInState(
  key: string,
  state: string,
  timeoutMs = 20_000,
): Promise<InstanceDetail> {
  return waitFor(
    `instance ${key} to be ${state}`,
    async () => {
      const res = await api<InstanceDetail>('GET', `/api/process-instances/${key}`, {
        as: 'process-owner',
      });
      return res.status === 200 && res.body.state === state ? res.body : undefined;
    },
    timeoutMs,
  );
}
