/**
 * Regular expressions from deployed forms run with RE2 (issue 16 item 5): a pattern that makes
 * a backtracking RegExp take exponential time (`^(a+)+$` on "aaa…a!") answers at once, in
 * `validate.pattern` (ajv) and in FEEL `matches()` (hide conditions), and patterns RE2 cannot
 * run or that nest repetition are named at deploy.
 */
import { expect } from 'chai';
import {
  validateFormSubmission,
  type FormValidationResult,
} from '../../../server/forms/form-schema.ts';
import { compileSafeRegExp, regexProblem } from '../../../server/forms/safe-regex.ts';

/** 28 a's and a "!": a backtracking RegExp tries about 2^28 ways before it gives up (seconds). */
const HOSTILE_INPUT = `${'a'.repeat(28)}!`;
const CATASTROPHIC = '^(a+)+$';

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function form(...components: unknown[]) {
  return { type: 'default', components };
}

function okOf(result: FormValidationResult): boolean {
  return result.ok;
}

describe('server/forms/safe-regex', () => {
  it('when a form field has a catastrophic validate.pattern, validates a hostile value in linear time', () => {
    // given
    const code = form({ type: 'textfield', key: 'code', validate: { pattern: CATASTROPHIC } });

    // when
    const hostile = timed(() => validateFormSubmission(code, { code: HOSTILE_INPUT }));
    const good = validateFormSubmission(code, { code: 'aaaa' });

    // then
    expect(okOf(hostile.value)).to.equal(false);
    expect(hostile.ms).to.be.below(500);
    expect(okOf(good)).to.equal(true);
  });

  it('when a hide condition calls matches() with a catastrophic pattern, evaluates it in linear time', () => {
    // given: the note is hidden (and so dropped) when the code matches
    const withCondition = form(
      { type: 'textfield', key: 'code' },
      {
        type: 'textfield',
        key: 'note',
        conditional: { hide: `=matches(code, "${CATASTROPHIC}")` },
      },
    );

    // when
    const hostile = timed(() =>
      validateFormSubmission(withCondition, { code: HOSTILE_INPUT, note: 'kept' }),
    );
    const matching = validateFormSubmission(withCondition, { code: 'aaa', note: 'dropped' });

    // then
    expect(hostile.ms).to.be.below(500);
    expect(hostile.value).to.deep.equal({ ok: true, data: { code: HOSTILE_INPUT, note: 'kept' } });
    expect(matching).to.deep.equal({ ok: true, data: { code: 'aaa' } });
  });

  it('when a submission names a variable "matches", the hide condition still uses the RE2 matches()', () => {
    // given
    const withCondition = form(
      { type: 'textfield', key: 'code' },
      { type: 'textfield', key: 'note', conditional: { hide: '=matches(code, "^x")' } },
    );

    // when
    const result = validateFormSubmission(
      withCondition,
      { code: 'xy', note: 'n' },
      {
        matches: 'not a function',
      },
    );

    // then: hidden, so dropped
    expect(result).to.deep.equal({ ok: true, data: { code: 'xy' } });
  });

  it('when patterns use JavaScript syntax form-js writes (\\d, flags, named groups), RE2 matches them alike', () => {
    expect(compileSafeRegExp('^[A-Z]{3}-\\d+$').test('INC-12')).to.equal(true);
    expect(compileSafeRegExp('^[A-Z]{3}-\\d+$').test('inc-12')).to.equal(false);
    expect(compileSafeRegExp('^inc', 'i').test('INC-1')).to.equal(true);
    expect(compileSafeRegExp('^(?<year>\\d{4})$').test('2026')).to.equal(true);
    expect(compileSafeRegExp('b').test('abc')).to.equal(true);
  });

  it('names what is wrong with a pattern: invalid, not supported by RE2, or nested repetition', () => {
    expect(regexProblem('^[A-Z]{3}-\\d+$')).to.equal(undefined);
    expect(regexProblem('([')).to.equal('is not a valid regular expression');
    expect(regexProblem('^(?=a)b')).to.match(/RE2\) does not support .*lookahead/);
    expect(regexProblem('(a)\\1')).to.match(/RE2\) does not support/);
    expect(regexProblem(CATASTROPHIC)).to.match(/repeats a group that itself repeats/);
  });

  it('when a deployed form has a pattern RE2 cannot run, the submission check says so', () => {
    // given
    const lookahead = form({ type: 'textfield', key: 'p', validate: { pattern: '^(?=a)a' } });

    // when / then
    expect(() => validateFormSubmission(lookahead, {})).to.throw(
      Error,
      /^Invalid form: the pattern of "p" uses lookaround or backreferences/,
    );
  });
});
