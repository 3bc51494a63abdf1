import { expect } from 'chai';
import {
  ApprovalError,
  approvalState,
  decide,
  decideAtStep,
} from '../../../lib/records/approvals.ts';

const steps = [
  { step: 1, roles: ['change-manager'] },
  { step: 2, users: ['li.wei'], roles: ['cab'] },
];
const manager = { username: 'wang.fang', roles: ['change-manager'] };
const cab = { username: 'zhao.lei', roles: ['cab'] };

describe('records/approvals (§0.1)', () => {
  it('goes step by step: the first step is pending, then the second, then approved', () => {
    // given / when / then
    expect(approvalState(steps, [])).to.deep.equal({ state: 'pending', step: 1 });
    const first = decide({
      steps,
      decisions: [],
      requester: 'chen.jing',
      request: { decision: 'approve', by: manager },
    });
    expect(first).to.deep.equal({ step: 1, after: { state: 'pending', step: 2 } });
    const second = decide({
      steps,
      decisions: [{ step: 1, decision: 'approve', decidedBy: 'wang.fang' }],
      requester: 'chen.jing',
      request: { decision: 'approve', by: cab },
    });
    expect(second).to.deep.equal({ step: 2, after: { state: 'approved' } });
  });

  it('refuses an approver of a later step while an earlier step is pending', () => {
    // when
    const attempt = () =>
      decide({
        steps,
        decisions: [],
        requester: 'chen.jing',
        request: { decision: 'approve', by: cab },
      });
    // then
    expect(attempt).to.throw(ApprovalError).with.property('reason', 'not-approver');
  });

  it('refuses the requester approving their own request', () => {
    const attempt = () =>
      decide({
        steps,
        decisions: [],
        requester: 'wang.fang',
        request: { decision: 'approve', by: manager },
      });
    expect(attempt).to.throw('The requester may not approve their own request');
  });

  it('lets the requester, if an approver, reject their own request with a comment', () => {
    const result = decide({
      steps,
      decisions: [],
      requester: 'wang.fang',
      request: { decision: 'reject', comment: 'Withdrawn', by: manager },
    });
    expect(result.after).to.deep.equal({ state: 'rejected', step: 1 });
  });

  it('needs a comment on a rejection and on a return', () => {
    for (const decision of ['reject', 'return'] as const) {
      const attempt = () =>
        decide({
          steps,
          decisions: [],
          requester: 'x',
          request: { decision, comment: '  ', by: manager },
        });
      expect(attempt).to.throw(ApprovalError).with.property('reason', 'comment-required');
    }
  });

  it('ends the chain at a return, and refuses decisions after it', () => {
    // given
    const decisions = [{ step: 1, decision: 'return' as const, decidedBy: 'wang.fang' }];
    // then
    expect(approvalState(steps, decisions)).to.deep.equal({ state: 'returned', step: 1 });
    expect(() =>
      decide({ steps, decisions, requester: 'x', request: { decision: 'approve', by: cab } }),
    ).to.throw('This approval is already returned');
  });

  it('accepts a named user of a step who does not hold its role', () => {
    const result = decide({
      steps,
      decisions: [{ step: 1, decision: 'approve', decidedBy: 'wang.fang' }],
      requester: 'chen.jing',
      request: { decision: 'approve', by: { username: 'li.wei', roles: [] } },
    });
    expect(result.after).to.deep.equal({ state: 'approved' });
  });
});

describe('records/approvals: a diagram chain, one task per step (decideAtStep)', () => {
  const approve = (username: string) => ({
    decision: 'approve' as const,
    by: { username, roles: [] },
  });

  it('opens round 1 at step 1, joins it at step 2 once step 1 approved', () => {
    // given no decisions yet
    // when step 1 is approved, then step 2
    const first = decideAtStep({
      step: 1,
      decisions: [],
      requester: 'zhang.san',
      request: approve('li.si'),
    });
    const second = decideAtStep({
      step: 2,
      decisions: [{ round: 1, step: 1, decision: 'approve', decidedBy: 'li.si' }],
      requester: 'zhang.san',
      request: approve('wang.wu'),
    });
    // then both sit in round 1 at their steps
    expect(first).to.deep.equal({ round: 1, step: 1 });
    expect(second).to.deep.equal({ round: 1, step: 2 });
  });

  it('refuses step 2 before step 1, and a step decided twice', () => {
    expect(() =>
      decideAtStep({ step: 2, decisions: [], requester: null, request: approve('wang.wu') }),
    )
      .to.throw(ApprovalError, 'Step 2 waits for step 1')
      .with.property('reason', 'sequence');
    const decided = [
      { round: 1, step: 1, decision: 'approve' as const, decidedBy: 'li.si' },
      { round: 1, step: 2, decision: 'approve' as const, decidedBy: 'wang.wu' },
    ];
    expect(() =>
      decideAtStep({ step: 2, decisions: decided, requester: null, request: approve('zhao.liu') }),
    )
      .to.throw(ApprovalError, 'already decided')
      .with.property('reason', 'closed');
  });

  it('after a return, step 2 is refused and step 1 starts round 2', () => {
    const returned = [{ round: 1, step: 1, decision: 'return' as const, decidedBy: 'li.si' }];
    expect(() =>
      decideAtStep({ step: 2, decisions: returned, requester: null, request: approve('wang.wu') }),
    ).to.throw(ApprovalError, 'ended at step 1 (return)');
    expect(
      decideAtStep({ step: 1, decisions: returned, requester: null, request: approve('li.si') }),
    ).to.deep.equal({ round: 2, step: 1 });
  });

  it('refuses the requester approving, and a rejection without a comment', () => {
    expect(() =>
      decideAtStep({ step: 1, decisions: [], requester: 'li.si', request: approve('li.si') }),
    )
      .to.throw(ApprovalError, 'their own request')
      .with.property('reason', 'own-request');
    expect(() =>
      decideAtStep({
        step: 1,
        decisions: [],
        requester: 'zhang.san',
        request: { decision: 'reject', comment: '  ', by: { username: 'li.si', roles: [] } },
      }),
    )
      .to.throw(ApprovalError, 'needs a comment')
      .with.property('reason', 'comment-required');
  });

  it('lets the requester reject their own request when they hold the step', () => {
    expect(
      decideAtStep({
        step: 1,
        decisions: [],
        requester: 'li.si',
        request: { decision: 'reject', comment: 'withdrawn', by: { username: 'li.si', roles: [] } },
      }),
    ).to.deep.equal({ round: 1, step: 1 });
  });
});
