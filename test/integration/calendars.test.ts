import { expect } from 'chai';
import type { Knex } from 'knex';
import { createCalendarsRepository } from '../../db/repositories/calendars.repository.ts';
import { createCalendarProvider } from '../../lib/calendar/calendar-provider.ts';
import { CN_NATIONAL_DAYS_2026 } from '../../lib/calendar/national-days-2026.ts';
import { formatInstant } from '../../lib/calendar/time-zone.ts';
import { isWorkingDay, nextWorkingTime } from '../../lib/calendar/working-time.ts';
import { api, type ApiAnswer } from '../helpers/api.ts';
import { rowCounts } from '../helpers/db-snapshot.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; message: string }[] };
}
type Json = Record<string, unknown> & ErrorBody;

/**
 * A year far from the ones other tests compute SLA clocks in, so loading it changes no one
 * else's expectations (2027 is the year an administrator would load next).
 */
const FUTURE_YEAR = 2099;

const fieldsOf = (res: ApiAnswer<ErrorBody>) => (res.body.error?.details ?? []).map((d) => d.field);
const call = <T = Json>(method: string, url: string, body?: unknown, as = 'admin') =>
  api<T>(method, url, { as, body });

/** A provider over the database, as the workers and the API build it. */
const providerOver = (db: Knex) => createCalendarProvider(createCalendarsRepository(db).loadAll);

const OFFICE_DAY = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '18:00' },
];

