/**
 * `BENCH_INCIDENT_ONLY=true npm run bench`: only the incident part (phase 6), on a fresh
 * engine with the exporter and the full platform, without the engine-ceiling, framework and
 * lag phases before it (about 3 minutes less). For measuring the platform's own cost per
 * incident quickly, before and after a change, with the optional diagnostics of
 * ./diagnostics.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBenchRepository } from '../../db/repositories/bench.repository.ts';
import { createEngineClient, type EngineAddresses } from '../../engine/client.ts';
import { projectRoot } from '../../lib/paths.ts';
import type { Logger } from '../../lib/logger.ts';
import { startPlatform } from '../../platform/platform.ts';
import { machineLoad } from './cpu.ts';
import { diagnosticsSettingsFromEnv, windowDiagnostics } from './diagnostics.ts';
import { startCpuMeter, type CpuTargets } from './cpu.ts';
import {
  apiCall,
  formatDuration,
  measureIncidentFlow,
  prepareIncidentFlow,
  type IncidentDriver,
  type IncidentFlowResult,
  type IncidentFlowSettings,
} from './incident-flow.ts';
import { BenchInfrastructure } from './infra.ts';

/** The incident part's figures, with the machine's load around them. */
export interface IncidentOnlyResult {
  date: string;
  busyCoresBefore: number;
  incidentFlow: IncidentFlowResult[];
  /** CPU per task-list request (the request users repeat most), see {@link probeTaskLists}. */
  requestProbe: { requests: number; perRequestMs: { postgres: number; node: number } };
}

/**
 * CPU of one task-list request on its own: 600 `GET /api/tasks?record=…&state=open` as the
 * service desk, 4 at a time, after the paths (the platform otherwise idle). CPU time per
 * request depends far less on other processes' load than rates do.
 */
async function probeTaskLists(
  driver: IncidentDriver,
  cpu: CpuTargets,
): Promise<IncidentOnlyResult['requestProbe']> {
  const number = await createBenchRepository(driver.db).anyIncidentNumber();
  const url = `/api/tasks?record=${encodeURIComponent(number ?? 'INC-0000-000000')}&state=open`;
  const one = async () => {
    const res = await apiCall(driver.baseUrl, 'GET', url, driver.tokens['service-desk']);
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  };
  for (let i = 0; i < 50; i++) await one();
  const requests = 600;
  const meter = startCpuMeter(cpu);
  let left = requests;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (left-- > 0) await one();
    }),
  );
  const use = meter.stop();
  const per = (cores: number) => (cores * use.seconds * 1000) / requests;
  return { requests, perRequestMs: { postgres: per(use.postgres), node: per(use.node) } };
}

/** Runs the incident paths of `settings` alone; stops everything it started, also on failure. */
export async function runIncidentOnly(
  log: Logger,
  settings: IncidentFlowSettings,
  signal?: AbortSignal,
): Promise<IncidentOnlyResult> {
  const diagnostics = diagnosticsSettingsFromEnv();
  const busyCoresBefore = await machineLoad(1000);
  const infra = new BenchInfrastructure(
    log,
    diagnostics.pgStatementsFile
      ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all']
      : [],
  );
  const isAborted = () => signal?.aborted === true;
  const stopInfra = () => void infra.stop();
  signal?.addEventListener('abort', stopInfra, { once: true });
  try {
    const databaseUrl = await infra.startPostgres();
    const addresses = await infra.startEngine({ exporter: true });
    await warmUpEngine(addresses, log, isAborted);
    const smtpHost = process.env.SMTP_HOST;
    delete process.env.SMTP_HOST;
    const platform = await startPlatform({
      databaseUrl,
      engine: addresses,
      clockControlled: false,
      log: log.child('platform'),
      server: { host: '127.0.0.1', port: 0 },
      workers: true,
      workerLongPollMs: 5_000,
      projector: { retentionMs: 3600_000 },
      deployOnStart: true,
    }).finally(() => {
      if (smtpHost !== undefined) process.env.SMTP_HOST = smtpHost;
    });
    try {
      const driver = await prepareIncidentFlow(platform, isAborted);
      const incidentFlow: IncidentFlowResult[] = [];
      for (const path of settings.paths) {
        log.info(
          `Measuring: incident path ${path}, ${settings.inFlight} in flight ` +
            `(${settings.warmupSeconds} s warm-up, ${settings.measureSeconds} s measured)…`,
        );
        const diag = windowDiagnostics(diagnostics, createBenchRepository(platform.db));
        const result = await measureIncidentFlow({
          driver,
          path,
          settings,
          engineCeiling: Number.NaN,
          cpu: { enginePid: infra.engine?.pid, postgresPid: infra.postgres?.pid },
          isAborted,
          onWindow: (phase) => diag.onWindow(phase),
        });
        diag.write(result.closed);
        incidentFlow.push(result);
      }
      const requestProbe = await probeTaskLists(driver, {
        enginePid: infra.engine?.pid,
        postgresPid: infra.postgres?.pid,
      });
      return { date: new Date().toISOString(), busyCoresBefore, incidentFlow, requestProbe };
    } finally {
      await platform.stop();
    }
  } finally {
    signal?.removeEventListener('abort', stopInfra);
    await infra.stop();
  }
}

