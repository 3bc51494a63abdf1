/**
 * Roles that see the cockpit: the API's COCKPIT_ROLES (server/access/record-access.ts), which
 * alone may read process instances; a unit test keeps the two lists equal.
 */
export const COCKPIT_ROLES: readonly string[] = [
  'process-owner',
  'incident-manager',
  'major-incident-manager',
  'management-representative',
  'top-management',
  'admin',
];
