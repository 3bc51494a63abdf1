import type { Knex } from 'knex';
import { createAuditRepository } from '../../db/repositories/audit.repository.ts';
import { createLoginAttemptRepository } from '../../db/repositories/login-attempts.repository.ts';
import { createUserRepository } from '../../db/repositories/users.repository.ts';
import { isDbUp } from '../../db/client.ts';
import type { EngineClient } from '../../engine/client.ts';
import { createReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import { unservedJobTypes, type WorkerContract } from '../../lib/worker-contract.ts';
import { ROLES } from '../auth/roles.ts';
import { sessionAnswer, type AuthService } from '../services/auth.service.ts';
import { createLoginThrottle, type LoginThrottle } from '../services/login-throttle.service.ts';
import { NotFoundError, UnauthenticatedError } from '../errors.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { arrayOf, errorSchema, instant, int, itemsOf, obj, str } from './schemas.ts';

const UP_DOWN = { type: 'string', enum: ['up', 'down'] };
const ME = obj({
  username: str,
  displayName: str,
  locale: str,
  roles: arrayOf(str),
  candidateGroups: arrayOf(str),
});

/** The languages the UI offers, and which `users.locale` may hold. */
export const USER_LOCALES = ['zh-CN', 'en'] as const;

/** The current user as GET /api/me and PUT /api/me answer. */
function me(u: {
  username: string;
  displayName: string;
  locale: string;
  roles: string[];
}): Record<string, unknown> {
  return {
    username: u.username,
    displayName: u.displayName,
    locale: u.locale,
    roles: u.roles,
    candidateGroups: u.roles.filter((r) => r in ROLES),
  };
}

/** Health, sign-in, the current user (and their language) and the worker catalogue. */
export function systemRoutes(deps: {
  db: Knex;
  engine: EngineClient;
  auth: AuthService;
  workers: () => readonly WorkerContract[];
  /** Job types registered as served outside the platform: never "unserved". */
  externallyServed?: () => Promise<readonly string[]>;
  /** Login throttling; by default per account and address, stored in deps.db. */
  loginThrottle?: LoginThrottle;
}): RouteSpec[] {
  const throttle =
    deps.loginThrottle ??
    createLoginThrottle({
      attempts: createLoginAttemptRepository(deps.db),
      audit: createAuditRepository(deps.db),
    });
  return [
    route({
      method: 'get',
      path: '/api/health',
      summary: 'Health of the platform, the database and the engine',
      tag: 'Health and auth',
      access: 'public',
      success: {
        status: 200,
        description: '{ status, db, engine }: "up" or "down"',
        schema: obj({ status: UP_DOWN, db: UP_DOWN, engine: UP_DOWN }),
      },
      otherAnswers: {
        503: {
          description: 'The database or the engine is down',
          schema: obj({ status: UP_DOWN, db: UP_DOWN, engine: UP_DOWN }),
        },
      },
      async handler() {
        const db = (await isDbUp(deps.db)) ? 'up' : 'down';
        const engine = (await deps.engine.isReady()) ? 'up' : 'down';
        const status = db === 'up' && engine === 'up' ? 'up' : 'down';
        return { status: status === 'up' ? 200 : 503, body: { status, db, engine } };
      },
    }),
    route({
      method: 'post',
      path: '/api/auth/login',
      summary:
        'Sign in; returns a bearer token. Repeated failures lock the username or the client address for a while (429 with Retry-After)',
      tag: 'Health and auth',
      access: 'public',
      body: {
        type: 'object',
        properties: {
          username: { type: 'string', minLength: 1, maxLength: 100 },
          password: { type: 'string', minLength: 1, maxLength: 200 },
        },
        required: ['username', 'password'],
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: '{ token, expiresAt, user }',
        schema: obj({
          token: str,
          expiresAt: instant,
          user: obj({ username: str, displayName: str, locale: str, roles: arrayOf(str) }),
        }),
      },
      otherAnswers: {
        401: { description: 'Wrong username or password', schema: errorSchema },
        429: {
          description: 'Too many failed sign-ins for the username or the address (Retry-After)',
          schema: errorSchema,
        },
      },
      async handler(req) {
        const { username, password } = req.body as { username: string; password: string };
        const address = req.ip ?? 'unknown';
        // Refused before any scrypt work while the account or the address is locked.
        await throttle.check(username, address);
        let signedIn: Awaited<ReturnType<AuthService['login']>>;
        try {
          signedIn = await deps.auth.login(username, password);
        } catch (err) {
          if (err instanceof UnauthenticatedError) await throttle.failed(username, address);
          throw err;
        }
        await throttle.succeeded(username);
        return {
          body: sessionAnswer(signedIn),
        };
      },
    }),
    route({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out: the token stops working',
      tag: 'Health and auth',
      access: 'authenticated',
      success: { status: 204, description: 'Signed out', empty: true },
      async handler(req) {
        if (!req.token) throw new UnauthenticatedError('No token');
        await deps.auth.logout(req.token);
        return { status: 204 };
      },
    }),
    route({
      method: 'get',
      path: '/api/me',
      summary: 'The current user with roles and candidate groups',
      tag: 'Health and auth',
      access: 'authenticated',
      success: { status: 200, description: 'The user', schema: ME },
      async handler(req) {
        return { body: me(req.user!) };
      },
    }),
    route({
      method: 'put',
      path: '/api/me',
      summary:
        "Set the current user's language (users.locale): task names and picker labels follow it",
      tag: 'Health and auth',
      access: 'authenticated',
      body: {
        type: 'object',
        properties: { locale: { type: 'string', enum: [...USER_LOCALES] } },
        required: ['locale'],
        additionalProperties: false,
      },
      success: { status: 200, description: 'The user, with the new locale', schema: ME },
      async handler(req) {
        const { locale } = req.body as { locale: (typeof USER_LOCALES)[number] };
        const u = req.user!;
        if (!(await createUserRepository(deps.db).setLocale(u.id, locale)))
          throw new NotFoundError(`User ${u.username} does not exist`);
        return { body: me({ ...u, locale }) };
      },
    }),
    route({
      method: 'get',
      path: '/api/workers',
      summary: 'The job types the workers serve, with their JSON Schemas',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description:
          '{ items: [{ type, description, input, output, bpmnErrors, retired? }] } (retired: what replaced a job type that only instances of earlier diagram versions still use)',
        schema: itemsOf(
          obj(
            {
              type: str,
              description: str,
              input: { type: 'object' },
              output: { type: 'object' },
              bpmnErrors: arrayOf(str),
              retired: str,
            },
            ['type', 'description', 'input', 'output', 'bpmnErrors'],
          ),
        ),
      },
      async handler() {
        return {
          body: {
            items: deps.workers().map((w) => ({
              type: w.type,
              description: w.description,
              input: w.input,
              output: w.output,
              bpmnErrors: w.bpmnErrors,
              ...(w.retired ? { retired: w.retired } : {}),
            })),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/workers/unserved',
      summary:
        'Job types that a deployed process version uses and no worker serves, with its running instances',
      tag: 'Processes and instances',
      access: ['process-owner', 'admin'],
      success: {
        status: 200,
        description:
          '{ items: [{ jobType, processId, version, activeInstances }] } (empty when every deployed version is served)',
        schema: itemsOf(obj({ jobType: str, processId: str, version: int, activeInstances: int })),
      },
      async handler() {
        const definitions = await createReadModelRepository(deps.db).deployedDefinitions();
        const external = new Set(deps.externallyServed ? await deps.externallyServed() : []);
        const items = unservedJobTypes(definitions, deps.workers());
        return { body: { items: items.filter((u) => !external.has(u.jobType)) } };
      },
    }),
  ];
}
