import { BpmnModdle, type ParseError } from 'bpmn-moddle';
import type {
  BpmnBaseElement,
  BpmnFlowElement,
  BpmnFlowNode,
  BpmnModdleTypeMap,
} from 'bpmn-moddle/types';
import type { ModdleElement } from 'moddle';
import type { ZeebeModdleTypeMap } from 'zeebe-bpmn-moddle/types';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

/** A process in the diagram; only executable ones are deployed and run by Zeebe. */
export interface ProcessFact {
  id: string;
  name?: string;
  isExecutable: boolean;
}

/** Where an element sits, so checks can skip what Zeebe never runs (non-executable processes). */
export interface ElementFact {
  elementId: string;
  name?: string;
  /** The id of the top-level process the element belongs to (also inside sub-processes). */
  processId: string;
}

/** Element types that Zeebe runs as jobs for a worker (when they have a `zeebe:taskDefinition`). */
export type JobElementType =
  | 'bpmn:ServiceTask'
  | 'bpmn:SendTask'
  | 'bpmn:BusinessRuleTask'
  | 'bpmn:ScriptTask'
  | 'bpmn:IntermediateThrowEvent'
  | 'bpmn:EndEvent';

/**
 * An element Zeebe turns into a job: a service or send task, a business rule or script task
 * implemented by a worker (not by `zeebe:calledDecision` / `zeebe:script`), or a message
 * intermediate throw / end event. A worker must serve its `jobType`.
 */
export interface ServiceTaskFact extends ElementFact {
  elementType: JobElementType;
  /** `zeebe:taskDefinition type`; `undefined` when missing (bpmnlint reports that). May be a FEEL expression (`=…`). */
  jobType?: string;
  /** `zeebe:taskDefinition retries`, as written (a number or an expression). */
  retries?: string;
}

/** A `bpmn:userTask`: a human step, which the platform only runs as a Zeebe user task. */
export interface UserTaskFact extends ElementFact {
  /** Has `<zeebe:userTask/>` (a Zeebe user task) rather than being a job-worker user task. */
  isZeebeUserTask: boolean;
  /** Static candidate groups (the queues), from `zeebe:assignmentDefinition candidateGroups`. */
  candidateGroups: string[];
  /** Set instead of `candidateGroups` when they are a FEEL expression (`=…`). */
  candidateGroupsExpression?: string;
  assignee?: string;
  /** `zeebe:formDefinition formId`: a form deployed with the process (form-js `id`). */
  formId?: string;
  /** `zeebe:formDefinition formKey` (embedded forms of job-worker user tasks). */
  formKey?: string;
  /** `zeebe:formDefinition externalReference` (a custom form outside the platform). */
  externalReference?: string;
  /** `zeebe:taskSchedule dueDate`: an ISO 8601 date-time or a FEEL expression. */
  dueDate?: string;
  followUpDate?: string;
}

/** A BPMN error catch: an error boundary event or an event sub-process's error start event. */
export interface CaughtErrorFact extends ElementFact {
  kind: 'boundary' | 'eventSubProcess';
  /** The caught `bpmn:error errorCode`; `undefined` catches every error (no `errorRef`). */
  errorCode?: string;
  /** The id of the `bpmn:error` referenced by `errorRef`. */
  errorId?: string;
  /** For a boundary event: the activity it is attached to, whose job may throw the error. */
  attachedToId?: string;
  /** For an event sub-process: its own id. */
  eventSubProcessId?: string;
  /** For an event sub-process: the process or sub-process whose errors it catches. */
  scopeId?: string;
}

/** An error end event: the process itself throws this BPMN error to its parent scope. */
export interface ThrownErrorFact extends ElementFact {
  errorCode?: string;
  errorId?: string;
}

/** A message start event of a process (top level): publishing this message starts an instance. */
export interface MessageStartEventFact extends ElementFact {
  /** `bpmn:message name`, the name messages are published with. */
  messageName?: string;
  messageId?: string;
}

