import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { serviceRequestKind } from '../../lib/records/kinds/service-request.ts';
import { api, deployFixture, instanceInState, startInstance } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

type Rec = Record<string, unknown> & {
  id: string;
  number: string;
  status: string;
  links: { type: string; number: string; relation: string }[];
};

/**
 * The generic record workers from a diagram with input mappings only (no bespoke code):
 * create, set fields, business days after, set status, select due, link — on the real engine.
 */
describe('generic record workers, used from BPMN with input mappings', function () {
  this.timeout(60_000);

  before(async () => {
    await deployFixture('fixture-record-workers');
    await deployFixture('fixture-record-cancel');
  });

  it('moves a request to a status with that step’s field and assignee, then cancels it: clocks stopped first, reason kept', async () => {
    // given a service request whose response and fulfilment clocks run
    const { platform } = testContext();
    const at = new Date();
    const { record: request } = await createRecordStore(platform.db).create(
      serviceRequestKind,
      { fields: { title: `取消测试 ${randomUUID().slice(0, 6)}`, impact: '3' } },
      { by: 'service-desk', at },
    );
    await platform.domain.sla.startClocks({
      recordType: 'service-request',
      recordId: request.id,
      recordNumber: request.number,
      priority: 'P3',
      clockTypes: ['response', 'fulfilment'],
      at,
      actor: 'test',
    });

    // when the diagram sets the status with a field and an assignee, then cancels
    const key = await startInstance('fixture-record-cancel', {
      recordId: request.id,
      impact: '2',
      approver: 'resolver-l2',
      reason: '重复申请 / duplicate',
      cancelledBy: 'service-desk-lead',
    });
    await instanceInState(key, 'completed', 45_000);

    // then the request is cancelled with the reason, the step's field and assignee kept
    const after = await api<Rec>('GET', `/api/records/service-request/${request.number}`, {
      as: 'service-desk',
    });
    expect(after.body).to.include({
      status: 'cancelled',
      cancelReason: '重复申请 / duplicate',
      impact: '2',
      assignee: 'resolver-l2',
    });
    // and no clock runs
    const clocks = await platform.domain.sla.clocksOf('service-request', request.id);
    expect(clocks.map((c) => [c.clockType, c.clock.state])).to.have.deep.members([
      ['response', 'stopped'],
      ['fulfilment', 'stopped'],
    ]);
    // and the history tells both moves, the cancellation with its reason and who asked
    const history = await createRecordStore(platform.db).history(serviceRequestKind, request.id);
    const moves = history.filter((h) => h.action === 'status').map((h) => h.details);
    expect(moves.map((d) => d.to)).to.deep.equal(['awaiting_approval', 'cancelled']);
    expect(moves[1]).to.include({ text: '重复申请 / duplicate', cancelledBy: 'service-desk-lead' });
  });

  it('creates a known error linked to its problem, fills it, resolves it and finds it due', async () => {
    // given: a problem the known error documents
    const store = createRecordStore(testContext().platform.db);
    const { record: problem } = await store.create(
      problemKind,
      { fields: { title: `数据库死锁 ${randomUUID().slice(0, 6)}` } },
      { by: 'problem-manager', at: new Date() },
    );

    // when
    const key = await startInstance('fixture-record-workers', {
      title: '死锁导致订单服务超时',
      symptom: '下单接口 30 秒超时',
      workaround: '重启订单服务',
      publishedAt: '2026-12-07T10:00:00+08:00',
      sourceType: 'problem',
      sourceNumber: problem.number,
    });
    const done = await instanceInState(key, 'completed', 45_000).catch(async (err: Error) => {
      const now = await api('GET', `/api/process-instances/${key}`, { as: 'process-owner' });
      throw new Error(`${err.message}: ${JSON.stringify(now.body).slice(0, 1500)}`, {
        cause: err,
      });
    });

    // then
    const { createdId, createdNumber, dueAt, dueIds } = done.variables as {
      createdId: string;
      createdNumber: string;
      dueAt: string;
      dueIds: string[];
    };
    expect(createdNumber).to.match(/^KE-\d{4}-\d{6}$/);
    // Monday 10:00 + 3 business days of CN-STD (no holiday in that week) = Thursday 10:00
    expect(dueAt).to.equal('2026-12-10T10:00:00+08:00');
    expect(dueIds).to.include(createdId);
    const ke = await api<Rec>('GET', `/api/known-errors/${createdNumber}`, {
      as: 'problem-manager',
    });
    expect(ke.body).to.include({
      status: 'resolved',
      title: '死锁导致订单服务超时',
      workaround: '重启订单服务',
      publishedAt: '2026-12-07T02:00:00.000Z',
    });
    expect(ke.body.links).to.deep.equal([
      { type: 'problem', number: problem.number, relation: 'documents-by' },
      { type: 'problem', number: problem.number, relation: 'seen-in' },
    ]);
  });

  it('refuses to deploy a diagram that sets a status the kind does not have, naming the element', async () => {
    // given: a diagram that sets a status known errors do not have
    const xml = (await import('node:fs'))
      .readFileSync('test/fixtures/bpmn/fixture-record-workers.bpmn', 'utf8')
      .replaceAll('fixture-record-workers', 'fixture-record-workers-refused')
      .replace('source="resolved" target="status"', 'source="new" target="status"');

    // when
    const res = await api<{
      error: { details: { code: string; message: string; elementId: string }[] };
    }>('POST', '/api/processes/fixture-record-workers-refused/deploy', {
      as: 'process-owner',
      xml,
    });

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    expect(res.body.error.details.find((d) => d.code === 'RECORD_KIND')).to.deep.include({
      message: 'Task_SetStatus (itsm:record.set-status:1): "new" is not a status of known-error',
      elementId: 'Task_SetStatus',
    });
  });

  it("raises an incident naming the status when a status chosen at run time is not the kind's", async () => {
    // given: a diagram whose status comes from an expression (only the worker can check it)
    const xml = (await import('node:fs'))
      .readFileSync('test/fixtures/bpmn/fixture-record-workers.bpmn', 'utf8')
      .replaceAll('fixture-record-workers', 'fixture-record-workers-bad')
      .replace('source="resolved" target="status"', 'source="=&#34;new&#34;" target="status"');
    await deployFixture('fixture-record-workers-bad', xml);

    // when
    const key = await startInstance('fixture-record-workers-bad', {
      title: 'bad move',
      symptom: 's',
      workaround: 'w',
      publishedAt: '2026-12-07T10:00:00+08:00',
      sourceType: null,
      sourceNumber: null,
    });
    const stuck = await instanceInState(key, 'incident');

    // then
    expect(stuck.incidents.map((i) => i.elementId)).to.deep.equal(['Task_SetStatus']);
    expect(stuck.incidents[0]!.message).to.contain('"new" is not a status of this kind');
  });
});
