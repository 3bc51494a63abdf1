/**
 * Service requests (processes.md §2): requests for information, advice, access or a
 * pre-approved (standard) change, run by `service-request`. Requesters read their own,
 * customer contacts their customer's, the provider's staff all of them.
 */
import { ROLE_IDS } from '../../roles.ts';
import type { RecordKind } from '../kind.ts';
import { PRIORITY_FIELD } from './common-fields.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** Portal roles: they read only their own (requester) or their customer's (contact) requests. */
const PORTAL_ROLES: readonly string[] = ['customer-contact', 'requester'];

/** The provider's people: every role of §0.2 but the portal's. */
export const SERVICE_REQUEST_READERS = ROLE_IDS.filter((r) => !PORTAL_ROLES.includes(r));

/**
 * Who may cancel a request before fulfilment: every signed-in user holds `requester` (§0.2),
 * so the command is open to all roles and what it reaches is the read scope — requesters their
 * own requests, customer contacts their customer's, staff (the service desk on the
 * requester's behalf) any.
 */
const CANCELLERS = ROLE_IDS;

/** The request types of the catalogue (§2 "Request catalogue"). */
export const REQUEST_TYPES = [
  'information',
  'advice',
  'enquiry',
  'access',
  'standard-change',
] as const;

const levels = {
  '1': level('High', '高'),
  '2': level('Medium', '中'),
  '3': level('Low', '低'),
};

