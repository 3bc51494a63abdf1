import type { IncidentRow } from '../../db/repositories/incidents.repository.ts';
import type { Role } from '../auth/roles.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import type { CreateIncidentInput, IncidentService } from '../services/incident.service.ts';
import type { StoredClock } from '../../domain/sla-service.ts';
import { route, type RouteSpec } from './route-spec.ts';
import {
  INT_MAX,
  anyValue,
  arrayOf,
  bool,
  int,
  isoText,
  itemsOf,
  nullable,
  num,
  obj,
  pageOf,
  ref,
  str,
} from './schemas.ts';

const INCIDENT_FULL = {
  allOf: [ref('Incident'), obj({ history: arrayOf(ref('HistoryEntry')) })],
};

const nullableIso = nullable(isoText);
/** One SLA clock of an incident with the ledger that explains it. */
const CLOCK = obj({
  id: str,
  clockType: str,
  priority: nullable(str),
  calendar: str,
  targetMinutes: num,
  state: str,
  startedAt: nullableIso,
  dueAt: nullableIso,
  thresholds: arrayOf(obj({ level: num, dueAt: nullableIso, reachedAt: nullableIso })),
  pausedMinutes: num,
  stoppedAt: nullableIso,
  met: nullable(bool),
  breachedAt: nullableIso,
  calendarIncomplete: bool,
  events: arrayOf(
    obj(
      {
        event: str,
        level: nullable(int),
        at: nullableIso,
        elapsedMinutes: num,
        actor: nullable(str),
        reason: nullable(str),
        oldDueAt: nullableIso,
        newDueAt: nullableIso,
        details: anyValue,
      },
      ['event', 'at'],
    ),
  ),
});
import { INTERNAL_ROLES } from '../access/record-access.ts';

/** Agents who work incidents (api.md: service desk, resolver groups, incident manager, admin). */
const AGENTS: Role[] = [
  'service-desk',
  'service-desk-lead',
  'resolver-l2',
  'resolver-l3',
  'resolver-lead',
  'incident-manager',
  'major-incident-manager',
  'admin',
];
/**
 * Reading and reporting are open to every signed-in user (every staff user is a requester,
 * §0.2); what they see is scoped in the service: staff roles see all incidents, customer
 * contacts their customer's, everyone else the incidents they reported.
 */
const READERS = 'authenticated' as const;
const REPORTERS = 'authenticated' as const;

const reasonBody = (field = 'reason') => ({
  type: 'object',
  properties: { [field]: { type: 'string', minLength: 1, maxLength: 2000 } },
  required: [field],
  additionalProperties: false,
});

const uuid = { type: 'string', format: 'uuid' };

const iso = (d: Date | null | undefined) => (d ? formatInstant('Asia/Shanghai', d) : null);

/** The incident as api.md shows it, with its SLA summary. */
function present(i: IncidentRow, clocks: StoredClock[]) {
  const clock = (type: string) => clocks.find((c) => c.clockType === type)?.clock;
  const response = clock('response');
  const resolution = clock('resolution');
  return {
    id: i.id,
    number: i.number,
    title: i.title,
    description: i.description,
    status: i.status,
    impact: i.impact,
    urgency: i.urgency,
    priority: i.priority,
    channel: i.channel,
    type: i.type,
    category: i.category,
    customerId: i.customerId,
    serviceId: i.serviceId,
    ciIds: i.ciIds,
    reporter: { name: i.reporterName, contact: i.reporterContact },
    assignmentGroup: i.assignmentGroup,
    assignee: i.assignee,
    major: i.isMajor,
    security: i.isSecurity,
    escalationLevel: i.hierarchicalLevel,
    functionalLevel: i.functionalLevel,
    reopenCount: i.reopenCount,
    resolutionCode: i.resolutionCode,
    resolution: i.resolution,
    rating: i.rating,
    exempt: i.exempt,
    exemptReason: i.exemptReason,
    sla: {
      responseDueAt: iso(response?.dueAt),
      resolutionDueAt: iso(resolution?.dueAt),
      respondedAt: iso(i.respondedAt ?? response?.stoppedAt),
      resolvedAt: iso(i.resolvedAt),
      paused: resolution?.state === 'paused' || response?.state === 'paused',
      breached: {
        response: Boolean(response?.breachedAt),
        resolution: Boolean(resolution?.breachedAt),
      },
      calendarIncomplete: Boolean(response?.calendarIncomplete || resolution?.calendarIncomplete),
    },
    processInstanceKey: i.processInstanceKey,
    createdAt: iso(i.createdAt),
    createdBy: i.createdBy,
    closedAt: iso(i.closedAt),
    cancelledAt: iso(i.cancelledAt),
  };
}

