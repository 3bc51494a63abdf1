import { expect } from 'chai';
import type { Answer } from '../../ui/src/types.ts';
import { openApiDocument } from '../../server/openapi-document.ts';

/** The answers the web UI takes its types from (`Answer<path, method>` in ui/src). */
const UI_ANSWERS = [
  ['/api/process-migrations/check', 'post'],
  ['/api/process-migrations', 'post'],
  ['/api/processes', 'get'],
  ['/api/processes/{processId}/versions', 'get'],
  ['/api/job-types', 'get'],
  ['/api/webhooks', 'get'],
  ['/api/webhooks/{id}/deliveries', 'get'],
  ['/api/kpis', 'get'],
  ['/api/kpis/series', 'get'],
  ['/api/sla/compliance', 'get'],
  ['/api/auth/oidc/group-roles', 'get'],
  ['/api/forms', 'get'],
  ['/api/incidents/{id}', 'get'],
  ['/api/incidents/{id}/sla', 'get'],
  ['/api/record-kinds', 'get'],
  ['/api/records/known-error/{idOrNumber}', 'get'],
  ['/api/records/known-error/{idOrNumber}/history', 'get'],
  ['/api/auth/login', 'post'],
] as const;

// Compile time: an answer the document does not describe would be `never`, which TypeScript
// lets a page read anything from; these fail `tsc` (npm run lint) instead.
type IsNever<T> = [T] extends [never] ? true : false;
export const notNever: [
  IsNever<Answer<'/api/process-migrations/check', 'post'>>,
  IsNever<Answer<'/api/process-migrations', 'post'>>,
  IsNever<Answer<'/api/processes', 'get'>>,
  IsNever<Answer<'/api/processes/{processId}/versions', 'get'>>,
  IsNever<Answer<'/api/job-types', 'get'>>,
  IsNever<Answer<'/api/webhooks', 'get'>>,
  IsNever<Answer<'/api/webhooks/{id}/deliveries', 'get'>>,
  IsNever<Answer<'/api/kpis', 'get'>>,
  IsNever<Answer<'/api/kpis/series', 'get'>>,
  IsNever<Answer<'/api/sla/compliance', 'get'>>,
  IsNever<Answer<'/api/auth/oidc/group-roles', 'get'>>,
  IsNever<Answer<'/api/forms', 'get'>>,
  IsNever<Answer<'/api/incidents/{id}', 'get'>>,
  IsNever<Answer<'/api/incidents/{id}/sla', 'get'>>,
  IsNever<Answer<'/api/record-kinds', 'get'>>,
  IsNever<Answer<'/api/records/known-error/{idOrNumber}', 'get'>>,
  IsNever<Answer<'/api/records/known-error/{idOrNumber}/history', 'get'>>,
  IsNever<Answer<'/api/auth/login', 'post'>>,
] = [
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
  false,
];

describe('contract: the web UI reads answers the OpenAPI document describes', () => {
  it('every answer the UI takes a type from has a JSON schema in the document', () => {
    const doc = openApiDocument() as {
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
        >
      >;
    };
    for (const [path, method] of UI_ANSWERS) {
      const op = doc.paths[path]?.[method];
      const success = op?.responses['200'] ?? op?.responses['201'];
      expect(success?.content?.['application/json']?.schema, `${method} ${path}`).to.be.an(
        'object',
      );
    }
  });
});
