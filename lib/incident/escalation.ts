/**
 * Who a manual hierarchical escalation informs (processes.md §0.5 "Escalation kinds"): H1
 * the group lead, H2 the incident manager, H3 the department head and the service level
 * manager, H4 the management representative and top management [default]. The admin setting
 * `incident-escalation` (lib/incident/settings.ts) replaces the table; these are its entries.
 */
import { ROLE_IDS } from '../roles.ts';
import type { HierarchicalLevel } from '../sla/escalation.ts';

/** The assignment group's people, from reference data. */
export interface GroupPeople {
  readonly code: string;
  readonly lead?: string | null;
  readonly departmentHead?: string | null;
}

/** The assignment group's named lead; else `service-desk-lead` or `resolver-lead` by group. */
export const GROUP_LEAD = 'group-lead';
/** The assignment group's named department head; else the role `department-head`. */
export const GROUP_DEPARTMENT_HEAD = 'group-department-head';

/** What a level may notify: a role of §0.2 (not a portal one) or one of the group's people. */
export const ESCALATION_RECIPIENTS: readonly string[] = [
  GROUP_LEAD,
  GROUP_DEPARTMENT_HEAD,
  ...ROLE_IDS.filter((role) => role !== 'customer-contact' && role !== 'requester'),
];

/** The levels above H0 a manual escalation reaches, in order. */
export const ESCALATION_LEVELS = ['H1', 'H2', 'H3', 'H4'] as const;

/** One row of the table: a level and whom reaching it informs. */
export interface HierarchicalLevelRecipients {
  readonly level: Exclude<HierarchicalLevel, 'H0'>;
  readonly notify: readonly string[];
}

/** §0.5 "Escalation kinds" [default]. */
export const DEFAULT_HIERARCHICAL_RECIPIENTS: readonly HierarchicalLevelRecipients[] = [
  { level: 'H1', notify: [GROUP_LEAD] },
  { level: 'H2', notify: ['incident-manager'] },
  { level: 'H3', notify: [GROUP_DEPARTMENT_HEAD, 'service-level-manager'] },
  { level: 'H4', notify: ['management-representative', 'top-management'] },
];

/**
 * Notification recipients (`user:`, `role:`) for reaching a hierarchical level, by the table
 * (default {@link DEFAULT_HIERARCHICAL_RECIPIENTS}). `group-lead` is the group's named lead,
 * else the lead role of its kind (`service-desk-lead` for the service desk, `resolver-lead`
 * otherwise); `group-department-head` its named head, else `role:department-head`.
 */
export function hierarchicalRecipients(
  level: HierarchicalLevel,
  group: GroupPeople,
  table: readonly HierarchicalLevelRecipients[] = DEFAULT_HIERARCHICAL_RECIPIENTS,
): string[] {
  const row = table.find((r) => r.level === level);
  if (!row) return [];
  return row.notify.map((who) => {
    if (who === GROUP_LEAD) {
      if (group.lead) return `user:${group.lead}`;
      return group.code === 'service-desk' ? 'role:service-desk-lead' : 'role:resolver-lead';
    }
    if (who === GROUP_DEPARTMENT_HEAD)
      return group.departmentHead ? `user:${group.departmentHead}` : 'role:department-head';
    return `role:${who}`;
  });
}
