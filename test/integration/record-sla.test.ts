import { expect } from 'chai';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { createRecordsRepository } from '../../db/repositories/records.repository.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { api } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

/** The generic services reach a kind declared as data through the registry (issue 9 item 3). */
describe('SLA clocks and history reach record kinds through the registry', () => {
  it("starts a problem's RCA clock on its §0.6 target and keeps its history in the core", async () => {
    // given: a P2 problem
    const { db, domain } = testContext().platform;
    const at = new Date('2026-12-07T02:00:00Z'); // Monday 10:00 in Shanghai, a working day
    const { record } = await createRecordStore(db).create(
      problemKind,
      { fields: { title: 'RCA clock', priority: 'P2' } },
      { by: 'problem-manager', at },
    );

    // when
    const [clock] = await domain.sla.startClocks({
      recordType: 'problem',
      recordId: record.id,
      recordNumber: record.number,
      priority: 'P2',
      customerId: null,
      serviceId: null,
      clockTypes: ['rca'],
      at,
      actor: 'itsm:sla.start-clock:1#1',
    });
    const appended = await createRecordsRepository(db).appendActivity('problem', record.id, {
      kind: 'sla-started',
      text: 'RCA clock started',
      by: 'itsm:sla.start-clock:1#1',
      at,
      idempotencyKey: `test:${record.id}:rca`,
    });

    // then
    expect(clock!.clockType).to.equal('rca');
    expect(clock!.clock.dueAt).to.be.instanceOf(Date);
    expect(clock!.clock.dueAt!.getTime()).to.be.greaterThan(at.getTime());
    expect(await domain.sla.clocksOf('problem', record.id)).to.have.length(1);
    expect(appended).to.equal(true);
    const history = await api<{ items: { action: string; text: { en: string } }[] }>(
      'GET',
      `/api/problems/${record.number}/history`,
      { as: 'problem-manager' },
    );
    expect(history.body.items.map((i) => i.action)).to.deep.equal(['created', 'sla-started']);
    expect(history.body.items[1]!.text.en).to.equal('The system: RCA clock started');
    const detail = await api<{ sla: { clockType: string; state: string; dueAt: string }[] }>(
      'GET',
      `/api/problems/${record.number}`,
      { as: 'problem-manager' },
    );
    expect(detail.body.sla).to.deep.equal([
      {
        clockType: 'rca',
        state: 'running',
        targetMinutes: clock!.clock.targetMinutes,
        startedAt: at.toISOString(),
        dueAt: clock!.clock.dueAt.toISOString(),
        pausedAt: null,
        stoppedAt: null,
        breached: false,
      },
    ]);
  });
});
