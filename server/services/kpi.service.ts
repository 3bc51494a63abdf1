import type { KpiPeriod, KpiRepository } from '../../db/repositories/kpis.repository.ts';
import { instantAt, localDateOf } from '../../lib/calendar/time-zone.ts';
import { numberingYear } from '../../db/repositories/numbering.ts';
import type { KindKpi, Labels, RecordKind } from '../../lib/records/kind.ts';
import { platformKinds } from '../../lib/records/kinds/index.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';

/** One KPI as GET /api/kpis answers it (api.md). */
export interface KpiValue {
  id: string;
  /** A record kind's objective carries its name in both languages (the §0.7 set is in the UI). */
  labels?: Labels;
  target: number;
  comparator: '>=' | '<=' | '=';
  actual: number | null;
  numerator: number;
  denominator: number;
  met: boolean | null;
  /** Why there is no value yet, when `actual` is null. */
  note?: string;
}

/** The default objective set (§0.7) [default targets]. */
export const DEFAULT_KPI_TARGETS = {
  'customer-satisfaction': { target: 85, comparator: '>=' },
  'incident-response-on-time': { target: 0.97, comparator: '>=' },
  'incident-resolution-rate': { target: 0.96, comparator: '>=' },
  'fault-repair-on-time-exempted': { target: 0.95, comparator: '>=' },
  'complaint-handling-rate': { target: 1, comparator: '=' },
  'major-incidents-per-year': { target: 1, comparator: '<=' },
} as const satisfies Record<string, { target: number; comparator: KpiValue['comparator'] }>;

type KpiId = keyof typeof DEFAULT_KPI_TARGETS;

/** The names of the §0.7 objectives in both languages (a kind's objectives carry their own). */
export const DEFAULT_KPI_LABELS: Readonly<Record<KpiId, Labels>> = {
  'customer-satisfaction': { en: 'Customer satisfaction', 'zh-CN': '客户满意度' },
  'incident-response-on-time': { en: 'Timely service response rate', 'zh-CN': '服务及时响应率' },
  'incident-resolution-rate': { en: 'Incident resolution rate', 'zh-CN': '事件解决率' },
  'fault-repair-on-time-exempted': {
    en: 'Timely fault repair rate (after exemptions)',
    'zh-CN': '故障及时修复率（免责后）',
  },
  'complaint-handling-rate': { en: 'Complaint handling rate', 'zh-CN': '投诉处理率' },
  'major-incidents-per-year': { en: 'Major incidents this year', 'zh-CN': '本年度重大事件数' },
};

/** How a KPI's values read: points (satisfaction), a count (major incidents) or a share. */
export function kpiUnit(id: string): 'points' | 'count' | 'share' {
  if (id === 'customer-satisfaction') return 'points';
  if (id === 'major-incidents-per-year') return 'count';
  return 'share';
}

/** A KPI as a spreadsheet row reads it, in the language: name, target, actual, verdict. */
export function kpiRow(kpi: KpiValue, lang: keyof Labels) {
  const unit = kpiUnit(kpi.id);
  const show = (v: number | null) =>
    v === null
      ? null
      : unit === 'share'
        ? `${(v * 100).toFixed(1).replace(/\.0$/, '')} %`
        : String(v);
  const verdict = { en: ['met', 'missed', 'no data yet'], 'zh-CN': ['达标', '未达标', '暂无数据'] }[
    lang
  ];
  const name =
    kpi.labels?.[lang] ?? (DEFAULT_KPI_LABELS as Record<string, Labels>)[kpi.id]?.[lang] ?? kpi.id;
  return {
    name,
    target: `${kpi.comparator} ${show(kpi.target)}`,
    actual: show(kpi.actual),
    numerator: kpi.numerator,
    denominator: kpi.denominator,
    verdict: kpi.met === null ? verdict[2]! : kpi.met ? verdict[0]! : verdict[1]!,
  };
}

/** Whether `actual` meets `target` under `comparator`; null without a value. */
export function kpiMet(actual: number | null, target: number, comparator: KpiValue['comparator']) {
  if (actual === null) return null;
  if (comparator === '>=') return actual >= target;
  if (comparator === '<=') return actual <= target;
  return Math.abs(actual - target) < 1e-9;
}

function ratio(id: KpiId, numerator: number, denominator: number, note?: string): KpiValue {
  const { target, comparator } = DEFAULT_KPI_TARGETS[id];
  const actual = denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
  return {
    id,
    target,
    comparator,
    actual,
    numerator,
    denominator,
    met: kpiMet(actual, target, comparator),
    ...(actual === null ? { note: note ?? 'no data yet' } : {}),
  };
}

