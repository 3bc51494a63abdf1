import sinon from 'sinon';
import type { ActivatedJob } from '../../../workers/lib/job-port.ts';

/** The receipt a fake job's commands resolve to. */
export type FakeReceipt = 'completed' | 'failed' | 'errored';

/** An activated job whose three commands are sinon stubs, for runJob and worker tests. */
export type FakeJob = ActivatedJob<FakeReceipt> & {
  complete: sinon.SinonStub;
  fail: sinon.SinonStub;
  error: sinon.SinonStub;
};

/** A fake activated job; every command resolves at once. */
export function fakeJob(overrides: Partial<ActivatedJob<FakeReceipt>> = {}): FakeJob {
  return {
    jobKey: '2251799813685249',
    type: 'itsm:test.unit:1',
    processInstanceKey: '2251799813685248',
    elementId: 'Task_Unit',
    retries: 3,
    variables: {},
    customHeaders: {},
    ...overrides,
    complete: sinon.stub().resolves('completed'),
    fail: sinon.stub().resolves('failed'),
    error: sinon.stub().resolves('errored'),
  };
}
