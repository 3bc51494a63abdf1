/**
 * The shapes of the API answers the pages read: generated from the OpenAPI document
 * (clients/typescript/schema.ts, `npm run openapi:client`), narrowed where the UI reads a
 * free-form part (a form-js schema) more precisely.
 */
import type { components } from '../../clients/typescript/schema.ts';

type Schemas = components['schemas'];
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

export interface Incident {
  id: string;
  number: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  impact: number;
  urgency: number;
  channel: string;
  assignmentGroup: string | null;
  assignee: string | null;
  history: { at: string; actor: string; action: string; details: unknown }[];
}

export interface SlaClockView {
  clockType: string;
  state: string;
  dueAt: string;
  targetMinutes: number;
  events: { event: string; level: number | null; at: string; reason: string | null }[];
}

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
