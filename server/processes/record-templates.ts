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
      {
        label: 'Fields written with the status (FEEL context)',
        type: 'String',
        optional: true,
        description: `Fields of the kind: ${fieldList(kind, Object.keys(kind.fields), [])}`,
        binding: input('fields'),
      },
      {
        label: 'Assignee from this step on',
        type: 'String',
        optional: true,
        binding: input('assignee'),
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
      {
        label: "Date-time fields set to the step's time when not set (FEEL list)",
        type: 'String',
        optional: true,
        description: `Date-time fields of the kind: ${dateFields.map((f) => f.value).join(', ')}`,
        binding: input('stamp'),
      },
    ]),
    template(kind, 'link', 'link to another record', 'itsm:record.link:1', [
      recordId,
      feel('relation', 'Relation (from this record)', 'caused'),
      feel('toType', 'Other record type', '=sourceType'),
      feel('toNumber', 'Other record number', '=sourceNumber'),
    ]),
  ];
  templates.push(
    template(kind, 'approval', 'record an approval decision', 'itsm:record.approval:1', [
      recordId,
      {
        label: 'Approval step',
        type: 'String',
        value: '=1',
        constraints: { notEmpty: true },
        binding: input('step'),
      },
      {
        label: 'Decision',
        type: 'Dropdown',
        value: 'approve',
        choices: [
          { name: 'Approve (批准)', value: 'approve' },
          { name: 'Reject (驳回)', value: 'reject' },
          { name: 'Return (退回)', value: 'return' },
        ],
        binding: input('decision'),
      },
      feel('decidedBy', 'Decided by (username)', '=decidedBy'),
      {
        label: 'Comment (why, for a reject or return)',
        type: 'String',
        optional: true,
        binding: input('approvalComment'),
      },
      {
        label: 'Requester (may not approve)',
        type: 'String',
        optional: true,
        description: "Empty: the record's creator",
        binding: input('requester'),
      },
    ]),
    approvalTaskTemplate(kind),
  );
  if (kind.cancel)
    templates.push(
      template(kind, 'cancel', 'cancel (clocks stop)', 'itsm:record.cancel:1', [
        recordId,
        feel('reason', 'Reason', '=cancelReason'),
        { label: 'Cancelled by', type: 'String', optional: true, binding: input('cancelledBy') },
        {
          label: 'Notice to the customer (template)',
          type: 'String',
          optional: true,
          binding: input('customerNotice'),
        },
      ]),
    );
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

/**
 * A user task that asks for a decision at one step of the record's approval chain (§0.1):
 * its form carries `decision*` (approve | reject | return) and `comment`, and the server
 * checks the rules (sequence, requester ≠ approver, a comment on a no) before the task
 * completes and records the decision in `approvals`.
 */
function approvalTaskTemplate(kind: RecordKind): ElementTemplate {
  const processId = kind.processIds[0] ?? kind.type;
  return {
    $schema: ELEMENT_TEMPLATE_SCHEMA,
    id: `itsm.record.approval-task.${kind.type}`,
    name: `${kind.labels.singular.en}: approval task (${kind.labels.singular['zh-CN']}审批)`,
    description: `A decision at one step of a ${kind.type}'s approval chain (form: decision*, comment)`,
    version: 1,
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:UserTask' },
    properties: [
      { type: 'Hidden', value: '', binding: { type: 'zeebe:userTask' } },
      {
        label: 'Form id',
        type: 'String',
        value: `${processId}.Approve`,
        constraints: { notEmpty: true },
        binding: { type: 'zeebe:formDefinition', property: 'formId' },
      },
      {
        label: "Candidate groups (the approvers' queue)",
        type: 'String',
        description: 'Role ids, e.g. change-manager, or a FEEL list such as =[approverGroup]',
        constraints: { notEmpty: true },
        binding: { type: 'zeebe:assignmentDefinition', property: 'candidateGroups' },
      },
      {
        label: 'Approval step',
        type: 'String',
        value: '1',
        description: 'Step 1 opens a new round; step n waits for step n − 1 to be approved',
        constraints: { notEmpty: true },
        binding: { type: 'zeebe:taskHeader', key: 'approval.step' },
      },
      {
        label: 'Requester variable (may not approve)',
        type: 'String',
        optional: true,
        description:
          "A process variable holding the requester's username; empty: the record's creator",
        binding: { type: 'zeebe:taskHeader', key: 'approval.requester' },
      },
    ],
  };
}

/** Every kind's templates. */
export function recordTemplates(kinds: KindRegistry): ElementTemplate[] {
  return kinds.all().flatMap(recordTemplatesFor);
}
