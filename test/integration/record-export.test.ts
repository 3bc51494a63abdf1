import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { api, tokenFor } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

/** GETs a file from the API as a user: status, headers and the bytes. */
async function fetchFile(url: string, as: string) {
  const res = await fetch(`${testContext().platform.url}${url}`, {
    headers: { authorization: `Bearer ${await tokenFor(as)}` },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

interface Listed {
  number: string;
  title: string;
  status: string;
  category: string | null;
}

/**
 * Every record list exports to XLSX and CSV (issue 14 item 3): the rows the filters select,
 * with the list's columns labelled in the reader's language; read back, the file equals the
 * list the API answers.
 */
describe('record lists as spreadsheets (XLSX and CSV)', function () {
  this.timeout(60_000);
  const word = `导出${randomInt(100_000, 999_999)}`;

  before(async () => {
    for (const [title, category] of [
      [`${word} 数据库连接池耗尽`, 'database'],
      [`${word} 磁盘写满, "日志" 未轮转`, 'storage'],
      [`${word} 证书过期`, 'security'],
    ])
      expect(
        (
          await api('POST', '/api/known-errors', {
            as: 'problem-manager',
            body: { title, symptom: '用户无法登录', category },
          })
        ).status,
      ).to.equal(201);
  });

  it('exports the filtered list as XLSX equal to the list, headers in Chinese', async () => {
    // given the list the same filters select
    const list = await api<{ items: Listed[] }>(
      'GET',
      `/api/known-errors?q=${encodeURIComponent(word)}&sort=number`,
      { as: 'problem-manager' },
    );
    expect(list.body.items).to.have.length(3);

    // when
    const file = await fetchFile(
      `/api/known-errors/export?format=xlsx&q=${encodeURIComponent(word)}&sort=number`,
      'problem-manager',
    );

    // then
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.contain('spreadsheetml');
    expect(file.headers.get('content-disposition')).to.match(
      /^attachment; filename="?known_errors-\d{4}-\d{2}-\d{2}\.xlsx"?$/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).to.equal('已知错误');
    expect(sheet.getRow(1).values).to.deep.equal([
      undefined,
      '编号',
      '标题',
      '状态',
      '问题',
      '分类',
      '发布时间',
    ]);
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push({
        number: row.getCell(1).value,
        title: row.getCell(2).value,
        status: row.getCell(3).value,
        category: row.getCell(5).value,
      });
    }
    expect(rows).to.deep.equal(
      list.body.items.map((k) => ({
        number: k.number,
        title: k.title,
        status: '有效',
        category: k.category,
      })),
    );
  });

  it('exports CSV in English for a reader who chose English, only the filtered rows', async () => {
    // given a reader in English
    await api('PUT', '/api/me', { as: 'service-desk', body: { locale: 'en' } });
    try {
      // when
      const file = await fetchFile(
        `/api/known-errors/export?format=csv&q=${encodeURIComponent(word)}&category=storage`,
        'service-desk',
      );

      // then
      expect(file.status).to.equal(200);
      expect(file.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
      const lines = file.body
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).to.equal('Number,Title,Status,Problem,Category,Published at');
      expect(lines).to.have.length(2);
      expect(lines[1]).to.match(
        new RegExp(`^KE-\\d{4}-\\d{6},"${word} 磁盘写满, ""日志"" 未轮转",Active,,storage,$`),
      );
    } finally {
      await api('PUT', '/api/me', { as: 'service-desk', body: { locale: 'zh-CN' } });
    }
  });

  it('refuses a reader without access, and a format it does not write, in words', async () => {
    const outsider = await fetchFile('/api/known-errors/export', 'customer-contact');
    expect(outsider.status).to.equal(403);
    const pdf = await api<{ error: { details: { field: string }[] } }>(
      'GET',
      '/api/known-errors/export?format=pdf',
      { as: 'problem-manager' },
    );
    expect(pdf.status).to.equal(400);
    expect(pdf.body.error.details.map((d) => d.field)).to.include('format');
  });

  it('exports the objectives of a period as XLSX, one row per objective as GET /api/kpis counts it', async () => {
    // given
    const period = 'from=2026-01-01T00:00:00%2B08:00&to=2027-01-01T00:00:00%2B08:00';
    const kpis = await api<{ items: { id: string; numerator: number; denominator: number }[] }>(
      'GET',
      `/api/kpis?${period}`,
      { as: 'incident-manager' },
    );

    // when
    const file = await fetchFile(`/api/kpis/export?format=xlsx&${period}`, 'incident-manager');

    // then
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-disposition')).to.contain(
      'objectives-2026-01-01-2026-12-31.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).to.deep.equal([
      undefined,
      '指标',
      '目标',
      '实际',
      '分子',
      '分母',
      '结论',
    ]);
    expect(sheet.rowCount).to.equal(kpis.body.items.length + 1);
    const byName = new Map<string, { numerator: unknown; denominator: unknown; target: unknown }>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      byName.set(String(row.getCell(1).value), {
        target: row.getCell(2).value,
        numerator: row.getCell(4).value,
        denominator: row.getCell(5).value,
      });
    }
    const response = kpis.body.items.find((k) => k.id === 'incident-response-on-time')!;
    expect(byName.get('服务及时响应率')).to.deep.equal({
      target: '>= 97 %',
      numerator: response.numerator,
      denominator: response.denominator,
    });
    expect(byName.get('根本原因分析及时率')?.target).to.equal('>= 80 %');
  });
});
