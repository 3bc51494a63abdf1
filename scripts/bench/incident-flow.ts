/**
 * The incident process end to end (issue 4): incidents reported, triaged, diagnosed and
 * confirmed through the HTTP API as the service desk, resolvers and customer contacts would,
 * on the full platform (API server, workers, projector) with the exporter on. A closed loop
 * keeps a fixed number of incidents in flight; each "user" reports one, works its tasks as
 * they appear in the task list, waits until it is closed and reports the next.
 */
import type { Knex } from 'knex';
import {
  createBenchRepository,
  type BenchRepository,
  type RecordCounts,
} from '../../db/repositories/bench.repository.ts';
import { seedDevelopmentData } from '../../db/seeds/reference-data.ts';
import type { Platform } from '../../platform/platform.ts';
import { startCpuMeter, type CpuTargets, type CpuUse } from './cpu.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

/** The two paths measured: (a) closed at first line, (b) transferred to second line. */
export type IncidentPathId = 'p4' | 'l2';

export const INCIDENT_PATH_IDS: readonly IncidentPathId[] = ['p4', 'l2'];

/** What the incident part runs; env overrides `BENCH_INCIDENT_*` (see {@link incidentSettingsFromEnv}). */
export interface IncidentFlowSettings {
  /** The paths to measure, in order; empty skips the part. */
  paths: IncidentPathId[];
  /** Warm-up before each path's measured window. */
  warmupSeconds: number;
  measureSeconds: number;
  /** Incidents in flight (closed loop: one "user" per incident). */
  inFlight: number;
  /** How often a user re-reads the task list while waiting for the next task, and closure is checked. */
  pollMs: number;
}

export const defaultIncidentSettings: IncidentFlowSettings = {
  paths: [...INCIDENT_PATH_IDS],
  warmupSeconds: 30,
  measureSeconds: 60,
  inFlight: 8,
  pollMs: 50,
};

/** `p4,l2` (any order, comma or space separated); `none` or `off` for none. */
export function parseIncidentPaths(raw: string | undefined): IncidentPathId[] {
  if (raw === undefined || raw.trim() === '') return [...defaultIncidentSettings.paths];
  const names = raw
    .split(/[\s,]+/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 1 && (names[0] === 'none' || names[0] === 'off')) return [];
  const paths: IncidentPathId[] = [];
  for (const n of names) {
    if (!(INCIDENT_PATH_IDS as readonly string[]).includes(n))
      throw new Error(
        `BENCH_INCIDENT_PATHS: unknown path "${n}" (known: ${INCIDENT_PATH_IDS.join(', ')}, none)`,
      );
    if (!paths.includes(n as IncidentPathId)) paths.push(n as IncidentPathId);
  }
  return paths;
}

/**
 * The incident part's settings from the environment: BENCH_INCIDENT_PATHS,
 * BENCH_INCIDENT_WARMUP_SECONDS, BENCH_INCIDENT_MEASURE_SECONDS, BENCH_INCIDENT_IN_FLIGHT,
 * BENCH_INCIDENT_POLL_MS.
 */
export function incidentSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): IncidentFlowSettings {
  const num = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`${name} must be a positive number, got "${raw}"`);
    return n;
  };
  const d = defaultIncidentSettings;
  return {
    paths: parseIncidentPaths(env.BENCH_INCIDENT_PATHS),
    warmupSeconds: num('BENCH_INCIDENT_WARMUP_SECONDS', d.warmupSeconds),
    measureSeconds: num('BENCH_INCIDENT_MEASURE_SECONDS', d.measureSeconds),
    inFlight: Math.ceil(num('BENCH_INCIDENT_IN_FLIGHT', d.inFlight)),
    pollMs: num('BENCH_INCIDENT_POLL_MS', d.pollMs),
  };
}

/** Rough wall time of the part: platform start and deployment, then each path. */
export function incidentPartSeconds(s: IncidentFlowSettings): number {
  if (!s.paths.length) return 0;
  return 20 + s.paths.length * (s.warmupSeconds + s.measureSeconds + 5);
}

