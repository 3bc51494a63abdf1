/**
 * Major incidents (processes.md §1.2), run by `major-incident`, declared on the record core
 * over the table they had before it. A major incident has no number of its own: it is
 * addressed by its incident's number (`/api/records/major-incident/INC-2026-000123`). It is
 * declared through `/api/incidents/:id/declare-major` (or by `incident-management` and
 * `security-incident`) and moved on by its process, never by the core's create or commands.
 */
import { STAFF_ROLES } from '../../roles.ts';
import type { RecordKind } from '../kind.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const when = (en: string, zh: string) =>
  ({ type: 'string', format: 'date-time', labels: level(en, zh), column: true }) as const;
const flag = (en: string, zh: string) =>
  ({ type: 'boolean', labels: level(en, zh), column: true }) as const;

export const majorIncidentKind = {
  type: 'major-incident',
  prefix: 'INC',
  numberOf: 'incident',
  table: 'major_incidents',
  labels: {
    singular: level('Major incident', '重大事件'),
    plural: level('Major incidents', '重大事件'),
  },
  processIds: ['major-incident'],
  // Declared through /api/incidents/:id/declare-major and moved on by its process.
  ownRoutes: true,
  fields: {
    incidentId: {
      type: 'string',
      format: 'uuid',
      labels: level('Incident', '事件'),
      column: true,
    },
    criteriaMatched: {
      type: 'array',
      items: { type: 'string' },
      maxItems: 20,
      labels: level('Major-incident criteria matched', '符合的重大事件判定条件'),
    },
    mgmtNotifiedAt: when('Top management informed', '已通知最高管理者'),
    updateIntervalMinutes: {
      type: 'integer',
      minimum: 1,
      maximum: 10_080,
      labels: level('Status update interval (minutes)', '进展通报间隔（分钟）'),
      column: true,
    },
    continuityInvoked: flag('Continuity invocation requested', '已请求启动连续性计划'),
    restoredAt: when('Service restored', '服务恢复时间'),
    // { timeline, impact: { customers, services, durationMinutes }, rootCause, actionsTaken }
    report: { type: 'object', labels: level('Major-incident report', '重大事件报告') },
    reviewAt: when('Review date', '评审日期'),
    participants: {
      type: 'array',
      items: { type: 'string' },
      maxItems: 100,
      labels: level('Review participants', '评审参加人员'),
    },
    // { opportunities: [{ title, description }], whatWorked, correctiveActions, noOpportunityReason }
    review: { type: 'object', labels: level('Major-incident review', '重大事件评审') },
    problemNeeded: flag('Problem needed', '需要提交问题'),
    problemId: {
      type: 'string',
      maxLength: 100,
      labels: level('Problem', '问题'),
      column: true,
    },
  },
  // Nothing is created through the core (ownRoutes); these roles may declare one.
  create: { fields: [], required: [], roles: ['service-desk-lead', 'incident-manager'] },
  // Decisions and texts of the major-incident forms (§1.2 steps 3, 5, 6, 7) that the workers
  // turn into the record's fields (the manager is the record's assignee).
  taskOnlyFields: [
    'majorIncidentManager',
    'continuitySuggested',
    'statusSummary',
    'customerMessage',
    'nextUpdateAt',
    'timeline',
    'customers',
    'services',
    'durationMinutes',
    'rootCause',
    'actionsTaken',
    'reviewDate',
    'whatWorked',
    'improvementOpportunities',
    'title',
    'description',
    'noOpportunityReason',
    'correctiveActions',
  ],
  // The steps of §1.2 as the workers record them.
  statuses: {
    initial: 'declared',
    labels: {
      declared: level('Declared', '已宣布'),
      managed: level('Manager appointed', '已指定负责人'),
      restored: level('Service restored', '服务已恢复'),
      reported: level('Reported', '已报告'),
      reviewed: level('Reviewed', '已评审'),
    },
    final: ['reviewed'],
    transitions: {
      declared: ['managed'],
      managed: ['restored'],
      restored: ['reported'],
      reported: ['reviewed'],
    },
    stamps: { restored: 'restoredAt' },
  },
  // Staff see every major incident, customer contacts their customer's (the incident's).
  read: { roles: STAFF_ROLES, scopes: ['customer'] },
  list: {
    columns: ['number', 'status', 'assignee', 'createdAt', 'restoredAt', 'reviewAt'],
    filters: ['status', 'assignee', 'continuityInvoked', 'problemNeeded'],
  },
} as const satisfies RecordKind;
