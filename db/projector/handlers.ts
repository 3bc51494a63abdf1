import type { Knex } from 'knex';
import { engineDate, keyOf, str, type EngineRecord } from './engine-record.ts';

/** What the projector knows of a deployed diagram, taken from its XML. */
export interface ProcessDescription {
  name?: string;
  /** element id → English label (BPMN `name`). */
  elementNames: Record<string, string>;
  /** element id → locale → label (`zeebe:properties` `label.<locale>`), e.g. `zh-CN`. */
  elementLabels?: Record<string, Record<string, string>>;
  /** names of the messages that start this process. */
  messageStartNames: string[];
}

/** Reads a diagram's XML into what the read model keeps of it. */
export type DescribeProcess = (xml: string) => Promise<ProcessDescription>;

/** One read-model entity's projection: which records it reads and how it applies one. */
export interface ProjectionHandler {
  valueType: string;
  apply(trx: Knex.Transaction, record: EngineRecord): Promise<void>;
  /**
   * Takes the record's writes into `batch` instead of applying them one statement each, when
   * they are plain writes the batch can combine; false leaves the record to {@link apply}.
   * The projector flushes the batch before any record it applies, so every `apply` (and every
   * read in it) sees the writes of the records before it, as if each had been applied in turn.
   */
  stage?(trx: Knex.Transaction, record: EngineRecord, batch: ProjectionBatch): Promise<boolean>;
}

interface ElementRow {
  key: string;
  process_instance_key: string | undefined;
  element_id: string | undefined;
  element_type: string;
  state: string;
  started_at: Date;
  ended_at?: Date;
}

interface VariableRow {
  scope_key: string;
  name: string;
  process_instance_key: string;
  value: string;
  updated_at: Date;
}

/**
 * Writes of one projector batch held back and written together, a few statements per batch
 * instead of one per record (the element instances and variables are most of the records).
 * Keeps the outcome of applying them one by one: an element instance activated and ended
 * in the same batch is inserted ended (`merge` of state and end, as the update would have
 * done to a row already there); the last value of a variable wins.
 */
export class ProjectionBatch {
  private readonly elements = new Map<
    string,
    { row?: ElementRow; ended: boolean; end?: { state: string; ended_at: Date } }
  >();
  private readonly variables = new Map<string, VariableRow>();

  /** An element instance activated (insert, ignored when the row exists). */
  async insertElement(trx: Knex.Transaction, row: ElementRow): Promise<void> {
    const held = this.elements.get(row.key);
    if (held?.row) return; // inserted before in this batch: the second insert is ignored
    // An end held for a row this batch has not inserted must reach the table first.
    if (held) await this.flush(trx);
    this.elements.set(row.key, { row: { ...row }, ended: false });
  }

  /** An element instance ended (update of state and end instant). */
  endElement(key: string, state: string, ended_at: Date): void {
    const held = this.elements.get(key);
    if (held?.row) {
      held.row.state = state;
      held.row.ended_at = ended_at;
      held.ended = true;
    } else this.elements.set(key, { ended: true, end: { state, ended_at } });
  }

  /** A variable set (upsert of value and instant by scope and name). */
  setVariable(row: VariableRow): void {
    const id = `${row.scope_key}\u0000${row.name}`;
    const held = this.variables.get(id);
    this.variables.set(
      id,
      held ? { ...held, value: row.value, updated_at: row.updated_at } : { ...row },
    );
  }

  /** Writes what is held, a statement per kind of write. */
  async flush(trx: Knex.Transaction): Promise<void> {
    if (this.elements.size) {
      const fresh: ElementRow[] = [];
      const freshEnded: ElementRow[] = [];
      const ends: { key: string; state: string; ended_at: Date }[] = [];
      for (const [key, e] of this.elements) {
        if (e.row) (e.ended ? freshEnded : fresh).push(e.row);
        else if (e.end) ends.push({ key, ...e.end });
      }
      this.elements.clear();
      if (fresh.length) await trx('element_instances').insert(fresh).onConflict('key').ignore();
      if (freshEnded.length)
        await trx('element_instances')
          .insert(freshEnded)
          .onConflict('key')
          .merge(['state', 'ended_at']);
      if (ends.length)
        await trx.raw(
          `update element_instances as e set state = v.state, ended_at = v.ended_at
             from (values ${ends.map(() => '(?::text, ?::text, ?::timestamptz)').join(', ')})
               as v(key, state, ended_at)
            where e.key = v.key`,
          ends.flatMap((u) => [u.key, u.state, u.ended_at]),
        );
    }
    if (this.variables.size) {
      const rows = [...this.variables.values()];
      this.variables.clear();
      await trx('variables')
        .insert(rows)
        .onConflict(['scope_key', 'name'])
        .merge(['value', 'updated_at']);
    }
  }
}

