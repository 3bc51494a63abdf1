import type { Knex } from 'knex';
import type { RecordKind } from '../../lib/records/kind.ts';
import { columnOf } from '../../lib/records/schema.ts';

/** A ratio's parts for one KPI and period. */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/** A period [from, to) and the evaluation instant. */
export interface KpiPeriod {
  from: Date;
  to: Date;
  /** When the KPI is evaluated ("closed by the evaluation date"). */
  evaluatedAt: Date;
}

const count = async (q: Knex.QueryBuilder): Promise<number> => {
  const [row] = await q.count({ n: '*' });
  return Number(row?.n ?? 0);
};

/** The counts behind the §0.7 incident objectives, computed from the records. */
export function createKpiRepository(db: Knex) {
  return {
    /**
     * `incident-response-on-time`: incidents whose response clock stopped in the period with
     * `met`, over all whose response clock stopped in the period; cancelled ones excluded.
     * (Service requests join when their process exists.)
     */
    async responseOnTime(p: KpiPeriod): Promise<Ratio> {
      const base = () =>
        db('sla_clocks as c')
          .join('incidents as i', 'i.id', 'c.record_id')
          .where('c.record_type', 'incident')
          .where('c.clock_type', 'response')
          .where('c.state', 'stopped')
          .where('c.stopped_at', '>=', p.from)
          .where('c.stopped_at', '<', p.to)
          .whereNot('i.status', 'cancelled');
      return {
        numerator: await count(base().where('c.met', true)),
        denominator: await count(base()),
      };
    },

    /**
     * `incident-resolution-rate`: incidents logged in the period that are closed with a
     * confirmed resolution by the evaluation date, over those logged; cancelled excluded.
     */
    async resolutionRate(p: KpiPeriod): Promise<Ratio> {
      const base = () =>
        db('incidents')
          .where('created_at', '>=', p.from)
          .where('created_at', '<', p.to)
          .whereNot('status', 'cancelled');
      const closed = base()
        .where('status', 'closed')
        .where('closed_at', '<=', p.evaluatedAt)
        .where('service_restored_confirmed', true)
        .where('resolution_accepted', true);
      return { numerator: await count(closed), denominator: await count(base()) };
    },

    /**
     * `fault-repair-on-time-exempted`: interruptions and degradations closed in the period
     * whose resolution clock met its target, over such incidents minus the exempted ones.
     */
    async faultRepairOnTime(p: KpiPeriod): Promise<Ratio> {
      const base = () =>
        db('incidents as i')
          .join('sla_clocks as c', function () {
            this.on('c.record_id', '=', 'i.id')
              .andOn('c.record_type', '=', db.raw('?', ['incident']))
              .andOn('c.clock_type', '=', db.raw('?', ['resolution']));
          })
          .whereIn('i.type', ['interruption', 'degradation'])
          .where('i.status', 'closed')
          .where('i.closed_at', '>=', p.from)
          .where('i.closed_at', '<', p.to)
          .where('i.exempt', false);
      return {
        numerator: await count(base().where('c.met', true)),
        denominator: await count(base()),
      };
    },

    /** `major-incidents-per-year`: major incidents declared in the period. */
    async majorIncidents(p: KpiPeriod): Promise<number> {
      return count(
        db('major_incidents').where('created_at', '>=', p.from).where('created_at', '<', p.to),
      );
    },

    /**
     * A kind's `clock-met` objective: of its clocks of this type that stopped in the period,
     * those that met their target.
     */
    async clockMet(recordType: string, clockType: string, p: KpiPeriod): Promise<Ratio> {
      const base = () =>
        db('sla_clocks')
          .where({ record_type: recordType, clock_type: clockType, state: 'stopped' })
          .where('stopped_at', '>=', p.from)
          .where('stopped_at', '<', p.to);
      return {
        numerator: await count(base().where('met', true)),
        denominator: await count(base()),
      };
    },

    /**
     * A kind's `share` objective: of its records whose date field falls in the period, those
     * whose field (an unset one read as `missingAs`) equals the value.
     */
    async fieldShare(
      kind: RecordKind,
      m: { dateField: string; field: string; equals: unknown; missingAs?: unknown },
      p: KpiPeriod,
    ): Promise<Ratio> {
      const valueOf = (name: string, cast: string) =>
        kind.fields[name]?.column
          ? db.raw(`??::${cast}`, [columnOf(kind, name)])
          : db.raw(`(attributes ->> ?)::${cast}`, [name]);
      const at = valueOf(m.dateField, 'timestamptz');
      const base = () => db(kind.table).where(at, '>=', p.from).where(at, '<', p.to);
      const value = valueOf(m.field, 'text');
      const missing = m.missingAs === undefined ? null : String(m.missingAs);
      const matching = base().whereRaw('coalesce(?, ?) = ?', [value, missing, String(m.equals)]);
      return { numerator: await count(matching), denominator: await count(base()) };
    },

    /** Relationship-survey responses (§14) in the period: mean score and count. */
    async relationshipSatisfaction(
      p: KpiPeriod,
    ): Promise<{ mean: number | null; responses: number }> {
      const [row] = await db('satisfaction_responses')
        .where('kind', 'relationship')
        .where('responded_at', '>=', p.from)
        .where('responded_at', '<', p.to)
        .select(db.raw('avg(score)::float as mean'), db.raw('count(*)::int as n'));
      return { mean: row?.mean ?? null, responses: Number(row?.n ?? 0) };
    },
  };
}

export type KpiRepository = ReturnType<typeof createKpiRepository>;
