import { expect } from 'chai';
import { ApprovalError, approvalState, decide } from '../../../lib/records/approvals.ts';

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
