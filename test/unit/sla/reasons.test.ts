import { expect } from 'chai';
import {
  DEFAULT_EXEMPTION_POLICY,
  DEFAULT_PAUSE_REASONS,
  checkExemption,
} from '../../../lib/sla/reasons.ts';

describe('sla/reasons', () => {
  it('when the default pause reasons are read, none of them is waiting for a supplier or an internal group', () => {
    // given / when
    const codes = DEFAULT_PAUSE_REASONS.map((reason) => reason.code);
    // then
    expect(codes).to.deep.equal([
      'awaiting_customer_information',
      'awaiting_customer_confirmation',
      'customer_hold',
    ]);
  });

  it('when an incident manager exempts for force majeure, the exemption is allowed', () => {
    // given
    const request = { roles: ['incident-manager'], reason: 'force_majeure' };
    // when
    const problems = checkExemption(DEFAULT_EXEMPTION_POLICY, request);
    // then
    expect(problems).to.deep.equal([]);
  });

  it('when a service-desk agent exempts for an unknown reason, names both problems', () => {
    // given
    const request = { roles: ['service-desk'], reason: 'too busy' };
    // when
    const problems = checkExemption(DEFAULT_EXEMPTION_POLICY, request);
    // then
    expect(problems).to.deep.equal(['ROLE_NOT_ALLOWED', 'REASON_NOT_ALLOWED']);
  });
});
