import type { Domain } from '../../domain/domain.ts';
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { createUserRepository } from '../../db/repositories/users.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import type { Logger } from '../../lib/logger.ts';
import { createRoutes } from '../../server/app.ts';
import { ROLE_IDS } from '../../server/auth/roles.ts';
import {
  api,
  deployFixture,
  fixtureXml,
  startInstance,
  tokenFor,
  waitFor,
  type ApiAnswer,
} from '../helpers/api.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';
import { AUTHORISATION, expectedAnswer, type Allowed } from './authorisation-table.ts';
import { settledRowCounts } from '../helpers/db-snapshot.ts';

/** One operation of the published OpenAPI document. */
interface Operation {
  method: string;
  /** OpenAPI path, e.g. `/api/tasks/{id}/claim`. */
  path: string;
  roles: 'public' | 'authenticated' | string[];
  jsonBody: boolean;
  xmlBody: boolean;
}

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<
      string,
      {
        'x-roles': Operation['roles'];
        responses: Record<string, unknown>;
        requestBody?: { content: Record<string, unknown> };
        security?: unknown[];
      }
    >
  >;
  components?: { securitySchemes?: Record<string, { type: string; scheme?: string }> };
}

interface ErrorBody {
  error: { code: string; message: string; details: unknown[] };
}

const UNKNOWN_KEY = '9999999999999';
const FORM_ID = 'msg-access-form';

/** A concrete request for an operation: real ids where the walk needs them, unknown ones elsewhere. */
function concreteRequest(op: Operation): { url: string; body?: unknown; xml?: string } {
  const url = op.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => {
    if (name === 'processId') return 'msg-plain';
    if (name === 'formId') return FORM_ID;
    return UNKNOWN_KEY;
  });
  const key = `${op.method} ${op.path}`;
  if (key === 'post /api/processes/{processId}/deploy')
    return { url, xml: fixtureXml('msg-plain') };
  if (key === 'post /api/forms/{formId}/deploy')
    return { url, body: { id: FORM_ID, type: 'default', components: [] } };
  if (key === 'post /api/process-instances') return { url, body: { processId: 'msg-plain' } };
  if (key === 'post /api/auth/login')
    return { url, body: { username: 'auditor', password: DEV_PASSWORD } };
  if (key === 'post /api/tasks/{id}/complete') return { url, body: { data: {} } };
  if (op.xmlBody) return { url, xml: '<bpmn/>' };
  if (op.jsonBody) return { url, body: {} };
  return { url };
}

async function openApi(): Promise<OpenApiDoc> {
  const res = await api<OpenApiDoc>('GET', '/api/openapi.json');
  expect(res.status).to.equal(200);
  return res.body;
}

function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, o]) => ({
      method,
      path,
      roles: o['x-roles'],
      jsonBody: Boolean(o.requestBody?.content['application/json']),
      xmlBody: Boolean(o.requestBody?.content['application/xml']),
    })),
  );
}

/** A token of its own for a user (not the cached one), for logout. */
async function freshToken(username: string): Promise<string> {
  const res = await api<{ token: string }>('POST', '/api/auth/login', {
    body: { username, password: DEV_PASSWORD },
  });
  expect(res.status).to.equal(200);
  return res.body.token;
}

async function call(op: Operation, token?: string): Promise<ApiAnswer<ErrorBody>> {
  const req = concreteRequest(op);
  return api<ErrorBody>(op.method.toUpperCase(), req.url, {
    token,
    body: req.body,
    xml: req.xml,
  });
}

const TABLES = [
  'deployments',
  'process_definitions',
  'forms',
  'process_instances',
  'tasks',
  'published_messages',
  'notifications',
  'record_sequences',
];

const settled = (db: Knex) => settledRowCounts(db, TABLES);

