import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import type {
  ActivityInput,
  RecordContext,
  RecordTypeName,
} from '../../../db/repositories/records.repository.ts';
import { createBusinessCalendar } from '../../../lib/calendar/business-calendar.ts';
import { CN_24X7, CN_STD } from '../../../lib/calendar/default-calendars.ts';
import { SHIPPED_NATIONAL_DAYS } from '../../../lib/calendar/national-days-2026.ts';
import { pauseClock, startClock, SlaClockError } from '../../../lib/sla/clock.ts';
import {
  SlaServiceError,
  timerVariableName,
  type SlaService,
  type StoredClock,
} from '../../../domain/sla-service.ts';
import type { ClockType } from '../../../lib/sla/targets.ts';
import type { SlaWorkerDeps } from '../../../workers/sla/common.ts';
import { createSlaWorkers } from '../../../workers/sla/sla-workers.ts';
import { createPauseClockWorker } from '../../../workers/sla/pause-clock.worker.ts';
import { createRecalculateClockWorker } from '../../../workers/sla/recalculate-clock.worker.ts';
import { createResumeClockWorker } from '../../../workers/sla/resume-clock.worker.ts';
import { createStartClockWorker } from '../../../workers/sla/start-clock.worker.ts';
import { createStopClockWorker } from '../../../workers/sla/stop-clock.worker.ts';
import { createThresholdReachedWorker } from '../../../workers/sla/threshold-reached.worker.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const std = createBusinessCalendar(CN_STD, SHIPPED_NATIONAL_DAYS);
const allDay = createBusinessCalendar(CN_24X7, SHIPPED_NATIONAL_DAYS);
const RECORD_ID = '6f1c2e34-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const CUSTOMER_ID = '0b9f4b7e-1d2c-4a3b-9c8d-7e6f5a4b3c2d';
/** Mon 2026-03-02 14:00 in Shanghai. */
const NOW = new Date('2026-03-02T14:00:00+08:00');
const JOB_KEY = '2251799813685301';

function incident(overrides: Partial<RecordContext> = {}): RecordContext {
  return {
    recordType: 'incident',
    id: RECORD_ID,
    number: 'INC-2026-000042',
    status: 'in_progress',
    priority: 'P3',
    assignee: 'alice',
    assignmentGroup: 'resolver-l2',
    customerId: CUSTOMER_ID,
    serviceId: null,
    createdBy: 'zhang.san',
    hierarchicalLevel: 'H0',
    processInstanceKey: null,
    targetOverrides: {},
    ...overrides,
  };
}

/** A stored P3 clock started at 09:00 on `calendar`, optionally paused at NOW. */
function storedClock(
  clockType: ClockType,
  o: { paused?: boolean; calendar?: typeof std } = {},
): StoredClock {
  const calendar = o.calendar ?? std;
  let clock = startClock(calendar, {
    clockType,
    targetMinutes: 1440,
    thresholds: [50, 75, 100],
    at: new Date('2026-03-02T09:00:00+08:00'),
  }).clock;
  if (o.paused) {
    clock = pauseClock(clock, calendar, { at: NOW, reason: 'customer_hold' }, [
      'customer_hold',
    ]).clock;
  }
  return {
    id: `clock-${clockType}`,
    recordType: 'incident',
    recordId: RECORD_ID,
    recordNumber: 'INC-2026-000042',
    clockType,
    priority: 'P3',
    slaTargetId: null,
    clock,
  };
}

/** Timer variables as a fixed mapping, so the tests see what the worker outputs. */
function fakeTimerVariables(c: StoredClock) {
  return {
    clockId: c.id,
    dueAt: c.clock.dueAt.toISOString(),
    at50: 'a50',
    at75: 'a75',
    at100: 'a100',
  };
}

