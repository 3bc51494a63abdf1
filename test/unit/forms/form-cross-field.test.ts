import { expect } from 'chai';
import {
  deriveFormSchema,
  validateFormSubmission,
  type FieldError,
  type FormValidationResult,
} from '../../../server/forms/form-schema.ts';

function form(...components: unknown[]) {
  return { type: 'default', schemaVersion: 16, components };
}

function errorsOf(result: FormValidationResult): FieldError[] {
  if (result.ok) throw new Error(`expected errors, got data ${JSON.stringify(result.data)}`);
  return result.errors;
}

function dataOf(result: FormValidationResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

const start = {
  type: 'datetime',
  subtype: 'datetime',
  key: 'outageStart',
  label: 'Outage start',
};

function end(properties: Record<string, string> = { after: 'outageStart' }) {
  return {
    type: 'datetime',
    subtype: 'datetime',
    key: 'outageEnd',
    label: 'Outage end',
    properties,
  };
}

describe('server/forms/form-schema: rules across fields (properties.after / notBefore)', () => {
  it('when the end is before the start, both fields are named', () => {
    // given
    const outage = form(start, end());
    // when
    const result = validateFormSubmission(outage, {
      outageStart: '2026-03-02T10:00+08:00',
      outageEnd: '2026-03-02T09:00+08:00',
    });
    // then
    expect(errorsOf(result)).to.deep.equal([
      { field: 'outageEnd', message: 'must be later than Outage start (outageStart)' },
      { field: 'outageStart', message: 'must be earlier than Outage end (outageEnd)' },
    ]);
  });

  it('when the end is after the start, the data passes; an equal end does not for "after" but does for "notBefore"', () => {
    // given
    const strict = form(start, end());
    const lenient = form(start, end({ notBefore: 'outageStart' }));
    const same = { outageStart: '2026-03-02T10:00+08:00', outageEnd: '2026-03-02T10:00+08:00' };
    // when
    const later = validateFormSubmission(strict, {
      outageStart: '2026-03-02T10:00+08:00',
      outageEnd: '2026-03-02T10:15+08:00',
    });
    // then
    expect(dataOf(later)).to.deep.equal({
      outageStart: '2026-03-02T10:00+08:00',
      outageEnd: '2026-03-02T10:15+08:00',
    });
    expect(errorsOf(validateFormSubmission(strict, same)).map((e) => e.field)).to.deep.equal([
      'outageEnd',
      'outageStart',
    ]);
    expect(dataOf(validateFormSubmission(lenient, same))).to.deep.equal(same);
  });

  it('when offsets differ, instants are compared; a value without an offset is read at +08:00', () => {
    // given
    const outage = form(start, end());
    // when: 10:00 local (+08:00) against 02:30Z (10:30 +08:00) and 01:30Z (09:30 +08:00)
    const inOrder = validateFormSubmission(outage, {
      outageStart: '2026-03-02T10:00',
      outageEnd: '2026-03-02T02:30Z',
    });
    const reversed = validateFormSubmission(outage, {
      outageStart: '2026-03-02T10:00',
      outageEnd: '2026-03-02T01:30Z',
    });
    // then
    expect(inOrder.ok).to.equal(true);
    expect(errorsOf(reversed).map((e) => e.field)).to.deep.equal(['outageEnd', 'outageStart']);
  });

  it('when either value is missing, hidden or malformed, only the usual checks apply', () => {
    // given: the start is hidden unless there was an outage
    const hiddenStart = { ...start, conditional: { hide: '=unplannedOutage != true' } };
    const outage = form({ type: 'checkbox', key: 'unplannedOutage' }, hiddenStart, end());
    // when
    const missing = validateFormSubmission(outage, {
      unplannedOutage: true,
      outageEnd: '2026-03-02T09:00+08:00',
    });
    const hidden = validateFormSubmission(outage, {
      unplannedOutage: false,
      outageStart: '2026-03-02T10:00+08:00',
      outageEnd: '2026-03-02T09:00+08:00',
    });
    const malformed = validateFormSubmission(outage, {
      unplannedOutage: true,
      outageStart: 'yesterday',
      outageEnd: '2026-03-02T09:00+08:00',
    });
    // then
    expect(missing.ok).to.equal(true);
    expect(dataOf(hidden)).to.deep.equal({
      unplannedOutage: false,
      outageEnd: '2026-03-02T09:00+08:00',
    });
    expect(errorsOf(malformed)).to.deep.equal([
      { field: 'outageStart', message: 'must be a date and time (YYYY-MM-DDTHH:mm)' },
    ]);
  });

  it('when the fields sit in each item of a list or are dates, each item is checked with its own path', () => {
    // given
    const windows = form({
      type: 'dynamiclist',
      path: 'windows',
      components: [
        { type: 'datetime', subtype: 'date', key: 'from' },
        { type: 'datetime', subtype: 'date', key: 'to', properties: { notBefore: 'from' } },
      ],
    });
    // when
    const result = validateFormSubmission(windows, {
      windows: [
        { from: '2026-03-02', to: '2026-03-02' },
        { from: '2026-03-05', to: '2026-03-04' },
      ],
    });
    // then
    expect(errorsOf(result)).to.deep.equal([
      { field: 'windows[1].to', message: 'must be not before windows[1].from' },
      { field: 'windows[1].from', message: 'must be not after windows[1].to' },
    ]);
  });

  it('when a rule names no datetime field of the same subtype beside it, the form is invalid', () => {
    // given
    const unknown = form(start, end({ after: 'outageBegin' }));
    const onText = form(start, {
      type: 'textfield',
      key: 'note',
      properties: { after: 'outageStart' },
    });
    const otherSubtype = form({ ...start, subtype: 'date' }, end());
    const both = form(start, end({ after: 'outageStart', notBefore: 'outageStart' }));
    // when / then
    expect(() => deriveFormSchema(unknown)).to.throw(/"after" of "outageEnd" names "outageBegin"/);
    expect(() => deriveFormSchema(onText)).to.throw(/applies to datetime fields only/);
    expect(() => deriveFormSchema(otherSubtype)).to.throw(/not a datetime field like it/);
    expect(() => deriveFormSchema(both)).to.throw(/both "after" and "notBefore"/);
  });
});
