import { expect } from 'chai';
import { createBusinessCalendar } from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import { PRIORITIES } from '../../../lib/sla/priority.ts';
import {
  DEFAULT_PRIORITY_TARGETS,
  DEFAULT_SLA_TARGETS,
  SlaTargetError,
  resolveClockTarget,
  type SlaTargetRow,
} from '../../../lib/sla/targets.ts';

const calendars = new Map(
  [CN_STD, CN_24X7].map((definition) => [
    definition.code,
    createBusinessCalendar(definition, SHIPPED_NATIONAL_DAYS),
  ]),
);
const calendarOf = (code: string) => calendars.get(code);

describe('sla/targets', () => {
  it('when the default incident targets are resolved, give the §0.6 minutes and calendars', () => {
    // given
    const clockTypes = ['response', 'resolution'] as const;
    // when
    const table = PRIORITIES.map((priority) =>
      clockTypes.map((clockType) => {
        const target = resolveClockTarget(
          DEFAULT_SLA_TARGETS,
          { recordType: 'incident', clockType, priority },
          calendarOf,
        );
        return `${target.targetMinutes}@${target.calendar}`;
      }),
    );
    // then
    expect(table).to.deep.equal([
      ['15@CN-24x7', '240@CN-24x7'],
      ['30@CN-STD', '480@CN-STD'],
      ['120@CN-STD', '1440@CN-STD'],
      ['480@CN-STD', '2400@CN-STD'],
    ]);
  });

  it('when service-request and problem targets are resolved, count business days on the priority calendar', () => {
    // given
    const key = (
      recordType: 'service-request' | 'problem',
      clockType: 'fulfilment' | 'rca',
      priority: 'P1' | 'P2',
    ) =>
      resolveClockTarget(DEFAULT_SLA_TARGETS, { recordType, clockType, priority }, calendarOf)
        .targetMinutes;
    // when
    const minutes = [
      key('service-request', 'fulfilment', 'P2'),
      key('problem', 'rca', 'P2'),
      key('problem', 'rca', 'P1'),
    ];
    // then
    expect(minutes).to.deep.equal([2 * 480, 10 * 480, 5 * 1440]);
  });

  it('when the defaults are read, service-request response targets equal the incident response targets', () => {
    // given / when
    const pairs = PRIORITIES.map((priority) => [
      DEFAULT_PRIORITY_TARGETS[priority].serviceRequestResponse,
      DEFAULT_PRIORITY_TARGETS[priority].incidentResponse,
    ]);
    // then
    for (const [request, incident] of pairs) expect(request).to.deep.equal(incident);
  });

  it('when a complaint clock is resolved, takes 1 and 10 business days whatever the priority', () => {
    // given / when
    const ack = resolveClockTarget(
      DEFAULT_SLA_TARGETS,
      { recordType: 'complaint', clockType: 'complaint-ack', priority: null },
      calendarOf,
    );
    const close = resolveClockTarget(
      DEFAULT_SLA_TARGETS,
      { recordType: 'complaint', clockType: 'complaint-close', priority: 'P1' },
      calendarOf,
    );
    // then
    expect([ack.targetMinutes, close.targetMinutes]).to.deep.equal([480, 4800]);
  });

  it('when an SLA row for a customer is put before the defaults, it overrides them with its own thresholds', () => {
    // given
    const override: SlaTargetRow = {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P2',
      duration: { amount: 4, unit: 'business_hours' },
      calendar: 'CN-STD',
      thresholds: [60, 90, 100],
    };
    // when
    const target = resolveClockTarget(
      [override, ...DEFAULT_SLA_TARGETS],
      { recordType: 'incident', clockType: 'resolution', priority: 'P2' },
      calendarOf,
    );
    // then
    expect(target).to.include({ targetMinutes: 240, calendar: 'CN-STD' });
    expect(target.thresholds).to.deep.equal([60, 90, 100]);
  });

  it('when a row names an unknown calendar or thresholds not ending at 100, throws SlaTargetError', () => {
    // given
    const base: SlaTargetRow = {
      recordType: 'incident',
      clockType: 'response',
      priority: 'P4',
      duration: { amount: 1, unit: 'hours' },
      calendar: 'CN-STD',
      thresholds: [50, 75, 100],
    };
    const key = { recordType: 'incident', clockType: 'response', priority: 'P4' } as const;
    // when
    const unknownCalendar = () =>
      resolveClockTarget([{ ...base, calendar: 'CN-NONE' }], key, calendarOf);
    const badThresholds = () =>
      resolveClockTarget([{ ...base, thresholds: [50, 75] }], key, calendarOf);
    // then
    expect(unknownCalendar).to.throw(SlaTargetError);
    expect(badThresholds).to.throw(SlaTargetError);
  });
});
