/**
 * What a kind's declaration means for data: the JSON Schemas of its create body, its field
 * updates and a command's body (for ajv and the OpenAPI document), and how a record's fields
 * map onto its table (real columns vs the `attributes` object) and back.
 */
import type { FieldSpec, RecordKind } from './kind.ts';

type Schema = Record<string, unknown>;

/** The JSON Schema of one field (labels go to `title`, both languages in `x-labels`). */
export function fieldSchema(field: FieldSpec): Schema {
  const schema: Schema = { type: field.type, title: field.labels.en, 'x-labels': field.labels };
  for (const key of ['enum', 'format', 'minLength', 'maxLength', 'minimum', 'maximum'] as const)
    if (field[key] !== undefined) schema[key] = field[key];
  if (field.type === 'array') {
    schema.items = { ...field.items };
    if (field.maxItems !== undefined) schema.maxItems = field.maxItems;
  }
  if (field.type === 'object') schema.additionalProperties = true;
  return schema;
}

/** Optional fields accept null (cleared) besides their type. */
const nullable = (schema: Schema): Schema =>
  schema.enum
    ? { ...schema, type: [schema.type, 'null'], enum: [...(schema.enum as unknown[]), null] }
    : { ...schema, type: [schema.type, 'null'] };

/**
 * The body of `POST /api/records/:kind`: the kind's create fields, the required ones
 * required, nothing else; plus the common `customerId`, `serviceId` and a `requestId` that
 * makes a retried create answer the first record.
 */
export function createSchema(kind: RecordKind): Schema {
  const properties: Record<string, Schema> = {};
  for (const name of kind.create.fields) properties[name] = fieldSchema(kind.fields[name]!);
  if (kind.attributesSchema) properties.attributes = { ...kind.attributesSchema };
  properties.customerId = { type: 'string', format: 'uuid' };
  properties.serviceId = { type: 'string', format: 'uuid' };
  properties.requestId = { type: 'string', minLength: 1, maxLength: 100 };
  return {
    type: 'object',
    properties,
    required: [...kind.create.required],
    additionalProperties: false,
  };
}

/** A set-fields update: any declared field, at least one, null clears an optional one. */
export function fieldsUpdateSchema(kind: RecordKind): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, field] of Object.entries(kind.fields))
    properties[name] = nullable(fieldSchema(field));
  // The per-row attributes are replaced as a whole.
  if (kind.attributesSchema) properties.attributes = { ...kind.attributesSchema };
  return { type: 'object', properties, minProperties: 1, additionalProperties: false };
}

/** The body of a command: its fields (a `comment` is free text), the required ones required. */
export function commandSchema(kind: RecordKind, command: string): Schema {
  const spec = kind.commands?.[command];
  if (!spec) throw new Error(`${kind.type} has no command ${command}`);
  const properties: Record<string, Schema> = {};
  for (const name of spec.fields ?? [])
    properties[name] =
      name === 'comment'
        ? { type: 'string', minLength: 1, maxLength: 10_000 }
        : name === ATTRIBUTES && kind.attributesSchema
          ? { ...kind.attributesSchema }
          : fieldSchema(kind.fields[name]!);
  return {
    type: 'object',
    properties,
    required: [...(spec.required ?? [])],
    additionalProperties: false,
  };
}

/**
 * The per-row `attributes` object of a kind that declares `attributesSchema` (e.g. a CI's
 * attributes of its CI type): validated against that schema, kept whole under this key of the
 * row's jsonb beside the kind's non-column fields, and answered as `attributes`.
 */
export const ATTRIBUTES = 'attributes';

/** Whether a name is something a kind's record may set: a declared field or its attributes. */
export const isSettable = (kind: RecordKind, name: string): boolean =>
  Boolean(kind.fields[name]) || (name === ATTRIBUTES && Boolean(kind.attributesSchema));

/** `ownerGroup` → `owner_group`. */
export const columnName = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The column of a kind's field: its declared `columnName`, else its snake_case. */
export const columnOf = (kind: RecordKind, field: string): string =>
  kind.fields[field]?.columnName ?? columnName(field);

/**
 * Splits field values into the kind's real columns (snake_case) and its `attributes`;
 * undefined values are left out, so a partial update touches only what it names.
 */
export function toRow(
  kind: RecordKind,
  values: Record<string, unknown>,
): { columns: Record<string, unknown>; attributes: Record<string, unknown> } {
  const columns: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === ATTRIBUTES && kind.attributesSchema && value !== undefined) {
      attributes[ATTRIBUTES] = value;
      continue;
    }
    const field = kind.fields[name];
    if (!field || value === undefined) continue;
    if (field.column) columns[columnOf(kind, name)] = value;
    else attributes[name] = value;
  }
  return { columns, attributes };
}

