/**
 * Moving running process instances to another version of their process: the rules Zeebe 8.5
 * applies to a migration plan, checked before the command is sent so that a process owner
 * sees, per instance, why it cannot move. The rules are those of the 8.5.8 engine
 * (`ProcessInstanceMigrationPreconditions`): only service tasks, user tasks, embedded
 * sub-processes and call activities may be active; every active element needs a target of the
 * same type (and, for user tasks, the same implementation) in the same flow scope; neither the
 * source nor the target process may have an event sub-process; active and target elements may
 * carry message boundary events only. What depends on the engine's state (message
 * subscriptions, a concurrent command) is left to the engine, whose refusal is shown as it is.
 */

/** What the check needs of one flow node of a process version. */
export interface MigrationFlowNode {
  /** The moddle type, e.g. `bpmn:UserTask`. */
  type: string;
  /** The process or sub-process that directly contains the node. */
  scopeId: string;
  eventSubProcess?: true;
  /** For a boundary event: the activity it is attached to. */
  attachedToId?: string;
  /** For a boundary event: `Timer`, `Message`, `Error`… (`None` without a definition). */
  eventDefinition?: string;
}

/** One deployed version of a process, as the check sees it. */
export interface MigrationModel {
  processId: string;
  version: number;
  flowNodes: Readonly<Record<string, MigrationFlowNode>>;
  /** Ids of the user tasks that are Zeebe user tasks (the others are job-worker user tasks). */
  zeebeUserTasks: ReadonlySet<string>;
}

/** An element instance of a running instance, with the engine's element type. */
export interface ActiveElement {
  elementId: string;
  /** The engine's `BpmnElementType`, e.g. `USER_TASK`, `SUB_PROCESS`. */
  elementType: string;
}

export interface MappingInstruction {
  sourceElementId: string;
  targetElementId: string;
}

export type MigrationFindingCode =
  | 'SAME_VERSION'
  | 'EVENT_SUB_PROCESS_IN_SOURCE'
  | 'EVENT_SUB_PROCESS_IN_TARGET'
  | 'DUPLICATE_SOURCE_ELEMENT'
  | 'UNKNOWN_SOURCE_ELEMENT'
  | 'UNKNOWN_TARGET_ELEMENT'
  | 'UNSUPPORTED_ELEMENT_TYPE'
  | 'UNMAPPED_ELEMENT'
  | 'ELEMENT_TYPE_CHANGED'
  | 'USER_TASK_IMPLEMENTATION_CHANGED'
  | 'FLOW_SCOPE_CHANGED'
  | 'BOUNDARY_EVENT_ON_ACTIVE_ELEMENT'
  | 'BOUNDARY_EVENT_ON_TARGET_ELEMENT';

/** One reason a plan or an instance cannot move; `params` fill the UI's translated sentence. */
export interface MigrationFinding {
  code: MigrationFindingCode;
  message: string;
  elementId?: string;
  params: Record<string, string>;
}

/** The element types Zeebe 8.5 can migrate while active (the process itself included). */
const MIGRATABLE_TYPES = new Set([
  'PROCESS',
  'SERVICE_TASK',
  'USER_TASK',
  'SUB_PROCESS',
  'CALL_ACTIVITY',
]);

/** Boundary events Zeebe 8.5 keeps through a migration. */
const MIGRATABLE_BOUNDARY_EVENTS = new Set(['Message']);

const ENGINE_TYPES: Record<string, string> = {
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:CallActivity': 'CALL_ACTIVITY',
  'bpmn:SendTask': 'SEND_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
  'bpmn:Task': 'TASK',
  'bpmn:StartEvent': 'START_EVENT',
  'bpmn:EndEvent': 'END_EVENT',
  'bpmn:IntermediateCatchEvent': 'INTERMEDIATE_CATCH_EVENT',
  'bpmn:IntermediateThrowEvent': 'INTERMEDIATE_THROW_EVENT',
  'bpmn:BoundaryEvent': 'BOUNDARY_EVENT',
  'bpmn:ExclusiveGateway': 'EXCLUSIVE_GATEWAY',
  'bpmn:ParallelGateway': 'PARALLEL_GATEWAY',
  'bpmn:InclusiveGateway': 'INCLUSIVE_GATEWAY',
  'bpmn:EventBasedGateway': 'EVENT_BASED_GATEWAY',
};

