import type { ExternalJobType } from '../../db/repositories/external-job-types.repository.ts';
import type { WorkerContract } from '../../lib/worker-contract.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import { elementTemplatesFor, type ElementTemplate } from '../processes/element-templates.ts';
import { recordTemplates } from '../processes/record-templates.ts';
import { route, type RouteSpec } from './route-spec.ts';

/**
 * Templates for external job types, built from their schemas as the workers' are, and marked
 * external in id, name and description (the template id in its own `external.` namespace, so
 * it never takes a platform worker's).
 */
export function externalTemplatesFor(types: readonly ExternalJobType[]): ElementTemplate[] {
  return types.map((t) => {
    const [template] = elementTemplatesFor([
      {
        type: t.type,
        description: t.name,
        input: t.input,
        output: t.output,
        fetchVariables: [],
        bpmnErrors: [],
        timeoutMs: 0,
      },
    ]);
    const id = `external.${t.type
      .replace(/:\d+$/, '')
      .replace(/[^A-Za-z0-9.-]+/g, '.')
      .replace(/^\.+|\.+$/g, '')}`;
    return {
      ...template!,
      id,
      name: `${t.name} (external)`,
      description: `External job type ${t.type}, served outside the platform${t.description ? `: ${t.description}` : ''}`,
    };
  });
}

/** The answer of GET /api/element-templates: an element-template file (a list of templates). */
const templatesSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      version: { type: 'integer' },
      appliesTo: { type: 'array', items: { type: 'string' } },
      elementType: {
        type: 'object',
        properties: { value: { type: 'string' } },
        required: ['value'],
      },
      properties: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            binding: { type: 'object', required: ['type'] },
          },
          required: ['type', 'binding'],
        },
      },
    },
    required: ['$schema', 'id', 'name', 'version', 'appliesTo', 'elementType', 'properties'],
  },
};

/**
 * GET /api/element-templates: the modeler's element templates, one per registered worker,
 * one per active external job type, and the generic record workers' templates for each
 * record kind.
 */
export function elementTemplateRoutes(deps: {
  workers: () => readonly WorkerContract[];
  kinds: KindRegistry;
  /** The active external job types (read per request: an admin may register one any time). */
  externalJobTypes?: () => Promise<readonly ExternalJobType[]>;
}): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/element-templates',
      summary:
        'Camunda 8 element templates for the modeler: one service-task template per job type a worker serves, the external job types included',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description:
          '[{ $schema, id, name, description, version, appliesTo, elementType, properties }] (an element-template file)',
        schema: templatesSchema,
      },
      async handler() {
        // A retired job type is served for running instances only: the modeler does not offer it.
        const current = deps.workers().filter((w) => !w.retired);
        const external = deps.externalJobTypes ? await deps.externalJobTypes() : [];
        return {
          body: [
            ...elementTemplatesFor(current),
            ...externalTemplatesFor(external),
            ...recordTemplates(deps.kinds),
          ],
        };
      },
    }),
  ];
}
