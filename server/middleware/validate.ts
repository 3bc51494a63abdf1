import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { InputError, type FieldProblem } from '../errors.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

// verbose: a pattern's error can say what its schema's description says instead of the regex.
const bodyAjv = new Ajv({ allErrors: true, strict: false, useDefaults: true, verbose: true });
addFormats(bodyAjv);
const queryAjv = new Ajv({
  allErrors: true,
  strict: false,
  useDefaults: true,
  coerceTypes: true,
  verbose: true,
});
addFormats(queryAjv);

/** Turns ajv errors into one problem per field, in words. */
export function toFieldProblems(
  errors: ErrorObject[] | null | undefined,
  root: string,
): FieldProblem[] {
  // An `if` error only says its `then` failed, a `propertyNames` error that a name did: the
  // errors beside them name the fields.
  const summaries = new Set(['if', 'propertyNames']);
  // A failed `anyOf` reports each alternative's errors before its own: only its own is kept,
  // in the words of its description when it has one.
  const alternatives = (errors ?? [])
    .filter((e) => e.keyword === 'anyOf')
    .map((e) => `${e.schemaPath}/`);
  return (errors ?? [])
    .filter((e) => !summaries.has(e.keyword))
    .filter((e) => !alternatives.some((a) => e.schemaPath.startsWith(a)))
    .map((e) => {
      const path = e.instancePath.slice(1).replaceAll('/', '.');
      const prefix = root ? (path ? `${root}.${path}` : root) : path;
      // "must be <what the schema's description says>" rather than a regular expression or a
      // list of hundreds of values (the time zones)
      const said = (e.parentSchema as { description?: unknown } | undefined)?.description;
      const long =
        e.keyword === 'pattern' ||
        (e.keyword === 'enum' && (e.params.allowedValues as unknown[]).length > 50);
      const described =
        long && typeof said === 'string'
          ? `must be ${said.charAt(0).toLowerCase()}${said.slice(1)}`
          : undefined;
      // A property name that fails `propertyNames` (ajv reports it beside the object's path).
      if (e.propertyName !== undefined)
        return {
          field: [prefix, e.propertyName].filter(Boolean).join('.'),
          message: `name "${e.propertyName}" ${described ?? e.message ?? 'is invalid'}`,
        };
      switch (e.keyword) {
        case 'pattern':
          return { field: prefix || root, message: described ?? e.message ?? 'is invalid' };
        case 'required': {
          const field = [prefix, String(e.params.missingProperty)].filter(Boolean).join('.');
          return { field, message: 'is required' };
        }
        case 'additionalProperties': {
          const field = [prefix, String(e.params.additionalProperty)].filter(Boolean).join('.');
          return { field, message: 'is not an accepted field' };
        }
        case 'anyOf':
          return { field: prefix || root, message: typeof said === 'string' ? said : e.message! };
        case 'enum':
          return {
            field: prefix,
            message:
              described ?? `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`,
          };
        default:
          return { field: prefix || root, message: e.message ?? 'is invalid' };
      }
    });
}

/**
 * Fields (dotted paths) whose text or key holds a NUL character. PostgreSQL can store NUL in
 * neither text nor jsonb, so such a value would fail at the database (a 500) or, once in the
 * engine's variables, fail the read model's projection. Walks iteratively: bodies may nest deep.
 */
export function fieldsWithNul(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const name = k.replaceAll('\u0000', '\\u0000');
        const childPath = path ? `${path}.${name}` : name;
        if (k.includes('\u0000')) found.push(childPath);
        else stack.push([child, childPath]);
      }
    }
  }
  return found.sort();
}

/** Compiles a validator for a request part; throws InputError naming each bad field. */
export function compileValidator(schema: object, part: 'body' | 'query'): (value: unknown) => void {
  const validate: ValidateFunction = (part === 'query' ? queryAjv : bodyAjv).compile(schema);
  return (value) => {
    const withNul = fieldsWithNul(value);
    if (withNul.length) {
      const details = withNul.map((field) => ({
        field: field || part,
        message: 'must not contain NUL characters (\\u0000)',
      }));
      throw new InputError(
        `Invalid ${part}: ${details.map((d) => d.field).join(', ')} must not contain NUL characters`,
        details,
      );
    }
    if (!validate(value)) {
      const details = toFieldProblems(validate.errors, '');
      const summary = details.map((d) => `${d.field || part} ${d.message}`).join('; ');
      throw new InputError(`Invalid ${part}: ${summary}`, details);
    }
  };
}
