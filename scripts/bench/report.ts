import { formatShare, INCIDENT_PATHS } from './incident-flow.ts';
import type { BenchResult } from './run.ts';
import { contentionWarning, describeMachine, renderSummaryMarkdown } from './summary.ts';
import { QUIET_LIMIT, type ThroughputResult } from './throughput.ts';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fmt = (digits: number) => (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits);
const f0 = fmt(0);
const f1 = fmt(1);
const f2 = fmt(2);

/** The full report of a run: facts, figures, where the CPU went, the warm-up curves, the summary. */
export function formatReport(r: BenchResult): string {
  const runs: { name: string; t: ThroughputResult; trouble?: Record<string, number> }[] = [
    { name: '1 engine alone', t: r.engineAlone },
    { name: '2 + exporter', t: r.withExporter, trouble: r.withExporter.jobTrouble },
    { name: '3 + framework', t: r.framework, trouble: r.framework.jobTrouble },
  ];
  if (r.frameworkDefaults)
    runs.push({
      name: '3b framework defaults',
      t: r.frameworkDefaults,
      trouble: r.frameworkDefaults.jobTrouble,
    });
  const out: string[] = [];
  out.push(`ITSM platform benchmark, ${r.date}`);
  out.push(describeMachine(r));
  out.push(
    `${r.machine.os}; busy cores just before the run: ${f1(r.machine.busyCoresBefore)}; ` +
      `load average ${r.machine.loadAverage.map(f2).join(' ')}`,
  );
  out.push(
    `${r.settings.inFlight} instances in flight, each awaited end to end; warm-up ` +
      `${r.settings.freshEngineWarmupSeconds} s on a fresh engine, ${r.settings.warmupSeconds} s ` +
      `on a warm one; ${r.settings.measureSeconds} s measured.`,
  );
  out.push('');
  out.push(
    table(
      [
        'Throughput',
        'PI/s',
        'done',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'vs 1',
        'quiet PI/s (s)',
        'backpressure',
        'dropped',
        'errors',
      ],
      runs.map(({ name, t }) => [
        name,
        f1(t.perSecond),
        String(t.completed),
        f0(t.latency.p50),
        f0(t.latency.p90),
        f0(t.latency.p99),
        f0(t.latency.max),
        f2(t.perSecond / r.engineAlone.perSecond),
        `${f0(t.quiet.perSecond)} (${t.quiet.seconds})`,
        String(t.backpressureRejections),
        f0(t.engineDroppedRequests),
        String(t.otherErrors),
      ]),
    ),
  );
  out.push(
    `(quiet PI/s: mean of the measured seconds in which other processes used < ${QUIET_LIMIT} ` +
      'cores, and how many there were; backpressure: creations refused with RESOURCE_EXHAUSTED ' +
      "and retried; dropped: the gateway's own count; errors: any other failed creation)",
  );
  out.push('');
  out.push(
    table(
      [
        'CPU in the window',
        'engine',
        'postgres',
        'node',
        'other',
        'machine',
        'engine ms/PI',
        'pg ms/PI',
        'node ms/PI',
      ],
      runs.map(({ name, t }) => [
        name,
        f2(t.cpu.engine),
        f2(t.cpu.postgres),
        f2(t.cpu.node),
        f2(t.cpu.other),
        `${f2(t.cpu.machine)}/${t.cpu.cores}`,
        f1(t.cpu.perItemMs?.engine),
        f1(t.cpu.perItemMs?.postgres),
        f1(t.cpu.perItemMs?.node),
      ]),
    ),
  );
  out.push(
    '(busy cores = CPU seconds per wall second; node = this process: load driver and workers; ' +
      'other = everything else on the machine)',
  );
  out.push('');
  out.push(
    'Per second from the start of the warm-up (of the attempt kept): completions, and below ' +
      'them the cores other processes kept busy ×10',
  );
  for (const { name, t } of runs) {
    out.push(`  ${name.padEnd(22)} ${t.series.join(' ')}`);
    out.push(`  ${''.padEnd(22)} ${t.otherLoadSeries.map((v) => Math.round(v * 10)).join(' ')}`);
  }
  out.push('');
  const perInstance = r.withExporter.exportedRecordsPerInstance;
  if (perInstance) {
    const total = Object.values(perInstance).reduce((a, b) => a + b, 0);
    out.push(
      `Exporter: ${f1(total)} records written per instance (phase 2): ` +
        Object.entries(perInstance)
          .filter(([, n]) => n >= 0.05)
          .map(([k, n]) => `${f1(n)} ${k}`)
          .join(', '),
    );
  }
  if (r.framework.rowsWritten !== undefined)
    out.push(
      `Framework worker: ${r.framework.rowsWritten} rows written in the window for ` +
        `${r.framework.completed} instances completed.`,
    );
  for (const { name, t, trouble } of runs) {
    if (t.otherAttempt)
      out.push(
        `${name}: measured twice because other processes were busy; kept the attempt with less ` +
          `foreign load (the other: ${f1(t.otherAttempt.perSecond)} PI/s with ` +
          `${f2(t.otherAttempt.otherCores)} other cores busy).`,
      );
    for (const [message, n] of Object.entries(t.errorMessages))
      out.push(`${name}: ${n} × creation failed: ${message}`);
    const troubles = Object.entries(trouble ?? {});
    if (troubles.length)
      out.push(
        `${name}: the engine recorded ${troubles.map(([k, n]) => `${n} × ${k}`).join(', ')}`,
      );
  }
  const lag = r.userTaskLag;
  out.push('');
  out.push(
    table(
      [
        `User task → tasks row (${lag.tasks} tasks, ${lag.startRatePerSecond}/s)`,
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
      ],
      [
        ['engine record → row visible', lag.lag],
        ['engine record → exporter transaction', lag.toExporter],
        ['exporter transaction → row visible', lag.exporterToRow],
      ].map(([label, s]) => {
        const v = s as typeof lag.lag;
        return [label as string, f0(v.p50), f0(v.p90), f0(v.p99), f0(v.max)];
      }),
    ),
  );
  if (lag.missing > 0) out.push(`WARNING: ${lag.missing} task rows did not appear within 30 s.`);
  out.push(`(the throughput phases' ${r.skippedBacklog} exported records were skipped first)`);
  out.push('');
  const flows = r.incidentFlow ?? [];
  if (flows.length) {
    const s = flows[0]!;
    out.push(
      `Incident process end to end through the API: ${s.inFlight} incidents in flight, each ` +
        `reported, worked and confirmed by users polling their task list every ${s.pollMs} ms; ` +
        `warm-up ${s.warmupSeconds} s, then ${s.measureSeconds} s measured, per path.`,
    );
    for (const f of flows) out.push(`  ${f.path}: ${INCIDENT_PATHS[f.path].label}`);
    out.push('');
    out.push(
      table(
        [
          'Incident path',
          'closed/s',
          'closed',
          'p50 ms',
          'p90 ms',
          'p99 ms',
          'max ms',
          'jobs/s',
          'jobs/inc',
          'vs ceiling',
          'user tasks/s',
          'req/inc',
          'failed',
          'open at end',
        ],
        flows.map((f) => [
          f.path,
          f2(f.perSecond),
          String(f.closed),
          f0(f.latency.p50),
          f0(f.latency.p90),
          f0(f.latency.p99),
          f0(f.latency.max),
          f1(f.jobsPerSecond),
          f1(f.jobsPerIncident),
          formatShare(f.jobsVsCeiling),
          f1(f.userTasksCompleted / f.measureSeconds),
          f0(f.requestsPerIncident),
          String(f.failed),
          String(f.openAtEnd),
        ]),
      ),
    );
    out.push(
      '(latency: POST /api/incidents answered → incidents.closed_at; jobs/s: JOB COMPLETED ' +
        "records with an engine timestamp in the window; vs ceiling: jobs/s over phase 1's " +
        `${f1(flows[0]!.engineCeiling)} PI/s of a one-job process; req/inc: API requests per ` +
        'closed incident, task-list polls included)',
    );
    out.push('');
    out.push(
      table(
        [
          'CPU in the window',
          'engine',
          'postgres',
          'node',
          'other',
          'machine',
          'engine ms/inc',
          'pg ms/inc',
          'node ms/inc',
        ],
        flows.map((f) => [
          `incident ${f.path}`,
          f2(f.cpu.engine),
          f2(f.cpu.postgres),
          f2(f.cpu.node),
          f2(f.cpu.other),
          `${f2(f.cpu.machine)}/${f.cpu.cores}`,
          f0(f.cpu.perItemMs?.engine),
          f0(f.cpu.perItemMs?.postgres),
          f0(f.cpu.perItemMs?.node),
        ]),
      ),
    );
    out.push('(node = this process: API server, workers, projector and the simulated users)');
    for (const f of flows) {
      out.push('');
      out.push(
        table(
          [`Steps of ${f.path} (ms)`, 'p50', 'p90', 'p99', 'max'],
          Object.entries(f.steps).map(([name, v]) => [
            name,
            f0(v.p50),
            f0(v.p90),
            f0(v.p99),
            f0(v.max),
          ]),
        ),
      );
    }
    out.push(
      "(visible: from the user's previous action until the task is in their list: engine, " +
        'workers, exporter, projector and the polling; claim + complete: both calls, each ' +
        'answered once the engine accepted it and the API wrote the task row; closed after ' +
        'confirmation: from the complete call ' +
        'answered until closed_at, 0 when the incident was closed by then)',
    );
    out.push('');
    out.push('Incidents closed per second from the start of the warm-up:');
    for (const f of flows) out.push(`  ${f.path.padEnd(4)} ${f.series.join(' ')}`);
    for (const f of flows) {
      for (const [message, n] of Object.entries(f.errorMessages))
        out.push(`incident ${f.path}: ${n} × failed: ${message}`);
      const trouble = Object.entries(f.records).filter(
        ([k]) => /^JOB (FAILED|TIMED_OUT|ERROR_THROWN)$/.test(k) || k === 'INCIDENT CREATED',
      );
      if (trouble.length)
        out.push(
          `incident ${f.path}: the engine recorded ${trouble.map(([k, n]) => `${n} × ${k}`).join(', ')} in the window`,
        );
    }
    out.push('');
  }
  if (r.load) out.push(...formatLoad(r), '');
  const warning = contentionWarning(r);
  if (warning) out.push(`WARNING: ${warning}`, '');
  out.push(
    `Wall time ${f0(r.wallSeconds)} s: ` +
      Object.entries(r.timings)
        .map(([k, v]) => `${k} ${f1(v)} s`)
        .join(', '),
  );
  out.push('');
  out.push('Summary (Markdown, for the README):');
  out.push('');
  out.push(renderSummaryMarkdown(r));
  return out.join('\n');
}