/** One step a user takes: wait for the task of `elementId` in their list, claim, complete. */
interface FlowStep {
  name: string;
  elementId: string;
  as: string;
  data: Record<string, unknown>;
}

const triage = (serviceId: string): FlowStep => ({
  name: 'triage',
  elementId: 'UserTask_Triage',
  as: 'service-desk',
  data: {
    serviceId,
    category: 'network',
    type: 'interruption',
    impact: 3,
    urgency: 2,
    isSecurity: false,
    isRequest: false,
    firstLineResolvable: true,
    customerUpdate: '已受理，正在处理 / We are working on it',
  },
});

const diagnoseResolved = (as: string): FlowStep => ({
  name: `diagnose (${as})`,
  elementId: 'UserTask_Diagnose',
  as,
  data: {
    workNote: '重启交换机端口 / restarted the switch port',
    outcome: 'resolved',
    resolutionCode: 'fixed',
    resolution: '端口已恢复 / port restored',
    workaroundUsed: false,
    serviceRestored: true,
    unplannedOutage: false,
    problemSuspected: false,
  },
});

const transferToL2: FlowStep = {
  name: 'transfer (service-desk)',
  elementId: 'UserTask_Diagnose',
  as: 'service-desk',
  data: {
    workNote: '一线无法解决 / beyond first line',
    outcome: 'transfer',
    nextGroup: 'resolver-l2',
    workaroundUsed: false,
    serviceRestored: false,
    unplannedOutage: false,
    problemSuspected: false,
  },
};

const confirm: FlowStep = {
  name: 'confirm (customer-contact)',
  elementId: 'UserTask_ConfirmResolution',
  as: 'customer-contact',
  data: {
    serviceRestored: true,
    resolutionAccepted: true,
    confirmedBy: '王伟',
    confirmationChannel: 'phone',
    rating: 5,
    comment: '谢谢',
  },
};

/** Labels and steps of each path. */
export const INCIDENT_PATHS: Record<
  IncidentPathId,
  { label: string; steps: (serviceId: string) => FlowStep[] }
> = {
  p4: {
    label: 'P4 first line: triage → diagnose resolved at the service desk → confirm → closed',
    steps: (serviceId) => [triage(serviceId), diagnoseResolved('service-desk'), confirm],
  },
  l2: {
    label:
      'L2: triage → transfer to resolver-l2 → diagnose resolved at resolver-l2 → confirm → closed',
    steps: (serviceId) => [
      triage(serviceId),
      transferToL2,
      diagnoseResolved('resolver-l2'),
      confirm,
    ],
  },
};

const REPORT_STEP = 'report (POST /api/incidents)';
const CLOSE_STEP = 'closed after confirmation';

/** The timed steps of a path, in order (see {@link IncidentFlowResult.steps}). */
export function stepNames(path: IncidentPathId): string[] {
  return [
    REPORT_STEP,
    ...INCIDENT_PATHS[path]
      .steps('')
      .flatMap((s) => [`${s.name} visible`, `${s.name} claim + complete`]),
    CLOSE_STEP,
  ];
}

/** Every user the paths act as. */
const USERS = ['service-desk', 'resolver-l2', 'customer-contact', 'incident-manager'] as const;

/** Password of the development users in the bench's own database (created by the bench). */
export const BENCH_USER_PASSWORD = 'bench-dev-password';

/** The forms the paths submit: their rows must be in the read model before the first task. */
const FORMS = [
  'incident-management.Triage',
  'incident-management.Diagnose',
  'incident-management.ConfirmResolution',
];

/** How long a user waits for a task (or the closure) before the incident counts as failed. */
const STEP_TIMEOUT_MS = 60_000;

/** What the driver needs: the API's address, tokens of the users, the seeded reference ids. */
export interface IncidentDriver {
  baseUrl: string;
  db: Knex;
  tokens: Record<string, string>;
  customerId: string;
  serviceId: string;
}

/** A JSON call to the API; status and parsed body. */
export async function apiCall<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  url: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, body: parsed as T };
}

