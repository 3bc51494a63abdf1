/**
 * The routes of every record kind (api.md "Records (every kind)"), generated from the kinds'
 * declarations: `/api/records/<kind>` and the spec's named path (`/api/problems`, …) answer
 * the same, each with the kind's own request and response schemas in the OpenAPI document.
 */
import type { Role } from '../auth/roles.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import { SPREADSHEET_FORMATS, type SpreadsheetFormat } from '../exports/spreadsheet.ts';
import {
  commandSchema,
  createSchema,
  fieldSchema,
  recordDetailSchema,
  recordSchema,
  sortableFields,
} from '../../lib/records/schema.ts';
import type { RecordService } from '../services/record.service.ts';
import type { RecordListFilter } from '../../db/repositories/record-store.repository.ts';
import { route, type RouteSpec } from './route-spec.ts';
import {
  INT_MAX,
  anyValue,
  arrayOf,
  bool,
  int,
  isoText,
  itemsOf,
  num,
  obj,
  SPREADSHEET_CONTENT,
  str,
} from './schemas.ts';

const TAG = 'Records';

/** The spec's named path of a kind: its table in kebab-case (`known_errors` → `known-errors`). */
export const namedPathOf = (kind: RecordKind) => `/api/${kind.table.replaceAll('_', '-')}`;

/**
 * Who may call a kind's read routes: its readers and portal users where scoped; anyone signed
 * in where records are read as one's own (every user is a requester, §0.2).
 */
function readersOf(kind: RecordKind): Role[] | 'authenticated' {
  if (kind.read.scopes.includes('own')) return 'authenticated';
  const roles = new Set(kind.read.roles as readonly Role[]);
  if (kind.read.scopes.includes('customer')) roles.add('customer-contact');
  return [...roles];
}

/** The list query of a kind: common filters, the kind's own filters, search, paging, sort. */
function listQuery(kind: RecordKind): object {
  const properties: Record<string, object> = {
    status: { type: 'string', enum: Object.keys(kind.statuses.labels) },
    q: { type: 'string', minLength: 1, maxLength: 200 },
    assignee: { type: 'string', minLength: 1 },
    assignmentGroup: { type: 'string', minLength: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, maximum: INT_MAX, default: 0 },
    sort: {
      type: 'string',
      enum: sortableFields(kind).flatMap((f) => [f, `-${f}`]),
      description: 'A field to sort by; a leading "-" sorts descending',
    },
  };
  for (const name of kind.list.filters) {
    const field = kind.fields[name];
    if (field && !properties[name]) {
      const schema: Record<string, unknown> = { ...fieldSchema(field) };
      delete schema.title;
      delete schema['x-labels'];
      properties[name] = schema;
    }
  }
  return { type: 'object', properties, additionalProperties: false };
}

/** A list query's filters and sort (`-field` descending) as the records service takes them. */
function filterOf(
  query: Record<string, unknown>,
): Omit<RecordListFilter, 'scope' | 'limit' | 'offset'> {
  const { status, q, assignee, assignmentGroup, sort, ...fields } = query as Record<
    string,
    string | undefined
  >;
  return {
    status,
    q,
    assignee,
    assignmentGroup,
    fields,
    sort: sort
      ? { field: sort.replace(/^-/, ''), direction: sort.startsWith('-') ? 'desc' : 'asc' }
      : undefined,
  };
}

/** The list's filters and sort, without paging, and the file format. */
function exportQuery(kind: RecordKind): object {
  const properties = { ...(listQuery(kind) as { properties: Record<string, object> }).properties };
  delete properties.limit;
  delete properties.offset;
  return {
    type: 'object',
    properties: {
      ...properties,
      format: { type: 'string', enum: [...SPREADSHEET_FORMATS], default: 'xlsx' },
    },
    additionalProperties: false,
  };
}

const page = (item: object) => ({
  type: 'object',
  properties: { items: { type: 'array', items: item }, total: { type: 'integer' } },
  required: ['items', 'total'],
});

/** A text in both languages. */
const BOTH_LANGUAGES = obj({ en: str, 'zh-CN': str });

/** An object whose every property has this schema. */
const mapOf = (values: object) => ({ type: 'object', additionalProperties: values });

