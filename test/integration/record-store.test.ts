import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import {
  createRecordStore,
  ReadOnlyRecordError,
} from '../../db/repositories/record-store.repository.ts';
import { knownErrorKind } from '../../lib/records/kinds/known-error.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { TransitionError } from '../../lib/records/status-machine.ts';
import { testContext } from '../helpers/test-platform.ts';

const at = new Date('2026-12-07T02:00:00Z');
const actor = { by: 'problem-manager', at };

describe('the records repository: any kind through one store', () => {
  const store = () => createRecordStore(testContext().platform.db);

  it('creates a problem with the next PRB number, its columns, attributes, history and audit', async () => {
    // when
    const { record, created } = await store().create(
      problemKind,
      {
        fields: { title: '数据库连接池耗尽', category: 'software', workaround: 'Restart the pool' },
      },
      actor,
    );

    // then
    expect(created).to.equal(true);
    expect(record.number).to.match(/^PRB-2026-\d{6}$/);
    expect(record.status).to.equal('new');
    expect(record.title).to.equal('数据库连接池耗尽');
    expect(record.workaround).to.equal('Restart the pool');
    expect(record.rootCause).to.equal(null);
    const db = testContext().platform.db;
    const row = await db('problems').where({ id: record.id }).first();
    expect(row.title).to.equal('数据库连接池耗尽');
    expect(row.attributes).to.deep.equal({ workaround: 'Restart the pool' });
    const history = await store().history(problemKind, record.id);
    expect(history.map((h) => h.action)).to.deep.equal(['created']);
    const audit = await db('audit_log').where({ table_name: 'problems', record_id: record.id });
    expect(audit.map((a: { action: string }) => a.action)).to.deep.equal(['create']);
  });

  it('answers the first record for a create retried with the same request id', async () => {
    // given
    const requestId = randomUUID();
    const first = await store().create(
      problemKind,
      { fields: { title: 'Retry' }, requestId },
      actor,
    );

    // when
    const second = await store().create(
      problemKind,
      { fields: { title: 'Retry' }, requestId },
      actor,
    );

    // then
    expect(second.created).to.equal(false);
    expect(second.record.number).to.equal(first.record.number);
  });

  it('keeps nothing, not even the number, when the work inside the create fails', async () => {
    // given
    const before = (await store().create(problemKind, { fields: { title: 'before' } }, actor))
      .record;

    // when
    let error: unknown;
    try {
      await store().create(problemKind, { fields: { title: 'never-kept' } }, actor, async () => {
        throw new Error('the engine is down');
      });
    } catch (err) {
      error = err;
    }
    const next = (await store().create(problemKind, { fields: { title: 'kept' } }, actor)).record;

    // then
    expect((error as Error).message).to.equal('the engine is down');
    expect(
      (await store().list(problemKind, { q: 'never-kept', limit: 10, offset: 0 })).total,
    ).to.equal(0);
    expect(Number(next.number.slice(-6))).to.equal(Number(before.number.slice(-6)) + 1);
  });

  it('finds records by Chinese and Latin text in columns and attributes', async () => {
    // given
    const tag = randomUUID().slice(0, 8);
    await store().create(problemKind, { fields: { title: `邮件服务器间歇性中断 ${tag}` } }, actor);
    await store().create(
      problemKind,
      { fields: { title: `Mail relay ${tag}`, workaround: `改用备用中继 ${tag}` } },
      actor,
    );

    // when
    const chinese = await store().list(problemKind, { q: '间歇性中断', limit: 50, offset: 0 });
    const inAttributes = await store().list(problemKind, {
      q: `备用中继 ${tag}`,
      limit: 50,
      offset: 0,
    });
    const both = await store().list(problemKind, { q: tag, limit: 50, offset: 0 });

    // then
    expect(chinese.items.map((r) => r.title)).to.include(`邮件服务器间歇性中断 ${tag}`);
    expect(inAttributes.items.map((r) => r.title)).to.deep.equal([`Mail relay ${tag}`]);
    expect(both.total).to.equal(2);
  });

  it("moves a status only as the kind's machine allows, and says where the record is otherwise", async () => {
    // given
    const { record } = await store().create(problemKind, { fields: { title: 'Machine' } }, actor);

    // when
    const investigating = await store().setStatus(
      problemKind,
      record.number,
      'investigating',
      actor,
    );
    let refused: unknown;
    try {
      await store().setStatus(problemKind, record.number, 'closed', actor);
    } catch (err) {
      refused = err;
    }

    // then
    expect(investigating?.status).to.equal('investigating');
    expect(refused).to.be.instanceOf(TransitionError);
    expect((refused as Error).message).to.equal(
      'The record is investigating; from there it may move to known_error, awaiting_change, resolved, not closed',
    );
    const history = await store().history(problemKind, record.id);
    expect(history.map((h) => [h.action, h.details.to ?? null])).to.deep.equal([
      ['created', null],
      ['status', 'investigating'],
    ]);
  });

  it('writes a status once when a worker runs twice with the same key', async () => {
    // given
    const { record } = await store().create(problemKind, { fields: { title: 'Twice' } }, actor);
    const job = { ...actor, idempotencyKey: `job-1:${record.id}:status` };

    // when
    await store().setStatus(problemKind, record.id, 'investigating', job);
    await store().setStatus(problemKind, record.id, 'investigating', job);

    // then
    const history = await store().history(problemKind, record.id);
    expect(history.filter((h) => h.action === 'status')).to.have.length(1);
  });

  it('sets and clears fields, and refuses writes to a record in a final status', async () => {
    // given
    const { record } = await store().create(
      knownErrorKind,
      { fields: { title: 'KE', symptom: 'slow' } },
      actor,
    );

    // when
    const updated = await store().setFields(
      knownErrorKind,
      record.id,
      { workaround: '重启', category: 'network' },
      actor,
    );
    const cleared = await store().setFields(knownErrorKind, record.id, { workaround: null }, actor);
    await store().setStatus(knownErrorKind, record.id, 'retired', actor);
    let refused: unknown;
    try {
      await store().setFields(knownErrorKind, record.id, { symptom: 'changed' }, actor);
    } catch (err) {
      refused = err;
    }

    // then
    expect(updated?.workaround).to.equal('重启');
    expect(updated?.category).to.equal('network');
    expect(cleared?.workaround).to.equal(null);
    expect(refused).to.be.instanceOf(ReadOnlyRecordError);
    const history = await store().history(knownErrorKind, record.id);
    expect(history.map((h) => h.action)).to.deep.equal(['created', 'fields', 'fields', 'status']);
  });

  it("keeps a kind's per-row attributes whole in the row, replaced as a whole on update", async () => {
    // given a kind whose records carry attributes of a schema given as data (as a CI type's)
    const withAttributes = {
      ...knownErrorKind,
      attributesSchema: {
        type: 'object',
        properties: { os: { type: 'string' }, cpuCores: { type: 'integer' } },
      },
    };

    // when
    const { record } = await store().create(
      withAttributes,
      { fields: { title: 'KE', symptom: 'slow', attributes: { os: '麒麟 V10', cpuCores: 8 } } },
      actor,
    );
    const updated = await store().setFields(
      withAttributes,
      record.id,
      { attributes: { os: '统信 UOS' } },
      actor,
    );

    // then
    expect(record.attributes).to.deep.equal({ os: '麒麟 V10', cpuCores: 8 });
    expect(updated?.attributes).to.deep.equal({ os: '统信 UOS' });
    const row = await testContext()
      .platform.db('known_errors')
      .where({ id: record.id })
      .first('attributes');
    expect(row.attributes).to.deep.equal({ symptom: 'slow', attributes: { os: '统信 UOS' } });
    const history = await store().history(withAttributes, record.id);
    expect(history.at(-1)?.details).to.deep.equal({
      changed: {
        attributes: { from: { os: '麒麟 V10', cpuCores: 8 }, to: { os: '统信 UOS' } },
      },
    });
  });

  it('links two records once and reads the link from both sides', async () => {
    // given
    const problem = (await store().create(problemKind, { fields: { title: 'Links' } }, actor))
      .record;
    const ke = (
      await store().create(knownErrorKind, { fields: { title: 'KE', symptom: 's' } }, actor)
    ).record;

    // when
    const from = { kind: problemKind, id: problem.id, number: problem.number };
    const to = { kind: knownErrorKind, id: ke.id, number: ke.number };
    const first = await store().link(from, 'documents', to, actor);
    const again = await store().link(from, 'documents', to, actor);

    // then
    expect([first, again]).to.deep.equal([true, false]);
    expect(await store().links(problem.id)).to.deep.equal([
      { type: 'known-error', number: ke.number, relation: 'documents' },
    ]);
    expect(await store().links(ke.id)).to.deep.equal([
      { type: 'problem', number: problem.number, relation: 'documents-by' },
    ]);
  });
});
