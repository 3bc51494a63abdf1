import { closeOffThreadChecks } from '../server/checks/off-thread.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Knex } from 'knex';
import { createDb } from '../db/client.ts';
import { loadDbConfig } from '../db/config.ts';
import {
  backfillElementLabels,
  createReadModelHandlers,
  type ProcessDescription,
} from '../db/projector/handlers.ts';
import { createProjector, type Projector } from '../db/projector/projector.ts';
import { createPublishedMessageRepository } from '../db/repositories/published-messages.repository.ts';
import { seedReferenceDefaults } from '../db/seeds/reference-data.ts';
import { createEnumLabelsRepository } from '../db/repositories/enum-labels.repository.ts';
import { RECORD_KINDS } from '../lib/records/kinds/index.ts';
import {
  createEngineClient,
  EngineError,
  type EngineAddresses,
  type EngineClient,
} from '../engine/client.ts';
import { createEngineClock, systemClock, type Clock } from '../lib/clock.ts';
import { developmentSetting } from '../lib/dev-setting.ts';
import { ConfigError } from '../lib/env-config.ts';
import {
  developmentPasswords,
  findDevelopmentUsers,
  REMOVE_DEV_USERS_COMMAND,
} from '../server/auth/dev-users.ts';
import type { Logger } from '../lib/logger.ts';
import { projectRoot } from '../lib/paths.ts';
import { createDomain, type Domain } from '../domain/domain.ts';
import { createMailTransportFromEnv } from '../domain/smtp.ts';
import { createApp, type AppServices } from '../server/app.ts';
import type { AnswerCheck } from '../server/answer-check.ts';
import { parseBpmn } from '../server/processes/bpmn-model.ts';
import type { ResourceFile } from '../server/services/deployment.service.ts';
import { createRepublishRelay } from '../workers/bus/republish-relay.ts';
import { createWebhookLoops, type WebhookLoops } from '../workers/webhooks/index.ts';
import type { Worker } from '../workers/lib/define-worker.ts';
import { startWorkers, type RunningWorkers } from '../workers/lib/runtime.ts';
import { createWorkers } from '../workers/registry.ts';

/**
 * Reads a diagram's labels and start messages for the read model: each element's English
 * name (BPMN `name`) and its labels in other languages (`zeebe:properties` `label.zh-CN`).
 */
export async function describeProcess(xml: string): Promise<ProcessDescription> {
  const facts = await parseBpmn(xml);
  const elementNames: Record<string, string> = {};
  const elementLabels: Record<string, Record<string, string>> = {};
  for (const [id, e] of Object.entries(facts.elements)) {
    if (e.name) elementNames[id] = e.name;
    if (e.labels) elementLabels[id] = e.labels;
  }
  const executable = facts.processes.find((p) => p.isExecutable) ?? facts.processes[0];
  return {
    name: executable?.name,
    elementNames,
    elementLabels,
    messageStartNames: [
      ...new Set(
        facts.messageStartEvents.map((m) => m.messageName).filter((n): n is string => !!n),
      ),
    ],
  };
}

/** The `.bpmn` and `.form` files of `workflows/`, forms first. */
export function repositoryResources(dir = path.join(projectRoot, 'workflows')): ResourceFile[] {
  const read = (folder: string, ext: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => ({ name: f, content: readFileSync(path.join(folder, f)) }))
      : [];
  return [...read(path.join(dir, 'forms'), '.form'), ...read(dir, '.bpmn')];
}

/**
 * Runs the start-up deployment, again (up to 4 times, 5 s apart) when the engine could not be
 * reached or answered too late: a busy broker can take longer than the gateway's 15 s for a
 * first deployment of every diagram (seen on a loaded 2-core machine). Deploying the same
 * resources again is safe: the engine keeps unchanged resources at their version.
 */
export async function deployRetrying(
  deploy: () => Promise<unknown>,
  log: Logger,
  pauseMs = 5000,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deploy();
      return;
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'unavailable') || attempt >= 4) throw err;
      log.warn(`Deploying workflows/ failed (${err.message}); trying again in ${pauseMs / 1000} s`);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}