const at = (record: EngineRecord) => new Date(record.timestamp);

function decodeBase64(value: unknown): string {
  return typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : '';
}

/** Deployed process versions with their XML, element labels and start messages. */
export function processDefinitionHandler(describe: DescribeProcess): ProjectionHandler {
  return {
    valueType: 'PROCESS',
    async apply(trx, record) {
      if (record.intent !== 'CREATED') return;
      const v = record.value;
      const xml = decodeBase64(v.resource);
      let description: ProcessDescription = { elementNames: {}, messageStartNames: [] };
      try {
        description = await describe(xml);
      } catch {
        // The engine accepted it, so it is valid BPMN; keep the version even if our reader fails.
      }
      await trx('process_definitions')
        .insert({
          key: keyOf(v, 'processDefinitionKey') ?? record.key,
          process_id: str(v, 'bpmnProcessId'),
          version: Number(v.version),
          name: description.name ?? null,
          resource_name: str(v, 'resourceName') ?? '',
          checksum: decodeBase64ToHex(v.checksum),
          xml,
          message_start_names: description.messageStartNames,
          element_names: JSON.stringify(description.elementNames),
          element_labels: JSON.stringify(description.elementLabels ?? {}),
          deployed_at: at(record),
        })
        .onConflict('key')
        .ignore();
    },
  };
}

/**
 * Fills `element_labels` of the process versions projected before the column existed (null)
 * from their stored XML. A diagram the reader cannot read gets none (`{}`), as on projection.
 */
export async function backfillElementLabels(
  db: Knex,
  describe: DescribeProcess,
  log?: { warn(message: string): void },
): Promise<number> {
  const rows: { key: string; xml: string }[] = await db('process_definitions')
    .whereNull('element_labels')
    .select('key', 'xml');
  for (const row of rows) {
    let labels: Record<string, Record<string, string>> = {};
    try {
      labels = (await describe(row.xml)).elementLabels ?? {};
    } catch {
      log?.warn(`Process definition ${row.key}: its labels could not be read from the XML`);
    }
    await db('process_definitions')
      .where({ key: row.key })
      .whereNull('element_labels')
      .update({ element_labels: JSON.stringify(labels) });
  }
  return rows.length;
}

function decodeBase64ToHex(value: unknown): string {
  return typeof value === 'string' ? Buffer.from(value, 'base64').toString('hex') : '';
}

/** Deployed forms with their form-js JSON. */
export const formHandler: ProjectionHandler = {
  valueType: 'FORM',
  async apply(trx, record) {
    if (record.intent !== 'CREATED') return;
    const v = record.value;
    const text = decodeBase64(v.resource);
    let schema: unknown;
    try {
      schema = JSON.parse(text);
    } catch {
      schema = { invalid: true };
    }
    await trx('forms')
      .insert({
        key: keyOf(v, 'formKey') ?? record.key,
        form_id: str(v, 'formId'),
        version: Number(v.version),
        resource_name: str(v, 'resourceName') ?? '',
        schema: JSON.stringify(schema),
        deployed_at: at(record),
      })
      .onConflict('key')
      .ignore();
  },
};

const ELEMENT_END_STATES: Record<string, string> = {
  ELEMENT_COMPLETED: 'completed',
  ELEMENT_TERMINATED: 'terminated',
};

/** The `element_instances` row of an element the engine is activating. */
function activatedElementRow(record: EngineRecord, type: string) {
  const v = record.value;
  return {
    key: record.key,
    process_instance_key: keyOf(v, 'processInstanceKey'),
    element_id: str(v, 'elementId'),
    element_type: type,
    state: 'active',
    started_at: at(record),
  };
}

