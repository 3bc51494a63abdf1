import { expect } from 'chai';
import { checkExemption } from '../../../lib/sla/reasons.ts';
import {
  parseExemptionPolicy,
  parsePauseReasons,
  slaSettingProblems,
  SlaSettingError,
} from '../../../lib/sla/settings.ts';

const reason = (code: string) => ({ code, labelEn: `Label ${code}`, labelZh: `原因 ${code}` });

describe('sla/settings: pause reasons and exemption policy', () => {
  it('when no value is stored, the pause reasons are the three customer reasons of §0.5 rule 2', () => {
    // given / when
    const codes = parsePauseReasons(undefined).map((r) => r.code);
    // then
    expect(codes).to.deep.equal([
      'awaiting_customer_information',
      'awaiting_customer_confirmation',
      'customer_hold',
    ]);
  });

  it('when a list repeats a code, names the second one', () => {
    // given
    const value = [reason('customer_hold'), reason('site-access'), reason('customer_hold')];
    // when
    const problems = slaSettingProblems('sla-pause-reasons', value);
    // then
    expect(problems.map((p) => p.field)).to.deep.equal(['value.2.code']);
  });

  it('when a stored list is empty or malformed, parsing refuses it instead of allowing nothing', () => {
    // given / when / then
    expect(() => parsePauseReasons([])).to.throw(SlaSettingError, /sla-pause-reasons/);
    expect(() => parsePauseReasons([{ code: 'x' }])).to.throw(SlaSettingError, /labelEn/);
  });

  it('when the policy adds a role, that role may exempt for the policy reasons only', () => {
    // given
    const policy = parseExemptionPolicy({
      roles: ['incident-manager', 'service-desk-lead'],
      reasons: [reason('planned_power_cut')],
    });
    // when / then
    expect(
      checkExemption(policy, { roles: ['service-desk-lead'], reason: 'planned_power_cut' }),
    ).to.deep.equal([]);
    expect(
      checkExemption(policy, { roles: ['service-desk-lead'], reason: 'force_majeure' }),
    ).to.deep.equal(['REASON_NOT_ALLOWED']);
  });

  it('when a policy names a portal role or repeats a role, names each field', () => {
    // given
    const value = {
      roles: ['incident-manager', 'customer-contact', 'incident-manager'],
      reasons: [reason('force_majeure')],
      note: 'x',
    };
    // when
    const fields = slaSettingProblems('sla-exemption-policy', value).map((p) => p.field);
    // then
    expect(fields).to.have.members(['value.note', 'value.roles.1', 'value.roles.2']);
  });
});
