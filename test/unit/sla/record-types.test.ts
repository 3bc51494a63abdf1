import { expect } from 'chai';
import { RECORD_KINDS } from '../../../lib/records/kinds/index.ts';
import { problemKind } from '../../../lib/records/kinds/problem.ts';
import { DEFAULT_ESCALATION_POLICY, thresholdEscalation } from '../../../lib/sla/escalation.ts';
import { slaRecordTypes } from '../../../lib/sla/record-types.ts';

describe('sla/record-types: which records run which clocks, read from the kinds', () => {
  it("takes a kind's clocks and manager role from its declaration", () => {
    // when
    const types = slaRecordTypes(RECORD_KINDS);
    // then: problem from its kind file, the types not yet on the core beside it
    expect(types.get('problem')).to.deep.equal({ clocks: ['rca'], managerRole: 'problem-manager' });
    expect(types.get('incident')?.clocks).to.deep.equal(['response', 'resolution']);
    expect(types.has('known-error')).to.equal(false);
  });

  it('lets a new kind with clocks in without touching the SLA code', () => {
    // given a kind declared only as data
    const onboarding = {
      ...problemKind,
      type: 'onboarding',
      slaClocks: ['fulfilment'],
      managerRole: 'service-manager',
    };
    // then
    expect(slaRecordTypes([onboarding]).get('onboarding')).to.deep.equal({
      clocks: ['fulfilment'],
      managerRole: 'service-manager',
    });
  });

  it("sends a problem's process-manager escalation to the problem manager", () => {
    const plan = thresholdEscalation(DEFAULT_ESCALATION_POLICY, {
      recordType: 'problem',
      clockType: 'rca',
      priority: 'P2',
      level: 75,
    });
    expect(plan?.notify ?? []).to.deep.include({ kind: 'role', role: 'problem-manager' });
  });
});