/** A timer event: where time moves a process (SLA clocks, waits, escalations). */
export interface TimerFact extends ElementFact {
  eventKind: 'start' | 'eventSubProcessStart' | 'intermediateCatch' | 'boundary';
  /** Which timer attribute is set; `undefined` when the definition is empty (bpmnlint reports that). */
  timerType?: 'timeDuration' | 'timeDate' | 'timeCycle';
  /** The ISO 8601 / cron value or FEEL expression, as written. */
  expression?: string;
  /** For a boundary timer: the activity it is attached to. */
  attachedToId?: string;
  /** `false` for non-interrupting boundary and event sub-process start timers. */
  interrupting: boolean;
}

/**
 * Where a flow node sits and what is attached to it: what the migration check of running
 * instances needs (Zeebe 8.5 keeps an element's flow scope and refuses some boundary events).
 */
export interface FlowNodeFact {
  /** The moddle type, e.g. `bpmn:UserTask`. */
  type: string;
  /** The process or sub-process that directly contains the node. */
  scopeId: string;
  /** For a sub-process: started by an event (an event sub-process). */
  eventSubProcess?: true;
  /** For a boundary event: the activity it is attached to and its event definition. */
  attachedToId?: string;
  /** The event definition without `bpmn:` and `EventDefinition` (`Timer`, `Message`…), `None` without one. */
  eventDefinition?: string;
}

/** Type and name of one BPMN element, to name it in messages. */
export interface ElementSummary {
  /** The moddle type, e.g. `bpmn:ServiceTask`. */
  type: string;
  name?: string;
  /**
   * Labels in other languages, from `zeebe:properties` named `label.<locale>` (e.g.
   * `label.zh-CN`), by locale; absent when the element has none.
   */
  labels?: Record<string, string>;
}

/**
 * What a BPMN diagram says that the platform depends on: which process it deploys, which job
 * types need workers, which human steps and forms it has, which BPMN errors are caught where,
 * which messages start it and where timers wait. The deploy checks, the deploy-on-start of
 * `workflows/` and the contract tests (BPMN ↔ workers) all read these facts, not the XML.
 * Lists are in document order.
 */
export interface BpmnFacts {
  /** `modeler:executionPlatform` as declared (e.g. `Camunda Cloud`); informational only. */
  executionPlatform?: string;
  /** `modeler:executionPlatformVersion` as declared; informational: the checks always target Zeebe 8.5. */
  executionPlatformVersion?: string;
  /** Every process, executable or not. */
  processes: ProcessFact[];
  serviceTasks: ServiceTaskFact[];
  userTasks: UserTaskFact[];
  caughtErrors: CaughtErrorFact[];
  thrownErrors: ThrownErrorFact[];
  messageStartEvents: MessageStartEventFact[];
  timers: TimerFact[];
  /** Every flow node of every process, by id: scope, event sub-processes, boundary events. */
  flowNodes: Record<string, FlowNodeFact>;
  /** Every BPMN element with an id (not diagram shapes), keyed by id. */
  elements: Record<string, ElementSummary>;
}

/** One problem that made the XML unreadable; line and column are 1-based when known. */
export interface ParseIssue {
  message: string;
  line?: number;
  column?: number;
  elementId?: string;
}

/**
 * Thrown by {@link parseBpmn} when the XML is not a complete BPMN document: malformed XML, an
 * element or attribute the BPMN/Zeebe schemas don't know, a duplicate id or a reference to a
 * missing element. bpmn-moddle reads leniently and would drop such parts silently; a diagram
 * that is deployed must be read completely, so any of them fails the parse.
 */
export class BpmnParseError extends Error {
  override readonly name = 'BpmnParseError';

  constructor(readonly issues: readonly ParseIssue[]) {
    super(describeIssues(issues));
  }
}

/** The parsed model for code that needs the moddle tree itself (bpmnlint), plus its facts. */
export interface BpmnDocument {
  definitions: TypeMap['bpmn:Definitions'];
  facts: BpmnFacts;
}

/**
 * Parses BPMN XML (Camunda Modeler output, with Zeebe extensions) and extracts its
 * {@link BpmnFacts}. Rejects with a {@link BpmnParseError} naming line and column when the
 * XML cannot be read completely.
 */
export async function parseBpmn(xml: string): Promise<BpmnFacts> {
  return (await loadBpmn(xml)).facts;
}

