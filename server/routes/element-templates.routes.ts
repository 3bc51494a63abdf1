import type { WorkerContract } from '../../lib/worker-contract.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import { elementTemplatesFor } from '../processes/element-templates.ts';
import { recordTemplates } from '../processes/record-templates.ts';
import { route, type RouteSpec } from './route-spec.ts';

/**
 * GET /api/element-templates: the modeler's element templates, one per registered worker,
 * and the generic record workers' templates for each record kind.
 */
export function elementTemplateRoutes(deps: {
  workers: () => readonly WorkerContract[];
  kinds: KindRegistry;
}): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/element-templates',
      summary:
        'Camunda 8 element templates for the modeler: one service-task template per job type a worker serves',
      tag: 'Processes and instances',
      access: 'authenticated',
      success: {
        status: 200,
        description:
          '[{ $schema, id, name, description, version, appliesTo, elementType, properties }] (an element-template file)',
      },
      async handler() {
        // A retired job type is served for running instances only: the modeler does not offer it.
        const current = deps.workers().filter((w) => !w.retired);
        return { body: [...elementTemplatesFor(current), ...recordTemplates(deps.kinds)] };
      },
    }),
  ];
}
