import { expect } from 'chai';
import { createItsmClient } from '../../clients/typescript/index.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

describe('the typed client for integrators (clients/typescript)', () => {
  it('signs in, reads a queue and gets a typed refusal for bad input', async () => {
    // given a client of the running platform
    const anonymous = createItsmClient(testContext().platform.url!);

    // when an integrator signs in and reads the service desk's queue
    const login = await anonymous.POST('/api/auth/login', {
      body: { username: 'service-desk', password: DEV_PASSWORD },
    });
    expect(login.response.status).to.equal(200);
    const itsm = createItsmClient(testContext().platform.url!, login.data!.token);
    const queue = await itsm.GET('/api/tasks', {
      params: { query: { queue: 'service-desk', state: 'open', limit: 5 } },
    });
    const refused = await itsm.GET('/api/tasks', {
      params: { query: { queue: 'service-desk', limit: 0 } },
    });

    // then the answers are the documented ones
    expect(queue.response.status).to.equal(200);
    expect(queue.data!.items).to.be.an('array');
    expect(queue.data!.total).to.be.a('number');
    expect(refused.response.status).to.equal(400);
    expect(refused.error).to.have.nested.property('error.code');
  });
});
