import type { ProblemsRepository } from '../../db/repositories/problems.repository.ts';
import type { RecordStore } from '../../db/repositories/record-store.repository.ts';
import type { RequestItemsRepository } from '../../db/repositories/request-items.repository.ts';
import type { NotificationRequest } from '../../domain/notifier.ts';
import type { SlaService } from '../../domain/sla-service.ts';
import type { Clock } from '../../lib/clock.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import { parsePriorityMatrix } from '../../lib/incident/classification.ts';
import type { PriorityMatrix } from '../../lib/sla/priority.ts';

/** What the `service-request` workers depend on. */
export interface RequestWorkerDeps {
  store: RecordStore;
  kinds: KindRegistry;
  items: Pick<RequestItemsRepository, 'facts' | 'incidentFromSource'>;
  sla: Pick<
    SlaService,
    'clocksOf' | 'stop' | 'stopAll' | 'reopen' | 'recalculate' | 'timerVariables'
  >;
  notifier: { send(n: NotificationRequest): Promise<unknown> };
  /** Writes `escalations` rows (the problem repository's, which names no kind). */
  escalations: Pick<ProblemsRepository, 'recordEscalation'>;
  settings: { getSetting(key: string): Promise<unknown> };
  clock: Clock;
}

export const SERVICE_REQUEST = 'service-request';

/** The service-request kind; its absence is a broken installation (incident). */
export function requestKind(deps: RequestWorkerDeps): RecordKind {
  const k = deps.kinds.get(SERVICE_REQUEST);
  if (!k) throw new IncidentError(`the record kind ${SERVICE_REQUEST} is not registered`);
  return k;
}

/** The request a job works on; a missing one is an incident (retrying cannot create it). */
export async function requestOf(deps: RequestWorkerDeps, recordId: string): Promise<RecordView> {
  const r = await deps.store.get(requestKind(deps), recordId);
  if (!r) throw new IncidentError(`service request ${recordId} does not exist`);
  return r;
}

/** The platform's priority matrix (the `priority-matrix` setting, §0.6 by default). */
export async function priorityMatrix(deps: RequestWorkerDeps): Promise<PriorityMatrix> {
  try {
    return parsePriorityMatrix(await deps.settings.getSetting('priority-matrix'));
  } catch (err) {
    throw new IncidentError(`priority-matrix cannot be used: ${(err as Error).message}`);
  }
}

/** Stops every running or paused clock of the request (a final status ends them all). */
export async function stopClocks(
  deps: RequestWorkerDeps,
  recordId: string,
  o: { at: Date; actor: string },
): Promise<void> {
  await deps.sla.stopAll(SERVICE_REQUEST, recordId, o);
}

/** Text of a value, or null when blank. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The requester of a request (the recorded requester, else its creator). */
export function requesterOf(r: RecordView): string {
  return text(r.requesterId) ?? r.createdBy;
}