/** The engine's element type of a flow node (`bpmn:SubProcess` → `SUB_PROCESS` or `EVENT_SUB_PROCESS`). */
export function engineElementType(node: MigrationFlowNode): string {
  if (node.type === 'bpmn:SubProcess')
    return node.eventSubProcess ? 'EVENT_SUB_PROCESS' : 'SUB_PROCESS';
  return ENGINE_TYPES[node.type] ?? node.type.replace(/^bpmn:/, '').toUpperCase();
}

function finding(
  code: MigrationFindingCode,
  message: string,
  params: Record<string, string>,
): MigrationFinding {
  return { code, message, params, ...(params.elementId ? { elementId: params.elementId } : {}) };
}

function eventSubProcessOf(model: MigrationModel): string | undefined {
  return Object.entries(model.flowNodes).find(([, node]) => node.eventSubProcess)?.[0];
}

/**
 * What stops every instance of `source` from moving to `target`, whatever their state: the
 * same version, an event sub-process on either side, and mapping instructions that name
 * elements that do not exist or name a source element twice.
 */
export function planFindings(
  source: MigrationModel,
  target: MigrationModel,
  mapping: readonly MappingInstruction[],
): MigrationFinding[] {
  const findings: MigrationFinding[] = [];
  if (source.processId === target.processId && source.version === target.version)
    findings.push(
      finding('SAME_VERSION', `The instances already run version ${target.version}`, {
        version: String(target.version),
      }),
    );
  const sourceEvent = eventSubProcessOf(source);
  if (sourceEvent)
    findings.push(
      finding(
        'EVENT_SUB_PROCESS_IN_SOURCE',
        `Version ${source.version} has an event sub-process (${sourceEvent}): Zeebe 8.5 cannot migrate instances of a process with event sub-processes`,
        { version: String(source.version), subProcessId: sourceEvent },
      ),
    );
  const targetEvent = eventSubProcessOf(target);
  if (targetEvent)
    findings.push(
      finding(
        'EVENT_SUB_PROCESS_IN_TARGET',
        `Version ${target.version} has an event sub-process (${targetEvent}): Zeebe 8.5 cannot migrate instances to a process with event sub-processes`,
        { version: String(target.version), subProcessId: targetEvent },
      ),
    );
  const seen = new Set<string>();
  for (const { sourceElementId, targetElementId } of mapping) {
    if (seen.has(sourceElementId))
      findings.push(
        finding('DUPLICATE_SOURCE_ELEMENT', `Element ${sourceElementId} is mapped more than once`, {
          elementId: sourceElementId,
        }),
      );
    seen.add(sourceElementId);
    if (!source.flowNodes[sourceElementId])
      findings.push(
        finding(
          'UNKNOWN_SOURCE_ELEMENT',
          `Element ${sourceElementId} does not exist in version ${source.version}`,
          { elementId: sourceElementId, version: String(source.version) },
        ),
      );
    if (!target.flowNodes[targetElementId])
      findings.push(
        finding(
          'UNKNOWN_TARGET_ELEMENT',
          `Element ${targetElementId} does not exist in version ${target.version}`,
          { elementId: sourceElementId, targetElementId, version: String(target.version) },
        ),
      );
  }
  return findings;
}

function refusedBoundaryEvents(model: MigrationModel, elementId: string): string[] {
  const types = new Set<string>();
  for (const node of Object.values(model.flowNodes)) {
    if (node.attachedToId !== elementId || !node.eventDefinition) continue;
    if (!MIGRATABLE_BOUNDARY_EVENTS.has(node.eventDefinition)) types.add(node.eventDefinition);
  }
  return [...types].sort();
}

/**
 * Why one running instance cannot move with this mapping: one finding per active element
 * that is of a type Zeebe 8.5 cannot migrate, has no target, a target of another type or
 * implementation or in another flow scope, or a boundary event Zeebe cannot carry over.
 * The plan's own findings ({@link planFindings}) are not repeated here.
 */
