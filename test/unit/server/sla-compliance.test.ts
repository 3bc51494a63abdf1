import { expect } from 'chai';
import { complianceTable } from '../../../server/routes/sla.routes.ts';

describe('SLA compliance table', () => {
  it('when some cells have clocks, fills every priority and clock type and rates only those', () => {
    // given
    const stopped = [
      { priority: 'P2', clockType: 'response', met: 2, total: 3 },
      { priority: 'P4', clockType: 'resolution', met: 0, total: 1 },
    ];
    const breached = [{ priority: 'P1', clockType: 'resolution', count: 2 }];
    // when
    const table = complianceTable(stopped, breached);
    // then
    expect(table.items).to.have.length(8);
    expect(
      table.items.find((i) => i.priority === 'P2' && i.clockType === 'response'),
    ).to.deep.equal({ priority: 'P2', clockType: 'response', met: 2, total: 3, rate: 0.6667 });
    expect(
      table.items.find((i) => i.priority === 'P4' && i.clockType === 'resolution')!.rate,
    ).to.equal(0);
    expect(
      table.items.find((i) => i.priority === 'P1' && i.clockType === 'response'),
    ).to.deep.equal({ priority: 'P1', clockType: 'response', met: 0, total: 0, rate: null });
    expect(table.breachedOpen.filter((b) => b.count > 0)).to.deep.equal([
      { priority: 'P1', clockType: 'resolution', count: 2 },
    ]);
    expect(table.breachedOpen).to.have.length(8);
  });
});
