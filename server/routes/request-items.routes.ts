import type { Knex } from 'knex';
import { DuplicateKeyError } from '../../db/repositories/reference-data.repository.ts';
import {
  createRequestItemsRepository,
  type RequestItem,
  type RequestItemInput,
} from '../../db/repositories/request-items.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { APPROVAL_POLICIES, REQUEST_ITEM_TYPES } from '../../lib/request/rules.ts';
import type { Role } from '../auth/roles.ts';
import { ConflictError, InputError, NotFoundError, type FieldProblem } from '../errors.ts';
import { route, type RouteSpec } from './route-spec.ts';

const TAG = 'Service request catalogue';
const ADMIN: readonly Role[] = ['admin'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength });
const optionalText = (maxLength = 200) => ({ type: ['string', 'null'], minLength: 1, maxLength });
const level = { type: 'integer', minimum: 1, maximum: 3 };

const itemProperties = {
  code: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$' },
  nameZh: text(),
  nameEn: text(),
  type: { type: 'string', enum: [...REQUEST_ITEM_TYPES] },
  approvalPolicy: { type: 'string', enum: [...APPROVAL_POLICIES] },
  approver: optionalText(100),
  fulfilmentGroup: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$' },
  defaultImpact: level,
  defaultUrgency: level,
  fulfilmentTarget: {
    type: ['object', 'null'],
    properties: {
      amount: { type: 'integer', minimum: 1, maximum: 10_000 },
      unit: { type: 'string', enum: ['minutes', 'hours', 'business_hours', 'business_days'] },
    },
    required: ['amount', 'unit'],
    additionalProperties: false,
  },
  formId: optionalText(200),
  changeTemplateId: optionalText(100),
  withinAuthorisedScope: { type: 'boolean' },
  active: { type: 'boolean' },
};

const createBody = {
  type: 'object',
  properties: itemProperties,
  required: ['code', 'nameZh', 'nameEn', 'type', 'fulfilmentGroup'],
  additionalProperties: false,
};

const updateBody = {
  type: 'object',
  properties: itemProperties,
  minProperties: 1,
  additionalProperties: false,
};

const itemSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    ...itemProperties,
    approver: { type: ['string', 'null'] },
    formId: { type: ['string', 'null'] },
    changeTemplateId: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  required: [
    'id',
    'code',
    'nameZh',
    'nameEn',
    'type',
    'approvalPolicy',
    'approver',
    'fulfilmentGroup',
    'defaultImpact',
    'defaultUrgency',
    'fulfilmentTarget',
    'formId',
    'changeTemplateId',
    'withinAuthorisedScope',
    'active',
    'createdAt',
    'updatedAt',
  ],
  additionalProperties: false,
};

const listSchema = {
  type: 'object',
  properties: { items: { type: 'array', items: itemSchema }, total: { type: 'integer' } },
  required: ['items', 'total'],
  additionalProperties: false,
};

/**
 * The request catalogue (processes.md §2 "Request catalogue"): every signed-in user reads the
 * active items (the portal offers them when a request is raised); only `admin` adds, changes
 * and deactivates them (DELETE deactivates: requests keep their item). Bad input is a 400
 * naming the field, a code already taken a 409.
 */
export function requestItemRoutes(deps: { db: Knex; clock: Clock }): RouteSpec[] {
  const items = createRequestItemsRepository(deps.db);

  /** Checks what a schema cannot: the group and approver exist, the item's kind of change. */
  async function check(merged: RequestItemInput): Promise<void> {
    const problems: FieldProblem[] = [];
    if (merged.fulfilmentGroup && !(await items.groupExists(merged.fulfilmentGroup)))
      problems.push({
        field: 'fulfilmentGroup',
        message: `is not an assignment group: ${merged.fulfilmentGroup}`,
      });
    if (merged.approver && !(await items.userExists(merged.approver)))
      problems.push({ field: 'approver', message: `is not a user: ${merged.approver}` });
    if (merged.type === 'standard-change' && !merged.changeTemplateId)
      problems.push({
        field: 'changeTemplateId',
        message: 'a standard-change item needs the change template it runs',
      });
    if (problems.length)
      throw new InputError(
        `The request item is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
  }

  async function found(id: string): Promise<RequestItem> {
    const item = UUID.test(id) ? await items.get(id) : undefined;
    if (!item) throw new NotFoundError(`Request item ${id} does not exist`);
    return item;
  }

  const conflict = (err: unknown): never => {
    if (err instanceof DuplicateKeyError) throw new ConflictError(err.message, 'DUPLICATE');
    throw err;
  };

  return [
    route({
      method: 'get',
      path: '/api/request-items',
      summary: 'The service request catalogue: active items by code (admins may ask for all)',
      tag: TAG,
      access: 'authenticated',
      query: {
        type: 'object',
        properties: { includeInactive: { type: 'boolean', default: false } },
        additionalProperties: false,
      },
      success: { status: 200, description: '{ items, total }', schema: listSchema },
      async handler(req) {
        const asked = (req.query as { includeInactive?: boolean }).includeInactive === true;
        const includeInactive = asked && Boolean(req.user?.roles.includes('admin'));
        const list = await items.list({ includeInactive });
        return { body: { items: list, total: list.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/request-items/:id',
      summary: 'One item of the service request catalogue',
      tag: TAG,
      access: 'authenticated',
      success: { status: 200, description: 'The item', schema: itemSchema },
      async handler(req) {
        const item = await found(req.params.id!);
        if (!item.active && !req.user?.roles.includes('admin'))
          throw new NotFoundError(`Request item ${req.params.id} does not exist`);
        return { body: item };
      },
    }),
    route({
      method: 'post',
      path: '/api/request-items',
      summary:
        'Add a catalogue item: type, approval policy, fulfilment group, impact and urgency defaults (3/3), fulfilment target override, form, change template, authorised scope',
      tag: TAG,
      access: ADMIN,
      body: createBody,
      success: { status: 201, description: 'The item', schema: itemSchema },
      async handler(req) {
        const body = req.body as RequestItemInput;
        await check(body);
        const item = await items.create(body, req.user!.username, deps.clock.now()).catch(conflict);
        return { status: 201, body: item };
      },
    }),
    route({
      method: 'patch',
      path: '/api/request-items/:id',
      summary: 'Change a catalogue item (requests already raised keep what their triage applied)',
      tag: TAG,
      access: ADMIN,
      body: updateBody,
      success: { status: 200, description: 'The item', schema: itemSchema },
      async handler(req) {
        const before = await found(req.params.id!);
        const changes = req.body as RequestItemInput;
        await check({ ...before, ...changes });
        const item = await items
          .update(before.id, changes, req.user!.username, deps.clock.now())
          .catch(conflict);
        if (!item) throw new NotFoundError(`Request item ${req.params.id} does not exist`);
        return { body: item };
      },
    }),
    route({
      method: 'delete',
      path: '/api/request-items/:id',
      summary: 'Deactivate a catalogue item (no longer offered; requests keep it)',
      tag: TAG,
      access: ADMIN,
      success: { status: 200, description: 'The deactivated item', schema: itemSchema },
      async handler(req) {
        const before = await found(req.params.id!);
        const item = await items.update(
          before.id,
          { active: false },
          req.user!.username,
          deps.clock.now(),
        );
        return { body: item };
      },
    }),
  ];
}
