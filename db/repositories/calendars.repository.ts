import type { Knex } from 'knex';
import {
  WEEKDAYS,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDefinition,
  type NationalDaysYear,
  type Weekday,
  type WorkingHours,
} from '../../lib/calendar/types.ts';
import { createAuditRepository } from './audit.repository.ts';

/** First key of the advisory lock that serialises loads of one national year. */
const NATIONAL_YEAR_LOCK = 20261124;

/** A loaded national year as the API lists it. */
export interface NationalYearSummary {
  year: number;
  source: string;
  loadedAt: Date;
  loadedBy: string;
  /** Number of dates (holidays and adjusted working days). */
  dayCount: number;
}

/** A loaded national year with its dates and who loaded it. */
export type StoredNationalYear = NationalDaysYear & { loadedAt: Date; loadedBy: string };

interface CalendarRow {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  time_zone: string;
  working_hours: WorkingHours;
  applies_national_days: boolean;
  adjusted_workday_hours_from: string;
  business_day_minutes: number | null;
}

interface CalendarDayRow {
  calendar_id: string | null;
  date: string;
  kind: CalendarDayKind;
  name_zh: string;
  name_en: string;
  source: string;
}

function toDay(row: CalendarDayRow): CalendarDay {
  return {
    date: row.date,
    kind: row.kind,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    source: row.source,
  };
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

function toDefinition(row: CalendarRow, ownDays: readonly CalendarDay[]): CalendarDefinition {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    timeZone: row.time_zone,
    workingHours: row.working_hours,
    appliesNationalDays: row.applies_national_days,
    adjustedWorkdayHoursFrom: isWeekday(row.adjusted_workday_hours_from)
      ? row.adjusted_workday_hours_from
      : 'mon',
    ...(row.business_day_minutes !== null ? { businessDayMinutes: row.business_day_minutes } : {}),
    ...(ownDays.length ? { ownDays } : {}),
  };
}

function calendarColumns(definition: CalendarDefinition) {
  return {
    name_zh: definition.nameZh,
    name_en: definition.nameEn,
    time_zone: definition.timeZone,
    working_hours: JSON.stringify(definition.workingHours),
    applies_national_days: definition.appliesNationalDays,
    adjusted_workday_hours_from: definition.adjustedWorkdayHoursFrom,
    business_day_minutes: definition.businessDayMinutes ?? null,
  };
}

/**
 * Business calendars and the national days table as data (processes.md §0.4): read into the
 * shapes of lib/calendar (so {@link loadAll} can feed a calendar provider), written by an
 * administrator. Every write is audited in the same transaction.
 */
