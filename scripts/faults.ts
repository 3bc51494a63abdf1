/**
 * `npm run test:faults`: kills the worker process, the engine, the projector and Postgres in
 * turn (SIGKILL) while people work incidents through the API, starts each again, and checks
 * that nothing was lost, duplicated or half-written (scripts/faults/run.ts). Runs on its own
 * profile (`faults`, fresh data, loopback ports 55650/27100-27102/8330/9850) and stops what it
 * started. Settings: FAULTS_USERS, FAULTS_LOAD_SECONDS, FAULTS_DOWN_SECONDS, FAULTS_PARTS
 * (e.g. `engine,postgres`), FAULTS_DRAIN_SECONDS, FAULTS_PORT_OFFSET. Exit code 1 when it
 * finds a problem.
 */
import { createLogger } from '../lib/logger.ts';
import {
  defaultFaultSettings,
  FAULT_PARTS,
  formatFaultReport,
  runFaults,
  type FaultPart,
  type FaultSettings,
} from './faults/run.ts';

function settingsFromEnv(env = process.env): FaultSettings {
  const num = (name: string, fallback: number, min = 1) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
    return n;
  };
  const partsRaw = env.FAULTS_PARTS?.trim();
  const parts = partsRaw
    ? partsRaw.split(/[\s,]+/).map((p) => {
        if (!(FAULT_PARTS as readonly string[]).includes(p))
          throw new Error(`FAULTS_PARTS: unknown part "${p}" (known: ${FAULT_PARTS.join(', ')})`);
        return p as FaultPart;
      })
    : defaultFaultSettings.parts;
  return {
    users: num('FAULTS_USERS', defaultFaultSettings.users),
    loadSeconds: num('FAULTS_LOAD_SECONDS', defaultFaultSettings.loadSeconds),
    downSeconds: num('FAULTS_DOWN_SECONDS', defaultFaultSettings.downSeconds, 0),
    parts,
    controlIncidents: defaultFaultSettings.controlIncidents,
    drainSeconds: num('FAULTS_DRAIN_SECONDS', defaultFaultSettings.drainSeconds),
    portOffset: num('FAULTS_PORT_OFFSET', defaultFaultSettings.portOffset, 0),
  };
}

const log = createLogger('faults');
const controller = new AbortController();
/** The first Ctrl-C stops at the next step and cleans up; a second one exits at once. */
const onSignal = () => {
  if (controller.signal.aborted) {
    log.warn('exiting now; the next run stops the Postgres and engine left behind');
    process.exit(130);
  }
  log.warn('stopping after the current step (again to exit at once)');
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
let settings: FaultSettings;
try {
  settings = settingsFromEnv();
} catch (err) {
  log.error((err as Error).message);
  process.exit(2);
}
runFaults(log, settings, controller.signal).then(
  (result) => {
    process.stdout.write(`\n${formatFaultReport(result)}\n`);
    process.exit(result.problems.length ? 1 : 0);
  },
  (err: Error) => {
    log.error(
      controller.signal.aborted
        ? 'Fault run interrupted'
        : `Fault run failed: ${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}`,
    );
    process.exit(controller.signal.aborted ? 130 : 1);
  },
);
