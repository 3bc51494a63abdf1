import { randomUUID } from 'node:crypto';
import { untilDatabaseBack } from './until-database-back.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { platformKinds } from '../../lib/records/kinds/index.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import { createApprovalsRepository } from '../../db/repositories/approvals.repository.ts';
import { createRequestItemsRepository } from '../../db/repositories/request-items.repository.ts';
import { ApprovalError, type Decision } from '../../lib/records/approvals.ts';
import type { Knex } from 'knex';
import {
  createPickerOptionsRepository,
  type PickerOptionsRepository,
} from '../../db/repositories/picker-options.repository.ts';
import type { ReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import {
  createRecordsRepository,
  isRecordType,
  type RecordContext,
  type RecordsRepository,
} from '../../db/repositories/records.repository.ts';
import type {
  Task,
  TaskFilter,
  TaskRepository,
  TaskVisibility,
} from '../../db/repositories/tasks.repository.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import { createSlaRepository } from '../../db/repositories/sla.repository.ts';
import type { EngineClient } from '../../engine/client.ts';
import type { BusinessCalendar } from '../../lib/calendar/business-calendar.ts';
import { systemClock, type Clock } from '../../lib/clock.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnavailableError,
} from '../errors.ts';
import { customerOf, isOwnCustomers, kindScopeOf } from '../access/record-access.ts';
import { validateFormSubmissionOffThread } from '../checks/off-thread.ts';
import { labelLocale, loadPickerOptions, type PickerSource } from '../forms/pickers.ts';
import { countdownClock, taskSla, type TaskSla } from './task-sla.ts';

export { countdownClock, taskSla, type TaskSla } from './task-sla.ts';

/** How long an unclaim waits for the projector to show it in `tasks` (claim and complete write it themselves). */
const CATCH_UP_TIMEOUT_MS = 10_000;

/** Queues whose members see only the tasks of their own customer's records. */
export const CUSTOMER_SCOPED_GROUPS: readonly string[] = ['customer-contact'];

/** A task's name in each language the UI offers. */
export interface TaskNames {
  en: string;
  /** The element's `label.zh-CN`, else the English name. */
  'zh-CN': string;
}

/**
 * A task named for its reader: `name` in the user's language (English where the element has
 * no label in it) and `names` in every language.
 */
export function localizeTask<T extends Task>(
  task: T,
  labels: Record<string, Record<string, string>> | undefined,
  userLocale: string | undefined,
): T & { names: TaskNames } {
  const en = task.name;
  const zh = labels?.[task.elementId]?.['zh-CN'] || en;
  const names: TaskNames = { en, 'zh-CN': zh };
  return { ...task, name: names[labelLocale(userLocale)], names };
}

/**
 * How the user reaches the task: `direct` (assignee, candidate user, or a queue that is not
 * customer-scoped), `customer` (only through a customer-scoped queue: the record must be their
 * customer's) or `none`.
 */
export function accessTo(task: Task, user: User): 'direct' | 'customer' | 'none' {
  if (task.assignee === user.username || task.candidateUsers.includes(user.username))
    return 'direct';
  const groups = task.candidateGroups.filter((g) => user.roles.includes(g));
  if (groups.some((g) => !CUSTOMER_SCOPED_GROUPS.includes(g))) return 'direct';
  return groups.length > 0 ? 'customer' : 'none';
}

/**
 * People's work: lists the queues, and claims, unclaims and completes tasks through the
 * engine. Each command answers once the `tasks` row shows its effect, so a list read right
 * after the answer is up to date. Customer contacts see only their customer's tasks; a claim
 * is written to the task's record and to the instance variable `assignee`; completing writes
 * the submitted data to the record's history; picker fields get their options from reference
 * data.
 */
