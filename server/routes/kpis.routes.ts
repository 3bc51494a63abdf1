import type { Clock } from '../../lib/clock.ts';
import { instantAt, localDateOf } from '../../lib/calendar/time-zone.ts';
import { InputError } from '../errors.ts';
import type { KpiService } from '../services/kpi.service.ts';
import { route, type RouteSpec } from './route-spec.ts';

const ZONE = 'Asia/Shanghai';

/** GET /api/kpis (api.md): the company objectives of §0.7 computed from the records. */
export function kpiRoutes(deps: { kpis: KpiService; clock: Clock }): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/kpis',
      summary: 'Company objectives (§0.7) for a period, default: this year up to now',
      tag: 'KPIs',
      access: 'authenticated',
      query: {
        type: 'object',
        properties: {
          from: { type: 'string', format: 'date-time' },
          to: { type: 'string', format: 'date-time' },
        },
        additionalProperties: false,
      },
      success: {
        status: 200,
        description:
          '{ from, to, items: [{ id, target, comparator, actual, numerator, denominator, met }] }',
      },
      async handler(req) {
        const q = req.query as { from?: string; to?: string };
        const now = deps.clock.now();
        const yearStart = new Date(
          instantAt(ZONE, { year: localDateOf(ZONE, now).year, month: 1, day: 1 }, 0),
        );
        const from = q.from ? new Date(q.from) : yearStart;
        const to = q.to ? new Date(q.to) : now;
        if (from.getTime() >= to.getTime())
          throw new InputError('The period is empty', [
            { field: 'from', message: 'must be before to' },
          ]);
        const items = await deps.kpis.compute({ from, to, evaluatedAt: now });
        return { body: { from: from.toISOString(), to: to.toISOString(), items } };
      },
    }),
  ];
}
