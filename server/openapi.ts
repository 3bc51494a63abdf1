import { NUL_FREE, type RouteSpec } from './routes/route-spec.ts';
import { errorSchema, sharedSchemas } from './routes/schemas.ts';

/** Who may call a route, in words, for the document. */
export function describeAccess(spec: RouteSpec): string {
  if (spec.access === 'public') return 'public (no token)';
  if (spec.access === 'authenticated') return 'any signed-in user';
  return `roles: ${spec.access.join(', ')}`;
}

const errorContent = { content: { 'application/json': { schema: errorSchema } } };

/** The OpenAPI path of an Express-style path (`/api/tasks/:id` → `/api/tasks/{id}`). */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** The success answer of a route as an OpenAPI response object. */
function successResponse(r: RouteSpec): object {
  const s = r.success;
  if ('schema' in s)
    return { description: s.description, content: { 'application/json': { schema: s.schema } } };
  if ('content' in s)
    return {
      description: s.description,
      content: Object.fromEntries(Object.entries(s.content).map(([t, schema]) => [t, { schema }])),
    };
  return { description: s.description };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route declarations, so the request
 * schemas it publishes are the ones ajv enforces, and each operation states its roles
 * (`x-roles`) and the schema of its success answer (the tests check real answers against it).
 * Every error answer shares one shape, `components.schemas.Error`.
 */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      // app.ts refuses a NUL in any path parameter (400 naming it).
      schema: r.params?.[m[1]!] ?? { type: 'string', pattern: NUL_FREE },
    }));
    const query = r.query as
      { properties?: Record<string, object>; required?: string[] } | undefined;
    for (const [name, schema] of Object.entries(query?.properties ?? {})) {
      params.push({
        name,
        in: 'query',
        required: Boolean(query?.required?.includes(name)),
        schema: schema as { type: string },
      });
    }
    const responses: Record<string, object> = {
      [String(r.success.status)]: successResponse(r),
      '400': { description: 'Invalid input; each field named', ...errorContent },
      '404': { description: 'Not found', ...errorContent },
      '405': {
        description: 'Method not declared for this path (the Allow header lists the declared ones)',
        ...errorContent,
      },
      '409': { description: 'Not allowed in the current state', ...errorContent },
      '500': { description: 'Server fault', ...errorContent },
      '503': {
        description: 'The engine or the database is unavailable, or the process is not deployed',
        ...errorContent,
      },
    };
    for (const [status, a] of Object.entries(r.otherAnswers ?? {}))
      responses[status] = {
        description: a.description,
        content: { 'application/json': { schema: a.schema } },
      };
    if (r.access !== 'public') {
      responses['401'] = { description: 'No, invalid or expired token', ...errorContent };
      responses['403'] = { description: 'The role may not do this', ...errorContent };
    }
    const operation: Record<string, unknown> = {
      summary: r.summary,
      description: `Access: ${describeAccess(r)}.${r.rules ? ` ${r.rules}` : ''}`,
      tags: [r.tag],
      operationId: `${r.method}${r.path.replace(/[/:{}-]+([a-zA-Z])?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: params,
      responses,
      'x-roles': r.access,
      security: r.access === 'public' ? [] : [{ bearer: [] }],
    };
    if (r.body === 'xml') {
      operation.requestBody = {
        required: true,
        content: { 'application/xml': { schema: { type: 'string', minLength: 1 } } },
      };
    } else if (r.body === 'spreadsheet') {
      operation.requestBody = {
        required: true,
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            schema: { type: 'string', format: 'binary' },
          },
          'text/csv': { schema: { type: 'string' } },
        },
      };
    } else if (r.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: r.body } },
      };
    }
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ITSM platform API',
      version,
      description:
        'ISO/IEC 20000 service management processes on Zeebe. Engine keys are strings. ' +
        'No text anywhere in a request (a value or a key, however deep) may hold a NUL character (U+0000): 400 naming the field. ' +
        "A rule across fields, or one that depends on stored data or the platform's settings, is stated in the operation's description (400 naming the field); " +
        'an id in the path that names nothing answers 404, a request the current state does not allow 409.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: sharedSchemas,
    },
    paths,
  };
}
