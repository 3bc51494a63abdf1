import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RequestHandler } from 'express';
import type { RouteSpec } from './routes/route-spec.ts';
import { errorSchema, sharedSchemas } from './routes/schemas.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

/** One answer that did not match the schema its route publishes. */
export interface AnswerViolation {
  route: string;
  status: number;
  errors: string[];
}

/**
 * Checks the JSON answers of the routes against the schemas the OpenAPI document publishes:
 * the success schema for the success status, the error schema for 4xx and 5xx. Only the test
 * platform turns it on (AppDeps.answerCheck); each route's schema is compiled once, on first use.
 */
export interface AnswerCheck {
  /** Express middleware for one route (placed first, so refusals are checked too). */
  middleware(spec: RouteSpec): RequestHandler;
  /** Every violation seen so far. */
  readonly violations: readonly AnswerViolation[];
}

export function createAnswerCheck(): AnswerCheck {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The route schemas refer to the shared ones as the document does (#/components/schemas/…).
  const withComponents = (schema: object) => ({
    ...schema,
    components: { schemas: sharedSchemas },
  });
  const checkError = ajv.compile(withComponents(errorSchema));
  const compiled = new Map<RouteSpec, ValidateFunction | null>();
  const violations: AnswerViolation[] = [];
  const words = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? [])
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);

  function successValidator(spec: RouteSpec): ValidateFunction | null {
    if (!compiled.has(spec)) {
      const success = spec.success;
      compiled.set(spec, 'schema' in success ? ajv.compile(withComponents(success.schema)) : null);
    }
    return compiled.get(spec) ?? null;
  }

  const others = new Map<string, ValidateFunction>();
  function otherValidator(spec: RouteSpec, status: number, schema: object): ValidateFunction {
    const key = `${spec.method} ${spec.path} ${status}`;
    if (!others.has(key)) others.set(key, ajv.compile(withComponents(schema)));
    return others.get(key)!;
  }

  return {
    violations,
    middleware(spec) {
      const name = `${spec.method.toUpperCase()} ${spec.path}`;
      return (_req, res, next) => {
        const json = res.json.bind(res);
        res.json = (value: unknown) => {
          // What the client receives: dates as text, undefined left out.
          const body: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
          const status = res.statusCode;
          const other = spec.otherAnswers?.[status];
          if (other) {
            const validate = otherValidator(spec, status, other.schema);
            if (!validate(body))
              violations.push({ route: name, status, errors: words(validate.errors) });
          } else if (status >= 400) {
            if (!checkError(body))
              violations.push({ route: name, status, errors: words(checkError.errors) });
          } else if (status !== spec.success.status) {
            violations.push({
              route: name,
              status,
              errors: [`answered ${status}, the document publishes ${spec.success.status}`],
            });
          } else {
            const validate = successValidator(spec);
            if (!validate)
              violations.push({
                route: name,
                status,
                errors: ['JSON answer without a published schema'],
              });
            else if (!validate(body))
              violations.push({ route: name, status, errors: words(validate.errors) });
          }
          return json(value);
        };
        next();
      };
    },
  };
}
