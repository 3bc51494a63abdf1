import { expect } from 'chai';
import {
  effectivenessCheckAt,
  improvementProposals,
  knownErrorTitle,
  matchOpenProblem,
  recurrences,
  type IncidentFacts,
  type ProblemFacts,
} from '../../../lib/problem/rules.ts';

const CI_A = '00000000-0000-4000-8000-00000000000a';
const CI_B = '00000000-0000-4000-8000-00000000000b';

function problem(overrides: Partial<ProblemFacts>): ProblemFacts {
  return {
    id: 'p1',
    number: 'PRB-2026-000001',
    status: 'investigating',
    category: 'network',
    ciId: CI_A,
    affectedCiIds: [],
    knownErrorNumber: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('problem rules (processes.md §3)', () => {
  describe('matchOpenProblem: an open problem covering the request', () => {
    it('matches the same category on one of its CIs, its own or an affected one', () => {
      const p = problem({ ciId: null, affectedCiIds: [CI_B] });
      expect(
        matchOpenProblem({ category: 'network', ciIds: [CI_B], knownError: null }, [p]),
      ).to.equal(p);
    });

    it('does not match another category on the same CI, nor the same category on another CI', () => {
      const p = problem({});
      expect(
        matchOpenProblem({ category: 'hardware', ciIds: [CI_A], knownError: null }, [p]),
      ).to.equal(undefined);
      expect(
        matchOpenProblem({ category: 'network', ciIds: [CI_B], knownError: null }, [p]),
      ).to.equal(undefined);
    });

    it('matches the same known error whatever the CI, and not a resolved or closed problem', () => {
      const p = problem({ knownErrorNumber: 'KE-2026-000003', category: 'other' });
      expect(
        matchOpenProblem({ category: 'network', ciIds: [], knownError: 'KE-2026-000003' }, [p]),
      ).to.equal(p);
      for (const status of ['resolved', 'closed'])
        expect(
          matchOpenProblem({ category: 'network', ciIds: [CI_A], knownError: null }, [
            problem({ status }),
          ]),
        ).to.equal(undefined);
    });

    it('picks the oldest of several open problems', () => {
      const newer = problem({
        id: 'p2',
        number: 'PRB-2026-000002',
        createdAt: '2026-12-03T00:00:00.000Z',
      });
      const older = problem({ createdAt: '2026-11-03T00:00:00.000Z' });
      expect(
        matchOpenProblem({ category: 'network', ciIds: [CI_A], knownError: null }, [newer, older]),
      ).to.equal(older);
    });
  });

  it('checks effectiveness 30 calendar days after the resolution', () => {
    expect(effectivenessCheckAt(new Date('2026-12-07T10:00:00.000Z')).toISOString()).to.equal(
      '2027-01-06T10:00:00.000Z',
    );
  });

  describe('recurrences', () => {
    const resolved = {
      ...problem({ affectedCiIds: [CI_B] }),
      resolvedAt: '2026-12-01T00:00:00.000Z',
      knownErrorNumbers: ['KE-2026-000009'],
      sourceIncidents: ['INC-2026-000001'],
    };
    const incident = (o: Partial<IncidentFacts>): IncidentFacts => ({
      number: 'INC-2026-000100',
      createdAt: '2026-12-02T00:00:00.000Z',
      category: 'network',
      ciIds: [CI_B],
      knownErrorId: null,
      problemId: null,
      ...o,
    });

    it('counts incidents after the resolution with the category on a CI, or with the known error', () => {
      expect(
        recurrences(resolved, [
          incident({}),
          incident({
            number: 'INC-2026-000101',
            category: 'hardware',
            ciIds: [],
            knownErrorId: 'KE-2026-000009',
          }),
        ]),
      ).to.deep.equal(['INC-2026-000100', 'INC-2026-000101']);
    });

    it('leaves out earlier incidents, other categories or CIs, and the source incidents', () => {
      expect(
        recurrences(resolved, [
          incident({ createdAt: '2026-11-30T00:00:00.000Z' }),
          incident({ category: 'hardware' }),
          incident({ ciIds: ['00000000-0000-4000-8000-0000000000ff'] }),
          incident({ number: 'INC-2026-000001' }),
        ]),
      ).to.deep.equal([]);
    });
  });

  it('reads improvement proposals one per line or as a list, blank and repeated ones once', () => {
    expect(improvementProposals('a\n\n b \r\na')).to.deep.equal(['a', 'b']);
    expect(improvementProposals(['x', ' ', 'y'])).to.deep.equal(['x', 'y']);
    expect(improvementProposals(null)).to.deep.equal([]);
  });

  it('titles a known error by the first line of its root cause, else by the problem', () => {
    expect(knownErrorTitle('Mail drops', '连接池耗尽\nmore')).to.equal('连接池耗尽');
    expect(knownErrorTitle('Mail drops', null)).to.equal('Mail drops');
  });
});
