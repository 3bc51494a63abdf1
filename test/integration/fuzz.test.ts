import { expect } from 'chai';
import { runScript } from '../helpers/run-script.ts';

/**
 * The bounded form of `npm run fuzz` inside `npm test`: the fuzzer on its own platform (its own
 * PostgreSQL, engine and API under the profile `fuzz-<TEST_PORT_OFFSET>`, so fuzzed writes
 * never reach the data the other tests share), every operation as a role allowed to call it,
 * few examples per operation. Needs Python 3 with venv (CI has it): without, this fails saying so.
 */
describe('fuzzing the API by role (schemathesis, bounded)', function () {
  // First run on a fresh machine: about a minute more for the pip install into .data/fuzz-venv.
  this.timeout(600_000);

  it('answers every fuzzed request without a 5xx, with documented status codes, matching its schemas, and 405 with Allow for undeclared methods', async () => {
    // given: the fuzz runner with few examples per operation and a fixed seed
    const env = {
      ...process.env,
      FUZZ_PORT_OFFSET: process.env.TEST_PORT_OFFSET ?? '0',
      FUZZ_MAX_EXAMPLES: process.env.FUZZ_MAX_EXAMPLES ?? '2',
      FUZZ_ROLE_TIMEOUT_SECONDS: '240',
    };
    // when: it runs
    const { code, out } = await runScript('scripts/fuzz.ts', env);
    // then: it exits 0 and says so; otherwise its summary and failures are the message
    const from = out.indexOf('Summary per role:');
    const report = from >= 0 ? out.slice(from) : out.split('\n').slice(-60).join('\n');
    expect(code, report).to.equal(0);
    expect(out).to.include('No failures.');
  });
});
