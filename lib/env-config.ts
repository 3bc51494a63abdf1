import { Ajv, type JSONSchemaType } from 'ajv';

const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: true, strict: false });

/** Thrown at start-up when the environment does not satisfy a component's configuration schema. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads one component's settings from the environment, applying defaults and coercing types,
 * and fails fast with every problem named. Only the schema's own keys are read.
 */
export function loadEnvConfig<T>(
  component: string,
  schema: JSONSchemaType<T>,
  env: Record<string, string | undefined> = process.env,
): T {
  const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const validate = ajv.compile(schema);
  if (!validate(picked)) {
    const problems = (validate.errors ?? []).map((e) => {
      const key = e.instancePath.replace(/^\//, '') || String(e.params.missingProperty ?? '');
      return `${key} ${e.message ?? 'is invalid'}`;
    });
    throw new ConfigError(`Invalid ${component} configuration: ${problems.join('; ')}`);
  }
  return picked as T;
}
