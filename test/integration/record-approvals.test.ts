import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { api, deployFixture, fixtureForm, instanceInState, startInstance } from '../helpers/api.ts';
import { openTask, work } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface Approval {
  round: number;
  step: number;
  decision: string;
  comment: string | null;
  decidedBy: string;
  decidedByName: string;
}

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}

/**
 * Approvals through the record core (§0.1) on the real engine: approval tasks name their step
 * in a task header, the server checks the rules before the task completes (requester ≠
 * approver, a comment on a rejection, step by step) and records each decision; a rule's
 * decision goes through the generic `itsm:record.approval:1` worker.
 */
describe('approvals on the record core: steps in sequence, requester ≠ approver, reasons for a no', function () {
  this.timeout(90_000);

  before(async () => {
    const form = await api('POST', '/api/forms/fixture-approvals.approve/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-approvals.approve'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture('fixture-approvals');
  });

  /** A problem raised by the problem manager, and an approval chain started on it. */
  async function submitted(): Promise<{ number: string; key: string }> {
    const { record } = await createRecordStore(testContext().platform.db).create(
      problemKind,
      { fields: { title: `变更前评审 ${randomUUID().slice(0, 6)}` } },
      { by: 'problem-manager', at: new Date() },
    );
    const key = await startInstance('fixture-approvals', {
      recordType: 'problem',
      recordId: record.id,
      recordNumber: record.number,
      requesterId: 'problem-manager',
    });
    return { number: record.number, key };
  }

  const approvals = async (number: string) =>
    (
      await api<{ approvals: Approval[] }>('GET', `/api/problems/${number}`, {
        as: 'problem-manager',
      })
    ).body.approvals;

  it('refuses the requester approving their own request, then takes the chain step by step to the rule', async () => {
    // given a chain whose first step the requester's own queue may take
    const { number, key } = await submitted();
    const step1 = await openTask(number, 'UserTask_Approve1', 'problem-manager');
    await api('POST', `/api/tasks/${step1.id}/claim`, { as: 'problem-manager' });

    // when the requester approves
    const own = await api<ErrorBody>('POST', `/api/tasks/${step1.id}/complete`, {
      as: 'problem-manager',
      body: { data: { decision: 'approve' } },
    });

    // then it is refused, the task stays open and nothing is recorded
    expect(own.status, JSON.stringify(own.body)).to.equal(403);
    expect(own.body.error.message).to.equal('The requester may not approve their own request');
    const still = await api<{ state: string }>('GET', `/api/tasks/${step1.id}`, {
      as: 'problem-manager',
    });
    expect(still.body.state).to.equal('open');
    expect(await approvals(number)).to.deep.equal([]);

    // when another approver takes step 1 and the process owner step 2
    await api('POST', `/api/tasks/${step1.id}/unclaim`, { as: 'problem-manager' });
    await work(step1, 'change-manager', { decision: 'approve', comment: '影响可控' });
    const step2 = await openTask(number, 'UserTask_Approve2', 'process-owner');
    await work(step2, 'process-owner', { decision: 'approve' });
    await instanceInState(key, 'completed', 45_000);

    // then three decisions of round 1 are on the record, the third by the rule
    const chain = await approvals(number);
    expect(
      chain.map(({ round, step, decision, decidedBy, comment }) => ({
        round,
        step,
        decision,
        decidedBy,
        comment,
      })),
    ).to.deep.equal([
      { round: 1, step: 1, decision: 'approve', decidedBy: 'change-manager', comment: '影响可控' },
      { round: 1, step: 2, decision: 'approve', decidedBy: 'process-owner', comment: null },
      { round: 1, step: 3, decision: 'approve', decidedBy: 'itsm:fixture-rule', comment: null },
    ]);
    expect(chain[0]!.decidedByName).to.be.a('string').and.not.equal('');

    // and the history tells each decision in both languages
    const history = await api<{
      items: { action: string; text: { en: string; 'zh-CN': string } }[];
    }>('GET', `/api/problems/${number}/history`, { as: 'problem-manager' });
    const told = history.body.items.filter((e) => e.action === 'approval').map((e) => e.text);
    expect(told).to.have.length(3);
    expect(told[0]!.en).to.match(/ approved at approval step 1 — 影响可控$/);
    expect(told[0]!['zh-CN']).to.match(/在第 1 步审批中批准——影响可控$/);
    expect(told[2]).to.deep.equal({
      en: 'The system approved at approval step 3',
      'zh-CN': '系统在第 3 步审批中批准',
    });
  });

  it('needs a comment to reject, and a resubmission starts a new round', async () => {
    // given a problem whose first chain was rejected at step 1
    const { number, key } = await submitted();
    const step1 = await openTask(number, 'UserTask_Approve1', 'change-manager');
    await api('POST', `/api/tasks/${step1.id}/claim`, { as: 'change-manager' });

    // when the approver rejects without saying why
    const bare = await api<ErrorBody>('POST', `/api/tasks/${step1.id}/complete`, {
      as: 'change-manager',
      body: { data: { decision: 'reject', comment: '   ' } },
    });

    // then it is refused naming the comment
    expect(bare.status, JSON.stringify(bare.body)).to.equal(400);
    expect(bare.body.error.details).to.deep.equal([
      { field: 'comment', message: 'A reject needs a comment saying why' },
    ]);

    // when they reject with a reason, and the chain is submitted again and returned
    await work(step1, 'change-manager', { decision: 'reject', comment: '缺少回退方案' });
    await instanceInState(key, 'completed', 45_000);
    const again = await startInstance('fixture-approvals', {
      recordType: 'problem',
      recordId: (
        await api<{ id: string }>('GET', `/api/problems/${number}`, { as: 'problem-manager' })
      ).body.id,
      recordNumber: number,
      requesterId: 'problem-manager',
    });
    const retry = await openTask(number, 'UserTask_Approve1', 'change-manager', { not: step1.id });
    await work(retry, 'change-manager', { decision: 'return', comment: '请补充测试记录' });
    await instanceInState(again, 'completed', 45_000);

    // then each submission is its own round
    expect(
      (await approvals(number)).map(({ round, step, decision, comment }) => ({
        round,
        step,
        decision,
        comment,
      })),
    ).to.deep.equal([
      { round: 1, step: 1, decision: 'reject', comment: '缺少回退方案' },
      { round: 2, step: 1, decision: 'return', comment: '请补充测试记录' },
    ]);
  });

  it('refuses a rule deciding a step out of sequence with a BPMN error the diagram can catch', async () => {
    // given a record with no approval yet
    const { record } = await createRecordStore(testContext().platform.db).create(
      problemKind,
      { fields: { title: `无序审批 ${randomUUID().slice(0, 6)}` } },
      { by: 'problem-manager', at: new Date() },
    );

    // when a rule records step 3 directly (a diagram that skips its approval tasks)
    const xml = (await import('node:fs'))
      .readFileSync('test/fixtures/bpmn/fixture-approvals.bpmn', 'utf8')
      .replace('id="fixture-approvals"', 'id="fixture-approvals-skip"')
      .replace('bpmnElement="fixture-approvals"', 'bpmnElement="fixture-approvals-skip"')
      .replace('targetRef="UserTask_Approve1"', 'targetRef="Task_RuleApproves"');
    await deployFixture('fixture-approvals-skip', xml);
    const key = await startInstance('fixture-approvals-skip', {
      recordType: 'problem',
      recordId: record.id,
      recordNumber: record.number,
      requesterId: 'problem-manager',
    });

    // then the job ends in an uncaught APPROVAL_REFUSED (an incident naming the rule), nothing recorded
    const stuck = await instanceInState(key, 'incident', 45_000).catch(async (err: Error) => {
      const now = await api('GET', `/api/process-instances/${key}`, { as: 'process-owner' });
      throw new Error(`${err.message}: ${JSON.stringify(now.body).slice(0, 1500)}`, { cause: err });
    });
    expect(stuck.incidents.map((i) => i.elementId)).to.deep.equal(['Task_RuleApproves']);
    expect(stuck.incidents[0]!.message).to.contain('Step 3 waits for step 2 to be approved first');
    expect(await approvals(record.number)).to.deep.equal([]);
  });
});
