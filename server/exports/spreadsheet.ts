/**
 * Lists as spreadsheets (台账): a table of labelled columns and rows written as XLSX (exceljs)
 * or CSV (UTF-8 with a byte-order mark, so Excel opens Chinese text correctly). The callers
 * choose the columns and turn values into the reader's language; this only writes files.
 */
import ExcelJS from 'exceljs';

export type SpreadsheetFormat = 'xlsx' | 'csv';
export const SPREADSHEET_FORMATS: readonly SpreadsheetFormat[] = ['xlsx', 'csv'];

/** One column: its key in the rows and its header in the reader's language. */
export interface SheetColumn {
  key: string;
  header: string;
  /** Characters wide in the XLSX (a guess from the header when absent). */
  width?: number;
}

/** A cell's value as written: text, a number, a boolean or nothing. */
export type SheetValue = string | number | boolean | null;

/** A table to write. */
export interface Sheet {
  /** The worksheet's name (at most 31 characters; cut to fit). */
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly Record<string, SheetValue>[];
}

/** The media types of the formats, as uploads carry them. */
export const SPREADSHEET_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A file of the sheet in the format, with its content type. */
export async function writeSpreadsheet(
  sheet: Sheet,
  format: SpreadsheetFormat,
): Promise<{ body: Buffer; contentType: string }> {
  const body = format === 'csv' ? csvOf(sheet) : await xlsxOf(sheet);
  return { body, contentType: CONTENT_TYPES[format] };
}

/** Characters Excel forbids in a worksheet name. */
const SHEET_NAME_FORBIDDEN = /[\\/*?:[\]]/g;

async function xlsxOf(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ITSM platform';
  const worksheet = workbook.addWorksheet(
    sheet.name.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, 31) || 'Sheet1',
    { views: [{ state: 'frozen', ySplit: 1 }] },
  );
  worksheet.columns = sheet.columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width ?? Math.min(60, Math.max(12, c.header.length * 2 + 4)),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV field: quoted when it holds a separator, a quote or a line break. */
function csvField(value: SheetValue): string {
  if (value === null) return '';
  const text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: keep it text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvOf(sheet: Sheet): Buffer {
  const lines = [
    sheet.columns.map((c) => csvField(c.header)).join(','),
    ...sheet.rows.map((row) => sheet.columns.map((c) => csvField(row[c.key] ?? null)).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A read sheet: its header row and the data rows with their row numbers (1 = header). */
export interface ReadSheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** A file that is not a readable spreadsheet of the format. */
export class SpreadsheetReadError extends Error {
  override readonly name = 'SpreadsheetReadError';
}

/** Reads the first sheet of an XLSX or a CSV file: every cell as trimmed text. */
export async function readSpreadsheet(
  bytes: Buffer,
  format: SpreadsheetFormat,
): Promise<ReadSheet> {
  const table = format === 'csv' ? parseCsv(bytes.toString('utf8')) : await xlsxCells(bytes);
  const [headers = [], ...rest] = table;
  const rows = rest
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { headers, rows };
}

/**
 * A cell as text. A date cell (Excel keeps dates as day numbers without a zone; exceljs reads
 * them as UTC) is `YYYY-MM-DD`, or the ISO instant when it has a time of day, not the
 * JavaScript date string its `text` would give.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return cell.text.trim();
}

async function xlsxCells(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new SpreadsheetReadError('The file is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetReadError('The workbook has no sheet');
  const table: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    table[n - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF), a leading byte-order mark dropped. */
function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const table: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(field.trim());
      table.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new SpreadsheetReadError('The CSV file ends inside a quoted field');
  if (field !== '' || row.length) {
    row.push(field.trim());
    table.push(row);
  }
  return table;
}
