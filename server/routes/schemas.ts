/**
 * JSON Schemas shared by the routes' answers, published once in the OpenAPI document under
 * `components.schemas` and referred to as `#/components/schemas/<Name>`. The app checks real
 * answers against them in the tests (server/answer-check.ts).
 */

/** A reference to a shared schema, as the OpenAPI document resolves it. */
export const ref = (name: keyof typeof sharedSchemas) => ({
  $ref: `#/components/schemas/${name}`,
});

export const str = { type: 'string' } as const;
export const int = { type: 'integer' } as const;
export const num = { type: 'number' } as const;
export const bool = { type: 'boolean' } as const;
/** An instant as JSON carries it (ISO 8601). */
export const instant = { type: 'string', format: 'date-time' } as const;
/** An instant written with the calendar's offset, or any ISO 8601 text. */
export const isoText = { type: 'string', minLength: 1 } as const;
export const anyValue = {} as const;
/**
 * The largest whole number a request may carry where PostgreSQL stores or compares it as an
 * `integer` (versions) or pages by it (offsets): larger ones would fail at the database.
 */
export const INT_MAX = 2_147_483_647;

/** `schema` or null. */
export const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

/** An object with these properties; `required` names those always present. */
export function obj(
  properties: Record<string, object>,
  required: readonly string[] = Object.keys(properties),
  open = true,
): object {
  return {
    type: 'object',
    properties,
    required: [...required],
    ...(open ? {} : { additionalProperties: false }),
  };
}

export const arrayOf = (items: object) => ({ type: 'array', items });
/** `{ items }`. */
export const itemsOf = (items: object) => obj({ items: arrayOf(items) });
/** `{ items, total }`. */
export const pageOf = (items: object) => obj({ items: arrayOf(items), total: int });

/** A downloaded XLSX or CSV file (Content-Disposition: attachment). */
export const SPREADSHEET_CONTENT = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    type: 'string',
    format: 'binary',
  },
  'text/csv': { type: 'string' },
};

/** Both languages' names of a thing. */
export const labels = obj({ 'zh-CN': str, en: str }, []);

/** The body of every error answer (api.md). */
export const errorSchema = ref('Error');

/** A record reference: its type and number. */
const recordRef = obj({ type: str, number: str });

const taskSla = obj({
  clockType: str,
  dueAt: str,
  percent: int,
  remainingMinutes: int,
  state: str,
  level: { type: 'string', enum: ['ok', 'amber', 'red'] },
});

const task = obj(
  {
    id: str,
    name: str,
    names: obj({ en: str, 'zh-CN': str }),
    processId: str,
    processInstanceKey: str,
    elementId: str,
    record: nullable(recordRef),
    candidateGroups: arrayOf(str),
    assignee: nullable(str),
    createdAt: instant,
    dueAt: nullable(instant),
    formId: nullable(str),
    state: { type: 'string', enum: ['open', 'completed', 'canceled'] },
    sla: nullable(taskSla),
  },
  [
    'id',
    'name',
    'names',
    'processId',
    'processInstanceKey',
    'elementId',
    'candidateGroups',
    'createdAt',
    'state',
  ],
);

const instanceSummary = obj(
  {
    key: str,
    processId: str,
    version: int,
    state: { type: 'string', enum: ['active', 'completed', 'canceled', 'incident'] },
    startedAt: instant,
    endedAt: instant,
    record: recordRef,
    migratedAt: instant,
  },
  ['key', 'processId', 'version', 'state', 'startedAt'],
);

/** Shared schemas by name (components.schemas). */
export const sharedSchemas = {
  Error: obj(
    {
      error: obj(
        {
          code: str,
          message: str,
          details: arrayOf({}),
        },
        ['code', 'message', 'details'],
      ),
    },
    ['error'],
  ),
  RecordRef: recordRef,
  TaskSla: taskSla,
  Task: task,
  TaskDetail: {
    allOf: [
      { $ref: '#/components/schemas/Task' },
      obj({ form: nullable({ type: 'object' }), variables: { type: 'object' } }),
    ],
  },
  ProcessVersion: obj({ key: str, processId: str, name: str, version: int, deployedAt: instant }, [
    'key',
    'processId',
    'version',
    'deployedAt',
  ]),
  InstanceSummary: instanceSummary,
  Instance: {
    allOf: [
      { $ref: '#/components/schemas/InstanceSummary' },
      obj({
        definitionKey: str,
        elements: arrayOf(obj({ elementId: str, state: str, count: int })),
        incidents: arrayOf(
          obj(
            {
              key: str,
              elementId: str,
              type: str,
              message: str,
              jobKey: str,
              createdAt: instant,
            },
            ['key', 'elementId', 'type', 'message', 'createdAt'],
          ),
        ),
        variables: { type: 'object' },
      }),
    ],
  },
  KpiValue: obj(
    {
      id: str,
      labels,
      target: num,
      comparator: { type: 'string', enum: ['>=', '<=', '='] },
      actual: nullable(num),
      numerator: num,
      denominator: num,
      met: nullable(bool),
      note: str,
    },
    ['id', 'target', 'comparator', 'actual', 'numerator', 'denominator', 'met'],
  ),
  HistoryEntry: obj({ at: isoText, actor: str, action: str, details: anyValue }, [
    'at',
    'actor',
    'action',
  ]),
  Incident: obj({
    id: str,
    number: str,
    title: str,
    description: nullable(str),
    status: str,
    impact: int,
    urgency: int,
    priority: str,
    channel: str,
    type: nullable(str),
    category: nullable(str),
    customerId: nullable(str),
    serviceId: nullable(str),
    ciIds: arrayOf(str),
    reporter: obj({ name: str, contact: nullable(str) }),
    assignmentGroup: str,
    assignee: nullable(str),
    major: bool,
    security: bool,
    escalationLevel: str,
    functionalLevel: str,
    reopenCount: int,
    resolutionCode: nullable(str),
    resolution: nullable(str),
    rating: nullable(num),
    exempt: bool,
    exemptReason: nullable(str),
    sla: obj({
      responseDueAt: nullable(isoText),
      resolutionDueAt: nullable(isoText),
      respondedAt: nullable(isoText),
      resolvedAt: nullable(isoText),
      paused: bool,
      breached: obj({ response: bool, resolution: bool }),
      calendarIncomplete: bool,
    }),
    processInstanceKey: nullable(str),
    createdAt: isoText,
    createdBy: str,
    closedAt: nullable(isoText),
    cancelledAt: nullable(isoText),
  }),
  Deployed: obj({ processId: str, version: int, key: str }),
  DeployedForm: obj({ formId: str, version: int, key: str }),
} as const satisfies Record<string, object>;
