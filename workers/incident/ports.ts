/**
 * What the incident and major-incident workers need of other modules: the SLA service, the
 * calendar provider, reference data, the notifier and the message outbox. Each is the narrowest
 * shape the workers call, so the real modules satisfy it structurally and tests pass fakes.
 */
import type {
  IncidentRow,
  IncidentWorkRepository,
} from '../../db/repositories/incident-analysis.repository.ts';
import type { BusinessCalendar } from '../../lib/calendar/business-calendar.ts';
import type { Clock } from '../../lib/clock.ts';
import type { MessageOutbox } from '../../domain/outbox.ts';
import { IncidentError } from '../../lib/errors.ts';
import { IncidentConfigError } from '../../lib/incident/config-error.ts';

/** One SLA clock of a record (`domain/sla-service.ts`). */
export interface ClockRef {
  recordType: string;
  recordId: string;
  clockType: string;
}

/** The stored clock fields the workers read (`StoredClock` of db/repositories/sla.repository.ts). */
export interface StoredClockView {
  clockType: string;
  clock: { state: string };
}

/** `domain/sla-service.ts`: the operations the incident workers call. */
export interface SlaPort {
  stop(ref: ClockRef, o: { at: Date; actor: string }): Promise<unknown>;
  reopen(ref: ClockRef, o: { at: Date; actor: string }): Promise<unknown>;
  clocksOf(recordType: string, recordId: string): Promise<readonly StoredClockView[]>;
  /** `{ clockId, dueAt, at50, at75, at100 }` of a stored clock (pattern W). */
  timerVariables(clock: StoredClockView): object | Promise<object>;
}

/** `lib/calendar/calendar-provider.ts`. */
export interface CalendarPort {
  get(code: string): Promise<BusinessCalendar>;
}

/** An assignment group as reference data describes it. */
export interface GroupView {
  code: string;
  functionalLevel: string | null;
  lead?: string | null;
  department?: string | null;
  departmentHead?: string | null;
}

/** `db/repositories/reference-data.repository.ts`: the look-ups the workers make. */
export interface ReferenceDataPort {
  routeFor(q: {
    categoryCode?: string | null;
    serviceId?: string | null;
    ciType?: string | null;
  }): Promise<string | undefined>;
  group(code: string): Promise<GroupView | undefined>;
  customer(id: string): Promise<{ id: string; majorIncidentCriteria: unknown } | undefined>;
  service(id: string): Promise<{ id: string; critical: boolean } | undefined>;
  getSetting(key: string): Promise<unknown>;
}

/** `domain/notifier.ts`: one notification, idempotent by key. */
export interface NotificationRequest {
  template: string;
  /** `user:<u>`, `group:<g>`, `role:<r>`, `customer:<customerId>`, `email:<addr>`. */
  recipients: string[];
  recordNumber?: string;
  data?: Record<string, unknown>;
  idempotencyKey: string;
  at: Date;
}

/** `domain/notifier.ts`. */
export interface Notifier {
  send(n: NotificationRequest): Promise<{ inApp: number; emails: number }>;
}

/** The outbox and the engine, for messages the workers publish themselves. */
export type { MessageOutbox } from '../../domain/outbox.ts';

/** Dependencies every incident worker may use. */
export interface IncidentWorkerPorts extends MessageOutbox {
  incidents: IncidentWorkRepository;
  notifier: Notifier;
  clock: Clock;
}

/** The incident, or an IncidentError: a job naming a missing record cannot succeed on retry. */
export async function requireIncident(
  incidents: Pick<IncidentWorkRepository, 'get'>,
  recordId: string,
): Promise<IncidentRow> {
  const row = await incidents.get(recordId);
  if (!row) throw new IncidentError(`incident ${recordId} does not exist`);
  return row;
}

/** Notifies the incident's customer, if it has one (no-op otherwise). */
export async function notifyCustomer(
  notifier: Notifier,
  row: Pick<IncidentRow, 'customerId' | 'number'>,
  n: Omit<NotificationRequest, 'recipients' | 'recordNumber'>,
): Promise<void> {
  if (!row.customerId) return;
  await notifier.send({
    ...n,
    recipients: [`customer:${row.customerId}`],
    recordNumber: row.number,
  });
}

/** The timer variables of a record's clock of one type, or undefined without such a clock. */
export async function timerVariablesOf(
  sla: SlaPort,
  recordId: string,
  clockType: string,
): Promise<Record<string, unknown> | undefined> {
  const clocks = await sla.clocksOf('incident', recordId);
  const clock = clocks.find((c) => c.clockType === clockType);
  if (!clock) return undefined;
  const vars: Record<string, unknown> = { ...(await sla.timerVariables(clock)) };
  return vars;
}

/** Stops the record's clocks of these types that are not stopped yet (idempotent). */
export async function stopClocks(
  sla: SlaPort,
  recordId: string,
  clockTypes: readonly string[] | 'all',
  o: { at: Date; actor: string },
): Promise<void> {
  const clocks = await sla.clocksOf('incident', recordId);
  for (const c of clocks) {
    if (c.clock.state === 'stopped') continue;
    if (clockTypes !== 'all' && !clockTypes.includes(c.clockType)) continue;
    await sla.stop({ recordType: 'incident', recordId, clockType: c.clockType }, o);
  }
}

/**
 * A setting read at use and parsed (no row → the parser's default). A stored value of the
 * wrong shape is an IncidentError: retrying cannot help until an admin corrects it.
 */
export async function settingOf<T>(
  referenceData: Pick<ReferenceDataPort, 'getSetting'>,
  key: string,
  parse: (value: unknown) => T,
): Promise<T> {
  try {
    return parse(await referenceData.getSetting(key));
  } catch (err) {
    if (err instanceof IncidentConfigError) throw new IncidentError(err.message);
    throw err;
  }
}