/** Process instances (state, version, start, end) and their element instances (overlays). */
export const processInstanceHandler: ProjectionHandler = {
  valueType: 'PROCESS_INSTANCE',
  async stage(trx, record, batch) {
    const v = record.value;
    const type = str(v, 'bpmnElementType');
    if (!type || type === 'SEQUENCE_FLOW') return true;
    if (type === 'PROCESS' || record.intent === 'ELEMENT_MIGRATED') return false;
    if (record.intent === 'ELEMENT_ACTIVATING') {
      await batch.insertElement(trx, activatedElementRow(record, type));
    } else if (ELEMENT_END_STATES[record.intent]) {
      batch.endElement(record.key, ELEMENT_END_STATES[record.intent]!, at(record));
    }
    return true;
  },
  async apply(trx, record) {
    const v = record.value;
    const type = str(v, 'bpmnElementType');
    if (!type || type === 'SEQUENCE_FLOW') return;
    if (record.intent === 'ELEMENT_MIGRATED') {
      await applyElementMigrated(trx, record, type);
      return;
    }
    if (type === 'PROCESS') {
      if (record.intent === 'ELEMENT_ACTIVATING') {
        await trx('process_instances')
          .insert({
            key: record.key,
            process_id: str(v, 'bpmnProcessId'),
            version: Number(v.version),
            definition_key: keyOf(v, 'processDefinitionKey'),
            state: 'active',
            parent_instance_key: keyOf(v, 'parentProcessInstanceKey') ?? null,
            started_at: at(record),
            ...(await recordLinkFromVariables(trx, record.key)),
          })
          .onConflict('key')
          .ignore();
      } else if (record.intent === 'ELEMENT_COMPLETED' || record.intent === 'ELEMENT_TERMINATED') {
        await trx('process_instances')
          .where({ key: record.key })
          .update({
            state: record.intent === 'ELEMENT_COMPLETED' ? 'completed' : 'canceled',
            ended_at: at(record),
          });
      }
      return;
    }
    if (record.intent === 'ELEMENT_ACTIVATING') {
      await trx('element_instances')
        .insert(activatedElementRow(record, type))
        .onConflict('key')
        .ignore();
    } else if (ELEMENT_END_STATES[record.intent]) {
      await trx('element_instances')
        .where({ key: record.key })
        .update({ state: ELEMENT_END_STATES[record.intent], ended_at: at(record) });
    }
  },
};

/**
 * An element instance moved to another process version (instance migration): the process
 * instance takes the target's process id, version and definition; an element takes its
 * target element's id (and type, which Zeebe keeps equal).
 */
async function applyElementMigrated(trx: Knex.Transaction, record: EngineRecord, type: string) {
  const v = record.value;
  if (type === 'PROCESS') {
    await trx('process_instances')
      .where({ key: record.key })
      .update({
        process_id: str(v, 'bpmnProcessId'),
        version: Number(v.version),
        definition_key: keyOf(v, 'processDefinitionKey'),
      });
    return;
  }
  await trx('element_instances')
    .where({ key: record.key })
    .update({ element_id: str(v, 'elementId'), element_type: type });
}

/** Incidents: type, message, element, job, open or resolved. */
export const incidentHandler: ProjectionHandler = {
  valueType: 'INCIDENT',
  async apply(trx, record) {
    const v = record.value;
    if (record.intent === 'CREATED') {
      await trx('engine_incidents')
        .insert({
          key: record.key,
          process_instance_key: keyOf(v, 'processInstanceKey'),
          element_instance_key: keyOf(v, 'elementInstanceKey') ?? null,
          element_id: str(v, 'elementId') ?? null,
          job_key: keyOf(v, 'jobKey') ?? null,
          error_type: str(v, 'errorType') ?? 'UNKNOWN',
          error_message: str(v, 'errorMessage') ?? null,
          state: 'open',
          created_at: at(record),
        })
        .onConflict('key')
        .ignore();
    } else if (record.intent === 'MIGRATED') {
      await trx('engine_incidents')
        .where({ key: record.key })
        .update({ element_id: str(v, 'elementId') ?? null });
    } else if (record.intent === 'RESOLVED') {
      await trx('engine_incidents')
        .where({ key: record.key })
        .update({ state: 'resolved', resolved_at: at(record) });
    }
  },
};

/** The variables that link an instance to its ITSM record. */
const RECORD_LINK = { recordType: 'record_type', recordNumber: 'record_number' } as const;

/** The record link of an instance whose variables were projected before the instance itself. */
async function recordLinkFromVariables(trx: Knex.Transaction, instanceKey: string) {
  const rows: { name: string; value: unknown }[] = await trx('variables')
    .where({ scope_key: instanceKey })
    .whereIn('name', Object.keys(RECORD_LINK))
    .select('name', 'value');
  const link: Record<string, string> = {};
  for (const row of rows) {
    if (typeof row.value === 'string')
      link[RECORD_LINK[row.name as keyof typeof RECORD_LINK]] = row.value;
  }
  return link;
}

