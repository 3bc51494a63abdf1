import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { evaluate } from 'feelin';
import { DEFAULT_TIME_ZONE } from '../../lib/calendar/default-calendars.ts';
import { offsetMs } from '../../lib/calendar/time-zone.ts';
import { ajvRegExp, compileSafeRegExp, feelMatches } from './safe-regex.ts';

/** One problem with a submitted value; `field` is the full key path (`address.city`, `items[0].name`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Outcome of checking a user-task submission. On success `data` is what may be sent to the engine:
 * the submission without values of hidden, read-only or disabled fields and of non-input components.
 */
export type FormValidationResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldError[] };

type Primitive = string | number | boolean;
type SchemaObject = Record<string, unknown>;

/** An input component, reduced to what validation needs. */
interface FieldNode {
  kind: 'field';
  type: string;
  title?: string;
  required: boolean;
  /** `readonly: true` or `disabled: true`: the value is never taken from the person. */
  locked: boolean;
  /** Ids of the hide conditions (own and enclosing groups', same scope) that can drop this field. */
  conditions: number[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  validationType?: 'email' | 'phone';
  /** Static options of radio/select/checklist/taglist; undefined when they come from variables. */
  options?: Primitive[];
  valuesKey?: string;
  decimalDigits?: number;
  numberAsString: boolean;
  subtype: 'date' | 'time' | 'datetime';
  /** A datetime field's order against another of its object (`properties.after` / `notBefore`). */
  order?: FieldOrder;
}

/**
 * A rule across two datetime fields, declared in the form as a component property: `after:
 * <key>` (strictly later) or `notBefore: <key>` (the same or later), the key naming another
 * datetime field of the same subtype in the same object (a sibling, or `a.b` below it).
 */
interface FieldOrder {
  property: 'after' | 'notBefore';
  key: string;
  segments: string[];
  /** The other field, set once the whole form is parsed. */
  other?: FieldNode;
}

/** A field with an order rule, kept while parsing to resolve its other field at the end. */
interface PendingOrder {
  field: FieldNode;
  /** The object the field's value sits in. */
  parent: ObjectNode;
  fieldKey: string;
}

/** A data object: the form's root, a group `path` or the prefix of a dotted key. */
interface ObjectNode {
  kind: 'object';
  children: Map<string, TreeNode>;
}

/** A `dynamiclist`: an array of objects shaped by its child components. */
interface ListNode {
  kind: 'list';
  conditions: number[];
  item: ObjectNode;
}

/** The key of a non-input component (button, expression…): accepted and dropped. */
interface DropNode {
  kind: 'drop';
}

type TreeNode = FieldNode | ObjectNode | ListNode | DropNode;

interface Condition {
  expression: string;
  /** Evaluated once per item of the enclosing dynamic list rather than once per submission. */
  perItem: boolean;
}

interface ParsedForm {
  root: ObjectNode;
  conditions: Condition[];
  orders: PendingOrder[];
}

interface Scope {
  context: Record<string, unknown>;
  perItem: boolean;
  isHidden(conditionIds: readonly number[]): boolean;
}

interface FieldVisit {
  field: FieldNode;
  path: string;
  value: unknown;
  scope: Scope;
  /** Key path of the object the value sits in, and that object (for rules across fields). */
  parentPath: string[];
  parent: Record<string, unknown>;
}

const INPUT_TYPES = new Set([
  'textfield',
  'textarea',
  'number',
  'checkbox',
  'radio',
  'select',
  'checklist',
  'taglist',
  'datetime',
  'filepicker',
]);
const OPTION_TYPES = new Set(['radio', 'select', 'checklist', 'taglist']);
const NON_INPUT_TYPES = new Set([
  'text',
  'html',
  'image',
  'spacer',
  'separator',
  'button',
  'iframe',
  'table',
  'expression',
  'documentPreview',
]);

const PHONE_PATTERN = '^(\\+|00)[1-9][0-9]{6,14}$';
const TIME_OF_DAY =
  '([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?';
const TIME_PATTERN = `^${TIME_OF_DAY}$`;
const DATETIME_PATTERN = `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T${TIME_OF_DAY}$`;
const DECIMAL_PATTERN = '^-?[0-9]+(\\.[0-9]+)?$';

const PATTERN_MESSAGES: Record<string, string> = {
  [PHONE_PATTERN]: 'must be a valid international phone number (e.g. +4930664040900)',
  [TIME_PATTERN]: 'must be a time (HH:mm)',
  [DATETIME_PATTERN]: 'must be a date and time (YYYY-MM-DDTHH:mm)',
  [DECIMAL_PATTERN]: 'must be a number',
};
const FORMAT_MESSAGES: Record<string, string> = {
  email: 'must be a valid email address',
  date: 'must be a date (YYYY-MM-DD)',
};
const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const MAX_NESTING = 32;
const MAX_VALIDATORS_PER_FORM = 32;
const MAX_LISTED_OPTIONS = 10;

// form-js compiles `validate.pattern` with `new RegExp(pattern)`, hence no `u` flag. Patterns
// match with RE2 (linear time), so a deployed form's pattern cannot stall the server.
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  unicodeRegExp: false,
  code: { regExp: ajvRegExp },
});
addFormats(ajv);