/** A record as the API shows it: common fields, then every declared field (null when unset). */
export interface RecordView {
  id: string;
  number: string;
  type: string;
  status: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  processInstanceKey: string | null;
  assignee: string | null;
  assignmentGroup: string | null;
  customerId: string | null;
  serviceId: string | null;
  [field: string]: unknown;
}

const iso = (v: unknown): string | null =>
  v == null ? null : v instanceof Date ? v.toISOString() : String(v);

/** A table row of the kind as the API shows it. */
export function fromRow(kind: RecordKind, row: Record<string, unknown>): RecordView {
  const attributes = (row.attributes ?? {}) as Record<string, unknown>;
  const view: RecordView = {
    id: String(row.id),
    number: String(row.number),
    type: kind.type,
    status: String(row.status),
    createdAt: iso(row.created_at)!,
    createdBy: String(row.created_by),
    updatedAt: iso(row.updated_at)!,
    updatedBy: String(row.updated_by),
    processInstanceKey: (row.process_instance_key as string | null) ?? null,
    assignee: (row.assignee as string | null) ?? null,
    assignmentGroup: (row.assignment_group as string | null) ?? null,
    customerId: (row.customer_id as string | null) ?? null,
    serviceId: (row.service_id as string | null) ?? null,
  };
  for (const [name, field] of Object.entries(kind.fields)) {
    const value = field.column ? row[columnOf(kind, name)] : attributes[name];
    view[name] = field.format === 'date-time' ? iso(value) : (value ?? null);
  }
  if (kind.attributesSchema) view[ATTRIBUTES] = attributes[ATTRIBUTES] ?? {};
  return view;
}

/** The JSON Schema of a record as the API answers it (for the OpenAPI document). */
export function recordSchema(kind: RecordKind): Schema {
  const text = { type: 'string' };
  const optionalText = { type: ['string', 'null'] };
  const properties: Record<string, Schema> = {
    id: { type: 'string', format: 'uuid' },
    number: { ...text, pattern: `^${kind.prefix}-\\d{4}-\\d{6,}$` },
    type: { const: kind.type },
    status: { type: 'string', enum: Object.keys(kind.statuses.labels) },
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: text,
    updatedAt: { type: 'string', format: 'date-time' },
    updatedBy: text,
    processInstanceKey: optionalText,
    assignee: optionalText,
    assignmentGroup: optionalText,
    customerId: optionalText,
    serviceId: optionalText,
  };
  for (const [name, field] of Object.entries(kind.fields))
    properties[name] = nullable(fieldSchema(field));
  if (kind.attributesSchema) properties.attributes = { ...kind.attributesSchema };
  return { type: 'object', properties, required: Object.keys(properties) };
}

/**
 * One record as its detail page reads it: the record, its SLA clocks, links, open tasks,
 * process instances and approval decisions.
 */
export function recordDetailSchema(kind: RecordKind): Schema {
  const base = recordSchema(kind) as { properties: Record<string, Schema>; required: string[] };
  const text = { type: 'string' };
  const optionalText = { type: ['string', 'null'] };
  const instant = { type: 'string', format: 'date-time' };
  const list = (properties: Record<string, Schema>) => ({
    type: 'array',
    items: { type: 'object', properties, required: Object.keys(properties) },
  });
  const extra: Record<string, Schema> = {
    sla: list({
      clockType: text,
      state: text,
      targetMinutes: { type: 'integer' },
      startedAt: optionalText,
      dueAt: optionalText,
      pausedAt: optionalText,
      stoppedAt: optionalText,
      breached: { type: 'boolean' },
    }),
    links: list({ type: text, number: text, relation: text }),
    tasks: list({
      id: text,
      name: optionalText,
      elementId: text,
      candidateGroups: { type: 'array', items: text },
      assignee: optionalText,
    }),
    processInstances: list({
      key: text,
      processId: text,
      version: { type: 'integer' },
      state: text,
    }),
    approvals: list({
      round: { type: 'integer', minimum: 1 },
      step: { type: 'integer', minimum: 1 },
      decision: { type: 'string', enum: ['approve', 'reject', 'return'] },
      comment: optionalText,
      decidedBy: text,
      decidedByName: text,
      decidedAt: instant,
    }),
  };
  return {
    type: 'object',
    properties: { ...base.properties, ...extra },
    required: [...base.required, ...Object.keys(extra)],
  };
}

/** The fields a list may be sorted by: the kind's column fields and the common columns. */
export function sortableFields(kind: RecordKind): string[] {
  const own = Object.entries(kind.fields)
    .filter(([, f]) => f.column)
    .map(([name]) => name);
  return ['number', 'status', 'createdAt', 'updatedAt', 'assignee', 'assignmentGroup', ...own];
}
