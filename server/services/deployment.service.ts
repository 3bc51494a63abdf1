import { createHash } from 'node:crypto';
import type { DeploymentRepository } from '../../db/repositories/deployments.repository.ts';
import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import { EngineError } from '../../engine/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { createLogger, type Logger } from '../../lib/logger.ts';
import { checkDiagramOffThread, checkFormOffThread } from '../checks/off-thread.ts';
import { InputError } from '../errors.ts';
import { shortEngineMessage } from '../processes/engine-message.ts';

/** sha-256 of a resource's content. */
export const checksumOf = (content: Buffer | string) =>
  createHash('sha256').update(content).digest('hex');

/** A file to deploy: `<process-id>.bpmn` or `<form-id>.form`. */
export interface ResourceFile {
  name: string;
  content: Buffer;
}

/**
 * Deploys diagrams and forms after the same checks everywhere (the API, `npm run deploy`,
 * deploy-on-start): lint for Zeebe 8.5, one executable process named like its file, job
 * types that a worker serves, forms that exist; forms with only supported components, no
 * embedded HTML or outside content, safe patterns and expressions that are not slow by
 * themselves. The checks run off the main thread with a time limit (server/checks). Records
 * each deployment with its checksum.
 */
export function createDeploymentService(deps: {
  engine: EngineClient;
  deployments: DeploymentRepository;
  readModel: ReadModelRepository;
  /** Read once per check: the registry of external job types may change between deployments. */
  knownJobTypes: () => readonly string[] | Promise<readonly string[]>;
  clock: Clock;
  /** Where the engine's full refusals go (clients get them shortened). */
  log?: Logger;
}) {
  const log = deps.log ?? createLogger('deploy');

  async function waitUntil(done: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /**
   * The deploy checks of every form and diagram among the files (forms among them count as
   * known), each finding tagged with its resource; lint warnings apart, as they never block.
   */
  async function check(files: ResourceFile[], expectedProcessId?: string | null) {
    const formIds = new Set(await deps.readModel.deployedFormIds());
    const knownJobTypes = await deps.knownJobTypes();
    const forms: { name: string; form: unknown }[] = [];
    for (const f of files) {
      if (f.name.endsWith('.form')) {
        let form: unknown;
        try {
          form = JSON.parse(f.content.toString('utf8'));
        } catch {
          throw new InputError(`${f.name} is not valid JSON`, [
            { field: f.name, message: 'is not valid JSON' },
          ]);
        }
        const id = (form as { id?: unknown } | null)?.id;
        if (typeof id === 'string') formIds.add(id);
        forms.push({ name: f.name, form });
      }
    }
    const findings = [];
    const warnings = [];
    for (const { name, form } of forms) {
      const problems = await checkFormOffThread(form);
      findings.push(...problems.map((p) => ({ resource: name, code: 'FORM_REFUSED', ...p })));
    }
    for (const f of files.filter((file) => file.name.endsWith('.bpmn'))) {
      // undefined: the file name; null: any process id (checking a diagram before naming it)
      const expected =
        expectedProcessId === null
          ? undefined
          : (expectedProcessId ?? f.name.replace(/\.bpmn$/, ''));
      const result = await checkDiagramOffThread(f.content.toString('utf8'), {
        expectedProcessId: expected,
        knownJobTypes,
        knownFormIds: formIds,
      });
      findings.push(...result.errors.map((e) => ({ resource: f.name, ...e })));
      warnings.push(...result.warnings.map((e) => ({ resource: f.name, ...e })));
    }
    return { findings, warnings };
  }

  return {
    /**
     * Runs exactly the checks of {@link deploy} without deploying: the findings a deploy
     * would refuse with (same shape as its 400 details) and the non-blocking lint warnings.
     * `expectedProcessId` null accepts any process id.
     */
    check,
    /**
     * Checks and deploys resources as one deployment. Diagrams failing a check are refused
     * with 400 naming every reason; the engine's own refusal is a 400 too.
     */
    async deploy(
      files: ResourceFile[],
      options: {
        source: 'repository' | 'modeler';
        deployedBy?: string;
        expectedProcessId?: string;
      },
    ) {
      const { findings } = await check(files, options.expectedProcessId);
      if (findings.length) {
        const summary = findings
          .map((f) => ('field' in f ? `${f.resource} ${f.field}: ${f.message}` : f.message))
          .join('; ');
        const onlyForms = findings.every((f) => f.resource.endsWith('.form'));
        throw new InputError(
          `The ${onlyForms ? 'form' : 'diagram'} cannot be deployed: ${summary}`,
          findings,
          onlyForms ? 'FORM_INVALID' : 'DIAGRAM_INVALID',
        );
      }
      let result;
      try {
        result = await deps.engine.deploy(files);
      } catch (err) {
        if (err instanceof EngineError && err.kind !== 'unavailable') {
          log.warn(
            `the engine refused a deployment of ${files.map((f) => f.name).join(', ')}: ${err.message}`,
          );
          const message = shortEngineMessage(err.message, 'Deploying: ');
          throw new InputError(
            `The engine refused the deployment: ${message}`,
            [{ code: 'ENGINE_REJECTED', message }],
            'DIAGRAM_INVALID',
          );
        }
        throw err;
      }
      const at = deps.clock.now();
      for (const f of files) {
        const p = result.processes.find((x) => x.resourceName === f.name);
        const form = result.forms.find((x) => x.resourceName === f.name);
        await deps.deployments.record({
          resourceName: f.name,
          resourceKind: p ? 'process' : 'form',
          resourceId: p?.processId ?? form?.formId ?? f.name,
          checksum: checksumOf(f.content),
          source: options.source,
          deployedBy: options.deployedBy,
          version: p?.version ?? form?.version,
          key: p?.key ?? form?.key,
          at,
        });
      }
      // Answer once the read model shows the new versions, so a list read next is up to date.
      for (const p of result.processes)
        await waitUntil(
          async () =>
            ((await deps.readModel.latestVersion(p.processId))?.version ?? 0) >= p.version,
        );
      for (const f of result.forms)
        await waitUntil(
          async () => ((await deps.readModel.latestFormVersion(f.formId)) ?? 0) >= f.version,
        );
      return result;
    },
    /** Repository files whose content differs from their last deployment from the repository. */
    async changedSinceLastRepositoryDeploy(files: ResourceFile[]): Promise<ResourceFile[]> {
      const changed: ResourceFile[] = [];
      for (const f of files) {
        if ((await deps.deployments.lastRepositoryChecksum(f.name)) !== checksumOf(f.content))
          changed.push(f);
      }
      return changed;
    },
  };
}
export type DeploymentService = ReturnType<typeof createDeploymentService>;
