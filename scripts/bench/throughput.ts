import { Camunda8 } from '@camunda8/sdk';
import type { EngineAddresses } from '../../engine/client.ts';
import { startCpuMeter, type CpuTargets, type CpuUse } from './cpu.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

/** One closed-loop throughput measurement. */
export interface ThroughputResult {
  label: string;
  /** Process instances completed end to end per second, in the measured window. */
  perSecond: number;
  completed: number;
  measureSeconds: number;
  warmupSeconds: number;
  inFlight: number;
  latency: LatencySummary;
  /** Completions per wall second from the start of the warm-up (shows the warm-up curve). */
  series: number[];
  /** Busy cores outside the engine, Postgres and the bench in each of those seconds. */
  otherLoadSeries: number[];
  /**
   * Mean completions per second over the measured seconds in which other processes kept less
   * than `QUIET_LIMIT` cores busy, and how many such seconds there were: on a shared machine,
   * the closest this run came to the figure of a quiet one.
   */
  quiet: { perSecond: number; seconds: number };
  /** When the figure was measured twice (other load), the attempt not kept. */
  otherAttempt?: { perSecond: number; otherCores: number };
  /** Instance creations the engine refused with RESOURCE_EXHAUSTED (backpressure), each retried after 5 ms. */
  backpressureRejections: number;
  /** Requests the gateway counted as dropped during the window (engine metric). */
  engineDroppedRequests?: number;
  otherErrors: number;
  /** Other errors by message (first 100 characters), to say what went wrong. */
  errorMessages: Record<string, number>;
  cpu: CpuUse;
}

/**
 * A client for the load driver only: the SDK's retry is off so that backpressure (gRPC 8)
 * is counted here and retried after 5 ms, instead of being hidden behind the SDK's 1 s+ backoff.
 */
export function createDriverClient(addresses: EngineAddresses) {
  const camunda = new Camunda8({
    ZEEBE_GRPC_ADDRESS: addresses.grpcAddress,
    CAMUNDA_OAUTH_DISABLED: true,
    CAMUNDA_SECURE_CONNECTION: false,
    CAMUNDA_LOG_LEVEL: 'error',
    zeebeGrpcSettings: {
      ZEEBE_CLIENT_LOG_LEVEL: 'NONE',
      ZEEBE_GRPC_CLIENT_RETRY: false,
    },
  });
  return camunda.getZeebeGrpcApiClient();
}

export type DriverClient = ReturnType<typeof createDriverClient>;

/** Sum of a Prometheus counter (all label sets) on the engine's management port. */
export async function engineCounter(managementAddress: string, name: string): Promise<number> {
  try {
    const res = await fetch(`${managementAddress}/actuator/prometheus`, {
      signal: AbortSignal.timeout(3000),
    });
    if (!res.ok) return Number.NaN;
    let sum = 0;
    let seen = false;
    for (const line of (await res.text()).split('\n')) {
      if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) {
        sum += Number(line.slice(line.lastIndexOf(' ') + 1));
        seen = true;
      }
    }
    // Zeebe registers a counter at its first increment: an answering engine without it dropped none.
    return seen ? sum : 0;
  } catch {
    return Number.NaN;
  }
}

const DROPPED = 'zeebe_dropped_request_count_total';

/** Busy cores of other processes below which a second counts as quiet. */
export const QUIET_LIMIT = 0.2;

/** Other load above this (busy cores, window average) makes a figure unreliable. */
export const CONTENTION_LIMIT = 0.25;

/**
 * Keeps `inFlight` instances of `processId` running, each awaited end to end
 * (createProcessInstanceWithResult), for `warmupMs` and then `measureMs`; counts the instances
 * that ended inside the measured window. CPU use of the engine, Postgres and this process is
 * sampled over the same window.
 */
