/**
 * Escalation levels and the actions per SLA threshold (processes.md §0.5), as configuration.
 * Functional escalation moves work to a more specialised group (L1 → L2 → L3); hierarchical
 * escalation involves higher management (H0 none → H1 … H4). Both write `escalations` rows.
 */
import type { Priority } from './priority.ts';
import { DEFAULT_THRESHOLDS, type ClockType, type RecordType } from './targets.ts';
import { RECORD_KINDS } from '../records/kinds/index.ts';
import { slaRecordTypes } from './record-types.ts';

/** Functional levels, lowest first. */
export const FUNCTIONAL_LEVELS = ['L1', 'L2', 'L3'] as const;

/** L1 service desk, L2 technical support group, L3 specialists, development or vendor. */
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

/** Hierarchical levels, lowest first; H0 = no management involved yet. */
export const HIERARCHICAL_LEVELS = ['H0', 'H1', 'H2', 'H3', 'H4'] as const;

/** H0 none, H1 group lead, H2 incident or problem manager, H3 department head and SLM, H4 MR and top management. */
export type HierarchicalLevel = (typeof HIERARCHICAL_LEVELS)[number];

/** What a level means and which groups stand for it, for forms and manual escalation. */
export interface LevelDefinition<L extends string> {
  readonly level: L;
  readonly labelZh: string;
  readonly labelEn: string;
  /** Groups or roles that act at this level. */
  readonly groups: readonly string[];
}

/** §0.5 functional levels [000_df2930bdf7b8d580.txt] [002_65b19817fe75b76f.txt]. */
export const DEFAULT_FUNCTIONAL_LEVELS: readonly LevelDefinition<FunctionalLevel>[] = [
  { level: 'L1', labelZh: '一线服务台', labelEn: 'Service desk', groups: ['service-desk'] },
  {
    level: 'L2',
    labelZh: '二线技术支持组',
    labelEn: 'Technical support group',
    groups: ['resolver-l2'],
  },
  {
    level: 'L3',
    labelZh: '三线专家、开发或厂商',
    labelEn: 'Specialists, development or vendor',
    groups: ['resolver-l3'],
  },
];

/** §0.5 hierarchical levels [default]. */
export const DEFAULT_HIERARCHICAL_LEVELS: readonly LevelDefinition<HierarchicalLevel>[] = [
  { level: 'H0', labelZh: '未升级', labelEn: 'Not escalated', groups: [] },
  {
    level: 'H1',
    labelZh: '组长',
    labelEn: 'Group lead',
    groups: ['resolver-lead', 'service-desk-lead'],
  },
  {
    level: 'H2',
    labelZh: '事件经理或问题经理',
    labelEn: 'Incident or problem manager',
    groups: ['incident-manager', 'problem-manager'],
  },
  {
    level: 'H3',
    labelZh: '部门负责人和服务级别经理',
    labelEn: 'Department head and service level manager',
    groups: ['department-head', 'service-level-manager'],
  },
  {
    level: 'H4',
    labelZh: '管理者代表和最高管理者',
    labelEn: 'Management representative and top management',
    groups: ['management-representative', 'top-management'],
  },
];

/** The next functional level (manual transfer), or null at L3. */
export function nextFunctionalLevel(current: FunctionalLevel): FunctionalLevel | null {
  return FUNCTIONAL_LEVELS[FUNCTIONAL_LEVELS.indexOf(current) + 1] ?? null;
}

/** The next hierarchical level (manual escalation, `Msg_EscalationRequested`), or null at H4. */
export function nextHierarchicalLevel(current: HierarchicalLevel): HierarchicalLevel | null {
  return HIERARCHICAL_LEVELS[HIERARCHICAL_LEVELS.indexOf(current) + 1] ?? null;
}

/** The higher of two hierarchical levels; an escalation never lowers the level. */
export function higherHierarchicalLevel(
  a: HierarchicalLevel,
  b: HierarchicalLevel,
): HierarchicalLevel {
  return HIERARCHICAL_LEVELS.indexOf(a) >= HIERARCHICAL_LEVELS.indexOf(b) ? a : b;
}