/**
 * Like {@link parseBpmn}, but also returns the moddle tree, for linting. Most callers want
 * {@link parseBpmn}.
 */
export async function loadBpmn(xml: string): Promise<BpmnDocument> {
  let result;
  try {
    result = await moddle.fromXML(xml);
  } catch (err) {
    // The lenient warnings before a fatal error are mostly its echoes (every element after a
    // missing end tag is "unrecognized"), so they are only kept when the fatal one has no line.
    const fatal = toIssue(err);
    const warnings = isParseError(err) && fatal.line === undefined ? (err.warnings ?? []) : [];
    throw new BpmnParseError([...warnings.map(toIssue), fatal]);
  }
  if (result.warnings.length > 0) throw new BpmnParseError(result.warnings.map(toIssue));
  const definitions = result.rootElement;
  if (!is(definitions, 'bpmn:Definitions')) {
    throw new BpmnParseError([{ message: 'the root element is not bpmn:definitions' }]);
  }
  return { definitions, facts: extractFacts(definitions, result.elementsById) };
}

/**
 * Names an element for people: `service task "Echo" (Task_Echo)`, or `element X` when the
 * diagram has no element with that id.
 */
export function describeElement(facts: BpmnFacts, elementId: string): string {
  const element = facts.elements[elementId];
  if (!element) return `element ${elementId}`;
  const kind = element.type
    .replace(/^[a-z]+:/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return element.name ? `${kind} "${element.name}" (${elementId})` : `${kind} ${elementId}`;
}

// ---------------------------------------------------------------------------------------------

/** Abstract types, which the generated type maps leave out. */
interface AbstractTypeMap {
  'bpmn:BaseElement': ModdleElement<BpmnBaseElement>;
  'bpmn:FlowElement': ModdleElement<BpmnFlowElement>;
  'bpmn:FlowNode': ModdleElement<BpmnFlowNode>;
}

type TypeMap = BpmnModdleTypeMap & ZeebeModdleTypeMap & AbstractTypeMap;

// One moddle for all parses: it only holds the schemas; each fromXML has its own reader.
const moddle = BpmnModdle({ zeebe: zeebeSchema });

const MODELER_NAMESPACE = 'http://camunda.org/schema/modeler/1.0';

function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    '$instanceOf' in value &&
    typeof value.$instanceOf === 'function'
  );
}

/** Type guard by moddle type, honouring inheritance (`bpmn:SubProcess` is a `bpmn:Activity`). */
function is<K extends keyof TypeMap>(element: unknown, type: K): element is TypeMap[K] {
  return isModdleElement(element) && element.$instanceOf(type);
}

type WithExtensions = { extensionElements?: ModdleElement<{ values?: ModdleElement[] }> };

function extension<K extends keyof ZeebeModdleTypeMap>(
  element: WithExtensions,
  type: K,
): TypeMap[K] | undefined {
  for (const value of element.extensionElements?.values ?? []) {
    if (is(value, type)) return value;
  }
  return undefined;
}

type WithEventDefinitions = { eventDefinitions?: ModdleElement[] };

function eventDefinition<K extends keyof BpmnModdleTypeMap>(
  event: WithEventDefinitions,
  type: K,
): TypeMap[K] | undefined {
  for (const definition of event.eventDefinitions ?? []) {
    if (is(definition, type)) return definition;
  }
  return undefined;
}

function isParseError(err: unknown): err is ParseError {
  return err instanceof Error;
}

// "unparsable content <bpmn:task> detected\n\tline: 3\n\tcolumn: 6\n\tnested error: duplicate ID <p>"
const UNPARSABLE =
  /^unparsable content (?:(.*?) )?detected\n\tline: (\d+)\n\tcolumn: (\d+)\n\tnested error: ([\s\S]*)$/;

