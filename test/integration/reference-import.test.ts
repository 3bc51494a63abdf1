import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { api, tokenFor } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorBody {
  error: { message: string; details: { field: string; message: string }[] };
}

/** POSTs a file to an import route as a user. */
async function upload(target: string, bytes: Buffer, type: string, as = 'admin') {
  const res = await fetch(`${testContext().platform.url}/api/reference-data/${target}/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(as)}`, 'content-type': type },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: (string | boolean | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('服务');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Reference data from spreadsheets (issue 14 item 3): rows checked as the create routes check
 * a body, written in one transaction: a file with a bad row imports nothing and names it.
 */
describe('reference data imported from XLSX and CSV, all rows or none', function () {
  this.timeout(60_000);
  const n = randomInt(100_000, 999_999);

  it('imports categories from a CSV with Chinese headers, a parent from a row above', async () => {
    // given: the second row's parent is the first row
    const csv = `\uFEFF编码,中文名称,英文名称,上级分类\r\nimp-net-${n},网络,Network,\r\nimp-wifi-${n},"无线网络, 办公区",Wi-Fi,imp-net-${n}\r\n`;

    // when
    const res = await upload('incident-categories', Buffer.from(csv, 'utf8'), CSV);

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body).to.deep.equal({ imported: 2 });
    const wifi = await api<{ parentCode: string; nameZh: string }>(
      'GET',
      `/api/incident-categories/imp-wifi-${n}`,
      { as: 'admin' },
    );
    expect(wifi.body).to.include({ parentCode: `imp-net-${n}`, nameZh: '无线网络, 办公区' });
  });

  it('refuses an XLSX with bad rows whole, naming each row and field, and writes nothing', async () => {
    // given: a good row, a code that breaks the pattern, an existing code, an unknown calendar
    await api('POST', '/api/services', {
      as: 'admin',
      body: { code: `SVC-IMP-${n}-A`, nameZh: '已有', nameEn: 'Existing' },
    });
    const file = await xlsx([
      ['Code', 'Chinese name', 'English name', 'Critical', 'Calendar'],
      [`SVC-IMP-${n}-B`, '邮件', 'Mail', '是', null],
      ['bad code!', '坏', 'Bad', 'no', null],
      [`SVC-IMP-${n}-A`, '重复', 'Duplicate', 'false', null],
      [`SVC-IMP-${n}-C`, '门户', 'Portal', 'yes', 'NO-SUCH-CALENDAR'],
    ]);

    // when: checked row by row first
    const first = await upload('services', file, XLSX);

    // then: the pattern error of row 3 alone (the rows are not written while any is invalid)
    expect(first.status).to.equal(400);
    const details = (first.body as unknown as ErrorBody).error.details;
    expect(details.map((d) => d.field)).to.deep.equal(['row 3 code']);
    expect((first.body as unknown as ErrorBody).error.message).to.match(/^Nothing was imported/);

    // when: the pattern is fixed, the duplicate and the calendar remain
    const second = await upload(
      'services',
      await xlsx([
        ['Code', 'Chinese name', 'English name', 'Critical', 'Calendar'],
        [`SVC-IMP-${n}-B`, '邮件', 'Mail', '是', null],
        [`SVC-IMP-${n}-A`, '重复', 'Duplicate', 'false', null],
        [`SVC-IMP-${n}-C`, '门户', 'Portal', 'yes', 'NO-SUCH-CALENDAR'],
      ]),
      XLSX,
    );

    // then: both named, and the good row B was not kept
    expect(second.status).to.equal(400);
    expect((second.body as unknown as ErrorBody).error.details).to.deep.equal([
      { field: 'row 3 code', message: 'already exists' },
      { field: 'row 4 calendarCode', message: 'is not a known calendar' },
    ]);
    const services = await api<{ items: { code: string }[] }>(
      'GET',
      `/api/services?q=SVC-IMP-${n}&includeInactive=true`,
      { as: 'admin' },
    );
    expect(services.body.items.map((s) => s.code)).to.deep.equal([`SVC-IMP-${n}-A`]);
  });

  it('names a header it does not know and one that is missing, and refuses other roles', async () => {
    const bad = await upload('groups', Buffer.from('编码,颜色\r\ng1,red\r\n', 'utf8'), CSV);
    expect(bad.status).to.equal(400);
    expect((bad.body as unknown as ErrorBody).error.details.map((d) => d.field)).to.deep.equal([
      'header "颜色"',
      'header 中文名称 / Chinese name',
      'header 英文名称 / English name',
    ]);
    const notAdmin = await upload('groups', Buffer.from('编码\r\n', 'utf8'), CSV, 'service-desk');
    expect(notAdmin.status).to.equal(403);
    const unknownTarget = await upload('users', Buffer.from('a\r\n', 'utf8'), CSV);
    expect(unknownTarget.status).to.equal(400);
    const broken = await upload('groups', Buffer.from('PK\u0003\u0004 not a zip'), XLSX);
    expect(broken.status).to.equal(400);
    expect((broken.body as unknown as ErrorBody).error.message).to.equal(
      'The file is not a readable XLSX workbook',
    );
  });
});
