import { expect } from 'chai';
import { loadSettingsFromEnv, routeOf, userKinds } from '../../../scripts/bench/load.ts';

describe('bench: people at once', () => {
  it('splits fifty users into 10 reporting, 20 at the service desk, 10 customers, 10 managers', () => {
    const kinds = userKinds(50);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect([count('reporter'), count('desk'), count('customer'), count('manager')]).to.deep.equal([
      10, 20, 10, 10,
    ]);
    expect(userKinds(3)).to.have.length(3);
    expect(userKinds(1)).to.deep.equal(['desk']);
  });

  it('names a route without its keys, numbers and query', () => {
    expect(routeOf('POST', '/api/tasks/2251799813685544/claim')).to.equal(
      'POST /api/tasks/:key/claim',
    );
    expect(routeOf('GET', '/api/process-instances/2251799813685538')).to.equal(
      'GET /api/process-instances/:key',
    );
    expect(routeOf('GET', '/api/tasks?queue=service-desk&state=open')).to.equal('GET /api/tasks');
    expect(routeOf('GET', '/api/records/incident/INC-2026-000012/history')).to.equal(
      'GET /api/records/incident/:number/history',
    );
  });

  it('reads its settings from BENCH_LOAD_* and refuses a bad value, naming it', () => {
    expect(loadSettingsFromEnv({})).to.include({ users: 0, thinkMs: 2000 });
    expect(
      loadSettingsFromEnv({ BENCH_LOAD_USERS: '50', BENCH_LOAD_MEASURE_SECONDS: '30' }),
    ).to.include({
      users: 50,
      measureSeconds: 30,
    });
    expect(() => loadSettingsFromEnv({ BENCH_LOAD_THINK_MS: 'soon' })).to.throw(
      'BENCH_LOAD_THINK_MS must be a number ≥ 1, got "soon"',
    );
  });
});
