/** Every record kind declared as data (one file each); the registry checks them at start. */
import { ROLE_IDS } from '../../roles.ts';
import type { RecordKind } from '../kind.ts';
import { createKindRegistry, type KindRegistry } from '../registry.ts';
import { incidentKind } from './incident.ts';
import { knownErrorKind } from './known-error.ts';
import { majorIncidentKind } from './major-incident.ts';
import { problemKind } from './problem.ts';
import { securityIncidentKind } from './security-incident.ts';
import { serviceRequestKind } from './service-request.ts';

export const RECORD_KINDS: readonly RecordKind[] = [
  incidentKind,
  majorIncidentKind,
  problemKind,
  knownErrorKind,
  serviceRequestKind,
  securityIncidentKind,
];

/** The platform's kinds, checked: a broken kind stops the start with a message naming it. */
export function platformKinds(): KindRegistry {
  return createKindRegistry(RECORD_KINDS, { roles: ROLE_IDS });
}
