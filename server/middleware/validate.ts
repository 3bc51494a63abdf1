import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { InputError, type FieldProblem } from '../errors.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const bodyAjv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
addFormats(bodyAjv);
const queryAjv = new Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes: true });
addFormats(queryAjv);

/** Turns ajv errors into one problem per field, in words. */
export function toFieldProblems(
  errors: ErrorObject[] | null | undefined,
  root: string,
): FieldProblem[] {
  return (errors ?? []).map((e) => {
    const path = e.instancePath.slice(1).replaceAll('/', '.');
    const prefix = root ? (path ? `${root}.${path}` : root) : path;
    switch (e.keyword) {
      case 'required': {
        const field = [prefix, String(e.params.missingProperty)].filter(Boolean).join('.');
        return { field, message: 'is required' };
      }
      case 'additionalProperties': {
        const field = [prefix, String(e.params.additionalProperty)].filter(Boolean).join('.');
        return { field, message: 'is not an accepted field' };
      }
      case 'enum':
        return {
          field: prefix,
          message: `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`,
        };
      default:
        return { field: prefix || root, message: e.message ?? 'is invalid' };
    }
  });
}

/** Compiles a validator for a request part; throws InputError naming each bad field. */
export function compileValidator(schema: object, part: 'body' | 'query'): (value: unknown) => void {
  const validate: ValidateFunction = (part === 'query' ? queryAjv : bodyAjv).compile(schema);
  return (value) => {
    if (!validate(value)) {
      const details = toFieldProblems(validate.errors, '');
      const summary = details.map((d) => `${d.field || part} ${d.message}`).join('; ');
      throw new InputError(`Invalid ${part}: ${summary}`, details);
    }
  };
}
