/**
 * Reference data from spreadsheets (台账 kept in Excel): customers, services, incident
 * categories, groups, SLA targets and one calendar's own days import from an XLSX or CSV file.
 * Every row is checked as the create route checks one body; the rows are written in one
 * transaction, so a file with any bad row imports nothing and the answer names every bad row
 * and field.
 *
 * SLA targets are upserted by their key (record type, clock, priority, customer, service): a
 * row whose key has an active target changes its duration, calendar and thresholds as
 * `PUT /api/sla-targets/:id` does, any other row adds a target as `POST /api/sla-targets`
 * does. Like that PUT, a changed target applies to clocks started afterwards; open clocks
 * keep their due times. Calendar days (`?calendar=<code>`) are upserted by date into the
 * calendar's own days as `PUT /api/calendars/:code` stores them, and, as that PUT does, the
 * open SLA clocks are recalculated and their timers re-armed.
 */
import type { Knex } from 'knex';
import { createCalendarsRepository } from '../../db/repositories/calendars.repository.ts';
import {
  createReferenceDataRepository,
  DuplicateKeyError,
  type ReferenceDataRepository,
} from '../../db/repositories/reference-data.repository.ts';
import { CalendarDataError, createBusinessCalendar } from '../../lib/calendar/business-calendar.ts';
import type { CalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import type { CalendarDay, CalendarDayKind } from '../../lib/calendar/types.ts';
import type { Labels } from '../../lib/records/kind.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import type { Clock } from '../../lib/clock.ts';
import { PRIORITIES, type Priority } from '../../lib/sla/priority.ts';
import { slaRecordTypes } from '../../lib/sla/record-types.ts';
import {
  assertThresholds,
  DEFAULT_THRESHOLDS,
  SlaTargetError,
  type ClockType,
  type DurationUnit,
} from '../../lib/sla/targets.ts';
import type { Role } from '../auth/roles.ts';
import { InputError, type FieldProblem } from '../errors.ts';
import {
  readSpreadsheet,
  SpreadsheetReadError,
  type SpreadsheetFormat,
} from '../exports/spreadsheet.ts';
import { compileValidator } from '../middleware/validate.ts';
import {
  categoryFields,
  customerFields,
  groupFields,
  serviceFields,
} from './reference-data.routes.ts';
import type { CalendarDataChangedHook } from './calendars.routes.ts';
import { route, type RouteSpec } from './route-spec.ts';

const ADMIN: readonly Role[] = ['admin'];
/** The most rows one import takes, and the most bad rows its answer lists. */
export const IMPORT_MAX_ROWS = 5000;
const MAX_LISTED_PROBLEMS = 200;

type Row = Record<string, unknown>;

/** A row of the file as read: its row number in the sheet and its values by field. */
interface ParsedRow {
  row: number;
  values: Row;
}

/** What the writes of one import know besides the rows. */
interface ImportContext {
  actor: string;
  at: Date;
  /** The calendar whose days are imported (`?calendar=`; calendar-days only). */
  calendar?: string;
}

/** A cell whose text cannot be read as its field's value: the message names why. */
class CellError extends Error {}

/** One kind of reference data an import writes. */
interface ImportTarget {
  /** The column headers it reads: field name → its headers in both languages. */
  columns: Readonly<Record<string, Labels>>;
  /** JSON Schema properties of a row (the create route's), and the required ones. */
  fields: Record<string, object>;
  required: string[];
  /** Cells read as something else than text (numbers, lists, labels); may throw CellError. */
  cells?: Readonly<Record<string, (text: string) => unknown>>;
  /** Whether the import names one calendar (`?calendar=<code>`). */
  needsCalendar?: boolean;
  /** Problems between rows (the same key twice), each named by its row. */
  fileProblems?(rows: readonly ParsedRow[]): FieldProblem[];
  /** Writes one checked row; answers problems with references (a missing parent, calendar). */
  write?(repo: ReferenceDataRepository, row: Row, actor: string, at: Date): Promise<FieldProblem[]>;
  /**
   * Writes every checked row at once (one calendar's days), in the import's transaction;
   * answers problems, each named by its row ("row 3 date") or field.
   */
  writeAll?(
    trx: Knex.Transaction,
    rows: readonly ParsedRow[],
    ctx: ImportContext,
  ): Promise<FieldProblem[]>;
}

const l = (en: string, zh: string): Labels => ({ en, 'zh-CN': zh });
const NAMES = {
  code: l('Code', '编码'),
  nameZh: l('Chinese name', '中文名称'),
  nameEn: l('English name', '英文名称'),
};
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Which clocks each record type has (§0.5), as the SLA target routes check them. */
const CLOCKS_OF: ReadonlyMap<string, readonly ClockType[]> = new Map(
  [...slaRecordTypes(RECORD_KINDS)].map(([type, sla]) => [type, sla.clocks]),
);
const DURATION_UNITS: readonly DurationUnit[] = [
  'minutes',
  'hours',
  'business_hours',
  'business_days',
];
/** Units as an admin may write them in a cell. */
const UNIT_OF_LABEL: Readonly<Record<string, DurationUnit>> = {
  minutes: 'minutes',
  分钟: 'minutes',
  hours: 'hours',
  小时: 'hours',
  business_hours: 'business_hours',
  'business hours': 'business_hours',
  工作小时: 'business_hours',
  business_days: 'business_days',
  'business days': 'business_days',
  工作日: 'business_days',
};
/** Day kinds (calendar_days.kind) as an admin may write them in a cell. */
const KIND_OF_LABEL: Readonly<Record<string, CalendarDayKind>> = {
  holiday: 'holiday',
  节假日: 'holiday',
  假日: 'holiday',
  adjusted_workday: 'adjusted_workday',
  'adjusted workday': 'adjusted_workday',
  'adjusted working day': 'adjusted_workday',
  调休上班日: 'adjusted_workday',
  调休上班: 'adjusted_workday',
};
/** The most own dates a calendar takes (as `PUT /api/calendars/:code` takes them). */
const MAX_OWN_DAYS = 1000;

/** A row of the SLA target import: the target routes' fields, customer and service by code. */
const slaTargetFields = {
  recordType: { type: 'string', enum: [...CLOCKS_OF.keys()] },
  clockType: { type: 'string', enum: [...new Set([...CLOCKS_OF.values()].flat())] },
  priority: { type: 'string', enum: [...PRIORITIES] },
  customerCode: { type: 'string', minLength: 1, maxLength: 50 },
  serviceCode: { type: 'string', minLength: 1, maxLength: 50 },
  durationAmount: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 },
  durationUnit: { type: 'string', enum: [...DURATION_UNITS] },
  calendar: { type: 'string', minLength: 1, maxLength: 50 },
  thresholds: {
    type: 'array',
    items: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    minItems: 3,
    maxItems: 3,
  },
};