describe('calendars and national days through the API', () => {
  let db: Knex;
  before(() => {
    db = testContext().platform.db;
  });

  it('when any signed-in user reads the calendars, gets CN-STD and CN-24x7 and the shipped 2026 table', async () => {
    // given / when
    const list = await call<{ items: { code: string }[]; total: number }>(
      'GET',
      '/api/calendars',
      undefined,
      'requester',
    );
    const std = await call<{
      workingHours: { mon: unknown[]; sat: unknown[] };
      appliesNationalDays: boolean;
    }>('GET', '/api/calendars/CN-STD', undefined, 'customer-contact');
    const years = await call<{ items: { year: number; dayCount: number; loadedBy: string }[] }>(
      'GET',
      '/api/calendars/national-days',
      undefined,
      'service-desk',
    );
    const y2026 = await call<{ year: number; days: { date: string; kind: string }[] }>(
      'GET',
      '/api/calendars/national-days/2026',
      undefined,
      'service-desk',
    );
    // then
    expect(list.body.items.map((c) => c.code)).to.include.members(['CN-STD', 'CN-24x7']);
    expect(list.body.total).to.equal(list.body.items.length);
    expect(std.body.workingHours.mon).to.deep.equal(OFFICE_DAY);
    expect(std.body.workingHours.sat).to.deep.equal([]);
    expect(std.body.appliesNationalDays).to.equal(true);
    expect(years.body.items.find((y) => y.year === 2026)).to.deep.include({
      dayCount: CN_NATIONAL_DAYS_2026.days.length,
      loadedBy: 'system:seed',
    });
    expect(y2026.body.days.map((d) => `${d.date} ${d.kind}`)).to.deep.equal(
      [...CN_NATIONAL_DAYS_2026.days]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((d) => `${d.date} ${d.kind}`),
    );
  });

  it('when an admin loads a future year, GET shows it, the audit log has it and a calendar provider sees the holiday', async () => {
    // given: 2099-01-01 is a Thursday, 2099-01-03 a Saturday
    const before = await providerOver(db).get('CN-STD');
    const body = {
      source: `国务院办公厅关于${FUTURE_YEAR}年部分节假日安排的通知 (test)`,
      days: [
        { date: `${FUTURE_YEAR}-01-02`, kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" },
        { date: `${FUTURE_YEAR}-01-01`, kind: 'holiday', nameZh: '元旦', nameEn: "New Year's Day" },
        {
          date: `${FUTURE_YEAR}-01-03`,
          kind: 'adjusted_workday',
          nameZh: '元旦',
          nameEn: "New Year's Day",
        },
      ],
    };
    // when
    const put = await call<{
      year: number;
      days: { date: string; source: string }[];
      recalculatedClocks: number;
    }>('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, body);
    const got = await call<{
      year: number;
      source: string;
      loadedBy: string;
      days: { date: string; kind: string; nameZh: string }[];
    }>('GET', `/api/calendars/national-days/${FUTURE_YEAR}`, undefined, 'service-desk');
    const after = await providerOver(db).get('CN-STD');
    const audit: { action: string; actor: string }[] = await db('audit_log')
      .where({ table_name: 'national_day_years', record_id: String(FUTURE_YEAR) })
      .orderBy('id')
      .select('action', 'actor');
    // then
    expect(put.status).to.equal(200);
    expect(put.body.year).to.equal(FUTURE_YEAR);
    expect(put.body.days.map((d) => d.date)).to.deep.equal([
      `${FUTURE_YEAR}-01-01`,
      `${FUTURE_YEAR}-01-02`,
      `${FUTURE_YEAR}-01-03`,
    ]);
    expect(put.body.days.every((d) => d.source === body.source)).to.equal(true);
    expect(put.body.recalculatedClocks).to.be.a('number').and.at.least(0);
    expect(got.body).to.deep.include({ year: FUTURE_YEAR, source: body.source, loadedBy: 'admin' });
    expect(got.body.days.map((d) => `${d.date} ${d.kind}`)).to.deep.equal([
      `${FUTURE_YEAR}-01-01 holiday`,
      `${FUTURE_YEAR}-01-02 holiday`,
      `${FUTURE_YEAR}-01-03 adjusted_workday`,
    ]);
    expect(before.nationalYears.has(FUTURE_YEAR)).to.equal(false);
    expect(isWorkingDay(before, `${FUTURE_YEAR}-01-01`)).to.deep.equal({
      working: true,
      calendarIncomplete: true,
    });
    expect(after.nationalYears.has(FUTURE_YEAR)).to.equal(true);
    expect(isWorkingDay(after, `${FUTURE_YEAR}-01-01`)).to.deep.equal({
      working: false,
      calendarIncomplete: false,
    });
    expect(isWorkingDay(after, `${FUTURE_YEAR}-01-03`).working).to.equal(true);
    expect(audit).to.deep.equal([{ action: 'load', actor: 'admin' }]);
  });

  it('when an admin loads the same year again with other dates, the year is replaced as a whole', async () => {
    // given
    const first = {
      source: 'first notice',
      days: [
        { date: `${FUTURE_YEAR}-05-01`, kind: 'holiday', nameZh: '劳动节', nameEn: 'Labour Day' },
      ],
    };
    const second = {
      source: 'corrected notice',
      days: [
        { date: `${FUTURE_YEAR}-05-04`, kind: 'holiday', nameZh: '劳动节', nameEn: 'Labour Day' },
      ],
    };
    // when
    await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, first);
    const res = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, second);
    const got = await call<{ source: string; days: { date: string }[] }>(
      'GET',
      `/api/calendars/national-days/${FUTURE_YEAR}`,
    );
    const stored: { n: string | number }[] = await db('calendar_days')
      .whereNull('calendar_id')
      .whereBetween('date', [`${FUTURE_YEAR}-01-01`, `${FUTURE_YEAR}-12-31`])
      .count('* as n');
    // then
    expect(res.status).to.equal(200);
    expect(got.body.source).to.equal('corrected notice');
    expect(got.body.days.map((d) => d.date)).to.deep.equal([`${FUTURE_YEAR}-05-04`]);
    expect(Number(stored[0]!.n)).to.equal(1);
  });

  it('when a date is not a date, lies outside the year or repeats, answers 400 naming the entry and writes nothing', async () => {
    // given
    const tables = ['calendar_days', 'national_day_years', 'audit_log'];
    const before = await rowCounts(db, tables);
    const yearBefore = await call('GET', `/api/calendars/national-days/${FUTURE_YEAR}`);
    const day = (date: string) => ({ date, kind: 'holiday', nameZh: '节', nameEn: 'Day' });
    // when
    const notADate = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, {
      source: 'bad',
      days: [day(`${FUTURE_YEAR}-02-01`), day(`${FUTURE_YEAR}-02-30`)],
    });
    const otherYear = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, {
      source: 'bad',
      days: [
        day(`${FUTURE_YEAR}-02-01`),
        day(`${FUTURE_YEAR}-02-02`),
        day(`${FUTURE_YEAR - 1}-12-31`),
      ],
    });
    const repeated = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, {
      source: 'bad',
      days: [day(`${FUTURE_YEAR}-02-01`), day(`${FUTURE_YEAR}-02-01`)],
    });
    const badKind = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, {
      source: 'bad',
      days: [{ ...day(`${FUTURE_YEAR}-02-01`), kind: 'bridge' }],
    });
    const empty = await call('PUT', `/api/calendars/national-days/${FUTURE_YEAR}`, {
      source: 'bad',
      days: [],
    });
    const badYear = await call('PUT', '/api/calendars/national-days/20x9', {
      source: 'bad',
      days: [day('2099-01-01')],
    });
    const notAdmin = await call(
      'PUT',
      `/api/calendars/national-days/${FUTURE_YEAR}`,
      { source: 'x', days: [day(`${FUTURE_YEAR}-02-01`)] },
      'service-level-manager',
    );
    // then
    expect(notADate.status).to.equal(400);
    expect(fieldsOf(notADate)).to.deep.equal(['days.1.date']);
    expect(otherYear.status).to.equal(400);
    expect(fieldsOf(otherYear)).to.deep.equal(['days.2.date']);
    expect(otherYear.body.error.message).to.include(
      `${FUTURE_YEAR - 1}-12-31 is not in ${FUTURE_YEAR}`,
    );
    expect(repeated.status).to.equal(400);
    expect(fieldsOf(repeated)).to.deep.equal(['days.1.date']);
    expect(badKind.status).to.equal(400);
    expect(fieldsOf(badKind)).to.deep.equal(['days.0.kind']);
    expect(empty.status).to.equal(400);
    expect(fieldsOf(empty)).to.deep.equal(['days']);
    expect(badYear.status).to.equal(400);
    expect(fieldsOf(badYear)).to.deep.equal(['year']);
    expect(notAdmin.status).to.equal(403);
    expect(await rowCounts(db, tables)).to.deep.equal(before);
    expect((await call('GET', `/api/calendars/national-days/${FUTURE_YEAR}`)).body).to.deep.equal(
      yearBefore.body,
    );
  });

  it('when a year is not loaded or not a year, GET answers 404 or 400', async () => {
    // given / when
    const missing = await call('GET', '/api/calendars/national-days/2098', undefined, 'requester');
    const huge = await call('GET', '/api/calendars/national-days/9999999999999');
    const unknownCalendar = await call('GET', '/api/calendars/NO-SUCH');
    // then
    expect(missing.status).to.equal(404);
    expect(huge.status).to.equal(400);
    expect(unknownCalendar.status).to.equal(404);
  });

  it('when an admin creates and changes a Saturday-support calendar, it is stored and a provider computes on it', async () => {
    // given
    const code = 'SAT-SUPPORT-TEST';
    const definition = {
      nameZh: '周六支持日历',
      nameEn: 'Saturday support calendar',
      timeZone: 'Asia/Shanghai',
      workingHours: {
        mon: OFFICE_DAY,
        tue: OFFICE_DAY,
        wed: OFFICE_DAY,
        thu: OFFICE_DAY,
        fri: OFFICE_DAY,
        sat: [{ from: '09:00', to: '12:00' }],
        sun: [],
      },
      appliesNationalDays: true,
    };
    // when
    const created = await call<{
      created: boolean;
      calendar: { code: string };
      recalculatedClocks: number;
    }>('PUT', `/api/calendars/${code}`, definition);
    const changed = await call<{
      created: boolean;
      calendar: { businessDayMinutes: number; ownDays: { date: string }[] };
    }>('PUT', `/api/calendars/${code}`, {
      ...definition,
      businessDayMinutes: 420,
      ownDays: [
        { date: '2026-12-26', kind: 'holiday', nameZh: '公司活动', nameEn: 'Company event' },
      ],
    });
    const calendar = await providerOver(db).get(code);
    // Saturday 2026-11-28 08:00 in Shanghai → 09:00 the same Saturday
    const saturday = nextWorkingTime(calendar, new Date('2026-11-28T00:00:00Z'));
    const { id }: { id: string } = await db('calendars').where({ code }).first('id');
    const audit: { action: string }[] = await db('audit_log')
      .where({ table_name: 'calendars', record_id: id })
      .orderBy('id')
      .select('action');
    // then
    expect(created.status).to.equal(201);
    expect(created.body.created).to.equal(true);
    expect(created.body.recalculatedClocks).to.be.a('number');
    expect(changed.status).to.equal(200);
    expect(changed.body.created).to.equal(false);
    expect(changed.body.calendar.businessDayMinutes).to.equal(420);
    expect(changed.body.calendar.ownDays.map((d) => d.date)).to.deep.equal(['2026-12-26']);
    expect(formatInstant('Asia/Shanghai', saturday.at)).to.equal('2026-11-28T09:00:00+08:00');
    expect(isWorkingDay(calendar, '2026-12-26').working).to.equal(false);
    expect(calendar.businessDayMinutes).to.equal(420);
    expect(audit.map((a) => a.action)).to.deep.equal(['create', 'update']);
  });

  it('when a calendar definition is invalid, answers 400 with the reason and the field, and stores nothing', async () => {
    // given
    const week = {
      mon: OFFICE_DAY,
      tue: OFFICE_DAY,
      wed: OFFICE_DAY,
      thu: OFFICE_DAY,
      fri: OFFICE_DAY,
      sat: [],
      sun: [],
    };
    const base = {
      nameZh: '坏日历',
      nameEn: 'Bad calendar',
      timeZone: 'Asia/Shanghai',
      workingHours: week,
      appliesNationalDays: false,
    };
    const before = await rowCounts(db, ['calendars', 'calendar_days', 'audit_log']);
    // when
    const backwards = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      workingHours: { ...week, mon: [{ from: '18:00', to: '09:00' }] },
    });
    const overlapping = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      workingHours: {
        ...week,
        tue: [
          { from: '09:00', to: '13:00' },
          { from: '12:00', to: '18:00' },
        ],
      },
    });
    const zone = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      timeZone: 'Mars/Olympus_Mons',
    });
    const nothing = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      workingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    const badTime = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      workingHours: { ...week, sat: [{ from: '25:00', to: '26:00' }] },
    });
    const missingDay = await call('PUT', '/api/calendars/BAD-CAL', {
      ...base,
      workingHours: { mon: OFFICE_DAY },
    });
    const reserved = await call('PUT', '/api/calendars/national-days', base);
    const notAdmin = await call('PUT', '/api/calendars/BAD-CAL', base, 'process-owner');
    // then
    expect(backwards.status).to.equal(400);
    expect(fieldsOf(backwards)).to.deep.equal(['workingHours']);
    expect(backwards.body.error.message).to.include('mon: invalid interval 18:00–09:00');
    expect(fieldsOf(overlapping)).to.deep.equal(['workingHours']);
    expect(overlapping.body.error.message).to.include('overlapping');
    expect(fieldsOf(zone)).to.deep.equal(['timeZone']);
    expect(fieldsOf(nothing)).to.deep.equal(['workingHours']);
    expect(nothing.body.error.message).to.include('no working hours');
    expect(fieldsOf(badTime)).to.deep.equal(['workingHours.sat.0.from', 'workingHours.sat.0.to']);
    expect(fieldsOf(missingDay)).to.include.members(['workingHours.tue', 'workingHours.sun']);
    expect(reserved.status).to.equal(400);
    expect(fieldsOf(reserved)).to.deep.equal(['code']);
    expect(notAdmin.status).to.equal(403);
    expect(await rowCounts(db, ['calendars', 'calendar_days', 'audit_log'])).to.deep.equal(before);
  });
});