/** Variables by scope, and the record link of an instance from its root-scope variables. */
export const variableHandler: ProjectionHandler = {
  valueType: 'VARIABLE',
  async stage(_trx, record, batch) {
    if (record.intent !== 'CREATED' && record.intent !== 'UPDATED') return true;
    const v = record.value;
    const name = str(v, 'name');
    const scopeKey = keyOf(v, 'scopeKey');
    const instanceKey = keyOf(v, 'processInstanceKey');
    if (!name || !scopeKey || !instanceKey) return true;
    // The record link also updates instances and tasks: applied in turn.
    if (scopeKey === instanceKey && name in RECORD_LINK) return false;
    batch.setVariable({
      scope_key: scopeKey,
      name,
      process_instance_key: instanceKey,
      value: typeof v.value === 'string' ? v.value : 'null',
      updated_at: at(record),
    });
    return true;
  },
  async apply(trx, record) {
    if (record.intent !== 'CREATED' && record.intent !== 'UPDATED') return;
    const v = record.value;
    const name = str(v, 'name');
    const scopeKey = keyOf(v, 'scopeKey');
    const instanceKey = keyOf(v, 'processInstanceKey');
    if (!name || !scopeKey || !instanceKey) return;
    const raw = typeof v.value === 'string' ? v.value : 'null';
    await trx('variables')
      .insert({
        scope_key: scopeKey,
        name,
        process_instance_key: instanceKey,
        value: raw,
        updated_at: at(record),
      })
      .onConflict(['scope_key', 'name'])
      .merge(['value', 'updated_at']);
    if (scopeKey === instanceKey && name in RECORD_LINK) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = null;
      }
      const column = RECORD_LINK[name as keyof typeof RECORD_LINK];
      const linked = typeof parsed === 'string' ? parsed : null;
      await trx('process_instances')
        .where({ key: instanceKey })
        .update({ [column]: linked });
      await trx('tasks')
        .where({ process_instance_key: instanceKey })
        .update({ [column]: linked });
    }
  },
};

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
}

/** The action token the API sends with its claim and complete commands (see TaskService). */
export const API_ACTION = /^itsm-(claim|complete)-[0-9a-f-]{36}$/;

/**
 * Applies a user-task record's change without moving the row back: while the API has written
 * a change of its own (`api_action`, the token of its command) that this record does not
 * carry, the record is older than that write, so it leaves the assignee as the API wrote it;
 * the state only ever moves forward (created → completed or canceled). The record carrying the
 * token clears the mark and is remembered (`applied_actions`), so the API's write of an
 * already applied command is dropped.
 */
async function applyTaskChange(
  trx: Knex.Transaction,
  key: string,
  action: string | undefined,
  change: { assignee: string | null } | { state: 'completed' | 'canceled'; ended_at: Date },
): Promise<void> {
  const token = action && API_ACTION.test(action) ? action : null;
  const update: Record<string, unknown> = {
    api_action: trx.raw('case when api_action = ? then null else api_action end', [token]),
  };
  if (token) update.applied_actions = trx.raw('array_append(applied_actions, ?)', [token]);
  if ('assignee' in change) {
    update.assignee = trx.raw(
      'case when api_action is not null and api_action is distinct from ? then assignee else ? end',
      [token, change.assignee],
    );
  } else {
    // A completion the API already wrote keeps its state; the engine's instant replaces the API's.
    update.state = trx.raw("case when state = 'created' then ? else state end", [change.state]);
    update.ended_at = change.ended_at;
  }
  await trx('tasks').where({ key }).update(update);
}

