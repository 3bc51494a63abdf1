import type { Knex } from 'knex';
import {
  createReferenceDataRepository,
  DuplicateKeyError,
  isUuid,
  RETIRED_CI_STATUS,
  type Category,
  type ConfigurationItem,
  type ReferenceDataRepository,
  type Service,
} from '../../db/repositories/reference-data.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { PRIORITIES } from '../../lib/sla/priority.ts';
import {
  INCIDENT_SETTING_DEFAULTS,
  INCIDENT_SETTING_SCHEMAS,
  incidentSettingProblems,
} from '../../lib/incident/settings.ts';
import {
  SLA_SETTING_DEFAULTS,
  SLA_SETTING_SCHEMAS,
  slaSettingProblems,
} from '../../lib/sla/settings.ts';
import { SECURITY_SETTING_DEFAULTS, SECURITY_SETTING_SCHEMAS } from '../../lib/security/rules.ts';
import { assertThresholds, DEFAULT_THRESHOLDS, SlaTargetError } from '../../lib/sla/targets.ts';
import type { ClockType, DurationUnit, RecordType } from '../../lib/sla/targets.ts';
import type { Role } from '../auth/roles.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import {
  customerOf,
  INTERNAL_ROLES,
  isInternal,
  scopeFilter,
  scopeOf,
} from '../access/record-access.ts';
import { ConflictError, InputError, NotFoundError, type FieldProblem } from '../errors.ts';
import { compileValidator } from '../middleware/validate.ts';
import { route, type ApiRequest, type RouteSpec } from './route-spec.ts';
import {
  INT_MAX,
  anyValue,
  arrayOf,
  bool,
  instant,
  int,
  nullable,
  num,
  obj,
  pageOf,
  str,
} from './schemas.ts';
import { slaRecordTypes } from '../../lib/sla/record-types.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';

/**
 * Reference data (issue 4; processes.md §0.2, §0.6, §1.1): customers, services, CIs,
 * incident categories, assignment groups and their members, routing rules, SLA targets and
 * settings. The provider's people read them all (form pickers); portal users (customer
 * contacts, plain requesters) read only what reporting an incident needs: their own customer,
 * its services and their CIs (the catalogue without subscribers when they have no customer),
 * the categories and their customer's SLA targets (issue 16). Groups and settings are
 * internal. Only `admin` writes. DELETE deactivates. Lists answer `{ items, total }`.
 */

const READ = 'authenticated' as const;
/** Reference data only the provider's people read. */
const INTERNAL: readonly Role[] = INTERNAL_ROLES;
const ADMIN: readonly Role[] = ['admin'];
const TAG = 'Reference data';

// Schemas ------------------------------------------------------------------------------------

const text = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength });
const optionalText = (maxLength = 200) => ({ type: ['string', 'null'], minLength: 1, maxLength });
const uuid = { type: 'string', format: 'uuid' };
const optionalUuid = { type: ['string', 'null'], format: 'uuid' };
/** Customer and service codes, e.g. `CUST-A`, `SVC-ERP`. */
const CODE = '^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$';
/** Category codes: dotted kebab-case, e.g. `network.lan`. */
const CATEGORY_CODE = '^[a-z][a-z0-9-]{0,49}(\\.[a-z][a-z0-9-]{0,49}){0,4}$';
/** Group codes are roles and queues (§0.2): kebab-case. */
const GROUP_CODE = '^[a-z][a-z0-9-]{1,62}$';
const SETTING_KEY = /^[a-z][a-z0-9.-]{0,99}$/;
const SETTING_KEY_PARAM = { key: { type: 'string', pattern: SETTING_KEY.source } };
/** Group codes that may not be used: membership would grant a non-queue role. */
const RESERVED_GROUP_CODES = new Set(['admin']);

/** Which clocks each record type has (§0.5 "Clock types"): the kinds' and the undeclared types'. */
const CLOCKS_OF: Readonly<Record<RecordType, readonly ClockType[]>> = Object.fromEntries(
  [...slaRecordTypes(RECORD_KINDS)].map(([type, sla]) => [type, sla.clocks]),
);
const RECORD_TYPES: readonly RecordType[] = Object.keys(CLOCKS_OF);
const CLOCK_TYPES: readonly ClockType[] = [...new Set(Object.values(CLOCKS_OF).flat())];
const DURATION_UNITS: readonly DurationUnit[] = [
  'minutes',
  'hours',
  'business_hours',
  'business_days',
];

/** A {@link MajorIncidentCriteria} value (§0.6), for customers and the default setting. */
const majorIncidentCriteriaSchema = {
  type: 'object',
  properties: {
    priorities: {
      type: 'array',
      items: { type: 'string', enum: [...PRIORITIES] },
      minItems: 1,
      uniqueItems: true,
    },
    minCustomersAffected: { type: ['integer', 'null'], minimum: 1, maximum: 10000 },
    criticalServiceDown: { type: 'boolean' },
    confirmedDataBreach: { type: 'boolean' },
    restorationBeyondTarget: { type: 'boolean' },
  },
  required: [
    'priorities',
    'minCustomersAffected',
    'criticalServiceDown',
    'confirmedDataBreach',
    'restorationBeyondTarget',
  ],
  additionalProperties: false,
};

const priorityCell = { type: 'string', enum: [...PRIORITIES] };
const matrixRow = {
  type: 'object',
  properties: { '1': priorityCell, '2': priorityCell, '3': priorityCell },
  required: ['1', '2', '3'],
  additionalProperties: false,
};
/** The priority matrix: impact 1–3 → urgency 1–3 → P1–P4 (§0.6). */
const priorityMatrixSchema = {
  type: 'object',
  properties: { '1': matrixRow, '2': matrixRow, '3': matrixRow },
  required: ['1', '2', '3'],
  additionalProperties: false,
};