/** A parsed form with its compiled validators, keyed by the root-scope conditions that are true. */
interface FormEntry {
  parsed: ParsedForm;
  validators: Map<string, ValidateFunction>;
}

const cache = new WeakMap<object, FormEntry>();

/**
 * Validates the data a person submits for a user task against the task's form-js form, before the
 * engine is asked to complete the task, so bad input is a 400 with field errors rather than an
 * incident later. Hide conditions and read-only expressions are evaluated with `feelin` against the
 * process `variables` overlaid with the submission, as the form showed them. Empty answers (`null`,
 * `''`, `[]`, an unchecked checkbox) count as not given. Schemas are compiled once per form object and
 * set of hidden fields, so pass the same (unmutated) form object across requests.
 *
 * A select, taglist, radio or checklist with a `valuesKey` accepts only the values of its
 * options: those in `options.dynamicOptions[valuesKey]` when given (the server's own lists,
 * e.g. reference-data pickers), else `variables[valuesKey]`; with neither, any value of the
 * right type.
 *
 * @throws Error `Invalid form: …` when `form` is not a usable form-js schema.
 */
export function validateFormSubmission(
  form: unknown,
  data: unknown,
  variables: Record<string, unknown> = {},
  options: {
    dynamicOptions?: Readonly<Record<string, readonly unknown[]>>;
    /** Told each FEEL expression before it is evaluated (the off-thread runner names a slow one). */
    onExpression?: (expression: string) => void;
  } = {},
): FormValidationResult {
  const entry = formEntry(form);
  if (!isRecord(data)) {
    return { ok: false, errors: [{ field: '', message: 'form data must be an object' }] };
  }
  const vars = isRecord(variables) ? variables : {};
  const rootContext = { ...vars, ...data };
  const isTrue = conditionEvaluator(options.onExpression);
  const hiddenIds = new Set<number>();
  entry.parsed.conditions.forEach((condition, id) => {
    if (!condition.perItem && isTrue(condition.expression, rootContext)) hiddenIds.add(id);
  });
  const rootScope: Scope = {
    context: rootContext,
    perItem: false,
    isHidden: (ids) => ids.some((id) => hiddenIds.has(id)),
  };

  const visits: FieldVisit[] = [];
  const walk: Walk = { parsed: entry.parsed, visits, isTrue };
  const walked = walkObject(data, entry.parsed.root, rootScope, [], walk);
  const validate = validatorFor(entry, hiddenIds);

  const errors: FieldError[] = [];
  if (!validate(walked.check)) {
    for (const error of validate.errors ?? []) errors.push(toFieldError(error, entry.parsed.root));
  }
  const failed = new Set(errors.map((e) => e.field));
  const dynamic = options.dynamicOptions ?? {};
  for (const visit of visits) errors.push(...checkVisit(visit, failed, vars, dynamic));
  for (const visit of visits) errors.push(...checkOrder(visit, failed));

  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, data: isRecord(walked.clean) ? walked.clean : {} };
}

/**
 * The JSON Schema (draft-07 keywords only) of a form's data when no field is hidden, for the OpenAPI
 * document and the UI. Read-only and disabled fields carry `readOnly: true`; `required` is the
 * form's own, so a field that a condition may hide is listed as required if it says so.
 *
 * @throws Error `Invalid form: …` when `form` is not a usable form-js schema.
 */
export function deriveFormSchema(form: unknown): object {
  return buildObjectSchema(formEntry(form).parsed.root, () => false, false);
}

// form parsing //////////

function formEntry(form: unknown): FormEntry {
  if (!isRecord(form) || !Array.isArray(form.components)) {
    throw new Error('Invalid form: expected an object with a "components" array');
  }
  let entry = cache.get(form);
  if (!entry) {
    entry = { parsed: parseForm(form.components), validators: new Map() };
    cache.set(form, entry);
  }
  return entry;
}

interface ParseContext {
  parsed: ParsedForm;
  container: ObjectNode;
  /** Display path of `container`, for messages about the form itself. */
  prefix: string;
  conditions: number[];
  perItem: boolean;
  depth: number;
}