const brief = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 200);

/**
 * Readies a platform started with server, workers, projector and deployOnStart: seeds the
 * development users and data, waits until the projector has the incident process and its
 * forms, and signs the users in.
 */
export async function prepareIncidentFlow(
  platform: Platform,
  isAborted: () => boolean,
): Promise<IncidentDriver> {
  if (!platform.url) throw new Error('The incident part needs the API server');
  const { db } = platform;
  await platform.services.auth.seedDevelopmentUsers(BENCH_USER_PASSWORD);
  await seedDevelopmentData(db, platform.clock.now());
  const bench = createBenchRepository(db);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const definition = await bench.hasProcessDefinition('incident-management');
    const forms = await bench.recordedFormIds(FORMS);
    if (definition && forms.length === FORMS.length) break;
    if (isAborted()) throw new Error('aborted');
    if (Date.now() > deadline)
      throw new Error('The projector did not record incident-management and its forms in 30 s');
    await sleep(100);
  }
  const tokens: Record<string, string> = {};
  for (const username of USERS) {
    const res = await apiCall<{ token: string }>(
      platform.url,
      'POST',
      '/api/auth/login',
      undefined,
      {
        username,
        password: BENCH_USER_PASSWORD,
      },
    );
    if (res.status !== 200)
      throw new Error(`login as ${username}: ${res.status} ${brief(res.body)}`);
    tokens[username] = res.body.token;
  }
  // customer-contact sees only its own customer's records (CUST-A); an ordinary service keeps
  // the incident off the major-incident path.
  const { customerId, serviceId } = await bench.seedIds('CUST-A', 'SVC-MAIL');
  if (!customerId || !serviceId) throw new Error('The development seed has no CUST-A or SVC-MAIL');
  return {
    baseUrl: platform.url,
    db,
    tokens,
    customerId,
    serviceId,
  };
}

/** One incident's two instants (epoch ms): its POST answered, and its `closed_at`. */
export interface IncidentTimes {
  createdAt: number;
  closedAt: number;
}

/**
 * The window's figures from the incidents that closed in it: closures per second, creation →
 * closure latency, and closures per wall second from `seriesFrom` (the warm-up curve).
 */
export function windowFigures(
  incidents: readonly IncidentTimes[],
  window: { start: number; end: number },
  seriesFrom: number,
): { closed: number; perSecond: number; latency: LatencySummary; series: number[] } {
  const inWindow = incidents.filter((i) => i.closedAt >= window.start && i.closedAt < window.end);
  const seconds = Math.max(0, Math.ceil((window.end - seriesFrom) / 1000));
  const series = Array.from({ length: seconds }, () => 0);
  for (const i of incidents) {
    const s = Math.floor((i.closedAt - seriesFrom) / 1000);
    if (s >= 0 && s < seconds) series[s]! += 1;
  }
  const windowSeconds = (window.end - window.start) / 1000;
  return {
    closed: inWindow.length,
    perSecond: windowSeconds > 0 ? inWindow.length / windowSeconds : Number.NaN,
    latency: summarize(inWindow.map((i) => i.closedAt - i.createdAt)),
    series,
  };
}

/** `part / whole`, NaN when the whole is not a positive number. */
export function shareOf(part: number, whole: number): number {
  return Number.isFinite(part) && Number.isFinite(whole) && whole > 0 ? part / whole : Number.NaN;
}

/** A share as a percentage: one decimal below 10 %, none above; `–` when unknown. */
export function formatShare(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const pct = v * 100;
  return `${pct < 10 ? pct.toFixed(1) : pct.toFixed(0)} %`;
}

/** Milliseconds for a reader: `850 ms` below 10 s, `12.3 s` above; `–` when unknown. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return Math.abs(ms) < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Records of the window by `VALUE_TYPE INTENT`, e.g. `JOB COMPLETED`. */
export type { RecordCounts } from '../../db/repositories/bench.repository.ts';

