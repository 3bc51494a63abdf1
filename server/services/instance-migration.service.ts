import type { AuditRepository } from '../../db/repositories/audit.repository.ts';
import type {
  InstanceSummary,
  ReadModelRepository,
} from '../../db/repositories/read-model.repository.ts';
import { EngineError, type EngineClient } from '../../engine/client.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  instanceFindings,
  planFindings,
  proposeMapping,
  targetCandidates,
  type ActiveElement,
  type MappingInstruction,
  type MigrationFinding,
  type MigrationModel,
} from '../../lib/processes/migration.ts';
import { InputError, NotFoundError, UnavailableError } from '../errors.ts';
import { parseBpmn } from '../processes/bpmn-model.ts';

/** How many instances one check or migration request covers at most. */
export const MAX_MIGRATION_INSTANCES = 500;

/** How long a migration waits for the read model to show the instances on their new version. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/** What a process owner asks to move: some instances, or every running one of a version. */
export interface MigrationRequest {
  processId: string;
  /** The version whose running instances move (all of them unless `instanceKeys` is given). */
  sourceVersion?: number;
  instanceKeys?: string[];
  targetVersion: number;
  /** The mapping of active elements; the proposed one (same element ids) when left out. */
  mapping?: MappingInstruction[];
}

interface VersionRef {
  processId: string;
  version: number;
  definitionKey: string;
}

/** The check of a migration: the plan, the active elements and each instance's findings. */
export interface MigrationCheck {
  source: VersionRef;
  target: VersionRef;
  /** The mapping the check used (the request's, else the proposed one). */
  mapping: MappingInstruction[];
  proposedMapping: MappingInstruction[];
  /** Every element active in one of the instances, with the target elements it may map to. */
  activeElements: {
    elementId: string;
    elementType: string;
    name?: string;
    instances: number;
    candidates: { elementId: string; name?: string }[];
  }[];
  /** Reasons no instance can move (the processes themselves, the mapping). */
  planFindings: MigrationFinding[];
  instances: {
    key: string;
    state: InstanceSummary['state'];
    record?: { type: string; number: string };
    activeElementIds: string[];
    migratable: boolean;
    findings: MigrationFinding[];
  }[];
  /** Running instances of the source version in all (the list holds at most 500). */
  total: number;
}

export type MigrationOutcome = 'migrated' | 'not-migratable' | 'refused' | 'not-attempted';

export interface MigrationResult {
  target: VersionRef;
  items: {
    key: string;
    outcome: MigrationOutcome;
    findings: MigrationFinding[];
    /** The engine's reason when it refused the command. */
    engineMessage?: string;
  }[];
  migrated: number;
  /** False when the read model had not shown every migrated instance on its new version in time. */
  caughtUp: boolean;
}

/** The sentence of an engine refusal without the gRPC status and command prefix. */
function engineReason(err: EngineError): string {
  const match = /rejected with code '[A-Z_]+': (.*)$/s.exec(err.message);
  return (match?.[1] ?? err.message).trim();
}

/**
 * Moving running instances to another version of their process (the cockpit's migration):
 * the platform's check of Zeebe 8.5's rules per instance, then the engine's command per
 * instance, each engine refusal kept beside its instance, every move audited.
 */
