import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import type { Logger } from '../lib/logger.ts';
import { isAlive, terminate } from '../lib/os-process.ts';
import {
  exporterSecretEnv,
  renderApplicationYaml,
  type EnginePorts,
  type ExporterSettings,
} from './application-yaml.ts';
import { ensureDistribution } from './distribution.ts';
import { findJdk, type Jdk } from './jdk.ts';

/** How to run one engine instance: its state folder (data, config, log, pid), ports and options. */
export interface EngineRuntimeOptions {
  version: string;
  stateDir: string;
  ports: EnginePorts;
  clockControlled: boolean;
  heap: string;
  exporter?: ExporterSettings;
  jdk?: Jdk;
  readyTimeoutMs?: number;
  /** Use a broker of this state folder that is already running (another entry point's) instead of restarting it. */
  attach?: boolean;
  /** Partitions; a data folder keeps the count it was created with (see {@link checkPartitions}). */
  partitions?: number;
}

/**
 * Zeebe fixes the partition count when its data is created: a broker started on data of
 * another count does not come up. The count is kept beside the data, and a different one is
 * refused with what to do.
 */
export function checkPartitions(stateDir: string, partitions: number): void {
  const dataDir = path.join(stateDir, 'data');
  const marker = path.join(stateDir, 'partitions');
  const hasData = existsSync(dataDir) && readdirSync(dataDir).length > 0;
  if (hasData && existsSync(marker)) {
    const created = Number(readFileSync(marker, 'utf8').trim());
    if (created !== partitions)
      throw new Error(
        `The engine's data in ${dataDir} was created with ${created} partition(s); ` +
          `ENGINE_PARTITIONS=${partitions} needs fresh engine data: set ENGINE_PARTITIONS=${created}, ` +
          `or stop the platform and remove ${dataDir} (its running instances are lost)`,
      );
  }
  if (!hasData || !existsSync(marker)) writeFileSync(marker, `${partitions}\n`);
}

/** An engine started by the platform. */
export interface RunningEngine {
  pid: number;
  grpcAddress: string;
  restAddress: string;
  managementAddress: string;
  logFile: string;
  /** SIGTERM to the broker, then wait for it to exit (SIGKILL after 30 s). */
  stop(): Promise<void>;
}

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function isOurBroker(pid: number, distDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('StandaloneBroker') && cmdline.includes(distDir);
  } catch {
    return false;
  }
}

async function isReady(managementUrl: string): Promise<boolean> {
  try {
    return (
      await fetch(`${managementUrl}/actuator/health/readiness`, {
        signal: AbortSignal.timeout(2000),
      })
    ).ok;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts a Zeebe broker (with its embedded gateway) from the fetched distribution, with the
 * project's configuration, and waits until it reports ready. A broker left running by an
 * earlier run of the same state folder is stopped first; a port taken by anything else is an
 * error that says how to use that engine instead.
 */
export async function startEngine(
  options: EngineRuntimeOptions,
  log: Logger,
): Promise<RunningEngine> {
  const distDir = await ensureDistribution(options.version, log);
  const jdk = options.jdk ?? findJdk();
  const { stateDir, ports } = options;
  // Only this user reads the configuration, the log (record values in error messages) and the data.
  mkdirSync(path.join(stateDir, 'config'), { recursive: true, mode: 0o700 });
  chmodSync(path.join(stateDir, 'config'), 0o700);
  const pidFile = path.join(stateDir, 'engine.pid');
  const logFile = path.join(stateDir, 'engine.log');

  if (existsSync(pidFile)) {
    const stale = Number(readFileSync(pidFile, 'utf8'));
    const managementUrl = `http://127.0.0.1:${ports.management}`;
    if (
      stale &&
      isAlive(stale) &&
      isOurBroker(stale, distDir) &&
      options.attach &&
      (await isReady(managementUrl))
    ) {
      log.info(`Using the engine already running for ${stateDir} (pid ${stale})`);
      return {
        pid: stale,
        grpcAddress: `127.0.0.1:${ports.grpc}`,
        restAddress: `http://127.0.0.1:${ports.rest}`,
        managementAddress: managementUrl,
        logFile,
        stop: async () => undefined,
      };
    }
    if (stale && isAlive(stale) && isOurBroker(stale, distDir)) {
      log.warn(`Stopping a broker left running by an earlier run (pid ${stale})`);
      await terminate(stale);
    }
    rmSync(pidFile, { force: true });
  }
  for (const [name, port] of Object.entries(ports)) {
    if (await isPortOpen(port)) {
      throw new Error(
        `Cannot start the engine: port ${port} (${name}) on 127.0.0.1 is already in use. ` +
          'Stop what uses it, choose other ENGINE_*_PORT values, or point ZEEBE_GRPC_ADDRESS, ' +
          'ZEEBE_REST_ADDRESS and ZEEBE_MANAGEMENT_ADDRESS at a running engine to use it instead.',
      );
    }
  }

  checkPartitions(stateDir, options.partitions ?? 1);
  // Spring Boot reads ./config/application.yaml from the working folder before the copy
  // shipped on the classpath, so each state folder carries its own configuration.
  const configFile = path.join(stateDir, 'config', 'application.yaml');
  writeFileSync(
    configFile,
    renderApplicationYaml({
      dataDir: path.join(stateDir, 'data'),
      ports,
      clockControlled: options.clockControlled,
      exporter: options.exporter,
      partitions: options.partitions ?? 1,
    }),
    { mode: 0o600 },
  );
  chmodSync(configFile, 0o600);
  mkdirSync(path.join(stateDir, 'data'), { recursive: true, mode: 0o700 });
  chmodSync(path.join(stateDir, 'data'), 0o700);
  const out = openSync(logFile, 'a', 0o600);
  chmodSync(logFile, 0o600);
  const child = spawn(path.join(distDir, 'bin', 'broker'), [], {
    cwd: stateDir,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      JAVA_HOME: jdk.javaHome,
      JAVA_OPTS: `-Xms256m -Xmx${options.heap}`,
      ...exporterSecretEnv(options.exporter),
    },
  });
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${distDir}/bin/broker`);
  writeFileSync(pidFile, String(pid));
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  log.info(`Starting Zeebe ${options.version} on Java ${jdk.major} (pid ${pid}, log ${logFile})…`);

  const managementAddress = `http://127.0.0.1:${ports.management}`;
  const started = Date.now();
  const timeout = options.readyTimeoutMs ?? 120_000;
  for (;;) {
    if (exitCode !== null) {
      rmSync(pidFile, { force: true });
      throw new Error(
        `The engine exited during start-up (code ${exitCode}). Last log lines:\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(`${managementAddress}/actuator/health/readiness`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeout) {
      await terminate(pid);
      throw new Error(
        `The engine was not ready after ${timeout / 1000} s. Last log lines:\n${tail(logFile)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log.info(`Zeebe is ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return {
    pid,
    grpcAddress: `127.0.0.1:${ports.grpc}`,
    restAddress: `http://127.0.0.1:${ports.rest}`,
    managementAddress,
    logFile,
    async stop() {
      await terminate(pid);
      rmSync(pidFile, { force: true });
    },
  };
}