function toIssue(problem: unknown): ParseIssue {
  const message =
    problem instanceof Error
      ? problem.message
      : typeof problem === 'object' && problem !== null && 'message' in problem
        ? String(problem.message)
        : String(problem);
  const match = UNPARSABLE.exec(message);
  if (match) {
    const [, content, line, column, nested] = match;
    return {
      // moddle-xml counts lines and columns from 0; editors count from 1
      message: content ? `${nested} (at ${content})` : (nested ?? message),
      line: Number(line) + 1,
      column: Number(column) + 1,
    };
  }
  // Warnings about an element already read (unresolved reference, unknown attribute) carry it.
  const element =
    typeof problem === 'object' && problem !== null && 'element' in problem
      ? problem.element
      : undefined;
  const elementId = owningElementId(element);
  if (!elementId) return { message };
  const reference = /^unresolved reference <(.*)>$/.exec(message);
  const property =
    typeof problem === 'object' &&
    problem !== null &&
    'property' in problem &&
    typeof problem.property === 'string'
      ? problem.property.replace(/^[a-z]+:/, '')
      : undefined;
  return {
    message:
      reference && property
        ? `${property} of ${elementId} refers to "${reference[1]}", which is not in the diagram`
        : `${message} (in ${elementId})`,
    elementId,
  };
}