export const serviceRequestKind = {
  type: 'service-request',
  prefix: 'SR',
  table: 'service_requests',
  labels: {
    singular: level('Service request', '服务请求'),
    plural: level('Service requests', '服务请求'),
  },
  processIds: ['service-request'],
  fields: {
    title: {
      type: 'string',
      labels: level('Title', '标题'),
      minLength: 1,
      maxLength: 200,
      column: true,
    },
    description: { type: 'string', labels: level('Description', '描述'), maxLength: 10_000 },
    itemId: {
      type: 'string',
      format: 'uuid',
      labels: level('Catalogue item', '请求目录项'),
      column: true,
      choicesFrom: '/api/request-items',
    },
    requestType: {
      type: 'string',
      labels: level('Request type', '请求类型'),
      enum: REQUEST_TYPES,
      enumLabels: {
        information: level('Information', '信息'),
        advice: level('Advice', '咨询建议'),
        enquiry: level('Enquiry', '查询'),
        access: level('Access', '访问权限'),
        'standard-change': level('Standard change', '标准变更'),
      },
      column: true,
    },
    requesterId: { type: 'string', labels: level('Requester', '请求人'), column: true },
    impact: {
      type: 'string',
      labels: level('Impact', '影响度'),
      enum: ['1', '2', '3'],
      enumLabels: levels,
      column: true,
    },
    urgency: {
      type: 'string',
      labels: level('Urgency', '紧急度'),
      enum: ['1', '2', '3'],
      enumLabels: levels,
      column: true,
    },
    priority: PRIORITY_FIELD,
    fulfilmentGroup: { type: 'string', labels: level('Fulfilment group', '履行组'), column: true },
    // The catalogue item's own fulfilment target ({ amount, unit }), copied at triage.
    fulfilmentTarget: {
      type: 'object',
      labels: level('Fulfilment target (catalogue item)', '履行时限（目录项）'),
    },
    approvalPolicy: {
      type: 'string',
      labels: level('Approval policy', '审批策略'),
      enum: ['none', 'line-manager', 'asset-owner-and-security'],
      enumLabels: {
        none: level('No approval', '无需审批'),
        'line-manager': level('Line manager', '直属主管'),
        'asset-owner-and-security': level(
          'Asset owner and security officer',
          '资产负责人和信息安全负责人',
        ),
      },
    },
    approverId: { type: 'string', labels: level('Approver', '审批人') },
    changeId: { type: 'string', labels: level('Change', '变更'), column: true },
    accessValidUntil: {
      type: 'string',
      format: 'date-time',
      labels: level('Access valid until', '访问权限有效期至'),
      column: true,
    },
    actionsTaken: {
      type: 'string',
      labels: level('Actions taken', '已采取的措施'),
      maxLength: 10_000,
    },
    answer: { type: 'string', labels: level('Answer', '答复'), maxLength: 10_000 },
    rejectReason: {
      type: 'string',
      labels: level('Reason for rejection', '驳回原因'),
      maxLength: 2_000,
    },
    cancelReason: {
      type: 'string',
      labels: level('Reason for cancellation', '取消原因'),
      maxLength: 2_000,
    },
    confirmedBy: {
      type: 'string',
      labels: level('Confirmed by', '确认方式'),
      enum: ['requester', 'timeout'],
      enumLabels: {
        requester: level('The requester', '请求人确认'),
        timeout: level('Confirmed by timeout', '超时自动确认'),
      },
    },
    respondedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Responded at', '响应时间'),
      column: true,
    },
    fulfilledAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Fulfilled at', '履行完成时间'),
      column: true,
    },
    closedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Closed at', '关闭时间'),
      column: true,
    },
    rating: {
      type: 'integer',
      minimum: 1,
      maximum: 5,
      labels: level('Rating', '评分'),
      column: true,
    },
  },
  create: {
    fields: ['title', 'description', 'itemId', 'impact', 'urgency'],
    required: ['title'],
    // Any signed-in user, from the portal or the service desk (§2 Triggers).
    roles: ROLE_IDS,
  },
  taskOnlyFields: [
    'valid',
    'isIncident',
    'decision',
    'comment',
    'fulfilled',
    'confirmed',
    'knownErrors',
  ],
  // `itsm:record.cancel:1` (the requester's cancellation runs `itsm:request.cancel:1`, which
  // also links a reclassified incident).
  cancel: { status: 'cancelled', reasonField: 'cancelReason' },
  statuses: {
    initial: 'new',
    labels: {
      new: level('New', '新建'),
      awaiting_approval: level('Awaiting approval', '待审批'),
      in_fulfilment: level('In fulfilment', '履行中'),
      awaiting_change: level('Awaiting change', '等待变更'),
      fulfilled: level('Fulfilled', '已履行'),
      closed: level('Closed', '已关闭'),
      rejected: level('Rejected', '已驳回'),
      cancelled: level('Cancelled', '已取消'),
    },
    final: ['closed', 'rejected', 'cancelled'],
    transitions: {
      new: ['awaiting_approval', 'in_fulfilment', 'awaiting_change', 'rejected', 'cancelled'],
      awaiting_approval: ['in_fulfilment', 'awaiting_change', 'rejected', 'cancelled'],
      in_fulfilment: ['fulfilled'],
      awaiting_change: ['fulfilled'],
      // Not confirmed: back to fulfilment (§2 step 11).
      fulfilled: ['closed', 'in_fulfilment'],
    },
  },
  slaClocks: ['response', 'fulfilment'],
  slaTargetFields: { fulfilment: 'fulfilmentTarget' },
  managerRole: 'incident-manager',
  // §2 KPIs: fulfilment on time (95 % [default]); the response counts toward
  // `incident-response-on-time`.
  kpis: [
    {
      id: 'request-fulfilment-on-time',
      labels: level('Service requests fulfilled on time', '服务请求及时履行率'),
      target: 0.95,
      comparator: '>=',
      measure: { kind: 'clock-met', clock: 'fulfilment' },
    },
  ],
  read: { roles: SERVICE_REQUEST_READERS, scopes: ['staff', 'own', 'customer'] },
  commands: {
    escalate: {
      labels: level('Escalate', '升级'),
      roles: ['service-desk', 'service-desk-lead', 'incident-manager', 'resolver-lead'],
      from: ['new', 'awaiting_approval', 'in_fulfilment', 'awaiting_change'],
      message: 'Msg_EscalationRequested',
      fields: ['comment'],
      required: ['comment'],
    },
    cancel: {
      labels: level('Cancel', '取消'),
      roles: CANCELLERS,
      from: ['new', 'awaiting_approval'],
      to: 'cancelled',
      message: 'Msg_ServiceRequestCancelled',
      fields: ['comment'],
    },
  },
  list: {
    columns: [
      'number',
      'title',
      'status',
      'requestType',
      'priority',
      'fulfilmentGroup',
      'createdAt',
    ],
    filters: ['status', 'requestType', 'priority', 'fulfilmentGroup', 'itemId', 'requesterId'],
  },
} as const satisfies RecordKind;