/** Who an escalation action notifies. */
export type Recipient =
  /** The assignee of the governed task. */
  | { readonly kind: 'assignee' }
  /** The candidate groups (queue) of the governed task. */
  | { readonly kind: 'queue' }
  /** A platform-wide role, e.g. `service-desk-lead`. */
  | { readonly kind: 'role'; readonly role: string }
  /** A role scoped to the record's assignment group, e.g. its `resolver-lead`. */
  | { readonly kind: 'group-role'; readonly role: string }
  /** The manager of the record's process (incident or problem manager), see `processManagerRole`. */
  | { readonly kind: 'process-manager' };

/** The actions at one threshold of the §0.5 table. */
export interface ThresholdAction {
  /**
   * The row of the table: 50 (first warning), 75 (second) or 100 (breach). A clock whose
   * target configures other percentages takes the row at the same position (60/90/100 → 50/75/100).
   */
  readonly level: number;
  /** Hierarchical level reached, or null for a plain warning. */
  readonly hierarchicalLevel: HierarchicalLevel | null;
  readonly notify: readonly Recipient[];
  /** Record the breach (100 %). */
  readonly recordBreach: boolean;
  /** Create the at-risk review task (extra resources, functional escalation, warn the customer). */
  readonly atRiskReview: boolean;
  /** Inform the customer of the breach and the agreed measures. */
  readonly informCustomer: boolean;
}

/** Clocks escalate as a response clock or as a resolution-like clock (§0.5 table columns). */
export type ClockFamily = 'response' | 'resolution';

/** An extra action for one priority, added to a family's action at one level. */
export interface PriorityEscalationExtra {
  readonly priority: Priority;
  readonly family: ClockFamily;
  readonly level: number;
  readonly hierarchicalLevel: HierarchicalLevel;
  readonly notify: readonly Recipient[];
}

/** The escalation table of §0.5 as configuration. */
export interface EscalationPolicy {
  /** Which column of the table a clock type follows; null = no threshold actions defined. */
  readonly familyOf: Readonly<Record<ClockType, ClockFamily | null>>;
  readonly actions: Readonly<Record<ClockFamily, readonly ThresholdAction[]>>;
  readonly priorityExtras: readonly PriorityEscalationExtra[];
  /** The role behind `process-manager` per record type (record-types.ts). */
  readonly processManagerRole: Readonly<Record<RecordType, string>>;
}

const warn = (
  level: number,
  hierarchicalLevel: HierarchicalLevel | null,
  notify: readonly Recipient[],
  extra: Partial<Pick<ThresholdAction, 'recordBreach' | 'atRiskReview' | 'informCustomer'>> = {},
): ThresholdAction => ({
  level,
  hierarchicalLevel,
  notify,
  recordBreach: extra.recordBreach ?? false,
  atRiskReview: extra.atRiskReview ?? false,
  informCustomer: extra.informCustomer ?? false,
});

/**
 * §0.5 "Escalation actions per threshold" [default]. The 50 % resolution warning goes to the
 * assignment group's `resolver-lead`, whom §0.2 places at H1, so it is recorded as H1.
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  familyOf: {
    response: 'response',
    resolution: 'resolution',
    fulfilment: 'resolution',
    rca: 'resolution',
    'complaint-ack': null,
    'complaint-close': null,
  },
  actions: {
    response: [
      warn(50, null, [{ kind: 'queue' }, { kind: 'assignee' }]),
      warn(75, 'H1', [{ kind: 'role', role: 'service-desk-lead' }]),
      warn(100, 'H2', [{ kind: 'process-manager' }], { recordBreach: true }),
    ],
    resolution: [
      warn(50, 'H1', [{ kind: 'assignee' }, { kind: 'group-role', role: 'resolver-lead' }]),
      warn(75, 'H2', [{ kind: 'process-manager' }], { atRiskReview: true }),
      warn(
        100,
        'H3',
        [
          { kind: 'group-role', role: 'department-head' },
          { kind: 'role', role: 'service-level-manager' },
        ],
        { recordBreach: true, informCustomer: true },
      ),
    ],
  },
  priorityExtras: [
    {
      priority: 'P1',
      family: 'resolution',
      level: 100,
      hierarchicalLevel: 'H4',
      notify: [{ kind: 'role', role: 'top-management' }],
    },
  ],
  processManagerRole: Object.fromEntries(
    [...slaRecordTypes(RECORD_KINDS)].map(([type, sla]) => [type, sla.managerRole]),
  ),
};

/** A threshold's actions resolved for one record: concrete roles, the level reached. */
export interface EscalationPlan {
  /** Percent of the target reached, as the clock's target configures it (e.g. 90). */
  readonly level: number;
  /** The row of the §0.5 table it took its actions from (e.g. 75), which names the reason. */
  readonly row: number;
  readonly hierarchicalLevel: HierarchicalLevel | null;
  /** Recipients with `process-manager` replaced by the record type's role. */
  readonly notify: readonly Exclude<Recipient, { kind: 'process-manager' }>[];
  readonly recordBreach: boolean;
  readonly atRiskReview: boolean;
  readonly informCustomer: boolean;
}

