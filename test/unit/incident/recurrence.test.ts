import { expect } from 'chai';
import {
  assessRecurrence,
  type RecurrenceCandidate,
  type RecurrenceSubject,
} from '../../../lib/incident/recurrence.ts';

const AT = new Date('2026-11-24T10:00:00+08:00');
const CI = 'ci-7';
const subject: RecurrenceSubject = {
  id: 'i3',
  number: 'INC-2026-000003',
  category: 'network',
  ciIds: [CI],
  problemId: null,
};

function candidate(n: number, over: Partial<RecurrenceCandidate> = {}): RecurrenceCandidate {
  return {
    id: `i${n}`,
    number: `INC-2026-00000${n}`,
    ciId: CI,
    category: 'network',
    status: 'closed',
    createdAt: new Date('2026-11-10T09:00:00+08:00'),
    problemId: null,
    ...over,
  };
}

describe('incident/recurrence', () => {
  it('when two earlier incidents on the same CI and category fall in the 30 days, recurs with all three', () => {
    // given
    const candidates = [candidate(1), candidate(2), candidate(3)];
    // when
    const result = assessRecurrence(subject, candidates, AT);
    // then
    expect(result).to.deep.equal({
      recurring: true,
      relatedIncidents: ['INC-2026-000001', 'INC-2026-000002', 'INC-2026-000003'],
    });
  });

  it('when one of them was logged 31 days ago, does not recur', () => {
    // given
    const old = candidate(1, { createdAt: new Date('2026-10-24T09:59:00+08:00') });
    // when
    const result = assessRecurrence(subject, [old, candidate(2)], AT);
    // then
    expect(result.recurring).to.equal(false);
    expect(result.relatedIncidents).to.deep.equal(['INC-2026-000002', 'INC-2026-000003']);
  });

  it('when one has another category, is cancelled, or a problem covers it, it does not count', () => {
    // given
    const others = [
      candidate(1, { category: 'storage' }),
      candidate(2, { status: 'cancelled' }),
      candidate(4, { problemId: 'PRB-2026-000001' }),
      candidate(5),
    ];
    // when / then
    expect(assessRecurrence(subject, others, AT).recurring).to.equal(false);
  });

  it('when a problem already covers this incident, does not recur', () => {
    // given / when
    const result = assessRecurrence(
      { ...subject, problemId: 'PRB-2026-000001' },
      [candidate(1), candidate(2)],
      AT,
    );
    // then
    expect(result).to.deep.equal({ recurring: false, relatedIncidents: ['INC-2026-000003'] });
  });

  it('when the incident has no CI or no category, does not recur', () => {
    // given / when / then
    expect(assessRecurrence({ ...subject, ciIds: [] }, [candidate(1)], AT).recurring).to.equal(
      false,
    );
    expect(assessRecurrence({ ...subject, category: null }, [candidate(1)], AT).recurring).to.equal(
      false,
    );
  });
});
