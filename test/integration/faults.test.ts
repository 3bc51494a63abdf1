import { expect } from 'chai';
import { runScript } from '../helpers/run-script.ts';

/**
 * The bounded form of `npm run test:faults` inside `npm test`: the platform as separate
 * processes on its own profile (`faults-<offset>`, fresh data), three people working incidents
 * through the API while the worker process, the engine, the projector and Postgres are each
 * killed with SIGKILL and started again. The run checks itself (scripts/faults/run.ts): every
 * incident closed and projected, each one's history, notifications, SLA clocks and events,
 * messages and tasks the same as a fault-free incident's, every e-mail row sent, a mail received
 * twice only with the same Message-ID, no 5xx but 503.
 */
describe('faults: parts killed under load (npm run test:faults, bounded)', function () {
  this.timeout(900_000);

  it('when the worker process, the engine, the projector and Postgres are killed in turn under load, loses, duplicates and half-writes nothing', async () => {
    // given: a small load and short pauses around each kill
    const env = {
      ...process.env,
      FAULTS_PORT_OFFSET: String(40 + Number(process.env.TEST_PORT_OFFSET ?? 0)),
      FAULTS_USERS: '3',
      FAULTS_LOAD_SECONDS: '8',
      FAULTS_DOWN_SECONDS: '2',
    };
    // when: it runs
    const { code, out } = await runScript('scripts/faults.ts', env);
    // then: it exits 0 after killing all four parts, with incidents reported and closed
    const from = out.indexOf('Fault run:');
    const report = from >= 0 ? out.slice(from) : out.split('\n').slice(-60).join('\n');
    expect(code, report).to.equal(0);
    expect(report).to.include('No problems found.');
    for (const part of ['workers', 'engine', 'projector', 'postgres'])
      expect(report).to.match(new RegExp(`SIGKILL ${part}\\s+at`));
    const incidents =
      /Incidents: (\d+) reports answered 201, (\d+) in the database, (\d+) closed/.exec(report);
    expect(incidents, report).to.not.equal(null);
    expect(Number(incidents![1]), 'incidents reported').to.be.greaterThan(5);
    expect(incidents![3], 'closed = in the database').to.equal(incidents![2]);
  });
});