/** The incident routes of api.md plus the commands of issue 4. */
export function incidentRoutes(deps: { incidents: IncidentService }): RouteSpec[] {
  const s = deps.incidents;
  const full = async (i: IncidentRow) => ({
    ...present(i, await s.clocks(i)),
    history: await s.history(i),
  });
  const command = (
    path: string,
    summary: string,
    access: Role[],
    body: object,
    run: (
      id: string,
      body: never,
      user: NonNullable<Parameters<RouteSpec['handler']>[0]['user']>,
    ) => Promise<IncidentRow>,
    rules?: string,
  ) =>
    route({
      method: 'post',
      path,
      summary,
      ...(rules ? { rules } : {}),
      tag: 'Incidents',
      access,
      body,
      success: { status: 200, description: 'The incident after the change', schema: INCIDENT_FULL },
      async handler(req) {
        const updated = await run(req.params.id!, req.body as never, req.user!);
        return { body: await full(updated) };
      },
    });

  return [
    route({
      method: 'post',
      path: '/api/incidents',
      summary:
        'Report an incident: number, priority, SLA clocks and process instance in one transaction',
      tag: 'Incidents',
      access: REPORTERS,
      body: {
        type: 'object',
        properties: {
          title: { type: 'string', minLength: 1, maxLength: 500 },
          description: { type: 'string', maxLength: 20000 },
          channel: {
            type: 'string',
            enum: ['phone', 'visit', 'fax', 'email', 'web', 'monitoring'],
          },
          impact: { type: 'integer', enum: [1, 2, 3] },
          urgency: { type: 'integer', enum: [1, 2, 3] },
          serviceId: uuid,
          ciId: uuid,
          customerId: uuid,
          reporter: {
            type: 'object',
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 200 },
              contact: { type: 'string', maxLength: 200 },
            },
            required: ['name'],
            additionalProperties: false,
          },
        },
        required: ['title', 'channel', 'impact', 'urgency', 'reporter'],
        additionalProperties: false,
      },
      success: {
        status: 201,
        description: 'The incident with its number, priority, clocks and process instance key',
        schema: INCIDENT_FULL,
      },
      async handler(req) {
        const incident = await s.create(req.body as CreateIncidentInput, req.user!);
        return { status: 201, body: await full(incident) };
      },
    }),
    route({
      method: 'get',
      path: '/api/incidents',
      summary: 'Incidents, filtered (customer contacts and requesters see their own)',
      tag: 'Incidents',
      access: READERS,
      query: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            enum: ['new', 'in_progress', 'pending', 'resolved', 'closed', 'cancelled'],
          },
          priority: { type: 'string', enum: ['P1', 'P2', 'P3', 'P4'] },
          assignmentGroup: { type: 'string', minLength: 1 },
          q: { type: 'string', minLength: 1, maxLength: 200 },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          offset: { type: 'integer', minimum: 0, maximum: INT_MAX, default: 0 },
        },
        additionalProperties: false,
      },
      success: { status: 200, description: '{ items, total }', schema: pageOf(ref('Incident')) },
      async handler(req) {
        const { items, total } = await s.list(req.query as never, req.user!);
        const body = [];
        for (const i of items) body.push(present(i, await s.clocks(i)));
        return { body: { items: body, total } };
      },
    }),
    route({
      method: 'get',
      path: '/api/incidents/:id',
      summary: 'One incident (by id or number) with its SLA summary and history',
      tag: 'Incidents',
      access: READERS,
      success: { status: 200, description: 'The incident', schema: INCIDENT_FULL },
      async handler(req) {
        return { body: await full(await s.get(req.params.id!, req.user!)) };
      },
    }),
    route({
      method: 'get',
      path: '/api/incidents/:id/history',
      summary: 'The history of an incident, newest last',
      tag: 'Incidents',
      access: READERS,
      success: {
        status: 200,
        description: '{ items: [{ at, actor, action, details }] }',
        schema: itemsOf(ref('HistoryEntry')),
      },
      async handler(req) {
        const incident = await s.get(req.params.id!, req.user!);
        return { body: { items: await s.history(incident) } };
      },
    }),
    route({
      method: 'get',
      path: '/api/incidents/:id/sla',
      summary: 'The SLA clocks of an incident and the ledger that explains every minute',
      tag: 'Incidents',
      access: READERS,
      success: {
        status: 200,
        description: '{ clocks: [{ clockType, state, ..., events }] }',
        schema: obj({ clocks: arrayOf(CLOCK) }),
      },
      async handler(req) {
        const incident = await s.get(req.params.id!, req.user!);
        const clocks = await s.clocks(incident);
        const ledger = await s.ledger(incident);
        return {
          body: {
            clocks: clocks.map((c) => ({
              id: c.id,
              clockType: c.clockType,
              priority: c.priority,
              calendar: c.clock.calendar,
              targetMinutes: c.clock.targetMinutes,
              state: c.clock.state,
              startedAt: iso(c.clock.startedAt),
              dueAt: iso(c.clock.dueAt),
              thresholds: c.clock.thresholds.map((t) => ({
                level: t.level,
                dueAt: iso(t.dueAt),
                reachedAt: iso(t.reachedAt),
              })),
              pausedMinutes: c.clock.pausedMinutes,
              stoppedAt: iso(c.clock.stoppedAt),
              met: c.clock.met,
              breachedAt: iso(c.clock.breachedAt),
              calendarIncomplete: c.clock.calendarIncomplete,
              events: (ledger.find((l) => l.clockId === c.id)?.events ?? []).map((e) => ({
                ...e,
                at: iso(e.at),
                oldDueAt: iso(e.oldDueAt),
                newDueAt: iso(e.newDueAt),
              })),
            })),
          },
        };
      },
    }),
    command(
      '/api/incidents/:id/priority',
      'Raise the priority (upwards only, with a reason); recalculates the SLA clocks',
      ['service-desk-lead', 'incident-manager'],
      {
        type: 'object',
        properties: {
          priority: { type: 'string', enum: ['P1', 'P2', 'P3', 'P4'] },
          reason: { type: 'string', minLength: 1, maxLength: 2000 },
        },
        required: ['priority', 'reason'],
        additionalProperties: false,
      },
      (id, body, user) => s.raisePriority(id, body, user),
    ),
    command(
      '/api/incidents/:id/pause',
      'Set an incident in progress pending for a customer reason; pauses the resolution clock',
      AGENTS,
      {
        type: 'object',
        properties: {
          // One of the codes of the setting sla-pause-reasons, checked by the service.
          reason: { type: 'string', minLength: 1, maxLength: 60 },
        },
        required: ['reason'],
        additionalProperties: false,
      },
      (id, body, user) => s.pause(id, body, user),
      'reason is a code of the setting sla-pause-reasons (400 naming reason); the incident must be in_progress (409).',
    ),
    command(
      '/api/incidents/:id/resume',
      'Resume a pending incident; its due instants move by the paused working minutes',
      AGENTS,
      { type: 'object', properties: {}, additionalProperties: false },
      (id, _body, user) => s.resume(id, user),
    ),
    command(
      '/api/incidents/:id/escalate',
      'Escalate hierarchically to the next level by hand',
      AGENTS,
      reasonBody(),
      (id, body, user) => s.escalate(id, body, user),
    ),
    command(
      '/api/incidents/:id/declare-major',
      'Declare a major incident while it is being resolved',
      ['service-desk-lead', 'incident-manager'],
      reasonBody(),
      (id, body, user) => s.declareMajor(id, body, user),
    ),
    command(
      '/api/incidents/:id/cancel',
      'Cancel an open incident with a reason (excluded from the KPIs)',
      ['service-desk-lead', 'incident-manager'],
      reasonBody(),
      (id, body, user) => s.cancel(id, body, user),
    ),
    command(
      '/api/incidents/:id/exempt',
      'Exempt an incident from the fault-repair objective (免责)',
      // Who may, and for which reasons, is the setting sla-exemption-policy (the service checks).
      [...INTERNAL_ROLES],
      {
        type: 'object',
        properties: {
          reason: { type: 'string', minLength: 1, maxLength: 60 },
          comment: { type: 'string', maxLength: 2000 },
        },
        required: ['reason'],
        additionalProperties: false,
      },
      (id, body, user) => s.exempt(id, body, user),
      'The setting sla-exemption-policy names the roles that may exempt (403 for the others) and the reasons (400 naming reason); an incident exempted already answers 409.',
    ),
  ];
}
