import { expect } from 'chai';
import { IncidentConfigError } from '../../../lib/incident/classification.ts';
import { assessAtTriage, parseMajorIncidentCriteria } from '../../../lib/incident/major.ts';
import { DEFAULT_MAJOR_INCIDENT_CRITERIA } from '../../../lib/sla/major-incident.ts';

describe('incident/major', () => {
  it('when a P1 interrupts a critical service, is major with critical_service_down', () => {
    // given
    const facts = {
      priority: 'P1',
      type: 'interruption',
      hasCustomer: true,
      serviceCritical: true,
    } as const;
    // when
    const assessment = assessAtTriage(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts);
    // then
    expect(assessment).to.deep.equal({ major: true, matched: ['critical_service_down'] });
  });

  it('when a P1 only degrades a critical service, is not major under the default definition', () => {
    // given
    const facts = {
      priority: 'P1',
      type: 'degradation',
      hasCustomer: true,
      serviceCritical: true,
    } as const;
    // when / then
    expect(assessAtTriage(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts).major).to.equal(false);
  });

  it('when a P2 interrupts a critical service, is not major unless the customer includes P2', () => {
    // given
    const facts = {
      priority: 'P2',
      type: 'interruption',
      hasCustomer: true,
      serviceCritical: true,
    } as const;
    const customer = parseMajorIncidentCriteria({ priorities: ['P1', 'P2'] });
    // when / then
    expect(assessAtTriage(DEFAULT_MAJOR_INCIDENT_CRITERIA, facts).major).to.equal(false);
    expect(customer && assessAtTriage(customer, facts).major).to.equal(true);
  });

  it('when a customer definition leaves fields out, they take the defaults', () => {
    // given / when
    const criteria = parseMajorIncidentCriteria({ criticalServiceDown: false });
    // then
    expect(criteria).to.deep.equal({
      ...DEFAULT_MAJOR_INCIDENT_CRITERIA,
      criticalServiceDown: false,
    });
    expect(parseMajorIncidentCriteria(null)).to.equal(undefined);
  });

  it('when a customer definition has a wrong type, throws a configuration error', () => {
    // given / when / then
    expect(() => parseMajorIncidentCriteria({ priorities: ['P7'] })).to.throw(IncidentConfigError);
    expect(() => parseMajorIncidentCriteria({ minCustomersAffected: 0 })).to.throw(
      IncidentConfigError,
    );
  });
});
