/**
 * Pattern P2 (calendar-aligned timer) on the real engine: `itsm:calendar.next-working-time:1`
 * returns the first working instant on the business calendar and a timer waits for it.
 */
import { expect } from 'chai';
import {
  deployFixture,
  instanceInState,
  startInstance,
  waitFor,
  api,
  type InstanceDetail,
} from '../helpers/api.ts';
import { moveClockTo, engineNow } from '../helpers/incidents.ts';

describe('calendar-aligned timer (pattern P2)', function () {
  this.timeout(60_000);

  it('when asked on a weekend day, waits until the next working morning on CN-STD', async () => {
    // given: a Saturday 10:00 one week after the engine's "now"
    await deployFixture('fixture-next-working-time');
    const now = await engineNow();
    const local = new Date(now.getTime() + 8 * 3600_000 + 7 * 86_400_000);
    const toSaturday = (6 - local.getUTCDay() + 7) % 7;
    const saturday = new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + toSaturday, 2, 0),
    );
    // when
    const key = await startInstance('fixture-next-working-time', {
      at: saturday.toISOString(),
      calendar: 'CN-STD',
    });
    const waiting = await waitFor('runAt computed', async () => {
      const res = await api<InstanceDetail>('GET', `/api/process-instances/${key}`, {
        as: 'process-owner',
      });
      return typeof res.body.variables?.runAt === 'string' ? res.body : undefined;
    });
    // then: Monday 09:00 Shanghai, unless that Monday is a holiday (then later, still 09:00)
    const runAt = String(waiting.variables.runAt);
    expect(runAt).to.match(/T09:00:00(\.000)?\+08:00$/);
    expect(new Date(runAt).getTime()).to.be.greaterThan(saturday.getTime());
    expect(waiting.state).to.equal('active');
    await moveClockTo(runAt);
    await instanceInState(key, 'completed');
  });
});
