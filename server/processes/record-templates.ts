/**
 * Element templates of the generic record workers for each record kind: the modeler picks
 * "Problem: set status" and chooses a status from the kind's own list, so a diagram cannot
 * name a status or a date field the kind does not have.
 */
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import {
  ELEMENT_TEMPLATE_SCHEMA,
  type ElementTemplate,
  type ElementTemplateProperty,
} from './element-templates.ts';

const hidden = (value: string, binding: ElementTemplateProperty['binding']) =>
  ({ type: 'Hidden', value, binding }) as ElementTemplateProperty;
const input = (name: string) => ({ type: 'zeebe:input' as const, name });
const jobType = (type: string) => hidden(type, { type: 'zeebe:taskDefinition', property: 'type' });
const feel = (name: string, label: string, value: string, description?: string) =>
  ({
    label,
    type: 'String',
    value,
    constraints: { notEmpty: true },
    ...(description ? { description } : {}),
    binding: input(name),
  }) as ElementTemplateProperty;

/** `title*, description, category…`: the kind's fields as a modeler reads them. */
function fieldList(kind: RecordKind, names: readonly string[], required: readonly string[]) {
  return names
    .map((n) => `${n}${required.includes(n) ? '*' : ''} (${kind.fields[n]!.labels.en})`)
    .join(', ');
}

function template(
  kind: RecordKind,
  action: string,
  name: string,
  worker: string,
  properties: ElementTemplateProperty[],
): ElementTemplate {
  return {
    $schema: ELEMENT_TEMPLATE_SCHEMA,
    id: `itsm.record.${action}.${kind.type}`,
    name: `${kind.labels.singular.en}: ${name} (${kind.labels.singular['zh-CN']})`,
    description: `Job type ${worker} for ${kind.type} records`,
    version: 1,
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    properties: [jobType(worker), hidden(kind.type, input('recordType')), ...properties],
  };
}

/** The generic workers' templates for one kind. */
export function recordTemplatesFor(kind: RecordKind): ElementTemplate[] {
  const statuses = Object.entries(kind.statuses.labels).map(([value, l]) => ({
    name: `${l.en} (${l['zh-CN']})`,
    value,
  }));
  const dateFields = Object.entries(kind.fields)
    .filter(([, f]) => f.format === 'date-time')
    .map(([value, f]) => ({ name: `${f.labels.en} (${f.labels['zh-CN']})`, value }));
  const recordId = feel('recordId', 'Record id', '=recordId');
  const templates = [
    template(kind, 'create', 'create', 'itsm:record.create:1', [
      feel(
        'fields',
        'Fields (FEEL context)',
        `={${kind.create.required.map((f) => `${f}: ${f}`).join(', ')}}`,
        `Fields of the kind: ${fieldList(kind, Object.keys(kind.fields), kind.create.required)}`,
      ),
      { label: 'Source type', type: 'String', optional: true, binding: input('sourceType') },
      { label: 'Source number', type: 'String', optional: true, binding: input('sourceNumber') },
      {
        label: 'Relation (from the source)',
        type: 'String',
        optional: true,
        binding: input('relation'),
      },
    ]),
    template(kind, 'set-status', 'set status', 'itsm:record.set-status:1', [
      recordId,
      {
        label: 'Status',
        type: 'Dropdown',
        value: kind.statuses.initial,
        choices: statuses,
        binding: input('status'),
      },
    ]),
    template(kind, 'set-fields', 'set fields', 'itsm:record.set-fields:1', [
      recordId,
      feel(
        'fields',
        'Fields (FEEL context)',
        '={}',
        `Fields of the kind: ${fieldList(kind, Object.keys(kind.fields), [])}`,
      ),
    ]),
    template(kind, 'link', 'link to another record', 'itsm:record.link:1', [
      recordId,
      feel('relation', 'Relation (from this record)', 'caused'),
      feel('toType', 'Other record type', '=sourceType'),
      feel('toNumber', 'Other record number', '=sourceNumber'),
    ]),
  ];
  if (dateFields.length)
    templates.push(
      template(kind, 'select-due', 'select due records', 'itsm:record.select-due:1', [
        {
          label: 'Date field',
          type: 'Dropdown',
          value: dateFields[0]!.value,
          choices: dateFields,
          binding: input('dateField'),
        },
      ]),
    );
  return templates;
}

/** Every kind's templates. */
export function recordTemplates(kinds: KindRegistry): ElementTemplate[] {
  return kinds.all().flatMap(recordTemplatesFor);
}
