import type { Knex } from 'knex';
import { createCalendarsRepository } from '../../db/repositories/calendars.repository.ts';
import {
  CalendarDataError,
  createBusinessCalendar,
  type CalendarDataProblem,
} from '../../lib/calendar/business-calendar.ts';
import type { CalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import { parseDate } from '../../lib/calendar/time-zone.ts';
import {
  WEEKDAYS,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDefinition,
  type Weekday,
  type WorkingHours,
} from '../../lib/calendar/types.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Role } from '../auth/roles.ts';
import { InputError, NotFoundError, type FieldProblem } from '../errors.ts';
import { route, type RouteSpec } from './route-spec.ts';
import { TIME_ZONES } from './time-zones.ts';
import { arrayOf, bool, int, isoText, nullable, obj, pageOf, str } from './schemas.ts';

/**
 * Business calendars and the national days table (processes.md §0.4) as data: every signed-in
 * user reads them; `admin` changes a calendar or loads a national year. A change invalidates
 * the calendar provider and then calls `onCalendarDataChanged`, which recalculates the open
 * SLA clocks (§0.5 rule 4) and says how many it recalculated.
 */

/** Called after calendar data changed; returns the number of recalculated clocks. */
export type CalendarDataChangedHook = (change: {
  at: Date;
  actor: string;
  reason: string;
}) => Promise<number>;

const ADMIN: readonly Role[] = ['admin'];
const TAG = 'Calendars';

/** `HH:MM` from 00:00 to 24:00. */
const TIME = '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
const CALENDAR_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
/** The path segment of the national-days routes; no calendar may take it as its code. */
const NATIONAL_DAYS = 'national-days';
const KINDS: readonly CalendarDayKind[] = ['holiday', 'adjusted_workday'];

const intervalSchema = {
  type: 'object',
  properties: { from: { type: 'string', pattern: TIME }, to: { type: 'string', pattern: TIME } },
  required: ['from', 'to'],
  additionalProperties: false,
};

const workingHoursSchema = {
  type: 'object',
  properties: Object.fromEntries(
    WEEKDAYS.map((d) => [d, { type: 'array', items: intervalSchema, maxItems: 12 }]),
  ),
  required: [...WEEKDAYS],
  additionalProperties: false,
};

const dayFields = {
  date: { type: 'string', format: 'date' },
  kind: { type: 'string', enum: [...KINDS] },
  nameZh: { type: 'string', minLength: 1, maxLength: 100 },
  nameEn: { type: 'string', minLength: 1, maxLength: 100 },
};

const calendarBody = {
  type: 'object',
  properties: {
    nameZh: { type: 'string', minLength: 1, maxLength: 200 },
    nameEn: { type: 'string', minLength: 1, maxLength: 200 },
    timeZone: {
      type: 'string',
      enum: TIME_ZONES,
      description: 'An IANA time zone, e.g. Asia/Shanghai',
    },
    workingHours: {
      ...workingHoursSchema,
      allOf: [
        {
          description:
            'needs working hours on some weekday: no working hours on any weekday is refused',
          anyOf: WEEKDAYS.map((d) => ({ properties: { [d]: { minItems: 1 } }, required: [d] })),
        },
      ],
    },
    appliesNationalDays: { type: 'boolean' },
    adjustedWorkdayHoursFrom: { type: 'string', enum: [...WEEKDAYS] },
    businessDayMinutes: { type: ['integer', 'null'], minimum: 1, maximum: 1440 },
    ownDays: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        properties: { ...dayFields, source: { type: 'string', minLength: 1, maxLength: 500 } },
        required: ['date', 'kind', 'nameZh', 'nameEn'],
        additionalProperties: false,
      },
    },
  },
  required: ['nameZh', 'nameEn', 'timeZone', 'workingHours', 'appliesNationalDays'],
  additionalProperties: false,
};

const nationalYearBody = {
  type: 'object',
  properties: {
    source: { type: 'string', minLength: 1, maxLength: 500 },
    days: {
      type: 'array',
      minItems: 1,
      maxItems: 366,
      items: {
        type: 'object',
        properties: dayFields,
        required: ['date', 'kind', 'nameZh', 'nameEn'],
        additionalProperties: false,
      },
    },
  },
  required: ['source', 'days'],
  additionalProperties: false,
};

/** Which body field a calendar data problem is about. */
const FIELD_OF_PROBLEM: Partial<Record<CalendarDataProblem, string>> = {
  INVALID_TIME_ZONE: 'timeZone',
  INVALID_INTERVAL: 'workingHours',
  NO_WORKING_TIME: 'workingHours',
  INVALID_BUSINESS_DAY: 'businessDayMinutes',
  INVALID_DATE: 'ownDays',
  DUPLICATE_DATE: 'ownDays',
};

