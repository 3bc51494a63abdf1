/**
 * Fifty people at once (issue 15): simulated users on one running platform, loopback only,
 * each waiting 2 s ± 50 % between actions. The service desk reports incidents and works
 * triage and diagnosis from its queue, customer contacts confirm resolutions, managers read the
 * instance list, one instance, the objectives and the incident list. Measures each route's
 * latency as the users see it, the incidents closed meanwhile and the CPU per incident by part.
 */
import { createBenchRepository } from '../../db/repositories/bench.repository.ts';
import { startCpuMeter, type CpuTargets, type CpuUse } from './cpu.ts';
import { apiCall, INCIDENT_PATHS, type IncidentDriver } from './incident-flow.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

export interface LoadSettings {
  /** Simulated users; 0 skips the part. */
  users: number;
  /** Mean think time between a user's actions; each wait is this ± 50 %. */
  thinkMs: number;
  warmupSeconds: number;
  measureSeconds: number;
}

export const defaultLoadSettings: LoadSettings = {
  users: 0,
  thinkMs: 2000,
  warmupSeconds: 20,
  measureSeconds: 60,
};

/** BENCH_LOAD_USERS (0: off), BENCH_LOAD_THINK_MS, BENCH_LOAD_WARMUP_SECONDS, BENCH_LOAD_MEASURE_SECONDS. */
export function loadSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): LoadSettings {
  const num = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const d = defaultLoadSettings;
  return {
    users: Math.ceil(num('BENCH_LOAD_USERS', d.users, 0)),
    thinkMs: num('BENCH_LOAD_THINK_MS', d.thinkMs, 1),
    warmupSeconds: num('BENCH_LOAD_WARMUP_SECONDS', d.warmupSeconds, 1),
    measureSeconds: num('BENCH_LOAD_MEASURE_SECONDS', d.measureSeconds, 1),
  };
}

/** What the users do: the share of each kind among them. */
type UserKind = 'reporter' | 'desk' | 'customer' | 'manager';
const MIX: [UserKind, number][] = [
  ['reporter', 0.2],
  ['desk', 0.4],
  ['customer', 0.2],
  ['manager', 0.2],
];

/** The kinds of `n` users in the proportions of {@link MIX} (at least one desk worker). */
export function userKinds(n: number): UserKind[] {
  const kinds: UserKind[] = [];
  for (const [kind, share] of MIX) for (let i = 0; i < Math.round(n * share); i++) kinds.push(kind);
  while (kinds.length < n) kinds.push('desk');
  return kinds.slice(0, n);
}

/** `METHOD /path` with engine keys, numbers and ids replaced, and no query string. */
export function routeOf(method: string, url: string): string {
  const path = url
    .split('?')[0]!
    .replace(/\/\d{6,}(?=\/|$)/g, '/:key')
    .replace(/\/[A-Z]{2,5}-\d{4}-\d+(?=\/|$)/g, '/:number');
  return `${method} ${path}`;
}

export interface LoadResult {
  users: number;
  kinds: Record<UserKind, number>;
  thinkMs: number;
  warmupSeconds: number;
  measureSeconds: number;
  /** Requests answered in the window, and per second. */
  requests: number;
  requestsPerSecond: number;
  /** Latency per route as the users saw it, with the answers that were no success. */
  routes: Record<string, LatencySummary & { failed: number }>;
  /** All requests of the window together. */
  overall: LatencySummary;
  reported: number;
  /** Incidents closed in the window, and per second. */
  closed: number;
  incidentsPerSecond: number;
  /** Claims that lost to another user (409), not errors. */
  claimConflicts: number;
  errors: Record<string, number>;
  cpu: CpuUse;
}

/**
 * Runs the users against the platform behind `driver` for the warm-up and the window, then
 * stops them (each finishes the request it is in).
 */
