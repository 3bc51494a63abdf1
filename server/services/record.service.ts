import { createReadModelRepository } from '../../db/repositories/read-model.repository.ts';
import { labelLocale } from '../forms/pickers.ts';
import type { Knex } from 'knex';
import { createApprovalsRepository } from '../../db/repositories/approvals.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import {
  createRecordStore,
  ReadOnlyRecordError,
  type RecordListFilter,
} from '../../db/repositories/record-store.repository.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import { EngineError, type EngineClient } from '../../engine/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import { historyText } from '../../lib/records/history-text.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import type { SlaService, StoredClock } from '../../domain/sla-service.ts';
import { TransitionError } from '../../lib/records/status-machine.ts';
import { publishThroughOutbox } from '../../domain/outbox.ts';
import { kindScopeOf, scopeFilter } from '../access/record-access.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnavailableError,
} from '../errors.ts';
import { writeSpreadsheet, type SpreadsheetFormat } from '../exports/spreadsheet.ts';
import { recordSheet } from '../../lib/records/sheet.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';

/** One SLA clock of a record as the API shows it. */
function slaView(c: StoredClock) {
  const at = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  return {
    clockType: c.clockType,
    state: c.clock.state,
    targetMinutes: c.clock.targetMinutes,
    startedAt: at(c.clock.startedAt),
    dueAt: at(c.clock.dueAt),
    pausedAt: at(c.clock.pausedAt),
    stoppedAt: at(c.clock.stoppedAt),
    breached: Boolean(c.clock.breachedAt),
  };
}

/** Creates a record of a kind with its own routes from the core's create body. */
export type KindCreator = (
  body: Record<string, unknown>,
  user: User,
) => Promise<{ id: string; created: boolean }>;

/** Rows read per page when exporting, and the most one export holds. */
const EXPORT_PAGE = 500;
export const EXPORT_LIMIT = 50_000;

/** How long a command's message waits for the process to reach the event that catches it. */
const COMMAND_MESSAGE_TTL_MS = 60_000;

/**
 * Records of every kind through the API (api.md "Records (every kind)"): reads scoped by the
 * kind's access rule, creation in one transaction with the start of the kind's process, and
 * commands checked against the kind's statuses and roles. Names no kind.
 */
