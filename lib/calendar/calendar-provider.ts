/**
 * One source of business calendars for every worker and the API (processes.md §0.4): the
 * calendar definitions and the national table are data, loaded through `load` and joined by
 * {@link createBusinessCalendar}. Results are cached for a short time, so a calendar or a
 * national year an administrator loads is seen by other processes within seconds, and at once
 * in the process that called {@link CalendarProvider.invalidate}.
 */
import {
  CalendarDataError,
  createBusinessCalendar,
  type BusinessCalendar,
  type CalendarDataProblem,
} from './business-calendar.ts';
import type { CalendarDefinition, NationalDaysYear } from './types.ts';

/** Business calendars by code, built from the stored data. */
export interface CalendarProvider {
  /** The calendar of a code; throws {@link CalendarDataError} when unknown or invalid. */
  get(code: string): Promise<BusinessCalendar>;
  /** Every valid calendar by code. */
  all(): Promise<Map<string, BusinessCalendar>>;
  /** Forgets the cached data: the next call loads again (after a calendar or national year changes). */
  invalidate(): void;
}

/** What the provider loads: every calendar definition and every loaded national year. */
export type CalendarDataLoader = () => Promise<{
  definitions: CalendarDefinition[];
  nationalYears: NationalDaysYear[];
}>;

/**
 * Problem code of a calendar code that has no definition. Not (yet) a member of
 * {@link CalendarDataProblem} in business-calendar.ts, hence the widening here.
 */
export const UNKNOWN_CALENDAR = 'UNKNOWN_CALENDAR' as CalendarDataProblem;

/** How long loaded data is used before it is read again [default]. */
export const DEFAULT_CALENDAR_TTL_MS = 5_000;

interface Snapshot {
  calendars: Map<string, BusinessCalendar>;
  /** Definitions that could not be built, with the reason, so `get` can say why. */
  invalid: Map<string, CalendarDataError>;
  loadedAt: number;
}

/**
 * Builds a provider over a loader. Concurrent callers share one load; a failed load is not
 * cached. A definition that fails validation does not hide the others: only asking for it
 * throws.
 */
export function createCalendarProvider(
  load: CalendarDataLoader,
  options: { ttlMs?: number } = {},
): CalendarProvider {
  const ttlMs = options.ttlMs ?? DEFAULT_CALENDAR_TTL_MS;
  let cached: Snapshot | undefined;
  let loading: Promise<Snapshot> | undefined;
  // Bumped by invalidate(): a load that started before it must not be cached after it.
  let generation = 0;

  async function build(): Promise<Snapshot> {
    const { definitions, nationalYears } = await load();
    const calendars = new Map<string, BusinessCalendar>();
    const invalid = new Map<string, CalendarDataError>();
    for (const definition of definitions) {
      try {
        calendars.set(definition.code, createBusinessCalendar(definition, nationalYears));
      } catch (err) {
        if (!(err instanceof CalendarDataError)) throw err;
        invalid.set(definition.code, err);
      }
    }
    return { calendars, invalid, loadedAt: Date.now() };
  }

  function snapshot(): Promise<Snapshot> {
    if (cached && Date.now() - cached.loadedAt < ttlMs) return Promise.resolve(cached);
    if (loading) return loading;
    const startedIn = generation;
    const current = build().then(
      (built) => {
        if (startedIn === generation) cached = built;
        if (loading === current) loading = undefined;
        return built;
      },
      (err: unknown) => {
        if (loading === current) loading = undefined;
        throw err;
      },
    );
    loading = current;
    return current;
  }

  return {
    async get(code) {
      const { calendars, invalid } = await snapshot();
      const calendar = calendars.get(code);
      if (calendar) return calendar;
      throw (
        invalid.get(code) ?? new CalendarDataError(UNKNOWN_CALENDAR, `unknown calendar ${code}`)
      );
    },
    async all() {
      return new Map((await snapshot()).calendars);
    },
    invalidate() {
      generation += 1;
      cached = undefined;
      loading = undefined;
    },
  };
}