/** One path's figures. */
export interface IncidentFlowResult {
  path: IncidentPathId;
  label: string;
  inFlight: number;
  warmupSeconds: number;
  measureSeconds: number;
  pollMs: number;
  /** Incidents closed in the window (`closed_at` inside it), and per second. */
  closed: number;
  perSecond: number;
  /** POST /api/incidents answered → `incidents.closed_at`, of the incidents closed in the window. */
  latency: LatencySummary;
  /** Engine jobs completed in the window (JOB COMPLETED records by their engine timestamp). */
  jobsCompleted: number;
  jobsPerSecond: number;
  /** Jobs completed in the window per incident closed in it (closed loop: about the jobs of one incident). */
  jobsPerIncident: number;
  /** The engine ceiling measured in this run (phase 1, PI/s of a one-job process = jobs/s). */
  engineCeiling: number;
  /** jobsPerSecond / engineCeiling. */
  jobsVsCeiling: number;
  userTasksCompleted: number;
  /** The exported JOB, USER_TASK and INCIDENT records of the window, by value type and intent. */
  records: RecordCounts;
  /** Time of each step (ms), of the steps that ended in the window: `<step> visible` is the wait
   * from the user's previous action until the task is in their list; `<step> claim + complete`
   * the two API calls. */
  steps: Record<string, LatencySummary>;
  /** API requests the users made in the window, per incident closed in it. */
  requestsPerIncident: number;
  /** Closures per wall second from the start of the warm-up. */
  series: number[];
  /** Incidents given up after an error, and the errors by message. */
  failed: number;
  errorMessages: Record<string, number>;
  /** Incidents still open at the end of the window (left as they were). */
  openAtEnd: number;
  cpu: CpuUse;
}

/**
 * Waits for `incidents.status = 'closed'` of many incidents with one query per poll. A wait
 * settles with `closed_at` (epoch ms), `'timeout'` after its deadline, or undefined once
 * `isStopped()` (the window ended, the run was aborted).
 */
