import { expect } from 'chai';
import {
  CalendarDataError,
  createBusinessCalendar,
} from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import { formatInstant, localDateOf } from '../../../lib/calendar/time-zone.ts';
import type { CalendarDefinition, NationalDaysYear } from '../../../lib/calendar/types.ts';
import {
  addWorkingMinutes,
  isWorkingDay,
  isWorkingInstant,
  nextWorkingTime,
  workingMinutesBetween,
} from '../../../lib/calendar/working-time.ts';

const std = createBusinessCalendar(CN_STD, SHIPPED_NATIONAL_DAYS);
const allDay = createBusinessCalendar(CN_24X7, SHIPPED_NATIONAL_DAYS);

/** An instant written in Shanghai local time, e.g. `2026-09-30T16:00`. */
function local(text: string): Date {
  return new Date(`${text}:00+08:00`);
}

function shanghai(at: Date): string {
  return formatInstant('Asia/Shanghai', at);
}

/** A made-up 2027 table for tests only (the real notice was not published when written). */
const TEST_2027: NationalDaysYear = {
  year: 2027,
  source: 'test fixture',
  days: [
    {
      date: '2027-01-01',
      kind: 'holiday',
      nameZh: '元旦',
      nameEn: "New Year's Day",
      source: 'test',
    },
  ],
};

