/**
 * Where the platform's CPU goes in the incident part's measured window (issue 15): a V8 CPU
 * profile of this process (platform and driver share it) and Postgres's statements by
 * pg_stat_statements, both per incident closed. Off unless asked for (`BENCH_CPU_PROFILE`,
 * `BENCH_PG_STATEMENTS`): the profiler itself costs Node CPU, so figures taken with it on are
 * for finding the waste, not for the before/after comparison.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { BenchRepository, StatementStat } from '../../db/repositories/bench.repository.ts';

/** What to collect; env `BENCH_CPU_PROFILE=<file.cpuprofile>`, `BENCH_PG_STATEMENTS=<file.json>`. */
export interface DiagnosticsSettings {
  cpuProfileFile?: string;
  pgStatementsFile?: string;
}

export function diagnosticsSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): DiagnosticsSettings {
  return {
    cpuProfileFile: env.BENCH_CPU_PROFILE || undefined,
    pgStatementsFile: env.BENCH_PG_STATEMENTS || undefined,
  };
}

/** A CPU profile node as V8 writes it (the parts used here). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self and total time (ms) per function of a V8 CPU profile, heaviest self time first. */
export function summariseProfile(profile: {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}): {
  totalMs: number;
  functions: { name: string; selfMs: number; totalMs: number }[];
  packages: { name: string; selfMs: number }[];
} {
  const samples = profile.samples?.length ?? 0;
  const msPerHit = samples ? (profile.endTime - profile.startTime) / 1000 / samples : 0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
    return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
  };
  const pkg = (n: ProfileNode) => {
    const url = n.callFrame.url;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1]!;
    if (!url)
      return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
    if (url.startsWith('node:')) return url;
    return url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const n of profile.nodes) {
    const ms = (n.hitCount ?? 0) * msPerHit;
    if (!ms) continue;
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    packages.set(pkg(n), (packages.get(pkg(n)) ?? 0) + ms);
    // total: each distinct function on the stack once
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  return {
    totalMs: samples * msPerHit,
    functions: [...self]
      .map(([name, selfMs]) => ({ name, selfMs, totalMs: total.get(name) ?? 0 }))
      .sort((a, b) => b.selfMs - a.selfMs),
    packages: [...packages]
      .map(([name, selfMs]) => ({ name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** Starts at the window's start, stops and writes at its end (see {@link DiagnosticsSettings}). */
export function windowDiagnostics(settings: DiagnosticsSettings, bench: BenchRepository) {
  let session: Session | undefined;
  let profile: Parameters<typeof summariseProfile>[0] | undefined;
  let statements: StatementStat[] = [];
  return {
    async onWindow(phase: 'start' | 'end'): Promise<void> {
      if (phase === 'start') {
        if (settings.pgStatementsFile) await bench.resetStatementStats();
        if (settings.cpuProfileFile) {
          session = new Session();
          session.connect();
          await session.post('Profiler.enable');
          await session.post('Profiler.setSamplingInterval', { interval: 500 });
          await session.post('Profiler.start');
        }
        return;
      }
      if (session) {
        const { profile: p } = await session.post('Profiler.stop');
        profile = p as typeof profile;
        session.disconnect();
        session = undefined;
      }
      if (settings.pgStatementsFile) statements = await bench.statementStats(1000);
    },
    /** Writes the files with figures per incident closed in the window. */
    write(closed: number): void {
      const per = (x: number) => (closed > 0 ? x / closed : Number.NaN);
      if (settings.cpuProfileFile && profile) {
        writeFileSync(settings.cpuProfileFile, JSON.stringify(profile));
        const s = summariseProfile(profile);
        writeFileSync(
          `${settings.cpuProfileFile}.summary.json`,
          `${JSON.stringify(
            {
              closed,
              profiledMsPerIncident: per(s.totalMs),
              packages: s.packages
                .slice(0, 40)
                .map((p) => ({ ...p, perIncidentMs: per(p.selfMs) })),
              functions: s.functions.slice(0, 80).map((f) => ({
                ...f,
                selfPerIncidentMs: per(f.selfMs),
                totalPerIncidentMs: per(f.totalMs),
              })),
            },
            null,
            2,
          )}\n`,
        );
      }
      if (settings.pgStatementsFile)
        writeFileSync(
          settings.pgStatementsFile,
          `${JSON.stringify(
            {
              closed,
              callsPerIncident: per(statements.reduce((s, x) => s + x.calls, 0)),
              execMsPerIncident: per(statements.reduce((s, x) => s + x.totalMs, 0)),
              statements: statements.slice(0, 60).map((x) => ({
                callsPerIncident: per(x.calls),
                execMsPerIncident: per(x.totalMs),
                ...x,
              })),
            },
            null,
            2,
          )}\n`,
        );
    },
  };
}
