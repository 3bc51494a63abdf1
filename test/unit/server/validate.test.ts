import { expect } from 'chai';
import { InputError } from '../../../server/errors.ts';
import { compileValidator, fieldsWithNul } from '../../../server/middleware/validate.ts';

describe('request validation', () => {
  const checkBody = compileValidator(
    {
      type: 'object',
      properties: {
        processId: { type: 'string', minLength: 1 },
        variables: { type: 'object' },
        kind: { type: 'string', enum: ['a', 'b'] },
      },
      required: ['processId'],
      additionalProperties: false,
    },
    'body',
  );

  /** What the validator threw for a body. */
  function problemsOf(body: unknown): InputError {
    try {
      checkBody(body);
    } catch (err) {
      return err as InputError;
    }
    throw new Error('expected an InputError');
  }

  it('when every field is wrong in its own way, names each field with what is wrong', () => {
    // given / when
    const err = problemsOf({ variables: 'x', kind: 'c', extra: 1 });
    // then
    expect(err).to.be.instanceOf(InputError);
    expect(err.code).to.equal('VALIDATION_FAILED');
    const byField = Object.fromEntries(
      (err.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
    );
    expect(byField).to.include.keys('processId', 'variables', 'kind', 'extra');
    expect(byField.processId).to.match(/required/);
    expect(byField.kind).to.match(/a, b/);
    expect(byField.extra).to.match(/not an accepted field/);
  });

  it('when the body is valid, passes', () => {
    // given / when / then
    expect(() => checkBody({ processId: 'p', variables: { a: [1, 'x'] } })).not.to.throw();
  });

  it('when a string or a key anywhere holds a NUL character, names each such field', () => {
    // given
    const body = {
      processId: 'p\u0000',
      variables: { fine: 'ok', list: ['a', 'b\u0000'], ['k\u0000']: 1, deep: { er: '\u0000' } },
    };
    // when
    const found = fieldsWithNul(body);
    const err = problemsOf(body);
    // then
    expect(found).to.deep.equal([
      'processId',
      'variables.deep.er',
      'variables.k\\u0000',
      'variables.list.1',
    ]);
    expect((err.details as { field: string }[]).map((d) => d.field)).to.deep.equal(found);
  });

  it('when the body nests very deep, checks it without running out of stack', () => {
    // given
    let deep: unknown = 'leaf\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    // when
    const found = fieldsWithNul(deep);
    // then
    expect(found).to.have.length(1);
  });
});