/** People's tasks (the queues): created, assigned, updated, completed, canceled. */
export const userTaskHandler: ProjectionHandler = {
  valueType: 'USER_TASK',
  async apply(trx, record) {
    const v = record.value;
    const key = keyOf(v, 'userTaskKey') ?? record.key;
    switch (record.intent) {
      case 'CREATED': {
        const instanceKey = keyOf(v, 'processInstanceKey');
        const definitionKey = keyOf(v, 'processDefinitionKey');
        const elementId = str(v, 'elementId') ?? '';
        // One connection per transaction: its queries run one after another.
        const definition = await trx('process_definitions')
          .where({ key: definitionKey })
          .first('element_names');
        const instance = await trx('process_instances')
          .where({ key: instanceKey })
          .first('record_type', 'record_number');
        const formKey = keyOf(v, 'formKey');
        const form = formKey
          ? await trx('forms').where({ key: formKey }).first('form_id')
          : undefined;
        const names = (definition?.element_names ?? {}) as Record<string, string>;
        await trx('tasks')
          .insert({
            key,
            process_instance_key: instanceKey,
            process_id: str(v, 'bpmnProcessId'),
            definition_key: definitionKey,
            element_id: elementId,
            element_instance_key: keyOf(v, 'elementInstanceKey'),
            name: names[elementId] ?? elementId,
            candidate_groups: stringList(v.candidateGroupsList),
            candidate_users: stringList(v.candidateUsersList),
            assignee: str(v, 'assignee') ?? null,
            form_key: keyOf(v, 'formKey') ?? null,
            form_id: form?.form_id ?? null,
            state: 'created',
            record_type: instance?.record_type ?? null,
            record_number: instance?.record_number ?? null,
            created_at: at(record),
            due_at: engineDate(v.dueDate) ?? null,
            follow_up_at: engineDate(v.followUpDate) ?? null,
            custom_headers: JSON.stringify(stringMap(v.customHeaders)),
          })
          .onConflict('key')
          .ignore();
        return;
      }
      case 'ASSIGNED':
        await applyTaskChange(trx, key, str(v, 'action'), { assignee: str(v, 'assignee') ?? null });
        return;
      case 'UPDATED':
        await trx('tasks')
          .where({ key })
          .update({
            candidate_groups: stringList(v.candidateGroupsList),
            candidate_users: stringList(v.candidateUsersList),
            due_at: engineDate(v.dueDate) ?? null,
            follow_up_at: engineDate(v.followUpDate) ?? null,
          });
        return;
      case 'MIGRATED': {
        // The task moved with its instance to another process version: its element and name.
        const definitionKey = keyOf(v, 'processDefinitionKey');
        const elementId = str(v, 'elementId') ?? '';
        const definition = await trx('process_definitions')
          .where({ key: definitionKey })
          .first('element_names');
        const names = (definition?.element_names ?? {}) as Record<string, string>;
        await trx('tasks')
          .where({ key })
          .update({
            process_id: str(v, 'bpmnProcessId'),
            definition_key: definitionKey,
            element_id: elementId,
            name: names[elementId] ?? elementId,
          });
        return;
      }
      case 'COMPLETED':
        await applyTaskChange(trx, key, str(v, 'action'), {
          state: 'completed',
          ended_at: at(record),
        });
        return;
      case 'CANCELED':
        await applyTaskChange(trx, key, str(v, 'action'), {
          state: 'canceled',
          ended_at: at(record),
        });
        return;
      default:
        return;
    }
  },
};

/** A finished migration command: when the instance last moved to another version. */
export const instanceMigrationHandler: ProjectionHandler = {
  valueType: 'PROCESS_INSTANCE_MIGRATION',
  async apply(trx, record) {
    if (record.intent !== 'MIGRATED') return;
    const instanceKey = keyOf(record.value, 'processInstanceKey');
    if (instanceKey)
      await trx('process_instances')
        .where({ key: instanceKey })
        .update({ migrated_at: at(record) });
  },
};

/** Start messages that started an instance close their outbox row (published_messages). */
export const messageStartHandler: ProjectionHandler = {
  valueType: 'MESSAGE_START_EVENT_SUBSCRIPTION',
  async apply(trx, record) {
    if (record.intent !== 'CORRELATED') return;
    const v = record.value;
    const messageKey = keyOf(v, 'messageKey');
    const instanceKey = keyOf(v, 'processInstanceKey');
    if (!messageKey || !instanceKey) return;
    const linked = await trx('published_messages')
      .where({ message_key: messageKey })
      .whereNull('started_instance_key')
      .update({ started_instance_key: instanceKey });
    if (linked > 0) return;
    // The publisher may not have stored the new message key yet: link the oldest open row
    // of the same message and correlation key instead.
    const open = await trx('published_messages')
      .where({
        message_name: str(v, 'messageName') ?? '',
        correlation_key: str(v, 'correlationKey') ?? '',
      })
      .whereNull('started_instance_key')
      .orderBy('published_at')
      .first('id');
    if (open)
      await trx('published_messages')
        .where({ id: open.id })
        .update({ started_instance_key: instanceKey });
  },
};

/** Every handler of the read model, in the order they apply within one record. */
export function createReadModelHandlers(describe: DescribeProcess): ProjectionHandler[] {
  return [
    processDefinitionHandler(describe),
    formHandler,
    processInstanceHandler,
    incidentHandler,
    variableHandler,
    userTaskHandler,
    messageStartHandler,
    instanceMigrationHandler,
  ];
}
