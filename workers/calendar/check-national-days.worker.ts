import type { JSONSchemaType } from 'ajv';
import { DEFAULT_TIME_ZONE } from '../../lib/calendar/default-calendars.ts';
import {
  DEFAULT_NATIONAL_DAYS_WARNING,
  nationalYearsToWarnAbout,
} from '../../lib/calendar/national-days-warning.ts';
import type { Clock } from '../../lib/clock.ts';
import { defineWorker } from '../lib/define-worker.ts';

export type CheckNationalDaysOutput = {
  /** Years whose national days administrators must load (this year, and next from 1 November). */
  missingYears: number[];
  /** True when `missingYears` is not empty (the gateway condition `=warn = true`). */
  warn: boolean;
};

const input: JSONSchemaType<Record<string, never>> = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: true,
};

const output: JSONSchemaType<CheckNationalDaysOutput> = {
  type: 'object',
  properties: {
    missingYears: { type: 'array', items: { type: 'integer' } },
    warn: { type: 'boolean' },
  },
  required: ['missingYears', 'warn'],
  additionalProperties: false,
};

/**
 * `itsm:calendar.check-national-days:1` (process `national-days-warning`, §0.4): which
 * national years are missing today, in Asia/Shanghai, so administrators are warned daily from
 * 1 November until next year's table is loaded.
 */
export function createCheckNationalDaysWorker(deps: {
  /** The years whose national days are loaded (e.g. calendars repository `loadedNationalYears`). */
  loadedNationalYears: () => Promise<readonly number[]>;
  clock: Clock;
}) {
  return defineWorker<Record<string, never>, CheckNationalDaysOutput>({
    type: 'itsm:calendar.check-national-days:1',
    description: 'National holiday years administrators must load now (missingYears, warn)',
    input,
    output,
    async handle() {
      const loaded = new Set(await deps.loadedNationalYears());
      const missingYears = nationalYearsToWarnAbout(
        loaded,
        deps.clock.now(),
        DEFAULT_TIME_ZONE,
        DEFAULT_NATIONAL_DAYS_WARNING,
      );
      return { missingYears, warn: missingYears.length > 0 };
    },
  });
}