/** The people-at-once part: routes as users saw them, incidents meanwhile, and the targets. */
function formatLoad(r: BenchResult): string[] {
  const l = r.load!;
  const out: string[] = [];
  out.push(
    `${l.users} users at once (${l.kinds.reporter} reporting, ${l.kinds.desk} service desk, ` +
      `${l.kinds.customer} customer contacts, ${l.kinds.manager} managers), ${l.thinkMs} ms ± 50 % ` +
      `between actions, ${l.warmupSeconds} s warm-up, ${l.measureSeconds} s measured: ` +
      `${f1(l.requestsPerSecond)} requests/s, ${l.reported} incidents reported, ${l.closed} closed ` +
      `in the window (${f2(l.incidentsPerSecond)}/s), ${l.claimConflicts} claims lost to a colleague`,
  );
  out.push('');
  out.push(
    table(
      ['Route (ms)', 'count', 'p50', 'p95', 'p99', 'max', 'failed'],
      [
        ...Object.entries(l.routes).map(([route, v]) => [
          route,
          String(v.count),
          f0(v.p50),
          f0(v.p95),
          f0(v.p99),
          f0(v.max),
          String(v.failed),
        ]),
        [
          'all',
          String(l.overall.count),
          f0(l.overall.p50),
          f0(l.overall.p95),
          f0(l.overall.p99),
          f0(l.overall.max),
          '',
        ],
      ],
    ),
  );
  for (const [message, n] of Object.entries(l.errors)) out.push(`load: ${n} × ${message}`);
  const per = l.cpu.perItemMs;
  const saturation = r.incidentFlow[0];
  out.push('');
  out.push(
    `CPU ms per incident under load: engine ${f0(per?.engine)} · Postgres ${f0(per?.postgres)} · ` +
      `Node ${f0(per?.node)}; machine ${f2(l.cpu.machine)}/${l.cpu.cores} cores busy, ` +
      `${f2(l.cpu.other)} by other processes`,
  );
  out.push(
    'Targets: API p99 < 100 ms at 50 users: ' +
      `${l.overall.p99 < 100 ? 'met' : 'missed'} (${f0(l.overall.p99)} ms); platform CPU per ` +
      `incident (Postgres + Node) ≤ the engine's: ${
        per && per.postgres + per.node <= per.engine ? 'met' : 'missed'
      }` +
      (saturation
        ? `; at saturation (incident path ${saturation.path}, ${saturation.inFlight} in flight) ` +
          `${f2(saturation.perSecond)} incidents/s, engine ceiling ${f0(r.engineAlone.perSecond)} PI/s`
        : ''),
  );
  return out;
}