/** One calendar month of a series, clipped to the requested period. */
export interface MonthPeriod {
  /** `YYYY-MM` in the time zone. */
  period: string;
  from: Date;
  to: Date;
}

/**
 * Splits [from, to) into the calendar months of the time zone that it touches, the first and
 * last clipped to the period. Stops after `limit` months plus one, so a caller can refuse an
 * over-long period without building it. An empty or reversed period gives no months.
 */
export function splitIntoMonths(
  from: Date,
  to: Date,
  timeZone = 'Asia/Shanghai',
  limit = Number.POSITIVE_INFINITY,
): MonthPeriod[] {
  const months: MonthPeriod[] = [];
  if (!(from.getTime() < to.getTime())) return months;
  let { year, month } = localDateOf(timeZone, from);
  for (;;) {
    const start = instantAt(timeZone, { year, month, day: 1 }, 0);
    if (start >= to.getTime() || months.length > limit) return months;
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const end = instantAt(timeZone, { ...next, day: 1 }, 0);
    months.push({
      period: `${year}-${String(month).padStart(2, '0')}`,
      from: new Date(Math.max(start, from.getTime())),
      to: new Date(Math.min(end, to.getTime())),
    });
    ({ year, month } = next);
  }
}

/** A kind's objective measured over a period. */
async function kindKpi(
  kpis: KpiRepository,
  kind: RecordKind,
  kpi: KindKpi,
  period: KpiPeriod,
): Promise<KpiValue> {
  const m = kpi.measure;
  const { numerator, denominator } =
    m.kind === 'clock-met'
      ? await kpis.clockMet(kind.type, m.clock, period)
      : await kpis.fieldShare(kind, m, period);
  const actual = denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
  return {
    id: kpi.id,
    labels: kpi.labels,
    target: kpi.target,
    comparator: kpi.comparator,
    actual,
    numerator,
    denominator,
    met: kpiMet(actual, kpi.target, kpi.comparator),
    ...(actual === null ? { note: 'no data yet' } : {}),
  };
}

/**
 * Computes the company objectives of §0.7 from the records, for a period, followed by the
 * objectives each record kind declares.
 */
export function createKpiService(deps: { kpis: KpiRepository; kinds?: KindRegistry }) {
  const kinds = deps.kinds ?? platformKinds();
  return {
    async compute(period: KpiPeriod): Promise<KpiValue[]> {
      const response = await deps.kpis.responseOnTime(period);
      const resolution = await deps.kpis.resolutionRate(period);
      const faultRepair = await deps.kpis.faultRepairOnTime(period);
      // Counted per calendar year (Asia/Shanghai): the year in which the period ends.
      const year = numberingYear(new Date(period.to.getTime() - 1));
      const yearStart = (y: number) =>
        new Date(instantAt('Asia/Shanghai', { year: y, month: 1, day: 1 }, 0));
      const majors = await deps.kpis.majorIncidents({
        from: yearStart(year),
        to: yearStart(year + 1),
        evaluatedAt: period.evaluatedAt,
      });
      const satisfaction = await deps.kpis.relationshipSatisfaction(period);
      const satisfactionTarget = DEFAULT_KPI_TARGETS['customer-satisfaction'];
      const satisfactionActual =
        satisfaction.responses === 0 || satisfaction.mean === null
          ? null
          : Math.round(satisfaction.mean * 10) / 10;
      return [
        {
          id: 'customer-satisfaction',
          ...satisfactionTarget,
          actual: satisfactionActual,
          numerator: satisfactionActual === null ? 0 : satisfactionActual * satisfaction.responses,
          denominator: satisfaction.responses,
          met: kpiMet(satisfactionActual, satisfactionTarget.target, satisfactionTarget.comparator),
          ...(satisfactionActual === null
            ? { note: 'no data yet: the satisfaction survey process is not running' }
            : {}),
        },
        ratio('incident-response-on-time', response.numerator, response.denominator),
        ratio('incident-resolution-rate', resolution.numerator, resolution.denominator),
        ratio('fault-repair-on-time-exempted', faultRepair.numerator, faultRepair.denominator),
        ratio('complaint-handling-rate', 0, 0, 'no data yet: the complaint process is not running'),
        {
          id: 'major-incidents-per-year',
          ...DEFAULT_KPI_TARGETS['major-incidents-per-year'],
          actual: majors,
          numerator: majors,
          denominator: 1,
          met: kpiMet(majors, 1, '<='),
        },
        ...(await Promise.all(
          kinds
            .all()
            .flatMap((kind) =>
              (kind.kpis ?? []).map((kpi) => kindKpi(deps.kpis, kind, kpi, period)),
            ),
        )),
      ];
    },
  };
}

export type KpiService = ReturnType<typeof createKpiService>;