function parseForm(components: unknown[]): ParsedForm {
  const parsed: ParsedForm = { root: newObjectNode(), conditions: [], orders: [] };
  parseComponents(components, {
    parsed,
    container: parsed.root,
    prefix: '',
    conditions: [],
    perItem: false,
    depth: 0,
  });
  for (const pending of parsed.orders) resolveOrder(pending);
  return parsed;
}

/** Finds the other field of an order rule; a form whose rule names no such field is invalid. */
function resolveOrder({ field, parent, fieldKey }: PendingOrder): void {
  const order = field.order as FieldOrder;
  let node: TreeNode | undefined = parent;
  for (const segment of order.segments) {
    node = node?.kind === 'object' ? node.children.get(segment) : undefined;
  }
  const where = `"${order.property}" of "${fieldKey}"`;
  if (node?.kind !== 'field' || node === field) {
    throw new Error(
      `Invalid form: ${where} names "${order.key}", which is no other field beside it`,
    );
  }
  if (node.type !== 'datetime' || node.subtype !== field.subtype) {
    throw new Error(
      `Invalid form: ${where} names "${order.key}", which is not a ${field.subtype} field like it`,
    );
  }
  order.other = node;
}

function parseComponents(components: unknown[], ctx: ParseContext): void {
  if (ctx.depth > MAX_NESTING) throw new Error('Invalid form: components are nested too deeply');
  for (const component of components) {
    if (!isRecord(component)) continue;
    const type = typeof component.type === 'string' ? component.type : '';
    const conditions = [...ctx.conditions, ...ownConditions(component, type, ctx)];
    if (type === 'group') {
      const path =
        component.path === undefined || component.path === null || component.path === ''
          ? []
          : keySegments(component.path, 'group path', ctx);
      const container =
        path.length > 0 ? ensureObjectNode(ctx.container, path, ctx) : ctx.container;
      const children = Array.isArray(component.components) ? component.components : [];
      parseComponents(children, {
        ...ctx,
        container,
        prefix: joinPath(ctx.prefix, path.join('.')),
        conditions,
        depth: ctx.depth + 1,
      });
    } else if (type === 'dynamiclist') {
      const path = keySegments(component.path, 'dynamiclist path', ctx);
      const list: ListNode = { kind: 'list', conditions, item: newObjectNode() };
      placeNode(ctx.container, path, list, ctx);
      const children = Array.isArray(component.components) ? component.components : [];
      parseComponents(children, {
        ...ctx,
        container: list.item,
        prefix: `${joinPath(ctx.prefix, path.join('.'))}[]`,
        conditions: [],
        perItem: true,
        depth: ctx.depth + 1,
      });
    } else if (INPUT_TYPES.has(type)) {
      const key = keySegments(component.key, `${type} key`, ctx);
      const field = parseField(component, type, conditions, ctx);
      placeNode(ctx.container, key, field, ctx);
      if (field.order) {
        ctx.parsed.orders.push({
          field,
          parent: ensureObjectNode(ctx.container, key.slice(0, -1), ctx),
          fieldKey: joinPath(ctx.prefix, key.join('.')),
        });
      }
    } else if (
      NON_INPUT_TYPES.has(type) &&
      typeof component.key === 'string' &&
      component.key !== ''
    ) {
      placeDropNode(ctx.container, component.key.split('.'));
    }
  }
}

/** Hide condition of any component, plus a read-only FEEL expression of an input field. */
function ownConditions(
  component: Record<string, unknown>,
  type: string,
  ctx: ParseContext,
): number[] {
  const expressions: string[] = [];
  const conditional = component.conditional;
  if (isRecord(conditional)) {
    if (conditional.hide === true) expressions.push('true');
    const hide = feelBody(conditional.hide);
    if (hide !== undefined) expressions.push(hide);
  }
  const readonly = INPUT_TYPES.has(type) ? feelBody(component.readonly) : undefined;
  if (readonly !== undefined) expressions.push(readonly);
  return expressions.map(
    (expression) => ctx.parsed.conditions.push({ expression, perItem: ctx.perItem }) - 1,
  );
}

