/**
 * Converting job-worker user tasks (a `bpmn:UserTask` without `zeebe:userTask`, as Camunda 8
 * diagrams before 8.5 and Camunda's examples have them) into Zeebe user tasks, the only kind
 * the platform runs (issue 13 item 2). The conversion adds `zeebe:userTask` and leaves every
 * other extension element as it is, so candidate groups, assignee (zeebe:assignmentDefinition)
 * and the form (zeebe:formDefinition formId/formKey) are kept. It runs as one modeling command
 * (`itsm.convertUserTasks`), so a single undo takes it back.
 */

/** The bits of a bpmn-moddle element the conversion reads. */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  get(name: string): unknown;
  $instanceOf(type: string): boolean;
}

/** A diagram element (shape) with its business object. */
export interface ShapeLike {
  id: string;
  type: string;
  businessObject: ModdleElement & { name?: string };
}

/** The extension elements of a business object (empty when it has none). */
function extensionValues(bo: ModdleElement): ModdleElement[] {
  const ext = bo.get('extensionElements') as ModdleElement | undefined;
  return (ext?.get('values') ?? []) as ModdleElement[];
}

/** True for a user task the engine would hand to a job worker: no `zeebe:userTask`. */
export function isJobWorkerUserTask(bo: ModdleElement): boolean {
  return (
    bo.$instanceOf('bpmn:UserTask') &&
    !extensionValues(bo).some((v) => v.$instanceOf('zeebe:UserTask'))
  );
}

/** The job-worker user tasks among a diagram's elements, in diagram order. */
export function jobWorkerUserTasks(elements: readonly ShapeLike[]): ShapeLike[] {
  return elements.filter(
    (el) => el.type === 'bpmn:UserTask' && isJobWorkerUserTask(el.businessObject),
  );
}

interface Modeling {
  updateProperties(el: ShapeLike, props: Record<string, unknown>): void;
  updateModdleProperties(
    el: ShapeLike,
    target: ModdleElement,
    props: Record<string, unknown>,
  ): void;
}
interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/**
 * The command `itsm.convertUserTasks` ({ elements }): adds `zeebe:userTask` to each job-worker
 * user task through bpmn-js modeling commands, nested in this one so undo and redo take all of
 * them at once. Tasks that are Zeebe user tasks already are left alone.
 */
function ConvertUserTasksHandler(
  this: { preExecute: unknown },
  modeling: Modeling,
  moddle: Moddle,
) {
  this.preExecute = (context: { elements: ShapeLike[] }) => {
    for (const task of context.elements) {
      const bo = task.businessObject;
      if (!isJobWorkerUserTask(bo)) continue;
      let ext = bo.get('extensionElements') as ModdleElement | undefined;
      if (!ext) {
        ext = moddle.create('bpmn:ExtensionElements', { values: [] });
        ext.$parent = bo;
        modeling.updateProperties(task, { extensionElements: ext });
      }
      const userTask = moddle.create('zeebe:UserTask');
      userTask.$parent = ext;
      // zeebe:userTask first, as the Camunda Modeler writes it; the rest keeps its order.
      modeling.updateModdleProperties(task, ext, {
        values: [userTask, ...extensionValues(bo)],
      });
    }
  };
}
ConvertUserTasksHandler.$inject = ['modeling', 'moddle'];

interface CommandStack {
  registerHandler(command: string, handler: unknown): void;
  execute(command: string, context: object): void;
}
interface ElementRegistry {
  getAll(): ShapeLike[];
}

/** The service `itsmUserTaskConversion`: finds and converts the diagram's job-worker user tasks. */
function UserTaskConversion(
  this: { find(): ShapeLike[]; convert(): number },
  commandStack: CommandStack,
  elementRegistry: ElementRegistry,
) {
  commandStack.registerHandler('itsm.convertUserTasks', ConvertUserTasksHandler);
  this.find = () => jobWorkerUserTasks(elementRegistry.getAll());
  this.convert = () => {
    const elements = this.find();
    if (elements.length) commandStack.execute('itsm.convertUserTasks', { elements });
    return elements.length;
  };
}
UserTaskConversion.$inject = ['commandStack', 'elementRegistry'];

/** A didi module with the `itsmUserTaskConversion` service. */
export const ConvertUserTasksModule = {
  __init__: ['itsmUserTaskConversion'],
  itsmUserTaskConversion: ['type', UserTaskConversion],
};

/** The service as the page calls it. */
export interface UserTaskConversionService {
  find(): ShapeLike[];
  convert(): number;
}
