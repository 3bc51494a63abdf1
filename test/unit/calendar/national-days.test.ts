import { expect } from 'chai';
import { CN_24X7, CN_STD, DEFAULT_TIME_ZONE } from '../../../lib/calendar/default-calendars.ts';
import { CN_NATIONAL_DAYS_2026 } from '../../../lib/calendar/national-days-2026.ts';

describe('calendar/national-days-2026', () => {
  it('when the shipped 2026 table is read, holds the 33 holidays and 6 adjusted working days of §0.4', () => {
    // given
    const days = CN_NATIONAL_DAYS_2026.days;
    // when
    const holidays = days.filter((day) => day.kind === 'holiday').length;
    const adjusted = days.filter((day) => day.kind === 'adjusted_workday').map((day) => day.date);
    // then
    expect(holidays).to.equal(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(adjusted).to.deep.equal([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('when the National Day rows are read, cover 2026-10-01 to 2026-10-07', () => {
    // given
    const days = CN_NATIONAL_DAYS_2026.days;
    // when
    const nationalDay = days
      .filter((day) => day.nameEn === 'National Day' && day.kind === 'holiday')
      .map((day) => day.date);
    // then
    expect(nationalDay).to.deep.equal([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
  });

  it('when the default calendars are read, CN-STD applies national days in Asia/Shanghai and CN-24x7 does not', () => {
    // given / when
    const calendars = [CN_STD, CN_24X7].map((calendar) => [
      calendar.code,
      calendar.appliesNationalDays,
    ]);
    // then
    expect(calendars).to.deep.equal([
      ['CN-STD', true],
      ['CN-24x7', false],
    ]);
    expect(CN_STD.timeZone).to.equal(DEFAULT_TIME_ZONE);
    expect(DEFAULT_TIME_ZONE).to.equal('Asia/Shanghai');
  });
});
