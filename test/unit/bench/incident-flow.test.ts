import { expect } from 'chai';
import {
  defaultIncidentSettings,
  formatDuration,
  formatShare,
  incidentPartSeconds,
  incidentSettingsFromEnv,
  parseIncidentPaths,
  shareOf,
  stepNames,
  windowFigures,
} from '../../../scripts/bench/incident-flow.ts';

describe('bench: incident flow helpers', () => {
  describe('windowFigures', () => {
    const t0 = 1_000_000;
    const window = { start: t0 + 10_000, end: t0 + 20_000 };

    it('counts only the incidents closed inside the window, per second of the window', () => {
      // given: one closed in the warm-up, three inside, one exactly at the end (outside)
      const incidents = [
        { createdAt: t0 + 1_000, closedAt: t0 + 5_000 },
        { createdAt: t0 + 8_000, closedAt: t0 + 10_000 },
        { createdAt: t0 + 12_000, closedAt: t0 + 14_000 },
        { createdAt: t0 + 13_000, closedAt: t0 + 19_999 },
        { createdAt: t0 + 17_000, closedAt: t0 + 20_000 },
      ];

      // when
      const f = windowFigures(incidents, window, t0);

      // then
      expect(f.closed).to.equal(3);
      expect(f.perSecond).to.be.closeTo(0.3, 1e-9);
      expect(f.latency.count).to.equal(3);
      expect(f.latency.p50).to.equal(2_000);
      expect(f.latency.max).to.equal(6_999);
    });

    it('takes latency as creation → closure with nearest-rank percentiles', () => {
      // given: latencies 1..100 s, all closed in the window
      const incidents = Array.from({ length: 100 }, (_, i) => ({
        createdAt: window.start - (i + 1) * 1000,
        closedAt: window.start,
      }));

      // when
      const f = windowFigures(incidents, window, t0);

      // then
      expect(f.latency.p50).to.equal(50_000);
      expect(f.latency.p90).to.equal(90_000);
      expect(f.latency.p99).to.equal(99_000);
    });

    it('returns closures per wall second from the start of the warm-up', () => {
      // given
      const incidents = [
        { createdAt: t0, closedAt: t0 + 500 },
        { createdAt: t0, closedAt: t0 + 900 },
        { createdAt: t0, closedAt: t0 + 2_100 },
        { createdAt: t0, closedAt: t0 + 25_000 },
      ];

      // when
      const f = windowFigures(incidents, window, t0);

      // then: 20 seconds from t0 to the end of the window; the late one is not in the series
      expect(f.series).to.have.length(20);
      expect(f.series.slice(0, 3)).to.deep.equal([2, 0, 1]);
      expect(f.series.reduce((a, b) => a + b, 0)).to.equal(3);
    });

    it('gives no closures and an unknown (NaN) latency when nothing closed', () => {
      // when
      const f = windowFigures([], window, t0);

      // then
      expect(f.closed).to.equal(0);
      expect(f.perSecond).to.equal(0);
      expect(f.latency.p50).to.satisfy(Number.isNaN);
    });
  });

  describe('shareOf and formatShare', () => {
    it('is the ratio of job throughput to the engine ceiling', () => {
      expect(shareOf(50, 500)).to.equal(0.1);
      expect(formatShare(shareOf(50, 500))).to.equal('10 %');
      expect(formatShare(shareOf(23.4, 500))).to.equal('4.7 %');
      expect(formatShare(0.8)).to.equal('80 %');
    });

    it('is unknown without a positive ceiling', () => {
      expect(shareOf(10, 0)).to.satisfy(Number.isNaN);
      expect(shareOf(10, Number.NaN)).to.satisfy(Number.isNaN);
      expect(formatShare(Number.NaN)).to.equal('–');
    });
  });

  describe('formatDuration', () => {
    it('shows milliseconds below 10 s and seconds with one decimal above', () => {
      expect(formatDuration(850.4)).to.equal('850 ms');
      expect(formatDuration(9_999)).to.equal('9999 ms');
      expect(formatDuration(12_345)).to.equal('12.3 s');
      expect(formatDuration(Number.NaN)).to.equal('–');
    });
  });

  describe('settings', () => {
    it('defaults to both paths, 30 s warm-up, 60 s measured, 8 in flight', () => {
      const s = incidentSettingsFromEnv({});
      expect(s).to.deep.equal(defaultIncidentSettings);
      expect(s).to.deep.include({ warmupSeconds: 30, measureSeconds: 60, inFlight: 8 });
      expect(s.paths).to.deep.equal(['p4', 'l2']);
    });

    it('reads BENCH_INCIDENT_* overrides', () => {
      const s = incidentSettingsFromEnv({
        BENCH_INCIDENT_PATHS: 'l2',
        BENCH_INCIDENT_WARMUP_SECONDS: '5',
        BENCH_INCIDENT_MEASURE_SECONDS: '15',
        BENCH_INCIDENT_IN_FLIGHT: '3.2',
        BENCH_INCIDENT_POLL_MS: '100',
      });
      expect(s).to.deep.equal({
        paths: ['l2'],
        warmupSeconds: 5,
        measureSeconds: 15,
        inFlight: 4,
        pollMs: 100,
      });
    });

    it('refuses a value that is not a positive number', () => {
      expect(() => incidentSettingsFromEnv({ BENCH_INCIDENT_IN_FLIGHT: '0' })).to.throw(
        /BENCH_INCIDENT_IN_FLIGHT must be a positive number/,
      );
    });

    it('parses the paths, and "none" to skip the part', () => {
      expect(parseIncidentPaths('L2, p4 l2')).to.deep.equal(['l2', 'p4']);
      expect(parseIncidentPaths('none')).to.deep.equal([]);
      expect(parseIncidentPaths(undefined)).to.deep.equal(['p4', 'l2']);
      expect(() => parseIncidentPaths('p3')).to.throw(/unknown path "p3"/);
    });

    it('estimates the wall time of the part for the budget, none when skipped', () => {
      expect(incidentPartSeconds({ ...defaultIncidentSettings, paths: [] })).to.equal(0);
      expect(incidentPartSeconds(defaultIncidentSettings)).to.equal(20 + 2 * 95);
    });
  });

  describe('stepNames', () => {
    it('lists the timed steps of each path in order', () => {
      expect(stepNames('p4')).to.deep.equal([
        'report (POST /api/incidents)',
        'triage visible',
        'triage claim + complete',
        'diagnose (service-desk) visible',
        'diagnose (service-desk) claim + complete',
        'confirm (customer-contact) visible',
        'confirm (customer-contact) claim + complete',
        'closed after confirmation',
      ]);
      expect(stepNames('l2')).to.include.members([
        'transfer (service-desk) visible',
        'diagnose (resolver-l2) claim + complete',
      ]);
    });
  });
});
