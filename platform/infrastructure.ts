import path from 'node:path';
import { createDb, migrateLatest } from '../db/client.ts';
import { loadDbConfig, toJdbc } from '../db/config.ts';
import {
  APP_ROLE,
  EXPORTER_ROLE,
  ensureRuntimeRoles,
  isSuperuser,
  readOrCreateSecret,
  urlWithLogin,
} from '../db/roles.ts';
import { startPostgres, type RunningPostgres } from '../db/postgres-server.ts';
import type { EngineAddresses } from '../engine/client.ts';
import { assertClockControlAllowed, loadEngineConfig } from '../engine/config.ts';
import { createClockControl } from '../engine/engine-api.ts';
import { ensureExporterJar } from '../engine/exporter-build.ts';
import { findJdk } from '../engine/jdk.ts';
import { startEngine, type RunningEngine } from '../engine/runtime.ts';
import type { Logger } from '../lib/logger.ts';
import { profileDir } from '../lib/paths.ts';

/** What a profile needs started: ports and clock control for the engine and Postgres it owns. */
export interface InfrastructureOptions {
  /** `dev` for npm start, `test` for npm test; names the state folder under .data/. */
  profile: string;
  /** Use this profile's Postgres and engine when another entry point already runs them. */
  attach?: boolean;
  env?: Record<string, string | undefined>;
  /** Tests: called with the embedded server's admin URL before the database is created (to drop it). */
  beforeMigrate?: (adminUrl: string, databaseName: string) => Promise<void>;
  /** Overrides of the environment's settings (the test profile uses its own ports). */
  overrides?: Partial<{
    pgPort: number;
    grpcPort: number;
    restPort: number;
    managementPort: number;
    clockControlled: boolean;
    databaseName: string;
  }>;
}

/** Postgres and the engine, started by the platform or found through the environment. */
export interface Infrastructure {
  /** The runtime connection: the `itsm_app` role on the embedded server, else DATABASE_URL. */
  databaseUrl: string;
  engine: EngineAddresses;
  clockControlled: boolean;
  postgres?: RunningPostgres;
  engineProcess?: RunningEngine;
  /** Restarts the engine the platform started (tests: crash and recovery). */
  restartEngine(): Promise<void>;
  /** Restarts the embedded Postgres (tests: crash and recovery). */
  restartPostgres(): Promise<void>;
  /** Stops what the platform started, engine first. */
  stop(): Promise<void>;
}

/**
 * Starts what the platform needs and is not given: the embedded PostgreSQL unless
 * DATABASE_URL is set, migrations, the exporter build and the Zeebe engine unless
 * ZEEBE_GRPC_ADDRESS points at one.
 */
