import { expect } from 'chai';
import {
  createBusinessCalendar,
  type BusinessCalendar,
} from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import { formatInstant } from '../../../lib/calendar/time-zone.ts';
import type { NationalDaysYear } from '../../../lib/calendar/types.ts';
import {
  REARMED_TIMER_SENTINEL,
  SlaClockError,
  pauseClock,
  readClock,
  recalculateClock,
  recordThreshold,
  reopenClock,
  resumeClock,
  startClock,
  stopClock,
  timerVariables,
  type SlaClock,
  type SlaEvent,
} from '../../../lib/sla/clock.ts';
import type { Priority } from '../../../lib/sla/priority.ts';
import { DEFAULT_PAUSE_REASONS } from '../../../lib/sla/reasons.ts';
import {
  DEFAULT_SLA_TARGETS,
  resolveClockTarget,
  type ClockType,
} from '../../../lib/sla/targets.ts';

const std = createBusinessCalendar(CN_STD, SHIPPED_NATIONAL_DAYS);
const allDay = createBusinessCalendar(CN_24X7, SHIPPED_NATIONAL_DAYS);
const calendars = new Map([
  [std.code, std],
  [allDay.code, allDay],
]);
const pauseReasons = DEFAULT_PAUSE_REASONS.map((reason) => reason.code);

/** An instant written in Shanghai local time, e.g. `2026-09-30T16:00`. */
function local(text: string): Date {
  return new Date(`${text}:00+08:00`);
}

function shanghai(at: Date | undefined): string | undefined {
  return at && formatInstant('Asia/Shanghai', at);
}

function calendarFor(code: string): BusinessCalendar {
  const calendar = calendars.get(code);
  if (!calendar) throw new Error(`no calendar ${code}`);
  return calendar;
}

/** Starts an incident clock with the §0.6 default target of a priority. */
function startIncidentClock(clockType: ClockType, priority: Priority, at: Date) {
  const target = resolveClockTarget(
    DEFAULT_SLA_TARGETS,
    { recordType: 'incident', clockType, priority },
    (code) => calendars.get(code),
  );
  const calendar = calendarFor(target.calendar);
  return {
    calendar,
    ...startClock(calendar, {
      clockType,
      targetMinutes: target.targetMinutes,
      thresholds: target.thresholds,
      at,
      actor: 'system',
    }),
  };
}

function marksOf(clock: SlaClock): Record<number, string | undefined> {
  return Object.fromEntries(clock.thresholds.map((mark) => [mark.level, shanghai(mark.dueAt)]));
}

function summary(events: readonly SlaEvent[]): string[] {
  return events.map(
    (row) => `${row.event}${row.level === undefined ? '' : row.level}@${shanghai(row.at)}`,
  );
}

