/** Problems (processes.md §3): the root cause of one or more incidents, run by `problem-management`. */
import type { RecordKind } from '../kind.ts';
import { PRIORITY_FIELD } from './common-fields.ts';

/** Staff who work with problems and known errors (§3, §1: incident handling uses them). */
export const PROBLEM_READERS = [
  'problem-manager',
  'service-desk',
  'service-desk-lead',
  'resolver-l2',
  'resolver-l3',
  'resolver-lead',
  'incident-manager',
  'major-incident-manager',
  'change-manager',
  'process-owner',
  'management-representative',
  'top-management',
  'auditor',
  'admin',
] as const;

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });

export const problemKind = {
  type: 'problem',
  prefix: 'PRB',
  table: 'problems',
  labels: { singular: level('Problem', '问题'), plural: level('Problems', '问题') },
  processIds: ['problem-management'],
  fields: {
    title: {
      type: 'string',
      labels: level('Title', '标题'),
      minLength: 1,
      maxLength: 200,
      column: true,
    },
    description: { type: 'string', labels: level('Description', '描述'), maxLength: 10_000 },
    sourceType: {
      type: 'string',
      labels: level('Source record type', '来源记录类型'),
      column: true,
    },
    sourceNumber: { type: 'string', labels: level('Source record', '来源记录'), column: true },
    category: { type: 'string', labels: level('Category', '分类'), column: true },
    ciId: {
      type: 'string',
      format: 'uuid',
      labels: level('Configuration item', '配置项'),
      column: true,
    },
    impact: {
      type: 'string',
      labels: level('Impact', '影响度'),
      enum: ['1', '2', '3'],
      enumLabels: { '1': level('High', '高'), '2': level('Medium', '中'), '3': level('Low', '低') },
      column: true,
    },
    urgency: {
      type: 'string',
      labels: level('Urgency', '紧急度'),
      enum: ['1', '2', '3'],
      enumLabels: { '1': level('High', '高'), '2': level('Medium', '中'), '3': level('Low', '低') },
      column: true,
    },
    priority: PRIORITY_FIELD,
    ownerGroup: { type: 'string', labels: level('Owner group', '负责组'), column: true },
    owner: { type: 'string', labels: level('Owner', '负责人'), column: true },
    affectedCiIds: {
      type: 'array',
      items: { type: 'string', format: 'uuid' },
      maxItems: 100,
      labels: level('Affected configuration items', '受影响的配置项'),
    },
    rootCause: { type: 'string', labels: level('Root cause', '根本原因'), maxLength: 10_000 },
    workaround: { type: 'string', labels: level('Workaround', '临时解决方案'), maxLength: 10_000 },
    preventiveMeasures: {
      type: 'string',
      labels: level('Preventive measures', '预防措施'),
      maxLength: 10_000,
    },
    knownErrorNumber: {
      type: 'string',
      labels: level('Known error', '已知错误'),
      refersTo: 'known-error',
      column: true,
    },
    changeNumber: { type: 'string', labels: level('Change', '变更'), column: true },
    resolutionSummary: {
      type: 'string',
      labels: level('Resolution summary', '解决摘要'),
      maxLength: 10_000,
    },
    resolvedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Resolved at', '解决时间'),
      column: true,
    },
    effectivenessCheckedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Effectiveness checked at', '有效性检查时间'),
    },
    recurrences: { type: 'integer', minimum: 0, labels: level('Recurrences', '复发次数') },
    closedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Closed at', '关闭时间'),
      column: true,
    },
  },
  create: {
    fields: ['title', 'description', 'category', 'ciId', 'impact', 'urgency'],
    required: ['title', 'category'],
    roles: ['problem-manager'],
  },
  taskOnlyFields: [
    'rootCauseFound',
    'resolutionRequiresChange',
    'resolutionPlan',
    'kbUpdated',
    'docsUpdated',
    'improvementProposals',
    'reopen',
    'reason',
  ],
  statuses: {
    initial: 'new',
    labels: {
      new: level('New', '新建'),
      investigating: level('Investigating', '调查中'),
      known_error: level('Known error', '已知错误'),
      awaiting_change: level('Awaiting change', '等待变更'),
      resolved: level('Resolved', '已解决'),
      closed: level('Closed', '已关闭'),
    },
    final: ['closed'],
    transitions: {
      new: ['investigating'],
      investigating: ['known_error', 'awaiting_change', 'resolved'],
      known_error: ['awaiting_change', 'resolved', 'investigating'],
      awaiting_change: ['investigating', 'resolved'],
      // An ineffective resolution is reopened (§3 step 14).
      resolved: ['closed', 'investigating'],
    },
  },
  slaClocks: ['rca'],
  managerRole: 'problem-manager',
  // §3 KPIs [default targets].
  kpis: [
    {
      id: 'problem-rca-on-time',
      labels: level('Root cause analysed on time', '根本原因分析及时率'),
      target: 0.8,
      comparator: '>=',
      measure: { kind: 'clock-met', clock: 'rca' },
    },
    {
      id: 'problem-resolved-without-recurrence',
      labels: level('Problems resolved without recurrence', '问题解决后无复发率'),
      target: 0.9,
      comparator: '>=',
      // Each problem counts at its latest effectiveness check (§3 step 14), in the check's period.
      measure: {
        kind: 'share',
        dateField: 'effectivenessCheckedAt',
        field: 'recurrences',
        equals: 0,
        missingAs: 0,
      },
    },
  ],
  read: { roles: PROBLEM_READERS, scopes: ['staff'] },
  commands: {
    escalate: {
      labels: level('Escalate', '升级'),
      roles: ['problem-manager', 'incident-manager'],
      from: ['new', 'investigating', 'known_error', 'awaiting_change'],
      message: 'Msg_EscalationRequested',
      fields: ['comment'],
      required: ['comment'],
    },
  },
  list: {
    columns: ['number', 'title', 'status', 'priority', 'category', 'ownerGroup', 'createdAt'],
    filters: ['status', 'priority', 'category', 'ownerGroup', 'owner', 'ciId'],
  },
} as const satisfies RecordKind;