export async function startInfrastructure(
  options: InfrastructureOptions,
  log: Logger,
): Promise<Infrastructure> {
  const env = options.env ?? process.env;
  const dbConfig = loadDbConfig(env);
  const engineConfig = loadEngineConfig(env);
  const o = options.overrides ?? {};
  const stateDir = profileDir(options.profile);
  const clockControlled = o.clockControlled ?? engineConfig.ENGINE_CLOCK_CONTROLLED;
  if (clockControlled) assertClockControlAllowed(env);

  let postgres: RunningPostgres | undefined;
  let databaseUrl = dbConfig.DATABASE_URL;
  const pgOptions = {
    stateDir,
    port: o.pgPort ?? dbConfig.EMBEDDED_PG_PORT,
    attach: options.attach,
  };
  const databaseName = o.databaseName ?? 'itsm';
  let exporterUrl = databaseUrl;
  if (!databaseUrl) {
    postgres = await startPostgres(pgOptions, log.child('postgres'));
    await options.beforeMigrate?.(postgres.urlFor('postgres'), databaseName);
    await postgres.ensureDatabase(databaseName);
    databaseUrl = postgres.urlFor(databaseName);
  }
  // Migrations run as the owner; the running platform then uses the least-privileged roles.
  const db = createDb(databaseUrl, { poolMax: 1 });
  try {
    const applied = await migrateLatest(db);
    if (applied.length) log.info(`Applied ${applied.length} database migration(s)`);
    if (postgres) {
      const app = {
        name: APP_ROLE,
        password: readOrCreateSecret(path.join(stateDir, `${APP_ROLE}.password`)),
      };
      const exporter = {
        name: EXPORTER_ROLE,
        password: readOrCreateSecret(path.join(stateDir, `${EXPORTER_ROLE}.password`)),
      };
      await ensureRuntimeRoles(db, { app, exporter });
      databaseUrl = urlWithLogin(databaseUrl, app);
      exporterUrl = urlWithLogin(databaseUrl, exporter);
    } else if (await isSuperuser(db)) {
      log.warn(
        'DATABASE_URL connects as a superuser: the API, the workers and the exporter get every ' +
          'right on the server. Use a role that owns only this database (README: "Using an ' +
          'existing engine or PostgreSQL").',
      );
    }
  } catch (err) {
    await postgres?.stop();
    throw err;
  } finally {
    await db.destroy();
  }
  const runtimeUrl = databaseUrl;
  const exporterJdbc = toJdbc(exporterUrl ?? runtimeUrl);

  let engineProcess: RunningEngine | undefined;
  let engine: EngineAddresses;
  const engineOptions = async () => {
    const jdk = findJdk(env.JAVA_HOME);
    const jarPath = await ensureExporterJar(jdk, log.child('exporter'));
    return {
      version: engineConfig.ZEEBE_VERSION,
      stateDir: path.join(stateDir, 'engine'),
      ports: {
        grpc: o.grpcPort ?? engineConfig.ENGINE_GRPC_PORT,
        rest: o.restPort ?? engineConfig.ENGINE_REST_PORT,
        management: o.managementPort ?? engineConfig.ENGINE_MANAGEMENT_PORT,
        command: (o.grpcPort ?? engineConfig.ENGINE_GRPC_PORT) + 1,
        internal: (o.grpcPort ?? engineConfig.ENGINE_GRPC_PORT) + 2,
      },
      clockControlled,
      heap: engineConfig.ENGINE_HEAP,
      partitions: engineConfig.ENGINE_PARTITIONS,
      jdk,
      attach: options.attach,
      exporter: { jarPath, ...exporterJdbc },
    };
  };
  if (engineConfig.ZEEBE_GRPC_ADDRESS) {
    const host = engineConfig.ZEEBE_GRPC_ADDRESS.split(':')[0];
    engine = {
      version: engineConfig.ZEEBE_VERSION,
      grpcAddress: engineConfig.ZEEBE_GRPC_ADDRESS,
      restAddress: engineConfig.ZEEBE_REST_ADDRESS ?? `http://${host}:8080`,
      managementAddress: engineConfig.ZEEBE_MANAGEMENT_ADDRESS ?? `http://${host}:9600`,
    };
    log.info(`Using the engine at ${engine.grpcAddress} (ZEEBE_GRPC_ADDRESS); starting none`);
  } else {
    try {
      engineProcess = await startEngine(await engineOptions(), log.child('engine'));
    } catch (err) {
      await postgres?.stop();
      throw err;
    }
    engine = {
      version: engineConfig.ZEEBE_VERSION,
      grpcAddress: engineProcess.grpcAddress,
      restAddress: engineProcess.restAddress,
      managementAddress: engineProcess.managementAddress,
    };
  }

  const infra: Infrastructure = {
    databaseUrl: runtimeUrl,
    engine,
    clockControlled,
    postgres,
    engineProcess,
    async restartEngine() {
      if (!infra.engineProcess) throw new Error('The engine was not started by the platform');
      // A controlled clock's offset is not persisted: the restarted broker would start at the
      // machine's time, behind the job deadlines and timers it stored. Carry the offset over.
      const clock = clockControlled
        ? createClockControl(engine.version, {
            rest: engine.restAddress,
            management: engine.managementAddress,
          })
        : undefined;
      const engineNow = await clock?.now().catch(() => undefined);
      const offset = engineNow === undefined ? 0 : engineNow - Date.now();
      await infra.engineProcess.stop();
      infra.engineProcess = await startEngine(await engineOptions(), log.child('engine'));
      if (clock && offset > 1000) {
        const behind = Date.now() + offset - (await clock.now());
        if (behind > 0) await clock.add(behind);
      }
    },
    async restartPostgres() {
      if (!infra.postgres) throw new Error('Postgres was not started by the platform');
      await infra.postgres.stop();
      infra.postgres = await startPostgres(pgOptions, log.child('postgres'));
    },
    async stop() {
      await infra.engineProcess?.stop();
      await infra.postgres?.stop();
    },
  };
  return infra;
}
