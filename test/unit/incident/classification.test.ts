import { expect } from 'chai';
import {
  chooseAssignmentGroup,
  classifyPriority,
  functionalLevelOf,
  IncidentConfigError,
  parsePriorityMatrix,
} from '../../../lib/incident/classification.ts';
import { DEFAULT_PRIORITY_MATRIX } from '../../../lib/sla/priority.ts';

const base = {
  matrix: DEFAULT_PRIORITY_MATRIX,
  isSecurity: false,
  current: null,
  overridden: false,
} as const;

describe('incident/classification', () => {
  describe('classifyPriority', () => {
    it('when impact is 3 and urgency 2, is P4 (§1.3 scenario 1)', () => {
      // given / when
      const priority = classifyPriority({ ...base, impact: 3, urgency: 2 });
      // then
      expect(priority).to.equal('P4');
    });

    it('when the incident has a security aspect and the matrix gives P3, raises it to P2', () => {
      // given / when
      const priority = classifyPriority({ ...base, impact: 2, urgency: 2, isSecurity: true });
      // then
      expect(priority).to.equal('P2');
    });

    it('when the incident has a security aspect and the matrix gives P1, keeps P1', () => {
      // given / when
      const priority = classifyPriority({ ...base, impact: 1, urgency: 1, isSecurity: true });
      // then
      expect(priority).to.equal('P1');
    });

    it('when an authorised override raised the priority to P2, keeps P2 over the matrix P4', () => {
      // given / when
      const priority = classifyPriority({
        ...base,
        impact: 3,
        urgency: 3,
        current: 'P2',
        overridden: true,
      });
      // then
      expect(priority).to.equal('P2');
    });

    it('when the current priority was not overridden, recomputes it even if lower', () => {
      // given / when
      const priority = classifyPriority({ ...base, impact: 3, urgency: 3, current: 'P2' });
      // then
      expect(priority).to.equal('P4');
    });
  });

  describe('parsePriorityMatrix', () => {
    it('when the setting is absent, gives the §0.6 default', () => {
      // given / when / then
      expect(parsePriorityMatrix(undefined)).to.equal(DEFAULT_PRIORITY_MATRIX);
      expect(parsePriorityMatrix(null)).to.equal(DEFAULT_PRIORITY_MATRIX);
    });

    it('when the setting is JSON with string keys, reads every cell', () => {
      // given
      const stored = JSON.parse(
        '{"1":{"1":"P1","2":"P1","3":"P2"},"2":{"1":"P2","2":"P3","3":"P4"},"3":{"1":"P3","2":"P4","3":"P4"}}',
      );
      // when
      const matrix = parsePriorityMatrix(stored);
      // then
      expect(matrix[1][2]).to.equal('P1');
      expect(matrix[3][3]).to.equal('P4');
    });

    it('when a cell is not a priority, throws a configuration error naming it', () => {
      // given
      const stored = { 1: { 1: 'P1', 2: 'P2', 3: 'P3' }, 2: { 1: 'P2', 2: 'P9', 3: 'P4' } };
      // when / then
      expect(() => parsePriorityMatrix(stored)).to.throw(IncidentConfigError, /impact 2 urgency 2/);
    });
  });

  describe('chooseAssignmentGroup', () => {
    it('when first-line resolvable, is the service desk even if a group was chosen', () => {
      // given / when / then
      expect(
        chooseAssignmentGroup({ firstLineResolvable: true, requested: 'resolver-l3' }),
      ).to.equal('service-desk');
    });

    it('when a group was chosen at triage, takes it over the routing rules', () => {
      // given / when / then
      expect(
        chooseAssignmentGroup({
          firstLineResolvable: false,
          requested: 'resolver-l3-db',
          routed: 'resolver-l2-network',
        }),
      ).to.equal('resolver-l3-db');
    });

    it('when only the routing rules give a group, takes it; without one, resolver-l2', () => {
      // given / when / then
      expect(
        chooseAssignmentGroup({ firstLineResolvable: false, routed: 'resolver-l2-network' }),
      ).to.equal('resolver-l2-network');
      expect(chooseAssignmentGroup({ firstLineResolvable: false, requested: ' ' })).to.equal(
        'resolver-l2',
      );
    });
  });

  describe('functionalLevelOf', () => {
    it('when the group has a configured level, takes it', () => {
      // given / when / then
      expect(functionalLevelOf('vendor-x', 'L3')).to.equal('L3');
    });

    it('when none is configured, derives it from the default and named groups', () => {
      // given / when / then
      expect(functionalLevelOf('service-desk', null)).to.equal('L1');
      expect(functionalLevelOf('resolver-l2')).to.equal('L2');
      expect(functionalLevelOf('resolver-l3-db')).to.equal('L3');
      expect(functionalLevelOf('facilities')).to.equal(undefined);
    });
  });
});