export function createRecordService(deps: {
  db: Knex;
  engine: EngineClient;
  clock: Clock;
  kinds: KindRegistry;
  sla: Pick<SlaService, 'clocksOf'>;
  /**
   * How the kinds with their own routes (`ownRoutes`) are created, by type: the rules beyond
   * the core run there (e.g. an incident's priority, clocks and instance); composed in app.ts.
   */
  creators?: Readonly<Record<string, KindCreator>>;
}) {
  const store = createRecordStore(deps.db);
  const messages = createPublishedMessageRepository(deps.db);
  const readModel = createReadModelRepository(deps.db);
  const approvals = createApprovalsRepository(deps.db);

  /** The record if the user may see it; 404 otherwise, so its existence is not revealed. */
  async function load(kind: RecordKind, idOrNumber: string, user: User): Promise<RecordView> {
    const scope = kindScopeOf(kind, user);
    const record = await store.get(kind, idOrNumber);
    const visible =
      record &&
      scope.kind !== 'none' &&
      (scope.kind === 'all' ||
        (scope.kind === 'customer' && record.customerId === scope.customerId) ||
        (scope.kind === 'own' && record.createdBy === scope.username));
    if (!visible)
      throw new NotFoundError(`${kind.labels.singular.en} ${idOrNumber} does not exist`);
    return record;
  }

  return {
    /**
     * Whether the core creates records of the kind: every kind, except one with its own routes
     * and no creator composed (e.g. a major incident, declared on its incident).
     */
    creates(kind: RecordKind): boolean {
      return !kind.ownRoutes || Boolean(deps.creators?.[kind.type]);
    },

    /** The kinds the user may read (for the navigation and GET /api/record-kinds). */
    readableKinds(user: User): RecordKind[] {
      return deps.kinds.all().filter((k) => kindScopeOf(k, user).kind !== 'none');
    },

    async list(kind: RecordKind, filter: Omit<RecordListFilter, 'scope'>, user: User) {
      const scope = kindScopeOf(kind, user);
      if (scope.kind === 'none')
        throw new ForbiddenError(`Your roles may not read ${kind.labels.plural.en.toLowerCase()}`);
      return store.list(kind, { ...filter, scope: scopeFilter(scope) });
    },

    /**
     * The records the filters select as a spreadsheet in the user's language (the list's
     * columns, values as the list shows them). Refuses more than EXPORT_LIMIT rows with a 400
     * asking for a narrower filter, rather than a half file.
     */
    async exportList(
      kind: RecordKind,
      filter: Omit<RecordListFilter, 'scope' | 'limit' | 'offset'>,
      format: SpreadsheetFormat,
      user: User,
    ) {
      const scope = kindScopeOf(kind, user);
      if (scope.kind === 'none')
        throw new ForbiddenError(`Your roles may not read ${kind.labels.plural.en.toLowerCase()}`);
      const selected: RecordView[] = [];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const page = await store.list(kind, {
          ...filter,
          scope: scopeFilter(scope),
          limit: EXPORT_PAGE,
          offset,
        });
        if (page.total > EXPORT_LIMIT)
          throw new InputError(
            `The filters select ${page.total} records; an export holds at most ${EXPORT_LIMIT}: narrow the filters`,
            [{ field: 'q', message: `selects more than ${EXPORT_LIMIT} records` }],
          );
        selected.push(...page.items);
        if (page.items.length < EXPORT_PAGE) break;
      }
      const lang = labelLocale(user.locale);
      const people = await store.displayNames(
        selected.flatMap((r) => [r.createdBy, r.updatedBy, r.assignee ?? '']).filter(Boolean),
      );
      const sheet = recordSheet(kind, selected, lang, (u) => people.get(u));
      const file = await writeSpreadsheet(sheet, format);
      const day = formatInstant('Asia/Shanghai', deps.clock.now()).slice(0, 10);
      return { ...file, filename: `${kind.table}-${day}.${format}` };
    },

    /** One record with its links, open tasks, process instances, SLA clocks and approvals. */
    async detail(kind: RecordKind, idOrNumber: string, user: User) {
      const record = await load(kind, idOrNumber, user);
      const [links, numberTasks, numberInstances, clocks, decisions] = await Promise.all([
        store.links(record.id),
        store.openTasks(record.number),
        store.processInstances(record.number),
        deps.sla.clocksOf(kind.type, record.id),
        approvals.ofRecord(record.id),
      ]);
      // Kinds sharing a number (a major incident and its incident) show their own processes' work.
      const shared =
        Boolean(kind.numberOf) || deps.kinds.all().some((k) => k.numberOf === kind.type);
      const processInstances = shared
        ? numberInstances.filter((i) => kind.processIds.includes(i.processId))
        : numberInstances;
      const ownKeys = new Set(processInstances.map((i) => i.key));
      const tasks = numberTasks.filter((t) => !shared || ownKeys.has(t.processInstanceKey));
      const deciders = await store.displayNames(decisions.map((d) => d.decidedBy));
      // Task names in the reader's language (the element's label.zh-CN), as the inbox shows them.
      const labels = await readModel.elementLabels(tasks.map((t) => t.definitionKey));
      const zh = labelLocale(user.locale) === 'zh-CN';
      const named = tasks.map(({ definitionKey, processInstanceKey: _instance, ...task }) => ({
        ...task,
        name: (zh && labels.get(definitionKey)?.[task.elementId]?.['zh-CN']) || task.name,
      }));
      return {
        ...record,
        sla: clocks.map(slaView),
        links,
        tasks: named,
        processInstances,
        approvals: decisions.map((d) => ({
          ...d,
          decidedByName: deciders.get(d.decidedBy) ?? d.decidedBy,
        })),
      };
    },

    /** The history as sentences in both languages, with people's display names. */
    async history(kind: RecordKind, idOrNumber: string, user: User) {
      const record = await load(kind, idOrNumber, user);
      const entries = await store.history(kind, record.id);
      const names = await store.displayNames(entries.map((e) => e.actor));
      return entries.map((e) => ({
        at: e.at,
        actor: e.actor,
        actorName: names.get(e.actor) ?? e.actor,
        action: e.action,
        text: historyText(kind, e, (u) => names.get(u)),
        details: e.details,
      }));
    },

    async links(kind: RecordKind, idOrNumber: string, user: User) {
      const record = await load(kind, idOrNumber, user);
      return store.links(record.id);
    },

    /**
     * Creates a record and starts the kind's process in one transaction: if the engine cannot
     * start it, nothing is kept (503); if the commit fails after the start, the instance is
     * cancelled. A customer contact's record is always their own customer's.
     */
    async create(kind: RecordKind, body: Record<string, unknown>, user: User) {
      const creator = deps.creators?.[kind.type];
      if (kind.ownRoutes) {
        if (!creator) throw new NotFoundError(`${kind.labels.plural.en} are not created here`);
        const { id, created } = await creator(body, user);
        return { record: (await store.get(kind, id))!, created };
      }
      const { customerId, serviceId, requestId, ...fields } = body as {
        customerId?: string;
        serviceId?: string;
        requestId?: string;
      } & Record<string, unknown>;
      const ownCustomer = user.roles.includes('customer-contact') ? user.customerId : undefined;
      const processId = kind.processIds[0];
      let startedKey: string | undefined;
      try {
        const { record, created } = await store.create(
          kind,
          {
            fields,
            customerId: ownCustomer ?? customerId ?? null,
            serviceId: serviceId ?? null,
            requestId,
          },
          { by: user.username, at: deps.clock.now() },
          processId
            ? async (r) => {
                const started = await deps.engine.createInstance(processId, {
                  recordType: kind.type,
                  recordId: r.id,
                  recordNumber: r.number,
                });
                startedKey = started.key;
                return { process_instance_key: started.key };
              }
            : undefined,
        );
        return { record, created };
      } catch (err) {
        if (startedKey) await deps.engine.cancelInstance(startedKey).catch(() => undefined);
        if (err instanceof EngineError)
          throw new UnavailableError(
            err.kind === 'not-found'
              ? `The ${processId} process is not deployed; nothing was recorded`
              : `The process engine cannot be reached; nothing was recorded`,
          );
        throw err;
      }
    },

    /**
     * Runs a command: the roles and the statuses it is allowed from are checked (403, 409
     * naming the current status), then it moves the status and/or publishes its message to
     * the record's process (correlation key = record number) through the outbox.
     */
    async command(
      kind: RecordKind,
      idOrNumber: string,
      name: string,
      body: Record<string, unknown>,
      user: User,
    ): Promise<RecordView> {
      const spec = kind.commands?.[name];
      if (!spec) throw new NotFoundError(`${kind.labels.singular.en} has no command ${name}`);
      const record = await load(kind, idOrNumber, user);
      if (!spec.roles.some((r) => user.roles.includes(r as User['roles'][number])))
        throw new ForbiddenError(`${name} needs one of the roles: ${spec.roles.join(', ')}`);
      if (!spec.from.includes(record.status))
        throw new ConflictError(
          `${record.number} is ${record.status}; ${name} needs status ${spec.from.join(' or ')}`,
        );
      const at = deps.clock.now();
      const { comment, ...fields } = body as { comment?: string } & Record<string, unknown>;
      try {
        if (Object.keys(fields).length)
          await store.setFields(kind, record.id, fields, { by: user.username, at });
        if (spec.to)
          await store.setStatus(
            kind,
            record.id,
            spec.to,
            { by: user.username, at },
            { command: name },
          );
      } catch (err) {
        if (err instanceof TransitionError || err instanceof ReadOnlyRecordError)
          throw new ConflictError(err.message);
        throw err;
      }
      await store.appendHistory(
        kind,
        record.id,
        name,
        { comment: comment ?? null, ...fields },
        {
          by: user.username,
          at,
        },
      );
      if (spec.message) {
        await publishThroughOutbox(
          { engine: deps.engine, messages, clock: deps.clock },
          {
            idempotencyKey: `api:${record.id}:${name}:${at.getTime()}`,
            name: spec.message,
            correlationKey: record.number,
            variables: { requestedBy: user.username, comment: comment ?? null, ...fields },
            timeToLiveMs: COMMAND_MESSAGE_TTL_MS,
            sourceType: kind.type,
            sourceNumber: record.number,
          },
        );
      }
      return (await store.get(kind, record.id))!;
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