/** The id of the element, or of the nearest ancestor with one (extension elements have none). */
function owningElementId(element: unknown): string | undefined {
  for (let current = element; isModdleElement(current); current = current.$parent) {
    const id: unknown = current.get('id');
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

function describeIssues(issues: readonly ParseIssue[]): string {
  const [first] = issues;
  if (!first) return 'Invalid BPMN XML';
  const where = first.line !== undefined ? `line ${first.line}, column ${first.column}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
  return `Invalid BPMN XML: ${where}${first.message}${more}`;
}

function nameOf(element: { name?: string }): { name?: string } {
  return element.name ? { name: element.name } : {};
}

const LABEL_PROPERTY = /^label\.(.+)$/;

/** The `label.<locale>` Zeebe properties of an element, by locale (undefined when none). */
function localizedLabels(element: WithExtensions): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const property of extension(element, 'zeebe:Properties')?.properties ?? []) {
    const locale = LABEL_PROPERTY.exec(property.name ?? '')?.[1];
    if (locale && property.value) labels[locale] = property.value;
  }
  return Object.keys(labels).length > 0 ? labels : undefined;
}

function modelerAttributes(definitions: TypeMap['bpmn:Definitions']): {
  executionPlatform?: string;
  executionPlatformVersion?: string;
} {
  // Without modeler-moddle these are foreign attributes; find the prefix bound to the namespace.
  const attrs: Record<string, unknown> = definitions.$attrs;
  const prefix = Object.keys(attrs)
    .find((key) => key.startsWith('xmlns:') && attrs[key] === MODELER_NAMESPACE)
    ?.slice('xmlns:'.length);
  if (!prefix) return {};
  const platform = attrs[`${prefix}:executionPlatform`];
  const version = attrs[`${prefix}:executionPlatformVersion`];
  return {
    ...(typeof platform === 'string' ? { executionPlatform: platform } : {}),
    ...(typeof version === 'string' ? { executionPlatformVersion: version } : {}),
  };
}

function extractFacts(
  definitions: TypeMap['bpmn:Definitions'],
  elementsById: Record<string, ModdleElement>,
): BpmnFacts {
  const facts: BpmnFacts = {
    ...modelerAttributes(definitions),
    processes: [],
    serviceTasks: [],
    userTasks: [],
    caughtErrors: [],
    thrownErrors: [],
    messageStartEvents: [],
    timers: [],
    flowNodes: {},
    elements: {},
  };
  for (const [id, element] of Object.entries(elementsById)) {
    if (!is(element, 'bpmn:BaseElement')) continue;
    const name: unknown = element.get('name');
    const labels = localizedLabels(element);
    facts.elements[id] = {
      type: element.$type,
      ...(typeof name === 'string' && name ? { name } : {}),
      ...(labels ? { labels } : {}),
    };
  }
  for (const root of definitions.rootElements ?? []) {
    if (!is(root, 'bpmn:Process') || !root.id) continue;
    facts.processes.push({
      id: root.id,
      ...nameOf(root),
      isExecutable: root.isExecutable === true,
    });
    visitContainer(root, { processId: root.id, scopeId: root.id, topLevel: true }, facts);
  }
  return facts;
}

interface Scope {
  processId: string;
  /** The process or sub-process whose flow elements are being visited. */
  scopeId: string;
  /** Visiting the process's own flow elements (not a sub-process's). */
  topLevel: boolean;
  /** Set while visiting an event sub-process's elements. */
  eventSubProcessId?: string;
  /** The scope around the event sub-process being visited. */
  eventSubProcessScopeId?: string;
}

function visitContainer(
  container: TypeMap['bpmn:Process'] | TypeMap['bpmn:SubProcess'],
  scope: Scope,
  facts: BpmnFacts,
): void {
  for (const element of container.flowElements ?? []) {
    if (!element.id) continue;
    const base: ElementFact = {
      elementId: element.id,
      ...nameOf(element),
      processId: scope.processId,
    };
    if (is(element, 'bpmn:FlowNode')) facts.flowNodes[element.id] = flowNodeOf(element, scope);
    visitJobElement(element, base, facts);
    visitUserTask(element, base, facts);
    visitEvent(element, base, scope, facts);
    if (is(element, 'bpmn:SubProcess')) {
      const eventSubProcess = element.triggeredByEvent === true;
      visitContainer(
        element,
        {
          processId: scope.processId,
          scopeId: element.id,
          topLevel: false,
          ...(eventSubProcess
            ? { eventSubProcessId: element.id, eventSubProcessScopeId: scope.scopeId }
            : {}),
        },
        facts,
      );
    }
  }
}

function flowNodeOf(element: ModdleElement, scope: Scope): FlowNodeFact {
  const fact: FlowNodeFact = { type: element.$type, scopeId: scope.scopeId };
  if (is(element, 'bpmn:SubProcess') && element.triggeredByEvent === true)
    fact.eventSubProcess = true;
  if (is(element, 'bpmn:BoundaryEvent')) {
    const attachedToId = element.attachedToRef?.id;
    if (attachedToId) fact.attachedToId = attachedToId;
    const definition = element.eventDefinitions?.[0]?.$type;
    fact.eventDefinition = definition
      ? definition.replace(/^bpmn:/, '').replace(/EventDefinition$/, '')
      : 'None';
  }
  return fact;
}

const TASK_JOB_TYPES = [
  'bpmn:ServiceTask',
  'bpmn:SendTask',
  'bpmn:BusinessRuleTask',
  'bpmn:ScriptTask',
] as const;

function visitJobElement(element: ModdleElement, base: ElementFact, facts: BpmnFacts): void {
  let elementType: JobElementType | undefined = TASK_JOB_TYPES.find((type) => is(element, type));
  if (
    !elementType &&
    (is(element, 'bpmn:IntermediateThrowEvent') || is(element, 'bpmn:EndEvent')) &&
    eventDefinition(element, 'bpmn:MessageEventDefinition')
  ) {
    elementType = is(element, 'bpmn:EndEvent') ? 'bpmn:EndEvent' : 'bpmn:IntermediateThrowEvent';
  }
  if (!elementType || !is(element, 'bpmn:FlowNode')) return;
  // DMN- and FEEL-implemented tasks are run by the engine itself, not by a worker.
  if (is(element, 'bpmn:BusinessRuleTask') && extension(element, 'zeebe:CalledDecision')) return;
  if (is(element, 'bpmn:ScriptTask') && extension(element, 'zeebe:Script')) return;
  const taskDefinition = extension(element, 'zeebe:TaskDefinition');
  facts.serviceTasks.push({
    ...base,
    elementType,
    ...(taskDefinition?.type ? { jobType: taskDefinition.type } : {}),
    ...(taskDefinition?.retries ? { retries: taskDefinition.retries } : {}),
  });
}

function visitUserTask(element: ModdleElement, base: ElementFact, facts: BpmnFacts): void {
  if (!is(element, 'bpmn:UserTask')) return;
  const assignment = extension(element, 'zeebe:AssignmentDefinition');
  const form = extension(element, 'zeebe:FormDefinition');
  const schedule = extension(element, 'zeebe:TaskSchedule');
  const groups = assignment?.candidateGroups?.trim() ?? '';
  const fact: UserTaskFact = {
    ...base,
    isZeebeUserTask: extension(element, 'zeebe:UserTask') !== undefined,
    candidateGroups: groups.startsWith('=')
      ? []
      : groups
          .split(',')
          .map((group) => group.trim())
          .filter((group) => group !== ''),
    ...(groups.startsWith('=') ? { candidateGroupsExpression: groups } : {}),
    ...(assignment?.assignee ? { assignee: assignment.assignee } : {}),
    ...(form?.formId ? { formId: form.formId } : {}),
    ...(form?.formKey ? { formKey: form.formKey } : {}),
    ...(form?.externalReference ? { externalReference: form.externalReference } : {}),
    ...(schedule?.dueDate ? { dueDate: schedule.dueDate } : {}),
    ...(schedule?.followUpDate ? { followUpDate: schedule.followUpDate } : {}),
  };
  facts.userTasks.push(fact);
}

function visitEvent(
  element: ModdleElement,
  base: ElementFact,
  scope: Scope,
  facts: BpmnFacts,
): void {
  if (is(element, 'bpmn:BoundaryEvent')) {
    const attachedToId = element.attachedToRef?.id;
    const interrupting = element.cancelActivity !== false;
    const error = eventDefinition(element, 'bpmn:ErrorEventDefinition');
    if (error) {
      facts.caughtErrors.push({
        ...base,
        kind: 'boundary',
        ...errorOf(error),
        ...(attachedToId ? { attachedToId } : {}),
      });
    }
    const timer = eventDefinition(element, 'bpmn:TimerEventDefinition');
    if (timer) {
      facts.timers.push({
        ...base,
        eventKind: 'boundary',
        ...timerOf(timer),
        ...(attachedToId ? { attachedToId } : {}),
        interrupting,
      });
    }
    return;
  }
  if (is(element, 'bpmn:StartEvent')) {
    const inEventSubProcess = scope.eventSubProcessId !== undefined;
    const error = eventDefinition(element, 'bpmn:ErrorEventDefinition');
    if (error && inEventSubProcess) {
      facts.caughtErrors.push({
        ...base,
        kind: 'eventSubProcess',
        ...errorOf(error),
        eventSubProcessId: scope.eventSubProcessId,
        ...(scope.eventSubProcessScopeId ? { scopeId: scope.eventSubProcessScopeId } : {}),
      });
    }
    const message = eventDefinition(element, 'bpmn:MessageEventDefinition');
    if (message && scope.topLevel) {
      const ref = message.messageRef;
      facts.messageStartEvents.push({
        ...base,
        ...(ref?.name ? { messageName: ref.name } : {}),
        ...(ref?.id ? { messageId: ref.id } : {}),
      });
    }
    const timer = eventDefinition(element, 'bpmn:TimerEventDefinition');
    if (timer && (scope.topLevel || inEventSubProcess)) {
      facts.timers.push({
        ...base,
        eventKind: inEventSubProcess ? 'eventSubProcessStart' : 'start',
        ...timerOf(timer),
        interrupting: element.isInterrupting !== false,
      });
    }
    return;
  }
  if (is(element, 'bpmn:IntermediateCatchEvent')) {
    const timer = eventDefinition(element, 'bpmn:TimerEventDefinition');
    if (timer)
      facts.timers.push({
        ...base,
        eventKind: 'intermediateCatch',
        ...timerOf(timer),
        interrupting: true,
      });
    return;
  }
  if (is(element, 'bpmn:EndEvent')) {
    const error = eventDefinition(element, 'bpmn:ErrorEventDefinition');
    if (error) facts.thrownErrors.push({ ...base, ...errorOf(error) });
  }
}

function errorOf(definition: TypeMap['bpmn:ErrorEventDefinition']): {
  errorCode?: string;
  errorId?: string;
} {
  const error = definition.errorRef;
  return {
    ...(error?.errorCode ? { errorCode: error.errorCode } : {}),
    ...(error?.id ? { errorId: error.id } : {}),
  };
}

const TIMER_TYPES = ['timeDuration', 'timeDate', 'timeCycle'] as const;

function timerOf(definition: TypeMap['bpmn:TimerEventDefinition']): {
  timerType?: TimerFact['timerType'];
  expression?: string;
} {
  for (const timerType of TIMER_TYPES) {
    const expression = definition[timerType];
    if (expression)
      return { timerType, ...(expression.body ? { expression: expression.body.trim() } : {}) };
  }
  return {};
}
