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

/** Size of the biggest file being written under a folder: the download in progress. */
function largestFileBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const name of readdirSync(dir)) {
    try {
      max = Math.max(max, statSync(path.join(dir, name)).size);
    } catch {
      // a temp file that vanished between listing and stat
    }
  }
  return max;
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
 * from Maven Central with Maven the first time (about 200 MB; progress is logged every two
 * seconds). A marker file written last makes an interrupted fetch start again.
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
  const m2Dir = path.join(
    homedir(),
    '.m2',
    'repository',
    'io',
    'camunda',
    'camunda-zeebe',
    version,
  );
  log.info(`Fetching the Zeebe ${version} engine from Maven Central (first run only, ~200 MB)…`);
  const started = Date.now();
  const progress = setInterval(() => {
    const mb = (largestFileBytes(m2Dir) / 1e6).toFixed(0);
    log.info(
      `  …downloading ${artifact}: ${mb} MB after ${Math.round((Date.now() - started) / 1000)} s`,
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