interface DayInput {
  date: string;
  kind: CalendarDayKind;
  nameZh: string;
  nameEn: string;
  source?: string;
}

function checkCode(code: string | undefined): string {
  if (!code || !CALENDAR_CODE.test(code) || code === NATIONAL_DAYS)
    throw new InputError(`Invalid calendar code "${code ?? ''}"`, [
      {
        field: 'code',
        message: `must be letters, digits, ".", "_" or "-" (up to 50), and not "${NATIONAL_DAYS}"`,
      },
    ]);
  return code;
}

function checkYear(value: string | undefined): number {
  const year = Number(value);
  if (!value || !/^\d{4}$/.test(value) || year < 1900 || year > 2999)
    throw new InputError(`Invalid year "${value ?? ''}"`, [
      { field: 'year', message: 'must be a year from 1900 to 2999' },
    ]);
  return year;
}

/** 400 naming each entry whose date is not a real date of `year` or repeats an earlier one. */
function nationalDayProblems(year: number, days: readonly DayInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  for (const [i, day] of days.entries()) {
    const field = `days.${i}.date`;
    const date = parseDate(day.date);
    if (!date) problems.push({ field, message: `${day.date} is not a date` });
    else if (date.year !== year) problems.push({ field, message: `${day.date} is not in ${year}` });
    const earlier = firstIndex.get(day.date);
    if (earlier !== undefined)
      problems.push({ field, message: `${day.date} is given twice (also days.${earlier}.date)` });
    else firstIndex.set(day.date, i);
  }
  return problems;
}

const CALENDAR_DAY = obj({ date: str, kind: str, nameZh: str, nameEn: str, source: str }, [
  'date',
  'kind',
]);
const CALENDAR = obj(
  {
    code: str,
    nameZh: str,
    nameEn: str,
    timeZone: str,
    workingHours: { type: 'object' },
    appliesNationalDays: bool,
    adjustedWorkdayHoursFrom: str,
    businessDayMinutes: int,
    ownDays: arrayOf(CALENDAR_DAY),
  },
  ['code', 'nameZh', 'nameEn', 'timeZone', 'workingHours', 'appliesNationalDays'],
);
const SAVED = obj({ calendar: CALENDAR, created: bool, recalculatedClocks: int });
const CODE_PARAM = {
  code: { type: 'string', pattern: CALENDAR_CODE.source, not: { const: NATIONAL_DAYS } },
};
/** A year from 1900 to 2999. */
const YEAR_PARAM = { year: { type: 'string', pattern: '^(19|2\\d)\\d{2}$' } };