describe('calendar/working-time', () => {
  describe('addWorkingMinutes (§0.11 scenario 1: across National Day and an adjusted Saturday)', () => {
    it('when 1,440 working minutes start on Wed 2026-09-30 16:00 on CN-STD, is due on the adjusted Saturday 2026-10-10 16:00', () => {
      // given
      const start = local('2026-09-30T16:00');
      // when
      const due = addWorkingMinutes(std, start, 1440);
      // then
      expect(shanghai(due.at)).to.equal('2026-10-10T16:00:00+08:00');
      expect(due.calendarIncomplete).to.equal(false);
    });

    it('when 720 and 1,080 minutes start at the same instant, reach 2026-10-09 11:00 and 18:00 (at50, at75)', () => {
      // given
      const start = local('2026-09-30T16:00');
      // when
      const at50 = addWorkingMinutes(std, start, 720);
      const at75 = addWorkingMinutes(std, start, 1080);
      // then
      expect(shanghai(at50.at)).to.equal('2026-10-09T11:00:00+08:00');
      expect(shanghai(at75.at)).to.equal('2026-10-09T18:00:00+08:00');
    });

    it('when a target is reached exactly at 18:00, is due at 18:00, not at 09:00 the next working day', () => {
      // given
      const start = local('2026-03-02T09:00');
      // when
      const due = addWorkingMinutes(std, start, 480);
      // then
      expect(shanghai(due.at)).to.equal('2026-03-02T18:00:00+08:00');
    });

    it('when counting through the lunch break, skips 12:00–13:00', () => {
      // given
      const start = local('2026-03-02T11:30');
      // when
      const due = addWorkingMinutes(std, start, 60);
      // then
      expect(shanghai(due.at)).to.equal('2026-03-02T13:30:00+08:00');
    });

    it('when zero minutes are added, is due at the start itself', () => {
      // given
      const start = local('2026-03-07T10:00');
      // when
      const due = addWorkingMinutes(std, start, 0);
      // then
      expect(due.at.getTime()).to.equal(start.getTime());
    });

    it('when minutes are negative, throws a RangeError', () => {
      // given
      const start = local('2026-03-02T09:00');
      // when
      const add = () => addWorkingMinutes(std, start, -1);
      // then
      expect(add).to.throw(RangeError);
    });
  });

  describe('created on a holiday (§0.11 scenario 2)', () => {
    it('when 30 minutes start on Sat 2026-02-21 10:00 (Spring Festival), count from Tue 2026-02-24 09:00 and are due 09:30', () => {
      // given
      const created = local('2026-02-21T10:00');
      // when
      const countsFrom = nextWorkingTime(std, created);
      const due = addWorkingMinutes(std, created, 30);
      // then
      expect(shanghai(countsFrom.at)).to.equal('2026-02-24T09:00:00+08:00');
      expect(shanghai(due.at)).to.equal('2026-02-24T09:30:00+08:00');
    });

    it('when 30 minutes start on Sat 2026-02-14 10:00 (adjusted working day), are due 10:30 the same day', () => {
      // given
      const created = local('2026-02-14T10:00');
      // when
      const due = addWorkingMinutes(std, created, 30);
      // then
      expect(shanghai(due.at)).to.equal('2026-02-14T10:30:00+08:00');
    });
  });

  describe('24×7 calendar (§0.11 scenario 4)', () => {
    it('when 240 minutes start on Sun 2026-10-04 02:00 (National Day) on CN-24x7, are due 06:00 the same day', () => {
      // given
      const created = local('2026-10-04T02:00');
      // when
      const due = addWorkingMinutes(allDay, created, 240);
      // then
      expect(shanghai(due.at)).to.equal('2026-10-04T06:00:00+08:00');
      expect(due.calendarIncomplete).to.equal(false);
    });

    it('when no national year is loaded at all, never flags a 24×7 computation incomplete', () => {
      // given
      const bare = createBusinessCalendar(CN_24X7, []);
      // when
      const due = addWorkingMinutes(bare, local('2030-01-01T00:00'), 60 * 24 * 400);
      // then
      expect(due.calendarIncomplete).to.equal(false);
      expect(shanghai(due.at)).to.equal('2031-02-05T00:00:00+08:00');
    });
  });

  describe('missing calendar year (§0.11 scenario 7)', () => {
    it('when a computation runs into 2027 without a 2027 table, counts weekdays only and flags calendarIncomplete', () => {
      // given
      const start = local('2026-12-28T09:00');
      // when
      const due = addWorkingMinutes(std, start, 2400);
      // then
      expect(shanghai(due.at)).to.equal('2027-01-01T18:00:00+08:00');
      expect(due.calendarIncomplete).to.equal(true);
    });

    it('when the due instant is 18:00 on 2026-12-31, does not look into 2027 and is not flagged', () => {
      // given
      const start = local('2026-12-28T09:00');
      // when
      const due = addWorkingMinutes(std, start, 1920);
      // then
      expect(shanghai(due.at)).to.equal('2026-12-31T18:00:00+08:00');
      expect(due.calendarIncomplete).to.equal(false);
    });

    it('when the 2027 table is loaded, applies its holidays and clears the flag', () => {
      // given
      const loaded = createBusinessCalendar(CN_STD, [...SHIPPED_NATIONAL_DAYS, TEST_2027]);
      // when
      const due = addWorkingMinutes(loaded, local('2026-12-28T09:00'), 2400);
      // then
      expect(shanghai(due.at)).to.equal('2027-01-04T18:00:00+08:00');
      expect(due.calendarIncomplete).to.equal(false);
    });

    it('when asked about a date of a missing year, answers by weekday and flags it', () => {
      // given
      const date = '2027-01-01';
      // when
      const answer = isWorkingDay(std, date);
      // then
      expect(answer).to.deep.equal({ working: true, calendarIncomplete: true });
    });
  });

  describe('the year boundary', () => {
    it('when an instant is 2026-12-31T16:30:00Z, its local date in Asia/Shanghai is 2027-01-01 (the numbering year of §0.3)', () => {
      // given
      const created = new Date('2026-12-31T16:30:00Z');
      // when
      const date = localDateOf(std.timeZone, created);
      // then
      expect(date).to.deep.equal({ year: 2027, month: 1, day: 1 });
    });

    it('when working minutes are counted from 2026-12-31 into a loaded 2027, skip the New Year holiday and weekend', () => {
      // given
      const loaded = createBusinessCalendar(CN_STD, [...SHIPPED_NATIONAL_DAYS, TEST_2027]);
      // when
      const minutes = workingMinutesBetween(
        loaded,
        local('2026-12-31T17:00'),
        local('2027-01-04T10:00'),
      );
      // then
      expect(minutes).to.deep.equal({ minutes: 120, calendarIncomplete: false });
    });

    it('when New Year 2026 is crossed, the adjusted Sunday 2026-01-04 is worked', () => {
      // given
      const from = local('2025-12-31T17:00');
      // when
      const due = addWorkingMinutes(
        createBusinessCalendar(CN_STD, [
          ...SHIPPED_NATIONAL_DAYS,
          { year: 2025, source: 'test', days: [] },
        ]),
        from,
        120,
      );
      // then
      expect(shanghai(due.at)).to.equal('2026-01-04T10:00:00+08:00');
    });
  });

  describe('workingMinutesBetween', () => {
    it('when paused from Mon 2026-03-02 14:00 to Tue 14:00, counts 480 working minutes', () => {
      // given
      const from = local('2026-03-02T14:00');
      const to = local('2026-03-03T14:00');
      // when
      const minutes = workingMinutesBetween(std, from, to);
      // then
      expect(minutes).to.deep.equal({ minutes: 480, calendarIncomplete: false });
    });

    it('when the span is National Day week, counts nothing from 2026-10-01 to 2026-10-07 and the adjusted Saturday fully', () => {
      // given
      const from = local('2026-10-01T00:00');
      // when
      const holidays = workingMinutesBetween(std, from, local('2026-10-08T00:00'));
      const adjustedSaturday = workingMinutesBetween(
        std,
        local('2026-10-10T00:00'),
        local('2026-10-11T00:00'),
      );
      // then
      expect(holidays.minutes).to.equal(0);
      expect(adjustedSaturday.minutes).to.equal(480);
    });

    it('when it is the inverse of addWorkingMinutes, returns the minutes added', () => {
      // given
      const start = local('2026-09-30T16:00');
      const due = addWorkingMinutes(std, start, 1440).at;
      // when
      const minutes = workingMinutesBetween(std, start, due);
      // then
      expect(minutes.minutes).to.equal(1440);
    });

    it('when to is before from, throws a RangeError', () => {
      // given
      const from = local('2026-03-03T14:00');
      // when
      const between = () => workingMinutesBetween(std, from, local('2026-03-02T14:00'));
      // then
      expect(between).to.throw(RangeError);
    });
  });

  describe('isWorkingInstant and nextWorkingTime', () => {
    it('when the instant is 18:00 on a weekday, it is not working time and the next working instant is 09:00 the next day', () => {
      // given
      const evening = local('2026-03-02T18:00');
      // when
      const working = isWorkingInstant(std, evening);
      const next = nextWorkingTime(std, evening);
      // then
      expect(working.working).to.equal(false);
      expect(shanghai(next.at)).to.equal('2026-03-03T09:00:00+08:00');
    });

    it('when the instant is inside working time, it is its own next working instant', () => {
      // given
      const morning = local('2026-03-02T10:15');
      // when
      const next = nextWorkingTime(std, morning);
      // then
      expect(isWorkingInstant(std, morning).working).to.equal(true);
      expect(next.at.getTime()).to.equal(morning.getTime());
    });

    it('when the day is a holiday on a weekday or an adjusted weekend day, answers by the national table', () => {
      // given
      const holiday = '2026-10-05';
      const adjusted = '2026-09-20';
      // when
      const onHoliday = isWorkingDay(std, holiday);
      const onAdjusted = isWorkingDay(std, adjusted);
      // then
      expect(onHoliday.working).to.equal(false);
      expect(onAdjusted.working).to.equal(true);
      expect(isWorkingDay(allDay, holiday).working).to.equal(true);
    });
  });

  describe('time zones', () => {
    it('when a calendar is in a zone with daylight saving time, counts real minutes across the change', () => {
      // given: Europe/Berlin springs forward on 2026-03-29 at 02:00
      const berlin = createBusinessCalendar(
        { ...CN_24X7, code: 'EU-24x7', timeZone: 'Europe/Berlin' },
        [],
      );
      const from = new Date('2026-03-28T23:00:00Z');
      // when
      const day = workingMinutesBetween(berlin, from, new Date('2026-03-29T22:00:00Z'));
      // then
      expect(day.minutes).to.equal(23 * 60);
      expect(formatInstant('Europe/Berlin', from)).to.equal('2026-03-29T00:00:00+01:00');
    });

    it('when office hours are in Europe/Berlin, they follow local wall time after the change', () => {
      // given
      const berlin = createBusinessCalendar(
        { ...CN_STD, code: 'EU-STD', timeZone: 'Europe/Berlin' },
        [],
      );
      // when
      const next = nextWorkingTime(berlin, new Date('2026-03-30T00:00:00Z'));
      // then
      expect(next.at.toISOString()).to.equal('2026-03-30T07:00:00.000Z');
    });
  });

  describe('createBusinessCalendar', () => {
    it('when the time zone is unknown, throws CalendarDataError INVALID_TIME_ZONE', () => {
      // given
      const definition: CalendarDefinition = { ...CN_STD, timeZone: 'Mars/Olympus' };
      // when
      const create = () => createBusinessCalendar(definition, []);
      // then
      expect(create).to.throw(CalendarDataError).with.property('problem', 'INVALID_TIME_ZONE');
    });

    it('when intervals overlap, throws CalendarDataError INVALID_INTERVAL', () => {
      // given
      const definition: CalendarDefinition = {
        ...CN_STD,
        workingHours: {
          ...CN_STD.workingHours,
          mon: [
            { from: '09:00', to: '12:30' },
            { from: '12:00', to: '18:00' },
          ],
        },
      };
      // when
      const create = () => createBusinessCalendar(definition, []);
      // then
      expect(create).to.throw(CalendarDataError).with.property('problem', 'INVALID_INTERVAL');
    });

    it('when a national year lists a date twice, throws CalendarDataError DUPLICATE_DATE', () => {
      // given
      const year: NationalDaysYear = { ...TEST_2027, days: [...TEST_2027.days, ...TEST_2027.days] };
      // when
      const create = () => createBusinessCalendar(CN_STD, [year]);
      // then
      expect(create).to.throw(CalendarDataError).with.property('problem', 'DUPLICATE_DATE');
    });

    it('when a calendar has its own Saturday working day, it wins over the national table', () => {
      // given
      const saturdaySupport = createBusinessCalendar(
        {
          ...CN_STD,
          code: 'CUST-SAT',
          ownDays: [
            {
              date: '2026-03-07',
              kind: 'adjusted_workday',
              nameZh: '支持日',
              nameEn: 'Support day',
              source: 'contract',
            },
          ],
        },
        SHIPPED_NATIONAL_DAYS,
      );
      // when
      const answer = isWorkingDay(saturdaySupport, '2026-03-07');
      // then
      expect(answer.working).to.equal(true);
      expect(isWorkingDay(std, '2026-03-07').working).to.equal(false);
    });

    it('when business-day minutes are not given, derives 480 on CN-STD and 1,440 on CN-24x7', () => {
      // given / when
      const minutes = [std.businessDayMinutes, allDay.businessDayMinutes];
      // then
      expect(minutes).to.deep.equal([480, 1440]);
    });
  });
});
