import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { problemKind } from '../../../lib/records/kinds/problem.ts';
import { cellValue, columnHeader, recordSheet } from '../../../lib/records/sheet.ts';
import type { RecordView } from '../../../lib/records/schema.ts';
import {
  readSpreadsheet,
  SpreadsheetReadError,
  writeSpreadsheet,
} from '../../../server/exports/spreadsheet.ts';

const problem = {
  id: '6f1c2e34-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  number: 'PRB-2026-000001',
  type: 'problem',
  status: 'known_error',
  createdAt: '2026-12-07T02:05:00.000Z',
  createdBy: 'problem-manager',
  updatedAt: '2026-12-07T02:05:00.000Z',
  updatedBy: 'problem-manager',
  processInstanceKey: null,
  assignee: null,
  assignmentGroup: null,
  customerId: null,
  serviceId: null,
  title: '=HYPERLINK("http://x") 数据库, "死锁"',
  priority: 'P2',
  category: 'software',
  ownerGroup: null,
} as RecordView;

describe("exports: a kind's list as a spreadsheet (台账)", () => {
  it("labels columns and values in the reader's language, times in Shanghai", () => {
    // when
    const zh = recordSheet(problemKind, [problem], 'zh-CN');
    const en = recordSheet(problemKind, [problem], 'en');

    // then
    expect(zh.columns.map((c) => c.header)).to.deep.equal([
      '编号',
      '标题',
      '状态',
      '优先级',
      '分类',
      '负责组',
      '创建时间',
    ]);
    expect(zh.rows[0]).to.include({
      status: '已知错误',
      priority: 'P2 高',
      createdAt: '2026-12-07 10:05',
      ownerGroup: null,
    });
    expect(en.rows[0]).to.include({ status: 'Known error', priority: 'P2 high' });
    expect(columnHeader(problemKind, 'assignee', 'en')).to.equal('Assignee');
    expect(cellValue(problemKind, 'createdBy', 'problem-manager', 'en', () => 'Li Lei')).to.equal(
      'Li Lei',
    );
    expect(cellValue(problemKind, 'affectedCiIds', ['a', 'b'], 'zh-CN')).to.equal('a、b');
    expect(cellValue(problemKind, 'recurrences', 0, 'en')).to.equal(0);
  });

  it('writes CSV as UTF-8 with a byte-order mark, quoted where needed, formulas kept as text', async () => {
    // when
    const { body, contentType } = await writeSpreadsheet(
      recordSheet(problemKind, [problem], 'zh-CN'),
      'csv',
    );

    // then
    expect(contentType).to.equal('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).to.equal('编号,标题,状态,优先级,分类,负责组,创建时间');
    expect(lines[1]).to.equal(
      `PRB-2026-000001,"'=HYPERLINK(""http://x"") 数据库, ""死锁""",已知错误,P2 高,software,,2026-12-07 10:05`,
    );
  });

  it('writes an XLSX whose sheet reads back as the rows, the header row first', async () => {
    // when
    const { body } = await writeSpreadsheet(recordSheet(problemKind, [problem], 'en'), 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as Parameters<typeof book.xlsx.load>[0]);

    // then
    const sheet = book.getWorksheet('Problems')!;
    expect(sheet.getRow(1).values).to.deep.equal([
      undefined,
      'Number',
      'Title',
      'Status',
      'Priority',
      'Category',
      'Owner group',
      'Created',
    ]);
    expect(sheet.getRow(2).getCell(2).value).to.equal('=HYPERLINK("http://x") 数据库, "死锁"');
    expect(sheet.getRow(2).getCell(3).value).to.equal('Known error');
    expect(sheet.rowCount).to.equal(2);
  });
  it('reads CSV back: a byte-order mark, quotes, doubled quotes, LF or CRLF, blank rows skipped', async () => {
    // given
    const csv = '\uFEFF编码,名称\n"a,1","说 ""你好"""\r\n\r\nb,\n';

    // when
    const sheet = await readSpreadsheet(Buffer.from(csv, 'utf8'), 'csv');

    // then
    expect(sheet.headers).to.deep.equal(['编码', '名称']);
    expect(sheet.rows).to.deep.equal([
      { row: 2, cells: ['a,1', '说 "你好"'] },
      { row: 4, cells: ['b', ''] },
    ]);
    let refused: unknown;
    try {
      await readSpreadsheet(Buffer.from('a,"b\n', 'utf8'), 'csv');
    } catch (err) {
      refused = err;
    }
    expect(refused).to.be.instanceOf(SpreadsheetReadError);
  });

  it('reads back the XLSX it writes', async () => {
    const { body } = await writeSpreadsheet(recordSheet(problemKind, [problem], 'zh-CN'), 'xlsx');
    const sheet = await readSpreadsheet(body, 'xlsx');
    expect(sheet.headers[0]).to.equal('编号');
    expect(sheet.rows[0]!.cells.slice(0, 3)).to.deep.equal([
      'PRB-2026-000001',
      '=HYPERLINK("http://x") 数据库, "死锁"',
      '已知错误',
    ]);
  });
});
