import { expect } from 'chai';
import {
  accessValidUntil,
  approvalPlan,
  fulfilmentPath,
  levelOf,
  mayAutoConfirm,
  requestPriority,
} from '../../../lib/request/rules.ts';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from '../../../lib/sla/priority.ts';

describe('service request rules (processes.md §2)', () => {
  describe('requestPriority: impact × urgency on the platform matrix', () => {
    it('reads the §0.6 matrix for levels given as form strings or message numbers', () => {
      // given the shipped matrix
      // when / then (§0.6 table: impact 1 × urgency 1 = P1, 2 × 2 = P3, 3 × 2 = P4)
      expect(requestPriority(DEFAULT_PRIORITY_MATRIX, '1', '1').priority).to.equal('P1');
      expect(requestPriority(DEFAULT_PRIORITY_MATRIX, 2, 2).priority).to.equal('P3');
      expect(requestPriority(DEFAULT_PRIORITY_MATRIX, '3', 2)).to.deep.equal({
        impact: 3,
        urgency: 2,
        priority: 'P4',
      });
    });

    it("falls back to the item's defaults, then to low, for a missing or invalid level", () => {
      // given an item whose defaults are impact 2, urgency 1
      const item = { defaultImpact: 2, defaultUrgency: 1 };
      // when no levels are given
      const p = requestPriority(DEFAULT_PRIORITY_MATRIX, null, 'x', item);
      // then the item's (2 × 1 = P2)
      expect(p).to.deep.equal({ impact: 2, urgency: 1, priority: 'P2' });
      // and without an item: 3 × 3 = P4
      expect(requestPriority(DEFAULT_PRIORITY_MATRIX, undefined, 7).priority).to.equal('P4');
    });

    it('follows an administrator’s matrix, not a copy of the default', () => {
      // given a matrix where everything is P2
      const row = { 1: 'P2', 2: 'P2', 3: 'P2' } as const;
      const flat: PriorityMatrix = { 1: row, 2: row, 3: row };
      // then
      expect(requestPriority(flat, '3', '3').priority).to.equal('P2');
    });

    it('reads levels 1–3 only', () => {
      expect([levelOf('1'), levelOf(3), levelOf('4'), levelOf(''), levelOf(null)]).to.deep.equal([
        1,
        3,
        null,
        null,
        null,
      ]);
    });
  });

  describe('approvalPlan', () => {
    it('asks the asset owner and then the security officer for privileged access', () => {
      expect(
        approvalPlan({ approvalPolicy: 'asset-owner-and-security', approver: 'service-owner' }),
      ).to.deep.equal({
        approvalPolicy: 'asset-owner-and-security',
        approverId: 'service-owner',
        approverGroup: 'service-owner',
        securityApproval: true,
      });
    });

    it("asks the department head's queue for a line-manager item without a named approver", () => {
      expect(approvalPlan({ approvalPolicy: 'line-manager', approver: null })).to.deep.equal({
        approvalPolicy: 'line-manager',
        approverId: '',
        approverGroup: 'department-head',
        securityApproval: false,
      });
    });

    it('asks nobody when the policy is none', () => {
      expect(approvalPlan({ approvalPolicy: 'none', approver: 'someone' })).to.deep.equal({
        approvalPolicy: 'none',
        approverId: '',
        approverGroup: '',
        securityApproval: false,
      });
    });
  });

  describe('fulfilmentPath', () => {
    it('sends a standard-change item with a template to change management as a standard change', () => {
      expect(
        fulfilmentPath({
          type: 'standard-change',
          changeTemplateId: 'CHT-1',
          withinAuthorisedScope: true,
        }),
      ).to.equal('standard-change');
    });

    it('needs a normal RFC outside the authorised scope, or for a standard change without a template', () => {
      expect(
        fulfilmentPath({ type: 'advice', changeTemplateId: null, withinAuthorisedScope: false }),
      ).to.equal('normal-change');
      expect(
        fulfilmentPath({
          type: 'standard-change',
          changeTemplateId: null,
          withinAuthorisedScope: true,
        }),
      ).to.equal('normal-change');
    });

    it('lets the group fulfil everything else', () => {
      expect(
        fulfilmentPath({ type: 'access', changeTemplateId: null, withinAuthorisedScope: true }),
      ).to.equal('fulfil');
    });
  });

  describe('accessValidUntil', () => {
    const now = new Date('2026-12-07T02:00:00.000Z');

    it('gives an access grant 365 days by default', () => {
      expect(accessValidUntil('access', null, now)?.toISOString()).to.equal(
        '2027-12-07T02:00:00.000Z',
      );
    });

    it("keeps the approver's later date and ignores a past or unreadable one", () => {
      expect(accessValidUntil('access', '2027-03-31T18:00:00+08:00', now)?.toISOString()).to.equal(
        '2027-03-31T10:00:00.000Z',
      );
      expect(accessValidUntil('access', '2026-01-01T00:00:00Z', now)?.toISOString()).to.equal(
        '2027-12-07T02:00:00.000Z',
      );
      expect(accessValidUntil('access', 'soon', now)?.toISOString()).to.equal(
        '2027-12-07T02:00:00.000Z',
      );
    });

    it('grants nothing for other request types', () => {
      expect(accessValidUntil('information', '2027-03-31T18:00:00+08:00', now)).to.equal(null);
    });
  });

  describe('mayAutoConfirm', () => {
    it('allows confirmation by timeout for service requests only, never for incidents', () => {
      expect(mayAutoConfirm('service-request')).to.equal(true);
      expect(mayAutoConfirm('incident')).to.equal(false);
    });
  });
});
