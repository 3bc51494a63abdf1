import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { api, tokenFor, waitFor } from '../helpers/api.ts';
import { clocks, deployWorkflows, reportIncident } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * SLA targets and a calendar's own days from spreadsheets (issue 14 item 3): each row checked
 * as the target and calendar routes check a body, a file with any bad row imports nothing and
 * names every bad row and column, a good file upserts (by key, by date) and reads back through
 * the API; new calendar days recalculate the open clocks as PUT /api/calendars/:code does.
 */

interface ErrorBody {
  error: { message: string; details: { field: string; message: string }[] };
}

interface Target {
  id: string;
  recordType: string;
  clockType: string;
  priority: string | null;
  customerId: string | null;
  serviceId: string | null;
  duration: { amount: number; unit: string };
  calendar: string;
  thresholds: number[];
}

interface CalendarView {
  ownDays?: { date: string; kind: string; nameZh: string; nameEn: string; source: string }[];
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ALL_DAY = [{ from: '00:00', to: '24:00' }];
const DAY_MS = 24 * 3600_000;

/** POSTs a file to an import route as a user. */
async function upload(path: string, bytes: Buffer, type: string, as = 'admin') {
  const res = await fetch(`${testContext().platform.url}/api/reference-data/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(as)}`, 'content-type': type },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const fields = (res: { body: unknown }) =>
  (res.body as ErrorBody).error.details.map((d) => `${d.field}: ${d.message}`);

async function targetsOf(customerId: string): Promise<Target[]> {
  const res = await api<{ items: Target[] }>('GET', `/api/sla-targets?customerId=${customerId}`, {
    as: 'admin',
  });
  expect(res.status, JSON.stringify(res.body)).to.equal(200);
  return res.body.items;
}

/** The local date `YYYY-MM-DD` of an instant in Shanghai. */
const shanghaiDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

describe('SLA targets and calendar days imported from XLSX and CSV, all rows or none', function () {
  this.timeout(120_000);
  const n = randomInt(100_000, 999_999);
  const calendar = `IMP-CAL-${n}`;
  let customerId = '';
  let serviceId = '';

  before(async () => {
    await deployWorkflows();
    const customer = await api<{ id: string }>('POST', '/api/customers', {
      as: 'admin',
      body: { code: `CUST-IMP-${n}`, nameZh: '导入客户', nameEn: 'Import customer' },
    });
    expect(customer.status, JSON.stringify(customer.body)).to.equal(201);
    customerId = customer.body.id;
    const service = await api<{ id: string }>('POST', '/api/services', {
      as: 'admin',
      body: { code: `SVC-IMP-${n}`, nameZh: '导入服务', nameEn: 'Import service' },
    });
    expect(service.status, JSON.stringify(service.body)).to.equal(201);
    serviceId = service.body.id;
    // A calendar of this file's own, every hour working: a day off moves a due time by 24 h.
    const put = await api('PUT', `/api/calendars/${calendar}`, {
      as: 'admin',
      body: {
        nameZh: '导入测试日历',
        nameEn: 'Import test calendar',
        timeZone: 'Asia/Shanghai',
        workingHours: {
          mon: ALL_DAY,
          tue: ALL_DAY,
          wed: ALL_DAY,
          thu: ALL_DAY,
          fri: ALL_DAY,
          sat: ALL_DAY,
          sun: ALL_DAY,
        },
        appliesNationalDays: false,
        ownDays: [{ date: '2031-01-06', kind: 'holiday', nameZh: '旧日', nameEn: 'Old day' }],
      },
    });
    expect(put.status, JSON.stringify(put.body)).to.equal(201);
  });

  it('when SLA target rows are unreadable, repeat a key or name unknown references, refuses the file whole naming each row and column', async () => {
    // given: a good row and three cells that cannot be read (Chinese headers, CSV)
    const header = '记录类型,时钟,优先级,客户,服务,时长,单位,日历,阈值';
    const good = `incident,response,P3,CUST-IMP-${n},,2,小时,${calendar},60/90/100`;
    const unreadable = csv([
      header,
      good,
      `incident,response,P4,CUST-IMP-${n},,four,hours,${calendar},`,
      `incident,resolution,P4,CUST-IMP-${n},,8,weeks,${calendar},`,
      `incident,resolution,P3,CUST-IMP-${n},,8,hours,${calendar},60/x/100`,
    ]);

    // when
    const first = await upload('sla-targets/import', unreadable, CSV);

    // then
    expect(first.status).to.equal(400);
    expect((first.body as unknown as ErrorBody).error.message).to.match(/^Nothing was imported/);
    expect(fields(first)).to.deep.equal([
      'row 3 durationAmount: must be a number such as 4 or 0.5',
      'row 4 durationUnit: must be one of: minutes, hours, business_hours, business_days',
      'row 5 thresholds: must be three percentages such as 60/90/100',
    ]);

    // when: readable, but the third row has the key of the second
    const repeated = await upload(
      'sla-targets/import',
      csv([header, good, `incident,response,p3,CUST-IMP-${n},,3,hours,${calendar},`]),
      CSV,
    );

    // then
    expect(repeated.status).to.equal(400);
    expect(fields(repeated)).to.deep.equal([
      'row 3 key: has the record type, clock, priority, customer and service of row 2',
    ]);

    // when: references and rules the targets routes check (English headers, XLSX)
    const references = await upload(
      'sla-targets/import',
      await xlsx([
        [
          'Record type',
          'Clock',
          'Priority',
          'Customer',
          'Service',
          'Duration',
          'Unit',
          'Calendar',
          'Thresholds',
        ],
        ['incident', 'response', 'P3', `CUST-IMP-${n}`, null, 2, 'hours', calendar, '60/90/100'],
        ['incident', 'response', 'P2', 'NO-SUCH-CUSTOMER', null, 1, 'hours', calendar, null],
        ['incident', 'fulfilment', 'P2', `CUST-IMP-${n}`, null, 1, 'hours', calendar, null],
        ['incident', 'resolution', 'P2', `CUST-IMP-${n}`, null, 1, 'hours', calendar, '90/60/100'],
        [
          'incident',
          'resolution',
          'P1',
          `CUST-IMP-${n}`,
          'NO-SUCH-SERVICE',
          1,
          'hours',
          'NO-SUCH-CAL',
          null,
        ],
      ]),
      XLSX,
    );

    // then: every bad row named, and the good first row was not kept
    expect(references.status).to.equal(400);
    expect(
      (references.body as unknown as ErrorBody).error.details.map((d) => d.field),
    ).to.deep.equal([
      'row 3 customerCode',
      'row 4 clockType',
      'row 5 thresholds',
      'row 6 serviceCode',
      'row 6 calendar',
    ]);
    expect(fields(references)[1]).to.equal(
      'row 4 clockType: must be one of response, resolution for incident',
    );
    expect(await targetsOf(customerId)).to.deep.equal([]);
  });

  it('when a good SLA target file is imported, adds the new keys, changes the active one of an existing key and reads them back', async () => {
    // given: an override made through the API before
    const before = await api<Target>('POST', '/api/sla-targets', {
      as: 'admin',
      body: {
        recordType: 'incident',
        clockType: 'resolution',
        priority: 'P1',
        customerId,
        duration: { amount: 4, unit: 'hours' },
        calendar: 'CN-STD',
        thresholds: [50, 80, 100],
      },
    });
    expect(before.status, JSON.stringify(before.body)).to.equal(201);
    const file = await xlsx([
      [
        'Record type',
        'Clock',
        'Priority',
        'Customer',
        'Service',
        'Duration',
        'Unit',
        'Calendar',
        'Thresholds',
      ],
      // the same key: duration and calendar change, the thresholds stay
      ['incident', 'resolution', 'P1', `CUST-IMP-${n}`, null, 90, '分钟', calendar, null],
      // customer and service
      [
        'incident',
        'resolution',
        'P2',
        `CUST-IMP-${n}`,
        `SVC-IMP-${n}`,
        1.5,
        'business days',
        'CN-STD',
        '60/90/100',
      ],
      // one response target per priority for the customer, on this file's calendar
      ...['P1', 'P2', 'P3', 'P4'].map((p) => [
        'incident',
        'response',
        p,
        `CUST-IMP-${n}`,
        null,
        48,
        'hours',
        calendar,
        null,
      ]),
    ]);

    // when
    const res = await upload('sla-targets/import', file, XLSX);

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body).to.deep.equal({ imported: 6 });
    const targets = await targetsOf(customerId);
    const resolution = targets.filter((t) => t.clockType === 'resolution');
    expect(
      resolution.map((t) => [t.priority, t.serviceId, t.duration, t.calendar, t.thresholds]),
    ).to.deep.equal([
      ['P1', null, { amount: 90, unit: 'minutes' }, calendar, [50, 80, 100]],
      ['P2', serviceId, { amount: 1.5, unit: 'business_days' }, 'CN-STD', [60, 90, 100]],
    ]);
    expect(resolution[0]!.id).to.equal(before.body.id);
    const response = targets.filter((t) => t.clockType === 'response');
    expect(
      response.map((t) => [t.priority, t.duration.amount, t.calendar, t.thresholds]),
    ).to.deep.equal(['P1', 'P2', 'P3', 'P4'].map((p) => [p, 48, calendar, [50, 75, 100]]));
    // and the changed row is one row still (no second active row with the key)
    const all = await api<{ items: Target[] }>(
      'GET',
      `/api/sla-targets?customerId=${customerId}&includeInactive=true`,
      { as: 'admin' },
    );
    expect(all.body.items).to.have.length(6);
  });

  it('when calendar day rows are bad or repeat a date, or the calendar is missing or unknown, refuses the file whole and names them', async () => {
    // given
    const header = '日期,类型,中文名称,英文名称';
    const file = csv([
      header,
      '2031-01-07,节假日,公司活动,Company event',
      '2031-02-30,holiday,坏日期,Bad date',
      '2031-01-08,vacation,假期,Vacation',
      '2031-01-09,调休上班日,补班,',
      '2031/1/7,holiday,重复,Repeated',
    ]);

    // when
    const noCalendar = await upload('calendar-days/import', file, CSV);
    const unknown = await upload('calendar-days/import?calendar=NO-SUCH-CAL', file, CSV);
    const notForServices = await upload(`services/import?calendar=${calendar}`, file, CSV);
    const bad = await upload(`calendar-days/import?calendar=${calendar}`, file, CSV);

    // then
    expect(noCalendar.status).to.equal(400);
    expect(fields(noCalendar)).to.deep.equal(['calendar: is required for this import']);
    expect(unknown.status).to.equal(400);
    expect(fields(unknown)).to.deep.equal(['calendar: is not a known calendar']);
    expect(notForServices.status).to.equal(400);
    expect(fields(notForServices)).to.deep.equal(['calendar: is only for calendar-days']);
    expect(bad.status).to.equal(400);
    expect(fields(bad)).to.deep.equal([
      'row 3 date: must match format "date"',
      'row 4 kind: must be one of: holiday, adjusted_workday',
      'row 5 nameEn: is required',
    ]);

    // when: only the repeated date is left
    const repeated = await upload(
      `calendar-days/import?calendar=${calendar}`,
      csv([header, '2031-01-07,节假日,公司活动,Company event', '2031/1/7,holiday,重复,Repeated']),
      CSV,
    );

    // then
    expect(repeated.status).to.equal(400);
    expect(fields(repeated)).to.deep.equal(['row 3 date: repeats the date of row 2']);
    const stored = await api<CalendarView>('GET', `/api/calendars/${calendar}`, { as: 'admin' });
    expect(stored.body.ownDays?.map((d) => d.date)).to.deep.equal(['2031-01-06']);
  });

  it('when calendar days are imported, they are upserted by date, read back, and an open clock on the calendar moves', async () => {
    // given: an incident of the customer whose response clock counts 48 h on the calendar
    // (the targets of the previous test)
    const reported = await reportIncident({
      title: `Import: 日历 / calendar ${n}`,
      impact: 3,
      urgency: 3,
      customerId,
    });
    const response = await waitFor(
      'the response clock',
      async () => (await clocks(reported.number)).response,
    );
    const dueBefore = new Date(response.dueAt);
    const startDay = shanghaiDate(new Date(dueBefore.getTime() - 48 * 3600_000));
    // the day after the start, local: made a holiday, the clock needs 24 h more
    const dayOff = shanghaiDate(
      new Date(new Date(`${startDay}T12:00:00+08:00`).getTime() + DAY_MS),
    );
    const [y, m, d] = dayOff.split('-').map(Number);
    const file = await xlsx([
      ['Date', 'Kind', 'Chinese name', 'English name', 'Source'],
      // an Excel date cell
      [new Date(Date.UTC(y!, m! - 1, d!)), '节假日', '导入假日', 'Imported day off', '通知 2031-1'],
      // the date the calendar had: replaced
      ['2031-01-06', 'Adjusted working day', '调休', 'Swapped day', null],
    ]);

    // when
    const res = await upload(`calendar-days/import?calendar=${calendar}`, file, XLSX);

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body.imported).to.equal(2);
    expect(res.body.recalculatedClocks).to.be.at.least(1);
    const stored = await api<CalendarView>('GET', `/api/calendars/${calendar}`, { as: 'admin' });
    expect(stored.body.ownDays).to.deep.equal(
      [
        {
          date: '2031-01-06',
          kind: 'adjusted_workday',
          nameZh: '调休',
          nameEn: 'Swapped day',
          source: 'import',
        },
        {
          date: dayOff,
          kind: 'holiday',
          nameZh: '导入假日',
          nameEn: 'Imported day off',
          source: '通知 2031-1',
        },
      ].sort((a, b) => a.date.localeCompare(b.date)),
    );
    const after = await clocks(reported.number);
    expect(new Date(after.response!.dueAt).getTime() - dueBefore.getTime()).to.equal(DAY_MS);
  });
});