/** The calendar routes (see the module comment). */
export function calendarRoutes(deps: {
  db: Knex;
  clock: Clock;
  calendars: CalendarProvider;
  onCalendarDataChanged?: CalendarDataChangedHook;
}): RouteSpec[] {
  const repo = createCalendarsRepository(deps.db);
  const changed: CalendarDataChangedHook = deps.onCalendarDataChanged ?? (async () => 0);

  return [
    // The national-days routes come first: /api/calendars/:code would match their path.
    route({
      method: 'get',
      path: '/api/calendars/national-days',
      summary: 'The loaded years of the national holidays and adjusted working days',
      tag: TAG,
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ items: [{ year, source, loadedAt, loadedBy, dayCount }], total }',
        schema: pageOf(
          obj({
            year: int,
            source: str,
            loadedAt: isoText,
            loadedBy: nullable(str),
            dayCount: int,
          }),
        ),
      },
      async handler() {
        const items = await repo.nationalYearSummaries();
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/calendars/national-days/:year',
      params: YEAR_PARAM,
      summary: 'One loaded national year with its dates (404 while the year is missing)',
      tag: TAG,
      access: 'authenticated',
      success: {
        status: 200,
        description: '{ year, source, loadedAt, loadedBy, days }',
        schema: obj(
          {
            year: int,
            source: str,
            loadedAt: isoText,
            loadedBy: nullable(str),
            days: arrayOf(CALENDAR_DAY),
          },
          ['year', 'source', 'days'],
        ),
      },
      async handler(req) {
        const year = checkYear(req.params.year);
        const found = await repo.nationalYear(year);
        if (!found) throw new NotFoundError(`The national days of ${year} are not loaded`);
        return { body: found };
      },
    }),
    route({
      method: 'put',
      path: '/api/calendars/national-days/:year',
      rules: 'Each date lies in the year of the path and appears once (400 naming the entry).',
      params: YEAR_PARAM,
      summary:
        'Load or replace a national year (State Council notice); recalculates the open SLA clocks',
      tag: TAG,
      access: ADMIN,
      body: nationalYearBody,
      success: {
        status: 200,
        description: '{ year, source, days, recalculatedClocks }',
        schema: obj({
          year: int,
          source: str,
          days: arrayOf(CALENDAR_DAY),
          recalculatedClocks: int,
        }),
      },
      async handler(req) {
        const year = checkYear(req.params.year);
        const { source, days } = req.body as { source: string; days: DayInput[] };
        const problems = nationalDayProblems(year, days);
        if (problems.length)
          throw new InputError(
            `Invalid national days: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
            problems,
          );
        const table = {
          year,
          source,
          days: [...days]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((d): CalendarDay => ({ ...d, source })),
        };
        const actor = req.user!.username;
        const at = deps.clock.now();
        await repo.replaceNationalYear(table, actor, at);
        deps.calendars.invalidate();
        const recalculatedClocks = await changed({
          at,
          actor,
          reason: `national days ${year} loaded`,
        });
        return { body: { year, source, days: table.days, recalculatedClocks } };
      },
    }),
    route({
      method: 'get',
      path: '/api/calendars',
      summary: 'Business calendars (working hours, national days applied, own dates)',
      tag: TAG,
      access: 'authenticated',
      success: { status: 200, description: '{ items, total }', schema: pageOf(CALENDAR) },
      async handler() {
        const items = await repo.definitions();
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'get',
      path: '/api/calendars/:code',
      // Without the "not": GET /api/calendars/national-days is its own operation, and a
      // concrete path matches before a templated one (OpenAPI 3.1, Paths Object).
      params: { code: { type: 'string', pattern: CALENDAR_CODE.source } },
      summary: 'One business calendar',
      tag: TAG,
      access: 'authenticated',
      success: { status: 200, description: 'The calendar definition', schema: CALENDAR },
      async handler(req) {
        const code = checkCode(req.params.code);
        const found = await repo.definition(code);
        if (!found) throw new NotFoundError(`Calendar ${code} does not exist`);
        return { body: found };
      },
    }),
    route({
      method: 'put',
      path: '/api/calendars/:code',
      rules:
        "Each weekday's intervals run forwards (from before to) without overlapping; adjustedWorkdayHoursFrom's weekday has working hours unless businessDayMinutes is given; each own day's date appears once; timeZone is one Node's Intl knows (400 naming the field and the problem).",
      params: CODE_PARAM,
      summary:
        'Create or replace a business calendar (validated); recalculates the open SLA clocks',
      tag: TAG,
      access: ADMIN,
      body: calendarBody,
      success: {
        status: 200,
        description: '{ calendar, created, recalculatedClocks } (201 when created)',
        schema: SAVED,
      },
      otherAnswers: { 201: { description: 'The calendar was created', schema: SAVED } },
      async handler(req) {
        const code = checkCode(req.params.code);
        const b = req.body as {
          nameZh: string;
          nameEn: string;
          timeZone: string;
          workingHours: WorkingHours;
          appliesNationalDays: boolean;
          adjustedWorkdayHoursFrom?: Weekday;
          businessDayMinutes?: number | null;
          ownDays?: DayInput[];
        };
        const definition: CalendarDefinition = {
          code,
          nameZh: b.nameZh,
          nameEn: b.nameEn,
          timeZone: b.timeZone,
          workingHours: b.workingHours,
          appliesNationalDays: b.appliesNationalDays,
          adjustedWorkdayHoursFrom: b.adjustedWorkdayHoursFrom ?? 'mon',
          ...(typeof b.businessDayMinutes === 'number'
            ? { businessDayMinutes: b.businessDayMinutes }
            : {}),
          ...(b.ownDays?.length
            ? {
                ownDays: b.ownDays.map((d) => ({ ...d, source: d.source ?? 'admin' })),
              }
            : {}),
        };
        try {
          createBusinessCalendar(definition, []);
        } catch (err) {
          if (!(err instanceof CalendarDataError)) throw err;
          throw new InputError(`Invalid calendar: ${err.message}`, [
            {
              field: FIELD_OF_PROBLEM[err.problem] ?? 'body',
              message: err.message,
              problem: err.problem,
            },
          ]);
        }
        const actor = req.user!.username;
        const at = deps.clock.now();
        const { created } = await repo.saveCalendar(definition, actor, at);
        deps.calendars.invalidate();
        const recalculatedClocks = await changed({
          at,
          actor,
          reason: `calendar ${code} ${created ? 'created' : 'changed'}`,
        });
        return {
          status: created ? 201 : 200,
          body: { calendar: await repo.definition(code), created, recalculatedClocks },
        };
      },
    }),
  ];
}
