import { expect } from 'chai';
import { repositoryResources } from '../../platform/platform.ts';
import { api, waitFor } from './api.ts';
import { testContext } from './test-platform.ts';

/** An incident as GET /api/incidents/:id answers. */
export interface IncidentView {
  id: string;
  number: string;
  status: string;
  priority: string;
  assignmentGroup: string;
  assignee: string | null;
  major: boolean;
  escalationLevel: string;
  functionalLevel: string;
  reopenCount: number;
  processInstanceKey: string;
  createdAt: string;
  customerId: string | null;
  sla: {
    responseDueAt: string | null;
    resolutionDueAt: string | null;
    respondedAt: string | null;
    resolvedAt: string | null;
    paused: boolean;
    breached: { response: boolean; resolution: boolean };
  };
  history: { at: string; actor: string; action: string; details: Record<string, unknown> }[];
  cancelledAt?: string | null;
}

/** A task as GET /api/tasks lists it. */
export interface TaskView {
  id: string;
  name: string;
  elementId: string;
  assignee: string | null;
  candidateGroups: string[];
  state: string;
  dueAt: string | null;
}

/** One SLA clock as GET /api/incidents/:id/sla answers. */
export interface ClockView {
  clockType: string;
  state: string;
  dueAt: string;
  met: boolean | null;
  breachedAt: string | null;
  pausedMinutes: number;
  thresholds: { level: number; dueAt: string; reachedAt: string | null }[];
  events: {
    event: string;
    level: number | null;
    at: string;
    reason: string | null;
    oldDueAt: string | null;
    newDueAt: string | null;
    details: Record<string, unknown> | null;
  }[];
}

let deployed: Promise<void> | undefined;

/** Deploys the forms and diagrams of workflows/ once per run, as `npm start` does. */
export function deployWorkflows(): Promise<void> {
  deployed ??= testContext()
    .platform.services.deployments.deploy(repositoryResources(), { source: 'repository' })
    .then(() => undefined);
  return deployed;
}

/** Reference ids seeded for development (db/seeds/reference-data.ts). */
export async function seeded() {
  const db = testContext().platform.db;
  const customer = await db('customers').where({ code: 'CUST-A' }).first();
  const otherCustomer = await db('customers').where({ code: 'CUST-B' }).first();
  const critical = await db('services').where({ critical: true }).orderBy('code').first();
  const ordinary = await db('services').where({ critical: false }).orderBy('code').first();
  const ci7 = await db('configuration_items').where({ number: 'CI-2026-000007' }).first();
  expect(
    Boolean(customer && otherCustomer && critical && ordinary && ci7),
    'development seed',
  ).to.equal(true);
  return { customer, otherCustomer, critical, ordinary, ci7 };
}

