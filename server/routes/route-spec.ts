import type { User } from '../../db/repositories/users.repository.ts';
import type { Role } from '../auth/roles.ts';

/** Who may call a route: anyone, any signed-in user, or users holding one of the roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** A request as route handlers see it: validated params, query and body, and the caller. */
export interface ApiRequest<B = unknown, Q = Record<string, unknown>> {
  params: Record<string, string>;
  query: Q;
  body: B;
  user?: User;
  token?: string;
  /** The client's address (the socket's; no proxy is trusted), e.g. for login throttling. */
  ip?: string;
  /** The request's cookies by name (only the OpenID Connect sign-in uses one). */
  cookies?: Record<string, string>;
}

/** What a handler returns; the app writes it. */
export interface ApiResult {
  status?: number;
  body?: unknown;
  contentType?: string;
  /** Answered as a download with this file name (Content-Disposition: attachment). */
  filename?: string;
  /** Extra headers, e.g. `Location` of a redirect or `Set-Cookie`. */
  headers?: Record<string, string | string[]>;
}

/**
 * One route of the API, declared as data: the app registers it, validates its input with
 * ajv, checks its access, and the OpenAPI document is generated from the same declaration.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  /** Express-style path, e.g. `/api/tasks/:id/claim`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /**
   * JSON Schema of the JSON body, `xml` for a raw XML body, or `spreadsheet` for an uploaded
   * XLSX or CSV file (a Buffer).
   */
  body?: object | 'xml' | 'spreadsheet';
  /**
   * JSON Schemas of path parameters whose form the handler checks (400 otherwise), e.g. an
   * engine key's digits; the others are published as plain strings.
   */
  params?: Record<string, object>;
  /** Rules across fields that JSON Schema cannot state (answered 400), for the document. */
  rules?: string;
  /** JSON Schema of the query string (values coerced from strings). */
  query?: object;
  /** Status, a short description and the published shape of the success answer. */
  success: SuccessAnswer;
  /** Answers other than the success and the shared error shape, by status (e.g. health's 503). */
  otherAnswers?: Record<number, { description: string; schema: object }>;
  handler(req: ApiRequest): Promise<ApiResult>;
}

/**
 * The success answer of a route as the OpenAPI document publishes it: a JSON body and its
 * JSON Schema, no body (204, a redirect), or a body of other media types (downloads).
 */
export type SuccessAnswer = { status: number; description: string } & (
  | { schema: object }
  | { empty: true }
  | {
      /** Media type → JSON Schema of the body, e.g. `{ 'text/csv': { type: 'string' } }`. */
      content: Record<string, object>;
    }
);

/**
 * What every text of a request must match: no NUL character (PostgreSQL stores none; the app
 * refuses one anywhere in a request with 400 naming the field, see server/middleware/validate.ts).
 */
export const NUL_FREE = '^[^\\u0000]*$';

const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'then', 'else', 'contains'] as const;

/**
 * `schema` with the NUL rule stated where JSON Schema can: a `pattern` on each text that has
 * no pattern, format, enum or const of its own, and `propertyNames` on each object whose keys
 * are free. (Inside `not` and `if` a constraint would turn the meaning around: left alone.)
 */
export function statingNulFree<T>(schema: T): T {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const s: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
  const types = ([] as unknown[]).concat(s.type ?? []);
  const constrained = 'pattern' in s || 'format' in s || 'enum' in s || 'const' in s;
  if (types.includes('string') && !constrained) s.pattern = NUL_FREE;
  if (types.includes('object') && s.additionalProperties !== false && !('propertyNames' in s))
    s.propertyNames = { pattern: NUL_FREE };
  if (s.properties && typeof s.properties === 'object')
    s.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [k, statingNulFree(v)]),
    );
  for (const key of SUBSCHEMA_LISTS)
    if (Array.isArray(s[key])) s[key] = (s[key] as unknown[]).map(statingNulFree);
  for (const key of SUBSCHEMAS) if (key in s) s[key] = statingNulFree(s[key]);
  return s as T;
}

/**
 * Declares a route: its request schemas as given, with the rule every request shares (no NUL
 * in any text) stated in them, so ajv checks and the OpenAPI document publishes the same.
 */
export function route(spec: RouteSpec): RouteSpec {
  return {
    ...spec,
    ...(typeof spec.body === 'object' ? { body: statingNulFree(spec.body) } : {}),
    ...(spec.query ? { query: statingNulFree(spec.query) } : {}),
    ...(spec.params
      ? {
          params: Object.fromEntries(
            Object.entries(spec.params).map(([k, v]) => [k, statingNulFree(v)]),
          ),
        }
      : {}),
  };
}
