import type { ProblemsRepository } from '../../db/repositories/problems.repository.ts';
import type { RecordStore } from '../../db/repositories/record-store.repository.ts';
import type { RecordsRepository } from '../../db/repositories/records.repository.ts';
import type { RequestItemsRepository } from '../../db/repositories/request-items.repository.ts';
import type { MessageOutbox } from '../../domain/outbox.ts';
import type { SlaService } from '../../domain/sla-service.ts';
import type { Clock } from '../../lib/clock.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import type { RecordView } from '../../lib/records/schema.ts';

/** What the `security-incident` workers depend on. */
export interface SecurityWorkerDeps extends MessageOutbox {
  store: RecordStore;
  kinds: KindRegistry;
  /** Writes the linked incident's raised priority and its history (as the API's raise does). */
  incidents: Pick<RecordsRepository, 'update' | 'appendActivity'>;
  /** The incident a record reported through `Msg_IncidentReported` (by its source). */
  sources: Pick<RequestItemsRepository, 'incidentFromSource'>;
  sla: Pick<SlaService, 'clocksOf' | 'recalculate'>;
  /** Writes `escalations` rows (the problem repository's, which names no kind). */
  escalations: Pick<ProblemsRepository, 'recordEscalation'>;
  settings: { getSetting(key: string): Promise<unknown> };
  clock: Clock;
}

export const SECURITY_INCIDENT = 'security-incident';
export const INCIDENT = 'incident';

/** A kind the workers need; its absence is a broken installation (incident). */
export function kindNamed(deps: SecurityWorkerDeps, type: string): RecordKind {
  const k = deps.kinds.get(type);
  if (!k) throw new IncidentError(`the record kind ${type} is not registered`);
  return k;
}

/** The security incident a job works on; a missing one is an incident (retrying cannot create it). */
export async function securityIncidentOf(
  deps: SecurityWorkerDeps,
  recordId: string,
): Promise<RecordView> {
  const r = await deps.store.get(kindNamed(deps, SECURITY_INCIDENT), recordId);
  if (!r) throw new IncidentError(`security incident ${recordId} does not exist`);
  return r;
}

/** The incident linked to a security incident, if any. */
export async function linkedIncident(
  deps: SecurityWorkerDeps,
  sec: RecordView,
): Promise<RecordView | undefined> {
  const id = text(sec.incidentId) ?? text(sec.incidentNumber);
  return id ? deps.store.get(kindNamed(deps, INCIDENT), id) : undefined;
}

/** Text of a value, or null when blank. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
