import type { Knex } from 'knex';

/** The priorities and clock types SLA compliance is reported by. */
export const SLA_PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const SLA_CLOCK_TYPES = ['response', 'resolution'] as const;

/** Clocks of one priority and clock type stopped in a period, and how many met their target. */
export interface ComplianceRow {
  priority: string;
  clockType: string;
  met: number;
  total: number;
}

/** Open clocks of one priority and clock type already past their target. */
export interface BreachedOpenRow {
  priority: string;
  clockType: string;
  count: number;
}

/**
 * SLA compliance of incidents from `sla_clocks` joined with `incidents` (cancelled incidents
 * excluded). A clock's priority is the one its target was set for; clocks written before the
 * column existed fall back to the incident's priority.
 */
export function createSlaComplianceRepository(db: Knex | Knex.Transaction) {
  const clocks = () =>
    db('sla_clocks as c')
      .join('incidents as i', 'i.id', 'c.record_id')
      .where('c.record_type', 'incident')
      .whereNot('i.status', 'cancelled');

  return {
    /** Per priority and clock type: the clocks stopped in [from, to) and those that met. */
    async stoppedInPeriod(from: Date, to: Date): Promise<ComplianceRow[]> {
      const rows: { priority: string; clock_type: string; met: string; total: string }[] =
        await clocks()
          .where('c.state', 'stopped')
          .where('c.stopped_at', '>=', from)
          .where('c.stopped_at', '<', to)
          .select(
            db.raw('coalesce(c.priority, i.priority) as priority'),
            'c.clock_type',
            db.raw('count(*) filter (where c.met) as met'),
            db.raw('count(*) as total'),
          )
          .groupByRaw('coalesce(c.priority, i.priority), c.clock_type');
      return rows.map((r) => ({
        priority: r.priority,
        clockType: r.clock_type,
        met: Number(r.met),
        total: Number(r.total),
      }));
    },

    /** Per priority and clock type: the clocks still open (running or paused) and breached by `now`. */
    async breachedOpen(now: Date): Promise<BreachedOpenRow[]> {
      const rows: { priority: string; clock_type: string; count: string }[] = await clocks()
        .whereNot('c.state', 'stopped')
        // A paused clock's due time is stale until it resumes, so only a running one is judged by it.
        .where((q) =>
          q
            .whereNotNull('c.breached_at')
            .orWhere((running) => running.where('c.state', 'running').where('c.due_at', '<=', now)),
        )
        .select(db.raw('coalesce(c.priority, i.priority) as priority'), 'c.clock_type')
        .count({ count: '*' })
        .groupByRaw('coalesce(c.priority, i.priority), c.clock_type');
      return rows.map((r) => ({
        priority: r.priority,
        clockType: r.clock_type,
        count: Number(r.count),
      }));
    },
  };
}

export type SlaComplianceRepository = ReturnType<typeof createSlaComplianceRepository>;