function parseField(
  component: Record<string, unknown>,
  type: string,
  conditions: number[],
  ctx: ParseContext,
): FieldNode {
  const validate = isRecord(component.validate) ? component.validate : {};
  const field: FieldNode = {
    kind: 'field',
    type,
    title:
      typeof component.label === 'string' &&
      component.label !== '' &&
      !component.label.startsWith('=')
        ? component.label
        : undefined,
    required: validate.required === true,
    locked: component.readonly === true || component.disabled === true,
    conditions,
    min: finiteNumber(validate.min),
    max: finiteNumber(validate.max),
    minLength: nonNegativeInteger(validate.minLength),
    maxLength: nonNegativeInteger(validate.maxLength),
    decimalDigits: nonNegativeInteger(component.decimalDigits),
    numberAsString: component.serializeToString === true,
    subtype:
      component.subtype === 'time' || component.subtype === 'datetime' ? component.subtype : 'date',
  };
  if (validate.validationType === 'email' || validate.validationType === 'phone') {
    field.validationType = validate.validationType;
  }
  field.order = orderOf(component, type, ctx);
  if (typeof validate.pattern === 'string' && validate.pattern !== '') {
    const where = `the pattern of "${joinPath(ctx.prefix, String(component.key))}"`;
    try {
      new RegExp(validate.pattern);
    } catch (err) {
      throw new Error(`Invalid form: ${where} is not a valid regular expression`, { cause: err });
    }
    try {
      compileSafeRegExp(validate.pattern);
    } catch (err) {
      throw new Error(
        `Invalid form: ${where} uses lookaround or backreferences, which RE2 cannot match`,
        { cause: err },
      );
    }
    field.pattern = validate.pattern;
  }
  if (OPTION_TYPES.has(type)) {
    if (typeof component.valuesKey === 'string' && component.valuesKey !== '') {
      field.valuesKey = component.valuesKey;
    } else if (!(
      typeof component.valuesExpression === 'string' && component.valuesExpression !== ''
    )) {
      const values = Array.isArray(component.values) ? component.values : [];
      field.options = values.flatMap((option) =>
        isRecord(option) && isPrimitive(option.value) ? [option.value] : [],
      );
    }
  }
  return field;
}

/** The `after` / `notBefore` property of a component (form-js `properties`), if any. */
function orderOf(
  component: Record<string, unknown>,
  type: string,
  ctx: ParseContext,
): FieldOrder | undefined {
  const properties = isRecord(component.properties) ? component.properties : {};
  const declared = (['after', 'notBefore'] as const).filter(
    (name) => properties[name] !== undefined,
  );
  if (declared.length === 0) return undefined;
  const where = `"${joinPath(ctx.prefix, String(component.key))}"`;
  if (declared.length > 1) {
    throw new Error(`Invalid form: ${where} declares both "after" and "notBefore"; keep one`);
  }
  const property = declared[0] as 'after' | 'notBefore';
  if (type !== 'datetime') {
    throw new Error(`Invalid form: "${property}" of ${where} applies to datetime fields only`);
  }
  const key = properties[property];
  const segments = typeof key === 'string' ? key.split('.') : [];
  if (segments.length === 0 || segments.some((segment) => segment === '')) {
    throw new Error(`Invalid form: "${property}" of ${where} must be the key of another field`);
  }
  return { property, key: key as string, segments };
}

function keySegments(key: unknown, what: string, ctx: ParseContext): string[] {
  const segments = typeof key === 'string' ? key.split('.') : [];
  if (segments.length === 0 || segments.some((segment) => segment === '')) {
    const where = ctx.prefix === '' ? '' : ` in "${ctx.prefix}"`;
    throw new Error(
      `Invalid form: a ${what}${where} is missing or malformed (${JSON.stringify(key) ?? 'undefined'})`,
    );
  }
  return segments;
}

function ensureObjectNode(container: ObjectNode, path: string[], ctx: ParseContext): ObjectNode {
  let current = container;
  for (const [index, segment] of path.entries()) {
    const existing = current.children.get(segment);
    if (existing?.kind === 'object') {
      current = existing;
      continue;
    }
    if (existing !== undefined && existing.kind !== 'drop') {
      throw keyClash(joinPath(ctx.prefix, path.slice(0, index + 1).join('.')));
    }
    const created = newObjectNode();
    current.children.set(segment, created);
    current = created;
  }
  return current;
}

function placeNode(
  container: ObjectNode,
  path: string[],
  node: FieldNode | ListNode,
  ctx: ParseContext,
): void {
  const parent = ensureObjectNode(container, path.slice(0, -1), ctx);
  const last = path[path.length - 1];
  const existing = parent.children.get(last);
  const fullKey = joinPath(ctx.prefix, path.join('.'));
  if (existing?.kind === 'object') throw keyClash(fullKey);
  if (existing !== undefined && existing.kind !== 'drop') {
    throw new Error(`Invalid form: the key "${fullKey}" is used more than once`);
  }
  parent.children.set(last, node);
}

function keyClash(key: string): Error {
  return new Error(`Invalid form: "${key}" is used both as a field and as a group of fields`);
}

