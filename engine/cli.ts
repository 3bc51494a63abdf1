/** `npm run engine:fetch`: fetches the engine distribution and builds the exporter ahead of time. */
import { createLogger } from '../lib/logger.ts';
import { runMain } from '../platform/run-main.ts';
import { loadEngineConfig } from './config.ts';
import { ensureDistribution } from './distribution.ts';
import { ensureExporterJar } from './exporter-build.ts';
import { findJdk } from './jdk.ts';

const log = createLogger('engine');

runMain(log, async () => {
  const command = process.argv[2];
  if (command !== 'fetch') throw new Error(`Unknown command "${command ?? ''}"; use: fetch`);
  const { ZEEBE_VERSION } = loadEngineConfig();
  const jdk = findJdk();
  log.info(`Using Java ${jdk.major} at ${jdk.javaHome}`);
  await ensureDistribution(ZEEBE_VERSION, log);
  await ensureExporterJar(jdk, log);
});
