import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import { createCalendarProvider } from '../../../lib/calendar/calendar-provider.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { CN_NATIONAL_DAYS_2026 } from '../../../lib/calendar/national-days-2026.ts';
import type { NationalDaysYear } from '../../../lib/calendar/types.ts';
import { createCheckNationalDaysWorker } from '../../../workers/calendar/check-national-days.worker.ts';
import { createNextWorkingTimeWorker } from '../../../workers/calendar/next-working-time.worker.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const fixedClock = (iso: string) => ({ now: () => new Date(iso) });

function calendars(nationalYears: NationalDaysYear[] = [CN_NATIONAL_DAYS_2026]) {
  return createCalendarProvider(async () => ({
    definitions: [CN_STD, CN_24X7],
    nationalYears,
  }));
}

describe('itsm:calendar.next-working-time:1', () => {
  it('when asked after hours before the National Day holidays, answers 09:00 on the first working day after them', async () => {
    // given
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-01-01T00:00:00Z'),
    });
    const job = fakeJob({ variables: { at: '2026-09-30T20:00:00+08:00', calendar: 'CN-STD' } });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({
      runAt: '2026-10-08T09:00:00+08:00',
      calendarIncomplete: false,
    });
  });

  it('when neither time nor calendar is given, counts from the clock on CN-STD', async () => {
    // given: Saturday 2026-11-28 10:00 in Shanghai
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-11-28T02:00:00Z'),
    });
    const job = fakeJob({ variables: {} });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({
      runAt: '2026-11-30T09:00:00+08:00',
      calendarIncomplete: false,
    });
  });

  it('when the calendar is CN-24x7, answers the instant itself with the +08:00 offset', async () => {
    // given
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-01-01T00:00:00Z'),
    });
    const job = fakeJob({ variables: { at: '2026-10-01T03:15:00Z', calendar: 'CN-24x7' } });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({
      runAt: '2026-10-01T11:15:00+08:00',
      calendarIncomplete: false,
    });
  });

  it('when the national days of the year are not loaded, flags the answer calendarIncomplete', async () => {
    // given: 2027 missing, Friday 2027-01-01 after hours
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-01-01T00:00:00Z'),
    });
    const job = fakeJob({ variables: { at: '2026-12-31T19:00:00+08:00' } });
    // when
    await worker.run(job);
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({
      runAt: '2027-01-01T09:00:00+08:00',
      calendarIncomplete: true,
    });
  });

  it('when the calendar is unknown, raises an incident at once (fail with 0 retries)', async () => {
    // given
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-01-01T00:00:00Z'),
    });
    const job = fakeJob({ variables: { calendar: 'NO-SUCH' }, retries: 3 });
    // when
    await worker.run(job);
    // then
    expect(job.complete.called).to.equal(false);
    expect(job.fail).to.have.been.calledOnceWith(sinon.match({ retries: 0 }));
    expect(job.fail.firstCall.args[0].errorMessage).to.include('NO-SUCH');
  });

  it('when "at" is not a date-time, fails the job with 0 retries naming the field', async () => {
    // given
    const worker = createNextWorkingTimeWorker({
      calendars: calendars(),
      clock: fixedClock('2026-01-01T00:00:00Z'),
    });
    const job = fakeJob({ variables: { at: 'tomorrow morning' } });
    // when
    await worker.run(job);
    // then
    expect(job.complete.called).to.equal(false);
    expect(job.fail.firstCall.args[0].retries).to.equal(0);
    expect(job.fail.firstCall.args[0].errorMessage).to.include('at');
  });
});

describe('itsm:calendar.check-national-days:1', () => {
  const run = async (loaded: number[], now: string) => {
    const worker = createCheckNationalDaysWorker({
      loadedNationalYears: async () => loaded,
      clock: fixedClock(now),
    });
    const job = fakeJob({ variables: {} });
    await worker.run(job);
    return job;
  };

  it('when it is 1 November in Shanghai and next year is missing, warns about next year', async () => {
    // given / when: 2026-10-31T16:30Z is 2026-11-01 00:30 in Shanghai
    const job = await run([2026], '2026-10-31T16:30:00Z');
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({ missingYears: [2027], warn: true });
  });

  it('when it is before November and this year is loaded, does not warn', async () => {
    // given / when
    const job = await run([2026], '2026-10-31T15:00:00Z');
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({ missingYears: [], warn: false });
  });

  it('when this year itself is missing, warns about it whatever the month', async () => {
    // given / when
    const job = await run([2026], '2027-03-01T02:00:00Z');
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({ missingYears: [2027], warn: true });
  });

  it('when both years are loaded in December, does not warn', async () => {
    // given / when
    const job = await run([2026, 2027], '2026-12-15T02:00:00Z');
    // then
    expect(job.complete).to.have.been.calledOnceWithExactly({ missingYears: [], warn: false });
  });
});
