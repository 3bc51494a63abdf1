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