function fakeSla(): SlaService & Record<keyof SlaService, sinon.SinonStub> {
  return {
    startClocks: sinon.stub(),
    clocksOf: sinon.stub(),
    stop: sinon.stub(),
    stopAll: sinon.stub(),
    pause: sinon.stub(),
    resume: sinon.stub(),
    reopen: sinon.stub(),
    recalculate: sinon.stub(),
    recordThreshold: sinon.stub(),
    recalculateOpenClocks: sinon.stub(),
    ledger: sinon.stub(),
    timerVariables: sinon.stub().callsFake(fakeTimerVariables),
  };
}

/** The records repository in memory: one record, its status changes and history rows. */
function fakeRecords(record: RecordContext | null) {
  const updates: Array<{ changes: Record<string, unknown>; actor: string; action?: string }> = [];
  const activities = new Map<string, ActivityInput>();
  const records: SlaWorkerDeps['records'] = {
    async find(_type: RecordTypeName, id: string) {
      return record && record.id === id ? record : undefined;
    },
    async update(_type, _id, changes, actor, _at, action) {
      updates.push({ changes, actor, action });
      return true;
    },
    async appendActivity(_type, _id, a) {
      const key = a.idempotencyKey ?? String(activities.size);
      if (activities.has(key)) return false;
      activities.set(key, a);
      return true;
    },
  };
  return { records, updates, activities };
}

/** Worker deps over a fake service; `record` null = the record does not exist. */
function deps(sla: SlaService, record: RecordContext | null = incident()) {
  const fake = fakeRecords(record);
  const calendars = new Map([
    [std.code, std],
    [allDay.code, allDay],
  ]);
  const workerDeps: SlaWorkerDeps = {
    sla,
    clock: { now: () => NOW },
    records: fake.records,
    calendars: {
      async get(code) {
        const calendar = calendars.get(code);
        if (!calendar) throw new Error(`no calendar ${code}`);
        return calendar;
      },
    },
  };
  return { ...fake, deps: workerDeps };
}

const clockVariables = (clockType: ClockType) => ({
  recordType: 'incident',
  recordId: RECORD_ID,
  clockType,
});

