/**
 * Configured thresholds other than 50/75/100 (§0.5 rule 6) against the three pattern W timers:
 * the timers and the escalation table are matched by position, and a configuration the
 * diagrams cannot honour is refused.
 */
import { expect } from 'chai';
import { createBusinessCalendar } from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7 } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import {
  REARMED_TIMER_SENTINEL,
  recalculateClock,
  recordThreshold,
  startClock,
  thresholdAtSlot,
  timerVariables,
} from '../../../lib/sla/clock.ts';
import {
  DEFAULT_ESCALATION_POLICY,
  thresholdEscalation,
  thresholdEscalationRow,
} from '../../../lib/sla/escalation.ts';
import { assertThresholds, SlaTargetError, slotOrdinal } from '../../../lib/sla/targets.ts';

const allDay = createBusinessCalendar(CN_24X7, SHIPPED_NATIONAL_DAYS);
const local = (text: string) => new Date(`${text}:00+08:00`);

/** A 100-minute resolution clock on CN-24x7 started Mon 2026-03-02 09:00. */
function hundredMinutes(thresholds: readonly number[]) {
  return startClock(allDay, {
    clockType: 'resolution',
    targetMinutes: 100,
    thresholds,
    at: local('2026-03-02T09:00'),
  }).clock;
}

describe('sla thresholds by position (pattern W slots)', () => {
  it('when a target configures 60/90/100, at50, at75 and at100 are the 60, 90 and 100 minute instants', () => {
    // given
    const clock = hundredMinutes([60, 90, 100]);
    // when
    const variables = timerVariables(clock, allDay);
    // then
    expect(variables).to.deep.equal({
      dueAt: '2026-03-02T10:40:00+08:00',
      at50: '2026-03-02T10:00:00+08:00',
      at75: '2026-03-02T10:30:00+08:00',
      at100: '2026-03-02T10:40:00+08:00',
    });
    expect(thresholdAtSlot(clock, 75)?.level).to.equal(90);
  });

  it('when a 60/90/100 clock reaches 60 and 90, the 50 % and 75 % rows of §0.5 apply, with their reasons', () => {
    // given
    const key = { recordType: 'incident', clockType: 'resolution', priority: 'P3' } as const;
    const levels = [60, 90, 100];
    // when
    const plans = levels.map((level) =>
      thresholdEscalation(DEFAULT_ESCALATION_POLICY, { ...key, level, levels }),
    );
    // then
    expect(plans.map((plan) => [plan?.level, plan?.row, plan?.hierarchicalLevel])).to.deep.equal([
      [60, 50, 'H1'],
      [90, 75, 'H2'],
      [100, 100, 'H3'],
    ]);
    expect(plans[1]).to.include({ atRiskReview: true, recordBreach: false });
    expect(plans[2]).to.include({ recordBreach: true, informCustomer: true });
    const row = thresholdEscalationRow('H1', plans[1]!, local('2026-03-02T10:30'), 'timer');
    expect(row.reason).to.equal('threshold75');
  });

  it('when a P1 clock configured 60/90/100 breaches, H4 top management is added as for 100 %', () => {
    // given / when
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P1',
      level: 100,
      levels: [60, 90, 100],
    });
    // then
    expect(plan?.hierarchicalLevel).to.equal('H4');
  });

  it('when the target changes from 50/75/100 to 60/90/100 after the first warning, the first is not recorded again', () => {
    // given: 50 % recorded at 09:50
    const started = hundredMinutes([50, 75, 100]);
    const warned = recordThreshold(started, allDay, { level: 50, at: local('2026-03-02T09:50') });
    // when: at 10:05 (65 minutes) the target takes 60/90/100
    const changed = recalculateClock(
      warned.clock,
      { current: allDay, next: allDay },
      { at: local('2026-03-02T10:05'), targetMinutes: 100, thresholds: [60, 90, 100] },
    );
    // then
    expect(changed.events.filter((e) => e.event === 'threshold')).to.deep.equal([]);
    expect(changed.clock.thresholds.map((m) => [m.level, m.reachedAt !== null])).to.deep.equal([
      [60, true],
      [90, false],
      [100, false],
    ]);
    expect(timerVariables(changed.clock, allDay)).to.include({
      at50: REARMED_TIMER_SENTINEL,
      at75: '2026-03-02T10:30:00+08:00',
    });
  });

  it('when thresholds are not one per timer (two warnings and the breach), refuses them by name', () => {
    // given / when / then
    for (const thresholds of [[25, 50, 75, 100], [100], [50, 100], [60, 60, 100], [60, 90, 95]]) {
      expect(() => assertThresholds(thresholds), JSON.stringify(thresholds)).to.throw(
        SlaTargetError,
        /thresholds must be 3 ascending percentages/,
      );
    }
    expect(() => assertThresholds([60, 90, 100])).not.to.throw();
    expect(() => slotOrdinal(90)).to.throw(SlaTargetError, /not a pattern W threshold slot/);
  });
});
