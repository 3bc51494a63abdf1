import { expect } from 'chai';
import {
  DEFAULT_ESCALATION_POLICY,
  nextFunctionalLevel,
  nextHierarchicalLevel,
  thresholdEscalation,
  thresholdEscalationRow,
} from '../../../lib/sla/escalation.ts';

describe('sla/escalation', () => {
  it('when a P2 incident resolution clock passes 50, 75 and 100 % (§1.3 scenario 2), warns the resolver lead, then H2 with an at-risk review, then H3 with the breach', () => {
    // given
    const key = { recordType: 'incident', clockType: 'resolution', priority: 'P2' } as const;
    // when
    const plans = [50, 75, 100].map((level) =>
      thresholdEscalation(DEFAULT_ESCALATION_POLICY, { ...key, level }),
    );
    // then
    expect(plans.map((plan) => plan?.hierarchicalLevel)).to.deep.equal(['H1', 'H2', 'H3']);
    expect(plans[0]?.notify).to.deep.include({ kind: 'group-role', role: 'resolver-lead' });
    expect(plans[1]).to.include({ atRiskReview: true, recordBreach: false });
    expect(plans[1]?.notify).to.deep.equal([{ kind: 'role', role: 'incident-manager' }]);
    expect(plans[2]).to.include({ recordBreach: true, informCustomer: true });
    expect(plans[2]?.notify).to.deep.equal([
      { kind: 'group-role', role: 'department-head' },
      { kind: 'role', role: 'service-level-manager' },
    ]);
  });

  it('when a P1 resolution clock breaches, also escalates to H4 top management', () => {
    // given
    const key = {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P1',
      level: 100,
    } as const;
    // when
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, key);
    // then
    expect(plan?.hierarchicalLevel).to.equal('H4');
    expect(plan?.notify).to.deep.include({ kind: 'role', role: 'top-management' });
  });

  it('when a response clock passes its thresholds, warns the queue, then H1 service-desk lead, then H2 with the breach', () => {
    // given
    const key = { recordType: 'incident', clockType: 'response', priority: 'P1' } as const;
    // when
    const plans = [50, 75, 100].map((level) =>
      thresholdEscalation(DEFAULT_ESCALATION_POLICY, { ...key, level }),
    );
    // then
    expect(plans.map((plan) => plan?.hierarchicalLevel ?? null)).to.deep.equal([null, 'H1', 'H2']);
    expect(plans[0]?.notify).to.deep.equal([{ kind: 'queue' }, { kind: 'assignee' }]);
    expect(plans[2]).to.include({ recordBreach: true });
  });

  it('when a problem RCA clock reaches 75 %, notifies the problem manager', () => {
    // given
    const key = { recordType: 'problem', clockType: 'rca', priority: 'P3', level: 75 } as const;
    // when
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, key);
    // then
    expect(plan?.notify).to.deep.equal([{ kind: 'role', role: 'problem-manager' }]);
  });

  it('when a level has no action configured, there is no plan', () => {
    // given
    const key = {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P3',
      level: 90,
    } as const;
    // when
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, key);
    // then
    expect(plan).to.equal(null);
  });

  it('when a warning reaches a record already at H2, the escalation row never lowers the level', () => {
    // given
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, {
      recordType: 'incident',
      clockType: 'resolution',
      priority: 'P3',
      level: 50,
    });
    if (!plan) throw new Error('expected a plan');
    const at = new Date('2026-03-03T06:00:00Z');
    // when
    const row = thresholdEscalationRow('H2', plan, at, 'system');
    // then
    expect(row).to.deep.equal({
      kind: 'hierarchical',
      fromLevel: 'H2',
      toLevel: 'H2',
      reason: 'threshold50',
      at,
      by: 'system',
    });
  });

  it('when escalated manually, goes one level up and stops at L3 and H4', () => {
    // given / when
    const functional = [
      nextFunctionalLevel('L1'),
      nextFunctionalLevel('L2'),
      nextFunctionalLevel('L3'),
    ];
    const hierarchical = [
      nextHierarchicalLevel('H0'),
      nextHierarchicalLevel('H3'),
      nextHierarchicalLevel('H4'),
    ];
    // then
    expect(functional).to.deep.equal(['L2', 'L3', null]);
    expect(hierarchical).to.deep.equal(['H1', 'H4', null]);
  });
});
