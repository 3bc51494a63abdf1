import { expect } from 'chai';
import type { StoredClock } from '../../../db/repositories/sla.repository.ts';
import { createBusinessCalendar } from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7 } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import {
  pauseClock,
  recalculateClock,
  recordThreshold,
  startClock,
  stopClock,
  type SlaClock,
} from '../../../lib/sla/clock.ts';
import { DEFAULT_PAUSE_REASONS } from '../../../lib/sla/reasons.ts';
import { DEFAULT_THRESHOLDS, type ClockType } from '../../../lib/sla/targets.ts';
import { countdownClock, slaLevel, taskSla } from '../../../server/services/task-sla.ts';

// Every minute counts on CN-24x7, so percentages are plain arithmetic.
const allDay = createBusinessCalendar(CN_24X7, SHIPPED_NATIONAL_DAYS);
const pauseReasons = DEFAULT_PAUSE_REASONS.map((reason) => reason.code);
const START = new Date('2026-03-02T09:00:00+08:00');

/** `minutes` after the clocks start. */
const after = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

/** A running clock with a 100-minute target (1 % per minute). */
function running(clockType: ClockType = 'response', targetMinutes = 100): SlaClock {
  return startClock(allDay, {
    clockType,
    targetMinutes,
    thresholds: DEFAULT_THRESHOLDS,
    at: START,
  }).clock;
}

function stored(clock: SlaClock): StoredClock {
  return {
    id: `clock-${clock.clockType}`,
    recordType: 'incident',
    recordId: '00000000-0000-0000-0000-000000000001',
    recordNumber: 'INC-2026-000001',
    clockType: clock.clockType,
    priority: 'P3',
    slaTargetId: null,
    clock,
  };
}

describe('the SLA countdown of a task (task-sla)', () => {
  describe('slaLevel', () => {
    it('when below 75 % and not breached, is ok', () => {
      expect(slaLevel(0, false)).to.equal('ok');
      expect(slaLevel(74, false)).to.equal('ok');
    });

    it('when from 75 % up to below 100 %, is amber', () => {
      expect(slaLevel(75, false)).to.equal('amber');
      expect(slaLevel(99, false)).to.equal('amber');
    });

    it('when at or over 100 %, is red', () => {
      expect(slaLevel(100, false)).to.equal('red');
      expect(slaLevel(250, false)).to.equal('red');
    });

    it('when a breach is recorded, is red whatever the percent', () => {
      expect(slaLevel(10, true)).to.equal('red');
    });
  });

  describe('taskSla', () => {
    for (const [minutes, level] of [
      [0, 'ok'],
      [74, 'ok'],
      [75, 'amber'],
      [99, 'amber'],
      [100, 'red'],
      [130, 'red'],
    ] as const) {
      it(`when a 100-minute clock has run ${minutes} min, is ${level} at ${minutes} %`, () => {
        // given
        const clock = stored(running());
        // when
        const sla = taskSla(clock, allDay, after(minutes));
        // then
        expect(sla).to.include({
          clockType: 'response',
          percent: minutes,
          remainingMinutes: 100 - minutes,
          state: 'running',
          level,
        });
      });
    }

    it('when 74.9 % has elapsed, rounds down and stays ok', () => {
      // given: a 1000-minute target, 749 minutes elapsed
      const clock = stored(running('resolution', 1000));
      // when
      const sla = taskSla(clock, allDay, after(749));
      // then
      expect(sla).to.include({ percent: 74, level: 'ok' });
    });

    it('when a breach was recorded and the target was raised after, stays red below 100 %', () => {
      // given: breached at 100 minutes, then the target raised to 400 minutes
      const breached = recordThreshold(running(), allDay, { level: 100, at: after(100) }).clock;
      expect(breached.breachedAt).to.not.equal(null);
      const raised = recalculateClock(
        breached,
        { current: allDay, next: allDay },
        { at: after(101), targetMinutes: 400 },
      ).clock;
      // when
      const sla = taskSla(stored(raised), allDay, after(110));
      // then
      expect(sla.percent).to.be.lessThan(75);
      expect(sla.level).to.equal('red');
    });

    it('when the clock is paused, says paused and its percent stands still', () => {
      // given: paused at 80 minutes
      const paused = pauseClock(
        running(),
        allDay,
        { at: after(80), reason: pauseReasons[0]! },
        pauseReasons,
      ).clock;
      // when
      const soon = taskSla(stored(paused), allDay, after(81));
      const later = taskSla(stored(paused), allDay, after(500));
      // then
      expect(soon).to.include({ state: 'paused', percent: 80, level: 'amber' });
      expect(later).to.include({ state: 'paused', percent: 80, remainingMinutes: 20 });
    });

    it('when read, gives the due instant with the calendar offset', () => {
      // given / when
      const sla = taskSla(stored(running()), allDay, after(1));
      // then
      expect(sla.dueAt).to.equal('2026-03-02T10:40:00+08:00');
    });
  });

  describe('countdownClock', () => {
    it('when the response clock runs, shows it', () => {
      // given
      const response = stored(running('response'));
      const resolution = stored(running('resolution', 480));
      // when / then
      expect(countdownClock([resolution, response])).to.equal(response);
    });

    it('when the response clock is paused, still shows it', () => {
      // given
      const paused = pauseClock(
        running('response'),
        allDay,
        { at: after(10), reason: pauseReasons[0]! },
        pauseReasons,
      ).clock;
      const response = stored(paused);
      const resolution = stored(running('resolution', 480));
      // when / then
      expect(countdownClock([resolution, response])?.clock.state).to.equal('paused');
      expect(countdownClock([resolution, response])).to.equal(response);
    });

    it('when the response clock has stopped, shows the resolution clock', () => {
      // given
      const response = stored(stopClock(running('response'), allDay, { at: after(20) }).clock);
      const resolution = stored(running('resolution', 480));
      // when
      const chosen = countdownClock([response, resolution]);
      // then
      expect(chosen).to.equal(resolution);
      expect(taskSla(chosen!, allDay, after(240))).to.include({
        clockType: 'resolution',
        percent: 50,
        level: 'ok',
        state: 'running',
      });
    });

    it('when both have stopped, shows the resolution clock as stopped', () => {
      // given
      const response = stored(stopClock(running('response'), allDay, { at: after(20) }).clock);
      const resolution = stored(
        stopClock(running('resolution', 480), allDay, { at: after(400) }).clock,
      );
      // when
      const chosen = countdownClock([response, resolution]);
      // then
      expect(chosen).to.equal(resolution);
      expect(taskSla(chosen!, allDay, after(1000))).to.include({
        state: 'stopped',
        percent: 83,
        level: 'amber',
      });
    });

    it('when the record has other clocks only, shows the first open one, else the first', () => {
      // given
      const rca = stored(stopClock(running('rca', 600), allDay, { at: after(5) }).clock);
      const fulfilment = stored(running('fulfilment', 600));
      // when / then
      expect(countdownClock([rca, fulfilment])).to.equal(fulfilment);
      expect(countdownClock([rca])).to.equal(rca);
      expect(countdownClock([])).to.equal(undefined);
    });
  });
});
