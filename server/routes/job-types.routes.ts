import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type {
  ExternalJobType,
  ExternalJobTypeRepository,
} from '../../db/repositories/external-job-types.repository.ts';
import { DuplicateKeyError } from '../../db/repositories/reference-data.repository.ts';
import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { jobTypesIn, type WorkerContract } from '../../lib/worker-contract.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import { route, type RouteSpec } from './route-spec.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const TAG = 'Processes and instances';

/** A job type an admin may register: letters, digits and `. _ : -`, starting with a letter. */
const TYPE_PATTERN = '^[A-Za-z][A-Za-z0-9._:-]*$';

/** Job types in this namespace are the platform's own workers'. */
const PLATFORM_NAMESPACE = 'itsm:';

const schemaField = {
  type: 'object',
  description: 'A JSON Schema (draft 2020-12 or 07) of an object: the job variables',
};
const nameField = { type: 'string', minLength: 1, maxLength: 200 };
const descriptionField = { type: ['string', 'null'], maxLength: 2000 };

const createBody = {
  type: 'object',
  properties: {
    type: { type: 'string', minLength: 1, maxLength: 200, pattern: TYPE_PATTERN },
    name: nameField,
    description: descriptionField,
    input: schemaField,
    output: schemaField,
    active: { type: 'boolean' },
  },
  required: ['type', 'name'],
  additionalProperties: false,
};

const updateBody = {
  type: 'object',
  properties: {
    name: nameField,
    description: descriptionField,
    input: schemaField,
    output: schemaField,
    active: { type: 'boolean' },
  },
  minProperties: 1,
  additionalProperties: false,
};

const instant = { type: 'string', format: 'date-time' };

const externalSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    owner: { const: 'external' },
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    input: { type: 'object' },
    output: { type: 'object' },
    active: { type: 'boolean' },
    createdBy: { type: 'string' },
    createdAt: instant,
    updatedBy: { type: 'string' },
    updatedAt: instant,
  },
  required: [
    'type',
    'owner',
    'name',
    'description',
    'input',
    'output',
    'active',
    'createdBy',
    'createdAt',
    'updatedBy',
    'updatedAt',
  ],
  additionalProperties: false,
};

const platformSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    owner: { const: 'platform' },
    name: { type: 'string' },
    description: { type: 'string' },
    input: { type: 'object' },
    output: { type: 'object' },
    active: { type: 'boolean', description: 'false when retired' },
    retired: { type: 'string', description: 'what replaced a retired job type' },
    bpmnErrors: { type: 'array', items: { type: 'string' } },
  },
  required: ['type', 'owner', 'name', 'description', 'input', 'output', 'active', 'bpmnErrors'],
  additionalProperties: false,
};

const listSchema = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { oneOf: [platformSchema, externalSchema] } },
  },
  required: ['items'],
  additionalProperties: false,
};

/** The registry's entry of an external type as the API answers it. */
function externalItem(t: ExternalJobType): Record<string, unknown> {
  return {
    type: t.type,
    owner: 'external',
    name: t.name,
    description: t.description,
    input: t.input,
    output: t.output,
    active: t.active,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    updatedBy: t.updatedBy,
    updatedAt: t.updatedAt.toISOString(),
  };
}

function platformItem(w: WorkerContract): Record<string, unknown> {
  return {
    type: w.type,
    owner: 'platform',
    name: w.description,
    description: w.description,
    input: w.input,
    output: w.output,
    active: !w.retired,
    ...(w.retired ? { retired: w.retired } : {}),
    bpmnErrors: [...w.bpmnErrors],
  };
}

/** The largest job schema accepted (serialised): compiling it runs on the API's event loop. */
export const JOB_SCHEMA_MAX_CHARS = 64_000;
/** The deepest nesting of objects and arrays accepted in a job schema. */
export const JOB_SCHEMA_MAX_DEPTH = 32;

/** How deep objects and arrays nest in a JSON value (iteratively: the value may nest deep). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > JOB_SCHEMA_MAX_DEPTH) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Why a job schema cannot be used, or undefined: it must be a JSON Schema of an object that
 * ajv compiles (a fresh instance each time, so one schema's `$id` never clashes with another's),
 * at most {@link JOB_SCHEMA_MAX_CHARS} long and {@link JOB_SCHEMA_MAX_DEPTH} deep.
 */
export function jobSchemaProblem(schema: object): string | undefined {
  if (JSON.stringify(schema).length > JOB_SCHEMA_MAX_CHARS)
    return `is longer than ${JOB_SCHEMA_MAX_CHARS} characters`;
  if (depthOf(schema) > JOB_SCHEMA_MAX_DEPTH)
    return `nests deeper than ${JOB_SCHEMA_MAX_DEPTH} levels`;
  const type = (schema as { type?: unknown }).type;
  const types = Array.isArray(type) ? (type as unknown[]) : [type];
  if (type !== undefined && !types.includes('object'))
    return 'must describe an object ("type": "object"): job variables are an object';
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  try {
    ajv.compile(schema);
    return undefined;
  } catch (err) {
    return `is not a JSON Schema ajv can compile: ${(err as Error).message}`;
  }
}

