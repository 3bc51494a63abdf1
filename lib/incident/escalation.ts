/**
 * Who a manual hierarchical escalation informs (processes.md §0.5 "Escalation kinds"): H1
 * the group lead, H2 the incident manager, H3 the department head and the service level
 * manager, H4 the management representative and top management [default].
 */
import type { HierarchicalLevel } from '../sla/escalation.ts';

/** The assignment group's people, from reference data. */
export interface GroupPeople {
  readonly code: string;
  readonly lead?: string | null;
  readonly departmentHead?: string | null;
}

/**
 * Notification recipients (`user:`, `role:`) for reaching a hierarchical level. A group
 * without a named lead falls back to the lead role of its kind (`service-desk-lead` for the
 * service desk, `resolver-lead` otherwise); without a named head, to `role:department-head`.
 */
export function hierarchicalRecipients(level: HierarchicalLevel, group: GroupPeople): string[] {
  switch (level) {
    case 'H0':
      return [];
    case 'H1':
      if (group.lead) return [`user:${group.lead}`];
      return [group.code === 'service-desk' ? 'role:service-desk-lead' : 'role:resolver-lead'];
    case 'H2':
      return ['role:incident-manager'];
    case 'H3':
      return [
        group.departmentHead ? `user:${group.departmentHead}` : 'role:department-head',
        'role:service-level-manager',
      ];
    case 'H4':
      return ['role:management-representative', 'role:top-management'];
  }
}
