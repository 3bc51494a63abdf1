import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import { COCKPIT_ROLES } from '../access/record-access.ts';
import { ConflictError, InputError, NotFoundError } from '../errors.ts';
import type { DeploymentService } from '../services/deployment.service.ts';
import {
  MAX_MIGRATION_INSTANCES,
  type InstanceMigrationService,
  type MigrationRequest,
} from '../services/instance-migration.service.ts';
import {
  VARIABLE_NAME,
  type ProcessInstanceService,
} from '../services/process-instance.service.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { arrayOf, bool, instant, int, INT_MAX, itemsOf, obj, pageOf, ref, str } from './schemas.ts';

/**
 * A BPMN process id as Camunda Modeler writes them (`Process_0abc123`, `paymentProcess`,
 * `incident-management`): an XML name of letters, digits, `.`, `-` and `_`, not starting with
 * a digit, dot or hyphen. The repository's own diagrams keep kebab-case (a contract test).
 */
const PROCESS_ID = /^[A-Za-z_][A-Za-z0-9._-]{0,254}$/;
const ENGINE_KEY = /^\d{1,20}$/;
/** What a form id may be (as the modeler's form editor allows). */
const FORM_ID = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;

function checkProcessId(id: string | undefined): string {
  if (!id || !PROCESS_ID.test(id)) {
    throw new InputError(
      `Invalid process id "${id ?? ''}": a BPMN id starts with a letter or "_" and holds letters, digits, ".", "-" and "_"`,
      [{ field: 'processId', message: 'must be a BPMN id (letters, digits, . - _)' }],
    );
  }
  return id;
}

function checkKey(value: string | undefined, field: string): string {
  if (!value || !ENGINE_KEY.test(value)) {
    throw new InputError(`Invalid ${field} "${value ?? ''}": engine keys are numbers`, [
      { field, message: 'must be a number' },
    ]);
  }
  return value;
}

/** A reason a diagram or form cannot be deployed (or a lint warning), per resource. */
const FINDING = obj({ resource: str, code: str, message: str, elementId: str, rule: str }, [
  'resource',
  'code',
  'message',
]);
const PROCESS_ID_PARAM = { processId: { type: 'string', pattern: PROCESS_ID.source } };
const KEY_PARAM = { type: 'string', pattern: ENGINE_KEY.source };

/** Who may move running instances to another version. */
const MIGRATION_ROLES = ['process-owner', 'admin'] as const;

const ELEMENT_ID = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9._-]{0,254}$' };

const MIGRATION_REQUEST = {
  type: 'object',
  description:
    'Either instanceKeys (instances of one version) or sourceVersion (all its running instances, at most 500)',
  properties: {
    processId: { type: 'string', pattern: PROCESS_ID.source },
    sourceVersion: { type: 'integer', minimum: 1, maximum: INT_MAX },
    instanceKeys: {
      type: 'array',
      items: { type: 'string', pattern: ENGINE_KEY.source },
      minItems: 1,
      maxItems: MAX_MIGRATION_INSTANCES,
      uniqueItems: true,
    },
    targetVersion: { type: 'integer', minimum: 1, maximum: INT_MAX },
    mapping: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: { sourceElementId: ELEMENT_ID, targetElementId: ELEMENT_ID },
        required: ['sourceElementId', 'targetElementId'],
        additionalProperties: false,
      },
    },
  },
  required: ['processId', 'targetVersion'],
  anyOf: [{ required: ['instanceKeys'] }, { required: ['sourceVersion'] }],
  additionalProperties: false,
} as const;

const MIGRATION_RULES =
  'instanceKeys name running instances (404 naming those that are not), all of one version of processId, and that version is sourceVersion when both are given (400 naming instanceKeys); sourceVersion and targetVersion are deployed versions of processId (404).';

const VERSION_REF = {
  type: 'object',
  properties: {
    processId: { type: 'string' },
    version: { type: 'integer' },
    definitionKey: { type: 'string' },
  },
  required: ['processId', 'version', 'definitionKey'],
};