/** A row of the calendar days import: a `calendar_days` row as `PUT /api/calendars/:code` takes it. */
const calendarDayFields = {
  date: { type: 'string', format: 'date' },
  kind: { type: 'string', enum: ['holiday', 'adjusted_workday'] },
  nameZh: { type: 'string', minLength: 1, maxLength: 100 },
  nameEn: { type: 'string', minLength: 1, maxLength: 100 },
  source: { type: 'string', minLength: 1, maxLength: 500 },
};

/** Thresholds two ascending warnings then 100, as the SLA target routes check them. */
function thresholdProblems(thresholds: number[] | undefined): FieldProblem[] {
  if (!thresholds) return [];
  try {
    assertThresholds(thresholds);
    return [];
  } catch (err) {
    if (err instanceof SlaTargetError) return [{ field: 'thresholds', message: err.message }];
    throw err;
  }
}

/** Each row whose key an earlier row has, named with that earlier row. */
function repeatedKeys(
  rows: readonly ParsedRow[],
  keyOf: (values: Row) => string,
  field: string,
  says: string,
): FieldProblem[] {
  const first = new Map<string, number>();
  const problems: FieldProblem[] = [];
  for (const { row, values } of rows) {
    const key = keyOf(values);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else problems.push({ field: `row ${row} ${field}`, message: `${says} row ${earlier}` });
  }
  return problems;
}

