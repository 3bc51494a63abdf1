import { expect } from 'chai';
import { Ajv } from 'ajv';
import {
  deriveFormSchema,
  validateFormSubmission,
  type FieldError,
  type FormValidationResult,
} from '../../../server/forms/form-schema.js';

function form(...components: unknown[]): {
  type: string;
  schemaVersion: number;
  components: unknown[];
} {
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

const title = { type: 'textfield', key: 'title', label: 'Title', validate: { required: true } };
const priority = {
  type: 'select',
  key: 'priority',
  values: [
    { label: 'Low', value: 'low' },
    { label: 'High', value: 'high' },
  ],
};

describe('server/forms/form-schema', () => {
  describe('validateFormSubmission', () => {
    it('when a valid submission is given, returns it as the cleaned data', () => {
      // given
      const incident = form(
        title,
        priority,
        { type: 'number', key: 'impact' },
        { type: 'checkbox', key: 'urgent' },
      );
      // when
      const result = validateFormSubmission(incident, {
        title: 'VPN down',
        priority: 'high',
        impact: 3,
        urgent: true,
      });
      // then
      expect(dataOf(result)).to.deep.equal({
        title: 'VPN down',
        priority: 'high',
        impact: 3,
        urgent: true,
      });
    });

    it('when a required field is missing or empty, reports it as required', () => {
      // given
      const incident = form(title, {
        type: 'checkbox',
        key: 'confirmed',
        validate: { required: true },
      });
      // when
      const missing = validateFormSubmission(incident, {});
      const empty = validateFormSubmission(incident, { title: '', confirmed: false });
      // then
      const expected = [
        { field: 'title', message: 'is required' },
        { field: 'confirmed', message: 'is required' },
      ];
      expect(errorsOf(missing)).to.have.deep.members(expected);
      expect(errorsOf(empty)).to.have.deep.members(expected);
    });

    it('when an optional field is null or empty, accepts it and keeps it', () => {
      // given
      const incident = form(
        { type: 'textfield', key: 'email', validate: { validationType: 'email' } },
        priority,
      );
      // when
      const result = validateFormSubmission(incident, { email: '', priority: null });
      // then
      expect(dataOf(result)).to.deep.equal({ email: '', priority: null });
    });

    it('when values have the wrong JSON type, reports one error per field', () => {
      // given
      const incident = form(
        { type: 'textfield', key: 'title' },
        { type: 'number', key: 'impact' },
        { type: 'checkbox', key: 'urgent' },
        { type: 'checklist', key: 'tags', values: [{ value: 'a' }] },
      );
      // when
      const result = validateFormSubmission(incident, {
        title: 42,
        impact: '3',
        urgent: 'yes',
        tags: 'a',
      });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'title', message: 'must be a string' },
        { field: 'impact', message: 'must be a number' },
        { field: 'urgent', message: 'must be true or false' },
        { field: 'tags', message: 'must be a list' },
      ]);
    });

    it('when a choice is not among the options, lists the options', () => {
      // given
      const incident = form(priority, {
        type: 'radio',
        key: 'level',
        values: [{ value: 1 }, { value: 2 }],
      });
      // when
      const result = validateFormSubmission(incident, { priority: 'urgent', level: '1' });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'priority', message: 'must be one of: low, high' },
        { field: 'level', message: 'must be one of: 1, 2' },
      ]);
    });

    it('when a number is outside min/max, reports the limit', () => {
      // given
      const incident = form(
        { type: 'number', key: 'low', validate: { min: 1 } },
        { type: 'number', key: 'high', validate: { max: 100 } },
      );
      // when
      const result = validateFormSubmission(incident, { low: 0, high: 101 });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'low', message: 'must be at least 1' },
        { field: 'high', message: 'must be at most 100' },
      ]);
    });

    it('when a number has more decimals than decimalDigits allows, reports it', () => {
      // given
      const incident = form(
        { type: 'number', key: 'count', decimalDigits: 0 },
        { type: 'number', key: 'cost', decimalDigits: 2 },
      );
      // when
      const result = validateFormSubmission(incident, { count: 1.5, cost: 1.005 });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'count', message: 'must be a whole number' },
        { field: 'cost', message: 'must have at most 2 decimal digits' },
      ]);
      expect(validateFormSubmission(incident, { count: 2, cost: 1.25 }).ok).to.equal(true);
    });

    it('when a text is shorter than minLength or longer than maxLength, reports the length', () => {
      // given
      const incident = form(
        { type: 'textfield', key: 'code', validate: { minLength: 3 } },
        { type: 'textarea', key: 'summary', validate: { maxLength: 5 } },
      );
      // when
      const result = validateFormSubmission(incident, { code: 'ab', summary: 'too long' });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'code', message: 'must be at least 3 characters long' },
        { field: 'summary', message: 'must be at most 5 characters long' },
      ]);
    });

    it('when a text does not match the pattern, names the pattern', () => {
      // given
      const incident = form({
        type: 'textfield',
        key: 'ticket',
        validate: { pattern: '^INC-[0-9]+$' },
      });
      // when
      const bad = validateFormSubmission(incident, { ticket: 'CHG-1' });
      const good = validateFormSubmission(incident, { ticket: 'INC-12' });
      // then
      expect(errorsOf(bad)).to.deep.equal([
        { field: 'ticket', message: 'must match the pattern ^INC-[0-9]+$' },
      ]);
      expect(good.ok).to.equal(true);
    });

    it('when an email or phone number is malformed, says what is expected', () => {
      // given
      const contact = form(
        { type: 'textfield', key: 'email', validate: { validationType: 'email' } },
        { type: 'textfield', key: 'phone', validate: { validationType: 'phone' } },
      );
      // when
      const bad = validateFormSubmission(contact, { email: 'not-an-email', phone: '555-1234' });
      const good = validateFormSubmission(contact, {
        email: 'ana@example.com',
        phone: '+4930664040900',
      });
      // then
      expect(errorsOf(bad)).to.have.deep.members([
        { field: 'email', message: 'must be a valid email address' },
        {
          field: 'phone',
          message: 'must be a valid international phone number (e.g. +4930664040900)',
        },
      ]);
      expect(good.ok).to.equal(true);
    });

    it('when a key is not a field of the form, refuses each unknown key by its path', () => {
      // given
      const incident = form(title, {
        type: 'group',
        path: 'address',
        components: [{ type: 'textfield', key: 'city' }],
      });
      // when
      const result = validateFormSubmission(incident, {
        title: 'x',
        approved: true,
        address: { city: 'Ghent', zip: '9000' },
      });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'approved', message: 'is not a field of this form' },
        { field: 'address.zip', message: 'is not a field of this form' },
      ]);
    });

    it('when a value is sent for a non-input component, drops it', () => {
      // given
      const incident = form(
        title,
        { type: 'text', text: '# Hello' },
        { type: 'button', key: 'submit', action: 'submit' },
      );
      // when
      const result = validateFormSubmission(incident, { title: 'x', submit: true });
      // then
      expect(dataOf(result)).to.deep.equal({ title: 'x' });
    });

    it('when a process variable hides a required field, neither requires nor keeps it', () => {
      // given
      const approval = form(title, {
        type: 'textarea',
        key: 'reason',
        validate: { required: true },
        conditional: { hide: '=risk != "high"' },
      });
      // when
      const hidden = validateFormSubmission(
        approval,
        { title: 'x', reason: 'ignored' },
        { risk: 'low' },
      );
      const shown = validateFormSubmission(approval, { title: 'x' }, { risk: 'high' });
      // then
      expect(dataOf(hidden)).to.deep.equal({ title: 'x' });
      expect(errorsOf(shown)).to.deep.equal([{ field: 'reason', message: 'is required' }]);
    });

    it('when the submitted data hides a field, neither requires nor keeps it', () => {
      // given
      const triage = form(
        { type: 'radio', key: 'category', values: [{ value: 'network' }, { value: 'other' }] },
        {
          type: 'textfield',
          key: 'otherCategory',
          validate: { required: true, minLength: 3 },
          conditional: { hide: '=category != "other"' },
        },
      );
      // when
      const hidden = validateFormSubmission(
        triage,
        { category: 'network', otherCategory: 'x' },
        { category: 'other' },
      );
      const shown = validateFormSubmission(triage, { category: 'other', otherCategory: 'x' });
      // then
      expect(dataOf(hidden)).to.deep.equal({ category: 'network' });
      expect(errorsOf(shown)).to.deep.equal([
        { field: 'otherCategory', message: 'must be at least 3 characters long' },
      ]);
    });

    it('when a group is hidden, hides its children too', () => {
      // given
      const change = form({
        type: 'group',
        path: 'rollback',
        conditional: { hide: '=risk = "low"' },
        components: [{ type: 'textarea', key: 'plan', validate: { required: true } }],
      });
      // when
      const result = validateFormSubmission(
        change,
        { rollback: { plan: 'revert' } },
        { risk: 'low' },
      );
      // then
      expect(dataOf(result)).to.deep.equal({});
    });

    it('when a hide condition is not valid FEEL, treats the field as shown', () => {
      // given
      const broken = form({ ...title, conditional: { hide: '=risk = (' } });
      // when
      const result = validateFormSubmission(broken, {}, { risk: 'low' });
      // then
      expect(errorsOf(result)).to.deep.equal([{ field: 'title', message: 'is required' }]);
    });

    it('when a group has a path, nests its fields under that path', () => {
      // given
      const requester = form({
        type: 'group',
        path: 'address',
        components: [{ type: 'textfield', key: 'city', validate: { required: true } }],
      });
      // when
      const missing = validateFormSubmission(requester, {});
      const flat = validateFormSubmission(requester, { city: 'Ghent' });
      const nested = validateFormSubmission(requester, { address: { city: 'Ghent' } });
      // then
      expect(errorsOf(missing)).to.deep.equal([{ field: 'address.city', message: 'is required' }]);
      expect(errorsOf(flat)).to.deep.include({
        field: 'city',
        message: 'is not a field of this form',
      });
      expect(dataOf(nested)).to.deep.equal({ address: { city: 'Ghent' } });
    });

    it('when a group has no path, keeps its fields at the top level', () => {
      // given
      const requester = form({
        type: 'group',
        label: 'Who',
        components: [{ type: 'textfield', key: 'name' }],
      });
      // when
      const result = validateFormSubmission(requester, { name: 'Ana' });
      // then
      expect(dataOf(result)).to.deep.equal({ name: 'Ana' });
    });

    it('when keys are dotted, treats them as nested objects', () => {
      // given
      const requester = form(
        { type: 'textfield', key: 'address.city', validate: { required: true } },
        { type: 'number', key: 'address.geo.lat', validate: { max: 90 } },
      );
      // when
      const bad = validateFormSubmission(requester, { address: { geo: { lat: 91 } } });
      const good = validateFormSubmission(requester, {
        address: { city: 'Ghent', geo: { lat: 51 } },
      });
      // then
      expect(errorsOf(bad)).to.have.deep.members([
        { field: 'address.city', message: 'is required' },
        { field: 'address.geo.lat', message: 'must be at most 90' },
      ]);
      expect(dataOf(good)).to.deep.equal({ address: { city: 'Ghent', geo: { lat: 51 } } });
    });

    it('when a checklist holds unknown or repeated options, reports the items', () => {
      // given
      const tags = form({
        type: 'checklist',
        key: 'tags',
        validate: { required: true },
        values: [{ value: 'vpn' }, { value: 'email' }],
      });
      // when
      const unknown = validateFormSubmission(tags, { tags: ['vpn', 'printer'] });
      const repeated = validateFormSubmission(tags, { tags: ['vpn', 'vpn'] });
      const empty = validateFormSubmission(tags, { tags: [] });
      const good = validateFormSubmission(tags, { tags: ['email', 'vpn'] });
      // then
      expect(errorsOf(unknown)).to.deep.equal([
        { field: 'tags', message: 'item 2 must be one of: vpn, email' },
      ]);
      expect(errorsOf(repeated)).to.deep.equal([
        { field: 'tags', message: 'must not contain duplicates' },
      ]);
      expect(errorsOf(empty)).to.deep.equal([{ field: 'tags', message: 'is required' }]);
      expect(good.ok).to.equal(true);
    });

    it('when a datetime field gets a value in the wrong format, says which format is expected', () => {
      // given
      const schedule = form(
        { type: 'datetime', key: 'day', subtype: 'date' },
        { type: 'datetime', key: 'at', subtype: 'time' },
        { type: 'datetime', key: 'start', subtype: 'datetime' },
      );
      // when
      const bad = validateFormSubmission(schedule, {
        day: '2024-02-30',
        at: '25:00',
        start: '2024-02-01 10:00',
      });
      const good = validateFormSubmission(schedule, {
        day: '2024-02-29',
        at: '14:30+01:00',
        start: '2024-02-01T10:00Z',
      });
      // then
      expect(errorsOf(bad)).to.have.deep.members([
        { field: 'day', message: 'must be a date (YYYY-MM-DD)' },
        { field: 'at', message: 'must be a time (HH:mm)' },
        { field: 'start', message: 'must be a date and time (YYYY-MM-DDTHH:mm)' },
      ]);
      expect(good.ok).to.equal(true);
    });

    it('when a field is readonly or disabled, drops the submitted value and does not require it', () => {
      // given
      const incident = form(
        { type: 'textfield', key: 'number', readonly: true, validate: { required: true } },
        { type: 'textfield', key: 'owner', disabled: true, validate: { required: true } },
        title,
      );
      // when
      const result = validateFormSubmission(incident, { number: 'INC-1', owner: 'me', title: 'x' });
      // then
      expect(dataOf(result)).to.deep.equal({ title: 'x' });
    });

    it('when options come from a valuesKey variable, checks membership against it', () => {
      // given
      const assign = form(
        { type: 'select', key: 'group', valuesKey: 'groups' },
        { type: 'taglist', key: 'watchers', valuesKey: 'people' },
      );
      const variables = {
        groups: [{ label: 'Network', value: 'net' }, { value: 'db' }],
        people: ['ana', 'bo'],
      };
      // when
      const bad = validateFormSubmission(
        assign,
        { group: 'hr', watchers: ['ana', 'cy'] },
        variables,
      );
      const good = validateFormSubmission(assign, { group: 'db', watchers: ['bo'] }, variables);
      const unknownOptions = validateFormSubmission(assign, { group: 'anything' });
      // then
      expect(errorsOf(bad)).to.have.deep.members([
        { field: 'group', message: 'must be one of: net, db' },
        { field: 'watchers', message: 'item 2 must be one of: ana, bo' },
      ]);
      expect(good.ok).to.equal(true);
      expect(unknownOptions.ok).to.equal(true);
    });

    it('when a dynamic list holds items, validates each item and hides per item', () => {
      // given
      const tasks = form({
        type: 'dynamiclist',
        path: 'steps',
        components: [
          { type: 'textfield', key: 'name', validate: { required: true } },
          {
            type: 'textfield',
            key: 'note',
            validate: { required: true },
            conditional: { hide: '=name = "skip"' },
          },
        ],
      });
      // when
      const result = validateFormSubmission(tasks, {
        steps: [{ name: 'skip', note: 'x' }, { name: 'do' }, {}],
      });
      // then
      expect(errorsOf(result)).to.have.deep.members([
        { field: 'steps[1].note', message: 'is required' },
        { field: 'steps[2].name', message: 'is required' },
        { field: 'steps[2].note', message: 'is required' },
      ]);
      const ok = validateFormSubmission(tasks, {
        steps: [
          { name: 'skip', note: 'x' },
          { name: 'do', note: 'y' },
        ],
      });
      expect(dataOf(ok)).to.deep.equal({ steps: [{ name: 'skip' }, { name: 'do', note: 'y' }] });
    });

    it('when the data is not an object, reports it without throwing', () => {
      // given
      const incident = form(title);
      // when
      const result = validateFormSubmission(incident, ['title']);
      // then
      expect(errorsOf(result)).to.deep.equal([
        { field: '', message: 'form data must be an object' },
      ]);
    });

    it('when the form has no components array, throws an Invalid form error', () => {
      // given
      const notAForm = { type: 'default', components: 'none' };
      // when
      const attempts = [notAForm, null, 'form', []].map((f) => () => validateFormSubmission(f, {}));
      // then
      for (const attempt of attempts) expect(attempt).to.throw(Error, /^Invalid form: /);
    });

    it('when the form has odd shapes, ignores junk and rejects unusable keys clearly', () => {
      // given
      const junk = form(null, 7, { type: 'mystery' }, { type: 'group' }, title, {
        type: 'select',
        key: 'x',
        values: 'no',
      });
      const noKey = form({ type: 'textfield', label: 'Nameless' });
      const duplicate = form(title, title);
      const badPattern = form({ type: 'textfield', key: 'p', validate: { pattern: '([' } });
      const conflict = form({ type: 'textfield', key: 'a' }, { type: 'textfield', key: 'a.b' });
      // when
      const result = validateFormSubmission(junk, { title: 'x' });
      // then
      expect(dataOf(result)).to.deep.equal({ title: 'x' });
      expect(() => validateFormSubmission(noKey, {})).to.throw(
        Error,
        /^Invalid form: .*textfield key/,
      );
      expect(() => validateFormSubmission(duplicate, {})).to.throw(
        Error,
        /^Invalid form: .*"title" is used more than once/,
      );
      expect(() => validateFormSubmission(badPattern, {})).to.throw(
        Error,
        /^Invalid form: .*not a valid regular expression/,
      );
      expect(() => validateFormSubmission(conflict, {})).to.throw(
        Error,
        /^Invalid form: "a" is used both as a field and as a group of fields/,
      );
    });
  });

  describe('deriveFormSchema', () => {
    it('when a form is given, derives a JSON Schema that ajv accepts and that matches the form', () => {
      // given
      const incident = form(
        title,
        priority,
        { type: 'number', key: 'impact', decimalDigits: 0, validate: { min: 1, max: 5 } },
        { type: 'textfield', key: 'number', readonly: true },
        { type: 'group', path: 'address', components: [{ type: 'textfield', key: 'city' }] },
        { type: 'textfield', key: 'reason', conditional: { hide: '=true' } },
      );
      // when
      const schema = deriveFormSchema(incident);
      // then
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(
        validate({
          title: 'x',
          priority: 'low',
          impact: 2,
          address: { city: 'Ghent' },
          reason: 'r',
        }),
      ).to.equal(true);
      expect(validate({ title: 'x', impact: 2.5 })).to.equal(false);
      expect(schema).to.deep.include({
        type: 'object',
        required: ['title'],
        additionalProperties: false,
      });
      expect(schema).to.have.nested.property('properties.number.readOnly', true);
      expect(schema)
        .to.have.nested.property('properties.priority.enum')
        .that.deep.equals(['low', 'high']);
      expect(schema).to.have.nested.property('properties.address.properties.city.type', 'string');
    });
  });
});