export async function measureThroughput(options: {
  label: string;
  driver: DriverClient;
  processId: string;
  inFlight: number;
  warmupMs: number;
  measureMs: number;
  engine: EngineAddresses;
  cpu: CpuTargets;
  isAborted: () => boolean;
  onWindow?: (phase: 'start' | 'end') => Promise<void> | void;
}): Promise<ThroughputResult> {
  const { driver, processId, inFlight, warmupMs, measureMs } = options;
  const t0 = performance.now();
  const windowStart = t0 + warmupMs;
  const windowEnd = windowStart + measureMs;
  const latencies: number[] = [];
  const series: number[] = [];
  let backpressure = 0;
  let otherErrors = 0;
  let lastError: unknown;
  const errorMessages: Record<string, number> = {};

  let meter: ReturnType<typeof startCpuMeter> | undefined;
  let cpu: CpuUse | undefined;
  let droppedAtStart = Number.NaN;
  let droppedAtEnd = Number.NaN;
  /** Sleeps until `until` (performance.now() time) or until the run is aborted. */
  const waitUntil = async (until: number) => {
    while (performance.now() < until && !options.isAborted())
      await sleep(Math.min(100, until - performance.now()));
  };
  const otherLoadSeries: number[] = [];
  const sampler = (async () => {
    // Second i covers [t0 + i s, t0 + i + 1 s), as `series[i]` does.
    for (let i = 0; t0 + (i + 1) * 1000 <= windowEnd && !options.isAborted(); i++) {
      const m = startCpuMeter(options.cpu);
      await waitUntil(t0 + (i + 1) * 1000);
      otherLoadSeries.push(m.stop().other);
    }
  })();
  const windowTimers = (async () => {
    await waitUntil(windowStart);
    if (options.isAborted()) return;
    meter = startCpuMeter(options.cpu);
    await options.onWindow?.('start');
    droppedAtStart = await engineCounter(options.engine.managementAddress, DROPPED);
    await waitUntil(windowEnd);
    cpu = meter.stop();
    droppedAtEnd = await engineCounter(options.engine.managementAddress, DROPPED);
    await options.onWindow?.('end');
  })();

  async function loop(): Promise<void> {
    while (performance.now() < windowEnd && !options.isAborted()) {
      const started = performance.now();
      try {
        await driver.createProcessInstanceWithResult({ bpmnProcessId: processId, variables: {} });
      } catch (err) {
        const code = (err as { code?: number }).code;
        if (code === 8 || /^8 RESOURCE_EXHAUSTED/.test(String((err as Error).message))) {
          backpressure++;
          await sleep(5);
          continue;
        }
        otherErrors++;
        lastError = err;
        const message = String((err as Error).message ?? err).slice(0, 100);
        errorMessages[message] = (errorMessages[message] ?? 0) + 1;
        if (otherErrors > 50) throw new Error(`${options.label}: too many errors`, { cause: err });
        await sleep(50);
        continue;
      }
      const ended = performance.now();
      const second = Math.floor((ended - t0) / 1000);
      series[second] = (series[second] ?? 0) + 1;
      if (ended >= windowStart && ended < windowEnd) latencies.push(ended - started);
    }
  }

  await Promise.all(Array.from({ length: inFlight }, loop));
  await windowTimers;
  await sampler;
  if (options.isAborted()) throw new Error('aborted');
  if (otherErrors > 0 && latencies.length === 0) {
    throw new Error(`${options.label}: no instance completed`, { cause: lastError });
  }
  const completed = latencies.length;
  const seriesFull = Array.from({ length: series.length }, (_, i) => series[i] ?? 0);
  const quietSeconds: number[] = [];
  for (let i = Math.ceil(warmupMs / 1000); i < Math.floor((warmupMs + measureMs) / 1000); i++) {
    const other = otherLoadSeries[i];
    if (other !== undefined && other < QUIET_LIMIT) quietSeconds.push(seriesFull[i] ?? 0);
  }
  const measureSeconds = measureMs / 1000;
  const usage = cpu!;
  const perItem = (coreUse: number) =>
    completed ? (coreUse * measureSeconds * 1000) / completed : 0;
  usage.perItemMs = {
    engine: perItem(usage.engine),
    postgres: perItem(usage.postgres),
    node: perItem(usage.node),
  };
  return {
    label: options.label,
    perSecond: completed / measureSeconds,
    completed,
    measureSeconds,
    warmupSeconds: warmupMs / 1000,
    inFlight,
    latency: summarize(latencies),
    series: seriesFull,
    otherLoadSeries,
    quiet: {
      perSecond: quietSeconds.length
        ? quietSeconds.reduce((a, b) => a + b, 0) / quietSeconds.length
        : Number.NaN,
      seconds: quietSeconds.length,
    },
    backpressureRejections: backpressure,
    engineDroppedRequests: droppedAtEnd - droppedAtStart,
    otherErrors,
    errorMessages,
    cpu: usage,
  };
}
