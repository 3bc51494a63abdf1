/**
 * Reference data from spreadsheets (台账 kept in Excel): customers, services, incident
 * categories and groups import from an XLSX or CSV file. Every row is checked as the create
 * route checks one body; the rows are written in one transaction, so a file with any bad row
 * imports nothing and the answer names every bad row and field.
 */
import type { Knex } from 'knex';
import {
  createReferenceDataRepository,
  DuplicateKeyError,
  type ReferenceDataRepository,
} from '../../db/repositories/reference-data.repository.ts';
import type { Labels } from '../../lib/records/kind.ts';
import type { Clock } from '../../lib/clock.ts';
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
import { route, type RouteSpec } from './route-spec.ts';

const ADMIN: readonly Role[] = ['admin'];
/** The most rows one import takes, and the most bad rows its answer lists. */
export const IMPORT_MAX_ROWS = 5000;
const MAX_LISTED_PROBLEMS = 200;

type Row = Record<string, unknown>;

/** One kind of reference data an import writes. */
interface ImportTarget {
  /** The column headers it reads: field name → its headers in both languages. */
  columns: Readonly<Record<string, Labels>>;
  /** JSON Schema properties of a row (the create route's), and the required ones. */
  fields: Record<string, object>;
  required: string[];
  /** Writes one checked row; answers problems with references (a missing parent, calendar). */
  write(repo: ReferenceDataRepository, row: Row, actor: string, at: Date): Promise<FieldProblem[]>;
}

const l = (en: string, zh: string): Labels => ({ en, 'zh-CN': zh });
const NAMES = {
  code: l('Code', '编码'),
  nameZh: l('Chinese name', '中文名称'),
  nameEn: l('English name', '英文名称'),
};
const str = (v: unknown) => (typeof v === 'string' ? v : null);

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
export function referenceImportRoutes(deps: { db: Knex; clock: Clock }): RouteSpec[] {
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
      summary: `Import ${Object.keys(TARGETS).join(', ')} from an XLSX or CSV file (all rows or none)`,
      tag: 'Reference data',
      access: ADMIN,
      body: 'spreadsheet',
      query: {
        type: 'object',
        properties: { format: { type: 'string', enum: ['xlsx', 'csv'] } },
        additionalProperties: false,
      },
      success: { status: 201, description: '{ imported }: the rows written' },
      async handler(req) {
        const name = req.params.target ?? '';
        const target = TARGETS[name];
        if (!target)
          throw new InputError(`${name} cannot be imported`, [
            { field: 'target', message: `must be one of ${Object.keys(TARGETS).join(', ')}` },
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
        const parsed = sheet.rows.map(({ row, cells }) => {
          const values: Row = {};
          columns.forEach((field, i) => {
            if (!field) return;
            const value = valueOf(cells[i] ?? '', target.fields[field] as { type?: unknown });
            if (value !== undefined) values[field] = value;
          });
          try {
            check(values);
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
            for (const d of err.details as FieldProblem[])
              problems.push({ field: `row ${row} ${d.field}`.trim(), message: d.message });
          }
          return { row, values };
        });
        if (problems.length) refuse(problems, sheet.rows.length);

        const at = deps.clock.now();
        const actor = req.user!.username;
        await deps.db.transaction(async (trx) => {
          for (const { row, values } of parsed) {
            try {
              // A savepoint per row: a duplicate is named and the others still checked.
              const found = await trx.transaction((sp) =>
                target.write(createReferenceDataRepository(sp), values, actor, at),
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
        return { status: 201, body: { imported: parsed.length } };
      },
    }),
  ];
}