describe('SLA workers (workers/sla)', () => {
  describe('timerVariableName', () => {
    it('names the pattern W variable after the clock type', () => {
      expect(timerVariableName('response')).to.equal('slaResponse');
      expect(timerVariableName('resolution')).to.equal('slaResolution');
      expect(timerVariableName('rca')).to.equal('slaRca');
      expect(timerVariableName('complaint-ack')).to.equal('slaComplaintAck');
    });
  });

  describe('itsm:sla.start-clock:1', () => {
    it('when started, passes the record facts and the job actor, and outputs sla<Clock> by clock type', async () => {
      // given
      const sla = fakeSla();
      const stored = storedClock('resolution');
      sla.startClocks.resolves([stored]);
      const worker = createStartClockWorker(deps(sla).deps);
      const job = fakeJob({ jobKey: JOB_KEY, variables: clockVariables('resolution') });
      // when
      await worker.run(job);
      // then
      expect(sla.startClocks).to.have.been.calledOnceWithExactly({
        recordType: 'incident',
        recordId: RECORD_ID,
        recordNumber: 'INC-2026-000042',
        priority: 'P3',
        customerId: CUSTOMER_ID,
        serviceId: null,
        targetOverrides: {},
        clockTypes: ['resolution'],
        at: NOW,
        actor: `itsm:sla.start-clock:1#${JOB_KEY}`,
      });
      expect(job.complete).to.have.been.calledOnceWithExactly({
        slaResolution: fakeTimerVariables(stored),
      });
    });

    it('when the record does not exist, raises an incident naming it', async () => {
      // given
      const sla = fakeSla();
      const worker = createStartClockWorker(deps(sla, null).deps);
      const job = fakeJob({ variables: clockVariables('response') });
      // when
      await worker.run(job);
      // then
      expect(sla.startClocks).to.have.callCount(0);
      expect(job.fail).to.have.callCount(1);
      expect(job.fail.firstCall.args[0]).to.deep.include({ retries: 0 });
      expect(job.fail.firstCall.args[0].errorMessage).to.contain(
        `incident ${RECORD_ID} does not exist`,
      );
    });

    it('when the record type is unknown, raises an incident', async () => {
      // given
      const sla = fakeSla();
      const worker = createStartClockWorker(deps(sla).deps);
      const job = fakeJob({ variables: { ...clockVariables('response'), recordType: 'ticket' } });
      // when
      await worker.run(job);
      // then
      expect(job.fail.firstCall.args[0]).to.deep.include({ retries: 0 });
      expect(job.fail.firstCall.args[0].errorMessage).to.contain(
        '"ticket" is not a known record type',
      );
    });

    it('when the clock type is not one of §0.5, refuses the input', async () => {
      // given
      const sla = fakeSla();
      const worker = createStartClockWorker(deps(sla).deps);
      const job = fakeJob({ variables: clockVariables('lunch' as ClockType) });
      // when
      await worker.run(job);
      // then
      expect(sla.startClocks).to.have.callCount(0);
      expect(job.fail.firstCall.args[0]).to.deep.include({ retries: 0 });
      expect(job.fail.firstCall.args[0].errorMessage).to.contain('clockType');
    });

    it('when no SLA target applies, raises an incident; a database failure is retried', async () => {
      // given
      const sla = fakeSla();
      sla.startClocks
        .onFirstCall()
        .rejects(new SlaServiceError('CALENDAR_NOT_FOUND', 'unknown calendar CN-SAT'));
      sla.startClocks.onSecondCall().rejects(new Error('deadlock detected'));
      const worker = createStartClockWorker(deps(sla).deps);
      const refused = fakeJob({ retries: 3, variables: clockVariables('response') });
      const lost = fakeJob({ retries: 3, variables: clockVariables('response') });
      // when
      await worker.run(refused);
      await worker.run(lost);
      // then
      expect(refused.fail.firstCall.args[0]).to.deep.include({ retries: 0 });
      expect(refused.fail.firstCall.args[0].errorMessage).to.contain('unknown calendar CN-SAT');
      expect(lost.fail.firstCall.args[0]).to.deep.include({ retries: 2 });
    });
  });

  describe('itsm:sla.stop-clock:1', () => {
    it('when run, stops the named clock now with the job actor and outputs nothing', async () => {
      // given
      const sla = fakeSla();
      sla.stop.resolves(storedClock('response'));
      const worker = createStopClockWorker(deps(sla).deps);
      const job = fakeJob({ jobKey: JOB_KEY, variables: clockVariables('response') });
      // when
      await worker.run(job);
      // then
      expect(sla.stop).to.have.been.calledOnceWithExactly(
        { recordType: 'incident', recordId: RECORD_ID, clockType: 'response' },
        { at: NOW, actor: `itsm:sla.stop-clock:1#${JOB_KEY}` },
      );
      expect(job.complete).to.have.been.calledOnceWithExactly({});
    });
  });

  describe('itsm:sla.pause-clock:1', () => {
    it('when paused on CN-STD, sets the record pending with a history row and reminds 3 business days later', async () => {
      // given
      const sla = fakeSla();
      sla.pause.resolves(storedClock('resolution', { paused: true }));
      const { deps: workerDeps, updates, activities } = deps(sla);
      const worker = createPauseClockWorker(workerDeps);
      const job = fakeJob({
        jobKey: JOB_KEY,
        variables: {
          ...clockVariables('resolution'),
          pauseReason: 'awaiting_customer_information',
          pauseRequestedBy: 'alice',
        },
      });
      // when
      await worker.run(job);
      // then
      expect(sla.pause).to.have.been.calledOnceWithExactly(
        { recordType: 'incident', recordId: RECORD_ID, clockType: 'resolution' },
        {
          at: NOW,
          actor: `itsm:sla.pause-clock:1#${JOB_KEY}`,
          reason: 'awaiting_customer_information',
        },
      );
      // Mon 14:00 + 3 × 480 working minutes = Thu 14:00.
      expect(job.complete).to.have.been.calledOnceWithExactly({
        resumeReminderAt: '2026-03-05T14:00:00+08:00',
      });
      expect(updates).to.deep.equal([
        {
          changes: { status: 'pending' },
          actor: `itsm:sla.pause-clock:1#${JOB_KEY}`,
          action: 'pause',
        },
      ]);
      const history = activities.get(`${JOB_KEY}:pause`);
      expect(history).to.deep.include({ kind: 'status', at: NOW });
      expect(history?.text).to.contain('Awaiting information from the customer');
      expect(history?.data).to.deep.include({ requestedBy: 'alice', clockType: 'resolution' });
    });

    it('when the clock counts on CN-24x7, the reminder is 72 hours after the pause', async () => {
      // given
      const sla = fakeSla();
      sla.pause.resolves(storedClock('resolution', { paused: true, calendar: allDay }));
      const worker = createPauseClockWorker(deps(sla).deps);
      const job = fakeJob({
        variables: { ...clockVariables('resolution'), pauseReason: 'customer_hold' },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        resumeReminderAt: '2026-03-05T14:00:00+08:00',
      });
    });

    it('when the reason does not pause a clock, raises an incident and leaves the record alone', async () => {
      // given
      const sla = fakeSla();
      sla.pause.rejects(
        new SlaClockError('PAUSE_REASON_NOT_ALLOWED', '"awaiting_supplier" is not a reason'),
      );
      const { deps: workerDeps, updates, activities } = deps(sla);
      const worker = createPauseClockWorker(workerDeps);
      const job = fakeJob({
        variables: { ...clockVariables('resolution'), pauseReason: 'awaiting_supplier' },
      });
      // when
      await worker.run(job);
      // then
      expect(job.fail.firstCall.args[0]).to.deep.include({ retries: 0 });
      expect(job.fail.firstCall.args[0].errorMessage).to.contain('awaiting_supplier');
      expect(updates).to.deep.equal([]);
      expect(activities.size).to.equal(0);
    });
  });

  describe('itsm:sla.resume-clock:1', () => {
    it('when a pending record resumes, sets it in progress and outputs the moved sla<Clock>', async () => {
      // given
      const sla = fakeSla();
      const resumed = storedClock('resolution');
      sla.resume.resolves(resumed);
      const { deps: workerDeps, updates, activities } = deps(sla, incident({ status: 'pending' }));
      const worker = createResumeClockWorker(workerDeps);
      const job = fakeJob({
        jobKey: JOB_KEY,
        variables: { ...clockVariables('resolution'), resumeRequestedBy: 'customer-bob' },
      });
      // when
      await worker.run(job);
      // then
      expect(sla.resume).to.have.been.calledOnceWithExactly(
        { recordType: 'incident', recordId: RECORD_ID, clockType: 'resolution' },
        { at: NOW, actor: `itsm:sla.resume-clock:1#${JOB_KEY}` },
      );
      expect(updates.map((u) => u.changes)).to.deep.equal([{ status: 'in_progress' }]);
      expect(activities.get(`${JOB_KEY}:resume`)?.data).to.deep.include({
        requestedBy: 'customer-bob',
      });
      expect(job.complete).to.have.been.calledOnceWithExactly({
        slaResolution: fakeTimerVariables(resumed),
      });
    });

    it('when the record is no longer pending (resolved meanwhile), keeps its status', async () => {
      // given
      const sla = fakeSla();
      sla.resume.resolves(storedClock('resolution'));
      const { deps: workerDeps, updates } = deps(sla, incident({ status: 'resolved' }));
      const worker = createResumeClockWorker(workerDeps);
      // when
      await worker.run(fakeJob({ variables: clockVariables('resolution') }));
      // then
      expect(updates).to.deep.equal([]);
    });
  });

  describe('itsm:sla.recalculate-clock:1', () => {
    it('when targets changed with a reason, recalculates with it and outputs sla<Clock>; without one, uses the default', async () => {
      // given
      const sla = fakeSla();
      const stored = storedClock('resolution');
      sla.recalculate.resolves({ clock: stored, changed: true });
      const worker = createRecalculateClockWorker(deps(sla).deps);
      const withReason = fakeJob({
        jobKey: JOB_KEY,
        variables: { ...clockVariables('resolution'), targetsChangedReason: 'priority P3 → P2' },
      });
      const withoutReason = fakeJob({ variables: clockVariables('resolution') });
      // when
      await worker.run(withReason);
      await worker.run(withoutReason);
      // then
      expect(sla.recalculate.firstCall.args[1]).to.deep.equal({
        at: NOW,
        actor: `itsm:sla.recalculate-clock:1#${JOB_KEY}`,
        reason: 'priority P3 → P2',
      });
      expect(sla.recalculate.secondCall.args[1]).to.include({ reason: 'targets changed' });
      expect(withReason.complete).to.have.been.calledOnceWithExactly({
        slaResolution: fakeTimerVariables(stored),
      });
    });
  });

  describe('itsm:sla.threshold-reached:1', () => {
    it('when a timer fires, passes the level and the job key and outputs whether it was recorded', async () => {
      // given
      const sla = fakeSla();
      sla.recordThreshold.onFirstCall().resolves({ recorded: true, reached: true });
      sla.recordThreshold.onSecondCall().resolves({ recorded: false, reached: true });
      const worker = createThresholdReachedWorker(deps(sla).deps);
      const first = fakeJob({
        jobKey: JOB_KEY,
        variables: { ...clockVariables('resolution'), level: 75 },
      });
      const again = fakeJob({
        jobKey: JOB_KEY,
        variables: { ...clockVariables('resolution'), level: 75 },
      });
      // when
      await worker.run(first);
      await worker.run(again);
      // then
      expect(sla.recordThreshold.firstCall.args).to.deep.equal([
        { recordType: 'incident', recordId: RECORD_ID, clockType: 'resolution' },
        75,
        { at: NOW, actor: `itsm:sla.threshold-reached:1#${JOB_KEY}`, idempotencyKey: JOB_KEY },
      ]);
      expect(first.complete).to.have.been.calledOnceWithExactly({ recorded: true, reached: true });
      expect(again.complete).to.have.been.calledOnceWithExactly({
        recorded: false,
        reached: true,
      });
    });

    it('when the level is missing, refuses the input', async () => {
      // given
      const sla = fakeSla();
      const worker = createThresholdReachedWorker(deps(sla).deps);
      const job = fakeJob({ variables: clockVariables('resolution') });
      // when
      await worker.run(job);
      // then
      expect(sla.recordThreshold).to.have.callCount(0);
      expect(job.fail.firstCall.args[0].errorMessage).to.contain('level is required');
    });
  });

  describe('createSlaWorkers', () => {
    it('returns one worker per SLA job type of the contract', () => {
      // when
      const workers = createSlaWorkers(deps(fakeSla()).deps);
      // then
      expect(workers.map((w) => w.type)).to.deep.equal([
        'itsm:sla.start-clock:1',
        'itsm:sla.stop-clock:1',
        'itsm:sla.pause-clock:1',
        'itsm:sla.resume-clock:1',
        'itsm:sla.recalculate-clock:1',
        'itsm:sla.threshold-reached:1',
      ]);
      expect(
        workers.find((w) => w.type === 'itsm:sla.pause-clock:1')?.fetchVariables,
      ).to.deep.equal(['recordType', 'recordId', 'clockType', 'pauseReason', 'pauseRequestedBy']);
    });
  });
});
