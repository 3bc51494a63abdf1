/**
 * The one access rule for records and what is derived from them (issue 16): who sees which
 * incident, task record, process instance, reference row and figure. Pure: the callers read
 * the rows, this module only decides, so every route applies the same rule.
 */
import type { User } from '../../db/repositories/users.repository.ts';
import { ROLE_IDS, STAFF_ROLES, type Role } from '../auth/roles.ts';

/** Roles that see every record (lib/roles.ts). */
export { STAFF_ROLES };

/** Roles that see the cockpit: process instances, their variables, the KPIs (ui/src/cockpit/roles.ts agrees). */
export const COCKPIT_ROLES: readonly Role[] = [
  'process-owner',
  'incident-manager',
  'major-incident-manager',
  'management-representative',
  'top-management',
  'admin',
];

/** Roles of people outside the provider's staff: the customer portal and plain requesters. */
export const PORTAL_ROLES: readonly Role[] = ['customer-contact', 'requester'];

/**
 * Every role of the provider's own people (all but {@link PORTAL_ROLES}): they read the
 * internal reference data (groups, settings, SLA targets) and the global figures (KPIs, SLA
 * compliance), which are aggregates, not records.
 */
export const INTERNAL_ROLES: readonly Role[] = ROLE_IDS.filter((r) => !PORTAL_ROLES.includes(r));

/** Roles that may report an incident for any customer (issue 16 item 7: the service desk). */
export const CUSTOMER_SETTER_ROLES: readonly Role[] = [
  'service-desk',
  'service-desk-lead',
  'incident-manager',
  'admin',
];

/**
 * Which records a user sees: all of them, their customer's (a contact linked to no customer,
 * `customerId: null`, sees none), or the ones they created.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'customer'; customerId: string | null }
  | { kind: 'own'; username: string };

/** The fields of a record the rule looks at. */
export interface ScopedRecord {
  customerId?: string | null;
  createdBy?: string | null;
}

const holdsAny = (user: Pick<User, 'roles'>, roles: readonly string[]) =>
  user.roles.some((r) => roles.includes(r));

/** The customer a user belongs to (users.customer_id), or null. */
export function customerOf(user: Pick<User, 'customerId'>): string | null {
  return user.customerId ?? null;
}

/** The rule: staff see all records, customer contacts their customer's, everyone else their own. */
export function scopeOf(user: Pick<User, 'roles' | 'customerId' | 'username'>): Scope {
  if (holdsAny(user, STAFF_ROLES)) return { kind: 'all' };
  if (user.roles.includes('customer-contact'))
    return { kind: 'customer', customerId: customerOf(user) };
  return { kind: 'own', username: user.username };
}

/**
 * Whether the record belongs to the user's customer (never for a user without one): the
 * customer part of the rule, also used alone for customer-scoped task queues.
 */
export function isOwnCustomers(record: ScopedRecord, user: Pick<User, 'customerId'>): boolean {
  const customerId = customerOf(user);
  return customerId !== null && record.customerId === customerId;
}

/** Whether the user may see the record (out-of-scope records answer 404, as if absent). */
export function canSee(
  record: ScopedRecord,
  user: Pick<User, 'roles' | 'customerId' | 'username'>,
): boolean {
  const scope = scopeOf(user);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'customer') return isOwnCustomers(record, user);
  return record.createdBy === scope.username;
}

/** A customer id that matches no customer: the SQL filter of a contact without a customer. */
const NO_CUSTOMER = '00000000-0000-0000-0000-000000000000';

/**
 * The scope as column filters for a repository query (`customer_id = ?`, `created_by = ?`);
 * `{}` for all records.
 */
export function scopeFilter(scope: Scope): { customerId?: string; createdBy?: string } {
  if (scope.kind === 'customer') return { customerId: scope.customerId ?? NO_CUSTOMER };
  if (scope.kind === 'own') return { createdBy: scope.username };
  return {};
}

/** Whether the user is one of the provider's people (holds a role beyond the portal's). */
export function isInternal(user: Pick<User, 'roles'>): boolean {
  return user.roles.some((r) => !PORTAL_ROLES.includes(r as Role));
}

/**
 * Whether the user may name this customer on a new incident: the service desk any customer,
 * everyone else only their own (or none).
 */
export function mayReportFor(
  customerId: string | undefined,
  user: Pick<User, 'roles' | 'customerId'>,
): boolean {
  if (customerId === undefined || holdsAny(user, CUSTOMER_SETTER_ROLES)) return true;
  return customerId === customerOf(user);
}

/** What a kind's declaration allows a user to read (lib/records/kind.ts `read`). */
export interface KindReadRule {
  read: { roles: readonly string[]; scopes: readonly ('staff' | 'own' | 'customer')[] };
}

/**
 * The same rule for a record kind declared as data: holders of the kind's read roles see
 * every record; customer contacts their customer's and requesters their own where the kind
 * allows it; anyone else none of them (the kind's routes answer 403, its records 404).
 */
export function kindScopeOf(
  kind: KindReadRule,
  user: Pick<User, 'roles' | 'customerId' | 'username'>,
): Scope | { kind: 'none' } {
  if (holdsAny(user, kind.read.roles)) return { kind: 'all' };
  if (kind.read.scopes.includes('customer') && user.roles.includes('customer-contact'))
    return { kind: 'customer', customerId: customerOf(user) };
  // Every signed-in user is a requester (§0.2): with `own`, anyone sees what they created.
  if (kind.read.scopes.includes('own')) return { kind: 'own', username: user.username };
  return { kind: 'none' };
}
