import type { RouteSpec } from './routes/route-spec.ts';

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'array', items: {} },
      },
      required: ['code', 'message', 'details'],
    },
  },
  required: ['error'],
};

/** Who may call a route, in words, for the document. */
export function describeAccess(spec: RouteSpec): string {
  if (spec.access === 'public') return 'public (no token)';
  if (spec.access === 'authenticated') return 'any signed-in user';
  return `roles: ${spec.access.join(', ')}`;
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route declarations, so the request
 * schemas it publishes are the ones ajv enforces, and each operation states its roles
 * (`x-roles`).
 */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
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
      [String(r.success.status)]: {
        description: r.success.description,
        ...(r.success.schema
          ? { content: { 'application/json': { schema: r.success.schema } } }
          : {}),
      },
      '400': {
        description: 'Invalid input; each field named',
        content: { 'application/json': { schema: errorSchema } },
      },
      '404': { description: 'Not found', content: { 'application/json': { schema: errorSchema } } },
      '409': {
        description: 'Not allowed in the current state',
        content: { 'application/json': { schema: errorSchema } },
      },
    };
    if (r.access !== 'public') {
      responses['401'] = {
        description: 'No, invalid or expired token',
        content: { 'application/json': { schema: errorSchema } },
      };
      responses['403'] = {
        description: 'The role may not do this',
        content: { 'application/json': { schema: errorSchema } },
      };
    }
    const operation: Record<string, unknown> = {
      summary: r.summary,
      description: `Access: ${describeAccess(r)}.`,
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
        content: { 'application/xml': { schema: { type: 'string' } } },
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
      description: 'ISO/IEC 20000 service management processes on Zeebe. Engine keys are strings.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
