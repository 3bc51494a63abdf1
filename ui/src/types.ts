/** The shapes of the API answers the pages read (api.md). */
export interface TaskSla {
  clockType: string;
  dueAt: string;
  percent: number;
  remainingMinutes: number;
  state: 'running' | 'paused' | 'stopped';
  level: 'ok' | 'amber' | 'red';
}

export interface TaskItem {
  id: string;
  /** In the user's server-side language (users.locale). */
  name: string;
  /** The name in every language (zh-CN falls back to English where the diagram has no label). */
  names?: { en: string; 'zh-CN': string };
  processId: string;
  elementId: string;
  record: { type: string; number: string } | null;
  candidateGroups: string[];
  assignee: string | null;
  createdAt: string;
  dueAt: string | null;
  formId: string | null;
  state: 'open' | 'completed' | 'canceled';
  sla: TaskSla | null;
}

export interface TaskDetail extends TaskItem {
  form: FormSchema | null;
  variables: Record<string, unknown>;
}

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
