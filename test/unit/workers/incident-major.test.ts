import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import type {
  MajorIncident,
  MajorIncidentRepository,
} from '../../../db/repositories/major-incidents.repository.ts';
import { requestIdFor } from '../../../workers/bus/publish.worker.ts';
import { publishThroughOutbox } from '../../../domain/outbox.ts';
import { TransientError } from '../../../lib/errors.ts';
import { createRecordAppointmentWorker } from '../../../workers/major/record-appointment.worker.ts';
import { createRecordReviewWorker } from '../../../workers/major/record-review.worker.ts';
import { createRecordUpdateWorker } from '../../../workers/major/record-update.worker.ts';
import {
  clock,
  fakeIncidents,
  fakeNotifier,
  fakeOutbox,
  fakePublisher,
} from '../incident/fakes.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const MAJOR_ID = '33333333-3333-4333-8333-333333333333';

function major(over: Partial<MajorIncident> = {}): MajorIncident {
  return {
    id: MAJOR_ID,
    incidentId: '11111111-1111-4111-8111-111111111111',
    incidentNumber: 'INC-2026-000042',
    status: 'managed',
    customerId: '22222222-2222-4222-8222-222222222222',
    incidentResolvedAt: null,
    declaredAt: new Date('2026-11-24T01:00:00Z'),
    declaredBy: 'incident-manager',
    criteriaMatched: ['critical_service_down'],
    managerId: 'zhang.san',
    mgmtNotifiedAt: null,
    updateIntervalMinutes: 30,
    continuityInvoked: false,
    restoredAt: null,
    report: null,
    reviewAt: null,
    participants: null,
    opportunities: null,
    reviewNotes: null,
    problemNeeded: null,
    processInstanceKey: null,
    ...over,
  };
}

/** The major-incident repository in memory: `update` records its changes. */
function fakeMajors(row = major()) {
  const updates: Record<string, unknown>[] = [];
  const repo = {
    get: async (id: string) => (id === row.id ? row : undefined),
    update: sinon.stub().callsFake(async (_id: string, changes: Record<string, unknown>) => {
      updates.push(changes);
      return true;
    }),
    addUpdate: sinon.stub().callsFake(async (u: { nextUpdateAt: Date | null }) => ({
      id: '1',
      majorIncidentId: row.id,
      at: clock.now(),
      by: 'zhang.san',
      statusSummary: 's',
      customerMessage: 'm',
      nextUpdateAt: u.nextUpdateAt,
    })),
  };
  return { repo: repo as unknown as MajorIncidentRepository, updates, stub: repo };
}

function deps(majors = fakeMajors()) {
  return {
    majorIncidents: majors.repo,
    incidents: fakeIncidents([]).repo,
    clock,
    notifier: fakeNotifier(),
    engine: fakePublisher(),
    messages: fakeOutbox().repo,
  };
}

const review = {
  majorIncidentId: MAJOR_ID,
  reviewDate: '2026-11-24',
  participants: 'li.lei, wang.wei',
  improvementOpportunities: [{ title: 'Second uplink' }, 'Alert on flapping'],
  problemNeeded: false,
};

