/**
 * The shapes of the API answers the pages read: generated from the OpenAPI document
 * (clients/typescript/schema.ts, `npm run openapi:client`), narrowed where the UI reads a
 * free-form part (a form-js schema) more precisely.
 */
import type { components, paths } from '../../clients/typescript/schema.ts';

type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The JSON answer of a route as its OpenAPI document publishes it, e.g.
 * `Answer<'/api/process-migrations/check', 'post'>` (the first success status's body).
 */
export type Answer<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

/** The JSON body a route takes. */
export type Body<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;
/** An open task's SLA countdown (the API's TaskSla). */
export type TaskSla = Schemas['TaskSla'];

/** A task as the task list answers it. */
export type TaskItem = Schemas['Task'];

/** One task with its form and the variables the form reads. */
export type TaskDetail = Omit<Schemas['TaskDetail'], 'form'> & { form: FormSchema | null };

export interface FormComponent {
  id?: string;
  key?: string;
  path?: string;
  type: string;
  label?: string;
  text?: string;
  values?: { label: string; value: unknown }[];
  components?: FormComponent[];
  properties?: Record<string, string>;
  [other: string]: unknown;
}

export interface FormSchema {
  id?: string;
  components: FormComponent[];
  [other: string]: unknown;
}

/** An incident with its history (GET /api/incidents/:id). */
export type Incident = Answer<'/api/incidents/{id}', 'get'>;

/** One SLA clock with its ledger (GET /api/incidents/:id/sla). */
export type SlaClockView = Answer<'/api/incidents/{id}/sla', 'get'>['clocks'][number];

export interface Named {
  id: string;
  code?: string;
  number?: string;
  name?: string;
  nameZh?: string;
  nameEn?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
