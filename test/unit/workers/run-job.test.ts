import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import { defineWorker, type JobContext } from '../../../workers/lib/define-worker.ts';
import { BpmnError, IncidentError, TransientError } from '../../../lib/errors.ts';
import { toJobOutcome } from '../../../workers/lib/run-job.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

interface Input {
  recordId: string;
  count?: number;
}
type Output = { done: boolean };

/** A worker whose handler the test decides; the schemas are those of a typical worker. */
function workerWith(handle: (input: Input, ctx: JobContext) => Promise<Output>) {
  return defineWorker<Input, Output>({
    type: 'itsm:test.unit:1',
    description: 'Unit test worker',
    input: {
      type: 'object',
      properties: {
        recordId: { type: 'string', minLength: 1 },
        count: { type: 'integer', nullable: true },
      },
      required: ['recordId'],
      additionalProperties: true,
    },
    output: {
      type: 'object',
      properties: { done: { type: 'boolean' } },
      required: ['done'],
      additionalProperties: false,
    },
    bpmnErrors: ['NOT_FOUND_IN_CMDB'],
    handle,
  });
}

const validInput = { recordId: 'INC-2026-000001', count: 2 };

describe('runJob: one engine command per job', () => {
  afterEach(() => sinon.restore());

  it('when the handler returns valid output, completes the job with that output', async () => {
    // given
    const handle = sinon.stub().resolves({ done: true });
    const job = fakeJob({ variables: validInput });
    // when
    const receipt = await workerWith(handle).run(job);
    // then
    expect(receipt).to.equal('completed');
    expect(job.complete).to.have.been.calledOnceWithExactly({ done: true });
    expect(job.fail).to.have.callCount(0);
    expect(job.error).to.have.callCount(0);
    expect(handle).to.have.callCount(1);
    const [input, ctx] = handle.firstCall.args as [Input, JobContext];
    expect(input).to.deep.equal(validInput);
    expect(ctx.jobKey).to.equal(job.jobKey);
    expect(ctx.processInstanceKey).to.equal(job.processInstanceKey);
    expect(ctx.actor).to.equal(`itsm:test.unit:1#${job.jobKey}`);
  });

  it('when the handler throws a declared BpmnError, throws that BPMN error to the engine', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 3 });
    const worker = workerWith(async () => {
      throw new BpmnError('NOT_FOUND_IN_CMDB', 'No such CI', { missingCi: 'CI-1' });
    });
    // when
    const receipt = await worker.run(job);
    // then
    expect(receipt).to.equal('errored');
    expect(job.error).to.have.been.calledOnceWithExactly({
      errorCode: 'NOT_FOUND_IN_CMDB',
      errorMessage: 'No such CI',
      variables: { missingCi: 'CI-1' },
    });
    expect(job.fail).to.have.callCount(0);
    expect(job.complete).to.have.callCount(0);
  });

  it('when the handler throws an undeclared BpmnError, fails with 0 retries (incident)', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 3 });
    const worker = workerWith(async () => {
      throw new BpmnError('SURPRISE', 'Not in bpmnErrors');
    });
    // when
    await worker.run(job);
    // then
    expect(job.error).to.have.callCount(0);
    expect(job.fail).to.have.callCount(1);
    const f = job.fail.firstCall.args[0];
    expect(f.retries).to.equal(0);
    expect(f.errorMessage).to.include('SURPRISE');
  });

  it('when the handler throws an IncidentError, fails with 0 retries and its message', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 5 });
    const worker = workerWith(async () => {
      throw new IncidentError('The routing table has no default group');
    });
    // when
    await worker.run(job);
    // then
    expect(job.fail).to.have.callCount(1);
    const f = job.fail.firstCall.args[0];
    expect(f.retries).to.equal(0);
    expect(f.errorMessage).to.include('The routing table has no default group');
    expect(job.complete).to.have.callCount(0);
  });

  it('when the handler throws a TransientError with retryAfterMs, fails with retries-1 and that backoff', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 3 });
    const worker = workerWith(async () => {
      throw new TransientError('CMDB answered 429', 7_500);
    });
    // when
    await worker.run(job);
    // then
    expect(job.fail).to.have.been.calledOnceWith(
      sinon.match({ retries: 2, retryBackOff: 7_500, errorMessage: sinon.match('429') }),
    );
  });

  it('when the handler throws an unknown error, fails with retries-1 and a growing backoff', async () => {
    // given
    const failing = workerWith(async () => {
      throw new Error('connection reset');
    });
    const first = fakeJob({ variables: validInput, retries: 3 });
    const last = fakeJob({ variables: validInput, retries: 1 });
    // when
    await failing.run(first);
    await failing.run(last);
    // then
    const a = first.fail.firstCall.args[0];
    const b = last.fail.firstCall.args[0];
    expect(a.retries).to.equal(2);
    expect(b.retries).to.equal(0);
    expect(a.errorMessage).to.include('connection reset');
    expect(a.retryBackOff).to.be.a('number').greaterThan(0);
    expect(b.retryBackOff).to.be.greaterThan(a.retryBackOff);
    expect(b.retryBackOff).to.be.at.most(300_000);
  });

  it('when the database cannot be reached, fails keeping its retries and tries again in 5 s (a Postgres restart raises no incident)', async () => {
    // given: PostgreSQL restarting, as pg reports it
    const starting = Object.assign(new Error('the database system is starting up'), {
      code: '57P03',
      severity: 'FATAL',
    });
    const failing = workerWith(async () => {
      throw starting;
    });
    const first = fakeJob({ variables: validInput, retries: 3 });
    const last = fakeJob({ variables: validInput, retries: 1 });
    // when
    await failing.run(first);
    await failing.run(last);
    // then
    expect(first.fail).to.have.been.calledOnceWith(
      sinon.match({ retries: 3, retryBackOff: 5_000, errorMessage: sinon.match('starting up') }),
    );
    expect(last.fail).to.have.been.calledOnceWith(sinon.match({ retries: 1, retryBackOff: 5_000 }));
  });

  it('when a job arrives with no retries left, never passes negative retries', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 0 });
    const transient = fakeJob({ variables: validInput, retries: 0 });
    const worker = workerWith(async () => {
      throw new Error('boom');
    });
    // when
    await worker.run(job);
    await toJobOutcome(new TransientError('later', 1_000), transient, []);
    // then
    expect(job.fail.firstCall.args[0].retries).to.equal(0);
    expect(transient.fail.firstCall.args[0].retries).to.equal(0);
  });

  it('when a required input field is missing, fails with 0 retries naming the field and never calls the handler', async () => {
    // given
    const handle = sinon.stub().resolves({ done: true });
    const job = fakeJob({ variables: { count: 1 }, retries: 3 });
    // when
    await workerWith(handle).run(job);
    // then
    expect(handle).to.have.callCount(0);
    expect(job.fail).to.have.callCount(1);
    const f = job.fail.firstCall.args[0];
    expect(f.retries).to.equal(0);
    expect(f.errorMessage).to.include('recordId');
  });

  it('when an input field has the wrong type, fails with 0 retries naming the field', async () => {
    // given
    const handle = sinon.stub().resolves({ done: true });
    const job = fakeJob({ variables: { recordId: 'INC-2026-000001', count: 'two' }, retries: 3 });
    // when
    await workerWith(handle).run(job);
    // then
    expect(handle).to.have.callCount(0);
    const f = job.fail.firstCall.args[0];
    expect(f.retries).to.equal(0);
    expect(f.errorMessage).to.include('count');
  });

  it('when the output breaks its schema, fails with 0 retries instead of completing', async () => {
    // given
    const job = fakeJob({ variables: validInput, retries: 3 });
    const worker = workerWith(async () => ({ done: 'yes' }) as unknown as Output);
    const extra = fakeJob({ variables: validInput, retries: 3 });
    const withExtra = workerWith(async () => ({ done: true, leaked: 'secret' }));
    // when
    await worker.run(job);
    await withExtra.run(extra);
    // then
    expect(job.complete).to.have.callCount(0);
    expect(job.fail).to.have.been.calledOnceWith(sinon.match({ retries: 0 }));
    expect(job.fail.firstCall.args[0].errorMessage).to.include('done');
    expect(extra.complete).to.have.callCount(0);
    expect(extra.fail.firstCall.args[0]).to.include({ retries: 0 });
    expect(extra.fail.firstCall.args[0].errorMessage).to.include('leaked');
  });

  it('when the worker is defined, fetches exactly the variables its input schema declares', () => {
    // given / when
    const worker = workerWith(async () => ({ done: true }));
    // then
    expect([...worker.fetchVariables].sort()).to.deep.equal(['count', 'recordId']);
    expect(worker.bpmnErrors).to.deep.equal(['NOT_FOUND_IN_CMDB']);
    expect(worker.timeoutMs).to.be.greaterThan(0);
  });

  it('when the handler mutates its input, the job variables stay untouched', async () => {
    // given
    const variables = { recordId: 'INC-2026-000002' };
    const job = fakeJob({ variables });
    const worker = workerWith(async (input) => {
      input.recordId = 'changed';
      return { done: true };
    });
    // when
    await worker.run(job);
    // then
    expect(variables.recordId).to.equal('INC-2026-000002');
  });
});