/**
 * The actions when a clock reaches one of its thresholds, or null when the policy defines none
 * for this clock type and threshold (the threshold is still recorded on the clock). The policy
 * rows are matched by position: the clock's first threshold takes the 50 % row, the second
 * the 75 % row and the breach the 100 % row, whatever percentages the target configures.
 */
export function thresholdEscalation(
  policy: EscalationPolicy,
  key: {
    readonly recordType: RecordType;
    readonly clockType: ClockType;
    readonly priority: Priority | null;
    /** Percent of the target reached. */
    readonly level: number;
    /** The clock's configured thresholds, ascending; default {@link DEFAULT_THRESHOLDS}. */
    readonly levels?: readonly number[];
  },
): EscalationPlan | null {
  const family = policy.familyOf[key.clockType];
  if (family === null) return null;
  const ordinal = (key.levels ?? DEFAULT_THRESHOLDS).indexOf(key.level);
  if (ordinal < 0) return null;
  const action = [...policy.actions[family]].sort((a, b) => a.level - b.level)[ordinal];
  if (!action) return null;
  let hierarchicalLevel = action.hierarchicalLevel;
  const recipients: Recipient[] = [...action.notify];
  for (const extra of policy.priorityExtras) {
    if (extra.priority !== key.priority || extra.family !== family || extra.level !== action.level)
      continue;
    hierarchicalLevel =
      hierarchicalLevel === null
        ? extra.hierarchicalLevel
        : higherHierarchicalLevel(hierarchicalLevel, extra.hierarchicalLevel);
    recipients.push(...extra.notify);
  }
  const managerRole = policy.processManagerRole[key.recordType];
  return {
    level: key.level,
    row: action.level,
    hierarchicalLevel,
    // A type without a manager role (none declared) notifies the others only.
    notify: recipients.flatMap((recipient): EscalationPlan['notify'] =>
      recipient.kind !== 'process-manager'
        ? [recipient]
        : managerRole
          ? [{ kind: 'role', role: managerRole }]
          : [],
    ),
    recordBreach: action.recordBreach,
    atRiskReview: action.atRiskReview,
    informCustomer: action.informCustomer,
  };
}

/** Why an escalation row was written (§0.5 `escalations.reason`). */
export type EscalationReason = `threshold${number}` | 'manual' | 'customer';

/** The reason code for a threshold level, e.g. `threshold75`. */
export function thresholdReason(level: number): EscalationReason {
  return `threshold${level}`;
}

/** A hierarchical `escalations` row, without the record reference. */
export interface HierarchicalEscalation {
  readonly kind: 'hierarchical';
  readonly fromLevel: HierarchicalLevel;
  readonly toLevel: HierarchicalLevel;
  readonly reason: EscalationReason;
  readonly at: Date;
  readonly by: string;
}

/** A functional `escalations` row, without the record reference. */
export interface FunctionalEscalation {
  readonly kind: 'functional';
  readonly fromLevel: FunctionalLevel;
  readonly toLevel: FunctionalLevel;
  readonly fromGroup: string;
  readonly toGroup: string;
  readonly reason: EscalationReason;
  readonly at: Date;
  readonly by: string;
}

/**
 * The `escalations` row a threshold writes: from the record's current hierarchical level to
 * the plan's, never lower (a warning without a level stays at the current level). The reason
 * names the §0.5 row (`threshold75` for the second threshold, configured at 90 % or not).
 */
export function thresholdEscalationRow(
  current: HierarchicalLevel,
  plan: EscalationPlan,
  at: Date,
  by: string,
): HierarchicalEscalation {
  return {
    kind: 'hierarchical',
    fromLevel: current,
    toLevel:
      plan.hierarchicalLevel === null
        ? current
        : higherHierarchicalLevel(current, plan.hierarchicalLevel),
    reason: thresholdReason(plan.row),
    at,
    by,
  };
}