export function createCalendarsRepository(db: Knex | Knex.Transaction) {
  /** `calendar_days` rows with the date as `YYYY-MM-DD` (a Postgres date, not a JS Date). */
  const dayRows = (trx: Knex | Knex.Transaction) =>
    trx('calendar_days')
      .select('calendar_id', 'kind', 'name_zh', 'name_en', 'source')
      .select(trx.raw('to_char(??, ?) as date', ['date', 'YYYY-MM-DD']))
      .orderBy('date');

  const inTransaction = <T>(run: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    'isTransaction' in db && db.isTransaction
      ? run(db as Knex.Transaction)
      : (db as Knex).transaction(run);

  async function definitionsWhere(code?: string): Promise<CalendarDefinition[]> {
    const rows: CalendarRow[] = await db('calendars')
      .modify((q) => {
        if (code !== undefined) q.where({ code });
      })
      .orderBy('code');
    if (!rows.length) return [];
    const days: CalendarDayRow[] = await dayRows(db).whereIn(
      'calendar_id',
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      toDefinition(row, days.filter((d) => d.calendar_id === row.id).map(toDay)),
    );
  }

  async function nationalYears(): Promise<StoredNationalYear[]> {
    const years: { year: number; source: string; loaded_at: Date; loaded_by: string }[] =
      await db('national_day_years').orderBy('year');
    if (!years.length) return [];
    const days: CalendarDayRow[] = await dayRows(db).whereNull('calendar_id');
    return years.map((y) => ({
      year: y.year,
      source: y.source,
      loadedAt: y.loaded_at,
      loadedBy: y.loaded_by,
      days: days.filter((d) => d.date.startsWith(`${y.year}-`)).map(toDay),
    }));
  }

  return {
    /**
     * Every calendar definition and every loaded national year: the load function of a
     * calendar provider. Dates of the national table outside a loaded year are left out (a
     * year is loaded as a whole or missing, §0.4).
     */
    loadAll: async (): Promise<{
      definitions: CalendarDefinition[];
      nationalYears: NationalDaysYear[];
    }> => {
      const [definitions, years] = await Promise.all([definitionsWhere(), nationalYears()]);
      return {
        definitions,
        nationalYears: years.map(({ year, source, days }) => ({ year, source, days })),
      };
    },

    /** Every calendar definition, by code. */
    async definitions(): Promise<CalendarDefinition[]> {
      return definitionsWhere();
    },

    /** One calendar definition with its own dates, or undefined. */
    async definition(code: string): Promise<CalendarDefinition | undefined> {
      return (await definitionsWhere(code))[0];
    },

    /** The loaded national years, oldest first, without their dates. */
    async nationalYearSummaries(): Promise<NationalYearSummary[]> {
      return (await nationalYears()).map((y) => ({
        year: y.year,
        source: y.source,
        loadedAt: y.loadedAt,
        loadedBy: y.loadedBy,
        dayCount: y.days.length,
      }));
    },

    /** The loaded years as numbers (the national-days warning needs only these). */
    async loadedNationalYears(): Promise<number[]> {
      const rows: { year: number }[] = await db('national_day_years')
        .select('year')
        .orderBy('year');
      return rows.map((r) => r.year);
    },

    /** One loaded national year with its dates, or undefined when the year is missing. */
    async nationalYear(year: number): Promise<StoredNationalYear | undefined> {
      return (await nationalYears()).find((y) => y.year === year);
    },

    /**
     * Creates or replaces a calendar by code, including its own dates (replaced as a whole).
     * Validate the definition first (createBusinessCalendar); this stores what it is given.
     * Returns whether the calendar was created.
     */
    async saveCalendar(
      definition: CalendarDefinition,
      actor: string,
      at: Date,
    ): Promise<{ created: boolean }> {
      return inTransaction(async (trx) => {
        const existing: CalendarRow | undefined = await trx('calendars')
          .where({ code: definition.code })
          .forUpdate()
          .first();
        const audit = createAuditRepository(trx);
        let id: string;
        let before: CalendarDefinition | undefined;
        if (existing) {
          const ownDays: CalendarDayRow[] = await dayRows(trx).where({ calendar_id: existing.id });
          before = toDefinition(existing, ownDays.map(toDay));
          id = existing.id;
          await trx('calendars')
            .where({ id })
            .update({ ...calendarColumns(definition), updated_at: at, updated_by: actor });
          await trx('calendar_days').where({ calendar_id: id }).delete();
        } else {
          const [row] = await trx('calendars')
            .insert({
              code: definition.code,
              ...calendarColumns(definition),
              created_at: at,
              created_by: actor,
              updated_at: at,
              updated_by: actor,
            })
            .returning('id');
          id = String(row.id);
        }
        const ownDays = definition.ownDays ?? [];
        if (ownDays.length) {
          await trx('calendar_days').insert(
            ownDays.map((d) => ({
              calendar_id: id,
              date: d.date,
              kind: d.kind,
              name_zh: d.nameZh,
              name_en: d.nameEn,
              source: d.source,
            })),
          );
        }
        await audit.append({
          table: 'calendars',
          recordId: id,
          action: existing ? 'update' : 'create',
          before,
          after: definition,
          actor,
          at,
        });
        return { created: !existing };
      });
    },

    /**
     * Replaces one national year in one transaction: its `calendar_days` rows (national
     * table) and its `national_day_years` row, audited with the dates before and after.
     * Validate the dates first (each within `year`, no duplicates).
     */
    async replaceNationalYear(
      table: NationalDaysYear,
      actor: string,
      at: Date,
    ): Promise<{ replaced: boolean }> {
      return inTransaction(async (trx) => {
        // Serialises concurrent loads of the same year, also when its row does not exist yet.
        await trx.raw('select pg_advisory_xact_lock(?, ?)', [NATIONAL_YEAR_LOCK, table.year]);
        const previous: { year: number; source: string } | undefined = await trx(
          'national_day_years',
        )
          .where({ year: table.year })
          .first();
        const from = `${table.year}-01-01`;
        const to = `${table.year}-12-31`;
        const beforeDays: CalendarDayRow[] = await dayRows(trx)
          .whereNull('calendar_id')
          .whereBetween('date', [from, to]);
        await trx('calendar_days')
          .whereNull('calendar_id')
          .whereBetween('date', [from, to])
          .delete();
        if (table.days.length) {
          await trx('calendar_days').insert(
            table.days.map((d) => ({
              calendar_id: null,
              date: d.date,
              kind: d.kind,
              name_zh: d.nameZh,
              name_en: d.nameEn,
              source: d.source,
            })),
          );
        }
        await trx('national_day_years')
          .insert({ year: table.year, source: table.source, loaded_at: at, loaded_by: actor })
          .onConflict('year')
          .merge(['source', 'loaded_at', 'loaded_by']);
        await createAuditRepository(trx).append({
          table: 'national_day_years',
          recordId: String(table.year),
          action: previous ? 'replace' : 'load',
          before: previous ? { source: previous.source, days: beforeDays.map(toDay) } : undefined,
          after: { source: table.source, days: table.days },
          actor,
          at,
        });
        return { replaced: Boolean(previous) };
      });
    },
  };
}

export type CalendarsRepository = ReturnType<typeof createCalendarsRepository>;
