/**
 * The fault run (`npm run test:faults`): the platform as it runs in production, as separate
 * processes (Postgres, the engine with the exporter, the worker process, the projector, the
 * API), with people working incidents through the API, while each part in turn is killed
 * with SIGKILL and started again. Afterwards every incident must be closed, its process
 * instance completed in the read model, and what it left in the database (history,
 * notifications, SLA clocks and events, messages, tasks) the same as an incident that ran
 * without faults: no side effect twice, nothing half-written. E-mail goes to a local capture
 * server; a mail sent twice must carry the same Message-ID.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from '../../lib/os-process.ts';
import { createBenchRepository } from '../../db/repositories/bench.repository.ts';
import { createFaultsRepository } from '../../db/repositories/faults.repository.ts';
import { seedDevelopmentData } from '../../db/seeds/reference-data.ts';
import type { Logger } from '../../lib/logger.ts';
import { profileDir } from '../../lib/paths.ts';
import { startInfrastructure, type Infrastructure } from '../../platform/infrastructure.ts';
import { startPlatform, type Platform } from '../../platform/platform.ts';
import { startSmtpCapture, type SmtpCapture } from '../../test/helpers/smtp-capture.ts';
import { apiCall } from '../bench/incident-flow.ts';
import { startIncidentUsers } from './load.ts';
import { killHard, nodePart, type NodePart } from './parts.ts';

/** The parts killed, in this order by default. */
export const FAULT_PARTS = ['workers', 'engine', 'projector', 'postgres'] as const;
export type FaultPart = (typeof FAULT_PARTS)[number];

export interface FaultSettings {
  /** People working incidents at once (each holds one incident at a time). */
  users: number;
  /** Load before each kill, and after the last restart. */
  loadSeconds: number;
  /** How long a killed part stays down before it is started again. */
  downSeconds: number;
  parts: FaultPart[];
  /** Incidents run to closure before any fault: what a fault-free incident leaves behind. */
  controlIncidents: number;
  /** How long the users may take to close the incidents they hold after the load stops. */
  drainSeconds: number;
  /** Added to every port of the run's own profile (parallel runs, the test suite). */
  portOffset: number;
}

export const defaultFaultSettings: FaultSettings = {
  users: 6,
  loadSeconds: 20,
  downSeconds: 5,
  parts: [...FAULT_PARTS],
  controlIncidents: 2,
  drainSeconds: 240,
  portOffset: 0,
};

/** One kill: the part, when, and how long until it was back. */
export interface FaultKill {
  part: FaultPart;
  /** ms from the start of the load. */
  at: number;
  /** ms from the kill until the part was ready again. */
  downMs: number;
}

