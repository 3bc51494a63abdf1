import { expect } from 'chai';
import { splitIntoMonths } from '../../../server/services/kpi.service.ts';

const iso = (months: ReturnType<typeof splitIntoMonths>) =>
  months.map((m) => ({ period: m.period, from: m.from.toISOString(), to: m.to.toISOString() }));

describe('KPI series: splitting a period into calendar months (Asia/Shanghai)', () => {
  it('when the period is two whole months, gives both with Shanghai month boundaries', () => {
    // given
    const from = new Date('2026-11-01T00:00:00+08:00');
    const to = new Date('2027-01-01T00:00:00+08:00');
    // when
    const months = splitIntoMonths(from, to);
    // then
    expect(iso(months)).to.deep.equal([
      { period: '2026-11', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' },
      { period: '2026-12', from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' },
    ]);
  });

  it('when the period starts and ends inside months, clips the first and last', () => {
    // given: 10 Nov to 5 Jan, and a start that is already December in Shanghai but not in UTC
    const months = splitIntoMonths(
      new Date('2026-11-30T17:00:00Z'),
      new Date('2027-01-05T00:00:00+08:00'),
    );
    // then
    expect(iso(months)).to.deep.equal([
      { period: '2026-12', from: '2026-11-30T17:00:00.000Z', to: '2026-12-31T16:00:00.000Z' },
      { period: '2027-01', from: '2026-12-31T16:00:00.000Z', to: '2027-01-04T16:00:00.000Z' },
    ]);
  });

  it('when the period ends exactly at a month start, leaves that month out', () => {
    // given / when
    const months = splitIntoMonths(
      new Date('2026-03-15T00:00:00+08:00'),
      new Date('2026-04-01T00:00:00+08:00'),
    );
    // then
    expect(months.map((m) => m.period)).to.deep.equal(['2026-03']);
  });

  it('when the period is empty or reversed, gives no months', () => {
    // given
    const at = new Date('2026-05-01T00:00:00+08:00');
    // when / then
    expect(splitIntoMonths(at, at)).to.deep.equal([]);
    expect(splitIntoMonths(at, new Date(at.getTime() - 1))).to.deep.equal([]);
  });

  it('when the period is longer than the limit, stops one month past it', () => {
    // given: 2000-01 to 2100-01 is 1200 months
    // when
    const months = splitIntoMonths(
      new Date('2000-01-01T00:00:00+08:00'),
      new Date('2100-01-01T00:00:00+08:00'),
      'Asia/Shanghai',
      36,
    );
    // then
    expect(months).to.have.length(37);
    expect(months[36]!.period).to.equal('2003-01');
  });
});
