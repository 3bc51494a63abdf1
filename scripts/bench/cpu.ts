import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc's CPU times (USER_HZ, practically always 100). */
const CLK_TCK = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statFields(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used by a process (all its threads), plus, with `withChildren`, by its
 * live children and the children it has already reaped (Postgres backends).
 */
function cpuSeconds(pid: number | undefined, withChildren: boolean): number {
  if (!pid) return 0;
  const f = statFields(pid);
  if (!f) return 0;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
  let ticks = Number(f[11]) + Number(f[12]);
  if (withChildren) {
    ticks += Number(f[13]) + Number(f[14]);
    for (const child of childrenOf(pid)) {
      const c = statFields(child);
      if (c) ticks += Number(c[11]) + Number(c[12]) + Number(c[13]) + Number(c[14]);
    }
  }
  return ticks / CLK_TCK;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(Number(entry));
    if (f && Number(f[1]) === pid) found.push(Number(entry));
  }
  return found;
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest times are already in user)
  const total = v.slice(0, 8).reduce((s, x) => s + x, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: (total - idle) / CLK_TCK, total: total / CLK_TCK };
}

/** Where the CPU went during a window, in cores (CPU seconds per wall second). */
export interface CpuUse {
  engine: number;
  postgres: number;
  node: number;
  /** Everything else busy on the machine (other people's runs, the OS). */
  other: number;
  /** Busy cores of the whole machine. */
  machine: number;
  cores: number;
  /** CPU milliseconds per completed item, by part (filled by the caller). */
  perItemMs?: { engine: number; postgres: number; node: number };
}

/** Which processes to account for. */
export interface CpuTargets {
  enginePid?: number;
  postgresPid?: number;
}

/** Samples CPU counters now; `stop()` returns the use since then. */
export function startCpuMeter(targets: CpuTargets): { stop(): CpuUse & { seconds: number } } {
  const t0 = performance.now();
  const e0 = cpuSeconds(targets.enginePid, false);
  const p0 = cpuSeconds(targets.postgresPid, true);
  const n0 = process.cpuUsage();
  const m0 = machineSeconds();
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      const engine = cpuSeconds(targets.enginePid, false) - e0;
      const postgres = cpuSeconds(targets.postgresPid, true) - p0;
      const n = process.cpuUsage(n0);
      const node = (n.user + n.system) / 1e6;
      const m1 = machineSeconds();
      const machine = m1.busy - m0.busy;
      const per = (x: number) => x / seconds;
      return {
        seconds,
        engine: per(engine),
        postgres: per(postgres),
        node: per(node),
        other: per(Math.max(0, machine - engine - postgres - node)),
        machine: per(machine),
        cores: os.cpus().length,
      };
    },
  };
}

/** Busy cores of the machine over a short sample (before the run: is someone else busy?). */
export async function machineLoad(sampleMs = 1000): Promise<number> {
  const m0 = machineSeconds();
  await new Promise((r) => setTimeout(r, sampleMs));
  const m1 = machineSeconds();
  return (m1.busy - m0.busy) / (sampleMs / 1000);
}
