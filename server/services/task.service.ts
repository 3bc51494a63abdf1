import type { Knex } from 'knex';
import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import type { Task, TaskRepository, TaskFilter } from '../../db/repositories/tasks.repository.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnavailableError,
} from '../errors.ts';
import { validateFormSubmission } from '../forms/form-schema.ts';

/** How long a command waits for the projector to show its effect in `tasks`. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/** True when the user may see and act on the task: a candidate group of theirs, or theirs. */
export function mayActOn(task: Task, user: User): boolean {
  return (
    task.assignee === user.username ||
    task.candidateUsers.includes(user.username) ||
    task.candidateGroups.some((g) => user.roles.includes(g))
  );
}

/**
 * People's work: lists the queues, and claims, unclaims and completes tasks through the
 * engine. Each command answers once the `tasks` row shows its effect, so a list read right
 * after the answer is up to date.
 */
export function createTaskService(deps: {
  tasks: TaskRepository;
  readModel: ReadModelRepository;
  db: Knex;
  engine: EngineClient;
}) {
  // Deployed forms never change under a key: parse each once (the form validator caches by object).
  const forms = new Map<string, { formId: string; schema: unknown }>();

  async function formOf(task: Task) {
    if (!task.formKey) return undefined;
    let form = forms.get(task.formKey);
    if (!form) {
      const found = await deps.readModel.formByKey(task.formKey);
      if (!found) return undefined;
      form = { formId: found.formId, schema: found.schema };
      forms.set(task.formKey, form);
    }
    return form;
  }

  async function variablesOf(task: Task): Promise<Record<string, unknown>> {
    const rows: { scope_key: string; name: string; value: unknown }[] = await deps
      .db('variables')
      .whereIn('scope_key', [task.processInstanceKey, task.elementInstanceKey])
      .select('scope_key', 'name', 'value');
    const vars: Record<string, unknown> = {};
    // Instance scope first, then the task's local scope over it.
    for (const r of rows) if (r.scope_key === task.processInstanceKey) vars[r.name] = r.value;
    for (const r of rows) if (r.scope_key === task.elementInstanceKey) vars[r.name] = r.value;
    return vars;
  }

  async function load(id: string, user: User): Promise<Task> {
    const task = await deps.tasks.get(id);
    if (!task) throw new NotFoundError(`Task ${id} does not exist`);
    if (!mayActOn(task, user)) throw new ForbiddenError(`Task ${id} is not in any of your queues`);
    return task;
  }

  async function waitFor(id: string, done: (t: Task) => boolean): Promise<Task> {
    const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
    for (;;) {
      const task = await deps.tasks.get(id);
      if (task && done(task)) return task;
      if (Date.now() > deadline) {
        throw new UnavailableError(
          'The engine accepted the change, but the task list has not caught up yet; reload shortly',
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  return {
    async list(filter: Omit<TaskFilter, 'visibleTo'>, user: User) {
      return deps.tasks.list({
        ...filter,
        visibleTo: { username: user.username, groups: user.roles },
      });
    },
    async queues(user: User) {
      return deps.tasks.openCountsByQueue(user.roles);
    },
    /** The task with its form and the variables the form shows. */
    async get(id: string, user: User) {
      const task = await load(id, user);
      const form = await formOf(task);
      return { ...task, form: form?.schema ?? null, variables: await variablesOf(task) };
    },
    async claim(id: string, user: User): Promise<Task> {
      const task = await load(id, user);
      if (task.state !== 'open') throw new ConflictError(`Task ${id} is already ${task.state}`);
      if (task.assignee === user.username) return task;
      if (task.assignee)
        throw new ConflictError(`Task ${id} is already claimed by ${task.assignee}`);
      await deps.engine.assignUserTask(id, user.username);
      return waitFor(id, (t) => t.assignee === user.username);
    },
    async unclaim(id: string, user: User): Promise<Task> {
      const task = await load(id, user);
      if (task.state !== 'open') throw new ConflictError(`Task ${id} is already ${task.state}`);
      if (!task.assignee) return task;
      if (task.assignee !== user.username) {
        throw new ConflictError(
          `Task ${id} is claimed by ${task.assignee}; only they can unclaim it`,
        );
      }
      await deps.engine.unassignUserTask(id);
      return waitFor(id, (t) => !t.assignee);
    },
    /** Validates the data against the task's form, then completes the task in the engine. */
    async complete(id: string, data: Record<string, unknown>, user: User): Promise<Task> {
      const task = await load(id, user);
      if (task.state !== 'open') throw new ConflictError(`Task ${id} is already ${task.state}`);
      if (task.assignee !== user.username) {
        throw new ConflictError(
          task.assignee
            ? `Task ${id} is claimed by ${task.assignee}`
            : `Claim task ${id} before completing it`,
        );
      }
      const form = await formOf(task);
      let variables: Record<string, unknown> = {};
      if (form) {
        const result = validateFormSubmission(form.schema, data, await variablesOf(task));
        if (!result.ok) {
          const summary = result.errors.map((e) => `${e.field} ${e.message}`).join('; ');
          throw new InputError(`The form data is not valid: ${summary}`, result.errors);
        }
        variables = result.data;
      } else if (Object.keys(data).length > 0) {
        const details = Object.keys(data).map((field) => ({
          field,
          message: 'is not a field of this task (it has no form)',
        }));
        throw new InputError('This task has no form, so it takes no data', details);
      }
      try {
        await deps.engine.completeUserTask(id, variables);
      } catch (err) {
        if (err instanceof Error && 'kind' in err && err.kind === 'not-found') {
          throw new ConflictError(`Task ${id} is already completed or canceled`);
        }
        throw err;
      }
      return waitFor(id, (t) => t.state !== 'open');
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
