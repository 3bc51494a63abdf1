import { formatDuration, formatShare, INCIDENT_PATHS } from './incident-flow.ts';
import type { BenchResult } from './run.ts';
import { CONTENTION_LIMIT, type ThroughputResult } from './throughput.ts';

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const rate = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const ratio = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)} %` : '–');
const cpu = (r: ThroughputResult) =>
  r.cpu.perItemMs
    ? `${r.cpu.perItemMs.engine.toFixed(1)} · ${r.cpu.perItemMs.postgres.toFixed(1)} · ${r.cpu.perItemMs.node.toFixed(1)}`
    : '–';

const incidentCpu = (p?: { engine: number; postgres: number; node: number }) =>
  p ? `${p.engine.toFixed(0)} · ${p.postgres.toFixed(0)} · ${p.node.toFixed(0)}` : '–';

/** One line naming the machine and software of a run. */
export function describeMachine(r: BenchResult): string {
  const m = r.machine;
  return (
    `${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, Java ${m.jdk}, ` +
    `Zeebe ${m.zeebe} (${m.partitions} partition${m.partitions === 1 ? '' : 's'}), @camunda8/sdk ${m.sdk}, PostgreSQL ${m.postgres}`
  );
}

/** Says which figures ran while something else kept the machine busy; undefined when none. */
export function contentionWarning(r: BenchResult): string | undefined {
  const runs = [
    ['engine alone', r.engineAlone],
    ['with exporter', r.withExporter],
    ['framework', r.framework],
    ...(r.frameworkDefaults ? [['framework defaults', r.frameworkDefaults] as const] : []),
  ] as const;
  const busy = runs.filter(([, t]) => t.cpu.other > CONTENTION_LIMIT);
  const busyIncidents = (r.incidentFlow ?? []).filter((f) => f.cpu.other > CONTENTION_LIMIT);
  if (!busy.length && !busyIncidents.length) return undefined;
  const quiet = (t: ThroughputResult) =>
    t.quiet.seconds >= 3
      ? ` (${t.quiet.perSecond.toFixed(0)} PI/s in its ${t.quiet.seconds} quiet seconds)`
      : '';
  const list = [
    ...busy.map(([n, t]) => `${t.cpu.other.toFixed(2)} cores during "${n}"${quiet(t)}`),
    ...busyIncidents.map((f) => `${f.cpu.other.toFixed(2)} cores during "incident ${f.path}"`),
  ].join('; ');
  return (
    `other processes on this ${r.machine.cores}-core machine kept busy ${list}. ` +
    'Those figures and the ratios are low and noisy; run again on a quiet machine.'
  );
}

/**
 * The summary block of a run in Markdown, ready to paste into the README: the throughput
 * figures with their ratio to the engine alone, and the user-task lag.
 */
export function renderSummaryMarkdown(r: BenchResult): string {
  const s = r.settings;
  const base = r.engineAlone.perSecond;
  const row = (label: string, t: ThroughputResult) =>
    `| ${label} | ${rate(t.perSecond)} | ${ms(t.latency.p50)} | ${ms(t.latency.p99)} | ${ratio(t.perSecond / base)} | ${cpu(t)} |`;
  const lag = r.userTaskLag;
  const lines = [
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` on ${describeMachine(r)}.`,
    `Each figure: one-service-task process (\`bench-one-task\`), ${s.inFlight} instances in flight, ` +
      `each awaited end to end (\`createProcessInstanceWithResult\`); warm-up ` +
      `${s.freshEngineWarmupSeconds} s on a freshly started engine, ${s.warmupSeconds} s on a warm one; ` +
      `then ${s.measureSeconds} s measured.`,
    '',
    '| Setup | PI/s | p50 | p99 | vs engine alone | CPU ms per PI (engine · Postgres · Node) |',
    '|---|---:|---:|---:|---:|---:|',
    row('Engine alone (no exporter), no-op worker on the SDK', r.engineAlone),
    row('Engine + Postgres exporter, no-op worker on the SDK', r.withExporter),
    row(
      'Engine + exporter, worker framework (ajv, error mapping, one Postgres write per job)',
      r.framework,
    ),
  ];
  if (r.frameworkDefaults)
    lines.push(
      row("Same, with the framework's default poller (32 jobs, 100 ms)", r.frameworkDefaults),
    );
  lines.push(
    '',
    `| User task created in the engine → its row in \`tasks\` (${lag.tasks} tasks at ${lag.startRatePerSecond}/s, projector running) | p50 | p99 | max |`,
    '|---|---:|---:|---:|',
    `| Total lag | ${ms(lag.lag.p50)} | ${ms(lag.lag.p99)} | ${ms(lag.lag.max)} |`,
    `| of which engine → exporter transaction | ${ms(lag.toExporter.p50)} | ${ms(lag.toExporter.p99)} | ${ms(lag.toExporter.max)} |`,
    `| of which exporter → projector commit | ${ms(lag.exporterToRow.p50)} | ${ms(lag.exporterToRow.p99)} | ${ms(lag.exporterToRow.max)} |`,
  );
  const flows = r.incidentFlow ?? [];
  if (flows.length) {
    const first = flows[0]!;
    lines.push(
      '',
      `Incident process end to end (\`incident-management\`, P4: impact 3, urgency 2), its user ` +
        `tasks claimed and completed through the HTTP API as users would (task list polled ` +
        `every ${first.pollMs} ms), on the full platform (API, workers, projector, exporter): ` +
        `${first.inFlight} incidents in flight, warm-up ${first.warmupSeconds} s, then ` +
        `${first.measureSeconds} s measured per path. Engine jobs counted from the exporter's ` +
        `JOB COMPLETED records; the ceiling is the engine-alone figure above ` +
        `(${rate(first.engineCeiling)} PI/s, one job each).`,
      '',
      '| Incident path | incidents/s | p50 created → closed | p99 | engine jobs/s | jobs per incident | vs engine ceiling | CPU ms per incident (engine · Postgres · Node) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...flows.map(
        (f) =>
          `| ${INCIDENT_PATHS[f.path].label} | ${f.perSecond.toFixed(2)} | ${formatDuration(f.latency.p50)} | ` +
          `${formatDuration(f.latency.p99)} | ${f.jobsPerSecond.toFixed(1)} | ${f.jobsPerIncident.toFixed(1)} | ` +
          `${formatShare(f.jobsVsCeiling)} | ${incidentCpu(f.cpu.perItemMs)} |`,
      ),
    );
  }
  const warning = contentionWarning(r);
  if (warning) lines.push('', `> Caution: ${warning}`);
  return lines.join('\n');
}
