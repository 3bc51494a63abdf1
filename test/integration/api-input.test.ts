import { expect } from 'chai';
import type { Knex } from 'knex';
import { api, deployFixture, fixtureXml, tokenFor, type ApiAnswer } from '../helpers/api.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';
import { settledRowCounts } from '../helpers/db-snapshot.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | object;
  enum?: unknown[];
  minimum?: number;
  minLength?: number;
  items?: JsonSchema;
}

interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; message: string }[] };
}

interface JsonRoute {
  path: string;
  url: string;
  roles: 'public' | 'authenticated' | string[];
  schema: JsonSchema;
}

const UNKNOWN_KEY = '9999999999999';

/** Every error answer of this suite, checked for leaked internals at the end. */
const errorAnswers: { what: string; body: unknown }[] = [];

/** Calls the API and keeps the answer when it is an error. */
async function request(
  method: string,
  url: string,
  options: { as?: string; token?: string; body?: unknown; xml?: string; raw?: string } = {},
): Promise<ApiAnswer<ErrorBody>> {
  let res: ApiAnswer<ErrorBody>;
  if (options.raw !== undefined) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.as) headers.authorization = `Bearer ${await tokenFor(options.as)}`;
    const r = await fetch(`${testContext().platform.url}${url}`, {
      method,
      headers,
      body: options.raw,
    });
    const text = await r.text();
    res = { status: r.status, body: JSON.parse(text) as ErrorBody };
  } else {
    res = await api<ErrorBody>(method, url, options);
  }
  if (res.status >= 400) errorAnswers.push({ what: `${method} ${url}`, body: res.body });
  return res;
}

/** A value the schema accepts, as simple as can be (a valid body to break one field of). */
function example(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? [])
        out[name] = example(schema.properties?.[name] ?? {});
      return out;
    }
    default:
      return 'x';
  }
}

/** A value of another JSON type than the schema's. */
function wrongType(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') return 12345;
  return 'not-the-right-type';
}

const TABLES = [
  'deployments',
  'process_definitions',
  'forms',
  'process_instances',
  'element_instances',
  'tasks',
  'variables',
  'published_messages',
  'notifications',
  'record_sequences',
  'auth_tokens',
  'users',
];

const settled = (db: Knex) => settledRowCounts(db, TABLES);

const callerOf = (route: JsonRoute) =>
  route.roles === 'public'
    ? undefined
    : route.roles === 'authenticated'
      ? 'admin'
      : (route.roles[0] as string);

const fieldsOf = (res: ApiAnswer<ErrorBody>) => (res.body.error?.details ?? []).map((d) => d.field);

