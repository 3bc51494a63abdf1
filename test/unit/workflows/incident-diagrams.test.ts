import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../../../lib/paths.ts';
import { deriveFormSchema, validateFormSubmission } from '../../../server/forms/form-schema.ts';
import { loadBpmn, type BpmnFacts } from '../../../server/processes/bpmn-model.ts';
import { checkDiagram } from '../../../server/processes/validate-diagram.ts';

// Structural checks of workflows/incident-management.bpmn, workflows/major-incident.bpmn and
// their forms against processes.md §1.1/§1.2 and docs/incident-management.md. Whether a worker
// serves each job type is the contract test's business (test/contract/bpmn-workers.test.ts).

const WORKFLOWS = path.join(projectRoot, 'workflows');
const FORMS = path.join(WORKFLOWS, 'forms');

// -- a loose view of the bpmn-moddle tree -------------------------------------------------------

interface Ext {
  $type: string;
  [key: string]: unknown;
}

interface El {
  $type: string;
  id: string;
  name?: string;
  flowElements?: El[];
  extensionElements?: { values?: Ext[] };
  incoming?: El[];
  outgoing?: El[];
  sourceRef?: El;
  targetRef?: El;
  default?: El;
  conditionExpression?: { body?: string };
  eventDefinitions?: El[];
  attachedToRef?: El;
  cancelActivity?: boolean;
  isInterrupting?: boolean;
  triggeredByEvent?: boolean;
  loopCharacteristics?: El & { isSequential?: boolean };
  messageRef?: El;
  timeDate?: { body?: string };
  timeDuration?: { body?: string };
  $parent?: El;
}

interface Loaded {
  xml: string;
  facts: BpmnFacts;
  process: El;
  /** Every flow element (sub-process contents included), by id. */
  byId: Map<string, El>;
  /** Ids of all BPMN elements that have a DI shape or edge. */
  diIds: Set<string>;
}

async function loadDiagram(processId: string): Promise<Loaded> {
  const xml = readFileSync(path.join(WORKFLOWS, `${processId}.bpmn`), 'utf8');
  const { definitions, facts } = await loadBpmn(xml);
  const defs = definitions as unknown as {
    rootElements: El[];
    diagrams?: { plane?: { planeElement?: { bpmnElement?: { id?: string } }[] } }[];
  };
  const process = defs.rootElements.find((e) => e.$type === 'bpmn:Process' && e.id === processId);
  if (!process) throw new Error(`${processId}.bpmn has no process ${processId}`);
  const byId = new Map<string, El>();
  const visit = (container: El) => {
    for (const element of container.flowElements ?? []) {
      byId.set(element.id, element);
      if (element.flowElements) visit(element);
    }
  };
  visit(process);
  const diIds = new Set<string>();
  for (const diagram of defs.diagrams ?? []) {
    for (const planeElement of diagram.plane?.planeElement ?? []) {
      const id = planeElement.bpmnElement?.id;
      if (id) diIds.add(id);
    }
  }
  return { xml, facts, process, byId, diIds };
}

