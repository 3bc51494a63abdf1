/**
 * The registry of record kinds: checks every kind when the platform starts, so a broken kind
 * is refused with a message naming the kind and the field, and answers lookups by type,
 * prefix and process id.
 */
import { COMMON_COLUMNS, type FieldSpec, type Labels, type RecordKind } from './kind.ts';
import { reachableStatuses } from './status-machine.ts';
import { CLOCK_TYPES } from '../sla/targets.ts';

/** One problem found in a kind: where (a path inside the kind) and what. */
export interface KindProblem {
  kind: string;
  path: string;
  message: string;
}

/** A kind (or several) that cannot be used; the message lists every problem. */
export class KindError extends Error {
  readonly problems: readonly KindProblem[];
  constructor(problems: readonly KindProblem[]) {
    super(
      `Record kinds with problems:\n${problems.map((p) => `  ${p.kind}: ${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'KindError';
    this.problems = problems;
  }
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const SNAKE = /^[a-z][a-z0-9_]*$/;

/** What every record view has (lib/records/schema.ts fromRow): no field may take these names. */
const RECORD_VIEW_KEYS = [
  'id',
  'number',
  'type',
  'status',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'processInstanceKey',
  'assignee',
  'assignmentGroup',
  'customerId',
  'serviceId',
];
const PREFIX = /^[A-Z]{2,4}$/;
const MESSAGE = /^Msg_[A-Z][A-Za-z0-9]*$/;
const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'];
const SCOPES = ['staff', 'own', 'customer'];

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** The common columns as API field names (`created_at` → `createdAt`). */
export const COMMON_FIELDS: readonly string[] = COMMON_COLUMNS.map(camel);

/** What a kind is checked against beyond itself. */
export interface KindContext {
  /** Role ids (§0.2) that access lists may name. */
  roles: readonly string[];
}

function labelProblems(labels: Labels | undefined, path: string): string[] {
  if (!labels || typeof labels !== 'object') return [`${path}: needs labels { en, zh-CN }`];
  return (['en', 'zh-CN'] as const)
    .filter((lang) => typeof labels[lang] !== 'string' || !labels[lang].trim())
    .map((lang) => `${path}.${lang}: needs a label`);
}

function fieldProblems(name: string, field: FieldSpec): string[] {
  const path = `fields.${name}`;
  const out: string[] = [];
  if (!CAMEL.test(name)) out.push(`${path}: field names are camelCase`);
  if (COMMON_FIELDS.includes(name)) out.push(`${path}: is a common column of every record`);
  if (!FIELD_TYPES.includes(field.type))
    out.push(`${path}.type: must be one of ${FIELD_TYPES.join(', ')}, not ${String(field.type)}`);
  out.push(...labelProblems(field.labels, `${path}.labels`));
  if (field.enum !== undefined) {
    if (field.type !== 'string') out.push(`${path}.enum: only string fields have an enum`);
    if (!Array.isArray(field.enum) || field.enum.length === 0)
      out.push(`${path}.enum: needs at least one value`);
    for (const value of field.enum ?? []) {
      const labels = field.enumLabels?.[value];
      if (!labels) out.push(`${path}.enumLabels.${value}: every enum value needs labels`);
      else out.push(...labelProblems(labels, `${path}.enumLabels.${value}`));
    }
    for (const value of Object.keys(field.enumLabels ?? {}))
      if (!field.enum?.includes(value))
        out.push(`${path}.enumLabels.${value}: labels a value that is not in the enum`);
  } else if (field.enumLabels) {
    out.push(`${path}.enumLabels: labels without an enum`);
  }
  if (field.type === 'array' && !field.items) out.push(`${path}.items: an array needs items`);
  if (field.type !== 'array' && field.items) out.push(`${path}.items: only arrays have items`);
  if (field.columnName !== undefined && (!field.column || !SNAKE.test(field.columnName)))
    out.push(`${path}.columnName: names the snake_case column of a column field`);
  if (field.column && (field.type === 'object' || field.type === 'array'))
    out.push(`${path}.column: objects and arrays live in attributes, not in a column`);
  return out;
}

/** Every problem of one kind (empty when it is sound). */
export function kindProblems(kind: RecordKind, context: KindContext): KindProblem[] {
  const name = typeof kind?.type === 'string' ? kind.type : '(kind without a type)';
  const problems: string[] = [];
  const roleProblems = (roles: readonly string[] | undefined, path: string) => {
    if (!Array.isArray(roles) || roles.length === 0) problems.push(`${path}: names no role`);
    for (const role of roles ?? [])
      if (!context.roles.includes(role)) problems.push(`${path}: "${role}" is not a role of §0.2`);
  };

  if (!KEBAB.test(kind.type ?? '')) problems.push('type: must be kebab-case');
  if (!PREFIX.test(kind.prefix ?? '')) problems.push('prefix: must be 2–4 capital letters (§0.3)');
  if (!SNAKE.test(kind.table ?? '')) problems.push('table: must be snake_case');
  problems.push(...labelProblems(kind.labels?.singular, 'labels.singular'));
  problems.push(...labelProblems(kind.labels?.plural, 'labels.plural'));
  if (!Array.isArray(kind.processIds)) problems.push('processIds: must be a list');
  for (const id of kind.processIds ?? [])
    if (!KEBAB.test(id)) problems.push(`processIds: "${id}" is not a kebab-case process id`);

  const fields = kind.fields ?? {};
  for (const [fieldName, field] of Object.entries(fields))
    problems.push(...fieldProblems(fieldName, field));
  if (Object.hasOwn(fields, 'attributes'))
    problems.push('fields.attributes: the name is kept for the per-row attributes object');
  for (const common of RECORD_VIEW_KEYS)
    if (Object.hasOwn(fields, common))
      problems.push(`fields.${common}: the name is one every record has (§0.1); choose another`);
  if (kind.attributesSchema !== undefined) {
    const schema = kind.attributesSchema as { type?: unknown; properties?: unknown };
    if (schema === null || typeof schema !== 'object' || schema.type !== 'object')
      problems.push('attributesSchema: must be a JSON Schema of type "object"');
  }
  const isField = (f: string) => Object.hasOwn(fields, f);
  const isListable = (f: string) => isField(f) || COMMON_FIELDS.includes(f);

  for (const f of kind.create?.fields ?? [])
    if (!isField(f)) problems.push(`create.fields: "${f}" is not a field of the kind`);
  for (const [name, field] of Object.entries(fields))
    if (field.choicesFrom !== undefined && !/^\/api\/[a-z0-9/-]+$/.test(field.choicesFrom))
      problems.push(
        `fields.${name}.choicesFrom: "${field.choicesFrom}" is not an /api/… list path`,
      );
  for (const f of kind.create?.required ?? [])
    if (!kind.create.fields.includes(f))
      problems.push(`create.required: "${f}" is not one of create.fields`);
  roleProblems(kind.create?.roles, 'create.roles');
  for (const f of kind.taskOnlyFields ?? [])
    if (isField(f)) problems.push(`taskOnlyFields: "${f}" is also a record field`);

  const machine = kind.statuses;
  const statuses = Object.keys(machine?.labels ?? {});
  const isStatus = (s: string) => statuses.includes(s);
  if (!machine || statuses.length === 0) problems.push('statuses.labels: names no status');
  else {
    for (const s of statuses) {
      if (!SNAKE.test(s)) problems.push(`statuses.labels.${s}: statuses are snake_case`);
      problems.push(...labelProblems(machine.labels[s], `statuses.labels.${s}`));
    }
    if (!isStatus(machine.initial))
      problems.push(`statuses.initial: "${machine.initial}" is not a status`);
    if (!Array.isArray(machine.final) || machine.final.length === 0)
      problems.push('statuses.final: needs at least one final status');
    for (const s of machine.final ?? [])
      if (!isStatus(s)) problems.push(`statuses.final: "${s}" is not a status`);
    for (const [from, targets] of Object.entries(machine.transitions ?? {})) {
      if (!isStatus(from)) problems.push(`statuses.transitions.${from}: is not a status`);
      if (machine.final?.includes(from) && targets.length)
        problems.push(`statuses.transitions.${from}: a final status has no way out`);
      for (const to of targets)
        if (!isStatus(to)) problems.push(`statuses.transitions.${from}: "${to}" is not a status`);
    }
    for (const [s, field] of Object.entries(machine.stamps ?? {})) {
      if (!isStatus(s)) problems.push(`statuses.stamps.${s}: is not a status`);
      if (fields[field]?.format !== 'date-time')
        problems.push(`statuses.stamps.${s}: "${field}" is not a date-time field`);
    }
    if (isStatus(machine.initial)) {
      const reachable = reachableStatuses(machine);
      for (const s of statuses)
        if (!reachable.has(s))
          problems.push(`statuses.labels.${s}: cannot be reached from ${machine.initial}`);
      for (const s of statuses)
        if (!machine.final?.includes(s) && !(machine.transitions?.[s] ?? []).length)
          problems.push(`statuses.transitions.${s}: a status that is not final needs a way out`);
    }
  }

  if (kind.cancel) {
    if (!machine?.final?.includes(kind.cancel.status))
      problems.push(`cancel.status: "${kind.cancel.status}" is not a final status`);
    if (fields[kind.cancel.reasonField]?.type !== 'string')
      problems.push(`cancel.reasonField: "${kind.cancel.reasonField}" is not a text field`);
  }

  for (const clock of kind.slaClocks ?? [])
    if (!(CLOCK_TYPES as readonly string[]).includes(clock))
      problems.push(
        `slaClocks: "${clock}" is not a clock type of §0.5 (${CLOCK_TYPES.join(', ')})`,
      );
  for (const [clock, field] of Object.entries(kind.slaTargetFields ?? {})) {
    if (!(kind.slaClocks ?? []).includes(clock))
      problems.push(`slaTargetFields.${clock}: is not one of the kind's slaClocks`);
    if (fields[field]?.type !== 'object')
      problems.push(`slaTargetFields.${clock}: "${field}" is not an object field`);
  }
  if (kind.slaClocks?.length)
    roleProblems(kind.managerRole ? [kind.managerRole] : [], 'managerRole');

  for (const [i, kpi] of (kind.kpis ?? []).entries()) {
    const path = `kpis.${kpi.id ?? i}`;
    if (!KEBAB.test(kpi.id ?? '')) problems.push(`${path}: the id must be kebab-case`);
    problems.push(...labelProblems(kpi.labels, `${path}.labels`));
    if (!(kpi.target >= 0 && kpi.target <= 1)) problems.push(`${path}.target: a share from 0 to 1`);
    if (!['>=', '<=', '='].includes(kpi.comparator))
      problems.push(`${path}.comparator: one of >=, <=, =`);
    const m = kpi.measure;
    if (m?.kind === 'clock-met') {
      if (!(kind.slaClocks ?? []).includes(m.clock))
        problems.push(`${path}.measure.clock: "${m.clock}" is not one of the kind's slaClocks`);
    } else if (m?.kind === 'share') {
      if (fields[m.dateField]?.format !== 'date-time')
        problems.push(`${path}.measure.dateField: "${m.dateField}" is not a date-time field`);
      if (!isField(m.field)) problems.push(`${path}.measure.field: "${m.field}" is not a field`);
    } else problems.push(`${path}.measure: kind is clock-met or share`);
  }

  roleProblems(kind.read?.roles, 'read.roles');
  for (const scope of kind.read?.scopes ?? [])
    if (!SCOPES.includes(scope))
      problems.push(`read.scopes: "${scope}" is not one of ${SCOPES.join(', ')}`);

  for (const [command, spec] of Object.entries(kind.commands ?? {})) {
    const path = `commands.${command}`;
    if (!KEBAB.test(command)) problems.push(`${path}: command names are kebab-case`);
    problems.push(...labelProblems(spec.labels, `${path}.labels`));
    roleProblems(spec.roles, `${path}.roles`);
    if (!spec.from?.length) problems.push(`${path}.from: names no status`);
    for (const s of spec.from ?? []) {
      if (!isStatus(s)) problems.push(`${path}.from: "${s}" is not a status`);
      else if (machine.final.includes(s))
        problems.push(`${path}.from: "${s}" is final; a closed record is read-only`);
      else if (spec.to && spec.to !== s && !(machine.transitions[s] ?? []).includes(spec.to))
        problems.push(`${path}.to: the status machine does not allow ${s} → ${spec.to}`);
    }
    if (spec.to !== undefined && !isStatus(spec.to))
      problems.push(`${path}.to: "${spec.to}" is not a status`);
    if (spec.message !== undefined && !MESSAGE.test(spec.message))
      problems.push(`${path}.message: "${spec.message}" is not a Msg_<PastTenseFact> name (§0.8)`);
    if (spec.to === undefined && spec.message === undefined)
      problems.push(`${path}: changes nothing (give it a status "to" or a "message")`);
    for (const f of spec.fields ?? [])
      if (f !== 'comment' && !isField(f) && !(f === 'attributes' && kind.attributesSchema))
        problems.push(`${path}.fields: "${f}" is not a field of the kind`);
    for (const f of spec.required ?? [])
      if (!(spec.fields ?? []).includes(f))
        problems.push(`${path}.required: "${f}" is not one of its fields`);
  }

  for (const c of kind.list?.columns ?? [])
    if (!isListable(c)) problems.push(`list.columns: "${c}" is not a field or common column`);
  for (const f of kind.list?.filters ?? [])
    if (!isListable(f)) problems.push(`list.filters: "${f}" is not a field or common column`);
  if (!kind.list?.columns?.length) problems.push('list.columns: names no column');

  return problems.map((p) => {
    const at = p.indexOf(': ');
    return { kind: name, path: p.slice(0, at), message: p.slice(at + 2) };
  });
}

/** The kinds of the platform, checked; look them up by type, prefix or process id. */
export interface KindRegistry {
  all(): readonly RecordKind[];
  get(type: string): RecordKind | undefined;
  byPrefix(prefix: string): RecordKind | undefined;
  byProcessId(processId: string): RecordKind | undefined;
}

/**
 * Checks every kind and the links between them (unique types, prefixes and tables; fields
 * that refer to a kind name a known one) and builds the registry; throws a KindError listing
 * every problem otherwise.
 */
export function createKindRegistry(
  kinds: readonly RecordKind[],
  context: KindContext,
): KindRegistry {
  const problems = kinds.flatMap((kind) => kindProblems(kind, context));
  const types = new Set(kinds.map((k) => k.type));
  // Kinds numbered by another share its prefix: they are not counted as holders of one.
  const firstWith = (key: 'type' | 'prefix' | 'table', value: string) =>
    kinds.find((k) => k[key] === value && (key !== 'prefix' || k.numberOf === undefined));
  for (const kind of kinds) {
    for (const key of ['type', 'prefix', 'table'] as const) {
      const first = firstWith(key, kind[key]);
      // A kind numbered by another shares that kind's prefix, and only then.
      if (key === 'prefix' && kind.numberOf !== undefined && first?.type === kind.numberOf)
        continue;
      if (first !== undefined && first !== kind)
        problems.push({
          kind: kind.type,
          path: key,
          message: `"${kind[key]}" is also ${first?.type}'s`,
        });
    }
    if (kind.numberOf !== undefined) {
      const owner = kinds.find((k) => k.type === kind.numberOf);
      const numberProblem = !owner
        ? `"${kind.numberOf}" is not a record kind`
        : owner === kind || owner.numberOf !== undefined
          ? `"${kind.numberOf}" has no number of its own to give`
          : owner.prefix !== kind.prefix
            ? `the prefix must be ${owner.prefix}, the prefix of the numbers it carries`
            : !kind.ownRoutes
              ? 'a kind without a number of its own is created by its own routes (ownRoutes)'
              : undefined;
      if (numberProblem)
        problems.push({ kind: kind.type, path: 'numberOf', message: numberProblem });
    }
    for (const [name, field] of Object.entries(kind.fields ?? {}))
      if (field.refersTo !== undefined && !types.has(field.refersTo))
        problems.push({
          kind: kind.type,
          path: `fields.${name}.refersTo`,
          message: `"${field.refersTo}" is not a record kind`,
        });
    for (const processId of kind.processIds ?? []) {
      const owner = kinds.find((k) => k.processIds?.includes(processId));
      if (owner !== kind)
        problems.push({
          kind: kind.type,
          path: 'processIds',
          message: `process "${processId}" is already ${owner?.type}'s`,
        });
    }
  }
  if (problems.length) throw new KindError(problems);
  const byType = new Map(kinds.map((k) => [k.type, k]));
  return {
    all: () => kinds,
    get: (type) => byType.get(type),
    // A number names the record of the kind that allocated it, not one that carries it too.
    byPrefix: (prefix) => kinds.find((k) => k.prefix === prefix && k.numberOf === undefined),
    byProcessId: (processId) => kinds.find((k) => k.processIds.includes(processId)),
  };
}
