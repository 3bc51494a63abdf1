import { expect } from 'chai';
import { hierarchicalRecipients } from '../../../lib/incident/escalation.ts';

describe('incident/escalation', () => {
  const group = { code: 'resolver-l2-network', lead: 'wang.wei', departmentHead: 'zhao.min' };

  it('when reaching H1 to H4, tells the lead, the incident manager, head and SLM, then MR and top management', () => {
    // given / when / then
    expect(hierarchicalRecipients('H1', group)).to.deep.equal(['user:wang.wei']);
    expect(hierarchicalRecipients('H2', group)).to.deep.equal(['role:incident-manager']);
    expect(hierarchicalRecipients('H3', group)).to.deep.equal([
      'user:zhao.min',
      'role:service-level-manager',
    ]);
    expect(hierarchicalRecipients('H4', group)).to.deep.equal([
      'role:management-representative',
      'role:top-management',
    ]);
  });

  it('when the group names no lead or head, falls back to the roles', () => {
    // given / when / then
    expect(hierarchicalRecipients('H1', { code: 'service-desk' })).to.deep.equal([
      'role:service-desk-lead',
    ]);
    expect(hierarchicalRecipients('H1', { code: 'resolver-l2' })).to.deep.equal([
      'role:resolver-lead',
    ]);
    expect(hierarchicalRecipients('H3', { code: 'resolver-l2' })[0]).to.equal(
      'role:department-head',
    );
  });
});