function checkSchemas(body: { input?: object; output?: object }): void {
  const problems = (['input', 'output'] as const).flatMap((field) => {
    const schema = body[field];
    const problem = schema === undefined ? undefined : jobSchemaProblem(schema);
    return problem ? [{ field, message: problem }] : [];
  });
  if (problems.length)
    throw new InputError(problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}

/**
 * The job-type registry (issue 13 item 3): the platform's own workers' types and the external
 * ones an admin registers, which a worker outside the platform serves. A diagram may use an
 * active external type (the deploy check reads the registry per deployment), the modeler
 * offers each as an element template, and `GET /api/workers/unserved` leaves them out.
 *
 * Deleting a type that a deployed process version uses is refused (409 naming the versions):
 * their instances may still reach the task. Deactivate it instead (`PUT … { active: false }`):
 * new diagrams may then not use it, deployed versions keep running.
 */
export function jobTypeRoutes(deps: {
  jobTypes: ExternalJobTypeRepository;
  readModel: Pick<ReadModelRepository, 'deployedDefinitions'>;
  workers: () => readonly WorkerContract[];
  clock: Clock;
}): RouteSpec[] {
  const { jobTypes } = deps;

  function platformWorker(type: string): WorkerContract | undefined {
    return deps.workers().find((w) => w.type === type);
  }

  return [
    route({
      method: 'get',
      path: '/api/job-types',
      summary:
        "Every job type a diagram may name: the platform's own (owner platform, retired marked) and the external ones an admin registered (owner external)",
      tag: TAG,
      access: ['process-owner', 'admin'],
      success: {
        status: 200,
        description: '{ items: [{ type, owner, name, description, input, output, active, … }] }',
        schema: listSchema,
      },
      async handler() {
        const external = await jobTypes.list();
        return {
          body: { items: [...deps.workers().map(platformItem), ...external.map(externalItem)] },
        };
      },
    }),
    route({
      method: 'post',
      path: '/api/job-types',
      rules:
        "type is not one the platform's workers serve nor in the itsm: namespace; input and output are JSON Schemas ajv compiles (400 naming the field); a registered type answers 409.",
      summary:
        'Register an external job type (served by a worker outside the platform) with its input and output JSON Schemas',
      tag: TAG,
      access: ['admin'],
      body: createBody,
      success: { status: 201, description: 'The registered type', schema: externalSchema },
      async handler(req) {
        const body = req.body as {
          type: string;
          name: string;
          description?: string | null;
          input?: object;
          output?: object;
          active?: boolean;
        };
        if (platformWorker(body.type))
          throw new InputError(`type "${body.type}" is served by the platform's workers`, [
            { field: 'type', message: "is a job type the platform's own workers serve" },
          ]);
        if (body.type.startsWith(PLATFORM_NAMESPACE))
          throw new InputError(`type "${body.type}" is in the platform's namespace`, [
            {
              field: 'type',
              message: `must not start with "${PLATFORM_NAMESPACE}": that namespace is the platform's workers'`,
            },
          ]);
        checkSchemas(body);
        try {
          const created = await jobTypes.create(
            {
              type: body.type,
              name: body.name,
              description: body.description ?? null,
              input: body.input ?? { type: 'object' },
              output: body.output ?? { type: 'object' },
              active: body.active ?? true,
            },
            req.user!.username,
            deps.clock.now(),
          );
          return { status: 201, body: externalItem(created) };
        } catch (err) {
          if (err instanceof DuplicateKeyError) throw new ConflictError(err.message, 'DUPLICATE');
          throw err;
        }
      },
    }),
    route({
      method: 'put',
      path: '/api/job-types/:type',
      rules: 'input and output are JSON Schemas ajv compiles (400 naming the field).',
      summary:
        'Change an external job type: name, description, schemas, or active (inactive: new diagrams may not use it)',
      tag: TAG,
      access: ['admin'],
      body: updateBody,
      success: { status: 200, description: 'The type after the change', schema: externalSchema },
      async handler(req) {
        const type = req.params.type!;
        if (platformWorker(type))
          throw new ConflictError(
            `Job type "${type}" is the platform's own: its contract comes from its worker`,
          );
        const body = req.body as Parameters<ExternalJobTypeRepository['update']>[1];
        checkSchemas(body);
        const updated = await jobTypes.update(type, body, req.user!.username, deps.clock.now());
        if (!updated) throw new NotFoundError(`No external job type "${type}" is registered`);
        return { body: externalItem(updated) };
      },
    }),
    route({
      method: 'delete',
      path: '/api/job-types/:type',
      summary:
        'Remove an external job type; refused (409) while a deployed process version uses it: deactivate it instead',
      tag: TAG,
      access: ['admin'],
      success: { status: 204, description: 'Removed', empty: true },
      async handler(req) {
        const type = req.params.type!;
        if (!(await jobTypes.get(type)))
          throw new NotFoundError(`No external job type "${type}" is registered`);
        const users = (await deps.readModel.deployedDefinitions()).filter((d) =>
          jobTypesIn(d.xml).includes(type),
        );
        if (users.length)
          throw new ConflictError(
            `Job type "${type}" is used by deployed process versions ${users
              .map((d) => `${d.processId} v${d.version}`)
              .join(', ')}: deactivate it instead (PUT with "active": false)`,
            'IN_USE',
          );
        if (!(await jobTypes.remove(type, req.user!.username, deps.clock.now())))
          throw new NotFoundError(`No external job type "${type}" is registered`);
        return { status: 204 };
      },
    }),
  ];
}
