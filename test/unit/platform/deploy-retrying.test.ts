import { expect } from 'chai';
import { EngineError } from '../../../engine/client.ts';
import { createLogger } from '../../../lib/logger.ts';
import { deployRetrying } from '../../../platform/platform.ts';

const log = createLogger('test', { quiet: true });

describe('platform start-up: deploying workflows/', () => {
  it('when the engine answers too late twice, deploys again and succeeds on the third attempt', async () => {
    // given: a broker that times out twice (DEADLINE_EXCEEDED is classified unavailable)
    let calls = 0;
    const deploy = async () => {
      calls += 1;
      if (calls < 3)
        throw new EngineError('The engine could not be reached (Deploying)', 'unavailable');
    };
    // when
    await deployRetrying(deploy, log, 1);
    // then
    expect(calls).to.equal(3);
  });

  it('when the engine refuses the deployment, fails at once without trying again', async () => {
    // given
    let calls = 0;
    const deploy = async () => {
      calls += 1;
      throw new EngineError('Deploying: invalid diagram', 'rejected');
    };
    // when
    const failure = await deployRetrying(deploy, log, 1).catch((err: unknown) => err);
    // then
    expect(failure).to.be.instanceOf(EngineError);
    expect(calls).to.equal(1);
  });

  it('when the engine stays unreachable, gives up after 4 attempts with its error', async () => {
    // given
    let calls = 0;
    const deploy = async () => {
      calls += 1;
      throw new EngineError('The engine could not be reached (Deploying)', 'unavailable');
    };
    // when
    const failure = await deployRetrying(deploy, log, 1).catch((err: unknown) => err);
    // then
    expect((failure as Error).message).to.include('could not be reached');
    expect(calls).to.equal(4);
  });
});
