/**
 * The rules of service request management (processes.md §2), pure: priority from impact and
 * urgency (the platform's matrix), what the catalogue item decides after triage (type,
 * fulfilment group, approvers, the change path), the default expiry of an access grant, and
 * that only service requests may be confirmed by timeout.
 */
import type { TargetDuration } from '../sla/targets.ts';
import { derivePriority, isLevel, type Priority, type PriorityMatrix } from '../sla/priority.ts';

export const APPROVAL_POLICIES = ['none', 'line-manager', 'asset-owner-and-security'] as const;
export type ApprovalPolicy = (typeof APPROVAL_POLICIES)[number];

export const REQUEST_ITEM_TYPES = [
  'information',
  'advice',
  'enquiry',
  'access',
  'standard-change',
] as const;
export type RequestItemType = (typeof REQUEST_ITEM_TYPES)[number];

/** What the triage and fulfilment rules read of a catalogue item. */
export interface RequestItemFacts {
  id: string;
  type: RequestItemType;
  approvalPolicy: ApprovalPolicy;
  /** The asset owner (username) of an access item; null = none named. */
  approver: string | null;
  fulfilmentGroup: string;
  defaultImpact: number;
  defaultUrgency: number;
  changeTemplateId: string | null;
  withinAuthorisedScope: boolean;
  /** The item's own fulfilment target, instead of the SLA target row's; null = the row's. */
  fulfilmentTarget: TargetDuration | null;
}

/** Who approves a line-manager item: the requester's department head (§0.2) [default]. */
export const LINE_MANAGER_GROUP = 'department-head';
/** The queue of an asset owner who is not named on the item [default]. */
export const ASSET_OWNER_GROUP = 'service-owner';
/** The second, sequential approver of privileged access (§2 step 6) [default]. */
export const SECURITY_APPROVER_GROUP = 'security-officer';
/** An access grant's validity when the approver gives none (§2 step 6) [default]. */
export const DEFAULT_ACCESS_VALIDITY_DAYS = 365;
/** Business days after fulfilment until a silent requester's confirmation (§2 step 10) [default]. */
export const AUTO_CONFIRM_BUSINESS_DAYS = 5;

/** A level given as "1"…"3" or 1…3; anything else is null. */
export function levelOf(value: unknown): 1 | 2 | 3 | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return isLevel(n) ? n : null;
}

/**
 * The priority of a request (§2 step 2, §0.6): impact × urgency on the platform's matrix; a
 * missing level falls back to the item's default, then to 3 (low) [default].
 */
export function requestPriority(
  matrix: PriorityMatrix,
  impact: unknown,
  urgency: unknown,
  item?: Pick<RequestItemFacts, 'defaultImpact' | 'defaultUrgency'> | null,
): { impact: 1 | 2 | 3; urgency: 1 | 2 | 3; priority: Priority } {
  const i = levelOf(impact) ?? levelOf(item?.defaultImpact) ?? 3;
  const u = levelOf(urgency) ?? levelOf(item?.defaultUrgency) ?? 3;
  return { impact: i, urgency: u, priority: derivePriority(matrix, i, u) };
}

/** Where a triaged request goes after its approvals (§2 step 7). */
export type FulfilmentPath = 'fulfil' | 'standard-change' | 'normal-change';

/**
 * A standard-change item goes to change management as a standard change with its template; a
 * repair outside the scope the company authorises needs a normal RFC; the rest is fulfilled
 * by the item's group.
 */
export function fulfilmentPath(
  item: Pick<RequestItemFacts, 'type' | 'changeTemplateId' | 'withinAuthorisedScope'>,
): FulfilmentPath {
  if (item.type === 'standard-change' && item.changeTemplateId) return 'standard-change';
  if (item.type === 'standard-change' || !item.withinAuthorisedScope) return 'normal-change';
  return 'fulfil';
}

/** The approvals a triaged request needs (§2 step 6). */
export interface ApprovalPlan {
  approvalPolicy: ApprovalPolicy;
  /** The named approver of step 1 ("" = the queue decides). */
  approverId: string;
  /** The queue of step 1. */
  approverGroup: string;
  /** A second, sequential step by the security officer (privileged access). */
  securityApproval: boolean;
}

export function approvalPlan(
  item: Pick<RequestItemFacts, 'approvalPolicy' | 'approver'>,
): ApprovalPlan {
  switch (item.approvalPolicy) {
    case 'line-manager':
      return {
        approvalPolicy: 'line-manager',
        approverId: item.approver ?? '',
        approverGroup: LINE_MANAGER_GROUP,
        securityApproval: false,
      };
    case 'asset-owner-and-security':
      return {
        approvalPolicy: 'asset-owner-and-security',
        approverId: item.approver ?? '',
        approverGroup: ASSET_OWNER_GROUP,
        securityApproval: true,
      };
    default:
      return { approvalPolicy: 'none', approverId: '', approverGroup: '', securityApproval: false };
  }
}

/**
 * When an access grant ends: the approver's date if given (it must lie after `now`),
 * otherwise `days` (365 [default]) after `now`. Null for items that grant no access.
 */
export function accessValidUntil(
  type: RequestItemType | null,
  given: string | null | undefined,
  now: Date,
  days = DEFAULT_ACCESS_VALIDITY_DAYS,
): Date | null {
  if (type !== 'access') return null;
  if (given) {
    const at = new Date(given);
    if (!Number.isNaN(at.getTime()) && at.getTime() > now.getTime()) return at;
  }
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

/**
 * Confirmation by timeout is allowed for service requests only, never for incidents (§2 step
 * 10): an incident's resolution is confirmed by the customer or closed by its own rule.
 */
export function mayAutoConfirm(recordType: string): boolean {
  return recordType === 'service-request';
}

/** The reason a request reclassified as an incident is cancelled with (§2 scenario 3). */
export const RECLASSIFIED = 'reclassified';