/** Settings whose value has a known shape, validated before it is stored. */
const SETTING_VALIDATORS: Record<string, (value: unknown) => void> = {
  'priority-matrix': compileValidator(
    { type: 'object', properties: { value: priorityMatrixSchema }, required: ['value'] },
    'body',
  ),
  'major-incident-criteria': compileValidator(
    { type: 'object', properties: { value: majorIncidentCriteriaSchema }, required: ['value'] },
    'body',
  ),
  // The [default]s of incident management and of SLA clocks (lib/incident, lib/sla settings.ts).
  ...Object.fromEntries(
    Object.entries({
      ...INCIDENT_SETTING_SCHEMAS,
      ...SLA_SETTING_SCHEMAS,
      ...SECURITY_SETTING_SCHEMAS,
    }).map(([key, schema]) => [
      key,
      compileValidator(
        { type: 'object', properties: { value: schema }, required: ['value'] },
        'body',
      ),
    ]),
  ),
};

export const customerFields = {
  code: { type: 'string', pattern: CODE },
  nameZh: text(),
  nameEn: text(),
  contactEmail: { type: ['string', 'null'], format: 'email', maxLength: 200 },
  relationshipManager: optionalText(100),
  majorIncidentCriteria: { ...majorIncidentCriteriaSchema, type: ['object', 'null'] },
  serviceIds: { type: 'array', items: uuid, uniqueItems: true, maxItems: 1000 },
};

export const serviceFields = {
  code: { type: 'string', pattern: CODE },
  nameZh: text(),
  nameEn: text(),
  critical: { type: 'boolean' },
  owner: optionalText(100),
  calendarCode: optionalText(50),
};

const ciFields = {
  name: text(),
  type: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,49}$' },
  serviceId: optionalUuid,
};

export const categoryFields = {
  code: { type: 'string', pattern: CATEGORY_CODE },
  parentCode: { type: ['string', 'null'], pattern: CATEGORY_CODE },
  nameZh: text(),
  nameEn: text(),
};

export const groupFields = {
  code: { type: 'string', pattern: GROUP_CODE },
  nameZh: text(),
  nameEn: text(),
  functionalLevel: { type: ['string', 'null'], enum: ['L1', 'L2', 'L3', null] },
  lead: optionalText(100),
  department: optionalText(),
  departmentHead: optionalText(100),
};

const ruleFields = {
  categoryCode: { type: ['string', 'null'], pattern: CATEGORY_CODE },
  serviceId: optionalUuid,
  ciType: { type: ['string', 'null'], pattern: '^[a-z][a-z0-9-]{0,49}$' },
  assignmentGroup: { type: 'string', pattern: GROUP_CODE },
  rank: { type: 'integer', minimum: 0, maximum: 100000 },
};

const durationSchema = {
  type: 'object',
  properties: {
    amount: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 },
    unit: { type: 'string', enum: [...DURATION_UNITS] },
  },
  required: ['amount', 'unit'],
  additionalProperties: false,
};

const targetFields = {
  recordType: { type: 'string', enum: [...RECORD_TYPES] },
  clockType: { type: 'string', enum: [...CLOCK_TYPES] },
  priority: { type: ['string', 'null'], enum: [...PRIORITIES, null] },
  customerId: optionalUuid,
  serviceId: optionalUuid,
  duration: durationSchema,
  calendar: text(50),
  // Two warnings, then the breach at 100 (the diagrams have three threshold timers).
  thresholds: {
    type: 'array',
    items: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    minItems: 3,
    maxItems: 3,
    // Ascending, hence distinct. That the last is 100 needs prefixItems (JSON Schema 2020-12),
    // which the draft-07 validator would ignore: a rule of the operation instead.
    uniqueItems: true,
    description:
      'Two ascending warning levels in percent, then 100 (the breach), e.g. [60, 90, 100]',
  },
};

/** The clocks of each record type (§0.5), for a new target's body: `if` recordType, `then` clockType. */
const clockOfRecordType = {
  allOf: RECORD_TYPES.map((type) => ({
    if: { properties: { recordType: { const: type } }, required: ['recordType'] },
    then: { properties: { clockType: { enum: [...CLOCKS_OF[type]] } } },
  })),
};

/** A body schema: the fields, the required ones, nothing else. */
const body = (properties: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

/** A PUT body: the fields (all optional) and `active`. */
const updateBody = (properties: Record<string, object>) =>
  body({ ...properties, active: { type: 'boolean' } });

const listQuery = (extra: Record<string, object> = {}) => ({
  type: 'object',
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 100 },
    includeInactive: { type: 'boolean', default: false },
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
    offset: { type: 'integer', minimum: 0, maximum: INT_MAX, default: 0 },
    ...extra,
  },
  additionalProperties: false,
});

const flagQuery = {
  type: 'object',
  properties: { includeInactive: { type: 'boolean', default: false } },
  additionalProperties: false,
};

// Helpers ------------------------------------------------------------------------------------

type Body = Record<string, unknown>;

/** Runs a write; a duplicate code becomes 409 CONFLICT. */
async function refusingDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof DuplicateKeyError) throw new ConflictError(err.message, 'DUPLICATE');
    throw err;
  }
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(`${what} does not exist`);
  return value;
}