const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/** Runs `fn` on every item, `size` at a time (the walk makes thousands of calls). */
async function inBatches<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe('who may call what: every route with every role', function () {
  // Thousands of calls on a machine other runs share.
  this.timeout(600_000);
  let ops: Operation[];

  before(async () => {
    ops = operationsOf(await openApi());
    await deployFixture('msg-plain');
    for (const role of ROLE_IDS) await tokenFor(role);
  });

  it('when GET /api/openapi.json is called without a token, answers a valid-looking OpenAPI 3.1 document', async () => {
    // given / when
    const doc = await openApi();
    // then
    expect(doc.openapi).to.match(/^3\.1\.\d+$/);
    expect(doc.info.title).to.be.a('string').and.not.equal('');
    expect(doc.info.version).to.be.a('string').and.not.equal('');
    expect(doc.components?.securitySchemes?.bearer).to.deep.include({
      type: 'http',
      scheme: 'bearer',
    });
    expect(Object.keys(doc.paths).length).to.be.greaterThan(5);
    for (const [path, methods] of Object.entries(doc.paths)) {
      expect(path).to.match(/^\/api\//);
      expect(path, 'OpenAPI path templates, not Express ones').not.to.include(':');
      for (const [method, op] of Object.entries(methods)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).to.include(method);
        expect(Object.keys(op.responses).length, `${method} ${path}`).to.be.greaterThan(0);
        expect(op['x-roles'], `${method} ${path} states its roles`).to.not.equal(undefined);
      }
    }
  });

  it('when the app builds its routes, the OpenAPI document lists each of them with its roles', async () => {
    // given
    const { routes } = createRoutes({
      db: {} as Knex,
      engine: {} as EngineClient,
      clock: { now: () => new Date() },
      log: quietLog,
      workers: () => [],
      domain: {} as Domain,
    });
    // when
    const published = new Map(ops.map((o) => [`${o.method} ${o.path}`, o.roles]));
    // then
    expect(published.size).to.equal(routes.length);
    for (const r of routes) {
      const key = `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
      expect(published.get(key), key).to.deep.equal(r.access);
    }
  });

  it('when the authorisation table is read, it has one row per operation of the OpenAPI document, with the same roles', () => {
    // given: the table (data) and the document's x-roles
    const published = new Map(ops.map((o) => [`${o.method} ${o.path}`, o.roles]));
    const asSet = (a: Allowed) =>
      a === 'any' ? 'authenticated' : a === 'public' ? a : [...a].sort();
    const published2 = (r: Operation['roles']) => (Array.isArray(r) ? [...r].sort() : r);
    // then
    expect(
      [...published.keys()].filter((k) => !(k in AUTHORISATION)),
      'routes without a row',
    ).to.deep.equal([]);
    expect(
      Object.keys(AUTHORISATION).filter((k) => !published.has(k)),
      'rows without a route',
    ).to.deep.equal([]);
    const differ = Object.entries(AUTHORISATION).flatMap(([key, allowed]) =>
      JSON.stringify(asSet(allowed)) === JSON.stringify(published2(published.get(key)!))
        ? []
        : [
            `${key}: table ${JSON.stringify(asSet(allowed))}, document ${JSON.stringify(published.get(key))}`,
          ],
    );
    expect(differ).to.deep.equal([]);
    for (const allowed of Object.values(AUTHORISATION))
      if (Array.isArray(allowed))
        for (const role of allowed) expect(ROLE_IDS as readonly string[]).to.include(role);
  });

  it('when every route is called without a token and as every role, each answers as the authorisation table says, and refusals change nothing', async () => {
    // given: a token per role (once), the rows the test walks
    const db = testContext().platform.db;
    const tokens = new Map<string, string>();
    for (const role of ROLE_IDS) tokens.set(role, await tokenFor(role));
    const calls = ops.flatMap((op) =>
      [undefined, ...ROLE_IDS].map((role) => ({
        op,
        role,
        expected: expectedAnswer(AUTHORISATION[`${op.method} ${op.path}`] ?? [], role),
      })),
    );
    const refused = calls.filter((c) => c.expected !== 'allowed');
    const allowed = calls.filter((c) => c.expected === 'allowed');
    const before = await settled(db);
    const wrong: string[] = [];
    // when: first every call that must be refused (nothing may change), then the allowed ones
    await inBatches(refused, 8, async ({ op, role, expected }) => {
      const res = await call(op, role && tokens.get(role));
      const code = expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      if (res.status !== expected || res.body.error?.code !== code)
        wrong.push(
          `${role ?? 'no token'}: ${op.method} ${op.path} → ${res.status}, expected ${expected}`,
        );
    });
    const afterRefusals = await settled(db);
    await inBatches(allowed, 8, async ({ op, role }) => {
      const logout = op.method === 'post' && op.path === '/api/auth/logout';
      const token = role && (logout ? await freshToken(role) : tokens.get(role));
      const res = await call(op, token);
      // A public route checks no token: its own 401 (e.g. no sign-in waiting) is its answer.
      const refusal = op.roles !== 'public' && (res.status === 401 || res.status === 403);
      if (refusal || res.status >= 500)
        wrong.push(
          `${role ?? 'no token'}: ${op.method} ${op.path} → ${res.status} ${res.body.error?.message}, expected allowed`,
        );
    });
    // then
    expect(refused.length).to.be.greaterThan(1000);
    expect(wrong).to.deep.equal([]);
    expect(afterRefusals).to.deep.equal(before);
  });

  it('when a route needs a token and none, a garbage one or a malformed header is sent, answers 401', async () => {
    // given
    const guarded = ops.filter((o) => o.roles !== 'public');
    const wrong: string[] = [];
    // when
    await inBatches(guarded, 8, async (op) => {
      const req = concreteRequest(op);
      const attempts: [string, Record<string, string>][] = [
        ['no token', {}],
        ['garbage token', { authorization: `Bearer ${randomBytes(32).toString('base64url')}` }],
        ['basic auth', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
        ['empty bearer', { authorization: 'Bearer ' }],
      ];
      for (const [what, headers] of attempts) {
        const res = await fetch(`${testContext().platform.url}${req.url}`, {
          method: op.method.toUpperCase(),
          headers: {
            ...headers,
            ...(req.xml !== undefined
              ? { 'content-type': 'application/xml' }
              : req.body !== undefined
                ? { 'content-type': 'application/json' }
                : {}),
          },
          body: req.xml ?? (req.body !== undefined ? JSON.stringify(req.body) : undefined),
        });
        const body = (await res.json()) as ErrorBody;
        if (res.status !== 401 || body.error?.code !== 'UNAUTHENTICATED')
          wrong.push(`${what}: ${op.method} ${op.path} → ${res.status}`);
      }
    });
    // then
    expect(wrong).to.deep.equal([]);
  });

  it('when a token has expired, every route that needs one answers 401 and the token is gone', async () => {
    // given: an expired token stored as the login stores them (sha-256 hex of the token)
    const db = testContext().platform.db;
    const users = createUserRepository(db);
    const admin = await users.findByUsername('admin');
    const token = randomBytes(32).toString('base64url');
    const hash = createHash('sha256').update(token).digest('hex');
    const now = Date.now();
    await users.saveToken(hash, admin!.id, new Date(now - 9 * 3600_000), new Date(now - 1_000));
    const guarded = ops.filter((o) => o.roles !== 'public');
    const wrong: string[] = [];
    // when
    const first = await api<ErrorBody>('GET', '/api/me', { token });
    await inBatches(guarded, 8, async (op) => {
      const res = await call(op, token);
      if (res.status !== 401) wrong.push(`${op.method} ${op.path} → ${res.status}`);
    });
    // then
    expect(first.status).to.equal(401);
    expect(first.body.error.code).to.equal('UNAUTHENTICATED');
    expect(first.body.error.message).to.match(/expired|not valid/);
    expect(wrong).to.deep.equal([]);
    expect(await users.findToken(hash)).to.equal(undefined);
  });

  it('when a token is valid until a moment from now, it works; after logout it does not', async () => {
    // given
    const db = testContext().platform.db;
    const users = createUserRepository(db);
    const auditor = await users.findByUsername('auditor');
    const token = randomBytes(32).toString('base64url');
    const hash = createHash('sha256').update(token).digest('hex');
    await users.saveToken(hash, auditor!.id, new Date(), new Date(Date.now() + 60_000));
    // when
    const before = await api<{ username: string }>('GET', '/api/me', { token });
    const logout = await api('POST', '/api/auth/logout', { token });
    const after = await api('GET', '/api/me', { token });
    // then
    expect(before.status).to.equal(200);
    expect(before.body.username).to.equal('auditor');
    expect(logout.status).to.equal(204);
    expect(after.status).to.equal(401);
  });

  it('when a public route is called without a token, it works', async () => {
    // given / when
    const health = await api<{ status: string; db: string; engine: string }>('GET', '/api/health');
    const login = await api<{ token: string; user: { username: string; roles: string[] } }>(
      'POST',
      '/api/auth/login',
      { body: { username: 'incident-manager', password: DEV_PASSWORD } },
    );
    const doc = await api('GET', '/api/openapi.json');
    // then
    expect(health.status).to.equal(200);
    expect(health.body).to.deep.equal({ status: 'up', db: 'up', engine: 'up' });
    expect(login.status).to.equal(200);
    expect(login.body.token).to.be.a('string').with.length.greaterThan(20);
    expect(login.body.user.username).to.equal('incident-manager');
    expect(login.body.user.roles).to.include('incident-manager');
    expect(login.body).not.to.have.nested.property('user.passwordHash');
    expect(doc.status).to.equal(200);
    const publicOps = ops.filter((o) => o.roles === 'public').map((o) => `${o.method} ${o.path}`);
    expect(publicOps).to.have.members([
      'get /api/health',
      'post /api/auth/login',
      'get /api/auth/oidc/config',
      'get /api/auth/oidc/start',
      'get /api/auth/oidc/callback',
      'post /api/auth/oidc/session',
    ]);
  });

  it('when a route shows process instances, internal reference data or global figures, customer contacts and requesters are not among its roles (issue 16)', () => {
    // given: the routes test/integration/record-scope.test.ts walks as a contact of another customer
    const internalOnly = [
      'get /api/process-instances',
      'get /api/process-instances/{key}',
      'put /api/process-instances/{key}/variables',
      'post /api/process-instances/{key}/incidents/{incidentKey}/resolve',
      'get /api/groups',
      'get /api/groups/{code}',
      'get /api/groups/{code}/members',
      'get /api/settings/{key}',
      'get /api/routing-rules',
      'get /api/kpis',
      'get /api/kpis/series',
      'get /api/sla/compliance',
    ];
    const byKey = new Map(ops.map((o) => [`${o.method} ${o.path}`, o.roles]));
    // then
    for (const key of internalOnly) {
      const roles = byKey.get(key);
      expect(roles, key).to.be.an('array');
      expect(roles, key).to.not.include.members(['customer-contact']);
      expect(roles, key).to.not.include.members(['requester']);
    }
    for (const key of ['get /api/process-instances', 'get /api/process-instances/{key}'])
      expect(byKey.get(key), key).to.have.members([
        'process-owner',
        'incident-manager',
        'major-incident-manager',
        'management-representative',
        'top-management',
        'admin',
      ]);
  });

  it('when a task is in a queue, only members of its candidate groups may see or act on it, and others change nothing', async () => {
    // given
    await deployFixture('msg-queue-task');
    const key = await startInstance('msg-queue-task');
    const db = testContext().platform.db;
    const task = await waitFor('the task in the service-desk queue', async () => {
      const row: { key: string; assignee: string | null; state: string } | undefined = await db(
        'tasks',
      )
        .where({ process_instance_key: key })
        .first('key', 'assignee', 'state');
      return row;
    });
    const outsiders = ROLE_IDS.filter((r) => r !== 'service-desk');
    const wrong: string[] = [];
    // when
    for (const role of outsiders) {
      const token = await tokenFor(role);
      for (const [method, url, body] of [
        ['GET', `/api/tasks/${task.key}`, undefined],
        ['POST', `/api/tasks/${task.key}/claim`, undefined],
        ['POST', `/api/tasks/${task.key}/unclaim`, undefined],
        ['POST', `/api/tasks/${task.key}/complete`, { data: {} }],
      ] as const) {
        const res = await api<ErrorBody>(method, url, { token, body });
        if (res.status !== 403) wrong.push(`${role}: ${method} ${url} → ${res.status}`);
      }
      const list = await api<{ items: { id: string }[] }>('GET', '/api/tasks?queue=service-desk', {
        token,
      });
      if (list.body.items.some((t) => t.id === task.key))
        wrong.push(`${role} sees the task in the service-desk queue`);
    }
    const member = await api('GET', `/api/tasks/${task.key}`, { as: 'service-desk' });
    // then
    expect(wrong).to.deep.equal([]);
    expect(member.status).to.equal(200);
    const after = await db('tasks').where({ key: task.key }).first('assignee', 'state');
    expect(after).to.deep.equal({ assignee: task.assignee, state: task.state });

    // and the member finishes it, so the queue is left as found
    await api('POST', `/api/tasks/${task.key}/claim`, { as: 'service-desk' });
    const done = await api('POST', `/api/tasks/${task.key}/complete`, {
      as: 'service-desk',
      body: { data: {} },
    });
    expect(done.status).to.equal(200);
  });
});