function ext(element: El | undefined, type: string): Ext | undefined {
  return element?.extensionElements?.values?.find((v) => v.$type === type);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function zhLabel(element: El): string | undefined {
  const props = ext(element, 'zeebe:Properties')?.properties;
  if (!Array.isArray(props)) return undefined;
  const entry = (props as Ext[]).find((p) => p.name === 'label.zh-CN');
  return str(entry?.value);
}

function jobType(element: El | undefined): string | undefined {
  return str(ext(element, 'zeebe:TaskDefinition')?.type);
}

/** The `zeebe:input` mappings of an element, target → source. */
function inputs(element: El | undefined): Record<string, string> {
  const params = ext(element, 'zeebe:IoMapping')?.inputParameters;
  const out: Record<string, string> = {};
  for (const p of Array.isArray(params) ? (params as Ext[]) : []) {
    out[String(p.target)] = String(p.source);
  }
  return out;
}

function outputs(element: El | undefined): Record<string, string> {
  const params = ext(element, 'zeebe:IoMapping')?.outputParameters;
  const out: Record<string, string> = {};
  for (const p of Array.isArray(params) ? (params as Ext[]) : []) {
    out[String(p.target)] = String(p.source);
  }
  return out;
}

function eventDefinition(element: El | undefined, type: string): El | undefined {
  return element?.eventDefinitions?.find((d) => d.$type === type);
}

function messageOf(element: El | undefined): { name?: string; correlationKey?: string } {
  const message = eventDefinition(element, 'bpmn:MessageEventDefinition')?.messageRef;
  return {
    name: message?.name,
    correlationKey: str(ext(message, 'zeebe:Subscription')?.correlationKey),
  };
}

function timerOf(element: El | undefined): string | undefined {
  const timer = eventDefinition(element, 'bpmn:TimerEventDefinition');
  return timer?.timeDate?.body ?? timer?.timeDuration?.body;
}

/** Next elements: sequence flow targets, and the blank start event of an embedded sub-process. */
function successors(element: El): El[] {
  const next = (element.outgoing ?? []).flatMap((f) => (f.targetRef ? [f.targetRef] : []));
  if (element.$type === 'bpmn:SubProcess' && !element.triggeredByEvent) {
    for (const child of element.flowElements ?? []) {
      if (child.$type === 'bpmn:StartEvent' && !child.eventDefinitions?.length) next.push(child);
    }
  }
  return next;
}

function reaches(d: Loaded, fromId: string, toId: string): boolean {
  const start = d.byId.get(fromId);
  if (!start) return false;
  const seen = new Set<string>([fromId]);
  const queue: El[] = [start];
  while (queue.length > 0) {
    const current = queue.shift() as El;
    for (const next of successors(current)) {
      if (next.id === toId) return true;
      if (!seen.has(next.id)) {
        seen.add(next.id);
        queue.push(next);
      }
    }
  }
  return false;
}

function directlyConnected(d: Loaded, fromId: string, toId: string): boolean {
  return (d.byId.get(fromId)?.outgoing ?? []).some((f) => f.targetRef?.id === toId);
}

/** The condition of the flow from a gateway to a target, or 'default' for its default flow. */
function conditionTo(d: Loaded, gatewayId: string, targetId: string): string | undefined {
  const gateway = d.byId.get(gatewayId);
  const flow = (gateway?.outgoing ?? []).find((f) => f.targetRef?.id === targetId);
  if (!flow) return undefined;
  if (gateway?.default?.id === flow.id) return 'default';
  return flow.conditionExpression?.body;
}

function allOfType(d: Loaded, type: string): El[] {
  return [...d.byId.values()].filter((e) => e.$type === type);
}

// -- forms --------------------------------------------------------------------------------------

interface FormComponent {
  type: string;
  id?: string;
  key?: string;
  path?: string;
  label?: string;
  defaultValue?: unknown;
  valuesKey?: string;
  values?: { label: string; value: unknown }[];
  validate?: { required?: boolean; min?: number; max?: number };
  conditional?: { hide?: string };
  subtype?: string;
  properties?: Record<string, string>;
  components?: FormComponent[];
}

interface Form {
  id: string;
  schemaVersion: number;
  executionPlatform: string;
  executionPlatformVersion: string;
  components: FormComponent[];
}

function readForm(formId: string): Form {
  return JSON.parse(readFileSync(path.join(FORMS, `${formId}.form`), 'utf8')) as Form;
}

function formIds(): string[] {
  return readdirSync(FORMS)
    .filter((f) => f.endsWith('.form'))
    .map((f) => f.replace(/\.form$/, ''));
}

function allComponents(components: FormComponent[]): FormComponent[] {
  return components.flatMap((c) => [c, ...allComponents(c.components ?? [])]);
}

/** The top-level keys of the data a form submits (a group with a path or a list submits one key). */
function dataKeys(form: Form): string[] {
  const keys: string[] = [];
  const walk = (components: FormComponent[]) => {
    for (const c of components) {
      if (c.type === 'group' && !c.path) walk(c.components ?? []);
      else if (c.type === 'group' || c.type === 'dynamiclist') keys.push(String(c.path));
      else if (c.key) keys.push(c.key);
    }
  };
  walk(form.components);
  return keys;
}

function topLevelField(form: Form, key: string): FormComponent | undefined {
  return form.components.find((c) => c.key === key || c.path === key);
}

const PICKER_KINDS = [
  'categories',
  'services',
  'configuration-items',
  'groups',
  'group-users:major-incident-manager',
  'records:known-error:active',
];

// -- expectations from §1.1 / §1.2 and docs/incident-management.md ------------------------------

type Expect = [id: string, type: string, jobType?: string];

const BUS = 'itsm:bus.publish:1';
const THRESHOLD = 'itsm:sla.threshold-reached:1';
const RECALC = 'itsm:sla.recalculate-clock:1';
const NOTIFY = 'itsm:notify.send:1';

const INCIDENT_ELEMENTS: Expect[] = [
  ['StartEvent_Reported', 'bpmn:StartEvent'],
  ['StartEvent_IncidentReported', 'bpmn:StartEvent'],
  ['Task_Record', 'bpmn:ServiceTask', 'itsm:incident.record:1'],
  ['Task_StartClocks', 'bpmn:ServiceTask', 'itsm:sla.start-clock:1'],
  ['Gateway_TriageMerge', 'bpmn:ExclusiveGateway'],
  ['UserTask_Triage', 'bpmn:UserTask'],
  ['Boundary_Response50', 'bpmn:BoundaryEvent'],
  ['Boundary_Response75', 'bpmn:BoundaryEvent'],
  ['Boundary_Response100', 'bpmn:BoundaryEvent'],
  ['Task_ResponseThreshold50', 'bpmn:ServiceTask', THRESHOLD],
  ['Task_ResponseThreshold75', 'bpmn:ServiceTask', THRESHOLD],
  ['Task_ResponseThreshold100', 'bpmn:ServiceTask', THRESHOLD],
  ['Boundary_ResponseTargetsChanged', 'bpmn:BoundaryEvent'],
  ['Task_RecalculateResponseClock', 'bpmn:ServiceTask', RECALC],
  ['Task_StopResponseClock', 'bpmn:ServiceTask', 'itsm:sla.stop-clock:1'],
  ['Gateway_IsRequest', 'bpmn:ExclusiveGateway'],
  ['Event_Reclassify', 'bpmn:IntermediateThrowEvent', BUS],
  ['Task_Classify', 'bpmn:ServiceTask', 'itsm:incident.classify:1'],
  ['Task_ApplyPriority', 'bpmn:ServiceTask', RECALC],
  ['Gateway_Security', 'bpmn:ExclusiveGateway'],
  ['Event_RaiseSecurityIncident', 'bpmn:IntermediateThrowEvent', BUS],
  ['Gateway_Major', 'bpmn:ExclusiveGateway'],
  ['Event_DeclareMajor', 'bpmn:IntermediateThrowEvent', BUS],
  ['Gateway_ToResolution', 'bpmn:ExclusiveGateway'],
  ['SubProcess_ResolutionWatch', 'bpmn:SubProcess'],
  ['Gateway_ResolveMerge', 'bpmn:ExclusiveGateway'],
  ['SubProcess_Resolve', 'bpmn:SubProcess'],
  ['EndEvent_ResolutionWatchEnded', 'bpmn:EndEvent'],
  ['UserTask_Diagnose', 'bpmn:UserTask'],
  ['Gateway_Outcome', 'bpmn:ExclusiveGateway'],
  ['Task_FunctionalEscalation', 'bpmn:ServiceTask', 'itsm:incident.escalate-functional:1'],
  ['Event_RequestChange', 'bpmn:IntermediateThrowEvent', BUS],
  ['Boundary_Resolution50', 'bpmn:BoundaryEvent'],
  ['Boundary_Resolution75', 'bpmn:BoundaryEvent'],
  ['Boundary_Resolution100', 'bpmn:BoundaryEvent'],
  ['Task_ResolutionThreshold50', 'bpmn:ServiceTask', THRESHOLD],
  ['Task_ResolutionThreshold75', 'bpmn:ServiceTask', THRESHOLD],
  ['Task_ResolutionThreshold100', 'bpmn:ServiceTask', THRESHOLD],
  ['Gateway_Recorded75', 'bpmn:ExclusiveGateway'],
  ['UserTask_AtRiskReview', 'bpmn:UserTask'],
  ['Gateway_WarnCustomer', 'bpmn:ExclusiveGateway'],
  ['Task_WarnCustomer', 'bpmn:ServiceTask', 'itsm:incident.notify-customer:1'],
  ['Boundary_Pause', 'bpmn:BoundaryEvent'],
  ['Task_PauseClock', 'bpmn:ServiceTask', 'itsm:sla.pause-clock:1'],
  ['Event_AwaitResume', 'bpmn:IntermediateCatchEvent'],
  ['Task_RemindAssignee', 'bpmn:ServiceTask', NOTIFY],
  ['Task_ResumeClock', 'bpmn:ServiceTask', 'itsm:sla.resume-clock:1'],
  ['Boundary_TargetsChanged', 'bpmn:BoundaryEvent'],
  ['Task_RecalculateClock', 'bpmn:ServiceTask', RECALC],
  ['Task_MarkResolved', 'bpmn:ServiceTask', 'itsm:incident.resolve:1'],
  ['UserTask_ConfirmResolution', 'bpmn:UserTask'],
  ['Boundary_ConfirmReminder', 'bpmn:BoundaryEvent'],
  ['Task_ConfirmReminder', 'bpmn:ServiceTask', NOTIFY],
  ['Gateway_Confirmed', 'bpmn:ExclusiveGateway'],
  ['Task_Reopen', 'bpmn:ServiceTask', 'itsm:incident.reopen:1'],
  ['Task_Close', 'bpmn:ServiceTask', 'itsm:incident.close:1'],
  ['Task_CheckRecurrence', 'bpmn:ServiceTask', 'itsm:incident.check-recurrence:1'],
  ['Gateway_Problem', 'bpmn:ExclusiveGateway'],
  ['Event_RequestProblem', 'bpmn:IntermediateThrowEvent', BUS],
  ['Gateway_Outage', 'bpmn:ExclusiveGateway'],
  ['Event_RecordOutage', 'bpmn:IntermediateThrowEvent', BUS],
  ['EndEvent_Closed', 'bpmn:EndEvent'],
  ['Task_Cancel', 'bpmn:ServiceTask', 'itsm:record.cancel:1'],
  ['Task_CancelReclassified', 'bpmn:ServiceTask', 'itsm:record.cancel:1'],
  ['Task_HierarchicalEscalation', 'bpmn:ServiceTask', 'itsm:incident.escalate-hierarchical:1'],
];

/** The order of §1.1 along the main path. */
const INCIDENT_ORDER = [
  'StartEvent_Reported',
  'Task_Record',
  'Task_StartClocks',
  'UserTask_Triage',
  'Task_StopResponseClock',
  'Gateway_IsRequest',
  'Task_Classify',
  'Task_ApplyPriority',
  'Gateway_Security',
  'Gateway_Major',
  'Gateway_ToResolution',
  'SubProcess_ResolutionWatch',
  'Task_MarkResolved',
  'UserTask_ConfirmResolution',
  'Gateway_Confirmed',
  'Task_Close',
  'Task_CheckRecurrence',
  'Gateway_Problem',
  'Gateway_Outage',
  'EndEvent_Closed',
];

const MAJOR_ELEMENTS: Expect[] = [
  ['StartEvent_MajorIncidentDeclared', 'bpmn:StartEvent'],
  ['Task_Declare', 'bpmn:ServiceTask', 'itsm:major.declare:1'],
  ['Task_NotifyTopManagement', 'bpmn:ServiceTask', NOTIFY],
  ['Task_RecordMgmtNotified', 'bpmn:ServiceTask', 'itsm:record.set-fields:1'],
  ['UserTask_AppointManager', 'bpmn:UserTask'],
  ['Boundary_AppointOverdue', 'bpmn:BoundaryEvent'],
  ['Task_NotifyAppointOverdue', 'bpmn:ServiceTask', NOTIFY],
  ['Task_RecordAppointment', 'bpmn:ServiceTask', 'itsm:record.set-status:1'],
  ['Task_NotifyManager', 'bpmn:ServiceTask', NOTIFY],
  ['Gateway_Continuity', 'bpmn:ExclusiveGateway'],
  ['Event_RequestInvocation', 'bpmn:IntermediateThrowEvent', BUS],
  ['Gateway_UpdateLoop', 'bpmn:ExclusiveGateway'],
  ['UserTask_StatusUpdate', 'bpmn:UserTask'],
  ['Task_RecordStatusUpdate', 'bpmn:ServiceTask', 'itsm:major.record-update:1'],
  ['Gateway_WaitNext', 'bpmn:EventBasedGateway'],
  ['Event_NextUpdateDue', 'bpmn:IntermediateCatchEvent'],
  ['Event_IncidentResolved', 'bpmn:IntermediateCatchEvent'],
  ['Task_RecordRestoration', 'bpmn:ServiceTask', 'itsm:record.set-status:1'],
  ['Task_ReportDue', 'bpmn:ServiceTask', 'itsm:calendar.business-days-after:1'],
  ['Task_ReviewDue', 'bpmn:ServiceTask', 'itsm:calendar.business-days-after:1'],
  ['UserTask_MajorIncidentReport', 'bpmn:UserTask'],
  ['Task_RecordReport', 'bpmn:ServiceTask', 'itsm:record.set-status:1'],
  ['UserTask_Review', 'bpmn:UserTask'],
  ['Task_RecordReview', 'bpmn:ServiceTask', 'itsm:major.record-review:1'],
  ['Task_ReportToManagement', 'bpmn:ServiceTask', NOTIFY],
];

const MAJOR_ORDER = [
  'StartEvent_MajorIncidentDeclared',
  'Task_Declare',
  'Task_NotifyTopManagement',
  'Task_RecordMgmtNotified',
  'UserTask_AppointManager',
  'Task_RecordAppointment',
  'Task_NotifyManager',
  'Gateway_Continuity',
  'Gateway_UpdateLoop',
  'UserTask_StatusUpdate',
  'Task_RecordStatusUpdate',
  'Gateway_WaitNext',
  'Event_IncidentResolved',
  'Task_RecordRestoration',
  'Task_ReportDue',
  'Task_ReviewDue',
  'UserTask_MajorIncidentReport',
  'Task_RecordReport',
  'UserTask_Review',
  'Task_RecordReview',
  'Task_ReportToManagement',
];

interface UserTaskExpect {
  form: string;
  candidateGroups: string;
  assignee?: string;
  dueDate?: string;
}

const INCIDENT_USER_TASKS: Record<string, UserTaskExpect> = {
  UserTask_Triage: {
    form: 'incident-management.Triage',
    candidateGroups: 'service-desk',
    assignee: '=if assignee = null then "" else assignee',
    dueDate: '=slaResponse.dueAt',
  },
  UserTask_Diagnose: {
    form: 'incident-management.Diagnose',
    candidateGroups: '=[assignmentGroup]',
    assignee: '=if assignee = null then "" else assignee',
    dueDate: '=slaResolution.dueAt',
  },
  UserTask_AtRiskReview: {
    form: 'incident-management.AtRiskReview',
    candidateGroups: 'incident-manager',
    dueDate: '=slaResolution.dueAt',
  },
  UserTask_ConfirmResolution: {
    form: 'incident-management.ConfirmResolution',
    candidateGroups: 'customer-contact, service-desk',
    dueDate: '=confirmDueAt',
  },
};

const MANAGER = '=if majorIncidentManager = null then "" else majorIncidentManager';
const MAJOR_USER_TASKS: Record<string, UserTaskExpect> = {
  UserTask_AppointManager: {
    form: 'major-incident.AppointManager',
    candidateGroups: 'incident-manager',
  },
  UserTask_StatusUpdate: {
    form: 'major-incident.StatusUpdate',
    candidateGroups: 'major-incident-manager',
    assignee: MANAGER,
  },
  UserTask_MajorIncidentReport: {
    form: 'major-incident.MajorIncidentReport',
    candidateGroups: 'major-incident-manager',
    assignee: MANAGER,
    dueDate: '=reportDueAt',
  },
  UserTask_Review: {
    form: 'major-incident.Review',
    candidateGroups: 'incident-manager',
    dueDate: '=reviewDueAt',
  },
};

/** The data keys of each form (contract field names) and which of them are required. */
const FORM_FIELDS: Record<string, { keys: string[]; required: string[] }> = {
  'incident-management.Triage': {
    keys: [
      'category',
      'type',
      'impact',
      'urgency',
      'serviceId',
      'ciIds',
      'knownErrorId',
      'isSecurity',
      'isRequest',
      'firstLineResolvable',
      'assignmentGroup',
      'customerUpdate',
    ],
    required: ['category', 'type', 'impact', 'urgency', 'serviceId', 'customerUpdate'],
  },
  'incident-management.Diagnose': {
    keys: [
      'workNote',
      'outcome',
      'nextGroup',
      'resolutionCode',
      'resolution',
      'workaroundUsed',
      'knownErrorId',
      'serviceRestored',
      'unplannedOutage',
      'outageStart',
      'outageEnd',
      'problemSuspected',
    ],
    // nextGroup and resolution are required only while shown (conditional.hide)
    required: ['workNote', 'outcome', 'nextGroup', 'resolutionCode', 'resolution'],
  },
  'incident-management.AtRiskReview': {
    keys: ['willMeetTarget', 'action', 'customerNotice'],
    required: ['action', 'customerNotice'],
  },
  'incident-management.ConfirmResolution': {
    keys: [
      'serviceRestored',
      'resolutionAccepted',
      'confirmedBy',
      'confirmationChannel',
      'rating',
      'comment',
    ],
    required: ['confirmedBy', 'confirmationChannel'],
  },
  'major-incident.AppointManager': {
    keys: ['majorIncidentManager', 'updateIntervalMinutes', 'continuitySuggested'],
    required: ['majorIncidentManager', 'updateIntervalMinutes'],
  },
  'major-incident.StatusUpdate': {
    keys: ['statusSummary', 'customerMessage', 'nextUpdateAt'],
    required: ['statusSummary', 'customerMessage'],
  },
  'major-incident.MajorIncidentReport': {
    keys: ['timeline', 'impact', 'rootCause', 'actionsTaken'],
    required: ['timeline', 'actionsTaken'],
  },
  'major-incident.Review': {
    keys: [
      'reviewDate',
      'participants',
      'whatWorked',
      'improvementOpportunities',
      'noOpportunityReason',
      'problemNeeded',
      'correctiveActions',
    ],
    required: ['reviewDate', 'participants', 'noOpportunityReason'],
  },
};

/** Booleans are checkboxes; a required checkbox would mean "must be ticked", so none is. */
const BOOLEAN_DEFAULTS: Record<string, boolean> = {
  isSecurity: false,
  isRequest: false,
  firstLineResolvable: false,
  workaroundUsed: false,
  serviceRestored: false,
  unplannedOutage: false,
  problemSuspected: false,
  willMeetTarget: false,
  resolutionAccepted: false,
  continuitySuggested: false,
  problemNeeded: true,
};

/**
 * A condition that never evaluates to null on Zeebe 8.5 (§0.1): `x = true`, `x = "v"` or its
 * negation `not(x = "v")` (a comparison with null is false, never null), joined by and/or.
 */
const NULL_SAFE_TERM = String.raw`(?:[A-Za-z]\w* = (?:true|false|"[^"]*")|not\([A-Za-z]\w* = (?:true|false|"[^"]*")\))`;
const NULL_SAFE_CONDITION = new RegExp(`^=${NULL_SAFE_TERM}(?: (?:and|or) ${NULL_SAFE_TERM})*$`);

// -- shared checks for both diagrams ------------------------------------------------------------

function sharedChecks(
  processId: string,
  elements: Expect[],
  order: string[],
  userTasks: Record<string, UserTaskExpect>,
  get: () => Loaded,
): void {
  it('when the diagram is read, it has one executable process with the file name as id and a zh-CN label', () => {
    const d = get();
    expect(d.facts.processes.map((p) => [p.id, p.isExecutable])).to.deep.equal([[processId, true]]);
    expect(zhLabel(d.process), 'process label.zh-CN').to.be.a('string').and.not.equal('');
    expect(d.facts.executionPlatform).to.equal('Camunda Cloud');
    expect(d.facts.executionPlatformVersion).to.equal('8.5.0');
  });

  it('when the elements of the spec are looked up, each exists with its type and job type', () => {
    const d = get();
    for (const [id, type, job] of elements) {
      const element = d.byId.get(id);
      expect(element, id).to.not.equal(undefined);
      expect(element?.$type, id).to.equal(type);
      expect(jobType(element), `${id} job type`).to.equal(job);
    }
  });

  it('when the main path is followed, the elements come in the order of the spec', () => {
    const d = get();
    for (let i = 1; i < order.length; i++) {
      const [from, to] = [order[i - 1] as string, order[i] as string];
      expect(reaches(d, from, to), `${from} → ${to}`).to.equal(true);
    }
    // nothing goes back to the start: the first element is not reachable from the last
    expect(reaches(d, order[order.length - 1] as string, order[0] as string)).to.equal(false);
  });

  it('when the flow nodes are listed, every one has an English name and a label.zh-CN', () => {
    const d = get();
    for (const element of d.byId.values()) {
      if (element.$type === 'bpmn:SequenceFlow') {
        if (element.name) expect(zhLabel(element), `${element.id} label.zh-CN`).to.be.a('string');
        continue;
      }
      expect(element.name?.trim(), `${element.id} name`).to.be.a('string').and.not.equal('');
      expect(zhLabel(element), `${element.id} label.zh-CN`).to.be.a('string').and.not.equal('');
    }
  });

  it('when the exclusive gateways are listed, each has a default flow and null-safe conditions on the others', () => {
    const d = get();
    const gateways = allOfType(d, 'bpmn:ExclusiveGateway');
    expect(gateways.length).to.be.greaterThan(0);
    for (const gateway of gateways) {
      expect(gateway.default?.id, `${gateway.id} default flow`).to.be.a('string');
      expect(
        gateway.default?.conditionExpression,
        `${gateway.id} default has no condition`,
      ).to.equal(undefined);
      for (const flow of gateway.outgoing ?? []) {
        if (flow.id === gateway.default?.id) continue;
        const condition = flow.conditionExpression?.body ?? '';
        expect(condition, `${flow.id} condition`).to.match(NULL_SAFE_CONDITION);
        expect(flow.name, `${flow.id} name`).to.be.a('string');
      }
    }
  });

  it('when the user tasks are listed, each is a Zeebe user task with its form, queue, assignee and due date', () => {
    const d = get();
    const found = allOfType(d, 'bpmn:UserTask').map((t) => t.id);
    expect(found).to.have.members(Object.keys(userTasks));
    const forms = new Set(formIds());
    for (const [id, want] of Object.entries(userTasks)) {
      const task = d.byId.get(id);
      expect(ext(task, 'zeebe:UserTask'), `${id} zeebe:userTask`).to.not.equal(undefined);
      const formId = str(ext(task, 'zeebe:FormDefinition')?.formId);
      expect(formId, `${id} formId`).to.equal(want.form);
      expect(forms.has(want.form), `${want.form}.form in workflows/forms`).to.equal(true);
      const assignment = ext(task, 'zeebe:AssignmentDefinition');
      expect(str(assignment?.candidateGroups), `${id} candidateGroups`).to.equal(
        want.candidateGroups,
      );
      expect(str(assignment?.assignee), `${id} assignee`).to.equal(want.assignee);
      expect(str(ext(task, 'zeebe:TaskSchedule')?.dueDate), `${id} dueDate`).to.equal(want.dueDate);
    }
  });

  it('when the message throw events are listed, each publishes a start message with a time to live of 0, keyed by the incident number only where §0.8 says so', () => {
    const d = get();
    const throws = allOfType(d, 'bpmn:IntermediateThrowEvent');
    expect(throws.length).to.be.greaterThan(0);
    for (const event of throws) {
      expect(eventDefinition(event, 'bpmn:MessageEventDefinition'), event.id).to.not.equal(
        undefined,
      );
      expect(jobType(event), event.id).to.equal(BUS);
      const i = inputs(event);
      expect(i.messageName, `${event.id} messageName`).to.match(/^Msg_[A-Za-z]+$/);
      expect(i.timeToLive, `${event.id} timeToLive`).to.equal('PT0S');
      // §0.8: one major incident and one security incident per incident; others get a request id.
      const keyedByIncident = ['Msg_MajorIncidentDeclared', 'Msg_SecurityIncidentRaised'];
      if (keyedByIncident.includes(String(i.messageName)))
        expect(i.correlationKey, `${event.id} correlationKey`).to.equal('=recordNumber');
      else expect(i, `${event.id} correlationKey`).to.not.have.property('correlationKey');
      expect(i.variables, `${event.id} variables`).to.match(/^=\{.*\}$/);
      expect(i.variables, `${event.id} variables`).to.include('sourceNumber: recordNumber');
      expect(i.variables, `${event.id} variables`).to.include('recordId: recordId');
      expect(i.recordNumber, `${event.id} recordNumber`).to.equal('=recordNumber');
    }
  });

  it('when the DI is read, every flow element has a shape or an edge', () => {
    const d = get();
    for (const id of d.byId.keys()) expect(d.diIds.has(id), `${id} has DI`).to.equal(true);
  });

  it('when the diagram is linted as the deploy check does (bpmnlint recommended + camunda-compat 8.5), it has no finding', async () => {
    // Job types are taken from the diagram itself: whether workers serve them is the contract test's.
    const d = get();
    const knownJobTypes = d.facts.serviceTasks.flatMap((t) => (t.jobType ? [t.jobType] : []));
    const check = await checkDiagram(d.xml, {
      expectedProcessId: processId,
      knownJobTypes,
      knownFormIds: formIds(),
    });
    const describe = (list: { message: string }[]) => list.map((f) => f.message).join('\n');
    expect(check.errors, describe(check.errors)).to.deep.equal([]);
    expect(check.warnings, describe(check.warnings)).to.deep.equal([]);
  });
}

// -- incident-management ------------------------------------------------------------------------

describe('workflows/incident-management.bpmn', () => {
  let d: Loaded;
  before(async () => {
    d = await loadDiagram('incident-management');
  });

  sharedChecks(
    'incident-management',
    INCIDENT_ELEMENTS,
    INCIDENT_ORDER,
    INCIDENT_USER_TASKS,
    () => d,
  );

  it('when an incident is reported, the API (none start) and Msg_IncidentReported (message start) both lead to Task_Record', () => {
    expect(messageOf(d.byId.get('StartEvent_IncidentReported'))).to.deep.equal({
      name: 'Msg_IncidentReported',
      correlationKey: undefined,
    });
    expect(d.byId.get('StartEvent_Reported')?.eventDefinitions ?? []).to.deep.equal([]);
    expect(reaches(d, 'StartEvent_IncidentReported', 'Task_Record')).to.equal(true);
    expect(directlyConnected(d, 'Task_Record', 'Task_StartClocks')).to.equal(true);
  });

  it('when the clocks start, Task_StartClocks runs once per clock type in parallel with clockType as input element', () => {
    const loop = d.byId.get('Task_StartClocks')?.loopCharacteristics;
    expect(loop?.$type).to.equal('bpmn:MultiInstanceLoopCharacteristics');
    expect(loop?.isSequential ?? false).to.equal(false);
    const zeebeLoop = ext(loop, 'zeebe:LoopCharacteristics');
    expect(String(zeebeLoop?.inputCollection).replace(/\s/g, '')).to.equal(
      '=["response","resolution"]',
    );
    expect(zeebeLoop?.inputElement).to.equal('clockType');
  });

  for (const [clock, variable, activity] of [
    ['Response', 'slaResponse', 'UserTask_Triage'],
    ['Resolution', 'slaResolution', 'SubProcess_Resolve'],
  ] as const) {
    it(`when the ${clock.toLowerCase()} clock passes 50, 75 and 100 %, non-interrupting timers on ${activity} record the threshold`, () => {
      for (const level of [50, 75, 100]) {
        const boundary = d.byId.get(`Boundary_${clock}${level}`);
        expect(boundary?.attachedToRef?.id, `Boundary_${clock}${level}`).to.equal(activity);
        expect(boundary?.cancelActivity, `Boundary_${clock}${level} interrupting`).to.equal(false);
        expect(timerOf(boundary)).to.equal(`=${variable}.at${level}`);
        expect(
          directlyConnected(d, `Boundary_${clock}${level}`, `Task_${clock}Threshold${level}`),
        ).to.equal(true);
        expect(inputs(d.byId.get(`Task_${clock}Threshold${level}`))).to.deep.equal({
          clockType: clock.toLowerCase(),
          level: `=${level}`,
        });
      }
    });
  }

  it('when the SLA targets change during triage, the response clock is recalculated and triage starts again', () => {
    const boundary = d.byId.get('Boundary_ResponseTargetsChanged');
    expect(boundary?.attachedToRef?.id).to.equal('UserTask_Triage');
    expect(boundary?.cancelActivity ?? true).to.equal(true);
    expect(messageOf(boundary)).to.deep.equal({
      name: 'Msg_SlaTargetsChanged',
      correlationKey: '=recordNumber',
    });
    expect(
      directlyConnected(d, 'Boundary_ResponseTargetsChanged', 'Task_RecalculateResponseClock'),
    ).to.equal(true);
    expect(inputs(d.byId.get('Task_RecalculateResponseClock'))).to.deep.equal({
      clockType: 'response',
    });
    expect(directlyConnected(d, 'Task_RecalculateResponseClock', 'Gateway_TriageMerge')).to.equal(
      true,
    );
    expect(directlyConnected(d, 'Gateway_TriageMerge', 'UserTask_Triage')).to.equal(true);
  });

  it('when the SLA clock tasks run, each names its clock type', () => {
    expect(inputs(d.byId.get('Task_StopResponseClock'))).to.deep.equal({ clockType: 'response' });
    for (const id of [
      'Task_ApplyPriority',
      'Task_RecalculateClock',
      'Task_PauseClock',
      'Task_ResumeClock',
    ]) {
      expect(inputs(d.byId.get(id)), id).to.deep.equal({ clockType: 'resolution' });
    }
  });

  it('when the resolution reaches its second threshold, a reached threshold leads to the at-risk review and, if the target will be missed, to the customer warning', () => {
    expect(directlyConnected(d, 'Task_ResolutionThreshold75', 'Gateway_Recorded75')).to.equal(true);
    expect(conditionTo(d, 'Gateway_Recorded75', 'UserTask_AtRiskReview')).to.equal(
      '=reached = true',
    );
    expect(directlyConnected(d, 'UserTask_AtRiskReview', 'Gateway_WarnCustomer')).to.equal(true);
    expect(conditionTo(d, 'Gateway_WarnCustomer', 'Task_WarnCustomer')).to.equal(
      '=willMeetTarget = false',
    );
  });

  it('when the incident is resolved, the at-risk review, a customer warning and the pause path still open end with the resolution', () => {
    // given: the scope that runs the resolution under its SLA watch
    const watch = d.byId.get('SubProcess_ResolutionWatch');
    // then: everything the resolution thresholds start lives in it ...
    for (const id of [
      'Gateway_ResolveMerge',
      'SubProcess_Resolve',
      'Task_ResolutionThreshold75',
      'UserTask_AtRiskReview',
      'Task_WarnCustomer',
      'Task_PauseClock',
      'Task_RecalculateClock',
    ]) {
      expect(d.byId.get(id)?.$parent?.id, id).to.equal('SubProcess_ResolutionWatch');
    }
    // ... and the end of the resolution terminates the scope before Task_MarkResolved
    expect(directlyConnected(d, 'SubProcess_Resolve', 'EndEvent_ResolutionWatchEnded')).to.equal(
      true,
    );
    expect(
      d.byId.get('EndEvent_ResolutionWatchEnded')?.eventDefinitions?.map((e) => e.$type),
    ).to.deep.equal(['bpmn:TerminateEventDefinition']);
    expect(directlyConnected(d, 'SubProcess_ResolutionWatch', 'Task_MarkResolved')).to.equal(true);
    expect(watch?.$parent?.id).to.equal('SubProcess_Incident');
  });

  it('when a pause is requested, the resolution clock pauses, waits for the resume (reminding the assignee) and goes back in front of the sub-process', () => {
    const pause = d.byId.get('Boundary_Pause');
    expect(pause?.attachedToRef?.id).to.equal('SubProcess_Resolve');
    expect(pause?.cancelActivity ?? true).to.equal(true);
    expect(messageOf(pause)).to.deep.equal({
      name: 'Msg_SlaPauseRequested',
      correlationKey: '=recordNumber',
    });
    expect(directlyConnected(d, 'Boundary_Pause', 'Task_PauseClock')).to.equal(true);
    expect(messageOf(d.byId.get('Event_AwaitResume'))).to.deep.equal({
      name: 'Msg_SlaResumeRequested',
      correlationKey: '=recordNumber',
    });
    expect(reaches(d, 'Task_PauseClock', 'Event_AwaitResume')).to.equal(true);
    expect(reaches(d, 'Event_AwaitResume', 'Task_ResumeClock')).to.equal(true);
    expect(directlyConnected(d, 'Task_ResumeClock', 'Gateway_ResolveMerge')).to.equal(true);
    expect(directlyConnected(d, 'Gateway_ResolveMerge', 'SubProcess_Resolve')).to.equal(true);

    // the reminder: a timer at resumeReminderAt on the event-based gateway, notifying the assignee
    const reminder = allOfType(d, 'bpmn:IntermediateCatchEvent').find(
      (e) => timerOf(e) === '=resumeReminderAt',
    );
    expect(reminder, 'timer at =resumeReminderAt').to.not.equal(undefined);
    expect(reminder?.incoming?.[0]?.sourceRef?.$type).to.equal('bpmn:EventBasedGateway');
    expect(reaches(d, 'Task_PauseClock', reminder?.id ?? '')).to.equal(true);
    expect(directlyConnected(d, reminder?.id ?? '', 'Task_RemindAssignee')).to.equal(true);
    expect(reaches(d, 'Task_RemindAssignee', 'Task_ResumeClock')).to.equal(true);
    expect(inputs(d.byId.get('Task_RemindAssignee')).recipients).to.include('"user:" + assignee');
  });

  it('when the SLA targets change during resolution, the resolution clock is recalculated and the sub-process starts again', () => {
    const boundary = d.byId.get('Boundary_TargetsChanged');
    expect(boundary?.attachedToRef?.id).to.equal('SubProcess_Resolve');
    expect(boundary?.cancelActivity ?? true).to.equal(true);
    expect(messageOf(boundary)).to.deep.equal({
      name: 'Msg_SlaTargetsChanged',
      correlationKey: '=recordNumber',
    });
    expect(directlyConnected(d, 'Boundary_TargetsChanged', 'Task_RecalculateClock')).to.equal(true);
    expect(directlyConnected(d, 'Task_RecalculateClock', 'Gateway_ResolveMerge')).to.equal(true);
  });

  it('when the gateways decide, they use the conditions of §1.1', () => {
    const expected: [string, string, string][] = [
      ['Gateway_IsRequest', 'Event_Reclassify', '=isRequest = true'],
      ['Gateway_IsRequest', 'Task_Classify', 'default'],
      // An incident a security incident reported does not raise another one (§4 Triggers).
      [
        'Gateway_Security',
        'Event_RaiseSecurityIncident',
        '=isSecurity = true and not(sourceType = "security-incident")',
      ],
      ['Gateway_Major', 'Event_DeclareMajor', '=isMajor = true'],
      ['Gateway_Outcome', 'Task_FunctionalEscalation', '=outcome = "transfer"'],
      ['Gateway_Outcome', 'Event_RequestChange', '=outcome = "needs-change"'],
      ['Gateway_Outcome', 'EndEvent_Resolved', 'default'],
      ['Gateway_Confirmed', 'Task_Close', '=serviceRestored = true and resolutionAccepted = true'],
      ['Gateway_Confirmed', 'Task_Reopen', 'default'],
      ['Gateway_Problem', 'Event_RequestProblem', '=recurring = true or problemSuspected = true'],
      ['Gateway_Outage', 'Event_RecordOutage', '=unplannedOutage = true'],
    ];
    for (const [gateway, target, condition] of expected) {
      expect(conditionTo(d, gateway, target), `${gateway} → ${target}`).to.equal(condition);
    }
  });

  it('when diagnosis transfers or needs a change, the incident goes back to UserTask_Diagnose', () => {
    expect(reaches(d, 'Task_FunctionalEscalation', 'UserTask_Diagnose')).to.equal(true);
    expect(reaches(d, 'Event_RequestChange', 'UserTask_Diagnose')).to.equal(true);
    expect(d.byId.get('UserTask_Diagnose')?.$parent?.id).to.equal('SubProcess_Resolve');
  });

  it('when the customer does not confirm, the incident is reopened and resolved again', () => {
    expect(directlyConnected(d, 'Task_Reopen', 'Gateway_ToResolution')).to.equal(true);
    expect(reaches(d, 'Task_Reopen', 'SubProcess_Resolve')).to.equal(true);
    const reminder = d.byId.get('Boundary_ConfirmReminder');
    expect(reminder?.attachedToRef?.id).to.equal('UserTask_ConfirmResolution');
    expect(reminder?.cancelActivity).to.equal(false);
    expect(timerOf(reminder)).to.equal('=confirmDueAt');
    expect(directlyConnected(d, 'Boundary_ConfirmReminder', 'Task_ConfirmReminder')).to.equal(true);
    expect(inputs(d.byId.get('Task_ConfirmReminder')).recipients).to.equal(
      '=["group:service-desk"]',
    );
  });

  it('when the incident is a service request, it publishes Msg_ServiceRequestReported and cancels itself as reclassified', () => {
    expect(inputs(d.byId.get('Event_Reclassify')).messageName).to.equal(
      'Msg_ServiceRequestReported',
    );
    expect(directlyConnected(d, 'Event_Reclassify', 'Task_CancelReclassified')).to.equal(true);
    expect(inputs(d.byId.get('Task_CancelReclassified'))).to.deep.equal({
      recordType: 'incident',
      recordId: '=recordId',
      reason: 'reclassified',
      customerNotice: 'incident.cancelled',
    });
  });

  it('when messages are thrown, each names its message and passes the facts the receiver needs', () => {
    const want: Record<string, [string, string[]]> = {
      Event_Reclassify: ['Msg_ServiceRequestReported', ['sourceType: "incident"', 'title: title']],
      Event_RaiseSecurityIncident: [
        'Msg_SecurityIncidentRaised',
        ['sourceType: "incident"', 'incidentNumber: recordNumber'],
      ],
      Event_DeclareMajor: [
        'Msg_MajorIncidentDeclared',
        [
          'recordNumber: recordNumber',
          'incidentNumber: recordNumber',
          'majorCriteria: majorCriteria',
          'declaredBy:',
        ],
      ],
      Event_RequestChange: ['Msg_ChangeRequested', ['sourceType: "incident"', 'ciIds: ciIds']],
      Event_RequestProblem: [
        'Msg_ProblemRequested',
        [
          'sourceType: "incident"',
          'relatedIncidents: relatedIncidents',
          'ciIds: ciIds',
          'category: category',
        ],
      ],
      Event_RecordOutage: [
        'Msg_UnplannedOutageRecorded',
        ['sourceType: "incident"', 'outageStart: outageStart', 'outageEnd: outageEnd'],
      ],
    };
    for (const [id, [message, facts]] of Object.entries(want)) {
      const i = inputs(d.byId.get(id));
      expect(i.messageName, id).to.equal(message);
      expect(i.recordType, id).to.equal('=recordType');
      for (const fact of facts) expect(i.variables, `${id} ${fact}`).to.include(fact);
    }
  });

  it('when a cancellation or an escalation is requested, event sub-processes run Task_Cancel (interrupting) and Task_HierarchicalEscalation (non-interrupting)', () => {
    const eventSubProcesses = allOfType(d, 'bpmn:SubProcess').filter((s) => s.triggeredByEvent);
    const byMessage = new Map(
      eventSubProcesses.map((s) => {
        const start = (s.flowElements ?? []).find((e) => e.$type === 'bpmn:StartEvent');
        return [messageOf(start).name, { sub: s, start }] as const;
      }),
    );
    const cancelled = byMessage.get('Msg_IncidentCancelled');
    expect(messageOf(cancelled?.start).correlationKey).to.equal('=recordNumber');
    expect(cancelled?.start?.isInterrupting ?? true).to.equal(true);
    expect(cancelled?.sub.flowElements?.map((e) => e.id)).to.include('Task_Cancel');
    expect(outputs(cancelled?.start)).to.include({ cancelReason: '=cancelReason' });

    const escalation = byMessage.get('Msg_EscalationRequested');
    expect(messageOf(escalation?.start).correlationKey).to.equal('=recordNumber');
    expect(escalation?.start?.isInterrupting).to.equal(false);
    expect(escalation?.sub.flowElements?.map((e) => e.id)).to.include(
      'Task_HierarchicalEscalation',
    );
    expect(outputs(escalation?.start)).to.include({ escalationReason: '=escalationReason' });

    // Their correlation keys are read when their scope starts: it must start after Task_Record,
    // or a message-started instance (no recordNumber yet) would raise an incident.
    const scope = cancelled?.sub.$parent;
    expect(scope?.$type).to.equal('bpmn:SubProcess');
    expect(escalation?.sub.$parent?.id).to.equal(scope?.id);
    expect(reaches(d, 'Task_Record', scope?.id ?? '')).to.equal(true);
    expect(reaches(d, scope?.id ?? '', 'Task_Record')).to.equal(false);
  });
});

// -- major-incident -----------------------------------------------------------------------------

describe('workflows/major-incident.bpmn', () => {
  let d: Loaded;
  before(async () => {
    d = await loadDiagram('major-incident');
  });

  sharedChecks('major-incident', MAJOR_ELEMENTS, MAJOR_ORDER, MAJOR_USER_TASKS, () => d);

  it('when a major incident is declared by message, the instance starts at Task_Declare', () => {
    expect(messageOf(d.byId.get('StartEvent_MajorIncidentDeclared'))).to.deep.equal({
      name: 'Msg_MajorIncidentDeclared',
      correlationKey: undefined,
    });
  });

  it('when no manager is appointed within 15 minutes, top management is notified again without interrupting the task', () => {
    const boundary = d.byId.get('Boundary_AppointOverdue');
    expect(boundary?.attachedToRef?.id).to.equal('UserTask_AppointManager');
    expect(boundary?.cancelActivity).to.equal(false);
    expect(eventDefinition(boundary, 'bpmn:TimerEventDefinition')?.timeDuration?.body).to.equal(
      'PT15M',
    );
    expect(directlyConnected(d, 'Boundary_AppointOverdue', 'Task_NotifyAppointOverdue')).to.equal(
      true,
    );
    expect(inputs(d.byId.get('Task_NotifyAppointOverdue')).recipients).to.equal(
      '=["role:top-management"]',
    );
  });

  it('when continuity is suggested, Msg_ContinuityInvocationRequested is published before the update loop', () => {
    expect(conditionTo(d, 'Gateway_Continuity', 'Event_RequestInvocation')).to.equal(
      '=continuitySuggested = true',
    );
    expect(conditionTo(d, 'Gateway_Continuity', 'Gateway_UpdateLoop')).to.equal('default');
    expect(inputs(d.byId.get('Event_RequestInvocation')).messageName).to.equal(
      'Msg_ContinuityInvocationRequested',
    );
    expect(directlyConnected(d, 'Event_RequestInvocation', 'Gateway_UpdateLoop')).to.equal(true);
  });

  it('when waiting for the next update, the event-based gateway loops at nextUpdateAt until Msg_IncidentResolved arrives', () => {
    const targets = (d.byId.get('Gateway_WaitNext')?.outgoing ?? []).map((f) => f.targetRef?.id);
    expect(targets).to.have.members(['Event_NextUpdateDue', 'Event_IncidentResolved']);
    expect(timerOf(d.byId.get('Event_NextUpdateDue'))).to.equal('=nextUpdateAt');
    expect(directlyConnected(d, 'Event_NextUpdateDue', 'Gateway_UpdateLoop')).to.equal(true);
    expect(messageOf(d.byId.get('Event_IncidentResolved'))).to.deep.equal({
      name: 'Msg_IncidentResolved',
      correlationKey: '=incidentNumber',
    });
  });

  it('when the review is recorded, top management gets the report', () => {
    expect(inputs(d.byId.get('Task_ReportToManagement')).recipients).to.equal(
      '=["role:top-management"]',
    );
  });
});

// -- forms --------------------------------------------------------------------------------------

describe('workflows/forms of incident-management and major-incident', () => {
  const ids = Object.keys(FORM_FIELDS);

  it('when the forms folder is read, every user task form exists with its id as file name', () => {
    const present = new Set(formIds());
    for (const id of ids) {
      expect(present.has(id), `${id}.form`).to.equal(true);
      const form = readForm(id);
      expect(form.id).to.equal(id);
      expect(form.schemaVersion).to.equal(16);
      expect(form.executionPlatform).to.equal('Camunda Cloud');
      expect(form.executionPlatformVersion).to.equal('8.5.0');
    }
  });

  for (const id of ids) {
    const want = FORM_FIELDS[id] as { keys: string[]; required: string[] };

    it(`when ${id} is read, its data keys and required fields are the contract's`, () => {
      const form = readForm(id);
      expect(dataKeys(form)).to.deep.equal(want.keys);
      const required = form.components
        .filter((c) => c.validate?.required === true)
        .map((c) => c.key ?? c.path);
      expect(required).to.have.members(want.required);
      expect(() => deriveFormSchema(form)).to.not.throw();
    });

    it(`when ${id} is read, every component has an English label and a label.zh-CN`, () => {
      const form = readForm(id);
      const componentIds = new Set<string>();
      for (const c of allComponents(form.components)) {
        expect(c.label, `${c.id} label`).to.be.a('string').and.not.equal('');
        expect(c.properties?.['label.zh-CN'], `${c.id} label.zh-CN`)
          .to.be.a('string')
          .and.not.equal('');
        expect(componentIds.has(String(c.id)), `${c.id} unique`).to.equal(false);
        componentIds.add(String(c.id));
      }
    });

    it(`when ${id} has options, booleans or pickers, they follow the platform's conventions`, () => {
      const form = readForm(id);
      for (const c of allComponents(form.components)) {
        if (c.values) {
          const zh = JSON.parse(c.properties?.['options.zh-CN'] ?? '{}') as Record<string, string>;
          for (const option of c.values) {
            expect(
              zh[String(option.value)],
              `${c.key} option ${String(option.value)} zh-CN`,
            ).to.be.a('string');
          }
        }
        if (c.type === 'checkbox') {
          expect(c.validate?.required, `${c.key} is not "must be ticked"`).to.not.equal(true);
          expect(c.defaultValue, `${c.key} default`).to.equal(BOOLEAN_DEFAULTS[c.key ?? '']);
        }
        if (c.valuesKey) {
          expect(PICKER_KINDS, `${c.key} picker`).to.include(c.properties?.picker);
        }
        if (c.type === 'datetime')
          expect(c.subtype, `${c.key} subtype`).to.be.oneOf(['date', 'datetime']);
      }
    });
  }

  it('when the triage form is read, its pickers fill categories, services, CIs and groups', () => {
    const form = readForm('incident-management.Triage');
    const pick = (key: string) => {
      const c = topLevelField(form, key);
      return [c?.type, c?.valuesKey, c?.properties?.picker];
    };
    expect(pick('category')).to.deep.equal(['select', 'categoryOptions', 'categories']);
    expect(pick('serviceId')).to.deep.equal(['select', 'serviceOptions', 'services']);
    expect(pick('ciIds')).to.deep.equal(['taglist', 'ciOptions', 'configuration-items']);
    expect(pick('assignmentGroup')).to.deep.equal(['select', 'groupOptions', 'groups']);
    expect(topLevelField(form, 'impact')?.values?.map((v) => v.value)).to.deep.equal([1, 2, 3]);
  });

  it('when a diagnosis is transferred, nextGroup is required and the resolution fields are dropped', () => {
    const form = readForm('incident-management.Diagnose');
    const missing = validateFormSubmission(form, { workNote: 'n', outcome: 'transfer' });
    expect(missing.ok).to.equal(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.field)).to.deep.equal(['nextGroup']);

    const ok = validateFormSubmission(form, {
      workNote: 'n',
      outcome: 'transfer',
      nextGroup: 'resolver-l2',
      resolution: 'ignored',
      workaroundUsed: false,
      problemSuspected: false,
    });
    expect(ok.ok).to.equal(true);
    if (ok.ok) {
      expect(ok.data).to.deep.equal({
        workNote: 'n',
        outcome: 'transfer',
        nextGroup: 'resolver-l2',
        problemSuspected: false,
      });
    }
  });

  it('when a diagnosis resolves the incident, the resolution is required and the outage times show only for an outage', () => {
    const form = readForm('incident-management.Diagnose');
    const missing = validateFormSubmission(form, { workNote: 'n', outcome: 'resolved' });
    expect(missing.ok).to.equal(false);
    if (!missing.ok)
      expect(missing.errors.map((e) => e.field)).to.have.members(['resolutionCode', 'resolution']);

    const resolved = {
      workNote: 'n',
      outcome: 'resolved',
      resolutionCode: 'fixed',
      resolution: 'port restored',
      workaroundUsed: false,
      serviceRestored: true,
      unplannedOutage: true,
      outageStart: '2026-03-02T14:00+08:00',
      outageEnd: '2026-03-02T15:30+08:00',
      problemSuspected: false,
    };
    const ok = validateFormSubmission(form, resolved);
    expect(ok.ok, JSON.stringify(ok)).to.equal(true);
    if (ok.ok) expect(ok.data).to.deep.equal(resolved);

    const noOutage = validateFormSubmission(form, {
      ...resolved,
      unplannedOutage: false,
    });
    expect(noOutage.ok).to.equal(true);
    if (noOutage.ok) expect(noOutage.data).to.not.have.any.keys('outageStart', 'outageEnd');
  });

  it('when the at-risk review says the target will be missed, the customer notice is required', () => {
    const form = readForm('incident-management.AtRiskReview');
    const missing = validateFormSubmission(form, { willMeetTarget: false, action: 'vendor' });
    expect(missing.ok).to.equal(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.field)).to.deep.equal(['customerNotice']);
    expect(validateFormSubmission(form, { willMeetTarget: true, action: 'none' }).ok).to.equal(
      true,
    );
  });

  it('when the confirmation is given, the rating is a whole number from 1 to 5', () => {
    const form = readForm('incident-management.ConfirmResolution');
    const base = { confirmedBy: '王伟', confirmationChannel: 'phone' };
    expect(validateFormSubmission(form, { ...base, rating: 5 }).ok).to.equal(true);
    expect(validateFormSubmission(form, { ...base, rating: 6 }).ok).to.equal(false);
    expect(validateFormSubmission(form, { ...base, rating: 2.5 }).ok).to.equal(false);
    expect(validateFormSubmission(form, { ...base, confirmationChannel: 'fax' }).ok).to.equal(
      false,
    );
  });

  it('when the major-incident report is given, its impact holds customers, services and the duration in minutes', () => {
    const form = readForm('major-incident.MajorIncidentReport');
    const data = {
      timeline: '10:00 down; 11:00 restored',
      impact: { customers: 'ACME', services: 'ERP', durationMinutes: 60 },
      actionsTaken: 'failover',
    };
    const ok = validateFormSubmission(form, data);
    expect(ok.ok, JSON.stringify(ok)).to.equal(true);
    const missing = validateFormSubmission(form, { ...data, impact: { customers: 'ACME' } });
    expect(missing.ok).to.equal(false);
    if (!missing.ok) {
      expect(missing.errors.map((e) => e.field)).to.have.members([
        'impact.services',
        'impact.durationMinutes',
      ]);
    }
  });

  it('when the review lists no improvement opportunity, a reason is required', () => {
    const form = readForm('major-incident.Review');
    const base = { reviewDate: '2026-11-24', participants: 'a, b', problemNeeded: true };
    const none = validateFormSubmission(form, { ...base, improvementOpportunities: [] });
    expect(none.ok).to.equal(false);
    if (!none.ok) expect(none.errors.map((e) => e.field)).to.deep.equal(['noOpportunityReason']);
    expect(
      validateFormSubmission(form, {
        ...base,
        improvementOpportunities: [],
        noOpportunityReason: 'nothing to improve',
      }).ok,
    ).to.equal(true);
    const listed = validateFormSubmission(form, {
      ...base,
      improvementOpportunities: [{ title: 'disk monitoring' }, { title: 'faster failover' }],
    });
    expect(listed.ok, JSON.stringify(listed)).to.equal(true);
    const untitled = validateFormSubmission(form, {
      ...base,
      improvementOpportunities: [{ description: 'no title' }],
    });
    expect(untitled.ok).to.equal(false);
  });
});
