/**
 * Diagram checks run off the main thread with a time limit (issue 16 item 5): checking a
 * large diagram leaves the main thread's event loop turning, gives the same findings as the
 * check on the main thread, and one past its limit is a TOO_COMPLEX finding.
 */
import { expect } from 'chai';
import {
  checkDiagramOffThread,
  checkLimits,
  closeOffThreadChecks,
} from '../../../server/checks/off-thread.ts';
import { checkDiagram } from '../../../server/processes/validate-diagram.ts';
import { largeDiagram } from '../../fixtures/bpmn/large-diagram.ts';
import { mainThreadStall, STALL_BOUND_MS } from '../forms/main-thread-stall.ts';

const JOB_TYPES = ['itsm:test.echo:1'];

describe('server/checks/off-thread (diagrams)', function () {
  this.timeout(120_000);
  const limits = { ...checkLimits };

  after(async () => {
    Object.assign(checkLimits, limits);
    await closeOffThreadChecks();
  });

  it('when a 300-task diagram is checked, the main thread does not stall and the findings equal the main-thread check', async () => {
    // given: one unknown job type, so there is a finding to compare
    const xml = largeDiagram('large-chain', 300).replace(
      'type="itsm:test.echo:1"',
      'type="itsm:test.unknown:1"',
    );

    // when
    const { value, stallMs } = await mainThreadStall(() =>
      checkDiagramOffThread(xml, { knownJobTypes: JOB_TYPES, expectedProcessId: 'large-chain' }),
    );
    const onMainThread = await checkDiagram(xml, {
      knownJobTypes: JOB_TYPES,
      expectedProcessId: 'large-chain',
    });

    // then
    expect(stallMs).to.be.below(STALL_BOUND_MS);
    expect(value?.errors).to.deep.equal(onMainThread.errors);
    expect(value?.errors.map((e) => e.code)).to.deep.equal(['UNKNOWN_JOB_TYPE']);
    expect(value?.warnings).to.deep.equal(onMainThread.warnings);
  });

  it('when the check runs past its limit, answers one TOO_COMPLEX finding', async () => {
    // given
    checkLimits.diagramMs = 50;

    // when
    const result = await checkDiagramOffThread(largeDiagram('large-chain', 300), {
      knownJobTypes: JOB_TYPES,
    });

    // then
    expect(result).to.deep.equal({
      errors: [
        {
          code: 'TOO_COMPLEX',
          message:
            'Checking the diagram took longer than 0.05 s: it is too large or too complex; split it into smaller processes (call activities)',
        },
      ],
      warnings: [],
    });
  });
});
