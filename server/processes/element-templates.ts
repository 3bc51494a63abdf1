import type { WorkerContract } from '../../lib/worker-contract.ts';

/** The JSON schema Camunda 8 element templates are written against. */
export const ELEMENT_TEMPLATE_SCHEMA =
  'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json';

/** One property of an element template (the subset this generator writes). */
export interface ElementTemplateProperty {
  label?: string;
  description?: string;
  type: 'Hidden' | 'String' | 'Boolean' | 'Dropdown';
  value?: string;
  optional?: boolean;
  choices?: { name: string; value: string }[];
  constraints?: { notEmpty: boolean };
  binding:
    | { type: 'zeebe:taskDefinition'; property: 'type' }
    | { type: 'zeebe:input'; name: string }
    | { type: 'zeebe:taskHeader'; key: string }
    | { type: 'zeebe:userTask' }
    | { type: 'zeebe:formDefinition'; property: 'formId' }
    | { type: 'zeebe:assignmentDefinition'; property: 'candidateGroups' | 'assignee' }
    | { type: 'zeebe:property'; name: string };
}

/** A Camunda 8 element template: a service task served by a platform worker, or a user task. */
export interface ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  description: string;
  version: number;
  appliesTo: string[];
  elementType: { value: string };
  properties: ElementTemplateProperty[];
}

interface InputSchema {
  properties?: Record<string, PropertySchema>;
  required?: readonly string[];
}

interface PropertySchema {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  description?: string;
}

/** `itsm:incident.assign-group:1` → `itsm.incident.assign-group` (without the version). */
export function templateIdOf(jobType: string): string {
  const withoutVersion = jobType.replace(/:\d+$/, '');
  return `itsm.${withoutVersion
    .replace(/^itsm:/, '')
    .replace(/[^A-Za-z0-9.-]+/g, '.')
    .replace(/^\.+|\.+$/g, '')}`;
}

/** The major version a job type ends with (`…:2` → 2); 1 when it names none. */
export function majorVersionOf(jobType: string): number {
  const match = /:(\d+)$/.exec(jobType);
  return match ? Number(match[1]) : 1;
}

function inputProperty(
  name: string,
  schema: PropertySchema,
  required: boolean,
): ElementTemplateProperty {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const choices = (schema.enum ?? []).filter((v): v is string => typeof v === 'string');
  const common = {
    label: name,
    ...(schema.description ? { description: schema.description } : {}),
    binding: { type: 'zeebe:input' as const, name },
  };
  // An empty optional input writes no mapping, so the worker reads the process variable itself.
  const optional = required ? {} : { optional: true };
  if (choices.length) {
    return {
      ...common,
      type: 'Dropdown',
      choices: choices.map((c) => ({ name: c, value: c })),
      ...optional,
    };
  }
  if (types.includes('boolean')) return { ...common, type: 'Boolean', ...optional };
  // A required input starts as the process variable of the same name.
  return required
    ? { ...common, type: 'String', value: `=${name}`, constraints: { notEmpty: true } }
    : { ...common, type: 'String', optional: true };
}

/**
 * Element templates for the modeler, one per worker of the registry: a service task whose
 * job type is fixed (hidden) to the worker's, with one input mapping per property of the
 * worker's input schema. Modelers pick "Assign resolver group" and never type a job type.
 */
export function elementTemplatesFor(workers: readonly WorkerContract[]): ElementTemplate[] {
  return workers.map((worker) => {
    const input = worker.input as InputSchema;
    const required = new Set(input.required ?? []);
    return {
      $schema: ELEMENT_TEMPLATE_SCHEMA,
      id: templateIdOf(worker.type),
      name: worker.description,
      description: `Job type ${worker.type}`,
      version: majorVersionOf(worker.type),
      appliesTo: ['bpmn:Task'],
      elementType: { value: 'bpmn:ServiceTask' },
      properties: [
        {
          type: 'Hidden',
          value: worker.type,
          binding: { type: 'zeebe:taskDefinition', property: 'type' },
        },
        ...Object.entries(input.properties ?? {}).map(([name, schema]) =>
          inputProperty(name, schema, required.has(name)),
        ),
      ],
    };
  });
}