describe('sla/clock', () => {
  describe('§0.11 scenario 1: across National Day and an adjusted Saturday', () => {
    it('when a P3 resolution clock starts on Wed 2026-09-30 16:00, is due 2026-10-10 16:00 with at50 2026-10-09 11:00 and at75 18:00', () => {
      // given
      const created = local('2026-09-30T16:00');
      // when
      const { clock, calendar } = startIncidentClock('resolution', 'P3', created);
      // then
      expect(clock.targetMinutes).to.equal(1440);
      expect(shanghai(clock.dueAt)).to.equal('2026-10-10T16:00:00+08:00');
      expect(marksOf(clock)).to.deep.equal({
        50: '2026-10-09T11:00:00+08:00',
        75: '2026-10-09T18:00:00+08:00',
        100: '2026-10-10T16:00:00+08:00',
      });
      expect(timerVariables(clock, calendar)).to.deep.equal({
        dueAt: '2026-10-10T16:00:00+08:00',
        at50: '2026-10-09T11:00:00+08:00',
        at75: '2026-10-09T18:00:00+08:00',
        at100: '2026-10-10T16:00:00+08:00',
      });
    });
  });

  describe('§0.11 scenario 2: created on a holiday', () => {
    it('when a P2 response clock starts on Sat 2026-02-21 10:00 (Spring Festival), counts from Tue 2026-02-24 09:00 and is due 09:30', () => {
      // given
      const created = local('2026-02-21T10:00');
      // when
      const { clock, events } = startIncidentClock('response', 'P2', created);
      // then
      expect(shanghai(clock.countsFrom)).to.equal('2026-02-24T09:00:00+08:00');
      expect(shanghai(clock.dueAt)).to.equal('2026-02-24T09:30:00+08:00');
      expect(events).to.deep.equal([
        { event: 'start', at: created, elapsedMinutes: 0, newDueAt: clock.dueAt, actor: 'system' },
      ]);
    });

    it('when a P2 response clock starts on Sat 2026-02-14 10:00 (adjusted working day), is due 10:30 that day', () => {
      // given
      const created = local('2026-02-14T10:00');
      // when
      const { clock } = startIncidentClock('response', 'P2', created);
      // then
      expect(shanghai(clock.countsFrom)).to.equal('2026-02-14T10:00:00+08:00');
      expect(shanghai(clock.dueAt)).to.equal('2026-02-14T10:30:00+08:00');
    });
  });

  describe('§0.11 scenario 3: pause and resume', () => {
    it('when a P3 clock of Mon 2026-03-02 09:00 pauses Mon 14:00 and resumes Tue 14:00, 480 paused minutes move dueAt to Thu 18:00 and at50 to Wed 14:00', () => {
      // given
      const started = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      expect(shanghai(started.clock.dueAt)).to.equal('2026-03-04T18:00:00+08:00');
      // when
      const paused = pauseClock(
        started.clock,
        std,
        { at: local('2026-03-02T14:00'), reason: 'awaiting_customer_information', actor: 'agent' },
        pauseReasons,
      );
      const resumed = resumeClock(paused.clock, std, {
        at: local('2026-03-03T14:00'),
        actor: 'agent',
      });
      // then
      expect(resumed.clock.pausedMinutes).to.equal(480);
      expect(shanghai(resumed.clock.dueAt)).to.equal('2026-03-05T18:00:00+08:00');
      expect(marksOf(resumed.clock)[50]).to.equal('2026-03-04T14:00:00+08:00');
      const ledger = [...started.events, ...paused.events, ...resumed.events];
      expect(ledger.map((row) => row.event)).to.deep.equal(['start', 'pause', 'resume']);
      expect(ledger[1]).to.include({
        elapsedMinutes: 240,
        reason: 'awaiting_customer_information',
      });
      expect(shanghai(ledger[1]?.oldDueAt)).to.equal('2026-03-04T18:00:00+08:00');
      expect(ledger[2]).to.include({ elapsedMinutes: 240, pausedMinutes: 480 });
      expect(shanghai(ledger[2]?.oldDueAt)).to.equal('2026-03-04T18:00:00+08:00');
      expect(shanghai(ledger[2]?.newDueAt)).to.equal('2026-03-05T18:00:00+08:00');
    });

    it('when the clock is read while paused, reports it paused with the elapsed minutes frozen', () => {
      // given
      const started = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      const paused = pauseClock(
        started.clock,
        std,
        { at: local('2026-03-02T14:00'), reason: 'customer_hold' },
        pauseReasons,
      );
      // when
      const reading = readClock(paused.clock, std, local('2026-03-03T11:00'));
      // then
      expect(reading).to.include({ paused: true, elapsedMinutes: 240, breached: false });
      expect(reading.pending).to.deep.equal([]);
    });

    it('when the pause reason is waiting for a supplier, refuses with PAUSE_REASON_NOT_ALLOWED', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      // when
      const pause = () =>
        pauseClock(
          clock,
          std,
          { at: local('2026-03-02T14:00'), reason: 'awaiting_supplier' },
          pauseReasons,
        );
      // then
      expect(pause).to.throw(SlaClockError).with.property('problem', 'PAUSE_REASON_NOT_ALLOWED');
    });

    it('when a pause arrives after at50 passed but before its timer was handled, records the threshold at at50 first', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      // when
      const paused = pauseClock(
        clock,
        std,
        { at: local('2026-03-03T15:00'), reason: 'customer_hold' },
        pauseReasons,
      );
      // then
      expect(summary(paused.events)).to.deep.equal([
        'threshold50@2026-03-03T14:00:00+08:00',
        'pause@2026-03-03T15:00:00+08:00',
      ]);
      expect(paused.events[0]?.elapsedMinutes).to.equal(720);
    });
  });

  describe('§0.11 scenario 4: P1 on the 24×7 calendar', () => {
    it('when a P1 resolution clock starts on Sun 2026-10-04 02:00, is due 06:00 the same day on CN-24x7', () => {
      // given
      const created = local('2026-10-04T02:00');
      // when
      const { clock } = startIncidentClock('resolution', 'P1', created);
      // then
      expect(clock.calendar).to.equal('CN-24x7');
      expect(shanghai(clock.dueAt)).to.equal('2026-10-04T06:00:00+08:00');
    });
  });

  describe('§0.11 scenario 5: priority raised late', () => {
    function p3With600Minutes() {
      const started = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      // Mon 480 + Tue 09:00–11:00 120 = 600 working minutes at Tue 11:00.
      return { ...started, at: local('2026-03-03T11:00') };
    }

    it('when a P3 clock with 600 elapsed minutes is raised to P2 (480), keeps 600 and records 50, 75, 100 and the breach at the recalculation', () => {
      // given
      const { clock, at } = p3With600Minutes();
      // when
      const raised = recalculateClock(
        clock,
        { current: std, next: std },
        { at, targetMinutes: 480, actor: 'lead', reason: 'priority P3 → P2' },
      );
      // then
      expect(summary(raised.events)).to.deep.equal([
        'recalc@2026-03-03T11:00:00+08:00',
        'threshold50@2026-03-03T11:00:00+08:00',
        'threshold75@2026-03-03T11:00:00+08:00',
        'threshold100@2026-03-03T11:00:00+08:00',
        'breach100@2026-03-03T11:00:00+08:00',
      ]);
      expect(raised.events.every((row) => row.elapsedMinutes === 600)).to.equal(true);
      expect(raised.events[0]).to.include({ oldTargetMinutes: 1440, newTargetMinutes: 480 });
      expect(raised.clock.breachedAt).to.deep.equal(at);
      expect(readClock(raised.clock, std, at)).to.include({ elapsedMinutes: 600, breached: true });
    });

    it('when the raised clock is re-armed and its timers fire, fires nothing twice', () => {
      // given
      const { clock, at } = p3With600Minutes();
      const raised = recalculateClock(
        clock,
        { current: std, next: std },
        { at, targetMinutes: 480 },
      );
      // when
      const variables = timerVariables(raised.clock, std);
      const fired = [50, 75, 100].map((level) =>
        recordThreshold(raised.clock, std, { level, at: local('2026-03-03T11:05') }),
      );
      // then
      expect(variables).to.deep.include({
        at50: REARMED_TIMER_SENTINEL,
        at75: REARMED_TIMER_SENTINEL,
        at100: REARMED_TIMER_SENTINEL,
      });
      expect(fired.flatMap((outcome) => outcome.events)).to.deep.equal([]);
      expect(readClock(raised.clock, std, local('2026-03-03T12:00')).pending).to.deep.equal([]);
    });

    it('when a P3 clock on CN-STD is raised to P1 on CN-24x7, carries its CN-STD working minutes and counts the rest round the clock', () => {
      // given: created Fri 17:30, 30 minutes on Friday and 60 on Monday morning
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-06T17:30'));
      const at = local('2026-03-09T10:00');
      // when
      const raised = recalculateClock(
        clock,
        { current: std, next: allDay },
        { at, targetMinutes: 240, reason: 'priority P3 → P1' },
      );
      // then
      expect(raised.clock.calendar).to.equal('CN-24x7');
      expect(raised.clock.elapsedAtAnchor).to.equal(90);
      expect(shanghai(raised.clock.dueAt)).to.equal('2026-03-09T12:30:00+08:00');
      expect(marksOf(raised.clock)).to.deep.equal({
        50: '2026-03-09T10:30:00+08:00',
        75: '2026-03-09T11:30:00+08:00',
        100: '2026-03-09T12:30:00+08:00',
      });
      expect(summary(raised.events)).to.deep.equal(['recalc@2026-03-09T10:00:00+08:00']);
      expect(raised.events[0]).to.include({
        oldCalendar: 'CN-STD',
        newCalendar: 'CN-24x7',
        elapsedMinutes: 90,
      });
    });

    it('when the target does not change, writes nothing', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      // when
      const same = recalculateClock(
        clock,
        { current: std, next: std },
        { at: local('2026-03-02T10:00'), targetMinutes: 1440 },
      );
      // then
      expect(same.events).to.deep.equal([]);
      expect(same.clock.dueAt).to.deep.equal(clock.dueAt);
    });

    it('when a paused clock is raised, stays paused and counts the pause so far on the old calendar', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      const paused = pauseClock(
        clock,
        std,
        { at: local('2026-03-02T10:00'), reason: 'customer_hold' },
        pauseReasons,
      );
      // when
      const raised = recalculateClock(
        paused.clock,
        { current: std, next: std },
        { at: local('2026-03-02T11:00'), targetMinutes: 480 },
      );
      const resumed = resumeClock(raised.clock, std, { at: local('2026-03-02T13:00') });
      // then
      expect(raised.clock.state).to.equal('paused');
      expect(raised.events[0]).to.include({
        event: 'recalc',
        pausedMinutes: 60,
        elapsedMinutes: 60,
      });
      expect(resumed.clock.pausedMinutes).to.equal(120);
      expect(shanghai(resumed.clock.dueAt)).to.equal('2026-03-03T11:00:00+08:00');
    });
  });

  describe('§0.11 scenario 7: missing calendar year', () => {
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

    it('when a P4 resolution clock runs into 2027 without a 2027 table, is flagged calendar_incomplete', () => {
      // given
      const created = local('2026-12-28T09:00');
      // when
      const { clock } = startIncidentClock('resolution', 'P4', created);
      // then
      expect(clock.calendarIncomplete).to.equal(true);
      expect(shanghai(clock.dueAt)).to.equal('2027-01-01T18:00:00+08:00');
    });

    it('when the 2027 table is loaded, recalculates the clock, writes a recalc event and clears the flag', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P4', local('2026-12-28T09:00'));
      const loaded = createBusinessCalendar(CN_STD, [...SHIPPED_NATIONAL_DAYS, TEST_2027]);
      // when
      const recalculated = recalculateClock(
        clock,
        { current: std, next: loaded },
        {
          at: local('2026-12-29T10:00'),
          targetMinutes: clock.targetMinutes,
          reason: 'national days 2027 loaded',
        },
      );
      // then
      expect(recalculated.clock.calendarIncomplete).to.equal(false);
      expect(shanghai(recalculated.clock.dueAt)).to.equal('2027-01-04T18:00:00+08:00');
      expect(recalculated.events).to.have.length(1);
      expect(recalculated.events[0]).to.include({ event: 'recalc', elapsedMinutes: 540 });
      expect(shanghai(recalculated.events[0]?.oldDueAt)).to.equal('2027-01-01T18:00:00+08:00');
      expect(shanghai(recalculated.events[0]?.newDueAt)).to.equal('2027-01-04T18:00:00+08:00');
    });
  });

  describe('stop, breach and reopen', () => {
    it('when the response clock stops before its due instant, the target is met', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      // when
      const stopped = stopClock(clock, std, { at: local('2026-03-02T09:10'), actor: 'desk' });
      // then
      expect(stopped.clock).to.include({ state: 'stopped', met: true, elapsedAtAnchor: 10 });
      expect(summary(stopped.events)).to.deep.equal(['stop@2026-03-02T09:10:00+08:00']);
    });

    it('when the clock stops after its due instant and no timer was handled, records every threshold and the breach once, at their instants', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      // when
      const stopped = stopClock(clock, std, { at: local('2026-03-02T10:00') });
      // then
      expect(stopped.clock.met).to.equal(false);
      expect(summary(stopped.events)).to.deep.equal([
        'threshold50@2026-03-02T09:15:00+08:00',
        'threshold75@2026-03-02T09:22:30+08:00',
        'threshold100@2026-03-02T09:30:00+08:00',
        'breach100@2026-03-02T09:30:00+08:00',
        'stop@2026-03-02T10:00:00+08:00',
      ]);
    });

    it('when the timer of a level fires twice, records it once; at 100 % it records the breach', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      const at100 = local('2026-03-02T09:30');
      const first = recordThreshold(clock, std, { level: 50, at: local('2026-03-02T09:15') });
      // when
      const again = recordThreshold(first.clock, std, { level: 50, at: local('2026-03-02T09:16') });
      const breach = recordThreshold(again.clock, std, { level: 100, at: at100 });
      // then
      expect(summary(first.events)).to.deep.equal(['threshold50@2026-03-02T09:15:00+08:00']);
      expect(again.events).to.deep.equal([]);
      expect(summary(breach.events)).to.deep.equal([
        'threshold75@2026-03-02T09:22:30+08:00',
        'threshold100@2026-03-02T09:30:00+08:00',
        'breach100@2026-03-02T09:30:00+08:00',
      ]);
      expect(breach.clock.breachedAt).to.deep.equal(at100);
    });

    it('when a timer fires on a paused clock, does nothing', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      const paused = pauseClock(
        clock,
        std,
        { at: local('2026-03-02T10:00'), reason: 'customer_hold' },
        pauseReasons,
      );
      // when
      const fired = recordThreshold(paused.clock, std, {
        level: 50,
        at: local('2026-03-03T14:00'),
      });
      // then
      expect(fired.events).to.deep.equal([]);
      expect(fired.clock).to.equal(paused.clock);
    });

    it('when a resolved incident is reopened the next day, the resolution clock resumes without counting the time in between', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      const resolved = stopClock(clock, std, { at: local('2026-03-02T17:00') });
      // when
      const reopened = reopenClock(resolved.clock, std, {
        at: local('2026-03-04T09:00'),
        actor: 'customer',
      });
      // then
      expect(reopened.clock).to.include({ state: 'running', met: null, elapsedAtAnchor: 420 });
      expect(shanghai(reopened.clock.dueAt)).to.equal('2026-03-06T10:00:00+08:00');
      expect(summary(reopened.events)).to.deep.equal(['reopen@2026-03-04T09:00:00+08:00']);
    });

    it('when a stopped clock is paused, refuses with INVALID_TRANSITION', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      const stopped = stopClock(clock, std, { at: local('2026-03-02T09:10') });
      // when
      const pause = () =>
        pauseClock(
          stopped.clock,
          std,
          { at: local('2026-03-02T09:20'), reason: 'customer_hold' },
          pauseReasons,
        );
      // then
      expect(pause).to.throw(SlaClockError).with.property('problem', 'INVALID_TRANSITION');
    });

    it('when a transition is dated before the last event, refuses with OUT_OF_ORDER', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      // when
      const stop = () => stopClock(clock, std, { at: local('2026-03-02T08:59') });
      // then
      expect(stop).to.throw(SlaClockError).with.property('problem', 'OUT_OF_ORDER');
    });

    it('when a clock is handled with another calendar than its own, refuses with CALENDAR_MISMATCH', () => {
      // given
      const { clock } = startIncidentClock('response', 'P2', local('2026-03-02T09:00'));
      // when
      const stop = () => stopClock(clock, allDay, { at: local('2026-03-02T09:10') });
      // then
      expect(stop).to.throw(SlaClockError).with.property('problem', 'CALENDAR_MISMATCH');
    });
  });

  describe('readClock', () => {
    it('when read during a running clock, reports elapsed minutes, crossed levels and the pending timers', () => {
      // given
      const { clock } = startIncidentClock('resolution', 'P3', local('2026-03-02T09:00'));
      // when
      const reading = readClock(clock, std, local('2026-03-03T15:00'));
      // then
      expect(reading).to.include({
        state: 'running',
        elapsedMinutes: 780,
        remainingMinutes: 660,
        breached: false,
      });
      expect(reading.crossed).to.deep.equal([50]);
      expect(reading.reached).to.deep.equal([]);
      expect(reading.pending.map((timer) => [timer.level, shanghai(timer.at)])).to.deep.equal([
        [50, '2026-03-03T14:00:00+08:00'],
        [75, '2026-03-04T11:00:00+08:00'],
        [100, '2026-03-04T18:00:00+08:00'],
      ]);
    });
  });
});
