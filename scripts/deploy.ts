/**
 * `npm run deploy [-- --force]`: deploys the workflows/ files that changed since their last
 * deployment from the repository; `--force` deploys all of them, even over a newer version a
 * process owner deployed from the modeler.
 */
import { createLogger } from '../lib/logger.ts';
import { startInfrastructure } from '../platform/infrastructure.ts';
import { repositoryResources, startPlatform } from '../platform/platform.ts';
import { runMain } from '../platform/run-main.ts';

const log = createLogger('deploy');
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--force');

runMain(log, async () => {
  if (unknown.length)
    throw new Error(`Unknown option ${unknown.join(' ')}; the only option is --force`);
  const infra = await startInfrastructure({ profile: 'dev', attach: true }, log);
  const platform = await startPlatform({
    databaseUrl: infra.databaseUrl,
    engine: infra.engine,
    clockControlled: infra.clockControlled,
    log,
    projector: true,
  });
  try {
    const all = repositoryResources();
    const files = args.includes('--force')
      ? all
      : await platform.services.deployments.changedSinceLastRepositoryDeploy(all);
    if (!files.length) log.info('Nothing changed in workflows/ since the last deployment');
    else {
      const result = await platform.services.deployments.deploy(files, { source: 'repository' });
      for (const p of result.processes) log.info(`deployed ${p.processId} version ${p.version}`);
      for (const f of result.forms) log.info(`deployed form ${f.formId} version ${f.version}`);
    }
  } finally {
    await platform.stop();
    await infra.stop();
  }
});