/** Which parts run in this process. */
export interface PlatformOptions {
  databaseUrl: string;
  engine: EngineAddresses;
  clockControlled: boolean;
  log: Logger;
  server?: {
    host: string;
    port: number;
    tokenTtlMinutes?: number;
    tokenIdleMinutes?: number;
    /** Tests only: every JSON answer checked against its route's published schema. */
    answerCheck?: AnswerCheck;
  };
  workers?: boolean;
  /** Workers registered beside the registry's (tests: the fixture workers). */
  extraWorkers?: readonly Worker[];
  /** Worker long-poll length (tests: short, so shutdown is quick). */
  workerLongPollMs?: number;
  projector?: boolean | { retentionMs?: number };
  /** Deploy `workflows/` files changed since their last deployment from the repository. */
  deployOnStart?: boolean;
  /** NODE_ENV and DEV_USER_PASSWORD are read from here (default: process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Refuses to serve the API outside a development setting (lib/dev-setting.ts) while the
 * database holds development users: users whose password is the published default or
 * DEV_USER_PASSWORD. The message names them and the command that removes them.
 */
export async function refuseDevelopmentUsers(
  db: Knex,
  host: string,
  env: Record<string, string | undefined>,
): Promise<void> {
  const setting = developmentSetting({ HOST: host, NODE_ENV: env.NODE_ENV });
  if (setting.development) return;
  const found = await findDevelopmentUsers(db, developmentPasswords(env));
  if (!found.length) return;
  throw new ConfigError(
    `Refusing to start: ${setting.reason}, and the database has ${found.length} development ` +
      `user(s) whose password is published (${found.map((u) => u.username).join(', ')}). ` +
      `Remove them with "${REMOVE_DEV_USERS_COMMAND}" (same DATABASE_URL and NODE_ENV), ` +
      'then start again; set ADMIN_PASSWORD to create the admin user.',
  );
}

/** The running parts of the platform in this process. */
export interface Platform {
  db: Knex;
  engine: EngineClient;
  clock: Clock;
  domain: Domain;
  services: AppServices;
  projector?: Projector;
  workers?: RunningWorkers;
  /** The webhook dispatcher and sender (with the workers). */
  webhooks?: WebhookLoops;
  httpServer?: Server;
  url?: string;
  stop(): Promise<void>;
}

/**
 * Composition root: wires the database, the engine client, the clock, and then whichever
 * of projector, workers and API server this process runs.
 */
export async function startPlatform(o: PlatformOptions): Promise<Platform> {
  const db = createDb(o.databaseUrl);
  if (o.server) {
    try {
      await refuseDevelopmentUsers(db, o.server.host, o.env ?? process.env);
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }
  const engine = createEngineClient(o.engine);
  await engine.waitForTopology();
  let clock: Clock = systemClock;
  let engineClock: ReturnType<typeof createEngineClock> | undefined;
  if (o.clockControlled) {
    engineClock = createEngineClock(() => engine.clock.now());
    await engineClock.start();
    clock = engineClock;
  }
  // Bad mail settings stop the start here, before anything runs.
  const mail = createMailTransportFromEnv(o.log.child('mail'));
  const domain = createDomain({ db, clock, mail, log: o.log.child('notify') });
  // Calendars, national days, default SLA targets and settings, where missing.
  await seedReferenceDefaults(db, clock.now());
  await createEnumLabelsRepository(db).sync(RECORD_KINDS);
  const workerList = [...createWorkers({ db, engine, clock, domain }), ...(o.extraWorkers ?? [])];
  const { app, services } = createApp({
    db,
    engine,
    clock,
    domain,
    log: o.log.child('api'),
    workers: () => workerList,
    tokenTtlMinutes: o.server?.tokenTtlMinutes,
    tokenIdleMinutes: o.server?.tokenIdleMinutes,
    answerCheck: o.server?.answerCheck,
  });

  let projector: Projector | undefined;
  if (o.projector) {
    const retentionMs =
      typeof o.projector === 'object' && o.projector.retentionMs !== undefined
        ? o.projector.retentionMs
        : loadDbConfig().PROJECTOR_RETENTION_HOURS * 3600_000;
    // Versions projected before element labels were kept get them from their stored XML.
    await backfillElementLabels(db, describeProcess, o.log.child('projector'));
    projector = createProjector(
      db,
      createReadModelHandlers(describeProcess),
      o.log.child('projector'),
      { retentionMs },
    );
    projector.start();
  }

  if (o.deployOnStart) {
    const changed =
      await services.deployments.changedSinceLastRepositoryDeploy(repositoryResources());
    if (changed.length) {
      o.log.info(
        `Deploying ${changed.length} changed file(s) from workflows/: ${changed.map((f) => f.name).join(', ')}`,
      );
      await deployRetrying(
        () => services.deployments.deploy(changed, { source: 'repository' }),
        o.log,
      );
    }
  }

  let workers: RunningWorkers | undefined;
  let relay: ReturnType<typeof createRepublishRelay> | undefined;
  let webhooks: WebhookLoops | undefined;
  if (o.workers) {
    workers = startWorkers(engine, workerList, o.log.child('workers'), {
      longPollMs: o.workerLongPollMs,
    });
    relay = createRepublishRelay({
      engine,
      messages: createPublishedMessageRepository(db),
      clock,
      log: o.log.child('relay'),
    });
    relay.start();
    webhooks = createWebhookLoops({ db, clock, log: o.log.child('webhooks') });
    webhooks.start();
    o.log.info(`Workers registered for ${workers.types.length} job types`);
  }

  let httpServer: Server | undefined;
  let url: string | undefined;
  if (o.server) {
    const { host, port } = o.server;
    httpServer = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(port, host, () => resolve(s));
      s.once('error', reject);
    });
    const address = httpServer.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    url = `http://${host}:${actualPort}`;
    o.log.info(`API and UI on ${url}`);
  }

  return {
    db,
    engine,
    clock,
    domain,
    services,
    projector,
    workers,
    webhooks,
    httpServer,
    url,
    async stop() {
      if (httpServer) await new Promise<void>((r) => httpServer!.close(() => r()));
      await closeOffThreadChecks();
      relay?.stop();
      await webhooks?.stop();
      await workers?.stop();
      await projector?.stop();
      engineClock?.stop();
      mail?.close();
      await engine.close();
      await db.destroy();
    },
  };
}
