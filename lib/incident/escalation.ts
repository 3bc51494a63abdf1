/**
 * Who a manual hierarchical escalation informs (processes.md §0.5 "Escalation kinds"): H1
 * the group lead, H2 the incident manager, H3 the department head and the service level
 * manager, H4 the management representative and top management [default]; and what each SLA
 * threshold of an incident's clocks does (§0.5 "Escalation actions per threshold"). The admin
 * setting `incident-escalation` (lib/incident/settings.ts) replaces both; these are its parts.
 */
import { ROLE_IDS } from '../roles.ts';
import {
  DEFAULT_ESCALATION_POLICY,
  type ClockFamily,
  type EscalationPolicy,
  type HierarchicalLevel,
  type Recipient,
  type ThresholdAction,
} from '../sla/escalation.ts';
import type { Priority } from '../sla/priority.ts';

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

// The actions per SLA threshold of an incident's clocks (§0.5 table) ------------------------

/** What a threshold row may notify: the task's assignee or queue, the group's people, a role. */
export const THRESHOLD_RECIPIENTS: readonly string[] = [
  'assignee',
  'queue',
  ...ESCALATION_RECIPIENTS,
];

/** The rows of the §0.5 table, in order: first warning, second warning, breach. */
export const THRESHOLD_ROWS = [50, 75, 100] as const;

/** One row of a column: the hierarchical level it reaches (null = a plain warning) and whom it informs. */
export interface ThresholdRowSetting {
  readonly row: (typeof THRESHOLD_ROWS)[number];
  readonly level: Exclude<HierarchicalLevel, 'H0'> | null;
  readonly notify: readonly string[];
}

/** More for one priority at one row, e.g. P1 at the resolution breach: H4 and top management. */
export interface PriorityExtraSetting {
  readonly priority: Priority;
  readonly clock: ClockFamily;
  readonly row: (typeof THRESHOLD_ROWS)[number];
  readonly level: Exclude<HierarchicalLevel, 'H0'>;
  readonly notify: readonly string[];
}

/** The §0.5 table for an incident's response and resolution clocks. */
export interface ThresholdTable {
  readonly response: readonly ThresholdRowSetting[];
  readonly resolution: readonly ThresholdRowSetting[];
  readonly priorityExtras: readonly PriorityExtraSetting[];
}

/**
 * §0.5 "Escalation actions per threshold" [default], as {@link DEFAULT_ESCALATION_POLICY} has
 * them for incidents.
 */
export const DEFAULT_THRESHOLD_TABLE: ThresholdTable = {
  response: [
    { row: 50, level: null, notify: ['queue', 'assignee'] },
    { row: 75, level: 'H1', notify: ['service-desk-lead'] },
    { row: 100, level: 'H2', notify: ['incident-manager'] },
  ],
  resolution: [
    { row: 50, level: 'H1', notify: ['assignee', GROUP_LEAD] },
    { row: 75, level: 'H2', notify: ['incident-manager'] },
    { row: 100, level: 'H3', notify: [GROUP_DEPARTMENT_HEAD, 'service-level-manager'] },
  ],
  priorityExtras: [
    { priority: 'P1', clock: 'resolution', row: 100, level: 'H4', notify: ['top-management'] },
  ],
};

/**
 * A threshold recipient as the SLA service reads it. At a threshold `group-lead` is the
 * group's named lead, else the role `resolver-lead` (as the shipped table has it).
 */
function thresholdRecipient(who: string): Recipient {
  if (who === 'assignee' || who === 'queue') return { kind: who };
  if (who === GROUP_LEAD) return { kind: 'group-role', role: 'resolver-lead' };
  if (who === GROUP_DEPARTMENT_HEAD) return { kind: 'group-role', role: 'department-head' };
  return { kind: 'role', role: who };
}

/**
 * The escalation policy of an incident's clocks from the table: levels and recipients as
 * configured; what a row does beyond informing (record the breach at 100 %, open the at-risk
 * review at the resolution clock's 75 %, inform the customer of a breach) stays as `base` has
 * it, since the diagrams are built on it.
 */
export function incidentEscalationPolicy(
  table: ThresholdTable,
  base: EscalationPolicy = DEFAULT_ESCALATION_POLICY,
): EscalationPolicy {
  const column = (family: ClockFamily, rows: readonly ThresholdRowSetting[]) =>
    rows.map((r): ThresholdAction => {
      const shipped = base.actions[family].find((a) => a.level === r.row);
      return {
        level: r.row,
        hierarchicalLevel: r.level,
        notify: r.notify.map(thresholdRecipient),
        recordBreach: shipped?.recordBreach ?? r.row === 100,
        atRiskReview: shipped?.atRiskReview ?? false,
        informCustomer: shipped?.informCustomer ?? false,
      };
    });
  return {
    ...base,
    actions: {
      response: column('response', table.response),
      resolution: column('resolution', table.resolution),
    },
    priorityExtras: table.priorityExtras.map((extra) => ({
      priority: extra.priority,
      family: extra.clock,
      level: extra.row,
      hierarchicalLevel: extra.level,
      notify: extra.notify.map(thresholdRecipient),
    })),
  };
}