/**
 * A freshly started broker on a busy machine can take longer than the client's 15 s for its
 * first deployment (seen: the platform's 27 files timed out twice at a load average of 10 to
 * 20). Deploys a one-task diagram until a deployment goes through, so the platform's comes
 * to a warm engine, as it does after the full bench's throughput phases.
 */
async function warmUpEngine(addresses: EngineAddresses, log: Logger, isAborted: () => boolean) {
  const engine = createEngineClient(addresses);
  try {
    await engine.waitForTopology();
    const file = path.join(projectRoot, 'test', 'fixtures', 'bpmn', 'bench-one-task.bpmn');
    const content = readFileSync(file);
    for (let attempt = 1; ; attempt++) {
      try {
        await engine.deploy([{ name: 'bench-one-task.bpmn', content }]);
        return;
      } catch (err) {
        if (attempt >= 5 || isAborted()) throw err;
        log.warn(`warm-up deployment ${attempt} failed (${(err as Error).message}); again`);
      }
    }
  } finally {
    await engine.close();
  }
}

/** A few lines per path: rate, CPU per incident by part, machine load, latency, requests. */
export function formatIncidentOnly(r: IncidentOnlyResult): string {
  const out = [
    `Incident part alone, ${r.date}; busy cores before: ${r.busyCoresBefore.toFixed(2)}`,
  ];
  for (const f of r.incidentFlow) {
    const per = f.cpu.perItemMs;
    out.push(
      `${f.path}: ${f.closed} closed in ${f.measureSeconds} s = ${f.perSecond.toFixed(2)}/s; ` +
        `CPU ms per incident engine ${per?.engine.toFixed(0)} · Postgres ${per?.postgres.toFixed(0)} · ` +
        `Node ${per?.node.toFixed(0)}; cores engine ${f.cpu.engine.toFixed(2)} · Postgres ` +
        `${f.cpu.postgres.toFixed(2)} · Node ${f.cpu.node.toFixed(2)} · other ${f.cpu.other.toFixed(2)} ` +
        `of ${f.cpu.cores}; latency p50 ${formatDuration(f.latency.p50)} p99 ` +
        `${formatDuration(f.latency.p99)}; ${f.requestsPerIncident.toFixed(1)} requests per incident; ` +
        `${f.jobsPerIncident.toFixed(1)} jobs per incident; failed ${f.failed}`,
    );
    for (const [name, s] of Object.entries(f.steps))
      out.push(
        `  ${name}: p50 ${formatDuration(s.p50)} p99 ${formatDuration(s.p99)} (n ${s.count})`,
      );
    for (const [message, n] of Object.entries(f.errorMessages))
      out.push(`  error ${n} × ${message}`);
  }
  const p = r.requestProbe.perRequestMs;
  out.push(
    `task list alone (${r.requestProbe.requests} × GET /api/tasks?record=…&state=open, 4 at a ` +
      `time): CPU ms per request Postgres ${p.postgres.toFixed(2)} · Node ${p.node.toFixed(2)}`,
  );
  return out.join('\n');
}
