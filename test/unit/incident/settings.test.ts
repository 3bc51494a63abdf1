import { expect } from 'chai';
import { IncidentConfigError } from '../../../lib/incident/classification.ts';
import {
  parseBusinessDays,
  parseRecurrenceSetting,
  parseSecurityFloor,
} from '../../../lib/incident/settings.ts';

describe('incident/settings', () => {
  it('without a stored value, gives the §1 [default]s: 3 in 30 days, P2, 3/2/5 business days', () => {
    // when
    const recurrence = parseRecurrenceSetting(undefined);
    const floor = parseSecurityFloor(null);
    const days = parseBusinessDays(undefined);
    // then
    expect(recurrence).to.deep.equal({ minIncidents: 3, windowDays: 30 });
    expect(floor).to.equal('P2');
    expect(days).to.deep.equal({ returnVisit: 3, majorReport: 2, majorReview: 5 });
  });

  it('with a stored value, gives it', () => {
    // when
    const recurrence = parseRecurrenceSetting({ count: 2, windowDays: 7 });
    const floor = parseSecurityFloor('P1');
    const days = parseBusinessDays({ returnVisit: 1, majorReport: 4, majorReview: 10 });
    // then
    expect(recurrence).to.deep.equal({ minIncidents: 2, windowDays: 7 });
    expect(floor).to.equal('P1');
    expect(days).to.deep.equal({ returnVisit: 1, majorReport: 4, majorReview: 10 });
  });

  it('with a stored value of the wrong shape, throws IncidentConfigError naming the setting', () => {
    // then
    expect(() => parseRecurrenceSetting({ count: 1, windowDays: 30 })).to.throw(
      IncidentConfigError,
      /incident-recurrence/,
    );
    expect(() => parseSecurityFloor('P9')).to.throw(IncidentConfigError, /security-priority-floor/);
    expect(() => parseBusinessDays({ returnVisit: 3, majorReport: 2 })).to.throw(
      IncidentConfigError,
      /incident-business-days\.majorReview/,
    );
    expect(() => parseBusinessDays([3, 2, 5])).to.throw(IncidentConfigError, /not an object/);
  });
});
