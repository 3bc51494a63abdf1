import type { Clock } from '../../lib/clock.ts';
import { instantAt, localDateOf } from '../../lib/calendar/time-zone.ts';
import { InputError } from '../errors.ts';
import { INTERNAL_ROLES } from '../access/record-access.ts';
import { kpiRow, splitIntoMonths, type KpiService } from '../services/kpi.service.ts';
import {
  SPREADSHEET_FORMATS,
  writeSpreadsheet,
  type SpreadsheetFormat,
} from '../exports/spreadsheet.ts';
import { labelLocale } from '../forms/pickers.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { arrayOf, instant, obj, ref, SPREADSHEET_CONTENT } from './schemas.ts';

const ZONE = 'Asia/Shanghai';

/** The longest series GET /api/kpis/series computes in one call. */
export const MAX_SERIES_MONTHS = 36;

/** Query-string properties of a reporting period (`from`, `to`, ISO 8601). */
export const PERIOD_QUERY = {
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
} as const;

/** The period of a KPI request: [from, to), by default this year (Asia/Shanghai) up to now. */
export function periodOf(q: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const yearStart = new Date(
    instantAt(ZONE, { year: localDateOf(ZONE, now).year, month: 1, day: 1 }, 0),
  );
  const from = q.from ? new Date(q.from) : yearStart;
  const to = q.to ? new Date(q.to) : now;
  if (from.getTime() >= to.getTime())
    throw new InputError('The period is empty', [{ field: 'from', message: 'must be before to' }]);
  return { from, to };
}

/** GET /api/kpis (api.md): the company objectives of §0.7 computed from the records. */
export function kpiRoutes(deps: { kpis: KpiService; clock: Clock }): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/kpis',
      summary: 'Company objectives (§0.7) for a period, default: this year up to now',
      tag: 'KPIs',
      // Global figures over every customer: the provider's own people only (issue 16).
      access: INTERNAL_ROLES,
      query: {
        type: 'object',
        properties: PERIOD_QUERY,
        additionalProperties: false,
      },
      rules: 'from is before to.',
      success: {
        status: 200,
        description:
          '{ from, to, items: [{ id, target, comparator, actual, numerator, denominator, met }] }',
        schema: obj({ from: instant, to: instant, items: arrayOf(ref('KpiValue')) }),
      },
      async handler(req) {
        const now = deps.clock.now();
        const { from, to } = periodOf(req.query as { from?: string; to?: string }, now);
        const items = await deps.kpis.compute({ from, to, evaluatedAt: now });
        return { body: { from: from.toISOString(), to: to.toISOString(), items } };
      },
    }),
    route({
      method: 'get',
      path: '/api/kpis/series',
      rules: 'from is before to, and to at most 36 months after from.',
      summary:
        'The company objectives (§0.7) month by month (Asia/Shanghai) for a period of at most 36 months',
      tag: 'KPIs',
      // Global figures over every customer: the provider's own people only (issue 16).
      access: INTERNAL_ROLES,
      query: {
        type: 'object',
        properties: {
          ...PERIOD_QUERY,
          interval: { type: 'string', enum: ['month'], default: 'month' },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description:
          "{ interval: 'month', from, to, items: [{ period: 'YYYY-MM', from, to, kpis: [{ id, target, comparator, actual, numerator, denominator, met }] }] }",
        schema: obj({
          interval: { type: 'string', enum: ['month'] },
          from: instant,
          to: instant,
          items: arrayOf(
            obj({
              period: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
              from: instant,
              to: instant,
              kpis: arrayOf(ref('KpiValue')),
            }),
          ),
        }),
      },
      async handler(req) {
        const now = deps.clock.now();
        const { from, to } = periodOf(req.query as { from?: string; to?: string }, now);
        const months = splitIntoMonths(from, to, ZONE, MAX_SERIES_MONTHS);
        if (months.length > MAX_SERIES_MONTHS)
          throw new InputError(`The period spans more than ${MAX_SERIES_MONTHS} months`, [
            { field: 'to', message: `must be at most ${MAX_SERIES_MONTHS} months after from` },
          ]);
        const items = [];
        for (const m of months) {
          items.push({
            period: m.period,
            from: m.from.toISOString(),
            to: m.to.toISOString(),
            kpis: await deps.kpis.compute({ from: m.from, to: m.to, evaluatedAt: now }),
          });
        }
        return {
          body: { interval: 'month', from: from.toISOString(), to: to.toISOString(), items },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/kpis/export',
      rules: 'from is before to.',
      summary:
        "The company objectives for a period as an XLSX or CSV file in the caller's language",
      tag: 'KPIs',
      access: INTERNAL_ROLES,
      query: {
        type: 'object',
        properties: {
          ...PERIOD_QUERY,
          format: { type: 'string', enum: [...SPREADSHEET_FORMATS], default: 'xlsx' },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description: 'The file (Content-Disposition: attachment)',
        content: SPREADSHEET_CONTENT,
      },
      async handler(req) {
        const now = deps.clock.now();
        const q = req.query as { from?: string; to?: string; format: SpreadsheetFormat };
        const { from, to } = periodOf(q, now);
        const items = await deps.kpis.compute({ from, to, evaluatedAt: now });
        const lang = labelLocale(req.user!.locale);
        const header = (en: string, zh: string) => (lang === 'zh-CN' ? zh : en);
        const day = (d: Date) => formatInstant(ZONE, d).slice(0, 10);
        const file = await writeSpreadsheet(
          {
            name: header('Objectives', '服务目标'),
            columns: [
              { key: 'name', header: header('Objective', '指标'), width: 36 },
              { key: 'target', header: header('Target', '目标') },
              { key: 'actual', header: header('Actual', '实际') },
              { key: 'numerator', header: header('Numerator', '分子') },
              { key: 'denominator', header: header('Denominator', '分母') },
              { key: 'verdict', header: header('Verdict', '结论') },
            ],
            rows: items.map((k) => kpiRow(k, lang)),
          },
          q.format,
        );
        return {
          body: file.body,
          contentType: file.contentType,
          filename: `objectives-${day(from)}-${day(new Date(to.getTime() - 1))}.${q.format}`,
        };
      },
    }),
  ];
}