/** A JSON Schema of an object (a create or command body). */
const OBJECT_SCHEMA = obj(
  {
    type: { type: 'string', const: 'object' },
    properties: mapOf({ type: 'object' }),
    required: arrayOf(str),
  },
  ['type', 'properties'],
);

/** One field of a kind (lib/records/kind.ts FieldSpec) as the UI reads it. */
const FIELD_VIEW = obj(
  {
    type: { type: 'string', enum: ['string', 'integer', 'number', 'boolean', 'array', 'object'] },
    labels: BOTH_LANGUAGES,
    enum: arrayOf(str),
    enumLabels: mapOf(BOTH_LANGUAGES),
    format: { type: 'string', enum: ['date-time', 'date', 'uuid', 'email'] },
    minLength: int,
    maxLength: int,
    minimum: num,
    maximum: num,
    items: obj({ type: str, format: str }, ['type']),
    maxItems: int,
    column: bool,
    columnName: str,
    refersTo: str,
    choicesFrom: str,
  },
  ['type', 'labels'],
);

/** Every route of every kind, for both of its paths. */
export function recordRoutes(deps: { kinds: KindRegistry; records: RecordService }): RouteSpec[] {
  const { records } = deps;
  const routes: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/record-kinds',
      summary: 'The record kinds the caller may read, with statuses, create schema and commands',
      tag: TAG,
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ items: [{ type, prefix, labels, … }] }',
        schema: itemsOf(
          obj(
            {
              type: str,
              prefix: str,
              path: str,
              processIds: arrayOf(str),
              labels: obj({ singular: BOTH_LANGUAGES, plural: BOTH_LANGUAGES }),
              statuses: obj(
                {
                  initial: str,
                  labels: mapOf(BOTH_LANGUAGES),
                  final: arrayOf(str),
                  transitions: mapOf(arrayOf(str)),
                  stamps: mapOf(str),
                },
                ['initial', 'labels', 'final', 'transitions'],
              ),
              fields: mapOf(FIELD_VIEW),
              createSchema: OBJECT_SCHEMA,
              canCreate: bool,
              ownRoutes: bool,
              commands: mapOf(
                obj({
                  labels: BOTH_LANGUAGES,
                  from: arrayOf(str),
                  roles: arrayOf(str),
                  schema: OBJECT_SCHEMA,
                }),
              ),
              list: obj({ columns: arrayOf(str), filters: arrayOf(str) }),
            },
            [
              'type',
              'prefix',
              'path',
              'processIds',
              'labels',
              'statuses',
              'fields',
              'createSchema',
              'canCreate',
              'ownRoutes',
              'commands',
              'list',
            ],
          ),
        ),
      },
      async handler(req) {
        const items = records.readableKinds(req.user!).map((k) => ({
          type: k.type,
          prefix: k.prefix,
          path: namedPathOf(k),
          processIds: k.processIds,
          labels: k.labels,
          statuses: k.statuses,
          fields: k.fields,
          createSchema: createSchema(k),
          canCreate:
            records.creates(k) && k.create.roles.some((r) => req.user!.roles.includes(r as Role)),
          ownRoutes: Boolean(k.ownRoutes),
          commands: Object.fromEntries(
            Object.entries(k.commands ?? {}).map(([name, c]) => [
              name,
              { labels: c.labels, from: c.from, roles: c.roles, schema: commandSchema(k, name) },
            ]),
          ),
          list: k.list,
        }));
        return { body: { items } };
      },
    }),
  ];

  for (const kind of deps.kinds.all()) {
    const one = recordSchema(kind);
    const name = kind.labels.singular.en.toLowerCase();
    const bases = kind.ownRoutes
      ? [`/api/records/${kind.type}`]
      : [`/api/records/${kind.type}`, namedPathOf(kind)];
    for (const base of bases) {
      routes.push(
        route({
          method: 'get',
          path: base,
          summary: `${kind.labels.plural.en}: filter, search (any language), page and sort`,
          tag: TAG,
          access: readersOf(kind),
          query: listQuery(kind),
          success: { status: 200, description: '{ items, total }', schema: page(one) },
          async handler(req) {
            const { limit, offset, ...query } = req.query as Record<string, unknown> & {
              limit: number;
              offset: number;
            };
            return {
              body: await records.list(kind, { ...filterOf(query), limit, offset }, req.user!),
            };
          },
        }),
        route({
          method: 'get',
          path: `${base}/export`,
          summary: `${kind.labels.plural.en} the filters select, as an XLSX or CSV file in the caller's language`,
          tag: TAG,
          access: readersOf(kind),
          query: exportQuery(kind),
          success: {
            status: 200,
            description: 'The file (Content-Disposition: attachment); 400 beyond 50 000 rows',
            content: SPREADSHEET_CONTENT,
          },
          async handler(req) {
            const { format, ...query } = req.query as Record<string, unknown> & {
              format: SpreadsheetFormat;
            };
            const file = await records.exportList(kind, filterOf(query), format, req.user!);
            return { body: file.body, contentType: file.contentType, filename: file.filename };
          },
        }),
        route({
          method: 'get',
          path: `${base}/:idOrNumber`,
          summary: `One ${name} with its SLA clocks, links, open tasks, process instances and approvals`,
          tag: TAG,
          access: readersOf(kind),
          success: { status: 200, description: `The ${name}`, schema: recordDetailSchema(kind) },
          async handler(req) {
            return { body: await records.detail(kind, req.params.idOrNumber!, req.user!) };
          },
        }),
        route({
          method: 'get',
          path: `${base}/:idOrNumber/history`,
          summary: `The history of a ${name}, told in both languages`,
          tag: TAG,
          access: readersOf(kind),
          success: {
            status: 200,
            description: '{ items: [{ at, actor, actorName, action, text, details }] }',
            schema: itemsOf(
              obj(
                {
                  at: isoText,
                  actor: str,
                  actorName: str,
                  action: str,
                  text: BOTH_LANGUAGES,
                  details: anyValue,
                },
                ['at', 'actor', 'actorName', 'action', 'text'],
              ),
            ),
          },
          async handler(req) {
            return {
              body: { items: await records.history(kind, req.params.idOrNumber!, req.user!) },
            };
          },
        }),
        route({
          method: 'get',
          path: `${base}/:idOrNumber/links`,
          summary: `The records linked to a ${name}`,
          tag: TAG,
          access: readersOf(kind),
          success: {
            status: 200,
            description: '{ items: [{ type, number, relation }] }',
            schema: itemsOf(obj({ type: str, number: str, relation: str })),
          },
          async handler(req) {
            return {
              body: { items: await records.links(kind, req.params.idOrNumber!, req.user!) },
            };
          },
        }),
      );
      if (records.creates(kind))
        routes.push(
          route({
            method: 'post',
            path: base,
            summary: kind.ownRoutes
              ? `Create a ${name} by the rules of ${namedPathOf(kind)} (api.md)`
              : `Create a ${name}${kind.processIds[0] ? ` and start ${kind.processIds[0]}` : ''}`,
            tag: TAG,
            access: kind.create.roles as readonly Role[],
            body: createSchema(kind),
            success: { status: 201, description: `The ${name}`, schema: one },
            otherAnswers: {
              200: {
                description: `The ${name} this request created before (the same request again)`,
                schema: one,
              },
            },
            async handler(req) {
              const { record, created } = await records.create(
                kind,
                req.body as Record<string, unknown>,
                req.user!,
              );
              return { status: created ? 201 : 200, body: record };
            },
          }),
        );
      // A kind with its own routes runs its commands there.
      if (kind.ownRoutes) continue;
      for (const [command, spec] of Object.entries(kind.commands ?? {})) {
        routes.push(
          route({
            method: 'post',
            path: `${base}/:idOrNumber/${command}`,
            summary: `${spec.labels.en} a ${name} (from ${spec.from.join(', ')})`,
            tag: TAG,
            access: spec.roles as readonly Role[],
            body: commandSchema(kind, command),
            success: { status: 200, description: `The ${name} after the command`, schema: one },
            async handler(req) {
              return {
                body: await records.command(
                  kind,
                  req.params.idOrNumber!,
                  command,
                  req.body as Record<string, unknown>,
                  req.user!,
                ),
              };
            },
          }),
        );
      }
    }
  }
  return routes;
}
