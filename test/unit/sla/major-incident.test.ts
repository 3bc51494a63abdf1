import { expect } from 'chai';
import {
  DEFAULT_MAJOR_INCIDENT_CRITERIA,
  assessMajorIncident,
  type MajorIncidentFacts,
} from '../../../lib/sla/major-incident.ts';

const quiet: MajorIncidentFacts = {
  priority: 'P1',
  customersAffected: 1,
  criticalServiceDown: false,
  confirmedDataBreach: false,
};

describe('sla/major-incident', () => {
  it('when a P1 affects two customers and a critical service is down, is major with both criteria matched', () => {
    // given
    const facts = { ...quiet, customersAffected: 2, criticalServiceDown: true };
    // when
    const assessment = assessMajorIncident(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts);
    // then
    expect(assessment).to.deep.equal({
      major: true,
      matched: ['customers_affected', 'critical_service_down'],
    });
  });

  it('when restoration is expected after the P1 resolution due instant, is major', () => {
    // given
    const facts = {
      ...quiet,
      expectedRestorationAt: new Date('2026-10-04T07:00:00+08:00'),
      resolutionDueAt: new Date('2026-10-04T06:00:00+08:00'),
    };
    // when
    const assessment = assessMajorIncident(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts);
    // then
    expect(assessment.matched).to.deep.equal(['restoration_beyond_target']);
  });

  it('when a P1 matches no criterion, is not major', () => {
    // given / when
    const assessment = assessMajorIncident(DEFAULT_MAJOR_INCIDENT_CRITERIA, quiet);
    // then
    expect(assessment).to.deep.equal({ major: false, matched: [] });
  });

  it('when a P2 has a confirmed data breach, is not major under the default definition but is under a customer definition that includes P2', () => {
    // given
    const facts = { ...quiet, priority: 'P2', confirmedDataBreach: true } as const;
    const customer = { ...DEFAULT_MAJOR_INCIDENT_CRITERIA, priorities: ['P1', 'P2'] } as const;
    // when
    const byDefault = assessMajorIncident(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts);
    const byCustomer = assessMajorIncident(customer, facts);
    // then
    expect(byDefault.major).to.equal(false);
    expect(byCustomer).to.deep.equal({ major: true, matched: ['confirmed_data_breach'] });
  });
});
