import type { Knex } from 'knex';
import type { Domain } from '../domain/domain.ts';
import type { EngineClient } from '../engine/client.ts';
import type { Logger } from '../lib/logger.ts';
import { createRoutes } from './app.ts';
import { buildOpenApi } from './openapi.ts';
import type { RouteSpec } from './routes/route-spec.ts';

const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

/**
 * The route table built over dependencies that are never called: declaring routes does no I/O,
 * so the API's contract can be read without a database or an engine (the OpenAPI document, the
 * generated client, the contract tests).
 */
export function declaredRoutes(): RouteSpec[] {
  return createRoutes({
    db: {} as Knex,
    engine: {} as EngineClient,
    clock: { now: () => new Date() },
    log: quietLog,
    workers: () => [],
    domain: {} as Domain,
    oidc: null,
  }).routes;
}

/** The OpenAPI document the server publishes at /api/openapi.json, built offline. */
export function openApiDocument(): object {
  return buildOpenApi(declaredRoutes(), '0.1.0');
}
