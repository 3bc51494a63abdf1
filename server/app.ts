import express, { type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import path from 'node:path';
import type { Knex } from 'knex';
import { createDeploymentRepository } from '../db/repositories/deployments.repository.ts';
import { createReadModelRepository } from '../db/repositories/read-model.repository.ts';
import { createTaskRepository } from '../db/repositories/tasks.repository.ts';
import { createUserRepository } from '../db/repositories/users.repository.ts';
import type { EngineClient } from '../engine/client.ts';
import type { Clock } from '../lib/clock.ts';
import type { Logger } from '../lib/logger.ts';
import { projectRoot } from '../lib/paths.ts';
import type { WorkerContract } from '../lib/worker-contract.ts';
import { ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from './errors.ts';
import { createKpiRepository } from '../db/repositories/kpis.repository.ts';
import { createAuditRepository } from '../db/repositories/audit.repository.ts';
import { createSlaComplianceRepository } from '../db/repositories/sla-compliance.repository.ts';
import { elementTemplateRoutes } from './routes/element-templates.routes.ts';
import { slaRoutes } from './routes/sla.routes.ts';
import { createInstanceMigrationService } from './services/instance-migration.service.ts';
import { createProcessInstanceService } from './services/process-instance.service.ts';
import type { Domain } from '../domain/domain.ts';
import type { PriorityMatrix } from '../lib/sla/priority.ts';
import { calendarRoutes } from './routes/calendars.routes.ts';
import { incidentRoutes } from './routes/incidents.routes.ts';
import { kpiRoutes } from './routes/kpis.routes.ts';
import { referenceDataRoutes } from './routes/reference-data.routes.ts';
import { requestItemRoutes } from './routes/request-items.routes.ts';
import { createIncidentService } from './services/incident.service.ts';
import { createKpiService } from './services/kpi.service.ts';
import { createErrorHandler } from './middleware/error-handler.ts';
import { compileValidator } from './middleware/validate.ts';
import { buildOpenApi } from './openapi.ts';
import { processRoutes } from './routes/processes.routes.ts';
import type { ApiRequest, RouteSpec } from './routes/route-spec.ts';
import { systemRoutes } from './routes/system.routes.ts';
import { taskRoutes } from './routes/tasks.routes.ts';
import { recordRoutes } from './routes/records.routes.ts';
import { createRecordService } from './services/record.service.ts';
import { platformKinds } from '../lib/records/kinds/index.ts';
import { createAuthService, type AuthService } from './services/auth.service.ts';
import { createDeploymentService, type DeploymentService } from './services/deployment.service.ts';
import { createTaskService } from './services/task.service.ts';
import { SPREADSHEET_TYPES } from './exports/spreadsheet.ts';
import { referenceImportRoutes } from './routes/reference-import.routes.ts';
import { webhookRoutes } from './routes/webhooks.routes.ts';
import { createWebhookService } from './services/webhook.service.ts';
import { createWebhookRepository } from '../db/repositories/webhooks.repository.ts';
import { loadOidcConfig, type OidcSettings } from './auth/oidc-config.ts';
import { oidcRoutes, parseCookies } from './routes/oidc.routes.ts';
import { createOidcService, type OidcService } from './services/oidc.service.ts';
import { createExternalJobTypeRepository } from '../db/repositories/external-job-types.repository.ts';
import { jobTypeRoutes } from './routes/job-types.routes.ts';
import type { AnswerCheck } from './answer-check.ts';

/** What the API needs; main.ts and the tests build it. */
export interface AppDeps {
  db: Knex;
  engine: EngineClient;
  clock: Clock;
  log: Logger;
  /** The worker registry (job types and schemas), for deploy checks and /api/workers. */
  workers: () => readonly WorkerContract[];
  tokenTtlMinutes?: number;
  /** Minutes without use after which a token is refused (default 60). */
  tokenIdleMinutes?: number;
  /** The services shared with the workers (calendars, SLA clocks, notifications). */
  domain: Domain;
  /** Folder of the static UI; defaults to ui/. */
  uiDir?: string;
  /** Sign-in through an OpenID Connect provider; read from OIDC_* when not given, null: off. */
  oidc?: OidcSettings | null;
  /** Tests only: checks every JSON answer against the schema its route publishes. */
  answerCheck?: AnswerCheck;
}

/** The services the app builds from its deps, exposed for start-up tasks (seeding, deploying). */
export interface AppServices {
  auth: AuthService;
  deployments: DeploymentService;
  /** Sign-in through the company directory (tests point it at their own provider). */
  oidc: OidcService;
}

/** Every route of the API, declared as data (see route-spec.ts). */
export function createRoutes(deps: AppDeps): { routes: RouteSpec[]; services: AppServices } {
  const users = createUserRepository(deps.db);
  const readModel = createReadModelRepository(deps.db);
  const externalJobTypes = createExternalJobTypeRepository(deps.db);
  const auth = createAuthService({
    users,
    clock: deps.clock,
    tokenTtlMinutes: deps.tokenTtlMinutes ?? 480,
    tokenIdleMinutes: deps.tokenIdleMinutes,
  });
  const deployments = createDeploymentService({
    engine: deps.engine,
    deployments: createDeploymentRepository(deps.db),
    readModel,
    // New diagrams may not use a retired job type (it is served for running instances only),
    // nor an inactive external one; the registry is read per deployment.
    knownJobTypes: async () => [
      ...deps.workers().flatMap((w) => (w.retired ? [] : [w.type])),
      ...(await externalJobTypes.activeTypes()),
    ],
    clock: deps.clock,
    log: deps.log.child('deploy'),
  });
  // A broken kind stops the start here, with a message naming the kind and the field.
  const kinds = platformKinds();
  const tasks = createTaskService({
    tasks: createTaskRepository(deps.db),
    readModel,
    db: deps.db,
    engine: deps.engine,
    clock: deps.clock,
    calendars: deps.domain.calendars,
    kinds,
  });
  const { sla, calendars, referenceData } = deps.domain;
  const incidents = createIncidentService({
    db: deps.db,
    engine: deps.engine,
    clock: deps.clock,
    sla,
    priorityMatrix: () => referenceData.getSetting<PriorityMatrix>('priority-matrix'),
    notifier: deps.domain.notifier,
    log: deps.log.child('incidents'),
  });
  const kpis = createKpiService({ kpis: createKpiRepository(deps.db), kinds });
  const oidc = createOidcService({
    db: deps.db,
    auth,
    log: deps.log.child('oidc'),
    settings: deps.oidc === undefined ? loadOidcConfig() : (deps.oidc ?? undefined),
  });
  // New calendar data moves due instants: recalculate open clocks, re-arm their timers.
  const onCalendarDataChanged = async (change: { at: Date; actor: string; reason: string }) => {
    const changed = await sla.recalculateOpenClocks(change);
    await incidents.announceTargetsChanged(change.reason);
    return changed;
  };
  const routes = [
    ...systemRoutes({
      db: deps.db,
      engine: deps.engine,
      auth,
      workers: deps.workers,
      externallyServed: async () => (await externalJobTypes.list()).map((t) => t.type),
    }),
    ...oidcRoutes({ oidc }),
    ...taskRoutes({ tasks }),
    ...processRoutes({
      readModel,
      engine: deps.engine,
      deployments,
      instances: createProcessInstanceService({
        readModel,
        audit: createAuditRepository(deps.db),
        engine: deps.engine,
        clock: deps.clock,
      }),
      migrations: createInstanceMigrationService({
        readModel,
        audit: createAuditRepository(deps.db),
        engine: deps.engine,
        clock: deps.clock,
      }),
    }),
    ...elementTemplateRoutes({
      workers: deps.workers,
      kinds,
      externalJobTypes: async () => (await externalJobTypes.list()).filter((t) => t.active),
    }),
    ...jobTypeRoutes({
      jobTypes: externalJobTypes,
      readModel,
      workers: deps.workers,
      clock: deps.clock,
    }),
    ...incidentRoutes({ incidents }),
    ...recordRoutes({
      kinds,
      records: createRecordService({
        db: deps.db,
        engine: deps.engine,
        clock: deps.clock,
        kinds,
        sla: deps.domain.sla,
        creators: { incident: incidents.createRecord },
      }),
    }),
    ...kpiRoutes({ kpis, clock: deps.clock }),
    ...slaRoutes({ compliance: createSlaComplianceRepository(deps.db), clock: deps.clock }),
    ...referenceDataRoutes({ db: deps.db, clock: deps.clock }),
    ...requestItemRoutes({ db: deps.db, clock: deps.clock }),
    ...referenceImportRoutes({
      db: deps.db,
      clock: deps.clock,
      calendars,
      onCalendarDataChanged,
    }),
    ...webhookRoutes({
      webhooks: createWebhookService({
        webhooks: createWebhookRepository(deps.db),
        clock: deps.clock,
        log: deps.log.child('webhooks'),
      }),
    }),
    ...calendarRoutes({
      db: deps.db,
      clock: deps.clock,
      calendars,
      onCalendarDataChanged,
    }),
  ];
  return { routes, services: { auth, deployments, oidc } };
}

/** The largest diagram body accepted (a 300-task diagram from the modeler is about 0.5 MB). */
export const XML_BODY_LIMIT = '2mb';
/** The largest spreadsheet an import takes. */
export const SPREADSHEET_BODY_LIMIT = '5mb';

/**
 * Secure headers for the API and the UI (helmet), with a content security policy that only
 * lets the UI load its own scripts, styles and fonts, images from itself and data: URLs, and
 * talk to its own origin: no frames either way, no plugins, no forms posting elsewhere.
 */
function secureHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // bpmn-js and form-js write style attributes into the markup they build; style
        // elements and outside style sheets stay refused.
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // The UI is served over plain HTTP on loopback by default: HSTS belongs to the TLS proxy.
    strictTransportSecurity: false,
  });
}