/** Throws 400 naming each field when there are problems. */
function refuse(problems: FieldProblem[]): void {
  if (problems.length)
    throw new InputError(
      `Invalid body: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      problems,
    );
}

const actorOf = (req: ApiRequest) => req.user!.username;

const ciView = (ci: ConfigurationItem) => ({ ...ci, active: ci.status !== RETIRED_CI_STATUS });

/**
 * A portal user (customer contact or plain requester) with their customer (null: none), or
 * undefined for the provider's people, who read all reference data.
 */
function portalOf(req: ApiRequest): { customerId: string | null } | undefined {
  const user: User = req.user!;
  return isInternal(user) ? undefined : { customerId: customerOf(user) };
}

/** A service as a portal user sees it: the catalogue entry without its other subscribers. */
const publicService = ({ customerIds: _subscribers, ...service }: Service) => service;

/** Problems with references a body makes (unknown service, calendar, group, customer…). */
async function referenceProblems(
  repo: ReferenceDataRepository,
  b: Body,
  fields: {
    serviceId?: string;
    serviceIds?: string;
    customerId?: string;
    calendarCode?: string;
    categoryCode?: string;
    groupCode?: string;
  },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const value = (f: string | undefined) => (f === undefined ? undefined : b[f]);
  const serviceId = value(fields.serviceId);
  if (typeof serviceId === 'string' && !(await repo.service(serviceId)))
    problems.push({ field: fields.serviceId!, message: 'is not a known service' });
  const serviceIds = value(fields.serviceIds);
  if (Array.isArray(serviceIds)) {
    for (const [i, id] of serviceIds.entries())
      if (!(await repo.service(String(id))))
        problems.push({ field: `${fields.serviceIds}.${i}`, message: 'is not a known service' });
  }
  const customerId = value(fields.customerId);
  if (typeof customerId === 'string' && !(await repo.customer(customerId)))
    problems.push({ field: fields.customerId!, message: 'is not a known customer' });
  const calendar = value(fields.calendarCode);
  if (typeof calendar === 'string' && !(await repo.calendarExists(calendar)))
    problems.push({ field: fields.calendarCode!, message: 'is not a known calendar' });
  const category = value(fields.categoryCode);
  if (typeof category === 'string') {
    const c = await repo.category(category);
    if (!c?.active)
      problems.push({ field: fields.categoryCode!, message: 'is not an active category' });
  }
  const group = value(fields.groupCode);
  if (typeof group === 'string') {
    const g = await repo.group(group);
    if (!g?.active) problems.push({ field: fields.groupCode!, message: 'is not an active group' });
  }
  return problems;
}

function thresholdProblems(thresholds: unknown): FieldProblem[] {
  if (!Array.isArray(thresholds)) return [];
  try {
    assertThresholds(thresholds as number[]);
    return [];
  } catch (err) {
    if (err instanceof SlaTargetError) return [{ field: 'thresholds', message: err.message }];
    throw err;
  }
}

// Answers -------------------------------------------------------------------------------------

const CUSTOMER = obj({
  id: str,
  code: str,
  nameZh: str,
  nameEn: str,
  contactEmail: nullable(str),
  relationshipManager: nullable(str),
  majorIncidentCriteria: anyValue,
  active: bool,
  serviceIds: arrayOf(str),
});
/** A service; portal users get it without `customerIds` (its other subscribers). */
const SERVICE = obj(
  {
    id: str,
    code: str,
    nameZh: str,
    nameEn: str,
    critical: bool,
    owner: nullable(str),
    calendarCode: nullable(str),
    active: bool,
    customerIds: arrayOf(str),
  },
  ['id', 'code', 'nameZh', 'nameEn', 'critical', 'owner', 'calendarCode', 'active'],
);
const CI = obj({
  id: str,
  number: str,
  name: str,
  type: str,
  serviceId: nullable(str),
  status: str,
  active: bool,
});
const CI_DETAIL = {
  allOf: [
    CI,
    obj({
      service: nullable(obj({ id: str, code: str, nameZh: str, nameEn: str })),
      recentIncidents: arrayOf(obj({ number: str, title: str, status: str, createdAt: instant })),
    }),
  ],
};
/** A category (lists add its `depth` in the tree). */
const CATEGORY = obj(
  { code: str, parentCode: nullable(str), nameZh: str, nameEn: str, active: bool, depth: int },
  ['code', 'parentCode', 'nameZh', 'nameEn', 'active'],
);
/** A group (lists add its `memberCount`). */
const GROUP = obj(
  {
    code: str,
    nameZh: str,
    nameEn: str,
    functionalLevel: nullable(str),
    lead: nullable(str),
    department: nullable(str),
    departmentHead: nullable(str),
    active: bool,
    memberCount: int,
  },
  ['code', 'nameZh', 'nameEn', 'functionalLevel', 'lead', 'department', 'departmentHead', 'active'],
);
const MEMBER = obj({ username: str, displayName: str });
const MEMBERS_SET = obj({
  items: arrayOf(MEMBER),
  total: int,
  added: arrayOf(str),
  removed: arrayOf(str),
});
const RULE = obj({
  id: str,
  categoryCode: nullable(str),
  serviceId: nullable(str),
  ciType: nullable(str),
  assignmentGroup: str,
  rank: num,
  active: bool,
});
const TARGET = obj(
  {
    id: str,
    recordType: str,
    clockType: str,
    priority: nullable(str),
    duration: obj({ amount: num, unit: str }),
    calendar: str,
    thresholds: arrayOf(num),
    customerId: nullable(str),
    serviceId: nullable(str),
    active: bool,
  },
  [
    'id',
    'recordType',
    'clockType',
    'priority',
    'duration',
    'calendar',
    'thresholds',
    'customerId',
    'serviceId',
  ],
);
const SETTING = obj({
  key: str,
  value: anyValue,
  stored: bool,
  updatedAt: nullable(instant),
  updatedBy: nullable(str),
});

// Routes -------------------------------------------------------------------------------------

/** The reference-data routes (see the module comment). */
export function referenceDataRoutes(deps: { db: Knex; clock: Clock }): RouteSpec[] {
  const repo = createReferenceDataRepository(deps.db);
  const now = () => deps.clock.now();

  /**
   * The services whose CIs a portal user with a customer may read (their customer's
   * subscriptions), or undefined when the caller reads every CI.
   */
  async function subscribedServiceIds(req: ApiRequest): Promise<string[] | undefined> {
    const customerId = portalOf(req)?.customerId;
    if (!customerId) return undefined;
    return (await repo.customer(customerId))?.serviceIds ?? [];
  }

  /** DELETE deactivates (or retires) instead of deleting: the records that name it keep it. */
  const deactivateRoute = <T>(o: {
    path: string;
    summary: string;
    description: string;
    what: string;
    deactivate: (key: string, actor: string, at: Date) => Promise<T | undefined>;
    schema: object;
    view?: (value: T) => unknown;
  }) =>
    route({
      method: 'delete',
      path: o.path,
      summary: o.summary,
      tag: TAG,
      access: ADMIN,
      success: { status: 200, description: o.description, schema: o.schema },
      async handler(req) {
        const key = req.params[o.path.slice(o.path.lastIndexOf(':') + 1)] ?? '';
        const updated = found(await o.deactivate(key, actorOf(req), now()), o.what);
        return { body: o.view ? o.view(updated) : updated };
      },
    });

  const customers: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/customers',
      summary: 'Customers (picker); ?q= searches code and names',
      tag: TAG,
      access: READ,
      query: listQuery(),
      success: { status: 200, description: '{ items, total }', schema: pageOf(CUSTOMER) },
      async handler(req) {
        const portal = portalOf(req);
        if (!portal) return { body: await repo.listCustomers(req.query) };
        // A portal user sees their own customer only (none without one).
        if (!portal.customerId) return { body: { items: [], total: 0 } };
        return { body: await repo.listCustomers({ ...req.query, id: portal.customerId }) };
      },
    }),
    route({
      method: 'get',
      path: '/api/customers/:id',
      summary: 'One customer with its subscribed services',
      tag: TAG,
      access: READ,
      success: { status: 200, description: 'The customer', schema: CUSTOMER },
      async handler(req) {
        const portal = portalOf(req);
        const id = req.params.id ?? '';
        // Another customer answers as if it did not exist.
        const visible = !portal || (portal.customerId !== null && portal.customerId === id);
        return { body: found(visible ? await repo.customer(id) : undefined, 'The customer') };
      },
    }),
    route({
      method: 'post',
      path: '/api/customers',
      rules:
        'Each of serviceIds names a known service (400 naming the entry); a code already taken answers 409.',
      summary: 'Create a customer (409 when the code exists)',
      tag: TAG,
      access: ADMIN,
      body: body(customerFields, ['code', 'nameZh', 'nameEn']),
      success: { status: 201, description: 'The customer', schema: CUSTOMER },
      async handler(req) {
        const b = req.body as Body;
        refuse(await referenceProblems(repo, b, { serviceIds: 'serviceIds' }));
        const created = await refusingDuplicates(() =>
          repo.createCustomer(
            {
              code: b.code as string,
              nameZh: b.nameZh as string,
              nameEn: b.nameEn as string,
              contactEmail: (b.contactEmail as string | null | undefined) ?? null,
              relationshipManager: (b.relationshipManager as string | null | undefined) ?? null,
              majorIncidentCriteria: b.majorIncidentCriteria ?? null,
              serviceIds: b.serviceIds as string[] | undefined,
            },
            actorOf(req),
            now(),
          ),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/customers/:id',
      rules: 'Each of serviceIds names a known service (400 naming the entry).',
      summary: 'Change a customer; serviceIds replaces its subscriptions; active=false deactivates',
      tag: TAG,
      access: ADMIN,
      body: updateBody(customerFields),
      success: { status: 200, description: 'The customer', schema: CUSTOMER },
      async handler(req) {
        const b = req.body as Body;
        found(await repo.customer(req.params.id ?? ''), 'The customer');
        refuse(await referenceProblems(repo, b, { serviceIds: 'serviceIds' }));
        const updated = await refusingDuplicates(() =>
          repo.updateCustomer(req.params.id ?? '', b, actorOf(req), now()),
        );
        return { body: found(updated, 'The customer') };
      },
    }),
    deactivateRoute({
      path: '/api/customers/:id',
      summary: 'Deactivate a customer (kept for the records that name it)',
      description: 'The deactivated customer',
      what: 'The customer',
      schema: CUSTOMER,
      deactivate: (key, actor, at) => repo.updateCustomer(key, { active: false }, actor, at),
    }),
  ];

  const services: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/services',
      summary: 'Services of the catalogue (picker); ?customerId= those a customer subscribes to',
      tag: TAG,
      access: READ,
      query: listQuery({ customerId: uuid }),
      success: { status: 200, description: '{ items, total }', schema: pageOf(SERVICE) },
      async handler(req) {
        const portal = portalOf(req);
        if (!portal) return { body: await repo.listServices(req.query) };
        // A contact sees the services their customer subscribes to; a requester the catalogue.
        // (Their ?customerId= is replaced, so they learn no other customer's subscriptions.)
        const page = await repo.listServices({
          ...req.query,
          customerId: portal.customerId ?? undefined,
        });
        return { body: { items: page.items.map(publicService), total: page.total } };
      },
    }),
    route({
      method: 'get',
      path: '/api/services/:id',
      summary: 'One service with its subscribed customers',
      tag: TAG,
      access: READ,
      success: { status: 200, description: 'The service', schema: SERVICE },
      async handler(req) {
        const service = found(await repo.service(req.params.id ?? ''), 'The service');
        const portal = portalOf(req);
        if (!portal) return { body: service };
        if (portal.customerId && !service.customerIds.includes(portal.customerId))
          throw new NotFoundError('The service does not exist');
        return { body: publicService(service) };
      },
    }),
    route({
      method: 'post',
      path: '/api/services',
      rules: 'calendarCode names a known calendar (400); a code already taken answers 409.',
      summary: 'Create a service (409 when the code exists)',
      tag: TAG,
      access: ADMIN,
      body: body(serviceFields, ['code', 'nameZh', 'nameEn']),
      success: { status: 201, description: 'The service', schema: SERVICE },
      async handler(req) {
        const b = req.body as Body;
        refuse(await referenceProblems(repo, b, { calendarCode: 'calendarCode' }));
        const created = await refusingDuplicates(() =>
          repo.createService(
            {
              code: b.code as string,
              nameZh: b.nameZh as string,
              nameEn: b.nameEn as string,
              critical: (b.critical as boolean | undefined) ?? false,
              owner: (b.owner as string | null | undefined) ?? null,
              calendarCode: (b.calendarCode as string | null | undefined) ?? null,
            },
            actorOf(req),
            now(),
          ),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/services/:id',
      rules: 'calendarCode names a known calendar (400).',
      summary: 'Change a service; active=false deactivates',
      tag: TAG,
      access: ADMIN,
      body: updateBody(serviceFields),
      success: { status: 200, description: 'The service', schema: SERVICE },
      async handler(req) {
        const b = req.body as Body;
        found(await repo.service(req.params.id ?? ''), 'The service');
        refuse(await referenceProblems(repo, b, { calendarCode: 'calendarCode' }));
        const updated = await refusingDuplicates(() =>
          repo.updateService(req.params.id ?? '', b, actorOf(req), now()),
        );
        return { body: found(updated, 'The service') };
      },
    }),
    deactivateRoute({
      path: '/api/services/:id',
      summary: 'Deactivate a service',
      description: 'The deactivated service',
      what: 'The service',
      schema: SERVICE,
      deactivate: (key, actor, at) => repo.updateService(key, { active: false }, actor, at),
    }),
  ];

  const configurationItems: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/configuration-items',
      summary: 'Configuration items (CMDB picker); ?serviceId=, ?type=, ?q= (number or name)',
      tag: TAG,
      access: READ,
      query: listQuery({ serviceId: uuid, type: text(50) }),
      success: { status: 200, description: '{ items, total }', schema: pageOf(CI) },
      async handler(req) {
        const serviceIds = await subscribedServiceIds(req);
        const page = await repo.listConfigurationItems({
          ...req.query,
          ...(serviceIds ? { serviceIds } : {}),
        });
        return { body: { items: page.items.map(ciView), total: page.total } };
      },
    }),
    route({
      method: 'get',
      path: '/api/configuration-items/:id',
      summary: 'One CI (by id or number) with its service and its last 20 incidents',
      tag: TAG,
      access: READ,
      success: {
        status: 200,
        schema: CI_DETAIL,
        description:
          'The CI with service and recentIncidents [{ number, title, status, createdAt }]',
      },
      async handler(req) {
        const serviceIds = await subscribedServiceIds(req);
        const ci = found(
          await repo.configurationItem(req.params.id ?? ''),
          'The configuration item',
        );
        // A CI outside the contact's services answers as if it did not exist.
        if (serviceIds && !(ci.serviceId && serviceIds.includes(ci.serviceId)))
          throw new NotFoundError('The configuration item does not exist');
        const [service, incidents] = await Promise.all([
          ci.serviceId ? repo.service(ci.serviceId) : undefined,
          // Only the incidents the caller may see (the record rule).
          repo.recentIncidentsOfConfigurationItem(ci.id, 20, scopeFilter(scopeOf(req.user!))),
        ]);
        return {
          body: {
            ...ciView(ci),
            service: service
              ? {
                  id: service.id,
                  code: service.code,
                  nameZh: service.nameZh,
                  nameEn: service.nameEn,
                }
              : null,
            recentIncidents: incidents.map((i) => ({
              number: i.number,
              title: i.title,
              status: i.status,
              createdAt: i.createdAt,
            })),
          },
        };
      },
    }),
    route({
      method: 'post',
      path: '/api/configuration-items',
      rules: 'serviceId names a known service (400).',
      summary: 'Create a CI; its number (CI-<year>-NNNNNN) is allocated',
      tag: TAG,
      access: ADMIN,
      body: body(ciFields, ['name', 'type']),
      success: { status: 201, description: 'The CI', schema: CI },
      async handler(req) {
        const b = req.body as Body;
        refuse(await referenceProblems(repo, b, { serviceId: 'serviceId' }));
        const created = await repo.createConfigurationItem(
          {
            name: b.name as string,
            type: b.type as string,
            serviceId: (b.serviceId as string | null | undefined) ?? null,
          },
          actorOf(req),
          now(),
        );
        return { status: 201, body: ciView(created) };
      },
    }),
    route({
      method: 'put',
      path: '/api/configuration-items/:id',
      rules: 'serviceId names a known service (400).',
      summary: 'Change a CI; active=false retires it, active=true puts it back in use',
      tag: TAG,
      access: ADMIN,
      body: updateBody(ciFields),
      success: { status: 200, description: 'The CI', schema: CI },
      async handler(req) {
        const b = req.body as Body;
        found(
          isUuid(req.params.id) ? await repo.configurationItem(req.params.id) : undefined,
          'The configuration item',
        );
        refuse(await referenceProblems(repo, b, { serviceId: 'serviceId' }));
        const { active, ...changes } = b as Partial<ConfigurationItem> & { active?: boolean };
        const status = active === undefined ? undefined : active ? 'active' : RETIRED_CI_STATUS;
        const updated = await repo.updateConfigurationItem(
          req.params.id ?? '',
          { ...changes, status },
          actorOf(req),
          now(),
        );
        return { body: ciView(found(updated, 'The configuration item')) };
      },
    }),
    deactivateRoute({
      path: '/api/configuration-items/:id',
      summary: 'Retire a CI (kept for the incidents that name it)',
      description: 'The retired CI',
      what: 'The configuration item',
      schema: CI,
      deactivate: (key, actor, at) =>
        repo.updateConfigurationItem(key, { status: RETIRED_CI_STATUS }, actor, at),
      view: ciView,
    }),
  ];

  /** Problems with a category's parent: unknown, inactive, itself or one of its descendants. */
  async function parentProblems(code: string, parentCode: unknown): Promise<FieldProblem[]> {
    if (typeof parentCode !== 'string') return [];
    const parent = await repo.category(parentCode);
    if (!parent?.active) return [{ field: 'parentCode', message: 'is not an active category' }];
    if ((await repo.categoryLineage(parentCode)).includes(code))
      return [{ field: 'parentCode', message: 'would make the category its own ancestor' }];
    return [];
  }

  const categories: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/incident-categories',
      summary: 'Incident categories in tree order (parents first, with depth and parentCode)',
      tag: TAG,
      access: READ,
      query: flagQuery,
      success: { status: 200, description: '{ items, total }', schema: pageOf(CATEGORY) },
      async handler(req) {
        const items = await repo.listCategories(req.query);
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/incident-categories/:code',
      summary: 'One incident category',
      tag: TAG,
      access: READ,
      success: { status: 200, description: 'The category', schema: CATEGORY },
      async handler(req) {
        return { body: found(await repo.category(req.params.code ?? ''), 'The category') };
      },
    }),
    route({
      method: 'post',
      path: '/api/incident-categories',
      rules: 'parentCode names an active category (400); a code already taken answers 409.',
      summary: 'Create a category, optionally under a parent (409 when the code exists)',
      tag: TAG,
      access: ADMIN,
      body: body(categoryFields, ['code', 'nameZh', 'nameEn']),
      success: { status: 201, description: 'The category', schema: CATEGORY },
      async handler(req) {
        const b = req.body as Body;
        refuse(await parentProblems(b.code as string, b.parentCode));
        const created = await refusingDuplicates(() =>
          repo.createCategory(
            {
              code: b.code as string,
              parentCode: (b.parentCode as string | null | undefined) ?? null,
              nameZh: b.nameZh as string,
              nameEn: b.nameEn as string,
            },
            actorOf(req),
            now(),
          ),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/incident-categories/:code',
      rules:
        'parentCode names an active category that is not the category itself or below it (400).',
      summary: 'Change a category; active=false deactivates it and its sub-categories',
      tag: TAG,
      access: ADMIN,
      body: updateBody(
        Object.fromEntries(Object.entries(categoryFields).filter(([k]) => k !== 'code')),
      ),
      success: { status: 200, description: 'The category', schema: CATEGORY },
      async handler(req) {
        const code = req.params.code ?? '';
        const b = req.body as Partial<Category>;
        found(await repo.category(code), 'The category');
        refuse(await parentProblems(code, b.parentCode));
        return {
          body: found(await repo.updateCategory(code, b, actorOf(req), now()), 'The category'),
        };
      },
    }),
    deactivateRoute({
      path: '/api/incident-categories/:code',
      summary: 'Deactivate a category and its sub-categories',
      description: 'The deactivated category',
      what: 'The category',
      schema: CATEGORY,
      deactivate: (key, actor, at) => repo.updateCategory(key, { active: false }, actor, at),
    }),
  ];

  const groups: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/groups',
      summary: 'Assignment groups (queues) with their member counts',
      tag: TAG,
      access: INTERNAL,
      query: flagQuery,
      success: { status: 200, description: '{ items, total }', schema: pageOf(GROUP) },
      async handler(req) {
        const items = await repo.listGroups(req.query);
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/groups/:code',
      summary: 'One assignment group',
      tag: TAG,
      access: INTERNAL,
      success: { status: 200, description: 'The group', schema: GROUP },
      async handler(req) {
        return { body: found(await repo.group(req.params.code ?? ''), 'The group') };
      },
    }),
    route({
      method: 'get',
      path: '/api/groups/:code/members',
      summary: 'Users of a group (username, displayName): the "users of a group" picker',
      tag: TAG,
      access: INTERNAL,
      success: {
        status: 200,
        description: '{ items: [{ username, displayName }], total }',
        schema: pageOf(MEMBER),
      },
      async handler(req) {
        const code = req.params.code ?? '';
        found(await repo.group(code), 'The group');
        const items = await repo.groupMembers(code);
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'post',
      path: '/api/groups',
      rules:
        'code is not a role that is not a queue (400: reserved); a code already taken answers 409.',
      summary: 'Create an assignment group (its code is the queue and role; 409 when it exists)',
      tag: TAG,
      access: ADMIN,
      body: body(groupFields, ['code', 'nameZh', 'nameEn']),
      success: { status: 201, description: 'The group', schema: GROUP },
      async handler(req) {
        const b = req.body as Body;
        if (RESERVED_GROUP_CODES.has(b.code as string))
          refuse([{ field: 'code', message: 'is reserved for a role that is not a queue' }]);
        const created = await refusingDuplicates(() =>
          repo.createGroup(
            {
              code: b.code as string,
              nameZh: b.nameZh as string,
              nameEn: b.nameEn as string,
              functionalLevel: (b.functionalLevel as string | null | undefined) ?? null,
              lead: (b.lead as string | null | undefined) ?? null,
              department: (b.department as string | null | undefined) ?? null,
              departmentHead: (b.departmentHead as string | null | undefined) ?? null,
            },
            actorOf(req),
            now(),
          ),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/groups/:code',
      summary: 'Change an assignment group; active=false deactivates it',
      tag: TAG,
      access: ADMIN,
      body: updateBody(
        Object.fromEntries(Object.entries(groupFields).filter(([k]) => k !== 'code')),
      ),
      success: { status: 200, description: 'The group', schema: GROUP },
      async handler(req) {
        const updated = await repo.updateGroup(
          req.params.code ?? '',
          req.body as Body,
          actorOf(req),
          now(),
        );
        return { body: found(updated, 'The group') };
      },
    }),
    deactivateRoute({
      path: '/api/groups/:code',
      summary: 'Deactivate an assignment group (its members keep the role)',
      description: 'The deactivated group',
      what: 'The group',
      schema: GROUP,
      deactivate: (key, actor, at) => repo.updateGroup(key, { active: false }, actor, at),
    }),
    route({
      method: 'put',
      path: '/api/groups/:code/members',
      rules: 'Each username names an existing user (400 naming the entry).',
      summary: 'Make exactly these users the members of a group',
      tag: TAG,
      access: ADMIN,
      body: body(
        {
          usernames: {
            type: 'array',
            items: text(100),
            uniqueItems: true,
            maxItems: 1000,
          },
        },
        ['usernames'],
      ),
      success: {
        status: 200,
        schema: MEMBERS_SET,
        description: '{ items: [{ username, displayName }], total, added, removed }',
      },
      async handler(req) {
        const code = req.params.code ?? '';
        found(await repo.group(code), 'The group');
        const { usernames } = req.body as { usernames: string[] };
        const unknown = new Set(await repo.unknownUsernames(usernames));
        refuse(
          usernames.flatMap((u, i) =>
            unknown.has(u) ? [{ field: `usernames.${i}`, message: `no user is called ${u}` }] : [],
          ),
        );
        const change = await repo.setGroupMembers(code, usernames, actorOf(req), now());
        const items = await repo.groupMembers(code);
        return { body: { items, total: items.length, ...change } };
      },
    }),
  ];

  const routingRules: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/routing-rules',
      summary: 'Routing rules (category, service, CI type → assignment group), by rank',
      tag: TAG,
      access: ADMIN,
      query: flagQuery,
      success: { status: 200, description: '{ items, total }', schema: pageOf(RULE) },
      async handler(req) {
        const items = await repo.listRoutingRules(req.query);
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/routing-rules/:id',
      summary: 'One routing rule',
      tag: TAG,
      access: ADMIN,
      success: { status: 200, description: 'The rule', schema: RULE },
      async handler(req) {
        return { body: found(await repo.routingRule(req.params.id ?? ''), 'The routing rule') };
      },
    }),
    route({
      method: 'post',
      path: '/api/routing-rules',
      rules:
        'categoryCode, serviceId and assignmentGroup name active or known reference data (400 naming the field).',
      summary: 'Create a routing rule (null criteria match anything; lower rank wins a tie)',
      tag: TAG,
      access: ADMIN,
      body: body(ruleFields, ['assignmentGroup']),
      success: { status: 201, description: 'The rule', schema: RULE },
      async handler(req) {
        const b = req.body as Body;
        refuse(
          await referenceProblems(repo, b, {
            serviceId: 'serviceId',
            categoryCode: 'categoryCode',
            groupCode: 'assignmentGroup',
          }),
        );
        const created = await repo.createRoutingRule(
          {
            categoryCode: (b.categoryCode as string | null | undefined) ?? null,
            serviceId: (b.serviceId as string | null | undefined) ?? null,
            ciType: (b.ciType as string | null | undefined) ?? null,
            assignmentGroup: b.assignmentGroup as string,
            rank: (b.rank as number | undefined) ?? 100,
          },
          actorOf(req),
          now(),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/routing-rules/:id',
      rules:
        'categoryCode, serviceId and assignmentGroup name active or known reference data (400 naming the field).',
      summary: 'Change a routing rule; active=false deactivates it',
      tag: TAG,
      access: ADMIN,
      body: updateBody(ruleFields),
      success: { status: 200, description: 'The rule', schema: RULE },
      async handler(req) {
        const b = req.body as Body;
        found(await repo.routingRule(req.params.id ?? ''), 'The routing rule');
        refuse(
          await referenceProblems(repo, b, {
            serviceId: 'serviceId',
            categoryCode: 'categoryCode',
            groupCode: 'assignmentGroup',
          }),
        );
        const updated = await repo.updateRoutingRule(req.params.id ?? '', b, actorOf(req), now());
        return { body: found(updated, 'The routing rule') };
      },
    }),
    deactivateRoute({
      path: '/api/routing-rules/:id',
      summary: 'Deactivate a routing rule',
      description: 'The deactivated rule',
      what: 'The routing rule',
      schema: RULE,
      deactivate: (key, actor, at) => repo.updateRoutingRule(key, { active: false }, actor, at),
    }),
  ];

  const slaTargets: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/sla-targets',
      summary: 'SLA targets (§0.6 defaults and customer/service overrides)',
      tag: TAG,
      access: READ,
      query: {
        type: 'object',
        properties: {
          recordType: { type: 'string', enum: [...RECORD_TYPES] },
          customerId: uuid,
          serviceId: uuid,
          includeInactive: { type: 'boolean', default: false },
        },
        additionalProperties: false,
      },
      success: { status: 200, description: '{ items, total }', schema: pageOf(TARGET) },
      async handler(req) {
        const portal = portalOf(req);
        // A portal user sees their customer's own targets only (none without a customer).
        if (portal && !portal.customerId) return { body: { items: [], total: 0 } };
        const items = await repo.listSlaTargets(
          portal ? { ...req.query, customerId: portal.customerId! } : req.query,
        );
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/sla-targets/:id',
      summary: 'One SLA target',
      tag: TAG,
      access: READ,
      success: { status: 200, description: 'The target', schema: TARGET },
      async handler(req) {
        const target = await repo.slaTarget(req.params.id ?? '');
        const portal = portalOf(req);
        const visible =
          !portal || (portal.customerId !== null && target?.customerId === portal.customerId);
        return { body: found(visible ? target : undefined, 'The SLA target') };
      },
    }),
    route({
      method: 'post',
      path: '/api/sla-targets',
      rules:
        'thresholds ascend and the last is 100; customerId, serviceId and calendar name a known customer, service and calendar (400 naming the field); an active row with the same record type, clock, priority, customer and service answers 409. (Which clockType each recordType has, the schema states.)',
      summary:
        'Add a target row, e.g. a customer or service override (409 when an active row has the same key)',
      tag: TAG,
      access: ADMIN,
      body: {
        ...body(targetFields, ['recordType', 'clockType', 'duration', 'calendar']),
        ...clockOfRecordType,
      },
      success: { status: 201, description: 'The target', schema: TARGET },
      async handler(req) {
        const b = req.body as Body;
        const recordType = b.recordType as RecordType;
        const clockType = b.clockType as ClockType;
        const thresholds = (b.thresholds as number[] | undefined) ?? [...DEFAULT_THRESHOLDS];
        refuse([
          ...(CLOCKS_OF[recordType].includes(clockType)
            ? []
            : [
                {
                  field: 'clockType',
                  message: `must be one of ${CLOCKS_OF[recordType].join(', ')} for ${recordType}`,
                },
              ]),
          ...thresholdProblems(thresholds),
          ...(await referenceProblems(repo, b, {
            customerId: 'customerId',
            serviceId: 'serviceId',
            calendarCode: 'calendar',
          })),
        ]);
        const key = {
          recordType,
          clockType,
          priority: (b.priority as (typeof PRIORITIES)[number] | null | undefined) ?? null,
          customerId: (b.customerId as string | null | undefined) ?? null,
          serviceId: (b.serviceId as string | null | undefined) ?? null,
        };
        if (await repo.activeTargetWithKey(key))
          throw new ConflictError(
            'An active SLA target with this record type, clock, priority, customer and service exists: change it instead',
            'DUPLICATE',
          );
        const created = await repo.createSlaTarget(
          {
            ...key,
            duration: b.duration as { amount: number; unit: DurationUnit },
            calendar: b.calendar as string,
            thresholds,
          },
          actorOf(req),
          now(),
        );
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'put',
      path: '/api/sla-targets/:id',
      rules:
        'thresholds ascend and the last is 100; calendar names a known calendar (400 naming the field); active=true answers 409 while another active row has the same key.',
      summary: 'Change the duration, calendar or thresholds of a target; active=false deactivates',
      tag: TAG,
      access: ADMIN,
      body: updateBody({
        duration: targetFields.duration,
        calendar: targetFields.calendar,
        thresholds: targetFields.thresholds,
      }),
      success: { status: 200, description: 'The target', schema: TARGET },
      async handler(req) {
        const b = req.body as Body;
        const current = found(await repo.slaTarget(req.params.id ?? ''), 'The SLA target');
        refuse([
          ...thresholdProblems(b.thresholds),
          ...(await referenceProblems(repo, b, { calendarCode: 'calendar' })),
        ]);
        if (b.active === true && !current.active && (await repo.activeTargetWithKey(current)))
          throw new ConflictError(
            'Another active SLA target has the same key: deactivate it first',
            'DUPLICATE',
          );
        const updated = await repo.updateSlaTarget(current.id, b, actorOf(req), now());
        return { body: found(updated, 'The SLA target') };
      },
    }),
    deactivateRoute({
      path: '/api/sla-targets/:id',
      summary: 'Deactivate an SLA target row',
      description: 'The deactivated target',
      what: 'The SLA target',
      schema: TARGET,
      deactivate: (key, actor, at) => repo.updateSlaTarget(key, { active: false }, actor, at),
    }),
  ];

  const checkSettingKey = (key: string | undefined): string => {
    if (!key || !SETTING_KEY.test(key))
      throw new InputError(`Invalid setting key "${key ?? ''}"`, [
        { field: 'key', message: 'must be kebab-case letters, digits, dots' },
      ]);
    return key;
  };

  const settings: RouteSpec[] = [
    route({
      method: 'get',
      path: '/api/settings/:key',
      params: SETTING_KEY_PARAM,
      summary:
        'A setting (priority-matrix, major-incident-criteria, incident-recurrence, security-priority-floor, incident-business-days, incident-escalation, sla-pause-reasons, sla-exemption-policy, …)',
      tag: TAG,
      access: INTERNAL,
      success: {
        status: 200,
        schema: SETTING,
        description:
          '{ key, value, stored, updatedAt, updatedBy }; a setting with a shipped default answers it (stored: false) while no admin has set one',
      },
      async handler(req) {
        const key = checkSettingKey(req.params.key);
        const stored = await repo.setting(key);
        if (stored) return { body: { ...stored, stored: true } };
        const shipped: Record<string, unknown> = {
          ...INCIDENT_SETTING_DEFAULTS,
          ...SLA_SETTING_DEFAULTS,
          ...SECURITY_SETTING_DEFAULTS,
        };
        if (Object.hasOwn(shipped, key))
          return {
            body: {
              key,
              value: shipped[key],
              stored: false,
              updatedAt: null,
              updatedBy: null,
            },
          };
        throw new NotFoundError(`The setting ${key} does not exist`);
      },
    }),
    route({
      method: 'put',
      path: '/api/settings/:key',
      params: SETTING_KEY_PARAM,
      rules:
        "The value of a known setting (priority-matrix, major-incident-criteria, the incident, SLA and security settings) has that setting's shape (400 naming the cell).",
      summary:
        'Set a setting; priority-matrix, major-incident-criteria and the incident settings are checked for shape',
      tag: TAG,
      access: ADMIN,
      body: {
        type: 'object',
        properties: { value: {} },
        required: ['value'],
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: '{ key, value, updatedAt, updatedBy }',
        schema: SETTING,
      },
      async handler(req) {
        const key = checkSettingKey(req.params.key);
        const { value } = req.body as { value: unknown };
        SETTING_VALIDATORS[key]?.({ value });
        // What a schema cannot say: reason codes unique, escalation levels in order.
        const problems = [
          ...slaSettingProblems(key, value),
          ...incidentSettingProblems(key, value),
        ];
        if (problems.length)
          throw new InputError(
            `Invalid value of ${key}: ${problems.map((p) => p.field).join(', ')}`,
            problems,
          );
        await repo.setSetting(key, value, actorOf(req), now());
        return { body: { ...(await repo.setting(key)), stored: true } };
      },
    }),
  ];

  return [
    ...customers,
    ...services,
    ...configurationItems,
    ...categories,
    ...groups,
    ...routingRules,
    ...slaTargets,
    ...settings,
  ];
}
