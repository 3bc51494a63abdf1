import { expect } from 'chai';
import sinon from 'sinon';
import { CalendarDataError } from '../../../lib/calendar/business-calendar.ts';
import {
  createCalendarProvider,
  type CalendarDataLoader,
} from '../../../lib/calendar/calendar-provider.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { CN_NATIONAL_DAYS_2026 } from '../../../lib/calendar/national-days-2026.ts';
import type { CalendarDefinition, NationalDaysYear } from '../../../lib/calendar/types.ts';
import { isWorkingDay } from '../../../lib/calendar/working-time.ts';

/** A loader over mutable data that counts its calls. */
function fakeStore(
  definitions: CalendarDefinition[] = [CN_STD, CN_24X7],
  nationalYears: NationalDaysYear[] = [CN_NATIONAL_DAYS_2026],
) {
  const data = { definitions, nationalYears };
  const load = sinon.spy(async () => ({
    definitions: [...data.definitions],
    nationalYears: [...data.nationalYears],
  }));
  return { data, load: load as sinon.SinonSpy & CalendarDataLoader };
}

const NATIONAL_DAY_2027: NationalDaysYear = {
  year: 2027,
  source: 'test notice',
  days: [
    {
      date: '2027-01-01',
      kind: 'holiday',
      nameZh: '元旦',
      nameEn: "New Year's Day",
      source: 'test notice',
    },
  ],
};

describe('calendar/calendar-provider', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-11-24T02:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  it('when a calendar is asked for, builds it from the loaded definition and national years', async () => {
    // given
    const { load } = fakeStore();
    const provider = createCalendarProvider(load);
    // when
    const std = await provider.get('CN-STD');
    const always = await provider.get('CN-24x7');
    // then
    expect(std.code).to.equal('CN-STD');
    expect(std.nationalYears.has(2026)).to.equal(true);
    expect(isWorkingDay(std, '2026-10-01').working).to.equal(false);
    expect(isWorkingDay(std, '2026-10-10').working).to.equal(true);
    expect(isWorkingDay(always, '2026-10-01').working).to.equal(true);
  });

  it('when all calendars are asked for, returns each valid one by code', async () => {
    // given
    const { load } = fakeStore();
    const provider = createCalendarProvider(load);
    // when
    const all = await provider.all();
    // then
    expect([...all.keys()].sort()).to.deep.equal(['CN-24x7', 'CN-STD']);
  });

  it('when an unknown code is asked for, throws CalendarDataError naming it', async () => {
    // given
    const provider = createCalendarProvider(fakeStore().load);
    // when
    const err = await provider.get('NO-SUCH').then(
      () => undefined,
      (e: unknown) => e,
    );
    // then
    expect(err).to.be.instanceOf(CalendarDataError);
    expect((err as CalendarDataError).message).to.include('NO-SUCH');
  });

  it('when one stored definition is invalid, only asking for it throws, with its reason', async () => {
    // given
    const broken: CalendarDefinition = {
      ...CN_STD,
      code: 'BROKEN',
      workingHours: { ...CN_STD.workingHours, mon: [{ from: '18:00', to: '09:00' }] },
    };
    const provider = createCalendarProvider(fakeStore([CN_STD, broken]).load);
    // when
    const err = await provider.get('BROKEN').then(
      () => undefined,
      (e: unknown) => e,
    );
    const all = await provider.all();
    // then
    expect(err).to.be.instanceOf(CalendarDataError);
    expect((err as CalendarDataError).problem).to.equal('INVALID_INTERVAL');
    expect((await provider.get('CN-STD')).code).to.equal('CN-STD');
    expect([...all.keys()]).to.deep.equal(['CN-STD']);
  });

  it('when asked again within the time to live, does not load again; after it, loads again', async () => {
    // given
    const { load } = fakeStore();
    const provider = createCalendarProvider(load, { ttlMs: 5_000 });
    // when
    await provider.get('CN-STD');
    clock.tick(4_999);
    await provider.get('CN-24x7');
    const loadsWithinTtl = load.callCount;
    clock.tick(1);
    await provider.get('CN-STD');
    // then
    expect(loadsWithinTtl).to.equal(1);
    expect(load.callCount).to.equal(2);
  });

  it('when invalidated after a national year was stored, the next call sees the year', async () => {
    // given
    const store = fakeStore();
    const provider = createCalendarProvider(store.load, { ttlMs: 60_000 });
    const before = await provider.get('CN-STD');
    store.data.nationalYears = [CN_NATIONAL_DAYS_2026, NATIONAL_DAY_2027];
    // when
    const stillCached = await provider.get('CN-STD');
    provider.invalidate();
    const after = await provider.get('CN-STD');
    // then
    expect(before.nationalYears.has(2027)).to.equal(false);
    expect(stillCached).to.equal(before);
    expect(after.nationalYears.has(2027)).to.equal(true);
    expect(isWorkingDay(after, '2027-01-01').working).to.equal(false);
  });

  it('when several callers ask at the same time, they share one load', async () => {
    // given
    const { load } = fakeStore();
    const provider = createCalendarProvider(load);
    // when
    const [a, b, all] = await Promise.all([
      provider.get('CN-STD'),
      provider.get('CN-STD'),
      provider.all(),
    ]);
    // then
    expect(load.callCount).to.equal(1);
    expect(a).to.equal(b);
    expect(all.get('CN-STD')).to.equal(a);
  });

  it('when a load fails, the failure is not cached: the next call loads again', async () => {
    // given
    let fail = true;
    const load: CalendarDataLoader = async () => {
      if (fail) throw new Error('database down');
      return { definitions: [CN_STD], nationalYears: [] };
    };
    const provider = createCalendarProvider(load);
    // when
    const first = await provider.get('CN-STD').then(
      () => undefined,
      (e: unknown) => e,
    );
    fail = false;
    const second = await provider.get('CN-STD');
    // then
    expect((first as Error).message).to.equal('database down');
    expect(second.code).to.equal('CN-STD');
  });

  it('when invalidated while a load is running, that older load is not cached', async () => {
    // given
    const store = fakeStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const load: CalendarDataLoader = async () => {
      calls += 1;
      const snapshot = {
        definitions: [...store.data.definitions],
        nationalYears: [...store.data.nationalYears],
      };
      if (calls === 1) await gate;
      return snapshot;
    };
    const provider = createCalendarProvider(load, { ttlMs: 60_000 });
    // when
    const stale = provider.get('CN-STD');
    store.data.nationalYears = [CN_NATIONAL_DAYS_2026, NATIONAL_DAY_2027];
    provider.invalidate();
    release();
    await stale;
    const fresh = await provider.get('CN-STD');
    // then
    expect(calls).to.equal(2);
    expect(fresh.nationalYears.has(2027)).to.equal(true);
  });
});
