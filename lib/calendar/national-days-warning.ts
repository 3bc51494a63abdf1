import { localDateOf } from './time-zone.ts';

/** When administrators start being warned about next year's national days (§0.4). */
export interface NationalDaysWarningPolicy {
  /** Month (1–12) and day from which next year's table is expected. */
  readonly fromMonth: number;
  readonly fromDay: number;
}

/** §0.4: from 1 November, daily [default]. */
export const DEFAULT_NATIONAL_DAYS_WARNING: NationalDaysWarningPolicy = {
  fromMonth: 11,
  fromDay: 1,
};

/**
 * The national years administrators must be warned about at `at` (local date in `timeZone`):
 * the current year when it is missing, and next year once the warning period has begun. The
 * BPMN timer process of §0.4 calls this once a day.
 */
export function nationalYearsToWarnAbout(
  loadedYears: ReadonlySet<number>,
  at: Date,
  timeZone: string,
  policy: NationalDaysWarningPolicy,
): number[] {
  const today = localDateOf(timeZone, at);
  const missing: number[] = [];
  if (!loadedYears.has(today.year)) missing.push(today.year);
  const inWarningPeriod =
    today.month > policy.fromMonth ||
    (today.month === policy.fromMonth && today.day >= policy.fromDay);
  if (inWarningPeriod && !loadedYears.has(today.year + 1)) missing.push(today.year + 1);
  return missing;
}
