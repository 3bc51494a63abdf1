import { expect } from 'chai';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Logger } from '../../../lib/logger.ts';
import { ROLE_IDS } from '../../../server/auth/roles.ts';
import { buildOpenApi } from '../../../server/openapi.ts';
import { declaredRoutes } from '../../../server/openapi-document.ts';

interface Operation {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  responses: Record<string, unknown>;
  security: unknown[];
  'x-roles': unknown;
  requestBody?: { content: Record<string, { schema: unknown }> };
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/** The route table built over dependencies that are never called (server/openapi-document.ts). */
const routeTable = declaredRoutes;

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  const routes = routeTable();
  const doc = buildOpenApi(routes, '0.1.0') as Document;

  it('when built, is OpenAPI 3.1 with one operation per declared route', () => {
    // given / when
    const operations = Object.values(doc.paths).flatMap((p) => Object.keys(p));
    // then
    expect(doc.openapi).to.equal('3.1.0');
    expect(routes.length).to.be.greaterThan(10);
    expect(operations.length).to.equal(routes.length);
  });

  it('when a route is declared, its operation states the same roles in x-roles', () => {
    for (const r of routes) {
      // given
      const op = doc.paths[openApiPath(r.path)]?.[r.method];
      // then
      expect(op, `${r.method} ${r.path}`).to.not.equal(undefined);
      expect(op!['x-roles'], `${r.method} ${r.path}`).to.deep.equal(r.access);
      if (Array.isArray(r.access)) {
        for (const role of r.access) expect(ROLE_IDS, r.path).to.include(role);
      } else {
        expect(['public', 'authenticated']).to.include(r.access);
      }
    }
  });

  it('when a route takes a JSON body, the request schema is the very object ajv validates with', () => {
    // given
    const withJsonBody = routes.filter((r) => typeof r.body === 'object');
    expect(withJsonBody.length).to.be.greaterThan(2);
    for (const r of withJsonBody) {
      // when
      const op = doc.paths[openApiPath(r.path)]![r.method]!;
      // then
      expect(op.requestBody?.content['application/json']?.schema, r.path).to.equal(r.body);
    }
    for (const r of routes.filter((x) => x.body === 'xml')) {
      const op = doc.paths[openApiPath(r.path)]![r.method]!;
      expect(op.requestBody?.content, r.path).to.have.property('application/xml');
    }
    for (const r of routes.filter((x) => x.body === 'spreadsheet')) {
      const op = doc.paths[openApiPath(r.path)]![r.method]!;
      expect(Object.keys(op.requestBody?.content ?? {}), r.path).to.have.members([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv',
      ]);
    }
    for (const r of routes.filter((x) => !x.body)) {
      expect(doc.paths[openApiPath(r.path)]![r.method]!.requestBody, r.path).to.equal(undefined);
    }
  });

  it('when a route needs a token, it declares bearer security and 401/403; public routes neither (401 only as their own answer, e.g. a wrong password)', () => {
    for (const r of routes) {
      // given
      const op = doc.paths[openApiPath(r.path)]![r.method]!;
      // then
      if (r.access === 'public') {
        expect(op.security, r.path).to.deep.equal([]);
        expect(op.responses, r.path).not.to.have.property('403');
        if (!r.otherAnswers?.[401]) expect(op.responses, r.path).not.to.have.property('401');
      } else {
        expect(op.security, r.path).to.deep.equal([{ bearer: [] }]);
        expect(op.responses, r.path).to.include.keys('401', '403');
      }
      expect(op.responses, r.path).to.include.keys(String(r.success.status), '400');
    }
  });

  it('when a path has parameters, each is declared as a required path parameter', () => {
    for (const r of routes) {
      // given
      const names = [...r.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
      const op = doc.paths[openApiPath(r.path)]![r.method]!;
      // then
      const declared = op.parameters.filter((p) => p.in === 'path');
      expect(
        declared.map((p) => p.name),
        r.path,
      ).to.deep.equal(names);
      expect(declared.every((p) => p.required)).to.equal(true);
    }
  });

  it('when a route is declared, its success answer publishes a JSON schema that compiles, or its media types, or no body', () => {
    // given
    const doc = buildOpenApi(routeTable(), 'test') as Document & {
      components: { schemas: Record<string, object> };
    };
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const missing: string[] = [];
    // when
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const [status, success] = Object.entries(op.responses).find(([s]) => /^[23]/.test(s))!;
        const content = (success as { content?: Record<string, { schema?: object }> }).content;
        if (status === '204' || status === '302') {
          if (content) missing.push(`${method} ${path}: ${status} with a body`);
          continue;
        }
        if (!content) {
          missing.push(`${method} ${path}: ${status} without content`);
          continue;
        }
        const json = content['application/json']?.schema;
        if (json) ajv.compile({ ...json, components: doc.components });
        for (const code of ['400', '404', '405', '409', '500'])
          expect(op.responses[code], `${method} ${path} ${code}`).to.deep.include({
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          });
      }
    // then
    expect(missing).to.deep.equal([]);
    expect(doc.components.schemas.Error).to.have.property('required').that.deep.equals(['error']);
  });

  it('when operations are named, every operationId is unique', () => {
    // given
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    // then
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('when the api.md routes are looked up, each is declared with the access api.md gives it', () => {
    // given
    const access = (method: string, path: string) =>
      routes.find((r) => r.method === method && r.path === path)?.access;
    // then
    expect(access('get', '/api/health')).to.equal('public');
    expect(access('post', '/api/auth/login')).to.equal('public');
    expect(access('get', '/api/me')).to.equal('authenticated');
    expect(access('post', '/api/processes/:processId/deploy')).to.deep.equal(['process-owner']);
    expect(access('post', '/api/process-instances')).to.have.members(['process-owner', 'admin']);
    expect(
      access('post', '/api/process-instances/:key/incidents/:incidentKey/resolve'),
      // issue 5: the incident manager retries incidents from the cockpit too
    ).to.have.members(['process-owner', 'incident-manager', 'admin']);
    expect(access('get', '/api/processes')).to.equal('authenticated');
    // issue 16: instances show record data, so they are for the cockpit's roles only
    for (const path of ['/api/process-instances', '/api/process-instances/:key'])
      expect(access('get', path), path).to.have.members([
        'process-owner',
        'incident-manager',
        'major-incident-manager',
        'management-representative',
        'top-management',
        'admin',
      ]);
  });
});