/**
 * 405 with an `Allow` header for a path the API declares, called with a method it does not
 * declare for that path (every method any matching route declares is listed).
 */
function methodNotAllowed(routes: readonly Pick<RouteSpec, 'method' | 'path'>[]): RequestHandler {
  const matchers = routes.map((r) => ({
    method: r.method.toUpperCase(),
    pattern: new RegExp(
      `^${r.path
        .split('/')
        .map((part) =>
          part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/')}/?$`,
    ),
  }));
  return (req, res, next) => {
    const url = req.originalUrl.split('?')[0] ?? '';
    const allowed = [...new Set(matchers.filter((m) => m.pattern.test(url)).map((m) => m.method))];
    // HEAD and OPTIONS keep Express's own answers (from GET; the Allow list).
    if (!allowed.length || allowed.includes(req.method) || ['HEAD', 'OPTIONS'].includes(req.method))
      return next();
    res
      .status(405)
      .set('Allow', allowed.join(', '))
      .json({
        error: {
          code: 'METHOD_NOT_ALLOWED',
          message: `${req.method} is not a method of ${url}; it answers ${allowed.join(', ')}`,
          details: [],
        },
      });
  };
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * Builds the Express app without listening: JSON API under /api (declared routes, ajv
 * validation, role checks, one error handler), the OpenAPI document, and the static UI.
 */
export function createApp(deps: AppDeps): {
  app: express.Express;
  services: AppServices;
  routes: RouteSpec[];
} {
  const { routes, services } = createRoutes(deps);
  const app = express();
  app.disable('x-powered-by');
  app.use(secureHeaders());

  const openapi = buildOpenApi(routes, '0.1.0');
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });

  const parseJson = express.json({ limit: '1mb' });
  const parseXml = express.text({ type: ['application/xml', 'text/xml'], limit: XML_BODY_LIMIT });
  const parseSpreadsheet = express.raw({
    type: [SPREADSHEET_TYPES.xlsx, 'text/csv', 'application/csv'],
    limit: SPREADSHEET_BODY_LIMIT,
  });
  for (const spec of routes) {
    const checkBody =
      typeof spec.body === 'object' ? compileValidator(spec.body, 'body') : undefined;
    const checkQuery = compileValidator(
      spec.query ?? { type: 'object', additionalProperties: false },
      'query',
    );
    // Who is asking is settled before the body is read: an unauthenticated or unauthorised
    // request never costs the server the parsing of a large body.
    const authorise: RequestHandler = async (req, res, next) => {
      if (spec.access === 'public') return next();
      const token = bearerToken(req);
      if (!token)
        throw new UnauthenticatedError(
          'Sign in first: this route needs "Authorization: Bearer <token>"',
        );
      const user = await services.auth.authenticate(token);
      if (
        spec.access !== 'authenticated' &&
        !spec.access.some((role) => user.roles.includes(role))
      ) {
        throw new ForbiddenError(`This needs one of the roles: ${spec.access.join(', ')}`);
      }
      res.locals.user = user;
      res.locals.token = token;
      next();
    };
    const parseBody =
      spec.body === 'xml' ? parseXml : spec.body === 'spreadsheet' ? parseSpreadsheet : parseJson;
    const checkAnswer: RequestHandler[] = deps.answerCheck
      ? [deps.answerCheck.middleware(spec)]
      : [];
    app[spec.method](
      spec.path,
      ...checkAnswer,
      authorise,
      parseBody,
      async (req: Request, res: Response) => {
        // A JSON route called without a body gets the empty object its schema validates.
        const body: unknown = checkBody ? (req.body ?? {}) : req.body;
        const request: ApiRequest = {
          params: { ...req.params } as Record<string, string>,
          query: {},
          body,
          user: res.locals.user as ApiRequest['user'],
          token: res.locals.token as string | undefined,
          ip: req.ip,
          cookies: parseCookies(req.headers.cookie),
        };
        // A NUL cannot be stored or looked up: say so before anything reaches the database.
        for (const [name, value] of Object.entries(request.params))
          if (value.includes('\u0000'))
            throw new InputError(`${name} contains a NUL character`, [
              { field: name, message: 'must not contain a NUL character' },
            ]);
        const query = { ...(req.query as Record<string, unknown>) };
        checkQuery(query);
        request.query = query;
        if (checkBody) checkBody(body);
        const result = await spec.handler(request);
        res.status(result.status ?? 200);
        if (result.headers) res.set(result.headers);
        if (result.filename) res.attachment(result.filename);
        if (result.body === undefined) res.end();
        else if (result.contentType) res.type(result.contentType).send(result.body);
        else res.json(result.body);
      },
    );
  }
  app.use('/api', methodNotAllowed([...routes, { method: 'get', path: '/api/openapi.json' }]));
  app.use('/api', () => {
    throw new NotFoundError('No such API route');
  });
  const uiDir = deps.uiDir ?? path.join(projectRoot, 'ui', 'dist');
  app.use(express.static(uiDir));
  app.use(express.static(path.join(projectRoot, 'ui', 'public')));
  app.use(createErrorHandler(deps.log));
  return { app, services, routes };
}
