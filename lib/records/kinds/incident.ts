/**
 * Incidents (processes.md §1.1), run by `incident-management`, and declared on the record core
 * over the table they had before the core (so a few fields name their older column). Reporting
 * and the incident commands stay at `/api/incidents` (api.md), where the rules of
 * `lib/incident/` apply; the core reads, lists and exports them under `/api/records/incident`.
 */
import { ROLE_IDS, STAFF_ROLES } from '../../roles.ts';
import type { RecordKind } from '../kind.ts';
import { PRIORITY_FIELD } from './common-fields.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const when = (en: string, zh: string) =>
  ({ type: 'string', format: 'date-time', labels: level(en, zh), column: true }) as const;
const text = (en: string, zh: string, maxLength = 2000) =>
  ({ type: 'string', labels: level(en, zh), maxLength, column: true }) as const;
const flag = (en: string, zh: string) =>
  ({ type: 'boolean', labels: level(en, zh), column: true }) as const;
const scale = (en: string, zh: string) =>
  ({ type: 'integer', minimum: 1, maximum: 3, labels: level(en, zh), column: true }) as const;

export const incidentKind = {
  type: 'incident',
  prefix: 'INC',
  table: 'incidents',
  labels: { singular: level('Incident', '事件'), plural: level('Incidents', '事件') },
  processIds: ['incident-management'],
  // Commanded through /api/incidents; a create on the core is a report there (matrix, clocks).
  ownRoutes: true,
  fields: {
    title: { ...text('Title', '标题', 500), minLength: 1 },
    description: text('Description', '描述', 20_000),
    channel: {
      type: 'string',
      labels: level('Channel', '报告渠道'),
      enum: ['phone', 'visit', 'fax', 'email', 'web', 'monitoring'],
      enumLabels: {
        phone: level('Phone', '电话'),
        visit: level('Visit', '现场'),
        fax: level('Fax', '传真'),
        email: level('E-mail', '邮件'),
        web: level('Web', '网页'),
        monitoring: level('Monitoring', '监控'),
      },
      column: true,
    },
    reporterName: text('Reporter', '报告人', 200),
    reporterContact: text('Reporter contact', '报告人联系方式', 200),
    // `type` of a record names its kind; the incident's own type is in column `type`.
    incidentType: {
      type: 'string',
      labels: level('Incident type', '事件类型'),
      enum: ['interruption', 'degradation', 'not-yet-impacting'],
      enumLabels: {
        interruption: level('Interruption', '中断'),
        degradation: level('Degradation', '降级'),
        'not-yet-impacting': level('Not yet impacting', '尚未影响'),
      },
      column: true,
      columnName: 'type',
    },
    category: text('Category', '分类', 100),
    impact: scale('Impact', '影响度'),
    urgency: scale('Urgency', '紧急度'),
    priority: PRIORITY_FIELD,
    functionalLevel: {
      type: 'string',
      labels: level('Support line', '支持级别'),
      enum: ['L1', 'L2', 'L3'],
      enumLabels: {
        L1: level('L1 service desk', 'L1 服务台'),
        L2: level('L2 resolver group', 'L2 二线'),
        L3: level('L3 specialists', 'L3 三线'),
      },
      column: true,
    },
    escalationLevel: {
      type: 'string',
      labels: level('Escalation level', '升级级别'),
      enum: ['H0', 'H1', 'H2', 'H3', 'H4'],
      enumLabels: {
        H0: level('H0 not escalated', 'H0 未升级'),
        H1: level('H1 resolver lead', 'H1 组长'),
        H2: level('H2 incident manager', 'H2 事件经理'),
        H3: level('H3 service level manager', 'H3 服务级别经理'),
        H4: level('H4 top management', 'H4 最高管理者'),
      },
      column: true,
      columnName: 'hierarchical_level',
    },
    isMajor: flag('Major incident', '重大事件'),
    isSecurity: flag('Security incident', '安全事件'),
    recurring: flag('Recurring', '重复发生'),
    knownErrorId: text('Known error', '已知错误', 100),
    problemId: text('Problem', '问题', 100),
    changeIds: {
      type: 'array',
      items: { type: 'string' },
      maxItems: 100,
      labels: level('Changes', '变更'),
    },
    resolutionCode: text('Resolution code', '解决代码', 100),
    resolution: text('Resolution', '解决方案', 20_000),
    workaroundUsed: flag('Workaround used', '使用了临时方案'),
    serviceRestoredConfirmed: flag('Service restored confirmed', '已确认服务恢复'),
    resolutionAccepted: flag('Resolution accepted', '已接受解决方案'),
    confirmedBy: text('Confirmed by', '确认人', 200),
    confirmationChannel: {
      type: 'string',
      labels: level('Confirmation channel', '确认渠道'),
      enum: ['portal', 'phone', 'visit', 'e-mail'],
      enumLabels: {
        portal: level('Portal', '门户'),
        phone: level('Phone', '电话'),
        visit: level('Visit', '现场'),
        'e-mail': level('E-mail', '邮件'),
      },
      column: true,
    },
    rating: {
      type: 'integer',
      minimum: 1,
      maximum: 5,
      labels: level('Rating', '满意度评分'),
      column: true,
    },
    reopenCount: {
      type: 'integer',
      minimum: 0,
      labels: level('Times reopened', '重新打开次数'),
      column: true,
    },
    exempt: flag('Exempt from SLA', 'SLA 豁免'),
    exemptReason: text('Exemption reason', '豁免原因', 200),
    exemptBy: text('Exempted by', '豁免人', 200),
    exemptAt: when('Exempted at', '豁免时间'),
    unplannedOutage: flag('Unplanned outage', '计划外停机'),
    outageStart: when('Outage start', '停机开始'),
    outageEnd: when('Outage end', '停机结束'),
    customerWarnedAt: when('Customer warned at', '已告知客户时间'),
    respondedAt: when('Responded at', '响应时间'),
    resolvedAt: when('Resolved at', '解决时间'),
    closedAt: when('Closed at', '关闭时间'),
    cancelledAt: when('Cancelled at', '取消时间'),
    cancelReason: text('Cancellation reason', '取消原因'),
    reopenedFrom: text('Reopened from', '重新打开自', 100),
    sourceType: text('Source record type', '来源记录类型', 100),
    sourceNumber: text('Source record', '来源记录', 100),
  },
  create: {
    fields: [
      'title',
      'description',
      'channel',
      'reporterName',
      'reporterContact',
      'impact',
      'urgency',
    ],
    required: ['title', 'channel', 'reporterName', 'impact', 'urgency'],
    // Everyone reports (§0.2: every user is a requester; a contact for their customer).
    roles: ROLE_IDS,
  },
  // Decisions of the incident's task forms (§1.1); `ciIds` are the record's CIs (incident_cis);
  // the Triage form's `type` is the process variable the classify step writes to `incidentType`.
  taskOnlyFields: [
    'type',
    'ciIds',
    'firstLineResolvable',
    'isRequest',
    'customerUpdate',
    'outcome',
    'nextGroup',
    'problemSuspected',
    'serviceRestored',
    'workNote',
    'action',
    'willMeetTarget',
    'customerNotice',
    'comment',
  ],
  statuses: {
    initial: 'new',
    labels: {
      new: level('New', '新建'),
      in_progress: level('In progress', '处理中'),
      pending: level('Pending', '挂起'),
      resolved: level('Resolved', '已解决'),
      closed: level('Closed', '已关闭'),
      cancelled: level('Cancelled', '已取消'),
    },
    final: ['closed', 'cancelled'],
    // The moves of lib/incident/closure.ts's transitions and the SLA pause and resume (§1.1).
    transitions: {
      new: ['in_progress', 'pending', 'resolved', 'cancelled'],
      in_progress: ['pending', 'resolved', 'cancelled'],
      pending: ['in_progress', 'resolved', 'cancelled'],
      resolved: ['closed', 'in_progress', 'cancelled'],
    },
    stamps: { cancelled: 'cancelledAt' },
  },
  // Cancelled by `itsm:record.cancel:1` (the cancellation sub-process, reclassification).
  cancel: { status: 'cancelled', reasonField: 'cancelReason' },
  slaClocks: ['response', 'resolution'],
  managerRole: 'incident-manager',
  // Staff see every incident, customer contacts their customer's, everyone else what they reported.
  read: { roles: STAFF_ROLES, scopes: ['customer', 'own'] },
  list: {
    columns: ['number', 'title', 'status', 'priority', 'assignmentGroup', 'assignee', 'createdAt'],
    filters: [
      'status',
      'priority',
      'channel',
      'category',
      'escalationLevel',
      'isMajor',
      'isSecurity',
    ],
  },
} as const satisfies RecordKind;
