import { expect } from 'chai';
import {
  DEFAULT_NATIONAL_DAYS_WARNING,
  nationalYearsToWarnAbout,
} from '../../../lib/calendar/national-days-warning.ts';

const loaded2026 = new Set([2026]);

describe('calendar/national-days-warning', () => {
  it('when it is 31 October 2026 in Shanghai, no warning is due yet', () => {
    // given
    const at = new Date('2026-10-31T23:59:00+08:00');
    // when
    const years = nationalYearsToWarnAbout(
      loaded2026,
      at,
      'Asia/Shanghai',
      DEFAULT_NATIONAL_DAYS_WARNING,
    );
    // then
    expect(years).to.deep.equal([]);
  });

  it('when it is 1 November 2026 in Shanghai (still 31 October in UTC) and 2027 is missing, warns about 2027', () => {
    // given
    const at = new Date('2026-10-31T16:30:00Z');
    // when
    const years = nationalYearsToWarnAbout(
      loaded2026,
      at,
      'Asia/Shanghai',
      DEFAULT_NATIONAL_DAYS_WARNING,
    );
    // then
    expect(years).to.deep.equal([2027]);
  });

  it('when 2027 has begun without its table, warns about 2027 at once', () => {
    // given
    const at = new Date('2027-01-02T09:00:00+08:00');
    // when
    const years = nationalYearsToWarnAbout(
      loaded2026,
      at,
      'Asia/Shanghai',
      DEFAULT_NATIONAL_DAYS_WARNING,
    );
    // then
    expect(years).to.deep.equal([2027]);
  });
});