const MAPPING = {
  type: 'array',
  items: {
    type: 'object',
    properties: { sourceElementId: { type: 'string' }, targetElementId: { type: 'string' } },
    required: ['sourceElementId', 'targetElementId'],
  },
};

const FINDINGS = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      elementId: { type: 'string' },
      params: { type: 'object', additionalProperties: { type: 'string' } },
    },
    required: ['code', 'message', 'params'],
  },
};

const MIGRATION_CHECK = {
  type: 'object',
  properties: {
    source: VERSION_REF,
    target: VERSION_REF,
    mapping: MAPPING,
    proposedMapping: MAPPING,
    activeElements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          elementId: { type: 'string' },
          elementType: { type: 'string' },
          name: { type: 'string' },
          instances: { type: 'integer' },
          candidates: {
            type: 'array',
            items: {
              type: 'object',
              properties: { elementId: { type: 'string' }, name: { type: 'string' } },
              required: ['elementId'],
            },
          },
        },
        required: ['elementId', 'elementType', 'instances', 'candidates'],
      },
    },
    planFindings: FINDINGS,
    instances: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string' },
          state: { type: 'string', enum: ['active', 'incident'] },
          record: {
            type: 'object',
            properties: { type: { type: 'string' }, number: { type: 'string' } },
          },
          activeElementIds: { type: 'array', items: { type: 'string' } },
          migratable: { type: 'boolean' },
          findings: FINDINGS,
        },
        required: ['key', 'state', 'activeElementIds', 'migratable', 'findings'],
      },
    },
    total: { type: 'integer' },
  },
  required: [
    'source',
    'target',
    'mapping',
    'proposedMapping',
    'activeElements',
    'planFindings',
    'instances',
    'total',
  ],
};

const MIGRATION_RESULT = {
  type: 'object',
  properties: {
    target: VERSION_REF,
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string' },
          outcome: {
            type: 'string',
            enum: ['migrated', 'not-migratable', 'refused', 'not-attempted'],
          },
          findings: FINDINGS,
          engineMessage: { type: 'string' },
        },
        required: ['key', 'outcome', 'findings'],
      },
    },
    migrated: { type: 'integer' },
    caughtUp: { type: 'boolean' },
  },
  required: ['target', 'items', 'migrated', 'caughtUp'],
};

function migrationRequest(body: unknown): MigrationRequest {
  return body as MigrationRequest;
}

