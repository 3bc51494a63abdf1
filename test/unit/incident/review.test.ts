import { expect } from 'chai';
import {
  normalizeOpportunities,
  normalizeParticipants,
  parseReviewDate,
  reviewProblem,
} from '../../../lib/incident/review.ts';

describe('incident/review', () => {
  it('when opportunities are text lines and objects, keeps the non-blank ones as title and description', () => {
    // given / when
    const list = normalizeOpportunities([
      ' Add a second uplink ',
      { title: 'Alert earlier', description: 'Lower the CPU threshold' },
      '  ',
    ]);
    // then
    expect(list).to.deep.equal([
      { title: 'Add a second uplink', description: null },
      { title: 'Alert earlier', description: 'Lower the CPU threshold' },
    ]);
  });

  it('when no opportunity is listed, a reason is required', () => {
    // given / when / then
    expect(reviewProblem([], undefined)).to.match(/noOpportunityReason/);
    expect(reviewProblem([], 'Cause was a one-off supplier fault')).to.equal(undefined);
    expect(reviewProblem([{ title: 'x', description: null }], undefined)).to.equal(undefined);
  });

  it('when participants come as one text, splits it', () => {
    // given / when / then
    expect(normalizeParticipants('li.lei, wang.wei\nzhao.min')).to.deep.equal([
      'li.lei',
      'wang.wei',
      'zhao.min',
    ]);
  });

  it('when the review date is a plain date, takes the start of that day at +08:00', () => {
    // given / when / then
    expect(parseReviewDate('2026-11-24')?.toISOString()).to.equal('2026-11-23T16:00:00.000Z');
    expect(parseReviewDate('2026-11-24T10:00:00+08:00')?.toISOString()).to.equal(
      '2026-11-24T02:00:00.000Z',
    );
    expect(parseReviewDate('soon')).to.equal(undefined);
  });
});