/** Reports an incident through the API. */
export async function reportIncident(
  body: Record<string, unknown>,
  as = 'service-desk',
): Promise<IncidentView> {
  const res = await api<IncidentView>('POST', '/api/incidents', {
    as,
    body: { channel: 'phone', reporter: { name: '王伟', contact: '138 0000 0000' }, ...body },
  });
  if (res.status !== 201)
    throw new Error(`reporting failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function incident(number: string, as = 'incident-manager'): Promise<IncidentView> {
  const res = await api<IncidentView>('GET', `/api/incidents/${number}`, { as });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body;
}

export async function clocks(number: string): Promise<Record<string, ClockView>> {
  const res = await api<{ clocks: ClockView[] }>('GET', `/api/incidents/${number}/sla`, {
    as: 'incident-manager',
  });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return Object.fromEntries(res.body.clocks.map((c) => [c.clockType, c]));
}

/** Waits for an incident to satisfy a condition. */
export function incidentWhen(
  number: string,
  what: string,
  check: (i: IncidentView) => boolean,
  timeoutMs = 20_000,
): Promise<IncidentView> {
  return waitFor(
    `${number} ${what}`,
    async () => {
      const i = await incident(number);
      return check(i) ? i : undefined;
    },
    timeoutMs,
  );
}

/** Waits for the open task of an element of the record's process, as seen by `as`. */
export function openTask(
  number: string,
  elementId: string,
  as: string,
  options: { not?: string; timeoutMs?: number } = {},
): Promise<TaskView> {
  return waitFor(
    `${elementId} of ${number} for ${as}`,
    async () => {
      const res = await api<{ items: TaskView[] }>(
        'GET',
        `/api/tasks?record=${number}&state=open`,
        { as },
      );
      return res.body.items?.find((t) => t.elementId === elementId && t.id !== options.not);
    },
    options.timeoutMs ?? 20_000,
  );
}

/**
 * Whether the incident has an open user task of this element (read from the projected
 * `tasks`; a service task never appears there: ask the instance's elements for those).
 */
export async function hasOpenTask(number: string, elementId: string): Promise<boolean> {
  const rows = await testContext()
    .platform.db('tasks')
    .where({ element_id: elementId, state: 'created' })
    .whereRaw(
      'process_instance_key in (select process_instance_key from incidents where number = ?)',
      [number],
    );
  return rows.length > 0;
}

/** Claims and completes a task through the API; fails with the answer when refused. */
export async function work(task: TaskView, as: string, data: Record<string, unknown>) {
  if (task.assignee !== as) {
    const claim = await api('POST', `/api/tasks/${task.id}/claim`, { as });
    expect(claim.status, `claim ${task.elementId}: ${JSON.stringify(claim.body)}`).to.equal(200);
  }
  const done = await api('POST', `/api/tasks/${task.id}/complete`, { as, body: { data } });
  expect(done.status, `complete ${task.elementId}: ${JSON.stringify(done.body)}`).to.equal(200);
}

/** The engine's "now" as the platform reads it. */
export async function engineNow(): Promise<Date> {
  return new Date(await testContext().platform.engine.clock.now());
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` in Beijing. */
export const beijingDate = (d: Date) =>
  new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 10:00 in Beijing on the first such weekday (1 = Monday … 5 = Friday) after the engine's now
 * whose week (that day and the six after) holds no holiday or adjusted working day of any
 * calendar: a plain CN-STD week, where business days are the weekdays, so the due dates below
 * are counted by hand from it (not by the calendar code under test).
 */
export async function plainWeekday(weekday: number): Promise<Date> {
  const now = (await engineNow()).getTime();
  const rows: { date: string }[] = await testContext()
    .platform.db('calendar_days')
    .select(testContext().platform.db.raw('date::text as date'));
  const special = new Set(rows.map((r) => r.date));
  const today = new Date(`${beijingDate(new Date(now))}T10:00:00+08:00`).getTime();
  for (let offset = 1; offset < 400; offset++) {
    const candidate = new Date(today + offset * DAY_MS);
    const isoWeekday = ((new Date(`${beijingDate(candidate)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (isoWeekday !== weekday || candidate.getTime() < now + 3_600_000) continue;
    const week = Array.from({ length: 7 }, (_, i) =>
      beijingDate(new Date(candidate.getTime() + i * DAY_MS)),
    );
    if (week.every((d) => !special.has(d))) return candidate;
  }
  throw new Error('no plain week within 400 days');
}

/**
 * Moves the engine clock forward to `target` plus a margin (never back) and lets the
 * platform's clock follow, as time passes for a user.
 */
export async function moveClockTo(target: Date | string, marginMs = 5_000): Promise<void> {
  const { platform } = testContext();
  const now = await platform.engine.clock.now();
  const delta = new Date(target).getTime() + marginMs - now;
  if (delta > 0) await platform.engine.clock.add(delta);
  await (platform.clock as { refresh?: () => Promise<void> }).refresh?.();
}

/** Triage data of the service desk (form incident-management.Triage). */
export function triage(
  serviceId: string,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  return {
    serviceId,
    category: 'network',
    type: 'interruption',
    impact: 3,
    urgency: 2,
    isSecurity: false,
    isRequest: false,
    firstLineResolvable: true,
    customerUpdate: '已受理，正在处理 / We are working on it',
    ...overrides,
  };
}

/** Resolves the incident from its open diagnose task (first line or a resolver group). */
export async function resolveFromDiagnose(number: string, as = 'service-desk') {
  const diagnose = await openTask(number, 'UserTask_Diagnose', as);
  await work(diagnose, as, {
    workNote: '重启交换机端口 / restarted the switch port',
    outcome: 'resolved',
    resolutionCode: 'fixed',
    resolution: '端口已恢复 / port restored',
    workaroundUsed: false,
    serviceRestored: true,
    unplannedOutage: false,
    problemSuspected: false,
  });
  return incidentWhen(number, 'resolved', (i) => i.status === 'resolved');
}

/**
 * A P4 incident of the customer reported and triaged by the service desk onto the service,
 * waited for until it is in progress (at its diagnose task).
 */
export async function triagedIncident(title: string, customerId: string, serviceId: string) {
  const created = await reportIncident({ title, impact: 3, urgency: 2, customerId });
  await work(
    await openTask(created.number, 'UserTask_Triage', 'service-desk'),
    'service-desk',
    triage(serviceId, {}),
  );
  await incidentWhen(created.number, 'in progress', (i) => i.status === 'in_progress');
  return created;
}