function closureWatcher(bench: BenchRepository, pollMs: number, isStopped: () => boolean) {
  type Outcome = number | 'timeout' | undefined;
  const waiting = new Map<string, { deadline: number; resolve: (o: Outcome) => void }>();
  let stopped = false;
  const settle = (number: string, outcome: Outcome) => {
    const w = waiting.get(number);
    waiting.delete(number);
    w?.resolve(outcome);
  };
  const loop = (async () => {
    while (!stopped) {
      if (isStopped()) for (const number of [...waiting.keys()]) settle(number, undefined);
      if (waiting.size) {
        try {
          const rows = await bench.closedIncidents([...waiting.keys()]);
          for (const r of rows) settle(r.number, r.closedMs);
        } catch {
          // the next poll tries again (the pool is closing when the run was stopped)
        }
        const now = Date.now();
        for (const [number, w] of [...waiting]) if (now > w.deadline) settle(number, 'timeout');
      }
      await sleep(pollMs);
    }
    for (const number of [...waiting.keys()]) settle(number, undefined);
  })();
  return {
    wait(number: string, timeoutMs: number): Promise<Outcome> {
      return new Promise((resolve) =>
        waiting.set(number, { deadline: Date.now() + timeoutMs, resolve }),
      );
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/**
 * Waits until the exporter has written every record up to `until` (epoch ms): per partition,
 * a record from `until` or later is there, or its position has stopped moving.
 */
async function exporterPast(
  bench: BenchRepository,
  until: number,
  isAborted: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = new Map<number, number>();
  for (let i = 0; Date.now() < deadline && !isAborted(); i++) {
    const now = await bench.exporterPositions();
    let done = now.size > 0;
    for (const [partition_id, position] of now) {
      if (i > 0 && last.get(partition_id) === position) continue;
      if (!(await bench.hasRecordFrom(partition_id, until))) done = false;
    }
    if (done) return;
    last = now;
    await sleep(500);
  }
}

/**
 * Measures one path: `inFlight` users each report an incident (POST /api/incidents), work
 * its tasks through GET /api/tasks?record=…&state=open, claim and complete, wait until the
 * incident is closed and report the next, for the warm-up and then the measured window.
 * Incidents still open when the window ends are left as they are.
 */
export async function measureIncidentFlow(options: {
  driver: IncidentDriver;
  path: IncidentPathId;
  settings: IncidentFlowSettings;
  engineCeiling: number;
  cpu: CpuTargets;
  isAborted: () => boolean;
  /** Called just before the CPU meter starts and just after it stops (diagnostics). */
  onWindow?: (phase: 'start' | 'end') => Promise<void>;
}): Promise<IncidentFlowResult> {
  const { driver, path, settings, isAborted } = options;
  const { baseUrl, db, tokens } = driver;
  const steps = INCIDENT_PATHS[path].steps(driver.serviceId);
  const t0 = Date.now();
  const windowStart = t0 + settings.warmupSeconds * 1000;
  const windowEnd = windowStart + settings.measureSeconds * 1000;
  const stopped = () => isAborted() || Date.now() >= windowEnd;
  const inWindow = (at: number) => at >= windowStart && at < windowEnd;

  const incidents: IncidentTimes[] = [];
  const stepSamples: Record<string, number[]> = {};
  const sample = (name: string, ms: number, endedAt: number) => {
    if (inWindow(endedAt)) (stepSamples[name] ??= []).push(ms);
  };
  let requestsInWindow = 0;
  let failed = 0;
  let openAtEnd = 0;
  const errorMessages: Record<string, number> = {};
  let lastError: unknown;

  const api = async <T = Record<string, unknown>>(
    method: string,
    url: string,
    as: string,
    body?: unknown,
  ) => {
    const res = await apiCall<T>(baseUrl, method, url, tokens[as], body);
    if (inWindow(Date.now())) requestsInWindow++;
    return res;
  };

  interface TaskRow {
    id: string;
    elementId: string;
    assignee: string | null;
  }
  /** Polls the user's task list until the task shows; undefined when the window ended first. */
  const waitForTask = async (number: string, step: FlowStep, done: Set<string>) => {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      if (stopped()) return undefined;
      const res = await api<{ items: TaskRow[] }>(
        'GET',
        `/api/tasks?record=${encodeURIComponent(number)}&state=open`,
        step.as,
      );
      if (res.status !== 200)
        throw new Error(`GET /api/tasks as ${step.as}: ${res.status} ${brief(res.body)}`);
      const task = res.body.items.find((t) => t.elementId === step.elementId && !done.has(t.id));
      if (task) return task;
      if (Date.now() > deadline)
        throw new Error(`${step.name}: no open ${step.elementId} after ${STEP_TIMEOUT_MS} ms`);
      await sleep(settings.pollMs);
    }
  };

  const closures = closureWatcher(createBenchRepository(db), settings.pollMs, stopped);

  /** One incident from report to closure; false when the window ended before it closed. */
  const oneIncident = async (): Promise<boolean> => {
    const began = Date.now();
    const created = await api<{ number: string }>('POST', '/api/incidents', 'service-desk', {
      title: '打印机无法连接 / printer offline',
      channel: 'phone',
      impact: 3,
      urgency: 2,
      customerId: driver.customerId,
      serviceId: driver.serviceId,
      reporter: { name: '王伟', contact: '138 0000 0000' },
    });
    if (created.status !== 201)
      throw new Error(`POST /api/incidents: ${created.status} ${brief(created.body)}`);
    const createdAt = Date.now();
    sample(REPORT_STEP, createdAt - began, createdAt);
    const number = created.body.number;
    const done = new Set<string>();
    let last = createdAt;
    for (const step of steps) {
      const task = await waitForTask(number, step, done);
      if (!task) return false;
      const visible = Date.now();
      sample(`${step.name} visible`, visible - last, visible);
      done.add(task.id);
      if (task.assignee !== step.as) {
        const claim = await api('POST', `/api/tasks/${task.id}/claim`, step.as);
        if (claim.status !== 200)
          throw new Error(`claim ${step.name}: ${claim.status} ${brief(claim.body)}`);
      }
      const complete = await api('POST', `/api/tasks/${task.id}/complete`, step.as, {
        data: step.data,
      });
      if (complete.status !== 200)
        throw new Error(`complete ${step.name}: ${complete.status} ${brief(complete.body)}`);
      last = Date.now();
      sample(`${step.name} claim + complete`, last - visible, last);
    }
    const closedAt = await closures.wait(number, STEP_TIMEOUT_MS);
    if (closedAt === undefined) return false;
    if (closedAt === 'timeout')
      throw new Error(`${number} not closed ${STEP_TIMEOUT_MS} ms after its confirmation`);
    sample(CLOSE_STEP, Math.max(0, closedAt - last), closedAt);
    incidents.push({ createdAt, closedAt });
    return true;
  };

  const user = async () => {
    while (!stopped()) {
      try {
        if (!(await oneIncident()) && !isAborted()) openAtEnd++;
      } catch (err) {
        if (isAborted()) break;
        failed++;
        lastError = err;
        const message = String((err as Error).message ?? err).slice(0, 160);
        errorMessages[message] = (errorMessages[message] ?? 0) + 1;
        if (failed > 20)
          throw new Error(`incident path ${path}: too many failed incidents`, { cause: err });
        await sleep(200);
      }
    }
  };

  let meter: ReturnType<typeof startCpuMeter> | undefined;
  let cpu: CpuUse | undefined;
  const waitUntil = async (until: number) => {
    while (Date.now() < until && !isAborted()) await sleep(Math.min(100, until - Date.now()));
  };
  const windowTimer = (async () => {
    await waitUntil(windowStart);
    if (isAborted()) return;
    await options.onWindow?.('start');
    meter = startCpuMeter(options.cpu);
    await waitUntil(windowEnd);
    cpu = meter.stop();
    await options.onWindow?.('end');
  })();

  try {
    await Promise.all(Array.from({ length: settings.inFlight }, user));
  } finally {
    await closures.stop();
    await windowTimer;
  }
  if (isAborted()) throw new Error('aborted');
  if (!cpu) throw new Error(`incident path ${path}: the window was not measured`);

  const figures = windowFigures(incidents, { start: windowStart, end: windowEnd }, t0);
  if (figures.closed === 0)
    throw new Error(`incident path ${path}: no incident closed in the measured window`, {
      cause: lastError,
    });
  const bench = createBenchRepository(db);
  await exporterPast(bench, windowEnd, isAborted);
  const records = await bench.recordsBetween(windowStart, windowEnd);
  const jobsCompleted = records['JOB COMPLETED'] ?? 0;
  const measureSeconds = settings.measureSeconds;
  const jobsPerSecond = jobsCompleted / measureSeconds;
  const perItem = (cores: number) => (cores * measureSeconds * 1000) / figures.closed;
  cpu.perItemMs = {
    engine: perItem(cpu.engine),
    postgres: perItem(cpu.postgres),
    node: perItem(cpu.node),
  };
  return {
    path,
    label: INCIDENT_PATHS[path].label,
    inFlight: settings.inFlight,
    warmupSeconds: settings.warmupSeconds,
    measureSeconds,
    pollMs: settings.pollMs,
    closed: figures.closed,
    perSecond: figures.perSecond,
    latency: figures.latency,
    jobsCompleted,
    jobsPerSecond,
    jobsPerIncident: shareOf(jobsCompleted, figures.closed),
    engineCeiling: options.engineCeiling,
    jobsVsCeiling: shareOf(jobsPerSecond, options.engineCeiling),
    userTasksCompleted: records['USER_TASK COMPLETED'] ?? 0,
    records,
    steps: Object.fromEntries(
      stepNames(path)
        .filter((name) => stepSamples[name])
        .map((name) => [name, summarize(stepSamples[name]!)]),
    ),
    requestsPerIncident: shareOf(requestsInWindow, figures.closed),
    series: figures.series,
    failed,
    errorMessages,
    openAtEnd,
    cpu,
  };
}
