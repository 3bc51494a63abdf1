import {
  SLA_CLOCK_TYPES,
  SLA_PRIORITIES,
  type BreachedOpenRow,
  type ComplianceRow,
  type SlaComplianceRepository,
} from '../../db/repositories/sla-compliance.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import { INTERNAL_ROLES } from '../access/record-access.ts';
import { PERIOD_QUERY, periodOf } from './kpis.routes.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { arrayOf, instant, int, nullable, num, obj, str } from './schemas.ts';

/** One cell of the compliance table: a priority and clock type. */
export interface ComplianceItem {
  priority: string;
  clockType: string;
  met: number;
  total: number;
  /** met / total rounded to 4 places; null without stopped clocks. */
  rate: number | null;
}

/**
 * The full P1–P4 × response/resolution table from the counted rows (cells without clocks
 * included as zero), and the breached open clocks in the same order.
 */
export function complianceTable(
  stopped: readonly ComplianceRow[],
  breached: readonly BreachedOpenRow[],
): {
  items: ComplianceItem[];
  breachedOpen: { priority: string; clockType: string; count: number }[];
} {
  const cells = SLA_PRIORITIES.flatMap((priority) =>
    SLA_CLOCK_TYPES.map((clockType) => ({ priority, clockType })),
  );
  const same = (a: { priority: string; clockType: string }) => (b: typeof a) =>
    a.priority === b.priority && a.clockType === b.clockType;
  return {
    items: cells.map((cell) => {
      const row = stopped.find(same(cell));
      const met = row?.met ?? 0;
      const total = row?.total ?? 0;
      return {
        ...cell,
        met,
        total,
        rate: total === 0 ? null : Math.round((met / total) * 10_000) / 10_000,
      };
    }),
    breachedOpen: cells.map((cell) => ({
      ...cell,
      count: breached.find(same(cell))?.count ?? 0,
    })),
  };
}

/** GET /api/sla/compliance: SLA compliance of incidents by priority and clock type. */
export function slaRoutes(deps: {
  compliance: SlaComplianceRepository;
  clock: Clock;
}): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/api/sla/compliance',
      summary:
        'SLA compliance of incidents by priority and clock type: clocks stopped in the period (default: this year up to now) and open clocks already breached',
      tag: 'SLA',
      // Global figures over every customer: the provider's own people only (issue 16).
      access: INTERNAL_ROLES,
      query: { type: 'object', properties: PERIOD_QUERY, additionalProperties: false },
      success: {
        status: 200,
        description:
          '{ from, to, items: [{ priority, clockType, met, total, rate }], breachedOpen: [{ priority, clockType, count }] }',
        schema: obj({
          from: instant,
          to: instant,
          items: arrayOf(
            obj({ priority: str, clockType: str, met: int, total: int, rate: nullable(num) }),
          ),
          breachedOpen: arrayOf(obj({ priority: str, clockType: str, count: int })),
        }),
      },
      async handler(req) {
        const now = deps.clock.now();
        const { from, to } = periodOf(req.query as { from?: string; to?: string }, now);
        const [stopped, breached] = await Promise.all([
          deps.compliance.stoppedInPeriod(from, to),
          deps.compliance.breachedOpen(now),
        ]);
        return {
          body: {
            from: from.toISOString(),
            to: to.toISOString(),
            ...complianceTable(stopped, breached),
          },
        };
      },
    }),
  ];
}