describe('bad input: every POST refuses it with 400 naming the field, and writes nothing', () => {
  let routes: JsonRoute[];
  let db: Knex;
  let baseline: Record<string, number>;

  before(async () => {
    db = testContext().platform.db;
    await deployFixture('msg-plain');
    await deployFixture('msg-start-by-message');
    const doc = await api<{
      paths: Record<
        string,
        Record<
          string,
          {
            'x-roles': JsonRoute['roles'];
            requestBody?: { content: Record<string, { schema: JsonSchema }> };
          }
        >
      >;
    }>('GET', '/api/openapi.json');
    routes = Object.entries(doc.body.paths).flatMap(([path, methods]) => {
      const post = methods.post;
      const schema = post?.requestBody?.content['application/json']?.schema;
      if (!post || !schema) return [];
      const url = path.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) =>
        name === 'processId' ? 'msg-plain' : name === 'formId' ? 'msg-input-form' : UNKNOWN_KEY,
      );
      return [{ path, url, roles: post['x-roles'], schema }];
    });
    // Sign everyone in first: logins write tokens, and the counts must not see those.
    for (const as of ['admin', 'process-owner', 'service-desk', ...routes.map(callerOf)])
      if (as) await tokenFor(as);
    baseline = await settled(db);
  });

  it('when the POST routes with a JSON body are listed, they include the ones api.md names', () => {
    // given / when
    const paths = routes.map((r) => r.path);
    // then
    expect(paths).to.include.members([
      '/api/auth/login',
      '/api/process-instances',
      '/api/tasks/{id}/complete',
    ]);
  });

  it('when the body is not JSON, answers 400 VALIDATION_FAILED', async () => {
    for (const route of routes) {
      // given / when
      const res = await request('POST', route.url, {
        as: callerOf(route),
        raw: '{"processId": "msg-plain", ',
      });
      // then
      expect(res.status, route.path).to.equal(400);
      expect(res.body.error.code, route.path).to.equal('VALIDATION_FAILED');
    }
  });

  it('when a required field is missing, answers 400 naming that field', async () => {
    let checked = 0;
    for (const route of routes) {
      for (const field of route.schema.required ?? []) {
        // given
        const body = example(route.schema) as Record<string, unknown>;
        delete body[field];
        // when
        const res = await request('POST', route.url, { as: callerOf(route), body });
        // then
        expect(res.status, `${route.path} without ${field}`).to.equal(400);
        expect(res.body.error.code).to.equal('VALIDATION_FAILED');
        expect(fieldsOf(res), `${route.path} without ${field}`).to.include(field);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(3);
  });

  it('when a field has the wrong type, answers 400 naming that field', async () => {
    let checked = 0;
    for (const route of routes) {
      for (const [field, schema] of Object.entries(route.schema.properties ?? {})) {
        // given
        const body = { ...(example(route.schema) as object), [field]: wrongType(schema) };
        // when
        const res = await request('POST', route.url, { as: callerOf(route), body });
        // then
        expect(res.status, `${route.path} with a wrong ${field}`).to.equal(400);
        expect(fieldsOf(res), `${route.path} with a wrong ${field}`).to.include(field);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(4);
  });

  it('when a field is unknown and the schema allows no others, answers 400 naming it', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.schema.additionalProperties === false)) {
      // given
      const body = { ...(example(route.schema) as object), surpriseField: 1 };
      // when
      const res = await request('POST', route.url, { as: callerOf(route), body });
      // then
      expect(res.status, route.path).to.equal(400);
      expect(fieldsOf(res), route.path).to.include('surpriseField');
      checked++;
    }
    expect(checked).to.be.greaterThan(2);
  });

  it('when the body is JSON but not an object (null, array, string, number), answers 400', async () => {
    for (const route of routes) {
      for (const raw of ['null', '[]', '"text"', '42']) {
        // given / when
        const res = await request('POST', route.url, { as: callerOf(route), raw });
        // then
        expect(res.status, `${route.path} with ${raw}`).to.equal(400);
        expect(res.body.error.code, `${route.path} with ${raw}`).to.equal('VALIDATION_FAILED');
      }
    }
  });

  it('when a process is started with nested bad values, names the field', async () => {
    // given / when
    const badId = await request('POST', '/api/process-instances', {
      as: 'process-owner',
      body: { processId: 'Not A Process', variables: {} },
    });
    const arrayVars = await request('POST', '/api/process-instances', {
      as: 'process-owner',
      body: { processId: 'msg-plain', variables: [1, 2] },
    });
    const badData = await request('POST', `/api/tasks/${UNKNOWN_KEY}/complete`, {
      as: 'service-desk',
      body: { data: 'approve' },
    });
    // then
    expect(badId.status).to.equal(400);
    expect(fieldsOf(badId)).to.include('processId');
    expect(arrayVars.status).to.equal(400);
    expect(fieldsOf(arrayVars)).to.include('variables');
    expect(badData.status).to.equal(400);
    expect(fieldsOf(badData)).to.include('data');
  });

  it('when a diagram cannot be deployed (not XML, empty, lint, unknown job type, wrong id), answers 400 with the reasons', async () => {
    // given
    const unknownType = fixtureXml('msg-sender').replace(
      'itsm:notify.send:1',
      'itsm:nobody.serves:1',
    );
    const cases: [string, string, string | undefined][] = [
      ['/api/processes/msg-plain/deploy', 'this is not XML', undefined],
      ['/api/processes/msg-plain/deploy', '', undefined],
      ['/api/processes/msg-plain/deploy', '<bpmn:definitions', undefined],
      [
        '/api/processes/invalid-lint-gateway/deploy',
        fixtureXml('invalid-lint-gateway'),
        'Gateway_Approved',
      ],
      ['/api/processes/msg-sender/deploy', unknownType, 'itsm:nobody.serves:1'],
      ['/api/processes/another-id/deploy', fixtureXml('msg-plain'), 'another-id'],
      ['/api/processes/9-starts-with-a-digit/deploy', fixtureXml('msg-plain'), 'processId'],
    ];
    for (const [url, xml, named] of cases) {
      // when
      const res = await request('POST', url, { as: 'process-owner', xml });
      // then
      expect(res.status, `${url}: ${xml.slice(0, 30)}`).to.equal(400);
      expect(res.body.error.details.length, url).to.be.greaterThan(0);
      if (named) expect(JSON.stringify(res.body.error), url).to.include(named);
    }
    const json = await request('POST', '/api/processes/msg-plain/deploy', {
      as: 'process-owner',
      body: { xml: '<bpmn/>' },
    });
    expect(json.status).to.equal(400);
  });

  it('when a query parameter is unknown or has the wrong type, answers 400 naming it', async () => {
    // given
    const cases: [string, string][] = [
      ['/api/process-instances?limit=abc', 'limit'],
      ['/api/process-instances?limit=0', 'limit'],
      ['/api/process-instances?state=sleeping', 'state'],
      ['/api/process-instances?color=blue', 'color'],
      ['/api/tasks?offset=-1', 'offset'],
      ['/api/tasks?state=done', 'state'],
      ['/api/processes?all=perhaps', 'all'],
      ['/api/processes/msg-plain/xml?version=first', 'version'],
      ['/api/me?debug=1', 'debug'],
    ];
    for (const [url, field] of cases) {
      // when
      const res = await request('GET', url, { as: 'process-owner' });
      // then
      expect(res.status, url).to.equal(400);
      expect(fieldsOf(res), url).to.include(field);
    }
  });

  it('when an id does not exist, answers 404 NOT_FOUND', async () => {
    // given
    const cases: [string, string, unknown, string][] = [
      ['GET', `/api/process-instances/${UNKNOWN_KEY}`, undefined, 'admin'],
      ['GET', '/api/processes/msg-not-deployed/xml', undefined, 'admin'],
      ['GET', '/api/processes/msg-plain/xml?version=999', undefined, 'admin'],
      ['GET', '/api/processes/msg-not-deployed/versions', undefined, 'admin'],
      ['GET', `/api/tasks/${UNKNOWN_KEY}`, undefined, 'service-desk'],
      ['GET', '/api/tasks/not-a-task', undefined, 'service-desk'],
      ['POST', `/api/tasks/${UNKNOWN_KEY}/claim`, undefined, 'service-desk'],
      ['POST', `/api/tasks/${UNKNOWN_KEY}/unclaim`, undefined, 'service-desk'],
      ['POST', `/api/tasks/${UNKNOWN_KEY}/complete`, { data: {} }, 'service-desk'],
      [
        'POST',
        `/api/process-instances/${UNKNOWN_KEY}/incidents/${UNKNOWN_KEY}/resolve`,
        undefined,
        'admin',
      ],
      ['POST', '/api/process-instances', { processId: 'msg-not-deployed' }, 'admin'],
      ['GET', '/api/no-such-route', undefined, 'admin'],
    ];
    for (const [method, url, body, as] of cases) {
      // when
      const res = await request(method, url, { as, body });
      // then
      expect(res.status, `${method} ${url}`).to.equal(404);
      expect(res.body.error.code, `${method} ${url}`).to.equal('NOT_FOUND');
    }
    // and a method the path does not declare is 405, not 404 (test/integration/api-methods.test.ts)
    const undeclared = await request('DELETE', '/api/tasks', { as: 'admin' });
    expect(undeclared.status).to.equal(405);
    expect(undeclared.body.error.code).to.equal('METHOD_NOT_ALLOWED');
  });

  it('when the engine refuses a start (the process has only a message start event), answers 409 ENGINE_REJECTED and starts nothing', async () => {
    // given (msg-start-by-message is deployed before the counts are taken)
    const instances = Number((await db('process_instances').count('* as n'))[0]!.n);
    // when
    const res = await request('POST', '/api/process-instances', {
      as: 'process-owner',
      body: { processId: 'msg-start-by-message', variables: { a: 1 } },
    });
    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(409);
    expect(res.body.error.code).to.equal('ENGINE_REJECTED');
    expect(res.body.error.message).to.match(/start event/);
    expect(Number((await db('process_instances').count('* as n'))[0]!.n)).to.equal(instances);
  });

  it('when text holds a NUL character, which PostgreSQL cannot store, answers 400 naming the field', async () => {
    // given
    const nul = '\u0000';
    const cases: [string, string, unknown, string | undefined, string][] = [
      [
        'POST',
        '/api/auth/login',
        { username: `ad${nul}min`, password: 'x' },
        undefined,
        'username',
      ],
      [
        'POST',
        '/api/process-instances',
        { processId: 'msg-plain', variables: { note: `a${nul}b` } },
        'process-owner',
        'variables.note',
      ],
      [
        'POST',
        '/api/process-instances',
        { processId: 'msg-plain', variables: { list: ['ok', { [`k${nul}`]: 1 }] } },
        'process-owner',
        'variables.list.1.k\\u0000',
      ],
      [
        'POST',
        `/api/tasks/${UNKNOWN_KEY}/complete`,
        { data: { comment: nul } },
        'service-desk',
        'data.comment',
      ],
      ['GET', '/api/tasks?queue=%00', undefined, 'service-desk', 'queue'],
      ['GET', '/api/process-instances?record=INC%00', undefined, 'admin', 'record'],
    ];
    for (const [method, url, body, as, field] of cases) {
      // when
      const res = await request(method, url, { as, body });
      // then
      expect(res.status, `${method} ${url} ${JSON.stringify(body)}`).to.equal(400);
      expect(fieldsOf(res), `${method} ${url}`).to.include(field);
    }
    const xml = await request('POST', '/api/processes/msg-plain/deploy', {
      as: 'process-owner',
      xml: fixtureXml('msg-plain').replace('nothing to do', `nothing${nul}to do`),
    });
    expect(xml.status, 'a diagram with a NUL character').to.equal(400);
  });

  it('when a path holds a NUL character or an id of the wrong form, answers 400 or 404, never 500', async () => {
    // given: values PostgreSQL refuses (invalid byte sequence 22021, invalid uuid 22P02)
    const urls = [
      '/api/forms/%00x',
      '/api/processes/%00x/versions',
      '/api/processes/%00x/xml',
      '/api/calendars/%00x',
      '/api/incidents/%00x',
      '/api/groups/%00x',
      '/api/customers/%00x',
      '/api/customers/not-a-uuid',
      '/api/services/not-a-uuid',
      '/api/configuration-items/not-a-uuid',
      '/api/routing-rules/not-a-uuid',
      '/api/sla-targets/not-a-uuid',
    ];
    const wrong: string[] = [];
    for (const url of urls) {
      // when
      const res = await request('GET', url, { as: 'admin' });
      // then
      if (res.status !== 400 && res.status !== 404) wrong.push(`${url} → ${res.status}`);
      expect(res.body.error?.code, url).to.match(/^(VALIDATION_FAILED|NOT_FOUND)$/);
    }
    expect(wrong).to.deep.equal([]);
    const form = await request('GET', '/api/forms/%00x', { as: 'admin' });
    expect(form.body.error.message).not.to.match(/select|invalid byte|UTF8/i);
  });

  it('when an engine key is not a number, answers 400 naming it rather than 404 or 500', async () => {
    // given / when
    const instance = await request('GET', '/api/process-instances/abc', { as: 'admin' });
    const incident = await request(
      'POST',
      `/api/process-instances/${UNKNOWN_KEY}/incidents/x1/resolve`,
      { as: 'admin' },
    );
    // then
    expect(instance.status).to.equal(400);
    expect(fieldsOf(instance)).to.include('key');
    expect(incident.status).to.equal(400);
    expect(fieldsOf(incident)).to.include('incidentKey');
  });

  it('when the password is wrong or the user unknown, answers the same 401 and issues no token', async () => {
    // given
    const tokens = Number((await db('auth_tokens').count('* as n'))[0]!.n);
    // when
    const wrong = await request('POST', '/api/auth/login', {
      body: { username: 'admin', password: 'not-the-password' },
    });
    const unknown = await request('POST', '/api/auth/login', {
      body: { username: 'nobody-at-all', password: DEV_PASSWORD },
    });
    const caseChanged = await request('POST', '/api/auth/login', {
      body: { username: 'admin', password: DEV_PASSWORD.toUpperCase() },
    });
    // then
    for (const res of [wrong, unknown, caseChanged]) {
      expect(res.status).to.equal(401);
      expect(res.body.error.code).to.equal('UNAUTHENTICATED');
      expect(res.body).not.to.have.property('token');
    }
    expect(unknown.body.error.message, 'no hint which usernames exist').to.equal(
      wrong.body.error.message,
    );
    expect(Number((await db('auth_tokens').count('* as n'))[0]!.n)).to.equal(tokens);
  });

  it('when all of the refused requests above are done, nothing was written to Postgres', async () => {
    // given / when
    const after = await settled(db);
    // then
    expect(after).to.deep.equal(baseline);
  });

  it('when an error is answered, it carries code, message and details and never a stack trace or a file path', () => {
    // given
    expect(errorAnswers.length).to.be.greaterThan(50);
    for (const { what, body } of errorAnswers) {
      const text = JSON.stringify(body);
      const error = (body as ErrorBody).error;
      // then
      expect(error, what).to.be.an('object');
      expect(error.code, what).to.match(/^[A-Z_]+$/);
      expect(error.message, what).to.be.a('string').and.not.equal('');
      expect(error.details, what).to.be.an('array');
      expect(text, what).not.to.match(/\bat [\w.<>]+ \(|\bat file:|\\n\s+at /);
      expect(text, what).not.to.match(/\/work\/|node_modules|\.ts:\d+|\.js:\d+|file:\/\//);
    }
  });
});
