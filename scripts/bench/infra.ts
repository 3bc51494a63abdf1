import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb, migrateLatest } from '../../db/client.ts';
import { toJdbc } from '../../db/config.ts';
import { startPostgres, type RunningPostgres } from '../../db/postgres-server.ts';
import type { EngineAddresses } from '../../engine/client.ts';
import { loadEngineConfig } from '../../engine/config.ts';
import { ensureExporterJar } from '../../engine/exporter-build.ts';
import { findJdk, type Jdk } from '../../engine/jdk.ts';
import { startEngine, type RunningEngine } from '../../engine/runtime.ts';
import { terminate } from '../../lib/os-process.ts';
import type { Logger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';

/** Job records the benchmark counts (throughput, and failures, time-outs, errors). */
const BENCH_JOB_RECORDS = [
  'JOB:COMPLETED',
  'JOB:FAILED',
  'JOB:TIMED_OUT',
  'JOB:ERROR_THROWN',
  'JOB:RETRIES_UPDATED',
];

/** The bench's own profile and ports: never the dev (26500/8080/9600/55432) or test ones. */
export const BENCH_PROFILE = 'bench';
export const BENCH_PORTS = {
  pgPort: 55600,
  grpcPort: 26700,
  restPort: 8280,
  managementPort: 9800,
};
const DATABASE = 'itsm_bench';

/**
 * Postgres and the engine for the benchmark. Built from the same parts as
 * platform/infrastructure.ts (embedded Postgres, knex migrations, the exporter build and
 * engine/runtime.ts), because startInfrastructure always starts the engine with the exporter
 * and the first figure needs it without. Every engine starts on fresh data, so no run inherits
 * the previous run's log or snapshots.
 */
export class BenchInfrastructure {
  readonly stateDir = profileDir(BENCH_PROFILE);
  readonly engineDir = path.join(this.stateDir, 'engine');
  readonly version: string;
  readonly heap: string;
  /** ENGINE_PARTITIONS: the bench's engine runs the partition count the platform would. */
  readonly partitions: number;
  readonly jdk: Jdk;
  postgres?: RunningPostgres;
  databaseUrl?: string;
  engine?: RunningEngine;
  private postgresStarting?: Promise<unknown>;
  private stopping?: Promise<void>;
  private closed = false;

  /** `postgresSettings`: more server settings (`name=value`), e.g. to preload pg_stat_statements. */
  constructor(
    private readonly log: Logger,
    private readonly postgresSettings: readonly string[] = [],
  ) {
    const config = loadEngineConfig({ ...process.env, ZEEBE_GRPC_ADDRESS: undefined });
    this.version = config.ZEEBE_VERSION;
    this.heap = config.ENGINE_HEAP;
    this.partitions = config.ENGINE_PARTITIONS;
    this.jdk = findJdk(process.env.JAVA_HOME);
  }

  /** Starts the embedded Postgres on the bench port with a fresh `itsm_bench` database, migrated. */
  async startPostgres(): Promise<string> {
    const starting = startPostgres(
      { stateDir: this.stateDir, port: BENCH_PORTS.pgPort, settings: this.postgresSettings },
      this.log.child('postgres'),
    );
    this.postgresStarting = starting;
    this.postgres = await starting;
    if (this.closed) throw new Error('aborted');
    const admin = new pg.Client({ connectionString: this.postgres.urlFor('postgres') });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${DATABASE} with (force)`);
      await admin.query(`create database ${DATABASE}`);
    } finally {
      await admin.end();
    }
    this.databaseUrl = this.postgres.urlFor(DATABASE);
    const db = createDb(this.databaseUrl, { poolMax: 1 });
    try {
      await migrateLatest(db);
    } finally {
      await db.destroy();
    }
    return this.databaseUrl;
  }

  /** Drops the bench database (the next run creates it afresh anyway). */
  private async dropDatabase(): Promise<void> {
    if (!this.postgres) return;
    const admin = new pg.Client({ connectionString: this.postgres.urlFor('postgres') });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${DATABASE} with (force)`);
    } finally {
      await admin.end();
    }
  }

  /** Starts a broker on fresh data, with or without the project's Postgres exporter. */
  async startEngine(options: { exporter: boolean }): Promise<EngineAddresses> {
    if (this.engine) await this.stopEngine();
    rmSync(path.join(this.engineDir, 'data'), { recursive: true, force: true });
    let exporter;
    if (options.exporter) {
      if (!this.databaseUrl) throw new Error('Start Postgres before an engine with the exporter');
      const jarPath = await ensureExporterJar(this.jdk, this.log.child('exporter'));
      // The benchmark counts engine jobs (completed, and their trouble) from the exported job
      // records, which the platform itself does not export: one more record per job here.
      exporter = { jarPath, ...toJdbc(this.databaseUrl), extraRecords: BENCH_JOB_RECORDS };
    }
    if (this.closed) throw new Error('aborted');
    const { grpcPort, restPort, managementPort } = BENCH_PORTS;
    this.engine = await startEngine(
      {
        version: this.version,
        stateDir: this.engineDir,
        ports: {
          grpc: grpcPort,
          rest: restPort,
          management: managementPort,
          command: grpcPort + 1,
          internal: grpcPort + 2,
        },
        clockControlled: false,
        heap: this.heap,
        partitions: this.partitions,
        jdk: this.jdk,
        exporter,
      },
      this.log.child('engine'),
    );
    if (this.closed) {
      // stop() ran while the broker was starting: it must not outlive the bench
      await this.stopEngine();
      throw new Error('aborted');
    }
    return this.addresses();
  }

  addresses(): EngineAddresses {
    if (!this.engine) throw new Error('No engine running');
    return {
      version: this.version,
      grpcAddress: this.engine.grpcAddress,
      restAddress: this.engine.restAddress,
      managementAddress: this.engine.managementAddress,
    };
  }

  /**
   * Stops the broker: SIGTERM, and SIGKILL after 5 s, as its data is thrown away anyway.
   * Seen here: a broker told to stop while a worker's ActivateJobs long poll was still open
   * (the SDK's worker.close() leaves it open when jobs were active at that moment) hung in
   * "Shutdown Embedded Gateway" until runtime.ts's SIGKILL 30 s later.
   */
  async stopEngine(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await waitForNoConnections(BENCH_PORTS.grpcPort, 2000);
    // A broker whose start was interrupted (Ctrl-C while waiting for readiness) is known
    // only by its pid file.
    const pidFile = path.join(this.engineDir, 'engine.pid');
    const pids = new Set<number>();
    if (engine) pids.add(engine.pid);
    if (existsSync(pidFile)) pids.add(Number(readFileSync(pidFile, 'utf8')));
    for (const pid of pids) if (pid && isBroker(pid)) await terminate(pid, 'SIGTERM', 5000);
    rmSync(pidFile, { force: true });
    rmSync(path.join(this.engineDir, 'data'), { recursive: true, force: true });
  }

  /**
   * Stops the engine, drops the bench database, stops Postgres; safe to call more than once
   * and concurrently.
   */
  stop(): Promise<void> {
    this.closed = true;
    this.stopping ??= (async () => {
      await this.stopEngine().catch((err) => this.log.warn(`stopping the engine: ${err}`));
      await this.postgresStarting?.catch(() => undefined);
      await this.dropDatabase().catch((err) =>
        this.log.warn(`dropping the bench database: ${err}`),
      );
      await this.postgres?.stop().catch((err) => this.log.warn(`stopping Postgres: ${err}`));
      this.postgres = undefined;
      // Its WAL alone stays near max_wal_size (1 GB) after the run: start afresh each time
      // (initdb takes about a second).
      const dataDir = path.join(this.stateDir, 'postgres');
      if (
        existsSync(path.join(dataDir, 'PG_VERSION')) &&
        !existsSync(path.join(dataDir, 'postmaster.pid'))
      ) {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(path.join(this.stateDir, 'postgres.password'), { force: true });
      }
    })();
    return this.stopping;
  }
}

/** Established TCP connections to 127.0.0.1:`port` on this machine, from /proc/net/tcp{,6}. */
function connectionsTo(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  let n = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address rem_address st: the client's side has the port as the remote one
      if (f[2]?.endsWith(`:${hexPort}`) && f[3] === '01') n++;
    }
  }
  return n;
}

async function waitForNoConnections(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (connectionsTo(port) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
}

function isBroker(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('StandaloneBroker');
  } catch {
    return false;
  }
}
