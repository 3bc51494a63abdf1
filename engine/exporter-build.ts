import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../lib/logger.ts';
import { projectRoot } from '../lib/paths.ts';
import type { Jdk } from './jdk.ts';

/** The exporter's Maven module. */
export const exporterModuleDir = path.join(projectRoot, 'engine', 'exporter');
/** The shaded jar the broker loads (`jarPath`). */
export const exporterJarPath = path.join(exporterModuleDir, 'target', 'itsm-exporter.jar');
const checksumFile = path.join(exporterModuleDir, 'target', 'sources.sha256');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/** Checksum of the exporter's pom and sources, so the jar is rebuilt only when they change. */
export function exporterSourceChecksum(): string {
  const hash = createHash('sha256');
  for (const file of [
    path.join(exporterModuleDir, 'pom.xml'),
    ...listFiles(path.join(exporterModuleDir, 'src')),
  ]) {
    hash.update(path.relative(exporterModuleDir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Builds the exporter jar with Maven on the given JDK when it is missing or its sources changed. */
export async function ensureExporterJar(jdk: Jdk, log: Logger): Promise<string> {
  const checksum = exporterSourceChecksum();
  if (
    existsSync(exporterJarPath) &&
    existsSync(checksumFile) &&
    readFileSync(checksumFile, 'utf8') === checksum
  ) {
    return exporterJarPath;
  }
  log.info('Building the Postgres exporter (engine/exporter) with Maven…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-q', '-f', path.join(exporterModuleDir, 'pom.xml'), 'package', '-DskipTests'],
      {
        env: { ...process.env, JAVA_HOME: jdk.javaHome },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) =>
      reject(
        new Error(
          `Could not run Maven to build the exporter (is "mvn" installed?): ${err.message}`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Building the exporter failed (mvn exit ${code}):\n${output}`)),
    );
  });
  writeFileSync(checksumFile, checksum);
  log.info(`Exporter built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return exporterJarPath;
}