/** Processes, deployments and instances (api.md "Processes and instances"). */
export function processRoutes(deps: {
  readModel: ReadModelRepository;
  engine: EngineClient;
  deployments: DeploymentService;
  instances: ProcessInstanceService;
  migrations: InstanceMigrationService;
}): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/processes',
      summary: 'Deployed processes: the latest version of each, or every version with ?all=true',
      tag: 'Processes and instances',
      access: 'authenticated',
      query: {
        type: 'object',
        properties: { all: { type: 'boolean', default: false } },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: '{ items: [{ processId, name, version, deployedAt, key }] }',
        schema: itemsOf(ref('ProcessVersion')),
      },
      async handler(req) {
        const versions = await deps.readModel.processVersions(
          Boolean((req.query as { all: boolean }).all),
        );
        return { body: { items: versions } };
      },
    }),
    route({
      method: 'get',
      path: '/api/processes/:processId/versions',
      params: PROCESS_ID_PARAM,
      summary: 'Every version of a process with its active, completed and incident instance counts',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description:
          '{ items: [{ processId, name, version, key, deployedAt, active, completed, incident, incidents }] }: incident (incidents, the older name) counts active instances with an open engine incident; active counts the others',
        schema: itemsOf({
          allOf: [
            ref('ProcessVersion'),
            obj({ active: int, completed: int, incident: int, incidents: int }),
          ],
        }),
      },
      async handler(req) {
        const processId = checkProcessId(req.params.processId);
        const [versions, counts] = await Promise.all([
          deps.readModel.processVersions(true),
          deps.readModel.instanceCountsByVersion(processId),
        ]);
        const mine = versions.filter((v) => v.processId === processId);
        if (!mine.length) throw new NotFoundError(`Process ${processId} is not deployed`);
        return {
          body: {
            items: mine.map((v) => {
              const c = counts.find((x) => x.version === v.version);
              const incident = c?.incidents ?? 0;
              return {
                ...v,
                active: c?.active ?? 0,
                completed: c?.completed ?? 0,
                incident,
                incidents: incident,
              };
            }),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/processes/:processId/xml',
      params: PROCESS_ID_PARAM,
      summary: 'The BPMN XML of the latest (or ?version=) definition',
      tag: 'Processes and instances',
      access: 'authenticated',
      query: {
        type: 'object',
        properties: { version: { type: 'integer', minimum: 1, maximum: INT_MAX } },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: 'BPMN XML',
        content: { 'application/xml': { type: 'string' } },
      },
      async handler(req) {
        const processId = checkProcessId(req.params.processId);
        const found = await deps.readModel.processXml(
          processId,
          (req.query as { version?: number }).version,
        );
        if (!found)
          throw new NotFoundError(
            `Process ${processId} is not deployed${(req.query as { version?: number }).version ? ' in that version' : ''}`,
          );
        return { body: found.xml, contentType: 'application/xml' };
      },
    }),
    route({
      method: 'post',
      path: '/api/processes/check',
      summary:
        "Check a diagram (BPMN XML body) with exactly the deploy checks, without deploying: the modeler shows an imported diagram's problems",
      tag: 'Processes and instances',
      access: ['process-owner'],
      body: 'xml',
      query: {
        type: 'object',
        properties: {
          processId: { type: 'string', pattern: PROCESS_ID.source },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description:
          "{ ok, findings: [{ resource, code, elementId, message, rule? }], warnings: [...] }: findings as the deploy route's 400 details; ?processId= also checks the process id as deploying under it would",
        schema: obj({ ok: bool, findings: arrayOf(FINDING), warnings: arrayOf(FINDING) }),
      },
      async handler(req) {
        const xml = typeof req.body === 'string' ? req.body : '';
        if (!xml.trim()) {
          throw new InputError('The body must be the BPMN XML (Content-Type: application/xml)', [
            { field: 'body', message: 'is empty or not XML' },
          ]);
        }
        const processId = (req.query as { processId?: string }).processId;
        const { findings, warnings } = await deps.deployments.check(
          [{ name: `${processId ?? 'diagram'}.bpmn`, content: Buffer.from(xml, 'utf8') }],
          processId ?? null,
        );
        return { body: { ok: findings.length === 0, findings, warnings } };
      },
    }),
    route({
      method: 'post',
      path: '/api/processes/:processId/deploy',
      params: PROCESS_ID_PARAM,
      rules:
        "The body is a BPMN diagram whose executable process has the id of the path and passes the platform's checks (bpmnlint, job types a worker serves, forms it links to deployed): 400 DIAGRAM_INVALID naming every reason; the engine's own refusal is a 400 too.",
      summary:
        'Deploy a new version of a process (BPMN XML body); refused with every reason when it cannot run',
      tag: 'Processes and instances',
      access: ['process-owner'],
      body: 'xml',
      success: { status: 201, description: '{ processId, version, key }', schema: ref('Deployed') },
      async handler(req) {
        const processId = checkProcessId(req.params.processId);
        const xml = typeof req.body === 'string' ? req.body : '';
        if (!xml.trim()) {
          throw new InputError('The body must be the BPMN XML (Content-Type: application/xml)', [
            { field: 'body', message: 'is empty or not XML' },
          ]);
        }
        const result = await deps.deployments.deploy(
          [{ name: `${processId}.bpmn`, content: Buffer.from(xml, 'utf8') }],
          {
            source: 'modeler',
            deployedBy: req.user!.username,
            expectedProcessId: processId,
          },
        );
        const p = result.processes[0]!;
        return { status: 201, body: { processId: p.processId, version: p.version, key: p.key } };
      },
    }),
    route({
      method: 'post',
      path: '/api/processes/:processId/deploy-with-forms',
      params: PROCESS_ID_PARAM,
      rules:
        "Each form's schema.id equals its formId, and each formId is sent once (400 naming the form); xml is a BPMN diagram whose executable process has the id of the path and passes the platform's checks, the forms included (400 DIAGRAM_INVALID or FORM_INVALID naming every reason).",
      summary:
        'Deploy a new version of a process together with forms it links to, as one engine deployment; refused with every reason when it cannot run',
      tag: 'Processes and instances',
      access: ['process-owner'],
      body: {
        type: 'object',
        properties: {
          xml: { type: 'string', minLength: 1, maxLength: 900_000 },
          forms: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              properties: {
                formId: { type: 'string', pattern: FORM_ID.source },
                schema: {
                  type: 'object',
                  properties: {
                    // equal to formId (a rule), hence of its form
                    id: { type: 'string', pattern: FORM_ID.source },
                    components: { type: 'array', maxItems: 1000 },
                  },
                  required: ['id', 'components'],
                },
              },
              required: ['formId', 'schema'],
              additionalProperties: false,
            },
          },
        },
        required: ['xml', 'forms'],
        additionalProperties: false,
      },
      success: {
        status: 201,
        description:
          '{ processId, version, key, forms: [{ formId, version, key }] }: the process and each form sent, deployed together',
        schema: {
          allOf: [ref('Deployed'), obj({ forms: arrayOf(ref('DeployedForm')) })],
        },
      },
      async handler(req) {
        const processId = checkProcessId(req.params.processId);
        const { xml, forms } = req.body as {
          xml: string;
          forms: { formId: string; schema: { id: string } }[];
        };
        const problems = forms.flatMap((f, i) => {
          if (f.schema.id !== f.formId)
            return [
              {
                field: `forms[${i}].formId`,
                message: `must equal the schema's id "${f.schema.id}"`,
              },
            ];
          if (forms.findIndex((o) => o.formId === f.formId) !== i)
            return [{ field: `forms[${i}].formId`, message: `${f.formId} is sent twice` }];
          return [];
        });
        if (problems.length) {
          throw new InputError(
            `Each form's id must be its formId, once: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
            problems,
          );
        }
        if (!xml.trim()) {
          throw new InputError('The xml must be the BPMN XML', [
            { field: 'xml', message: 'is empty' },
          ]);
        }
        const result = await deps.deployments.deploy(
          [
            ...forms.map((f) => ({
              name: `${f.formId}.form`,
              content: Buffer.from(JSON.stringify(f.schema), 'utf8'),
            })),
            { name: `${processId}.bpmn`, content: Buffer.from(xml, 'utf8') },
          ],
          {
            source: 'modeler',
            deployedBy: req.user!.username,
            expectedProcessId: processId,
          },
        );
        const p = result.processes[0]!;
        return {
          status: 201,
          body: {
            processId: p.processId,
            version: p.version,
            key: p.key,
            forms: result.forms.map((f) => ({ formId: f.formId, version: f.version, key: f.key })),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/forms',
      summary: 'Deployed forms: the latest version of each',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ items: [{ formId, version, key, deployedAt }] }',
        schema: itemsOf(obj({ formId: str, version: int, key: str, deployedAt: instant })),
      },
      async handler() {
        return { body: { items: await deps.readModel.latestForms() } };
      },
    }),
    route({
      method: 'get',
      path: '/api/forms/:formId',
      summary: 'The form-js JSON schema of the latest version of a form',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ formId, version, key, schema }',
        schema: obj({ formId: str, version: int, key: str, schema: { type: 'object' } }),
      },
      async handler(req) {
        const formId = req.params.formId ?? '';
        const found = await deps.readModel.latestForm(formId);
        if (!found) throw new NotFoundError(`Form ${formId} is not deployed`);
        return { body: found };
      },
    }),
    route({
      method: 'post',
      path: '/api/forms/:formId/deploy',
      rules: "The body's id equals the formId of the path.",
      summary: 'Deploy a new version of a form (form-js JSON body)',
      tag: 'Processes and instances',
      access: ['process-owner'],
      body: {
        type: 'object',
        properties: { id: { type: 'string', minLength: 1 }, components: { type: 'array' } },
        required: ['id', 'components'],
      },
      success: {
        status: 201,
        description: '{ formId, version, key }',
        schema: ref('DeployedForm'),
      },
      async handler(req) {
        const formId = req.params.formId ?? '';
        const form = req.body as { id: string };
        if (form.id !== formId) {
          throw new InputError(`The form's id "${form.id}" differs from "${formId}" in the path`, [
            { field: 'id', message: `must be ${formId}` },
          ]);
        }
        const result = await deps.deployments.deploy(
          [{ name: `${formId}.form`, content: Buffer.from(JSON.stringify(req.body), 'utf8') }],
          { source: 'modeler', deployedBy: req.user!.username },
        );
        const f = result.forms[0]!;
        return { status: 201, body: { formId: f.formId, version: f.version, key: f.key } };
      },
    }),
    route({
      method: 'post',
      path: '/api/process-instances',
      summary: 'Start the latest version of a process',
      tag: 'Processes and instances',
      access: ['process-owner', 'admin'],
      body: {
        type: 'object',
        properties: {
          processId: { type: 'string', pattern: PROCESS_ID.source },
          variables: { type: 'object' },
        },
        required: ['processId'],
        additionalProperties: false,
      },
      success: {
        status: 201,
        description: '{ key, processId, version }',
        schema: obj({ key: str, processId: str, version: int }),
      },
      async handler(req) {
        const { processId, variables } = req.body as {
          processId: string;
          variables?: Record<string, unknown>;
        };
        if (!(await deps.readModel.latestVersion(processId)))
          throw new NotFoundError(`Process ${processId} is not deployed`);
        const started = await deps.engine.createInstance(processId, variables ?? {});
        return { status: 201, body: started };
      },
    }),
    route({
      method: 'get',
      path: '/api/process-instances',
      summary: 'Process instances, filterable by process, state and record',
      tag: 'Processes and instances',
      // An instance's variables carry its record: the cockpit's roles only (issue 16).
      access: COCKPIT_ROLES,
      query: {
        type: 'object',
        properties: {
          processId: { type: 'string', minLength: 1 },
          version: { type: 'integer', minimum: 1, maximum: INT_MAX },
          state: { type: 'string', enum: ['active', 'completed', 'canceled', 'incident'] },
          record: { type: 'string', minLength: 1 },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          offset: { type: 'integer', minimum: 0, maximum: INT_MAX, default: 0 },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: '{ items, total }',
        schema: pageOf(ref('InstanceSummary')),
      },
      async handler(req) {
        const q = req.query as {
          processId?: string;
          version?: number;
          state?: 'active';
          record?: string;
          limit: number;
          offset: number;
        };
        return { body: await deps.readModel.instances(q) };
      },
    }),
    route({
      method: 'get',
      path: '/api/process-instances/:key',
      params: { key: KEY_PARAM },
      summary: 'One instance: elements with states and counts, open incidents, variables',
      tag: 'Processes and instances',
      // An instance's variables carry its record: the cockpit's roles only (issue 16).
      access: COCKPIT_ROLES,
      success: { status: 200, description: 'The instance', schema: ref('Instance') },
      async handler(req) {
        const key = checkKey(req.params.key, 'key');
        const found = await deps.readModel.instance(key);
        if (!found) throw new NotFoundError(`Process instance ${key} does not exist`);
        return { body: found };
      },
    }),
    route({
      method: 'put',
      path: '/api/process-instances/:key/variables',
      params: { key: KEY_PARAM },
      summary:
        "Set variables on an active instance's own scope (audited); answers once the instance view shows them",
      tag: 'Processes and instances',
      access: ['process-owner', 'incident-manager', 'admin'],
      body: {
        type: 'object',
        properties: {
          variables: {
            type: 'object',
            minProperties: 1,
            maxProperties: 100,
            // Names as the engine's FEEL expressions read them.
            propertyNames: {
              pattern: VARIABLE_NAME.source,
              description: 'An identifier (letters, digits, _; not starting with a digit)',
            },
          },
        },
        required: ['variables'],
        additionalProperties: false,
      },
      success: {
        status: 200,
        description:
          '{ key, variables: { name: value } }: the named variables as the instance view now shows them',
        schema: obj({ key: str, variables: { type: 'object' } }),
      },
      async handler(req) {
        const key = checkKey(req.params.key, 'key');
        const { variables } = req.body as { variables: Record<string, unknown> };
        return { body: await deps.instances.setVariables(key, variables, req.user!.username) };
      },
    }),
    route({
      method: 'post',
      path: '/api/process-instances/:key/incidents/:incidentKey/resolve',
      params: { key: KEY_PARAM, incidentKey: KEY_PARAM },
      summary: "Resolve an incident: restores the failed job's retries, then resolves",
      tag: 'Processes and instances',
      access: ['process-owner', 'incident-manager', 'admin'],
      query: {
        type: 'object',
        properties: { retries: { type: 'integer', minimum: 1, maximum: 100, default: 3 } },
        additionalProperties: false,
      },
      success: { status: 204, description: 'Resolved; the job is retried', empty: true },
      async handler(req) {
        const key = checkKey(req.params.key, 'key');
        const incidentKey = checkKey(req.params.incidentKey, 'incidentKey');
        const incident = await deps.readModel.incident(key, incidentKey);
        if (!incident)
          throw new NotFoundError(`Incident ${incidentKey} of instance ${key} does not exist`);
        if (incident.state !== 'open')
          throw new ConflictError(`Incident ${incidentKey} is already resolved`);
        // Without retries the job would fail straight into a new incident.
        if (incident.jobKey)
          await deps.engine.updateJobRetries(
            incident.jobKey,
            (req.query as { retries: number }).retries,
          );
        await deps.engine.resolveIncident(incidentKey);
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
          const now = await deps.readModel.incident(key, incidentKey);
          if (now?.state === 'resolved') break;
          await new Promise((r) => setTimeout(r, 20));
        }
        return { status: 204 };
      },
    }),
    route({
      method: 'post',
      path: '/api/process-migrations/check',
      rules: MIGRATION_RULES,
      summary:
        'Check moving running instances to another version: the proposed mapping of active elements and, per instance, why it cannot move (Zeebe 8.5 rules)',
      tag: 'Processes and instances',
      access: MIGRATION_ROLES,
      body: MIGRATION_REQUEST,
      success: {
        status: 200,
        description:
          '{ source, target, mapping, proposedMapping, activeElements, planFindings, instances: [{ key, migratable, findings }], total }',
        schema: MIGRATION_CHECK,
      },
      async handler(req) {
        return { body: await deps.migrations.check(migrationRequest(req.body)) };
      },
    }),
    route({
      method: 'post',
      path: '/api/process-migrations',
      rules: MIGRATION_RULES,
      summary:
        'Move running instances to another version: each instance the check lets through is migrated by the engine (audited); each refusal is answered beside its instance',
      tag: 'Processes and instances',
      access: MIGRATION_ROLES,
      body: MIGRATION_REQUEST,
      success: {
        status: 200,
        description:
          '{ target, items: [{ key, outcome: migrated | not-migratable | refused | not-attempted, findings, engineMessage? }], migrated, caughtUp }',
        schema: MIGRATION_RESULT,
      },
      async handler(req) {
        const request = migrationRequest(req.body);
        return { body: await deps.migrations.migrate(request, req.user!.username) };
      },
    }),
  ];
}