const TARGETS: Readonly<Record<string, ImportTarget>> = {
  customers: {
    columns: {
      ...NAMES,
      contactEmail: l('Contact e-mail', '联系邮箱'),
      relationshipManager: l('Relationship manager', '客户关系经理'),
    },
    fields: customerFields,
    required: ['code', 'nameZh', 'nameEn'],
    async write(repo, r, actor, at) {
      await repo.createCustomer(
        {
          code: r.code as string,
          nameZh: r.nameZh as string,
          nameEn: r.nameEn as string,
          contactEmail: str(r.contactEmail),
          relationshipManager: str(r.relationshipManager),
          majorIncidentCriteria: null,
        },
        actor,
        at,
      );
      return [];
    },
  },
  services: {
    columns: {
      ...NAMES,
      critical: l('Critical', '关键服务'),
      owner: l('Owner', '负责人'),
      calendarCode: l('Calendar', '日历'),
    },
    fields: serviceFields,
    required: ['code', 'nameZh', 'nameEn'],
    async write(repo, r, actor, at) {
      const calendarCode = str(r.calendarCode);
      if (calendarCode && !(await repo.calendarExists(calendarCode)))
        return [{ field: 'calendarCode', message: 'is not a known calendar' }];
      await repo.createService(
        {
          code: r.code as string,
          nameZh: r.nameZh as string,
          nameEn: r.nameEn as string,
          critical: r.critical === true,
          owner: str(r.owner),
          calendarCode,
        },
        actor,
        at,
      );
      return [];
    },
  },
  'incident-categories': {
    columns: { ...NAMES, parentCode: l('Parent category', '上级分类') },
    fields: categoryFields,
    required: ['code', 'nameZh', 'nameEn'],
    async write(repo, r, actor, at) {
      const parentCode = str(r.parentCode);
      // A parent may be a row above in the same file: it is written already.
      if (parentCode && !(await repo.category(parentCode))?.active)
        return [{ field: 'parentCode', message: 'is not an active category (nor a row above)' }];
      await repo.createCategory(
        {
          code: r.code as string,
          parentCode,
          nameZh: r.nameZh as string,
          nameEn: r.nameEn as string,
        },
        actor,
        at,
      );
      return [];
    },
  },
  groups: {
    columns: {
      ...NAMES,
      functionalLevel: l('Functional level', '职能级别'),
      lead: l('Lead', '组长'),
      department: l('Department', '部门'),
      departmentHead: l('Department head', '部门负责人'),
    },
    fields: groupFields,
    required: ['code', 'nameZh', 'nameEn'],
    async write(repo, r, actor, at) {
      await repo.createGroup(
        {
          code: r.code as string,
          nameZh: r.nameZh as string,
          nameEn: r.nameEn as string,
          functionalLevel: (str(r.functionalLevel) as 'L1' | 'L2' | 'L3' | null) ?? null,
          lead: str(r.lead),
          department: str(r.department),
          departmentHead: str(r.departmentHead),
        },
        actor,
        at,
      );
      return [];
    },
  },
  'sla-targets': {
    columns: {
      recordType: l('Record type', '记录类型'),
      clockType: l('Clock', '时钟'),
      priority: l('Priority', '优先级'),
      customerCode: l('Customer', '客户'),
      serviceCode: l('Service', '服务'),
      durationAmount: l('Duration', '时长'),
      durationUnit: l('Unit', '单位'),
      calendar: l('Calendar', '日历'),
      thresholds: l('Thresholds', '阈值'),
    },
    fields: slaTargetFields,
    required: ['recordType', 'clockType', 'durationAmount', 'durationUnit', 'calendar'],
    cells: {
      priority: (t) => t.toUpperCase(),
      durationAmount: (t) => {
        if (!/^\d+(\.\d+)?$/.test(t)) throw new CellError('must be a number such as 4 or 0.5');
        return Number(t);
      },
      durationUnit: (t) => UNIT_OF_LABEL[t.toLowerCase()] ?? t,
      thresholds: (t) => {
        const parts = t.split(/[\s,;/、，；]+/).filter(Boolean);
        if (!parts.every((p) => /^\d+(\.\d+)?$/.test(p)))
          throw new CellError('must be three percentages such as 60/90/100');
        return parts.map(Number);
      },
    },
    fileProblems: (rows) =>
      repeatedKeys(
        rows,
        (v) =>
          [v.recordType, v.clockType, v.priority, v.customerCode, v.serviceCode]
            .map((x) => String(x ?? ''))
            .join('|'),
        'key',
        'has the record type, clock, priority, customer and service of',
      ),
    async write(repo, r, actor, at) {
      const recordType = r.recordType as string;
      const clockType = r.clockType as ClockType;
      const thresholds = r.thresholds as number[] | undefined;
      const problems: FieldProblem[] = [];
      const clocks = CLOCKS_OF.get(recordType) ?? [];
      if (!clocks.includes(clockType))
        problems.push({
          field: 'clockType',
          message: `must be one of ${clocks.join(', ')} for ${recordType}`,
        });
      problems.push(...thresholdProblems(thresholds));
      const customerCode = str(r.customerCode);
      const customer = customerCode ? await repo.customerByCode(customerCode) : undefined;
      if (customerCode && !customer)
        problems.push({ field: 'customerCode', message: 'is not a known customer' });
      const serviceCode = str(r.serviceCode);
      const service = serviceCode ? await repo.serviceByCode(serviceCode) : undefined;
      if (serviceCode && !service)
        problems.push({ field: 'serviceCode', message: 'is not a known service' });
      const calendar = r.calendar as string;
      if (!(await repo.calendarExists(calendar)))
        problems.push({ field: 'calendar', message: 'is not a known calendar' });
      if (problems.length) return problems;
      const key = {
        recordType,
        clockType,
        priority: (str(r.priority) as Priority | null) ?? null,
        customerId: customer?.id ?? null,
        serviceId: service?.id ?? null,
      };
      const duration = { amount: r.durationAmount as number, unit: r.durationUnit as DurationUnit };
      // Upsert by key: the active row is changed as PUT changes it, otherwise one is added.
      const current = await repo.activeTargetWithKey(key);
      if (current)
        await repo.updateSlaTarget(
          current.id,
          { duration, calendar, ...(thresholds ? { thresholds } : {}) },
          actor,
          at,
        );
      else
        await repo.createSlaTarget(
          { ...key, duration, calendar, thresholds: thresholds ?? [...DEFAULT_THRESHOLDS] },
          actor,
          at,
        );
      return [];
    },
  },
  'calendar-days': {
    columns: {
      date: l('Date', '日期'),
      kind: l('Kind', '类型'),
      nameZh: NAMES.nameZh,
      nameEn: NAMES.nameEn,
      source: l('Source', '来源'),
    },
    fields: calendarDayFields,
    required: ['date', 'kind', 'nameZh', 'nameEn'],
    needsCalendar: true,
    cells: {
      date: (t) => {
        const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
        return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : t;
      },
      kind: (t) => KIND_OF_LABEL[t.toLowerCase()] ?? t,
    },
    fileProblems: (rows) =>
      repeatedKeys(rows, (v) => String(v.date), 'date', 'repeats the date of'),
    async writeAll(trx, rows, ctx) {
      const repo = createCalendarsRepository(trx);
      const current = await repo.definition(ctx.calendar!);
      if (!current) return [{ field: 'calendar', message: 'is not a known calendar' }];
      // Upsert by date: a row replaces the calendar's own day of its date, others stay.
      const byDate = new Map((current.ownDays ?? []).map((d) => [d.date, d]));
      for (const { values: v } of rows)
        byDate.set(v.date as string, {
          date: v.date as string,
          kind: v.kind as CalendarDayKind,
          nameZh: v.nameZh as string,
          nameEn: v.nameEn as string,
          source: str(v.source) ?? 'import',
        });
      const ownDays: CalendarDay[] = [...byDate.values()].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
      if (ownDays.length > MAX_OWN_DAYS)
        return [
          {
            field: 'body',
            message: `would give the calendar ${ownDays.length} own dates; it takes at most ${MAX_OWN_DAYS}`,
          },
        ];
      const definition = { ...current, ownDays };
      try {
        createBusinessCalendar(definition, []);
      } catch (err) {
        if (!(err instanceof CalendarDataError)) throw err;
        return [{ field: 'body', message: err.message }];
      }
      await repo.saveCalendar(definition, ctx.actor, ctx.at);
      return [];
    },
  },
};

