import type { TaskService } from '../services/task.service.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { int, INT_MAX, itemsOf, obj, pageOf, ref, str } from './schemas.ts';

/**
 * The task queues (api.md "Tasks"). Visible to members of a task's candidate groups and its
 * assignee; customer contacts see only tasks of their own customer's records (others answer 404).
 */
export function taskRoutes(deps: { tasks: TaskService }): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/tasks',
      summary:
        "Tasks of the caller's queues; `name` in the caller's language (users.locale), `names` in every language",
      tag: 'Tasks',
      access: 'authenticated',
      query: {
        type: 'object',
        properties: {
          queue: { type: 'string', minLength: 1 },
          assignee: { type: 'string', minLength: 1 },
          state: { type: 'string', enum: ['open', 'completed'] },
          record: { type: 'string', minLength: 1 },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          offset: { type: 'integer', minimum: 0, maximum: INT_MAX, default: 0 },
        },
        additionalProperties: false,
      },
      success: { status: 200, description: '{ items, total }', schema: pageOf(ref('Task')) },
      async handler(req) {
        const q = req.query as {
          queue?: string;
          assignee?: string;
          state?: 'open' | 'completed';
          record?: string;
          limit: number;
          offset: number;
        };
        const user = req.user!;
        const assignee = q.assignee === 'me' ? user.username : q.assignee;
        const { items, total } = await deps.tasks.list({ ...q, assignee }, user);
        return {
          body: {
            items: items.map((t) => ({
              id: t.id,
              name: t.name,
              names: t.names,
              processId: t.processId,
              processInstanceKey: t.processInstanceKey,
              elementId: t.elementId,
              record: t.record ?? null,
              candidateGroups: t.candidateGroups,
              assignee: t.assignee ?? null,
              createdAt: t.createdAt,
              dueAt: t.dueAt ?? null,
              formId: t.formId ?? null,
              state: t.state,
              sla: t.sla,
            })),
            total,
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/tasks/queues',
      summary: "The caller's queues with their open task counts",
      tag: 'Tasks',
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ items: [{ queue, open }] }',
        schema: itemsOf(obj({ queue: str, open: int })),
      },
      async handler(req) {
        const counts = await deps.tasks.queues(req.user!);
        return {
          body: { items: Object.entries(counts).map(([queue, open]) => ({ queue, open })) },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/tasks/:id',
      summary:
        "A task with its form (form-js JSON) and the variables the form shows, picker options included; `name` in the caller's language, `names` in every language",
      tag: 'Tasks',
      access: 'authenticated',
      success: { status: 200, description: 'The task', schema: ref('TaskDetail') },
      async handler(req) {
        return { body: await deps.tasks.get(req.params.id ?? '', req.user!) };
      },
    }),
    route({
      method: 'post',
      path: '/api/tasks/:id/claim',
      summary:
        "Claim a task (409 if someone else holds it); also sets the record's and the instance's assignee",
      tag: 'Tasks',
      access: 'authenticated',
      success: {
        status: 200,
        description: 'The task, assigned to the caller',
        schema: ref('Task'),
      },
      async handler(req) {
        return { body: await deps.tasks.claim(req.params.id ?? '', req.user!) };
      },
    }),
    route({
      method: 'post',
      path: '/api/tasks/:id/unclaim',
      summary:
        "Give a claimed task back to its queue; clears the record's and the instance's assignee",
      tag: 'Tasks',
      access: 'authenticated',
      success: { status: 200, description: 'The task, unassigned', schema: ref('Task') },
      async handler(req) {
        return { body: await deps.tasks.unclaim(req.params.id ?? '', req.user!) };
      },
    }),
    route({
      method: 'post',
      path: '/api/tasks/:id/complete',
      rules:
        "data satisfies the task's form (400 naming each field, unknown fields included; a task without a form takes no data); the task must be claimed by the caller and open (409).",
      summary:
        "Complete a claimed task with its form data (validated against the form); the data goes to the record's history",
      tag: 'Tasks',
      access: 'authenticated',
      body: {
        type: 'object',
        properties: { data: { type: 'object' } },
        required: ['data'],
        additionalProperties: false,
      },
      success: { status: 200, description: 'The completed task', schema: ref('Task') },
      async handler(req) {
        const { data } = req.body as { data: Record<string, unknown> };
        return { body: await deps.tasks.complete(req.params.id ?? '', data, req.user!) };
      },
    }),
  ];
}