export function createInstanceMigrationService(deps: {
  readModel: ReadModelRepository;
  audit: AuditRepository;
  engine: EngineClient;
  clock: Clock;
}) {
  /** Parsed versions by definition key: a deployed version never changes. */
  const models = new Map<string, Promise<MigrationModel & { names: Record<string, string> }>>();

  function modelOf(definitionKey: string, processId: string, version: number, xml: string) {
    let model = models.get(definitionKey);
    if (!model) {
      model = parseBpmn(xml).then((facts) => ({
        processId,
        version,
        flowNodes: facts.flowNodes,
        zeebeUserTasks: new Set(
          facts.userTasks.filter((t) => t.isZeebeUserTask).map((t) => t.elementId),
        ),
        names: Object.fromEntries(
          Object.entries(facts.elements).flatMap(([id, e]) => (e.name ? [[id, e.name]] : [])),
        ),
      }));
      models.set(definitionKey, model);
      model.catch(() => models.delete(definitionKey));
    }
    return model;
  }

  async function version(processId: string, number: number, which: 'source' | 'target') {
    const definition = await deps.readModel.definitionOf(processId, number);
    if (!definition)
      throw new NotFoundError(
        `Version ${number} of process ${processId} is not deployed (${which} version)`,
      );
    const model = await modelOf(definition.key, processId, number, definition.xml);
    return { ref: { processId, version: number, definitionKey: definition.key }, model };
  }

  async function selectInstances(request: MigrationRequest) {
    if (request.instanceKeys) {
      const keys = [...new Set(request.instanceKeys)];
      const found = await deps.readModel.runningInstances({ keys, limit: keys.length });
      const byKey = new Map(found.map((i) => [i.key, i]));
      const missing = keys.filter((k) => !byKey.has(k));
      // Keys that name no running instance: 404, as for any id that names nothing.
      if (missing.length)
        throw new NotFoundError(
          `Not a running instance of any process: ${missing.join(', ')}; only active instances (with or without an incident) can move`,
        );
      const versions = new Set(found.map((i) => `${i.processId} version ${i.version}`));
      const elsewhere = found.filter(
        (i) =>
          i.processId !== request.processId ||
          (request.sourceVersion !== undefined && i.version !== request.sourceVersion),
      );
      if (elsewhere.length || versions.size > 1)
        throw new InputError(
          `The instances must all run one version of ${request.processId}${request.sourceVersion ? ` (version ${request.sourceVersion})` : ''}; they run ${[...versions].join(', ')}`,
          [{ field: 'instanceKeys', message: 'instances of one process version' }],
        );
      return { instances: found, total: found.length, sourceVersion: found[0]!.version };
    }
    if (request.sourceVersion === undefined)
      throw new InputError(
        'Name the instances (instanceKeys) or the version they run (sourceVersion)',
        [{ field: 'sourceVersion', message: 'required without instanceKeys' }],
      );
    const instances = await deps.readModel.runningInstances({
      processId: request.processId,
      version: request.sourceVersion,
      limit: MAX_MIGRATION_INSTANCES,
    });
    const { total } = await deps.readModel.instances({
      processId: request.processId,
      version: request.sourceVersion,
      limit: 1,
      offset: 0,
      state: 'active',
    });
    const { total: withIncident } = await deps.readModel.instances({
      processId: request.processId,
      version: request.sourceVersion,
      limit: 1,
      offset: 0,
      state: 'incident',
    });
    return { instances, total: total + withIncident, sourceVersion: request.sourceVersion };
  }

  async function check(request: MigrationRequest): Promise<MigrationCheck> {
    const selected = await selectInstances(request);
    const source = await version(request.processId, selected.sourceVersion, 'source');
    const target = await version(request.processId, request.targetVersion, 'target');
    const active = await deps.readModel.activeElements(selected.instances.map((i) => i.key));
    const activeOf = new Map<string, ActiveElement[]>();
    for (const a of active)
      activeOf.set(a.instanceKey, [...(activeOf.get(a.instanceKey) ?? []), a]);
    const proposed = proposeMapping(target.model, active);
    const mapping = request.mapping ?? proposed;
    const plan = planFindings(source.model, target.model, mapping);

    const counts = new Map<string, { elementType: string; instances: Set<string> }>();
    for (const a of active) {
      if (a.elementType === 'PROCESS') continue;
      const entry = counts.get(a.elementId) ?? { elementType: a.elementType, instances: new Set() };
      entry.instances.add(a.instanceKey);
      counts.set(a.elementId, entry);
    }
    const named = (names: Record<string, string>, elementId: string) => ({
      elementId,
      ...(names[elementId] ? { name: names[elementId] } : {}),
    });
    return {
      source: source.ref,
      target: target.ref,
      mapping,
      proposedMapping: proposed,
      activeElements: [...counts].map(([elementId, { elementType, instances }]) => ({
        ...named(source.model.names, elementId),
        elementType,
        instances: instances.size,
        candidates: targetCandidates(target.model, elementType).map((id) =>
          named(target.model.names, id),
        ),
      })),
      planFindings: plan,
      instances: selected.instances.map((i) => {
        const elements = activeOf.get(i.key) ?? [];
        const findings = instanceFindings(source.model, target.model, elements, mapping);
        return {
          key: i.key,
          state: i.state,
          ...(i.record ? { record: i.record } : {}),
          activeElementIds: elements
            .filter((e) => e.elementType !== 'PROCESS')
            .map((e) => e.elementId),
          migratable: plan.length === 0 && findings.length === 0,
          findings,
        };
      }),
      total: selected.total,
    };
  }

  /**
   * Waits until the read model has applied each instance's migration: the migration record
   * (`PROCESS_INSTANCE_MIGRATION` `MIGRATED`) is the command's last event, after the instance's,
   * its elements', tasks' and incidents' own `MIGRATED` events, and it moves `migratedAt`.
   */
  async function waitForReadModel(before: Map<string, number | undefined>): Promise<boolean> {
    const keys = [...before.keys()];
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    for (;;) {
      const now = await deps.readModel.runningInstances({ keys, limit: keys.length });
      // An instance that ended meanwhile is no longer running: it needs no catching up.
      if (now.every((i) => i.migratedAt?.getTime() !== before.get(i.key))) return true;
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  return {
    check,

    /**
     * Checks, then sends the migration command for every instance the check lets through, one
     * after another; answers each instance's outcome once the read model shows the moved ones.
     */
    async migrate(request: MigrationRequest, actor: string): Promise<MigrationResult> {
      const checked = await check(request);
      const items: MigrationResult['items'] = [];
      /** Each migrated instance's `migratedAt` before its migration. */
      const migrated = new Map<string, number | undefined>();
      const keys = checked.instances.map((i) => i.key);
      const lastMoved = new Map(
        (await deps.readModel.runningInstances({ keys, limit: Math.max(keys.length, 1) })).map(
          (i) => [i.key, i.migratedAt?.getTime()],
        ),
      );
      let unavailable = false;
      for (const instance of checked.instances) {
        if (!instance.migratable) {
          items.push({
            key: instance.key,
            outcome: 'not-migratable',
            findings: [...checked.planFindings, ...instance.findings],
          });
          continue;
        }
        if (unavailable) {
          items.push({ key: instance.key, outcome: 'not-attempted', findings: [] });
          continue;
        }
        const before = { ...checked.source };
        try {
          await deps.engine.migrateInstance(
            instance.key,
            checked.target.definitionKey,
            checked.mapping,
          );
        } catch (err) {
          if (!(err instanceof EngineError)) throw err;
          if (err.kind === 'unavailable') {
            unavailable = true;
            items.push({ key: instance.key, outcome: 'not-attempted', findings: [] });
            continue;
          }
          const engineMessage = engineReason(err);
          items.push({ key: instance.key, outcome: 'refused', findings: [], engineMessage });
          await deps.audit.append({
            table: 'process_instances',
            recordId: instance.key,
            action: 'migrate-refused',
            before,
            after: { ...checked.target, mapping: checked.mapping, engineMessage },
            actor,
            at: deps.clock.now(),
          });
          continue;
        }
        migrated.set(instance.key, lastMoved.get(instance.key));
        items.push({ key: instance.key, outcome: 'migrated', findings: [] });
        await deps.audit.append({
          table: 'process_instances',
          recordId: instance.key,
          action: 'migrate',
          before,
          after: { ...checked.target, mapping: checked.mapping },
          actor,
          at: deps.clock.now(),
        });
      }
      if (unavailable && migrated.size === 0)
        throw new UnavailableError('The engine could not be reached; no instance was migrated');
      const caughtUp = migrated.size ? await waitForReadModel(migrated) : true;
      return { target: checked.target, items, migrated: migrated.size, caughtUp };
    },
  };
}

export type InstanceMigrationService = ReturnType<typeof createInstanceMigrationService>;