export function createTaskService(deps: {
  tasks: TaskRepository;
  readModel: ReadModelRepository;
  db: Knex;
  engine: EngineClient;
  clock?: Clock;
  records?: RecordsRepository;
  pickerOptions?: PickerOptionsRepository;
  /** The record kinds (record pickers); the platform's by default. */
  kinds?: KindRegistry;
  /** Business calendars (the shared domain's provider), for the SLA countdowns; none without. */
  calendars?: { get(code: string): Promise<BusinessCalendar> };
}) {
  const clock = deps.clock ?? systemClock;
  const records = deps.records ?? createRecordsRepository(deps.db);
  const referenceOptions = deps.pickerOptions ?? createPickerOptionsRepository(deps.db);
  const kinds = deps.kinds ?? platformKinds();
  const store = createRecordStore(deps.db);
  /**
   * The pickers' sources for one reader: reference data, and records of the kinds the reader
   * may read in full (a `records:<kind>` picker offers nothing of a kind they may not).
   */
  const pickerSourceFor = (user: User): PickerSource => ({
    ...referenceOptions,
    requestItems: (locale) => createRequestItemsRepository(deps.db).options(locale),
    records: async (type, statuses) => {
      const kind = kinds.get(type);
      if (!kind || kindScopeOf(kind, user).kind !== 'all') return [];
      return store.options(kind, statuses);
    },
  });
  const approvals = createApprovalsRepository(deps.db);
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
    const rows = await deps.readModel.variablesOf([
      task.processInstanceKey,
      task.elementInstanceKey,
    ]);
    const vars: Record<string, unknown> = {};
    // Instance scope first, then the task's local scope over it.
    for (const r of rows) if (r.scope_key === task.processInstanceKey) vars[r.name] = r.value;
    for (const r of rows) if (r.scope_key === task.elementInstanceKey) vars[r.name] = r.value;
    return vars;
  }

  /** The record the task's instance works on (variables recordType + recordId, or its number). */
  async function recordOf(
    task: Task,
    variables?: Record<string, unknown>,
  ): Promise<RecordContext | undefined> {
    const vars = variables ?? (await variablesOf(task));
    const type = vars.recordType ?? task.record?.type;
    if (!isRecordType(type)) return undefined;
    const ref =
      typeof vars.recordId === 'string' && vars.recordId !== ''
        ? vars.recordId
        : (task.record?.number ?? (typeof vars.recordNumber === 'string' ? vars.recordNumber : ''));
    return ref ? records.find(type, ref) : undefined;
  }

  function visibilityOf(user: User): TaskVisibility {
    const scoped = user.roles.filter((r) => CUSTOMER_SCOPED_GROUPS.includes(r));
    const groups = user.roles.filter((r) => !CUSTOMER_SCOPED_GROUPS.includes(r));
    if (scoped.length === 0) return { username: user.username, groups };
    return {
      username: user.username,
      groups,
      customerScope: { groups: scoped, customerId: customerOf(user) },
    };
  }

  async function load(id: string, user: User): Promise<Task> {
    const task = await deps.tasks.get(id);
    if (!task) throw new NotFoundError(`Task ${id} does not exist`);
    const access = accessTo(task, user);
    if (access === 'none') throw new ForbiddenError(`Task ${id} is not in any of your queues`);
    if (access === 'customer') {
      // Reached only through a customer-scoped queue: the record must be the user's
      // customer's (the record rule's customer part); another customer's task answers as if
      // it did not exist.
      const record = await recordOf(task);
      if (!record || !isOwnCustomers(record, user))
        throw new NotFoundError(`Task ${id} does not exist`);
    }
    return task;
  }

  /**
   * A unique action for a claim or completion command: the engine copies it into the records
   * the command writes, so the projector knows which record confirms the API's own write of
   * the change (db/projector/handlers.ts applyTaskChange) and moves no row back meanwhile.
   */
  function actionToken(verb: 'claim' | 'complete'): string {
    return `itsm-${verb}-${randomUUID()}`;
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

  /**
   * Makes the claim stick: the record's assignee (audited, with a history row when it
   * changed) and the instance variable `assignee` (so re-entered tasks keep it). Idempotent.
   */
  async function syncAssignee(task: Task, assignee: string | null, user: User): Promise<void> {
    const record = await recordOf(task);
    if (!record) return;
    // Only the group that works the record owns its assignee: a customer confirming or a
    // manager reviewing claims their task without taking the record from the resolver.
    const worksTheRecord =
      !record.assignmentGroup ||
      (task.candidateGroups.includes(record.assignmentGroup) &&
        user.roles.includes(record.assignmentGroup));
    if (!worksTheRecord) return;
    const at = clock.now();
    const changed = await records.update(
      record.recordType,
      record.id,
      { assignee },
      user.username,
      at,
      assignee ? 'assign' : 'unassign',
    );
    if (changed) {
      await records.appendActivity(record.recordType, record.id, {
        kind: 'assignment',
        text: assignee
          ? `${assignee} claimed the task "${task.name}"`
          : `${user.username} gave the task "${task.name}" back to its queue`,
        data: { taskId: task.id, elementId: task.elementId, assignee },
        by: user.username,
        at,
      });
    }
    await deps.engine.setVariables(task.processInstanceKey, { assignee: assignee ?? '' }, false);
  }

  /**
   * An approval task (header `approval.step`, optional `approval.requester` naming the process
   * variable that holds the requester) records its decision (`decision`, `comment`) before the
   * task completes, so the rules of §0.1 refuse a decision while the task is still open.
   * Answers the decision's key (to withdraw it if the engine refuses the completion).
   */
  async function recordApproval(
    task: Task,
    variables: Record<string, unknown>,
    processVariables: Record<string, unknown>,
    user: User,
  ): Promise<string | undefined> {
    const headers = await deps.tasks.headersOf(task.id);
    if (headers['approval.step'] === undefined) return undefined;
    const record = await recordOf(task, processVariables);
    if (!record) throw new ConflictError(`Task ${task.id} is an approval without a record`);
    const requesterVariable = headers['approval.requester'];
    const requester = requesterVariable ? processVariables[requesterVariable] : undefined;
    const key = `task:${task.id}:approval`;
    try {
      await approvals.decide({
        recordType: record.recordType,
        recordId: record.id,
        step: Number(headers['approval.step']),
        request: {
          decision: variables.decision as Decision,
          comment: typeof variables.comment === 'string' ? variables.comment : null,
          by: { username: user.username, roles: user.roles },
        },
        requester: typeof requester === 'string' && requester ? requester : undefined,
        at: clock.now(),
        idempotencyKey: key,
      });
    } catch (err) {
      if (!(err instanceof ApprovalError)) throw err;
      if (err.reason === 'comment-required' || err.reason === 'decision')
        throw new InputError(err.message, [
          { field: err.reason === 'decision' ? 'decision' : 'comment', message: err.message },
        ]);
      if (err.reason === 'own-request' || err.reason === 'not-approver')
        throw new ForbiddenError(err.message);
      throw new ConflictError(err.message);
    }
    return key;
  }

  /**
   * The SLA countdown of each task's record (null without a record, clocks or calendars).
   * One read per distinct record; a clock that cannot be read shows no countdown rather than
   * failing the list.
   */
  async function slaOf(tasks: readonly Task[]): Promise<Map<string, TaskSla | null>> {
    const result = new Map<string, TaskSla | null>();
    const calendars = deps.calendars;
    const byRecord = new Map<string, Promise<TaskSla | null>>();
    const at = clock.now();
    for (const task of tasks) {
      const ref = task.record;
      if (!calendars || !ref || !isRecordType(ref.type)) {
        result.set(task.id, null);
        continue;
      }
      const type = ref.type;
      const key = `${type}:${ref.number}`;
      let reading = byRecord.get(key);
      if (!reading) {
        reading = (async () => {
          const record = await records.find(type, ref.number);
          if (!record) return null;
          const chosen = countdownClock(
            await createSlaRepository(deps.db).forRecord(type, record.id),
          );
          if (!chosen) return null;
          try {
            return taskSla(chosen, await calendars.get(chosen.clock.calendar), at);
          } catch {
            return null;
          }
        })();
        byRecord.set(key, reading);
      }
      result.set(task.id, await reading);
    }
    return result;
  }

  // A process version's labels come from its XML, which never changes under a key: each
  // version's are read once (a version without any yet, e.g. before the backfill, is read again).
  const labelsByDefinition = new Map<string, Record<string, Record<string, string>>>();

  /** The tasks with `name` in the user's language and `names` in every language. */
  async function localized<T extends Task>(tasks: readonly T[], user: User) {
    const missing = tasks.map((t) => t.definitionKey).filter((k) => !labelsByDefinition.has(k));
    if (missing.length)
      for (const [key, labels] of await deps.readModel.elementLabels(missing))
        labelsByDefinition.set(key, labels);
    return tasks.map((t) => localizeTask(t, labelsByDefinition.get(t.definitionKey), user.locale));
  }
  const localizedOne = async <T extends Task>(task: T, user: User) =>
    (await localized([task], user))[0]!;

  return {
    async list(filter: Omit<TaskFilter, 'visibleTo'>, user: User) {
      const { items, total } = await deps.tasks.list({
        ...filter,
        visibleTo: visibilityOf(user),
      });
      const sla = await slaOf(items);
      const named = await localized(items, user);
      return { items: named.map((t) => ({ ...t, sla: sla.get(t.id) ?? null })), total };
    },
    async queues(user: User) {
      const counts = await deps.tasks.openCountsByQueue(user.roles);
      const visibleTo = visibilityOf(user);
      // A scoped queue counts only what its member may see.
      for (const queue of visibleTo.customerScope?.groups ?? []) {
        const { total } = await deps.tasks.list({
          queue,
          state: 'open',
          visibleTo: { ...visibleTo, groups: [] },
          limit: 1,
          offset: 0,
        });
        counts[queue] = total;
      }
      return counts;
    },
    /** The task with its form and the variables the form shows (picker options filled in). */
    async get(id: string, user: User) {
      const task = await load(id, user);
      const form = await formOf(task);
      const variables = await variablesOf(task);
      if (form)
        Object.assign(
          variables,
          await loadPickerOptions(form.schema, user.locale, pickerSourceFor(user)),
        );
      const sla = (await slaOf([task])).get(task.id) ?? null;
      return { ...(await localizedOne(task, user)), sla, form: form?.schema ?? null, variables };
    },
    async claim(id: string, user: User) {
      const task = await load(id, user);
      if (task.state !== 'open') throw new ConflictError(`Task ${id} is already ${task.state}`);
      if (task.assignee && task.assignee !== user.username)
        throw new ConflictError(`Task ${id} is already claimed by ${task.assignee}`);
      let claimed = task;
      if (task.assignee !== user.username) {
        const action = actionToken('claim');
        await deps.engine.assignUserTask(id, user.username, action);
        claimed = (await deps.tasks.writeAccepted(id, action, { assignee: user.username })) ?? task;
      }
      // Also on a repeated claim: completes a sync that an earlier attempt did not finish.
      await syncAssignee(claimed, user.username, user);
      return localizedOne(claimed, user);
    },
    async unclaim(id: string, user: User) {
      const task = await load(id, user);
      if (task.state !== 'open') throw new ConflictError(`Task ${id} is already ${task.state}`);
      if (!task.assignee) return localizedOne(task, user);
      if (task.assignee !== user.username) {
        throw new ConflictError(
          `Task ${id} is claimed by ${task.assignee}; only they can unclaim it`,
        );
      }
      await deps.engine.unassignUserTask(id);
      const unclaimed = await waitFor(id, (t) => !t.assignee);
      await syncAssignee(unclaimed, null, user);
      return localizedOne(unclaimed, user);
    },
    /**
     * Validates the data against the task's form (picker fields against their options), then
     * completes the task in the engine and writes the data to the record's history.
     */
    async complete(id: string, data: Record<string, unknown>, user: User) {
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
      const processVariables = await variablesOf(task);
      let variables: Record<string, unknown> = {};
      if (form) {
        const dynamicOptions = await loadPickerOptions(
          form.schema,
          user.locale,
          pickerSourceFor(user),
        );
        // Off the main thread with a time limit: a form's expressions cannot stall the API.
        const result = await validateFormSubmissionOffThread(form.schema, data, processVariables, {
          dynamicOptions,
        });
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
      const approvalKey = await recordApproval(task, variables, processVariables, user);
      const action = actionToken('complete');
      try {
        await deps.engine.completeUserTask(id, variables, action);
      } catch (err) {
        if (approvalKey) await approvals.withdraw(approvalKey);
        if (err instanceof Error && 'kind' in err && err.kind === 'not-found') {
          throw new ConflictError(`Task ${id} is already completed or canceled`);
        }
        throw err;
      }
      // The engine has the completion: a PostgreSQL restart now must not lose its history row.
      const at = clock.now();
      const completed = await untilDatabaseBack(async () => {
        const record = await recordOf(task, processVariables);
        if (record) {
          await records.appendActivity(record.recordType, record.id, {
            kind: 'task',
            text: `${user.username} completed the task "${task.name}"`,
            data: { taskName: task.name, elementId: task.elementId, data: variables },
            by: user.username,
            at,
            idempotencyKey: `task:${task.id}:complete`,
          });
        }
        return deps.tasks.writeAccepted(id, action, { completedAt: at });
      });
      return localizedOne(completed ?? task, user);
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
