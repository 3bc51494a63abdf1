import type { CalendarDay, NationalDaysYear } from './types.ts';

/** The notice the 2026 table comes from (processes.md §0.4). */
const SOURCE_2026 = '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)';

function holiday(date: string, nameZh: string, nameEn: string): CalendarDay {
  return { date, kind: 'holiday', nameZh, nameEn, source: SOURCE_2026 };
}

function adjusted(date: string, nameZh: string, nameEn: string): CalendarDay {
  return { date, kind: 'adjusted_workday', nameZh, nameEn, source: SOURCE_2026 };
}

/**
 * Chinese statutory holidays and adjusted working days of 2026, shipped as seed data.
 * Transcribed date by date from the table "National table for 2026" in processes.md §0.4;
 * the platform never computes these dates. Later years are loaded by an administrator.
 */
export const CN_NATIONAL_DAYS_2026: NationalDaysYear = {
  year: 2026,
  source: SOURCE_2026,
  days: [
    // 元旦 New Year's Day: 2026-01-01 to 2026-01-03; adjusted working day 2026-01-04 (Sun)
    holiday('2026-01-01', '元旦', "New Year's Day"),
    holiday('2026-01-02', '元旦', "New Year's Day"),
    holiday('2026-01-03', '元旦', "New Year's Day"),
    adjusted('2026-01-04', '元旦', "New Year's Day"),
    // 春节 Spring Festival: 2026-02-15 to 2026-02-23; adjusted 2026-02-14 (Sat), 2026-02-28 (Sat)
    adjusted('2026-02-14', '春节', 'Spring Festival'),
    holiday('2026-02-15', '春节', 'Spring Festival'),
    holiday('2026-02-16', '春节', 'Spring Festival'),
    holiday('2026-02-17', '春节', 'Spring Festival'),
    holiday('2026-02-18', '春节', 'Spring Festival'),
    holiday('2026-02-19', '春节', 'Spring Festival'),
    holiday('2026-02-20', '春节', 'Spring Festival'),
    holiday('2026-02-21', '春节', 'Spring Festival'),
    holiday('2026-02-22', '春节', 'Spring Festival'),
    holiday('2026-02-23', '春节', 'Spring Festival'),
    adjusted('2026-02-28', '春节', 'Spring Festival'),
    // 清明节 Qingming: 2026-04-04 to 2026-04-06
    holiday('2026-04-04', '清明节', 'Qingming Festival'),
    holiday('2026-04-05', '清明节', 'Qingming Festival'),
    holiday('2026-04-06', '清明节', 'Qingming Festival'),
    // 劳动节 Labour Day: 2026-05-01 to 2026-05-05; adjusted 2026-05-09 (Sat)
    holiday('2026-05-01', '劳动节', 'Labour Day'),
    holiday('2026-05-02', '劳动节', 'Labour Day'),
    holiday('2026-05-03', '劳动节', 'Labour Day'),
    holiday('2026-05-04', '劳动节', 'Labour Day'),
    holiday('2026-05-05', '劳动节', 'Labour Day'),
    adjusted('2026-05-09', '劳动节', 'Labour Day'),
    // 端午节 Dragon Boat: 2026-06-19 to 2026-06-21
    holiday('2026-06-19', '端午节', 'Dragon Boat Festival'),
    holiday('2026-06-20', '端午节', 'Dragon Boat Festival'),
    holiday('2026-06-21', '端午节', 'Dragon Boat Festival'),
    // 中秋节 Mid-Autumn: 2026-09-25 to 2026-09-27
    holiday('2026-09-25', '中秋节', 'Mid-Autumn Festival'),
    holiday('2026-09-26', '中秋节', 'Mid-Autumn Festival'),
    holiday('2026-09-27', '中秋节', 'Mid-Autumn Festival'),
    // 国庆节 National Day: 2026-10-01 to 2026-10-07; adjusted 2026-09-20 (Sun), 2026-10-10 (Sat)
    adjusted('2026-09-20', '国庆节', 'National Day'),
    holiday('2026-10-01', '国庆节', 'National Day'),
    holiday('2026-10-02', '国庆节', 'National Day'),
    holiday('2026-10-03', '国庆节', 'National Day'),
    holiday('2026-10-04', '国庆节', 'National Day'),
    holiday('2026-10-05', '国庆节', 'National Day'),
    holiday('2026-10-06', '国庆节', 'National Day'),
    holiday('2026-10-07', '国庆节', 'National Day'),
    adjusted('2026-10-10', '国庆节', 'National Day'),
  ],
};

/** Every national year shipped with the platform (2027 is loaded when published, §26.1). */
export const SHIPPED_NATIONAL_DAYS: readonly NationalDaysYear[] = [CN_NATIONAL_DAYS_2026];
