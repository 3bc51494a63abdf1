import { expect } from 'chai';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { api } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

interface Kpi {
  id: string;
  labels?: { en: string; 'zh-CN': string };
  target: number;
  comparator: string;
  actual: number | null;
  numerator: number;
  denominator: number;
  met: boolean | null;
}

/**
 * The objectives a record kind declares as data (§3 KPIs of problem management) come out of
 * GET /api/kpis beside the §0.7 set, measured on the kind's own records and clocks. The period
 * (March 2035) lies where no other test writes.
 */
describe('KPIs declared by a record kind, measured from its records', function () {
  this.timeout(30_000);
  const db = () => testContext().platform.db;
  const actor = { by: 'problem-manager', at: new Date('2035-02-01T00:00:00Z') };

  /** A problem with an RCA clock that stopped at `stoppedAt`, met or not. */
  async function problemWithRca(stoppedAt: string, met: boolean): Promise<string> {
    const { record } = await createRecordStore(db()).create(
      problemKind,
      { fields: { title: 'KPI 测试', category: 'software' } },
      actor,
    );
    const started = new Date('2035-02-20T01:00:00Z');
    await db()('sla_clocks').insert({
      record_type: 'problem',
      record_id: record.id,
      record_number: record.number,
      clock_type: 'rca',
      priority: 'P3',
      calendar_code: 'CN-STD',
      target_minutes: 4800,
      state: 'stopped',
      started_at: started,
      counts_from: started,
      anchor_at: started,
      elapsed_at_anchor: 0,
      due_at: new Date('2035-03-05T01:00:00Z'),
      thresholds: JSON.stringify([50, 75, 100]),
      stopped_at: new Date(stoppedAt),
      met,
      last_event_at: new Date(stoppedAt),
      updated_at: new Date(stoppedAt),
    });
    return record.id;
  }

  it('reports RCA on time from the rca clocks and resolution without recurrence from the effectiveness checks', async () => {
    // given: three RCA clocks stopped in March 2035 (two met), one in April
    const a = await problemWithRca('2035-03-03T02:00:00Z', true);
    const b = await problemWithRca('2035-03-10T02:00:00Z', false);
    const c = await problemWithRca('2035-03-20T02:00:00Z', true);
    const d = await problemWithRca('2035-04-02T02:00:00Z', false);
    // and effectiveness checks in March: none recurred, two recurred, not counted (read as 0);
    // one in April
    const store = createRecordStore(db());
    const check = (id: string, at: string, recurrences?: number) =>
      store.setFields(
        problemKind,
        id,
        { effectivenessCheckedAt: at, ...(recurrences === undefined ? {} : { recurrences }) },
        actor,
      );
    await check(a, '2035-03-10T02:00:00.000Z', 0);
    await check(b, '2035-03-12T02:00:00.000Z', 2);
    await check(c, '2035-03-31T15:00:00.000Z');
    await check(d, '2035-04-01T00:00:00.000Z', 0);

    // when
    const res = await api<{ items: Kpi[] }>(
      'GET',
      '/api/kpis?from=2035-03-01T00:00:00%2B08:00&to=2035-04-01T00:00:00%2B08:00',
      { as: 'top-management' },
    );

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    const kpi = Object.fromEntries(res.body.items.map((k) => [k.id, k]));
    expect(kpi['problem-rca-on-time']).to.deep.equal({
      id: 'problem-rca-on-time',
      labels: { en: 'Root cause analysed on time', 'zh-CN': '根本原因分析及时率' },
      target: 0.8,
      comparator: '>=',
      actual: 0.6667,
      numerator: 2,
      denominator: 3,
      met: false,
    });
    // 2035-03-31T15:00Z is 23:00 on 31 March in Shanghai, inside; 04-01T00:00Z is 08:00 on 1 April
    expect(kpi['problem-resolved-without-recurrence']).to.include({
      actual: 0.6667,
      numerator: 2,
      denominator: 3,
      met: false,
    });
  });
});
