import { expect } from 'chai';
import { IncidentConfigError } from '../../../lib/incident/config-error.ts';
import {
  closeProblem,
  declaresMajor,
  escalates,
  parseRiskPriority,
  priorityForRisk,
  raisedPriority,
  reviewItems,
  reviewItemText,
  SECURITY_SETTING_DEFAULTS,
} from '../../../lib/security/rules.ts';

describe('security incident rules (processes.md §4)', () => {
  describe('priority from the security risk (setting security-risk-priority)', () => {
    it('maps critical → P1, high → P2, medium → P3, low → P4 while no admin has set it', () => {
      // given no stored value
      const map = parseRiskPriority(undefined);
      // then the §4 step 4 defaults apply
      expect(
        (['critical', 'high', 'medium', 'low'] as const).map((r) => priorityForRisk(map, r)),
      ).to.deep.equal(['P1', 'P2', 'P3', 'P4']);
      expect(SECURITY_SETTING_DEFAULTS['security-risk-priority']).to.deep.equal({
        critical: 'P1',
        high: 'P2',
        medium: 'P3',
        low: 'P4',
      });
    });

    it('uses what the admin stored, and refuses a value that is not P1–P4 per risk', () => {
      // given an admin's stricter map
      const map = parseRiskPriority({ critical: 'P1', high: 'P1', medium: 'P2', low: 'P3' });
      expect(priorityForRisk(map, 'high')).to.equal('P1');
      // when a broken value is read, then it names the setting and the risk
      expect(() => parseRiskPriority({ critical: 'P1', high: 'P9', medium: 'P3', low: 'P4' }))
        .to.throw(IncidentConfigError)
        .with.property('message')
        .that.contains('security-risk-priority: high');
      expect(() => parseRiskPriority('P1')).to.throw(IncidentConfigError);
    });
  });

  describe('raisedPriority: the linked incident is only ever raised', () => {
    it('raises a P4 to P2, keeps a P1 at P1 for a high risk, and keeps an equal one', () => {
      expect(raisedPriority('P4', 'P2')).to.deep.equal({ priority: 'P2', raised: true });
      expect(raisedPriority('P1', 'P2')).to.deep.equal({ priority: 'P1', raised: false });
      expect(raisedPriority('P2', 'P2')).to.deep.equal({ priority: 'P2', raised: false });
      expect(raisedPriority(null, 'P3')).to.deep.equal({ priority: 'P3', raised: true });
    });
  });

  describe('escalation (§4 step 5)', () => {
    it('escalates high and critical risks, declares a major incident only for critical', () => {
      expect(['low', 'medium', 'high', 'critical'].map((r) => escalates(r as never))).to.deep.equal(
        [false, false, true, true],
      );
      expect(
        ['low', 'medium', 'high', 'critical'].map((r) => declaresMajor(r as never)),
      ).to.deep.equal([false, false, false, true]);
    });
  });

  describe('closeProblem (§4 step 10)', () => {
    it('lets it close once the linked incident is resolved, closed or cancelled, not before', () => {
      const inc = (status: string) => ({ number: 'INC-2026-000001', status });
      expect(closeProblem(inc('resolved'))).to.equal(undefined);
      expect(closeProblem(inc('closed'))).to.equal(undefined);
      expect(closeProblem(inc('cancelled'))).to.equal(undefined);
      expect(closeProblem(inc('in_progress'))).to.contain('INC-2026-000001 is in_progress');
      expect(closeProblem(undefined)).to.equal('no incident is linked');
    });
  });

  describe('review lists (§4 step 8)', () => {
    it('drops blank entries and keeps each as "title: description"', () => {
      const items = reviewItems([
        { title: ' MFA on mail ', description: 'all staff' },
        { title: '  ' },
        'phishing drills',
      ]);
      expect(items.map(reviewItemText)).to.deep.equal([
        'MFA on mail: all staff',
        'phishing drills',
      ]);
      expect(reviewItems(null)).to.deep.equal([]);
    });
  });
});
