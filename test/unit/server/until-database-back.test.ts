import { expect } from 'chai';
import { untilDatabaseBack } from '../../../server/services/until-database-back.ts';

const restarting = () =>
  Object.assign(new Error('the database system is starting up'), { code: '57P03' });

describe('untilDatabaseBack: writes that follow an accepted engine command', () => {
  it('when PostgreSQL restarts under the write, writes again until it is back', async () => {
    // given: two attempts meet the restart
    let calls = 0;
    const write = async () => {
      calls += 1;
      if (calls < 3) throw restarting();
      return 'written';
    };
    // when
    const result = await untilDatabaseBack(write, { pauseMs: 1 });
    // then
    expect(result).to.equal('written');
    expect(calls).to.equal(3);
  });

  it('when the write fails for another reason, throws at once', async () => {
    // given
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw new Error('deadlock detected');
    };
    // when
    const failure = await untilDatabaseBack(write, { pauseMs: 1 }).catch((e: Error) => e);
    // then
    expect((failure as Error).message).to.equal('deadlock detected');
    expect(calls).to.equal(1);
  });

  it('when the outage outlasts the time limit, throws the outage', async () => {
    // given
    const write = async () => {
      throw restarting();
    };
    // when
    const failure = await untilDatabaseBack(write, { timeoutMs: 30, pauseMs: 5 }).catch(
      (e: Error) => e,
    );
    // then
    expect((failure as { code?: string }).code).to.equal('57P03');
  });
});