function placeDropNode(container: ObjectNode, path: string[]): void {
  let current = container;
  for (const [index, segment] of path.entries()) {
    const existing = current.children.get(segment);
    if (index === path.length - 1) {
      if (existing === undefined) current.children.set(segment, { kind: 'drop' });
      return;
    }
    if (existing?.kind !== 'object') return;
    current = existing;
  }
}

function newObjectNode(): ObjectNode {
  return { kind: 'object', children: new Map() };
}

// schemas //////////

function validatorFor(entry: FormEntry, hiddenIds: ReadonlySet<number>): ValidateFunction {
  const key = [...hiddenIds].sort((a, b) => a - b).join(',');
  const cached = entry.validators.get(key);
  if (cached) return cached;
  const schema = buildObjectSchema(
    entry.parsed.root,
    (ids) => ids.some((id) => hiddenIds.has(id)),
    false,
  );
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (err) {
    throw new Error(`Invalid form: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  } finally {
    // The compiled function is self-contained; keep Ajv's own cache from growing with every form.
    ajv.removeSchema(schema);
  }
  if (entry.validators.size >= MAX_VALIDATORS_PER_FORM) {
    const oldest = entry.validators.keys().next();
    if (!oldest.done) entry.validators.delete(oldest.value);
  }
  entry.validators.set(key, validate);
  return validate;
}

/**
 * `isHidden` answers for conditions evaluated once per submission. Inside a dynamic list
 * (`perItem`), conditional fields are typed but never required: that is checked per item.
 */
function buildObjectSchema(
  node: ObjectNode,
  isHidden: (ids: readonly number[]) => boolean,
  perItem: boolean,
): SchemaObject {
  const properties: [string, unknown][] = [];
  const required: string[] = [];
  for (const [key, child] of node.children) {
    if (child.kind === 'object') {
      properties.push([key, buildObjectSchema(child, isHidden, perItem)]);
    } else if (child.kind === 'list') {
      if (perItem || !isHidden(child.conditions)) {
        properties.push([
          key,
          { type: 'array', items: buildObjectSchema(child.item, isHidden, true) },
        ]);
      }
    } else if (child.kind === 'field') {
      if (!perItem && isHidden(child.conditions)) continue;
      const isRequired = isRequiredInSchema(child, perItem);
      properties.push([key, fieldSchema(child, isRequired)]);
      if (isRequired) required.push(key);
    }
  }
  const schema: SchemaObject = {
    type: 'object',
    properties: Object.fromEntries(properties),
    additionalProperties: false,
  };
  if (required.length > 0) schema.required = required;
  return schema;
}

function isRequiredInSchema(field: FieldNode, perItem: boolean): boolean {
  return field.required && !field.locked && !(perItem && field.conditions.length > 0);
}

function fieldSchema(field: FieldNode, required: boolean): SchemaObject {
  const schema: SchemaObject = {};
  if (field.title !== undefined) schema.title = field.title;
  if (field.locked) schema.readOnly = true;
  switch (field.type) {
    case 'textfield':
    case 'textarea':
      Object.assign(schema, { type: 'string' }, stringConstraints(field, required));
      break;
    case 'number':
      if (field.numberAsString) {
        Object.assign(schema, { type: 'string', pattern: DECIMAL_PATTERN });
      } else {
        schema.type = field.decimalDigits === 0 ? 'integer' : 'number';
        if (field.min !== undefined) schema.minimum = field.min;
        if (field.max !== undefined) schema.maximum = field.max;
      }
      break;
    case 'checkbox':
      schema.type = 'boolean';
      if (required) schema.const = true;
      break;
    case 'radio':
    case 'select':
      Object.assign(schema, optionSchema(field));
      break;
    case 'checklist':
    case 'taglist':
      Object.assign(schema, { type: 'array', uniqueItems: true, items: optionSchema(field) });
      if (required) schema.minItems = 1;
      break;
    case 'datetime':
      schema.type = 'string';
      if (field.subtype === 'date') schema.format = 'date';
      else schema.pattern = field.subtype === 'time' ? TIME_PATTERN : DATETIME_PATTERN;
      break;
    default:
      schema.type = 'string';
  }
  return schema;
}

function stringConstraints(field: FieldNode, required: boolean): SchemaObject {
  const schema: SchemaObject = {};
  const minLength = Math.max(field.minLength ?? 0, required ? 1 : 0);
  if (minLength > 0) schema.minLength = minLength;
  if (field.maxLength !== undefined) schema.maxLength = field.maxLength;
  const patterns: string[] = [];
  if (field.pattern !== undefined) patterns.push(field.pattern);
  if (field.validationType === 'phone') patterns.push(PHONE_PATTERN);
  if (patterns.length === 1) schema.pattern = patterns[0];
  if (patterns.length > 1) schema.allOf = patterns.map((pattern) => ({ type: 'string', pattern }));
  if (field.validationType === 'email') schema.format = 'email';
  return schema;
}

function optionSchema(field: FieldNode): SchemaObject {
  if (field.options === undefined) return { type: ['string', 'number', 'boolean'] };
  // A static choice without options cannot take any value; `enum: []` is not valid JSON Schema.
  if (field.options.length === 0) return { not: {} };
  return { enum: field.options };
}

// submission walk //////////

/** What one submission's walk shares: the form, the fields met, the condition evaluator. */
interface Walk {
  parsed: ParsedForm;
  visits: FieldVisit[];
  isTrue: ConditionEvaluator;
}

/**
 * Walks the submission along the form: `clean` drops values that must not reach the engine,
 * `check` additionally drops empty answers and fills in missing objects so that every required
 * field is reported by its own key. Keys unknown to the form are kept for Ajv to refuse.
 */
function walkObject(
  value: unknown,
  node: ObjectNode,
  scope: Scope,
  path: string[],
  walk: Walk,
): { clean: unknown; check: unknown } {
  if (value === undefined)
    return { clean: value, check: walkObject({}, node, scope, path, walk).check };
  if (!isRecord(value)) return { clean: value, check: value };
  const source = value;
  for (const [key, child] of node.children) {
    if (child.kind === 'field' && !isIgnored(child, scope)) {
      const raw = Object.hasOwn(source, key) ? source[key] : undefined;
      const path_ = displayPath([...path, key]);
      walk.visits.push({
        field: child,
        path: path_,
        value: isEmpty(child, raw) ? undefined : raw,
        scope,
        parentPath: path,
        parent: source,
      });
    }
  }

  const clean: [string, unknown][] = [];
  const check: [string, unknown][] = [];
  for (const [key, raw] of Object.entries(source)) {
    const child = node.children.get(key);
    if (child === undefined) {
      clean.push([key, raw]);
      check.push([key, raw]);
    } else if (child.kind === 'field') {
      if (isIgnored(child, scope)) continue;
      clean.push([key, raw]);
      if (!isEmpty(child, raw)) check.push([key, raw]);
    } else if (child.kind === 'object') {
      const nested = walkObject(raw, child, scope, [...path, key], walk);
      const emptied =
        isRecord(raw) &&
        Object.keys(raw).length > 0 &&
        isRecord(nested.clean) &&
        Object.keys(nested.clean).length === 0;
      if (!emptied) clean.push([key, nested.clean]);
      check.push([key, nested.check]);
    } else if (child.kind === 'list') {
      if (scope.isHidden(child.conditions)) continue;
      if (!Array.isArray(raw)) {
        clean.push([key, raw]);
        check.push([key, raw]);
        continue;
      }
      const items = raw.map((item: unknown, index) =>
        walkObject(
          item,
          child.item,
          itemScope(scope, item, walk),
          [...path, `${key}[${index}]`],
          walk,
        ),
      );
      clean.push([key, items.map((item) => item.clean)]);
      check.push([key, items.map((item) => item.check)]);
    }
  }
  for (const [key, child] of node.children) {
    if (child.kind === 'object' && !Object.hasOwn(source, key)) {
      check.push([key, walkObject(undefined, child, scope, [...path, key], walk).check]);
    }
  }
  return { clean: Object.fromEntries(clean), check: Object.fromEntries(check) };
}

function itemScope(parent: Scope, item: unknown, walk: Walk): Scope {
  const context = { ...parent.context, ...(isRecord(item) ? item : {}), this: item };
  const results = new Map<number, boolean>();
  const hidden = (id: number): boolean => {
    let result = results.get(id);
    if (result === undefined) {
      const condition = walk.parsed.conditions[id];
      result = condition !== undefined && walk.isTrue(condition.expression, context);
      results.set(id, result);
    }
    return result;
  };
  return { context, perItem: true, isHidden: (ids) => ids.some(hidden) };
}

function isIgnored(field: FieldNode, scope: Scope): boolean {
  return field.locked || scope.isHidden(field.conditions);
}

function isEmpty(field: FieldNode, value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (field.type === 'checkbox' && value === false)
  );
}

type ConditionEvaluator = (expression: string, context: Record<string, unknown>) => boolean;

/**
 * Evaluates hide and read-only conditions with feelin; `matches()` is the RE2 one, whatever
 * the context holds under that name. An expression that fails counts as false.
 */
function conditionEvaluator(onExpression?: (expression: string) => void): ConditionEvaluator {
  return (expression, context) => {
    onExpression?.(expression);
    try {
      return evaluate(expression, { ...context, matches: feelMatches }).value === true;
    } catch {
      return false;
    }
  };
}

// checks Ajv cannot express //////////

function checkVisit(
  visit: FieldVisit,
  failed: ReadonlySet<string>,
  variables: Record<string, unknown>,
  dynamic: Readonly<Record<string, readonly unknown[]>>,
): FieldError[] {
  const { field, path, value } = visit;
  if (value === undefined) {
    const conditionalInList = visit.scope.perItem && field.conditions.length > 0;
    return conditionalInList && field.required ? [{ field: path, message: 'is required' }] : [];
  }
  if (failed.has(path)) return [];
  const errors: string[] = [];
  if (field.valuesKey !== undefined) {
    const options = Object.hasOwn(dynamic, field.valuesKey)
      ? optionValues(dynamic[field.valuesKey] ?? [])
      : dynamicOptions(variables, field.valuesKey);
    if (options !== undefined && options.length === 0) {
      errors.push('has no options to choose from');
    } else if (options !== undefined) {
      const chosen = Array.isArray(value) ? value : [value];
      chosen.forEach((choice: unknown, index) => {
        if (!options.some((option) => option === choice)) {
          const prefix = Array.isArray(value) ? `item ${index + 1} ` : '';
          errors.push(`${prefix}must be one of: ${listValues(options)}`);
        }
      });
    }
  }
  if (field.type === 'number') {
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number === 'number') {
      if (field.numberAsString && field.min !== undefined && number < field.min)
        errors.push(`must be at least ${field.min}`);
      if (field.numberAsString && field.max !== undefined && number > field.max)
        errors.push(`must be at most ${field.max}`);
      const digits =
        typeof value === 'string' ? (value.split('.')[1]?.length ?? 0) : decimalPlaces(number);
      if (field.decimalDigits !== undefined && digits > field.decimalDigits) {
        errors.push(
          field.decimalDigits === 0
            ? 'must be a whole number'
            : `must have at most ${field.decimalDigits} decimal digit${field.decimalDigits === 1 ? '' : 's'}`,
        );
      }
    }
  }
  return errors.map((message) => ({ field: path, message }));
}

/**
 * A rule across fields (`after` / `notBefore`): both values given, visible and well-formed, the
 * field's value must come later than (or not before) the other's. Both fields are named, so a
 * person sees which two disagree; a rule with either value missing or hidden has nothing to check.
 */
function checkOrder(visit: FieldVisit, failed: ReadonlySet<string>): FieldError[] {
  const { field, value, scope } = visit;
  const order = field.order;
  const other = order?.other;
  if (!order || !other || value === undefined || failed.has(visit.path)) return [];
  if (isIgnored(other, scope)) return [];
  const otherRaw = getPath(visit.parent, order.segments);
  if (isEmpty(other, otherRaw)) return [];
  const otherPath = displayPath([...visit.parentPath, ...order.segments]);
  if (failed.has(otherPath)) return [];
  const mine = comparable(field.subtype, value);
  const theirs = comparable(field.subtype, otherRaw);
  if (mine === undefined || theirs === undefined) return [];
  const inOrder = order.property === 'after' ? mine > theirs : mine >= theirs;
  if (inOrder) return [];
  const name = (f: FieldNode, path: string) => (f.title ? `${f.title} (${path})` : path);
  const [later, earlier] =
    order.property === 'after' ? ['later than', 'earlier than'] : ['not before', 'not after'];
  return [
    { field: visit.path, message: `must be ${later} ${name(other, otherPath)}` },
    { field: otherPath, message: `must be ${earlier} ${name(field, visit.path)}` },
  ];
}

/**
 * A date, time or date-time value as a number that orders like the value: days, seconds of
 * the day, or milliseconds since the epoch. A date-time without an offset is read in the
 * platform's time zone. Undefined for a value of the wrong form (reported by the schema).
 */
function comparable(subtype: FieldNode['subtype'], value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (subtype === 'date') {
    const at = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(at) ? undefined : at;
  }
  const zone = /(Z|[+-]\d\d:\d\d)$/.exec(value)?.[0];
  if (subtype === 'time') {
    const [h = 0, m = 0, sec = 0] = value
      .replace(zone ?? '', '')
      .split(':')
      .map(Number);
    const offset = zone && zone !== 'Z' ? zoneMinutes(zone) * 60 : 0;
    return h * 3600 + m * 60 + sec - offset;
  }
  if (zone) {
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : at;
  }
  const wall = Date.parse(`${value}Z`);
  if (Number.isNaN(wall)) return undefined;
  return wall - offsetMs(DEFAULT_TIME_ZONE, wall - offsetMs(DEFAULT_TIME_ZONE, wall));
}

/** `+08:00` → 480, `-05:30` → -330. */
function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = zone.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

/** Options a form fills from `variables[valuesKey]`: `[{ value }]` or plain values; undefined if absent. */
function dynamicOptions(
  variables: Record<string, unknown>,
  valuesKey: string,
): Primitive[] | undefined {
  const raw = Object.hasOwn(variables, valuesKey)
    ? variables[valuesKey]
    : getPath(variables, valuesKey.split('.'));
  if (!Array.isArray(raw)) return undefined;
  return optionValues(raw);
}

/** The values of an option list: `[{ value }]` or plain values. */
function optionValues(raw: readonly unknown[]): Primitive[] {
  return raw.flatMap((option: unknown) => {
    if (isPrimitive(option)) return [option];
    return isRecord(option) && isPrimitive(option.value) ? [option.value] : [];
  });
}

function getPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

function decimalPlaces(value: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(value));
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

// error translation //////////

function toFieldError(error: ErrorObject, root: ObjectNode): FieldError {
  const params: Record<string, unknown> = error.params;
  const segments = pointerSegments(error.instancePath);
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return {
      field: locate(root, [...segments, params.missingProperty]).path,
      message: 'is required',
    };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return {
      field: locate(root, [...segments, params.additionalProperty]).path,
      message: 'is not a field of this form',
    };
  }
  const location = locate(root, segments);
  const message = describeError(error, params);
  const index = location.rest.length > 0 ? Number(location.rest[0]) : NaN;
  return {
    field: location.path,
    message: Number.isInteger(index) ? `item ${index + 1} ${message}` : message,
  };
}

/** Maps an Ajv instance path to the form's key path; what lies below a field (an array index) is `rest`. */
function locate(root: ObjectNode, segments: string[]): { path: string; rest: string[] } {
  const parts: string[] = [];
  let node: TreeNode | undefined = root;
  for (const [index, segment] of segments.entries()) {
    if (node?.kind === 'list') {
      parts[parts.length - 1] = `${parts[parts.length - 1]}[${segment}]`;
      node = node.item;
    } else if (node?.kind === 'field') {
      return { path: parts.join('.'), rest: segments.slice(index) };
    } else {
      parts.push(segment);
      node = node?.kind === 'object' ? node.children.get(segment) : undefined;
    }
  }
  return { path: parts.join('.'), rest: [] };
}

function describeError(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'type': {
      const types = String(params.type).split(',');
      return `must be ${types.map((type) => TYPE_WORDS[type] ?? type).join(' or ')}`;
    }
    case 'enum':
      return `must be one of: ${listValues(Array.isArray(params.allowedValues) ? params.allowedValues : [])}`;
    case 'const':
      return params.allowedValue === true
        ? 'must be checked'
        : `must be ${String(params.allowedValue)}`;
    case 'minimum':
      return `must be at least ${String(params.limit)}`;
    case 'maximum':
      return `must be at most ${String(params.limit)}`;
    case 'minLength':
      return `must be at least ${String(params.limit)} character${params.limit === 1 ? '' : 's'} long`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} character${params.limit === 1 ? '' : 's'} long`;
    case 'minItems':
      return `must have at least ${String(params.limit)} selected`;
    case 'uniqueItems':
      return 'must not contain duplicates';
    case 'pattern': {
      const pattern = String(params.pattern);
      return PATTERN_MESSAGES[pattern] ?? `must match the pattern ${pattern}`;
    }
    case 'format': {
      const format = String(params.format);
      return FORMAT_MESSAGES[format] ?? `must be a valid ${format}`;
    }
    case 'not':
      return 'cannot be set: the field has no options';
    default:
      return error.message ?? 'is invalid';
  }
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED_OPTIONS).map(String).join(', ');
  return values.length > MAX_LISTED_OPTIONS ? `${shown}, … (${values.length} options)` : shown;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// small helpers //////////

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The FEEL source of a `=`-prefixed expression property, or undefined if it is not one. */
function feelBody(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('=')) return undefined;
  const body = value.slice(1).trim();
  return body === '' ? undefined : body;
}

function finiteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function nonNegativeInteger(value: unknown): number | undefined {
  const number = finiteNumber(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function joinPath(prefix: string, key: string): string {
  return prefix === '' ? key : key === '' ? prefix : `${prefix}.${key}`;
}

function displayPath(parts: string[]): string {
  return parts.join('.');
}