export function instanceFindings(
  source: MigrationModel,
  target: MigrationModel,
  active: readonly ActiveElement[],
  mapping: readonly MappingInstruction[],
): MigrationFinding[] {
  const targetOf = new Map(mapping.map((m) => [m.sourceElementId, m.targetElementId]));
  const findings: MigrationFinding[] = [];
  for (const { elementId, elementType } of active) {
    if (elementType === 'PROCESS') continue;
    if (!MIGRATABLE_TYPES.has(elementType)) {
      findings.push(
        finding(
          'UNSUPPORTED_ELEMENT_TYPE',
          `Active element ${elementId} is a ${elementType}: Zeebe 8.5 migrates only service tasks, user tasks, embedded sub-processes and call activities`,
          { elementId, type: elementType },
        ),
      );
      continue;
    }
    const targetId = targetOf.get(elementId);
    if (!targetId) {
      findings.push(
        finding('UNMAPPED_ELEMENT', `Active element ${elementId} has no target element`, {
          elementId,
        }),
      );
      continue;
    }
    const targetNode = target.flowNodes[targetId];
    if (!targetNode) continue; // named by planFindings
    const targetType = engineElementType(targetNode);
    if (targetType !== elementType) {
      findings.push(
        finding(
          'ELEMENT_TYPE_CHANGED',
          `Active element ${elementId} (${elementType}) is mapped to ${targetId}, a ${targetType}: an element moves only to one of the same type`,
          { elementId, targetElementId: targetId, type: elementType, targetType },
        ),
      );
      continue;
    }
    if (
      elementType === 'USER_TASK' &&
      source.zeebeUserTasks.has(elementId) !== target.zeebeUserTasks.has(targetId)
    ) {
      findings.push(
        finding(
          'USER_TASK_IMPLEMENTATION_CHANGED',
          `User task ${elementId} is mapped to ${targetId}, which is ${target.zeebeUserTasks.has(targetId) ? 'a Zeebe user task' : 'a job-worker user task'} while the active one is not: a user task keeps its implementation`,
          { elementId, targetElementId: targetId },
        ),
      );
    }
    const sourceScope = source.flowNodes[elementId]?.scopeId ?? source.processId;
    const expectedScope =
      sourceScope === source.processId
        ? target.processId
        : (targetOf.get(sourceScope) ?? sourceScope);
    if (targetNode.scopeId !== expectedScope) {
      findings.push(
        finding(
          'FLOW_SCOPE_CHANGED',
          `Active element ${elementId} would move from ${sourceScope} into ${targetNode.scopeId}: Zeebe 8.5 keeps an element in its flow scope (expected ${expectedScope})`,
          {
            elementId,
            targetElementId: targetId,
            expected: expectedScope,
            actual: targetNode.scopeId,
          },
        ),
      );
    }
    const onActive = refusedBoundaryEvents(source, elementId);
    if (onActive.length)
      findings.push(
        finding(
          'BOUNDARY_EVENT_ON_ACTIVE_ELEMENT',
          `Active element ${elementId} has ${onActive.join(', ')} boundary events: Zeebe 8.5 migrates only elements whose boundary events are message events`,
          { elementId, types: onActive.join(', ') },
        ),
      );
    const onTarget = refusedBoundaryEvents(target, targetId);
    if (onTarget.length)
      findings.push(
        finding(
          'BOUNDARY_EVENT_ON_TARGET_ELEMENT',
          `Target element ${targetId} has ${onTarget.join(', ')} boundary events: Zeebe 8.5 migrates only to elements whose boundary events are message events`,
          { elementId, targetElementId: targetId, types: onTarget.join(', ') },
        ),
      );
  }
  return findings;
}

/**
 * The mapping proposed for the active elements: each to the element with the same id in the
 * target, when it exists there with the same type. The process owner edits it from there.
 */
export function proposeMapping(
  target: MigrationModel,
  active: readonly ActiveElement[],
): MappingInstruction[] {
  const proposed: MappingInstruction[] = [];
  const seen = new Set<string>();
  for (const { elementId, elementType } of active) {
    if (elementType === 'PROCESS' || seen.has(elementId)) continue;
    seen.add(elementId);
    const node = target.flowNodes[elementId];
    if (node && engineElementType(node) === elementType)
      proposed.push({ sourceElementId: elementId, targetElementId: elementId });
  }
  return proposed;
}

/** The target elements an active element of this type may be mapped to, by id. */
export function targetCandidates(target: MigrationModel, elementType: string): string[] {
  return Object.entries(target.flowNodes)
    .filter(([, node]) => engineElementType(node) === elementType)
    .map(([id]) => id)
    .sort();
}
