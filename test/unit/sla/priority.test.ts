import { expect } from 'chai';
import {
  DEFAULT_PRIORITY_MATRIX,
  DEFAULT_PRIORITY_OVERRIDE_POLICY,
  checkPriorityOverride,
  derivePriority,
  higherPriority,
  type Impact,
  type Urgency,
} from '../../../lib/sla/priority.ts';

describe('sla/priority', () => {
  it('when every impact and urgency is combined, gives the §0.6 matrix', () => {
    // given
    const levels: (Impact & Urgency)[] = [1, 2, 3];
    // when
    const rows = levels.map((impact) =>
      levels.map((urgency) => derivePriority(DEFAULT_PRIORITY_MATRIX, impact, urgency)),
    );
    // then
    expect(rows).to.deep.equal([
      ['P1', 'P2', 'P3'],
      ['P2', 'P3', 'P4'],
      ['P3', 'P4', 'P4'],
    ]);
  });

  it('when impact 3 and urgency 2 are logged (§1.3 scenario 1), the priority is P4', () => {
    // given
    const impact = 3;
    const urgency = 2;
    // when
    const priority = derivePriority(DEFAULT_PRIORITY_MATRIX, impact, urgency);
    // then
    expect(priority).to.equal('P4');
  });

  it('when a configured matrix differs from the default, the configured one decides', () => {
    // given
    const matrix = { ...DEFAULT_PRIORITY_MATRIX, 3: { 1: 'P2', 2: 'P3', 3: 'P4' } } as const;
    // when
    const priority = derivePriority(matrix, 3, 1);
    // then
    expect(priority).to.equal('P2');
  });

  it('when a floor of P2 applies to a P3 (security aspect), the result is P2; to a P1, stays P1', () => {
    // given / when
    const raised = [higherPriority('P3', 'P2'), higherPriority('P1', 'P2')];
    // then
    expect(raised).to.deep.equal(['P2', 'P1']);
  });

  it('when a service-desk lead raises P3 to P1 with a reason, the override is allowed', () => {
    // given
    const request = {
      current: 'P3',
      requested: 'P1',
      roles: ['service-desk-lead'],
      reason: 'customer outage',
    } as const;
    // when
    const problems = checkPriorityOverride(DEFAULT_PRIORITY_OVERRIDE_POLICY, request);
    // then
    expect(problems).to.deep.equal([]);
  });

  it('when an agent lowers P2 to P3 without a reason, names every problem', () => {
    // given
    const request = {
      current: 'P2',
      requested: 'P3',
      roles: ['service-desk'],
      reason: ' ',
    } as const;
    // when
    const problems = checkPriorityOverride(DEFAULT_PRIORITY_OVERRIDE_POLICY, request);
    // then
    expect(problems).to.deep.equal(['ROLE_NOT_ALLOWED', 'NOT_UPWARD', 'REASON_REQUIRED']);
  });
});
