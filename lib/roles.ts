/**
 * The roles of §0.2 of processes.md. A role is also a candidate group, i.e. a task queue.
 * English labels here; the UI carries the zh-CN ones.
 */
export const ROLES = {
  'top-management': 'Top management',
  'management-representative': 'Management representative',
  'sms-office': 'SMS office',
  'document-controller': 'Document controller',
  'process-owner': 'Process owner',
  'service-desk': 'Service desk',
  'service-desk-lead': 'Service desk lead',
  'resolver-l2': 'Resolver group (second line)',
  'resolver-l3': 'Resolver group (third line)',
  'resolver-lead': 'Resolver group lead',
  'incident-manager': 'Incident manager',
  'major-incident-manager': 'Major-incident manager',
  'problem-manager': 'Problem manager',
  'change-manager': 'Change manager',
  cab: 'Change advisory board',
  ecab: 'Emergency CAB',
  'release-manager': 'Release manager',
  'test-team': 'Test team',
  'configuration-manager': 'Configuration manager',
  'capacity-manager': 'Capacity manager',
  'availability-manager': 'Availability and continuity manager',
  'security-officer': 'Security officer',
  'service-level-manager': 'Service level manager',
  'service-owner': 'Service owner',
  'relationship-manager': 'Relationship manager',
  sales: 'Sales',
  'supplier-manager': 'Supplier manager',
  finance: 'Finance',
  'department-head': 'Department head',
  auditor: 'Internal auditor',
  'hr-training': 'HR / training coordinator',
  'customer-contact': 'Customer contact',
  requester: 'Requester',
  admin: 'Platform administrator',
} as const;

/** A role id of §0.2. */
export type Role = keyof typeof ROLES;

/** Every role id. */
export const ROLE_IDS = Object.keys(ROLES) as Role[];

/**
 * Roles that see every record: the people who work incidents, their managers and the
 * cockpit's roles (a cockpit user reads any instance's variables, i.e. its record, so they
 * must be allowed to read the record too).
 */
export const STAFF_ROLES: readonly Role[] = [
  'service-desk',
  'service-desk-lead',
  'resolver-l2',
  'resolver-l3',
  'resolver-lead',
  'incident-manager',
  'major-incident-manager',
  'service-level-manager',
  'process-owner',
  'management-representative',
  'top-management',
  'admin',
];
