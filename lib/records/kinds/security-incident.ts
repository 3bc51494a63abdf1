/**
 * Information security incidents (processes.md §4): raised from an incident triaged with a
 * security aspect (`Msg_SecurityIncidentRaised`, one per incident) or recorded directly by the
 * security officer, assessed, contained, reported outside where law or contract requires,
 * reviewed and closed by `security-incident`. Every one is linked to the incident that handles
 * it through the incident procedure (ISO/IEC 20000-1:2011 6.6.3).
 */
import type { RecordKind } from '../kind.ts';
import { PRIORITY_FIELD } from './common-fields.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/**
 * Who reads security incidents (§0.2): the security officer owns them; the incident manager
 * owns the incident procedure they are handled through (the linked incident, H2); top
 * management is told of high and critical ones (§4 step 5) and approves the security policy;
 * the management representative reports SMS performance, and security-incident records are
 * mandatory SMS records analysed and reviewed (§4 Rules). Nobody else: they may name personal
 * data and weaknesses, so neither the service desk, the resolver groups (they work the linked
 * incident) nor customer contacts or requesters read them.
 */
export const SECURITY_INCIDENT_READERS = [
  'security-officer',
  'incident-manager',
  'top-management',
  'management-representative',
] as const;

/** §4 step 3: the categories of the assessment form. */
export const SECURITY_CATEGORIES = [
  'malware',
  'unauthorised-access',
  'data-leakage',
  'denial-of-service',
  'vulnerability-exploitation',
  'physical',
  'other',
] as const;

/** §4 step 3: confidentiality, integrity and availability impact. */
export const CIA_IMPACTS = ['none', 'low', 'medium', 'high'] as const;

/** §4 step 3: the security risk, by the security officer's risk method. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;

const ciaLabels = {
  none: level('None', '无'),
  low: level('Low', '低'),
  medium: level('Medium', '中'),
  high: level('High', '高'),
};

const cia = (en: string, zh: string) =>
  ({
    type: 'string',
    labels: level(en, zh),
    enum: CIA_IMPACTS,
    enumLabels: ciaLabels,
    column: true,
  }) as const;

export const securityIncidentKind = {
  type: 'security-incident',
  prefix: 'SEC',
  table: 'security_incidents',
  labels: {
    singular: level('Information security incident', '信息安全事件'),
    plural: level('Information security incidents', '信息安全事件'),
  },
  processIds: ['security-incident'],
  fields: {
    // What was detected: a direct detection needs words for the incident it reports.
    title: {
      type: 'string',
      labels: level('Title', '标题'),
      minLength: 1,
      maxLength: 200,
      column: true,
    },
    description: { type: 'string', labels: level('Description', '描述'), maxLength: 10_000 },
    incidentId: {
      type: 'string',
      format: 'uuid',
      labels: level('Incident', '关联事件'),
      column: true,
    },
    incidentNumber: {
      type: 'string',
      labels: level('Incident number', '关联事件编号'),
      refersTo: 'incident',
      column: true,
    },
    securityCategory: {
      type: 'string',
      labels: level('Security category', '安全事件类别'),
      enum: SECURITY_CATEGORIES,
      enumLabels: {
        malware: level('Malware', '恶意软件'),
        'unauthorised-access': level('Unauthorised access', '未授权访问'),
        'data-leakage': level('Data leakage', '数据泄露'),
        'denial-of-service': level('Denial of service', '拒绝服务'),
        'vulnerability-exploitation': level('Vulnerability exploitation', '漏洞利用'),
        physical: level('Physical', '物理安全'),
        other: level('Other', '其他'),
      },
      column: true,
      columnName: 'category',
    },
    confidentialityImpact: cia('Confidentiality impact', '保密性影响'),
    integrityImpact: cia('Integrity impact', '完整性影响'),
    availabilityImpact: cia('Availability impact', '可用性影响'),
    affectedAssetIds: {
      type: 'array',
      labels: level('Affected assets', '受影响的资产'),
      items: { type: 'string' },
      maxItems: 100,
    },
    personalDataInvolved: {
      type: 'boolean',
      labels: level('Personal data involved', '涉及个人信息'),
      column: true,
      columnName: 'personal_data',
    },
    riskLevel: {
      type: 'string',
      labels: level('Security risk', '安全风险等级'),
      enum: RISK_LEVELS,
      enumLabels: {
        low: level('Low', '低'),
        medium: level('Medium', '中'),
        high: level('High', '高'),
        critical: level('Critical', '严重'),
      },
      column: true,
    },
    priority: PRIORITY_FIELD,
    externalReportingRequired: {
      type: 'boolean',
      labels: level('External reporting required', '需要对外报告'),
      column: true,
    },
    recipients: {
      type: 'string',
      labels: level('Reported to', '报告对象'),
      maxLength: 2_000,
      column: true,
      columnName: 'reported_to',
    },
    reportedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Reported at', '报告时间'),
      column: true,
    },
    reference: {
      type: 'string',
      labels: level('Report reference', '报告编号'),
      maxLength: 200,
    },
    containmentActions: {
      type: 'string',
      labels: level('Containment actions', '遏制措施'),
      maxLength: 10_000,
      column: true,
      columnName: 'containment',
    },
    evidencePreserved: {
      type: 'boolean',
      labels: level('Evidence preserved', '已保全证据'),
      column: true,
    },
    eradicated: { type: 'boolean', labels: level('Eradicated', '已根除') },
    recovered: { type: 'boolean', labels: level('Recovered', '已恢复') },
    lessonsLearned: {
      type: 'string',
      labels: level('Lessons learned', '经验教训'),
      maxLength: 10_000,
      column: true,
      columnName: 'lessons',
    },
    improvementOpportunities: {
      type: 'array',
      labels: level('Improvement opportunities', '改进机会'),
      items: { type: 'string' },
      maxItems: 50,
    },
    controlsToChange: {
      type: 'array',
      labels: level('Controls to change', '需变更的控制措施'),
      items: { type: 'string' },
      maxItems: 50,
    },
    riskReviewNeeded: {
      type: 'boolean',
      labels: level('Risk review needed', '需要重新评估风险'),
    },
    closedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Closed at', '关闭时间'),
      column: true,
    },
  },
  create: {
    fields: ['title', 'description'],
    required: ['title'],
    // Direct detection (§4 Triggers): the security officer only.
    roles: ['security-officer'],
  },
  statuses: {
    initial: 'assessing',
    labels: {
      assessing: level('Assessing', '研判中'),
      containing: level('Containing', '遏制中'),
      reviewing: level('Reviewing', '评审中'),
      closed: level('Closed', '已关闭'),
    },
    final: ['closed'],
    transitions: {
      assessing: ['containing'],
      containing: ['reviewing'],
      reviewing: ['closed'],
    },
    stamps: { closed: 'closedAt' },
  },
  read: { roles: SECURITY_INCIDENT_READERS, scopes: ['staff'] },
  list: {
    columns: [
      'number',
      'title',
      'status',
      'securityCategory',
      'riskLevel',
      'priority',
      'incidentNumber',
      'createdAt',
    ],
    filters: ['status', 'securityCategory', 'riskLevel', 'priority', 'personalDataInvolved'],
  },
} as const satisfies RecordKind;
