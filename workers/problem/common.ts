import type { PublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { ProblemsRepository } from '../../db/repositories/problems.repository.ts';
import type { RecordStore } from '../../db/repositories/record-store.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import type { MessagePublisher } from '../../domain/outbox.ts';
import { IncidentError } from '../../lib/errors.ts';
import type { NotificationRequest } from '../../domain/notifier.ts';

/** What the problem-management workers depend on. */
export interface ProblemWorkerDeps {
  store: RecordStore;
  kinds: KindRegistry;
  problems: ProblemsRepository;
  engine: MessagePublisher;
  messages: PublishedMessageRepository;
  notifier: { send(n: NotificationRequest): Promise<unknown> };
  clock: Clock;
  /**
   * Runs `work` with a store and repository inside one transaction holding the problem-request
   * lock (match and record happen together, so concurrent requests record one problem).
   */
  serialised<T>(
    work: (tx: { store: RecordStore; problems: ProblemsRepository }) => Promise<T>,
  ): Promise<T>;
  /** A record of a type not yet on the core (e.g. a major incident), by number. */
  findOther(type: string, number: string): Promise<{ id: string; number: string } | undefined>;
}

/** A kind the workers need; its absence is a broken installation (incident). */
export function kind(deps: ProblemWorkerDeps, type: 'problem' | 'known-error'): RecordKind {
  const k = deps.kinds.get(type);
  if (!k) throw new IncidentError(`the record kind ${type} is not registered`);
  return k;
}

/** The problem a job works on; a missing one is an incident (retrying cannot create it). */
export async function problemOf(deps: ProblemWorkerDeps, recordId: string): Promise<RecordView> {
  const p = await deps.store.get(kind(deps, 'problem'), recordId);
  if (!p) throw new IncidentError(`problem ${recordId} does not exist`);
  return p;
}

/** Text of a form value, or null when blank. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The uuids of a list (anything else left out), each once. */
export function uuids(value: unknown): string[] {
  return Array.isArray(value)
    ? [...new Set(value.filter((v): v is string => typeof v === 'string' && UUID.test(v)))]
    : [];
}
