import type { CalendarDefinition, WorkingInterval } from './types.ts';

/** The default time zone of business calendars (§0.4, api.md) [default]. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const OFFICE_DAY: readonly WorkingInterval[] = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '18:00' },
];

const WHOLE_DAY: readonly WorkingInterval[] = [{ from: '00:00', to: '24:00' }];

/**
 * `CN-STD`: Monday–Friday 09:00–12:00 and 13:00–18:00 (480 working minutes a day) in
 * Asia/Shanghai, with the national holidays and adjusted working days (§0.4) [default].
 */
export const CN_STD: CalendarDefinition = {
  code: 'CN-STD',
  nameZh: '标准工作日历',
  nameEn: 'Standard business calendar',
  timeZone: DEFAULT_TIME_ZONE,
  workingHours: {
    mon: OFFICE_DAY,
    tue: OFFICE_DAY,
    wed: OFFICE_DAY,
    thu: OFFICE_DAY,
    fri: OFFICE_DAY,
    sat: [],
    sun: [],
  },
  appliesNationalDays: true,
  adjustedWorkdayHoursFrom: 'mon',
};

/** `CN-24x7`: every minute of every day; national holidays do not apply (§0.4). */
export const CN_24X7: CalendarDefinition = {
  code: 'CN-24x7',
  nameZh: '7×24小时日历',
  nameEn: '24×7 calendar',
  timeZone: DEFAULT_TIME_ZONE,
  workingHours: {
    mon: WHOLE_DAY,
    tue: WHOLE_DAY,
    wed: WHOLE_DAY,
    thu: WHOLE_DAY,
    fri: WHOLE_DAY,
    sat: WHOLE_DAY,
    sun: WHOLE_DAY,
  },
  appliesNationalDays: false,
  adjustedWorkdayHoursFrom: 'mon',
};

/** The calendars shipped as seed data; more (e.g. Saturday support) are added as data. */
export const DEFAULT_CALENDARS: readonly CalendarDefinition[] = [CN_STD, CN_24X7];