const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否']);

/** A cell's text as the field's type: booleans from yes/no in either language; '' is absent. */
function valueOf(text: string, schema: { type?: unknown }): unknown {
  if (text === '') return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('boolean')) {
    const t = text.toLowerCase();
    if (TRUE.has(t)) return true;
    if (FALSE.has(t)) return false;
  }
  return text;
}

/** Which field each header names (a field name or its header in either language). */
function fieldOfHeader(target: ImportTarget, header: string): string | undefined {
  const h = header.trim().toLowerCase();
  return Object.entries(target.columns).find(
    ([name, labels]) =>
      name.toLowerCase() === h ||
      labels.en.toLowerCase() === h ||
      labels['zh-CN'] === header.trim(),
  )?.[0];
}

function refuse(problems: FieldProblem[], rows: number): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  throw new InputError(
    `Nothing was imported: ${problems.length} problem(s) in ${rows} row(s); the first: ${listed[0]!.field} ${listed[0]!.message}`,
    listed,
  );
}

/** POST /api/reference-data/:target/import. */
export function referenceImportRoutes(deps: {
  db: Knex;
  clock: Clock;
  /** Invalidated after a calendar's days changed (as the calendar routes do). */
  calendars?: CalendarProvider;
  /** Recalculates the open SLA clocks after calendar data changed (the calendar routes' hook). */
  onCalendarDataChanged?: CalendarDataChangedHook;
}): RouteSpec[] {
  const validators = new Map(
    Object.entries(TARGETS).map(([name, t]) => [
      name,
      compileValidator(
        { type: 'object', properties: t.fields, required: t.required, additionalProperties: false },
        'body',
      ),
    ]),
  );
  return [
    route({
      method: 'post',
      path: '/api/reference-data/:target/import',
      params: { target: { type: 'string', enum: Object.keys(TARGETS) } },
      rules:
        "calendar, the code of an existing calendar, is required for calendar-days and refused for the other targets (400 naming calendar); the file is an XLSX workbook or CSV text whose header row names the target's columns; every row is checked (400 naming row and column) before any is written.",
      summary: `Import ${Object.keys(TARGETS).join(', ')} from an XLSX or CSV file (all rows or none); sla-targets upsert by record type, clock, priority, customer and service (open clocks keep their due times, as after PUT /api/sla-targets/:id); calendar-days (?calendar=<code>) upsert that calendar's own days by date and recalculate the open SLA clocks as PUT /api/calendars/:code does`,
      tag: 'Reference data',
      access: ADMIN,
      body: 'spreadsheet',
      query: {
        type: 'object',
        properties: {
          format: { type: 'string', enum: ['xlsx', 'csv'] },
          // a calendar's code (calendars.routes.ts)
          calendar: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$' },
        },
        additionalProperties: false,
      },
      success: {
        status: 201,
        description: '{ imported }: the rows written; calendar-days also { recalculatedClocks }',
        schema: {
          type: 'object',
          properties: {
            imported: { type: 'integer', minimum: 1 },
            recalculatedClocks: { type: 'integer', minimum: 0 },
          },
          required: ['imported'],
          additionalProperties: false,
        },
      },
      async handler(req) {
        const name = req.params.target ?? '';
        const target = TARGETS[name];
        if (!target)
          throw new InputError(`${name} cannot be imported`, [
            { field: 'target', message: `must be one of ${Object.keys(TARGETS).join(', ')}` },
          ]);
        const calendar = (req.query as { calendar?: string }).calendar;
        if (target.needsCalendar) {
          if (!calendar)
            throw new InputError(`Say which calendar's days to import: ?calendar=<code>`, [
              { field: 'calendar', message: 'is required for this import' },
            ]);
          if (!(await createReferenceDataRepository(deps.db).calendarExists(calendar)))
            throw new InputError(`Calendar ${calendar} does not exist`, [
              { field: 'calendar', message: 'is not a known calendar' },
            ]);
        } else if (calendar !== undefined)
          throw new InputError(`${name} takes no calendar`, [
            { field: 'calendar', message: 'is only for calendar-days' },
          ]);
        const bytes = req.body;
        if (!Buffer.isBuffer(bytes) || bytes.length === 0)
          throw new InputError('Send the file as the body, as XLSX or CSV', [
            { field: 'body', message: 'is empty or not a spreadsheet content type' },
          ]);
        // XLSX is a zip (PK…); anything else is read as CSV unless the query says otherwise.
        const format: SpreadsheetFormat =
          (req.query as { format?: SpreadsheetFormat }).format ??
          (bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv');
        let sheet;
        try {
          sheet = await readSpreadsheet(bytes, format);
        } catch (err) {
          if (err instanceof SpreadsheetReadError)
            throw new InputError(err.message, [{ field: 'body', message: err.message }]);
          throw err;
        }
        const columns = sheet.headers.map((h) => fieldOfHeader(target, h));
        const unknown = sheet.headers.filter((h, i) => h !== '' && !columns[i]);
        const missing = target.required.filter((f) => !columns.includes(f));
        if (unknown.length || missing.length)
          throw new InputError('The header row does not match', [
            ...unknown.map((h) => ({
              field: `header "${h}"`,
              message: 'is not a column of this import',
            })),
            ...missing.map((f) => ({
              field: `header ${target.columns[f]!['zh-CN']} / ${target.columns[f]!.en}`,
              message: 'is missing',
            })),
          ]);
        if (sheet.rows.length === 0)
          throw new InputError('The file has no rows under its header', [
            { field: 'body', message: 'has no data rows' },
          ]);
        if (sheet.rows.length > IMPORT_MAX_ROWS)
          throw new InputError(`An import takes at most ${IMPORT_MAX_ROWS} rows`, [
            { field: 'body', message: `has ${sheet.rows.length} rows` },
          ]);

        const check = validators.get(name)!;
        const problems: FieldProblem[] = [];
        const parsed: ParsedRow[] = sheet.rows.map(({ row, cells }) => {
          const values: Row = {};
          const unreadable = new Set<string>();
          columns.forEach((field, i) => {
            if (!field) return;
            const text = cells[i] ?? '';
            const read = target.cells?.[field];
            try {
              const value =
                read && text !== ''
                  ? read(text)
                  : valueOf(text, target.fields[field] as { type?: unknown });
              if (value !== undefined) values[field] = value;
            } catch (err) {
              if (!(err instanceof CellError)) throw err;
              unreadable.add(field);
              problems.push({ field: `row ${row} ${field}`, message: err.message });
            }
          });
          try {
            check(values);
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
            for (const d of err.details as FieldProblem[])
              if (!unreadable.has(d.field))
                problems.push({ field: `row ${row} ${d.field}`.trim(), message: d.message });
          }
          return { row, values };
        });
        if (problems.length) refuse(problems, sheet.rows.length);
        problems.push(...(target.fileProblems?.(parsed) ?? []));
        if (problems.length) refuse(problems, sheet.rows.length);

        const at = deps.clock.now();
        const actor = req.user!.username;
        await deps.db.transaction(async (trx) => {
          if (target.writeAll)
            problems.push(...(await target.writeAll(trx, parsed, { actor, at, calendar })));
          else if (target.write)
            for (const { row, values } of parsed) {
              try {
                // A savepoint per row: a duplicate is named and the others still checked.
                const found = await trx.transaction((sp) =>
                  target.write!(createReferenceDataRepository(sp), values, actor, at),
                );
                for (const p of found)
                  problems.push({ field: `row ${row} ${p.field}`, message: p.message });
              } catch (err) {
                if (!(err instanceof DuplicateKeyError)) throw err;
                problems.push({ field: `row ${row} code`, message: 'already exists' });
              }
            }
          if (problems.length) refuse(problems, sheet.rows.length);
        });
        if (!target.needsCalendar) return { status: 201, body: { imported: parsed.length } };
        // New calendar data moves due instants: as PUT /api/calendars/:code, after the commit.
        deps.calendars?.invalidate();
        const recalculatedClocks =
          (await deps.onCalendarDataChanged?.({
            at,
            actor,
            reason: `calendar ${calendar} days imported`,
          })) ?? 0;
        return { status: 201, body: { imported: parsed.length, recalculatedClocks } };
      },
    }),
  ];
}