export interface FaultRunResult {
  settings: FaultSettings;
  kills: FaultKill[];
  /** Every API answer the users got, by `METHOD route status`. */
  answers: Record<string, number>;
  counts: {
    reportsAnswered201: number;
    incidents: number;
    closed: number;
    /** Incidents whose footprint differs from the fault-free one. */
    differing: number;
    emailRows: number;
    emailsSent: number;
    mailsCaptured: number;
    /** Mails received more than once, each time with the same Message-ID. */
    mailsResentSameId: number;
    /** Instances of reports that rolled back after the engine started them (cancelled). */
    orphansCancelled: number;
  };
  /** ms from the end of the load until every incident was closed and projected. */
  drainMs: number;
  /** What is wrong; empty when the run passed. */
  problems: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PASSWORD = 'faults-dev-password';
const USERS = ['service-desk', 'customer-contact'];

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** Lines of `a` and `b` that differ, as `+line` (only in a) and `-line` (only in b). */
function difference(a: string[], b: string[]): string[] {
  const ca = countBy(a, (x) => x);
  const cb = countBy(b, (x) => x);
  const out: string[] = [];
  for (const k of new Set([...ca.keys(), ...cb.keys()])) {
    const d = (ca.get(k) ?? 0) - (cb.get(k) ?? 0);
    if (d > 0) out.push(`+${d} ${k}`);
    if (d < 0) out.push(`-${-d} ${k}`);
  }
  return out.sort();
}

/** Kills the Postgres and engine of an earlier run of this profile that was interrupted. */
async function killLeftovers(dir: string): Promise<void> {
  for (const pidFile of ['postgres/postmaster.pid', 'engine/engine.pid']) {
    const file = path.join(dir, pidFile);
    if (!existsSync(file)) continue;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    if (pid && isAlive(pid)) await killHard(pid);
  }
}

/** Runs the load, kills each part in turn, drains and checks. Stops everything it started. */
export async function runFaults(
  log: Logger,
  settings: FaultSettings,
  signal?: AbortSignal,
): Promise<FaultRunResult> {
  const aborted = () => signal?.aborted === true;
  const check = () => {
    if (aborted()) throw new Error('aborted');
  };
  const profile = settings.portOffset ? `faults-${settings.portOffset}` : 'faults';
  // Every run starts on fresh data (the checks read the whole database), after stopping what
  // an interrupted earlier run left running.
  await killLeftovers(profileDir(profile));
  rmSync(profileDir(profile), { recursive: true, force: true });
  const o = settings.portOffset;
  const env = { ...process.env, DATABASE_URL: undefined, ZEEBE_GRPC_ADDRESS: undefined };
  let infra: Infrastructure | undefined;
  let platform: Platform | undefined;
  let mail: SmtpCapture | undefined;
  const parts: NodePart[] = [];
  try {
    mail = await startSmtpCapture();
    infra = await startInfrastructure(
      {
        profile,
        env,
        overrides: {
          pgPort: 55650 + o,
          grpcPort: 27100 + 3 * o,
          restPort: 8330 + o,
          managementPort: 9850 + o,
          clockControlled: false,
        },
      },
      log.child('infra'),
    );
    const partEnv = {
      ...env,
      DATABASE_URL: infra.databaseUrl,
      ZEEBE_GRPC_ADDRESS: infra.engine.grpcAddress,
      ZEEBE_REST_ADDRESS: infra.engine.restAddress,
      ZEEBE_MANAGEMENT_ADDRESS: infra.engine.managementAddress,
      ENGINE_CLOCK_CONTROLLED: 'false',
      SMTP_HOST: mail.host,
      SMTP_PORT: String(mail.port),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'ITSM <itsm@itsm.local>',
      LOG_LEVEL: 'info',
    };
    const projector = nodePart({
      name: 'projector process',
      entry: 'scripts/projector.ts',
      env: partEnv,
      readyLine: /projecting engine records/,
      log,
      logFile: path.join(profileDir(profile), 'projector.log'),
    });
    parts.push(projector);
    // The projector first: the API's start-up deployment waits until the read model has it.
    await projector.start();
    // The API in this process (it is not killed); it deploys the repository's diagrams.
    platform = await startPlatform({
      databaseUrl: infra.databaseUrl,
      engine: infra.engine,
      clockControlled: false,
      log: log.child('api'),
      server: { host: '127.0.0.1', port: 0 },
      deployOnStart: true,
      env: partEnv,
    });
    await platform.services.auth.seedDevelopmentUsers(PASSWORD);
    await seedDevelopmentData(platform.db, platform.clock.now());
    const workers = nodePart({
      name: 'worker process',
      entry: 'workers/main.ts',
      args: ['--no-projector'],
      env: partEnv,
      readyLine: /Workers registered for \d+ job types/,
      log,
      logFile: path.join(profileDir(profile), 'workers.log'),
    });
    parts.push(workers);
    await workers.start();
    check();

    const bench = createBenchRepository(platform.db);
    const deadline = Date.now() + 60_000;
    while (!(await bench.hasProcessDefinition('incident-management'))) {
      if (Date.now() > deadline) throw new Error('incident-management not projected in 60 s');
      check();
      await sleep(200);
    }
    const tokens: Record<string, string> = {};
    for (const username of USERS) {
      const res = await apiCall<{ token: string }>(
        platform.url!,
        'POST',
        '/api/auth/login',
        undefined,
        { username, password: PASSWORD },
      );
      if (res.status !== 200) throw new Error(`login as ${username}: ${res.status}`);
      tokens[username] = res.body.token;
    }
    const { customerId, serviceId } = await bench.seedIds('CUST-A', 'SVC-MAIL');
    if (!customerId || !serviceId)
      throw new Error('The development seed has no CUST-A or SVC-MAIL');
    const target = { baseUrl: platform.url!, tokens, customerId, serviceId };

    // Control: incidents without faults, one after the other.
    const control = startIncidentUsers(target, 1);
    const controlDeadline = Date.now() + 120_000;
    while (control.tally.reported.length < settings.controlIncidents) {
      if (Date.now() > controlDeadline)
        throw new Error(`control incidents not done in 120 s: ${JSON.stringify(control.tally)}`);
      check();
      await sleep(100);
    }
    await control.stop(120_000);
    if (control.tally.unfinished.length)
      throw new Error(`control incidents not closed: ${control.tally.unfinished.join(', ')}`);
    const controlNumbers = [...control.tally.reported];
    log.info(`control: ${controlNumbers.join(', ')} closed without faults`);

    // Load, and the kills.
    const users = startIncidentUsers(target, settings.users);
    const loadStart = Date.now();
    const kills: FaultKill[] = [];
    const restart: Record<FaultPart, () => Promise<void>> = {
      workers: async () => {
        await workers.kill();
        await sleep(settings.downSeconds * 1000);
        await workers.start();
      },
      projector: async () => {
        await projector.kill();
        await sleep(settings.downSeconds * 1000);
        await projector.start();
      },
      engine: async () => {
        await killHard(infra!.engineProcess!.pid);
        await sleep(settings.downSeconds * 1000);
        await infra!.restartEngine();
        await platform!.engine.waitForTopology(60_000);
      },
      postgres: async () => {
        await killHard(infra!.postgres!.pid);
        await sleep(settings.downSeconds * 1000);
        await infra!.restartPostgres();
      },
    };
    for (const part of settings.parts) {
      await sleep(settings.loadSeconds * 1000);
      check();
      const at = Date.now();
      log.info(`SIGKILL ${part} (${users.tally.reported.length} incidents reported so far)`);
      await restart[part]();
      kills.push({ part, at: at - loadStart, downMs: Date.now() - at });
      log.info(`${part} back after ${Date.now() - at} ms`);
    }
    await sleep(settings.loadSeconds * 1000);
    check();

    // Drain: the users close what they hold; incidents nobody holds (a report answered with
    // an error although it was kept) are worked too.
    const loadEnd = Date.now();
    log.info(`load stopped; closing the ${users.tally.reported.length} reported incidents`);
    await users.stop(settings.drainSeconds * 1000);
    const faults = createFaultsRepository(platform.db);
    const known = new Set([...controlNumbers, ...users.tally.reported]);
    const orphans = (await faults.incidents()).filter(
      (i) => !known.has(i.number) && i.status !== 'closed',
    );
    users.setDeadline(Math.max(30_000, loadEnd + settings.drainSeconds * 1000 - Date.now()));
    await Promise.all(orphans.map((i) => users.work(i.number)));
    // Closed incidents' instances still run their last steps; then the projector catches up.
    const settledBy = Date.now() + 120_000;
    while (Date.now() < settledBy) {
      const settled =
        (await faults.unfinishedInstances()).length === 0 &&
        (await faults.orphanInstances()).every((o) => o.state === 'canceled') &&
        (await faults.unprojectedRecords()) === 0;
      if (settled) break;
      check();
      await sleep(250);
    }
    const drainMs = Date.now() - loadEnd;

    // Checks.
    const problems: string[] = [];
    const incidents = await faults.incidents();
    const notClosed = incidents.filter((i) => i.status !== 'closed');
    if (notClosed.length)
      problems.push(
        `${notClosed.length} incident(s) not closed: ${notClosed.map((i) => `${i.number} (${i.status})`).join(', ')}`,
      );
    const unfinished = await faults.unfinishedInstances();
    if (unfinished.length)
      problems.push(
        `${unfinished.length} process instance(s) not completed in the read model: ${unfinished.join(', ')}`,
      );
    const leftBehind = await faults.orphanInstances();
    const running = leftBehind.filter((o) => o.state !== 'canceled');
    if (running.length)
      problems.push(
        `${running.length} instance(s) of rolled-back reports not cancelled: ${running.map((o) => `${o.key} (${o.recordNumber}, ${o.state})`).join(', ')}`,
      );
    const left = await faults.unprojectedRecords();
    if (left) problems.push(`${left} exported record(s) never projected`);
    const footprints = new Map<string, string[]>();
    for (const i of incidents) footprints.set(i.number, await faults.footprint(i));
    const expected = footprints.get(controlNumbers[0]!)!;
    for (const n of controlNumbers.slice(1)) {
      const d = difference(footprints.get(n)!, expected);
      if (d.length) problems.push(`control incidents differ (${n}): ${d.join('; ')}`);
    }
    let differing = 0;
    for (const i of incidents) {
      if (controlNumbers.includes(i.number) || i.status !== 'closed') continue;
      const d = difference(footprints.get(i.number)!, expected);
      if (d.length) {
        differing++;
        problems.push(`${i.number} differs from a fault-free incident: ${d.join('; ')}`);
      }
    }
    const emails = await faults.emails();
    const unsent = emails.filter((e) => e.status !== 'sent');
    if (unsent.length)
      problems.push(
        `${unsent.length} e-mail row(s) not sent: ${unsent.map((e) => `${e.recordNumber} ${e.status}`).join(', ')}`,
      );
    const byMessageId = countBy(mail.messages, (m) => m.headers['message-id'] ?? '(none)');
    const withoutId = byMessageId.get('(none)') ?? 0;
    if (withoutId) problems.push(`${withoutId} captured mail(s) without a Message-ID`);
    const resent = [...byMessageId.entries()].filter(([id, n]) => id !== '(none)' && n > 1);
    const sentRows = emails.length - unsent.length;
    if (byMessageId.size - (withoutId ? 1 : 0) !== sentRows)
      problems.push(
        `${sentRows} e-mail row(s) sent, but ${byMessageId.size} distinct Message-ID(s) captured`,
      );
    const fiveHundreds = Object.entries(users.tally.answers).filter(
      ([k]) => / 5\d\d$/.test(k) && !/ 503$/.test(k),
    );
    if (fiveHundreds.length)
      problems.push(
        `answers 5xx other than 503: ${fiveHundreds.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      );

    return {
      settings,
      kills,
      answers: { ...control.tally.answers, ...users.tally.answers },
      counts: {
        reportsAnswered201: controlNumbers.length + users.tally.reported.length,
        incidents: incidents.length,
        closed: incidents.length - notClosed.length,
        differing,
        emailRows: emails.length,
        emailsSent: sentRows,
        mailsCaptured: mail.messages.length,
        mailsResentSameId: resent.length,
        orphansCancelled: leftBehind.length - running.length,
      },
      drainMs,
      problems,
    };
  } finally {
    for (const p of parts) await p.stop().catch(() => undefined);
    await platform?.stop().catch((err: Error) => log.warn(`stopping the API: ${err.message}`));
    await infra
      ?.stop()
      .catch((err: Error) => log.warn(`stopping Postgres and the engine: ${err.message}`));
    await mail?.stop();
  }
}

/** The result as lines for the terminal. */
export function formatFaultReport(r: FaultRunResult): string {
  const lines = [
    `Fault run: ${r.settings.users} users, ${r.settings.loadSeconds} s of load around each kill`,
    ...r.kills.map(
      (k) =>
        `  SIGKILL ${k.part.padEnd(9)} at ${(k.at / 1000).toFixed(1)} s, back after ${(k.downMs / 1000).toFixed(1)} s`,
    ),
    `Incidents: ${r.counts.reportsAnswered201} reports answered 201, ${r.counts.incidents} in the database, ${r.counts.closed} closed, ${r.counts.differing} differing from a fault-free one`,
    `Instances of rolled-back reports: ${r.counts.orphansCancelled} cancelled`,
    `E-mail: ${r.counts.emailRows} rows, ${r.counts.emailsSent} sent, ${r.counts.mailsCaptured} received, ${r.counts.mailsResentSameId} received twice with the same Message-ID`,
    `Drained in ${(r.drainMs / 1000).toFixed(1)} s after the load stopped`,
    'Answers:',
    ...Object.entries(r.answers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `  ${k.padEnd(48)} ${n}`),
    r.problems.length ? `PROBLEMS (${r.problems.length}):` : 'No problems found.',
    ...r.problems.map((p) => `  - ${p}`),
  ];
  return lines.join('\n');
}
