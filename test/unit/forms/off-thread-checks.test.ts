/**
 * Form expressions run off the main thread with a time limit (issue 16 item 5): a hide
 * condition that is slow by itself is refused at deploy, one that is slow for the submitted
 * data answers a clear 400 when the task is completed, and the main thread's event loop keeps
 * turning meanwhile (which is what keeps /api/health answering).
 */
import { expect } from 'chai';
import {
  checkFormOffThread,
  checkLimits,
  closeOffThreadChecks,
  validateFormSubmissionOffThread,
} from '../../../server/checks/off-thread.ts';
import { InputError } from '../../../server/errors.ts';
import { mainThreadStall, STALL_BOUND_MS } from './main-thread-stall.ts';

/** About 6 s of feelin on this machine with no variables at all. */
const SLOW_BY_ITSELF = 'some i in 1..1000, j in 1..1000 satisfies i < 0';
/** Fast until a submission sets n to a large number. */
const SLOW_FOR_LARGE_N = 'some i in 1..n, j in 1..n satisfies i < 0';

describe('server/checks/off-thread (forms)', function () {
  this.timeout(60_000);
  const limits = { ...checkLimits };

  before(() => {
    checkLimits.formMs = 1_000;
  });

  after(async () => {
    Object.assign(checkLimits, limits);
    await closeOffThreadChecks();
  });

  it('when a form has a hide condition that is slow by itself, refuses it at deploy naming the expression', async () => {
    // given
    const form = {
      id: 'slow',
      components: [
        { type: 'textfield', key: 'a' },
        { type: 'textfield', key: 'b', conditional: { hide: `=${SLOW_BY_ITSELF}` } },
      ],
    };

    // when
    const started = performance.now();
    const { value: problems, stallMs } = await mainThreadStall(() => checkFormOffThread(form));
    const elapsed = performance.now() - started;

    // then
    expect(problems).to.deep.equal([
      {
        field: 'components[1].conditional.hide',
        message: `the expression "${SLOW_BY_ITSELF}" took longer than 1 s to evaluate even without any variables: simplify it (e.g. no nested "for" or "some" over large ranges)`,
      },
    ]);
    expect(stallMs).to.be.below(STALL_BOUND_MS);
    expect(elapsed).to.be.below(30_000);
  });

  it('when a form only has fast expressions, finds no problem', async () => {
    const form = {
      id: 'fast',
      components: [
        { type: 'number', key: 'n' },
        { type: 'textfield', key: 'b', conditional: { hide: `=${SLOW_FOR_LARGE_N}` } },
      ],
    };
    expect(await checkFormOffThread(form)).to.deep.equal([]);
  });

  it('when a submission makes a hide condition slow, answers a 400 naming the expression, and the next submission is checked', async () => {
    // given
    const form = {
      id: 'slow-for-data',
      components: [
        { type: 'number', key: 'n' },
        { type: 'textfield', key: 'b', conditional: { hide: `=${SLOW_FOR_LARGE_N}` } },
      ],
    };

    // when
    const { error, stallMs } = await mainThreadStall(() =>
      validateFormSubmissionOffThread(form, { n: 5000, b: 'x' }),
    );
    const next = await validateFormSubmissionOffThread(form, { n: 3, b: 'x' });

    // then
    expect(error).to.be.instanceOf(InputError);
    expect((error as InputError).code).to.equal('FORM_TOO_COMPLEX');
    expect((error as InputError).message).to.equal(
      `The form's expression "${SLOW_FOR_LARGE_N}" took longer than 1 s to evaluate, so the task cannot be completed with this form: ask a process owner to simplify it`,
    );
    expect(stallMs).to.be.below(STALL_BOUND_MS);
    expect(next).to.deep.equal({ ok: true, data: { n: 3, b: 'x' } });
  });

  it('when a submission is checked off the main thread, answers as the check on the main thread does', async () => {
    const form = {
      id: 'plain',
      components: [
        { type: 'textfield', key: 'title', validate: { required: true } },
        { type: 'select', key: 'group', valuesKey: 'groups' },
      ],
    };
    const answer = await validateFormSubmissionOffThread(
      form,
      { group: 'db' },
      {},
      { dynamicOptions: { groups: [{ value: 'network' }] } },
    );
    expect(answer).to.deep.equal({
      ok: false,
      errors: [
        { field: 'title', message: 'is required' },
        { field: 'group', message: 'must be one of: network' },
      ],
    });
  });
});
