/**
 * A typed client of the ITSM platform API for integrators: openapi-fetch over the types
 * generated from the platform's OpenAPI document (schema.ts, `npm run openapi:client`). Paths,
 * parameters, bodies and answers are checked by the TypeScript compiler.
 *
 *   const itsm = createItsmClient('https://itsm.example.com', token);
 *   const { data, error } = await itsm.GET('/api/tasks', { params: { query: { queue: 'service-desk' } } });
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type { components, paths };

/** The client for one platform and one bearer token (POST /api/auth/login answers it). */
export function createItsmClient(baseUrl: string, token?: string): Client<paths> {
  return createClient<paths>({
    baseUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}