export async function measureLoad(options: {
  driver: IncidentDriver;
  settings: LoadSettings;
  cpu: CpuTargets;
  isAborted: () => boolean;
}): Promise<LoadResult> {
  const { driver, settings, isAborted } = options;
  const t0 = Date.now();
  const windowStart = t0 + settings.warmupSeconds * 1000;
  const windowEnd = windowStart + settings.measureSeconds * 1000;
  const stopped = () => isAborted() || Date.now() >= windowEnd;
  const samples: Record<string, number[]> = {};
  const failures: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const numbers: string[] = [];
  let claimConflicts = 0;
  const steps = INCIDENT_PATHS.p4.steps(driver.serviceId);
  const dataOf = (elementId: string) => steps.find((s) => s.elementId === elementId)?.data ?? {};

  const think = () => sleep(settings.thinkMs * (0.5 + Math.random()));
  const api = async <T = Record<string, unknown>>(
    method: string,
    url: string,
    as: string,
    body?: unknown,
  ) => {
    const began = performance.now();
    const res = await apiCall<T>(driver.baseUrl, method, url, driver.tokens[as], body);
    const at = Date.now();
    if (at >= windowStart && at < windowEnd) {
      const route = routeOf(method, url);
      (samples[route] ??= []).push(performance.now() - began);
      if (res.status >= 400 && res.status !== 409) failures[route] = (failures[route] ?? 0) + 1;
    }
    return res;
  };
  const note = (what: string) => (errors[what] = (errors[what] ?? 0) + 1);

  interface TaskRow {
    id: string;
    elementId: string;
    assignee: string | null;
  }
  /** Takes an unclaimed task of these elements from the queue, works it; false when none. */
  const workOne = async (as: string, queue: string, elementIds: string[]) => {
    const list = await api<{ items: TaskRow[] }>(
      'GET',
      `/api/tasks?queue=${queue}&state=open&limit=100`,
      as,
    );
    if (list.status !== 200) return note(`GET /api/tasks → ${list.status}`);
    // A task the account already holds counts as free: users share an account per role, and
    // a claim sticks to the incident's next step (Diagnose is assigned to Triage's claimant).
    const free = list.body.items.filter(
      (t) => (!t.assignee || t.assignee === as) && elementIds.includes(t.elementId),
    );
    if (!free.length) return;
    // Oldest first, as a queue is worked; a colleague on the same account may take it too.
    const task = free[Math.floor(Math.random() * Math.min(3, free.length))]!;
    if (task.assignee !== as) {
      const claim = await api('POST', `/api/tasks/${task.id}/claim`, as);
      if (claim.status === 409) {
        claimConflicts++;
        return;
      }
      if (claim.status !== 200) return note(`claim → ${claim.status}`);
    }
    // Filling in the form.
    await think();
    if (stopped()) return;
    const done = await api('POST', `/api/tasks/${task.id}/complete`, as, {
      data: dataOf(task.elementId),
    });
    // Users share an account per role: two of them may take the same task; one completes it.
    if (done.status === 409) claimConflicts++;
    else if (done.status !== 200) note(`complete ${task.elementId} → ${done.status}`);
  };

  let lastInstance: string | undefined;
  const managerActions = [
    async () => {
      const res = await api<{ items: { key: string }[] }>(
        'GET',
        '/api/process-instances?processId=incident-management&state=active&limit=50',
        'incident-manager',
      );
      const items = res.status === 200 ? res.body.items : [];
      lastInstance = items[Math.floor(Math.random() * items.length)]?.key ?? lastInstance;
    },
    async () => {
      if (lastInstance)
        await api('GET', `/api/process-instances/${lastInstance}`, 'incident-manager');
    },
    () => api('GET', '/api/kpis', 'incident-manager'),
    () => api('GET', '/api/records/incident?limit=50', 'incident-manager'),
  ];

  const user = async (kind: UserKind, index: number) => {
    // Spread the first actions over one think time.
    await sleep(Math.random() * settings.thinkMs);
    let step = index;
    while (!stopped()) {
      try {
        if (kind === 'reporter') {
          const created = await api<{ number: string }>('POST', '/api/incidents', 'service-desk', {
            title: '邮件无法发送 / mail not sending',
            channel: 'phone',
            impact: 3,
            urgency: 2,
            customerId: driver.customerId,
            serviceId: driver.serviceId,
            reporter: { name: '王伟', contact: '138 0000 0000' },
          });
          if (created.status === 201) numbers.push(created.body.number);
          else note(`POST /api/incidents → ${created.status}`);
        } else if (kind === 'desk') {
          // The desk also confirms for customers (its queue holds the confirmations too).
          await workOne('service-desk', 'service-desk', [
            'UserTask_Triage',
            'UserTask_Diagnose',
            'UserTask_ConfirmResolution',
          ]);
        } else if (kind === 'customer') {
          await workOne('customer-contact', 'customer-contact', ['UserTask_ConfirmResolution']);
        } else {
          await managerActions[step++ % managerActions.length]!();
        }
      } catch (err) {
        if (isAborted()) break;
        note(String((err as Error).message ?? err).slice(0, 120));
      }
      await think();
    }
  };

  let cpu: (CpuUse & { seconds: number }) | undefined;
  const windowTimer = (async () => {
    while (Date.now() < windowStart && !isAborted()) await sleep(100);
    if (isAborted()) return;
    const meter = startCpuMeter(options.cpu);
    while (Date.now() < windowEnd && !isAborted()) await sleep(100);
    cpu = meter.stop();
  })();
  const kinds = userKinds(settings.users);
  await Promise.all(kinds.map((kind, i) => user(kind, i)));
  await windowTimer;
  if (isAborted()) throw new Error('aborted');
  if (!cpu) throw new Error('load: the window was not measured');

  const closedRows = await createBenchRepository(driver.db).closedIncidents(numbers);
  const closed = closedRows.filter(
    (r) => r.closedMs >= windowStart && r.closedMs < windowEnd,
  ).length;
  const all = Object.values(samples).flat();
  const perIncident = (cores: number) =>
    closed ? (cores * settings.measureSeconds * 1000) / closed : Number.NaN;
  cpu.perItemMs = {
    engine: perIncident(cpu.engine),
    postgres: perIncident(cpu.postgres),
    node: perIncident(cpu.node),
  };
  const count = (k: UserKind) => kinds.filter((x) => x === k).length;
  return {
    users: settings.users,
    kinds: {
      reporter: count('reporter'),
      desk: count('desk'),
      customer: count('customer'),
      manager: count('manager'),
    },
    thinkMs: settings.thinkMs,
    warmupSeconds: settings.warmupSeconds,
    measureSeconds: settings.measureSeconds,
    requests: all.length,
    requestsPerSecond: all.length / settings.measureSeconds,
    routes: Object.fromEntries(
      Object.entries(samples)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([route, values]) => [route, { ...summarize(values), failed: failures[route] ?? 0 }]),
    ),
    overall: summarize(all),
    reported: numbers.length,
    closed,
    incidentsPerSecond: closed / settings.measureSeconds,
    claimConflicts,
    errors,
    cpu,
  };
}
