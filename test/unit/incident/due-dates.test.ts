import { expect } from 'chai';
import { createBusinessCalendar } from '../../../lib/calendar/business-calendar.ts';
import { CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import { businessDaysAfter, isoLocal, minutesAfter } from '../../../lib/incident/due-dates.ts';

const calendar = createBusinessCalendar(CN_STD, SHIPPED_NATIONAL_DAYS);

describe('incident/due-dates', () => {
  it('when resolved on a Friday afternoon, the return visit is due 3 business days later on Wednesday', () => {
    // given: Friday 2026-11-20 15:00 +08:00
    const resolvedAt = new Date('2026-11-20T15:00:00+08:00');
    // when
    const due = businessDaysAfter(calendar, resolvedAt, 3);
    // then
    expect(isoLocal(due)).to.equal('2026-11-25T15:00:00+08:00');
  });

  it('when restored before the National Day holiday, skips the holiday week', () => {
    // given: Wednesday 2026-09-30 10:00 +08:00; 1–7 October are holidays
    const restoredAt = new Date('2026-09-30T10:00:00+08:00');
    // when
    const report = businessDaysAfter(calendar, restoredAt, 2);
    // then: 420 minutes on 30 September, 480 on Thursday 8 October, 60 on Friday 9 October
    expect(isoLocal(report)).to.equal('2026-10-09T10:00:00+08:00');
  });

  it('when adding an update interval, counts plain minutes and formats with +08:00', () => {
    // given / when
    const next = minutesAfter(new Date('2026-11-24T23:30:00+08:00'), 60);
    // then
    expect(isoLocal(next)).to.equal('2026-11-25T00:30:00+08:00');
  });
});
