import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../lib/logger.ts';
import { engineCacheDir } from '../lib/paths.ts';

/** Where one engine version is unpacked, under the git-ignored `.engine/` folder. */
export function distributionDir(version: string): string {
  return path.join(engineCacheDir, version, `camunda-zeebe-${version}`);
}

function requireMaven(): void {
  const probe = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'Maven ("mvn") is needed to fetch the Zeebe engine from Maven Central and to build the ' +
        'exporter, and it was not found on PATH. Install it (e.g. "apt-get install maven").',
    );
  }
}

/**
 * Size of the archive being written under a folder (Maven writes `<name>.part`, then renames
 * it): the download in progress; 0 before it starts.
 */
function downloadedBytes(dir: string, archive: string): number {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(archive)) continue;
    try {
      max = Math.max(max, statSync(path.join(dir, name)).size);
    } catch {
      // a temp file that vanished between listing and stat
    }
  }
  return max;
}

/**
 * Maven's local repository: `-Dmaven.repo.local=…` in MAVEN_OPTS or MAVEN_ARGS, else
 * `~/.m2/repository` (where the download's `.part` file grows).
 */
export function mavenLocalRepository(env: NodeJS.ProcessEnv = process.env): string {
  const given = /-Dmaven\.repo\.local=("[^"]+"|\S+)/.exec(
    `${env.MAVEN_OPTS ?? ''} ${env.MAVEN_ARGS ?? ''}`,
  )?.[1];
  return given ? given.replace(/^"|"$/g, '') : path.join(homedir(), '.m2', 'repository');
}

/**
 * `83 MB of 212 MB (39 %) after 12 s`, or `83 MB after 12 s` while the size is unknown; before
 * the first byte (Maven resolving its plugins) it says so.
 */
export function progressText(
  bytes: number,
  totalBytes: number | undefined,
  seconds: number,
): string {
  if (bytes === 0) return `Maven is preparing the download (${Math.round(seconds)} s)`;
  const mb = (n: number) => `${Math.round(n / 1e6)} MB`;
  const of =
    totalBytes && totalBytes > 0
      ? ` of ${mb(totalBytes)} (${Math.min(100, Math.floor((bytes / totalBytes) * 100))} %)`
      : '';
  return `${mb(bytes)}${of} after ${Math.round(seconds)} s`;
}

/** The archive's size from Maven Central (a HEAD request); undefined when it cannot be read. */
async function archiveSize(url: string): Promise<number | undefined> {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    const length = Number(res.headers.get('content-length'));
    return res.ok && length > 0 ? length : undefined;
  } catch {
    return undefined;
  }
}

function run(command: string, args: string[], log: Logger, env = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        log.error(`${command} ${args.join(' ')} failed:\n${output}`);
        reject(new Error(`${command} exited with code ${code}`));
      }
    });
  });
}

/**
 * Makes sure the Zeebe distribution of `version` is unpacked under `.engine/`, fetching it
 * from Maven Central with Maven the first time (about 200 MB; megabytes and percent are
 * logged every two seconds). A marker file written last makes an interrupted fetch start again.
 */
export async function ensureDistribution(version: string, log: Logger): Promise<string> {
  const dir = distributionDir(version);
  const versionDir = path.dirname(dir);
  const marker = path.join(versionDir, '.complete');
  if (existsSync(marker) && existsSync(path.join(dir, 'bin', 'broker'))) return dir;

  requireMaven();
  rmSync(versionDir, { recursive: true, force: true });
  mkdirSync(versionDir, { recursive: true });
  const artifact = `io.camunda:camunda-zeebe:${version}:tar.gz`;
  const m2Dir = path.join(mavenLocalRepository(), 'io', 'camunda', 'camunda-zeebe', version);
  const archiveName = `camunda-zeebe-${version}.tar.gz`;
  log.info(`Fetching the Zeebe ${version} engine from Maven Central (first run only, ~200 MB)…`);
  const started = Date.now();
  // Best effort: without it, the progress shows megabytes only.
  const total = await archiveSize(
    `https://repo.maven.apache.org/maven2/io/camunda/camunda-zeebe/${version}/${archiveName}`,
  );
  const progress = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    log.info(
      `  …downloading ${artifact}: ${progressText(downloadedBytes(m2Dir, archiveName), total, seconds)}`,
    );
  }, 2000);
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
        `-Dartifact=${artifact}`,
        `-DoutputDirectory=${versionDir}`,
        '-Dmdep.stripVersion=true',
      ],
      log,
    );
  } finally {
    clearInterval(progress);
  }
  log.info(`  …downloaded in ${Math.round((Date.now() - started) / 1000)} s; unpacking`);
  const archive = path.join(versionDir, 'camunda-zeebe.tar.gz');
  await run('tar', ['-xzf', archive, '-C', versionDir], log);
  rmSync(archive, { force: true });
  if (!existsSync(path.join(dir, 'bin', 'broker'))) {
    throw new Error(`The Zeebe ${version} archive did not contain bin/broker under ${dir}`);
  }
  writeFileSync(marker, new Date().toISOString());
  log.info(`Zeebe ${version} is ready in ${dir}`);
  return dir;
}
