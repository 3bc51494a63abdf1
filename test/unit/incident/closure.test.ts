import { expect } from 'chai';
import {
  closureProblems,
  ratingToScore,
  transitionProblem,
  type ClosureFacts,
} from '../../../lib/incident/closure.ts';

const confirmed: ClosureFacts = {
  status: 'resolved',
  resolution: 'Replaced the switch port',
  resolutionCode: 'hardware-replaced',
  serviceRestored: true,
  resolutionAccepted: true,
  confirmedBy: 'li.lei',
  confirmationChannel: 'phone',
};

describe('incident/closure', () => {
  it('when resolved with text and code and both confirmations, has no problem', () => {
    // given / when / then
    expect(closureProblems(confirmed)).to.deep.equal([]);
  });

  it('when the resolution text is missing, refuses closure naming it', () => {
    // given / when
    const problems = closureProblems({ ...confirmed, resolution: '  ' });
    // then
    expect(problems).to.deep.equal(['the resolution text is missing']);
  });

  it('when the customer did not accept and the code is missing, lists both', () => {
    // given / when
    const problems = closureProblems({
      ...confirmed,
      resolutionAccepted: false,
      resolutionCode: null,
    });
    // then
    expect(problems).to.deep.equal([
      'the resolution code is missing',
      'the resolution is not accepted',
    ]);
  });

  it('when the incident is not resolved, refuses closure', () => {
    // given / when / then
    expect(closureProblems({ ...confirmed, status: 'in_progress' })).to.deep.equal([
      'the incident is in_progress, not resolved',
    ]);
  });

  it('when rated 1 to 5 stars, stores 20 to 100; other ratings are refused', () => {
    // given / when / then
    expect([1, 2, 3, 4, 5].map(ratingToScore)).to.deep.equal([20, 40, 60, 80, 100]);
    expect(() => ratingToScore(0)).to.throw(RangeError);
    expect(() => ratingToScore(4.5)).to.throw(RangeError);
  });

  it('when a closed incident is to be resolved or cancelled, says it is read-only', () => {
    // given / when / then
    expect(transitionProblem('resolve', 'closed')).to.equal('the incident is closed and read-only');
    expect(transitionProblem('cancel', 'cancelled')).to.equal(
      'the incident is cancelled and read-only',
    );
    expect(transitionProblem('reopen', 'in_progress')).to.equal(
      'cannot reopen an incident that is in_progress',
    );
    expect(transitionProblem('reopen', 'resolved')).to.equal(undefined);
  });
});
