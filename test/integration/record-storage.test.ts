import { expect } from 'chai';
import type { FieldSpec } from '../../lib/records/kind.ts';
import { RECORD_KINDS } from '../../lib/records/kinds/index.ts';
import { testContext } from '../helpers/test-platform.ts';
import { createEnumLabelsRepository } from '../../db/repositories/enum-labels.repository.ts';

/** The Postgres type a kind field's column must have. */
function columnTypeOf(field: FieldSpec): string {
  if (field.type === 'integer') return 'integer';
  if (field.type === 'number') return 'numeric';
  if (field.type === 'boolean') return 'boolean';
  if (field.format === 'uuid') return 'uuid';
  if (field.format === 'date-time') return 'timestamp with time zone';
  return 'text';
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** §0.1's columns of every record table, with their types, as the core expects them. */
const COMMON: Record<string, string> = {
  id: 'uuid',
  number: 'text',
  status: 'text',
  created_at: 'timestamp with time zone',
  created_by: 'text',
  updated_at: 'timestamp with time zone',
  updated_by: 'text',
  process_instance_key: 'text',
  assignee: 'text',
  assignment_group: 'text',
  customer_id: 'uuid',
  service_id: 'uuid',
  request_id: 'text',
  attributes: 'jsonb',
};

describe('record storage: each kind table agrees with its kind file', () => {
  for (const kind of RECORD_KINDS) {
    it(`${kind.table} has the common columns and a column for each queried field of ${kind.type}`, async () => {
      // given
      const db = testContext().platform.db;

      // when
      const rows = (await db('information_schema.columns')
        .where({ table_schema: 'public', table_name: kind.table })
        .select('column_name', 'data_type')) as { column_name: string; data_type: string }[];
      const actual = Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]));

      // then
      const expected: Record<string, string> = { ...COMMON };
      for (const [name, field] of Object.entries(kind.fields))
        if (field.column) expected[field.columnName ?? snake(name)] = columnTypeOf(field);
      expect(actual).to.deep.equal(expected);
    });
  }

  it('keeps the shared tables of the core: history, links, approvals, enum labels', async () => {
    // given
    const db = testContext().platform.db;

    // when
    const tables = (
      await db('information_schema.tables')
        .where({ table_schema: 'public' })
        .whereIn('table_name', ['record_activities', 'record_links', 'approvals', 'enum_labels'])
        .pluck('table_name')
    ).sort();

    // then
    expect(tables).to.deep.equal(['approvals', 'enum_labels', 'record_activities', 'record_links']);
  });

  it('refuses a rejection without a comment at the database too', async () => {
    // given
    const db = testContext().platform.db;
    const row = {
      record_type: 'problem',
      record_id: '00000000-0000-4000-8000-000000000001',
      step: 1,
      decided_by: 'cab',
      decided_at: new Date(),
    };

    // when
    let error: unknown;
    try {
      await db('approvals').insert({ ...row, decision: 'reject', comment: ' ' });
    } catch (err) {
      error = err;
    }

    // then
    expect((error as { constraint?: string })?.constraint).to.equal('approvals_comment_check');
  });

  it('keeps the labels of enumerated values as data, equal to the kind files', async () => {
    // given: the platform synchronised them at start
    const labels = createEnumLabelsRepository(testContext().platform.db);

    // when
    const problem = await labels.of('problem');

    // then
    const row = (field: string, value: string) =>
      problem.find((l) => l.field === field && l.value === value);
    expect(row('impact', '1')).to.include({ en: 'High', zhCN: '高' });
    expect(row('priority', 'P1')).to.include({ en: 'P1 critical', zhCN: 'P1 紧急' });
    expect(row('status', 'known_error')).to.include({ en: 'Known error', zhCN: '已知错误' });
    expect(problem).to.have.length(3 + 3 + 4 + 6);
  });
});
