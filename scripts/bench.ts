/**
 * `npm run bench`: the engine's ceiling, the cost of the exporter and of the worker framework,
 * the lag of user tasks into the `tasks` table, and the incident process end to end through
 * the API (P4 first line and L2 paths), measured on this machine in one run.
 * Starts its own Postgres and engine (profile `bench`, ports 55600/26700-26702/8280/9800)
 * and stops them again, also on failure and Ctrl-C. See scripts/bench/.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createLogger } from '../lib/logger.ts';
import { formatReport } from './bench/report.ts';
import { incidentSettingsFromEnv } from './bench/incident-flow.ts';
import {
  formatIncidentOnly,
  runIncidentOnly,
  type IncidentOnlyResult,
} from './bench/incident-only.ts';
import { defaultSettings, runBench, type BenchResult, type BenchSettings } from './bench/run.ts';

export { runBench } from './bench/run.ts';
export { renderSummaryMarkdown } from './bench/summary.ts';

function settingsFromEnv(env = process.env): BenchSettings {
  const num = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`${name} must be a positive number, got "${raw}"`);
    return n;
  };
  return {
    warmupSeconds: num('BENCH_WARMUP_SECONDS', defaultSettings.warmupSeconds),
    freshEngineWarmupSeconds: num(
      'BENCH_FRESH_ENGINE_WARMUP_SECONDS',
      defaultSettings.freshEngineWarmupSeconds,
    ),
    measureSeconds: num('BENCH_MEASURE_SECONDS', defaultSettings.measureSeconds),
    inFlight: Math.ceil(num('BENCH_IN_FLIGHT', defaultSettings.inFlight)),
    userTasks: Math.ceil(num('BENCH_USER_TASKS', defaultSettings.userTasks)),
    userTaskRatePerSecond: num('BENCH_USER_TASK_RATE', defaultSettings.userTaskRatePerSecond),
    frameworkDefaults: env.BENCH_FRAMEWORK_DEFAULTS !== 'false',
    retryContended: env.BENCH_RETRY_CONTENDED !== 'false',
    budgetSeconds: num('BENCH_BUDGET_SECONDS', defaultSettings.budgetSeconds),
    incident: incidentSettingsFromEnv(env),
  };
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const log = createLogger('bench');
  const controller = new AbortController();
  let firstSignalAt = 0;
  const onSignal = (signal: string) => {
    if (controller.signal.aborted) {
      // tsx forwards the terminal's Ctrl-C to this process, which also got it itself: the
      // same key press arrives twice. Only a later press means "exit now".
      if (Date.now() - firstSignalAt < 2000) return;
      log.warn(
        `${signal} again: exiting now; a broker or Postgres left behind is stopped by the next run`,
      );
      process.exit(130);
    }
    firstSignalAt = Date.now();
    log.warn(`${signal} received`);
    controller.abort();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  Promise.resolve()
    .then((): Promise<BenchResult | IncidentOnlyResult> =>
      process.env.BENCH_INCIDENT_ONLY === 'true'
        ? runIncidentOnly(log, incidentSettingsFromEnv(), controller.signal)
        : runBench(log, settingsFromEnv(), controller.signal),
    )
    .then((result) => {
      process.stdout.write(
        `\n${'engineAlone' in result ? formatReport(result) : formatIncidentOnly(result)}\n`,
      );
      if (process.env.BENCH_JSON) {
        writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(result, null, 2)}\n`);
        log.info(`Figures written to ${process.env.BENCH_JSON}`);
      }
      process.exit(0);
    })
    .catch((err: unknown) => {
      if (controller.signal.aborted) {
        log.warn('Benchmark interrupted; everything it started is stopped');
        process.exit(130);
      }
      if (process.env.DEBUG) log.error('Benchmark failed', err);
      else {
        const cause =
          err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
        log.error(`Benchmark failed: ${err instanceof Error ? err.message : String(err)}${cause}`);
      }
      process.exit(1);
    });
}