describe('major-incident workers (fake ports)', () => {
  describe('itsm:major.record-review:1', () => {
    it('when two opportunities are listed, publishes two start messages with request ids derived from the job key', async () => {
      // given
      const d = deps();
      const worker = createRecordReviewWorker(d);
      const job = fakeJob({ jobKey: '500', variables: review });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        improvementCount: 2,
        problemRequested: false,
      });
      expect(d.engine.publishMessage).to.have.callCount(2);
      expect(d.engine.publishMessage.firstCall.args[0]).to.deep.equal({
        name: 'Msg_ImprovementProposed',
        correlationKey: requestIdFor('500:improvement:0'),
        variables: {
          sourceType: 'major-incident',
          sourceNumber: 'INC-2026-000042',
          title: 'Second uplink',
          description: null,
          requestId: requestIdFor('500:improvement:0'),
        },
        timeToLiveMs: 0,
        messageId: '500:improvement:0',
      });
    });

    it('when no opportunity is listed and no reason given, raises an incident and stores nothing', async () => {
      // given
      const majors = fakeMajors();
      const d = deps(majors);
      const worker = createRecordReviewWorker(d);
      const job = fakeJob({
        variables: { ...review, improvementOpportunities: [], problemNeeded: true },
      });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(
        sinon.match({ errorMessage: sinon.match(/noOpportunityReason/), retries: 0 }),
      );
      expect(majors.updates).to.deep.equal([]);
      expect(d.engine.publishMessage.callCount).to.equal(0);
    });

    it('when no opportunity is listed with a reason, requests the problem (problemNeeded defaults to true)', async () => {
      // given
      const d = deps();
      const worker = createRecordReviewWorker(d);
      const job = fakeJob({
        variables: {
          majorIncidentId: review.majorIncidentId,
          reviewDate: review.reviewDate,
          participants: review.participants,
          improvementOpportunities: null,
          noOpportunityReason: 'One-off supplier fault',
        },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        improvementCount: 0,
        problemRequested: true,
      });
      expect(d.engine.publishMessage.firstCall.args[0].name).to.equal('Msg_ProblemRequested');
    });
  });

  describe('itsm:major.record-appointment:1 and record-update:1', () => {
    it('when a manager is appointed with a 30-minute interval, the first update is due 30 plain minutes later', async () => {
      // given
      const d = deps();
      const worker = createRecordAppointmentWorker(d);
      const job = fakeJob({
        variables: {
          majorIncidentId: MAJOR_ID,
          majorIncidentManager: 'zhang.san',
          updateIntervalMinutes: 30,
        },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        nextUpdateAt: '2026-11-24T10:30:00+08:00',
      });
      expect(d.notifier.sent[0]?.recipients).to.deep.equal(['user:zhang.san']);
    });

    it('when the form gives the next update as a local date-time without seconds, returns it with +08:00', async () => {
      // given
      const d = deps();
      const worker = createRecordUpdateWorker(d);
      const job = fakeJob({
        variables: {
          majorIncidentId: MAJOR_ID,
          statusSummary: 'Failover done',
          customerMessage: '服务已切换',
          nextUpdateAt: '2026-11-24T11:15',
        },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        nextUpdateAt: '2026-11-24T11:15:00+08:00',
      });
      expect(d.notifier.sent[0]).to.deep.include({
        template: 'major.status-update',
        recipients: ['customer:22222222-2222-4222-8222-222222222222'],
      });
    });
  });
});

describe('publishThroughOutbox', () => {
  const message = {
    idempotencyKey: '900:resolved',
    name: 'Msg_IncidentResolved',
    correlationKey: 'INC-2026-000042',
    variables: { resolvedAt: '2026-11-24T10:00:00+08:00' },
    timeToLiveMs: 604_800_000,
    sourceType: 'incident',
    sourceNumber: 'INC-2026-000042',
  };

  it('when the engine refuses, throws a transient error and keeps the row open; the retry publishes it once', async () => {
    // given
    const outbox = fakeOutbox();
    const engine = fakePublisher();
    engine.publishMessage.onFirstCall().rejects(new Error('UNAVAILABLE'));
    const deps = { engine, messages: outbox.repo, clock };
    // when
    const failure = await publishThroughOutbox(deps, message).catch((e: unknown) => e);
    await publishThroughOutbox(deps, message);
    await publishThroughOutbox(deps, message);
    // then
    expect(failure).to.be.instanceOf(TransientError);
    expect(engine.publishMessage).to.have.callCount(2);
    expect(outbox.rows.get('900:resolved')).to.deep.include({
      correlationKey: 'INC-2026-000042',
      messageKey: '9001',
    });
  });
});
