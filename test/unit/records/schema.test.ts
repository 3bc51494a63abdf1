import { expect } from 'chai';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { knownErrorKind } from '../../../lib/records/kinds/known-error.ts';
import { problemKind } from '../../../lib/records/kinds/problem.ts';
import {
  commandSchema,
  createSchema,
  fieldsUpdateSchema,
  fromRow,
  toRow,
} from '../../../lib/records/schema.ts';

const ajv = addFormats.default(new Ajv({ allErrors: true, strict: false }));

describe('records/schema: what a kind means for data', () => {
  it('accepts a create body with the required fields, and names a missing or unknown one', () => {
    // given
    const validate = ajv.compile(createSchema(problemKind));

    // when / then
    expect(validate({ title: '数据库慢', category: 'software', impact: '2' })).to.equal(true);
    expect(validate({ category: 'software', colour: 'red' })).to.equal(false);
    expect(
      validate.errors?.map(
        (e: { keyword: string; params: unknown }) => `${e.keyword} ${JSON.stringify(e.params)}`,
      ),
    ).to.deep.equal([
      'required {"missingProperty":"title"}',
      'additionalProperties {"additionalProperty":"colour"}',
    ]);
  });

  it('refuses an enum value the kind does not declare, and a status or number in a create', () => {
    const validate = ajv.compile(createSchema(problemKind));
    expect(validate({ title: 't', category: 'c', impact: '4' })).to.equal(false);
    expect(validate({ title: 't', category: 'c', status: 'closed' })).to.equal(false);
    expect(validate({ title: 't', category: 'c', number: 'PRB-2026-000001' })).to.equal(false);
  });

  it('lets an update clear an optional field with null and refuses an empty update', () => {
    const validate = ajv.compile(fieldsUpdateSchema(knownErrorKind));
    expect(validate({ workaround: null })).to.equal(true);
    expect(validate({})).to.equal(false);
    expect(validate({ publishedAt: 'yesterday' })).to.equal(false);
  });

  it("requires a command's comment when the kind says so", () => {
    const validate = ajv.compile(commandSchema(problemKind, 'escalate'));
    expect(validate({ comment: 'RCA overdue' })).to.equal(true);
    expect(validate({})).to.equal(false);
  });

  it('puts queried fields in columns and the rest in attributes, and reads them back', () => {
    // given
    const values = { title: '网络抖动', ownerGroup: 'network', rootCause: 'MTU', recurrences: 0 };

    // when
    const { columns, attributes } = toRow(problemKind, values);
    const view = fromRow(problemKind, {
      id: 'a1',
      number: 'PRB-2026-000001',
      status: 'new',
      created_at: new Date('2026-12-07T01:00:00Z'),
      created_by: 'problem-manager',
      updated_at: new Date('2026-12-07T01:00:00Z'),
      updated_by: 'problem-manager',
      ...columns,
      attributes,
    });

    // then
    expect(columns).to.deep.equal({ title: '网络抖动', owner_group: 'network' });
    expect(attributes).to.deep.equal({ rootCause: 'MTU', recurrences: 0 });
    expect(view).to.include({
      number: 'PRB-2026-000001',
      type: 'problem',
      title: '网络抖动',
      ownerGroup: 'network',
      rootCause: 'MTU',
      recurrences: 0,
      workaround: null,
      createdAt: '2026-12-07T01:00:00.000Z',
    });
  });

  describe('a kind with a per-row attributes schema (e.g. a CI type)', () => {
    const serverKind = {
      ...problemKind,
      attributesSchema: {
        type: 'object',
        properties: { cpuCores: { type: 'integer', minimum: 1 }, os: { type: 'string' } },
        required: ['cpuCores'],
        additionalProperties: false,
      },
    };

    it('validates the attributes against the schema on create and on update', () => {
      // given
      const create = ajv.compile(createSchema(serverKind));
      const update = ajv.compile(fieldsUpdateSchema(serverKind));

      // then
      expect(
        create({ title: 't', category: 'c', attributes: { cpuCores: 8, os: 'Kylin' } }),
      ).to.equal(true);
      expect(create({ title: 't', category: 'c', attributes: { os: 'Kylin' } })).to.equal(false);
      expect(create.errors?.[0]?.instancePath).to.equal('/attributes');
      expect(update({ attributes: { cpuCores: 0 } })).to.equal(false);
      expect(update({ attributes: { cpuCores: 4, gpu: true } })).to.equal(false);
      // a kind without the schema takes no attributes
      expect(
        ajv.compile(createSchema(problemKind))({ title: 't', category: 'c', attributes: {} }),
      ).to.equal(false);
    });

    it("keeps the attributes whole beside the kind's own fields and reads them back", () => {
      // when
      const { columns, attributes } = toRow(serverKind, {
        title: '应用服务器',
        rootCause: 'r',
        attributes: { cpuCores: 8 },
      });
      const view = fromRow(serverKind, {
        id: 'x',
        number: 'PRB-2026-000001',
        status: 'new',
        created_at: new Date(0),
        updated_at: new Date(0),
        ...columns,
        attributes,
      });

      // then
      expect(attributes).to.deep.equal({ rootCause: 'r', attributes: { cpuCores: 8 } });
      expect(view.attributes).to.deep.equal({ cpuCores: 8 });
      expect(view.rootCause).to.equal('r');
      expect(fromRow(problemKind, { ...columns, attributes }).attributes).to.equal(undefined);
    });
  });
});
