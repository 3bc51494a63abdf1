import { expect, use } from 'chai';
import sinon from 'sinon';
import sinonChai from 'sinon-chai';
import { createCloseWorker } from '../../../workers/incident/close.worker.ts';
import { createEscalateFunctionalWorker } from '../../../workers/incident/escalate-functional.worker.ts';
import { createEscalateHierarchicalWorker } from '../../../workers/incident/escalate-hierarchical.worker.ts';
import { createNotifyCustomerWorker } from '../../../workers/incident/notify-customer.worker.ts';
import type { ReferenceDataPort } from '../../../workers/incident/ports.ts';
import { createRecordIncidentWorker } from '../../../workers/incident/record.worker.ts';
import {
  clock,
  fakeIncidents,
  fakeNotifier,
  fakeOutbox,
  fakePublisher,
  incidentRow,
} from '../incident/fakes.ts';
import { fakeJob } from './fake-job.ts';

use(sinonChai);

const referenceData: ReferenceDataPort = {
  routeFor: async () => undefined,
  group: async (code) =>
    code === 'resolver-l3-db'
      ? { code, functionalLevel: 'L3', lead: 'chen.jie', departmentHead: 'zhao.min' }
      : code === 'resolver-l2'
        ? { code, functionalLevel: 'L2', lead: null, departmentHead: 'zhao.min' }
        : undefined,
  customer: async () => undefined,
  service: async () => undefined,
  getSetting: async () => undefined,
};

function ports(rows = [incidentRow()]) {
  const incidents = fakeIncidents(rows);
  const notifier = fakeNotifier();
  const cancelled: string[] = [];
  return {
    incidents,
    notifier,
    cancelled,
    deps: {
      instances: {
        cancelInstance: async (key: string) => {
          cancelled.push(key);
        },
      },
      incidents: incidents.repo,
      notifier,
      clock,
      engine: fakePublisher(),
      messages: fakeOutbox().repo,
      referenceData,
    },
  };
}

describe('incident workers (fake ports)', () => {
  describe('itsm:incident.record:1', () => {
    it('when the API created the row, returns the process variables from it', async () => {
      // given
      const p = ports([incidentRow({ status: 'new', assignee: null, priority: 'P4' })]);
      const worker = createRecordIncidentWorker(p.deps);
      const job = fakeJob({
        variables: { recordId: '11111111-1111-4111-8111-111111111111', title: 'ignored' },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        recordType: 'incident',
        recordId: '11111111-1111-4111-8111-111111111111',
        recordNumber: 'INC-2026-000042',
        incidentNumber: 'INC-2026-000042',
        priority: 'P4',
        assignmentGroup: 'resolver-l2',
        assignee: '',
        customerId: '22222222-2222-4222-8222-222222222222',
        serviceId: null,
      });
    });

    it('when the named row is not visible yet, retries shortly (the API commits it with the instance start)', async () => {
      // given
      const worker = createRecordIncidentWorker(ports([]).deps);
      const job = fakeJob({
        retries: 3,
        variables: { recordId: '11111111-1111-4111-8111-111111111111' },
      });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(
        sinonMatchMessage(/incident 11111111-.* does not exist/, 2),
      );
      expect(job.fail.firstCall.args[0].retryBackOff).to.equal(2_000);
    });

    it('when the named row is still missing on the second try, waits past any report transaction (90 s)', async () => {
      // given
      const worker = createRecordIncidentWorker(ports([]).deps);
      const job = fakeJob({
        retries: 2,
        variables: { recordId: '11111111-1111-4111-8111-111111111111' },
      });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(
        sinonMatchMessage(/incident 11111111-.* does not exist/, 1),
      );
      expect(job.fail.firstCall.args[0].retryBackOff).to.equal(90_000);
    });

    it('when the named row is still missing on the last try, cancels the instance its rolled-back report left behind', async () => {
      // given: the report's transaction rolled back after the engine started this instance
      const p = ports([]);
      const worker = createRecordIncidentWorker(p.deps);
      const job = fakeJob({
        retries: 1,
        processInstanceKey: '2251799813687296',
        variables: { recordId: '11111111-1111-4111-8111-111111111111' },
      });
      // when
      await worker.run(job);
      // then
      expect(p.cancelled).to.deep.equal(['2251799813687296']);
      expect(job.fail).to.have.been.calledOnceWith(sinonMatchMessage(/rolled back/, 0));
      expect(job.complete.callCount).to.equal(0);
    });

    it('when a message start carries no title, impact or urgency, raises an incident naming them', async () => {
      // given
      const worker = createRecordIncidentWorker(ports([]).deps);
      const job = fakeJob({ variables: { requestId: 'r-1', impact: 2 } });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(sinonMatchMessage(/title, impact .*urgency/, 0));
    });
  });

  describe('itsm:incident.escalate-functional:1', () => {
    it('when transferred to an L3 group, writes the L2→L3 row, clears the assignee and tells the group', async () => {
      // given
      const p = ports([incidentRow({ status: 'in_progress' })]);
      const worker = createEscalateFunctionalWorker(p.deps);
      const job = fakeJob({
        jobKey: '77',
        variables: {
          recordId: '11111111-1111-4111-8111-111111111111',
          nextGroup: 'resolver-l3-db',
        },
      });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        assignmentGroup: 'resolver-l3-db',
        assignee: '',
        functionalLevel: 'L3',
      });
      expect(p.incidents.escalations).to.deep.equal([
        {
          kind: 'functional',
          fromLevel: 'L2',
          toLevel: 'L3',
          fromGroup: 'resolver-l2',
          toGroup: 'resolver-l3-db',
          reason: 'manual',
          by: 'itsm:incident.escalate-functional:1#77',
          idempotencyKey: '77:functional',
        },
      ]);
      const row = p.incidents.byId.get('11111111-1111-4111-8111-111111111111');
      expect(row).to.deep.include({ assignee: null, assignmentGroup: 'resolver-l3-db' });
      expect(p.notifier.sent.map((n) => n.recipients)).to.deep.equal([['group:resolver-l3-db']]);
    });
  });

  describe('itsm:incident.escalate-hierarchical:1', () => {
    it('when escalated from H0 and then again, reaches H1 (group lead fallback role) and H2 (incident manager)', async () => {
      // given
      const p = ports([incidentRow({ status: 'in_progress', hierarchicalLevel: 'H0' })]);
      const worker = createEscalateHierarchicalWorker(p.deps);
      const vars = { recordId: '11111111-1111-4111-8111-111111111111', escalationReason: 'VIP' };
      const first = fakeJob({ jobKey: '1', variables: vars });
      const second = fakeJob({ jobKey: '2', variables: vars });
      // when
      await worker.run(first);
      await worker.run(second);
      // then
      expect(first.complete).to.have.been.calledOnceWithExactly({ hierarchicalLevel: 'H1' });
      expect(second.complete).to.have.been.calledOnceWithExactly({ hierarchicalLevel: 'H2' });
      expect(p.notifier.sent.map((n) => n.recipients)).to.deep.equal([
        ['role:resolver-lead'],
        ['role:incident-manager'],
      ]);
    });

    it('when the same job runs twice, escalates once', async () => {
      // given
      const p = ports([incidentRow({ status: 'in_progress', hierarchicalLevel: 'H2' })]);
      const worker = createEscalateHierarchicalWorker(p.deps);
      const vars = { recordId: '11111111-1111-4111-8111-111111111111', escalationReason: 'VIP' };
      // when
      await worker.run(fakeJob({ jobKey: '5', variables: vars }));
      const again = fakeJob({ jobKey: '5', variables: vars });
      await worker.run(again);
      // then
      expect(again.complete).to.have.been.calledOnceWithExactly({ hierarchicalLevel: 'H3' });
      expect(p.incidents.escalations).to.have.length(1);
      expect(p.notifier.sent[0]?.recipients).to.deep.equal([
        'user:zhao.min',
        'role:service-level-manager',
      ]);
    });
  });

  describe('itsm:incident.notify-customer:1', () => {
    it('when warned twice by two jobs, the customer hears once and the first instant is kept', async () => {
      // given
      const p = ports([incidentRow({ status: 'in_progress' })]);
      const worker = createNotifyCustomerWorker(p.deps);
      const vars = {
        recordId: '11111111-1111-4111-8111-111111111111',
        customerNotice: 'We will miss the target by an hour',
      };
      const first = fakeJob({ jobKey: '10', variables: vars });
      const second = fakeJob({ jobKey: '11', variables: vars });
      // when
      await worker.run(first);
      await worker.run(second);
      // then
      const expected = { customerWarnedAt: '2026-11-24T10:00:00+08:00' };
      expect(first.complete).to.have.been.calledOnceWithExactly(expected);
      expect(second.complete).to.have.been.calledOnceWithExactly(expected);
      expect(p.notifier.sent).to.have.length(1);
      expect(p.notifier.sent[0]).to.deep.include({
        template: 'incident.at-risk',
        recipients: ['customer:22222222-2222-4222-8222-222222222222'],
      });
    });
  });

  describe('itsm:incident.close:1', () => {
    const confirmation = {
      recordId: '11111111-1111-4111-8111-111111111111',
      serviceRestored: true,
      resolutionAccepted: true,
      confirmedBy: 'li.lei',
      confirmationChannel: 'phone',
      rating: 4,
    };

    it('when confirmed, closes with the rating stored as 80', async () => {
      // given
      const p = ports();
      const worker = createCloseWorker(p.deps);
      const job = fakeJob({ jobKey: '20', variables: confirmation });
      // when
      await worker.run(job);
      // then
      expect(job.complete).to.have.been.calledOnceWithExactly({
        closedAt: '2026-11-24T10:00:00+08:00',
      });
      expect(p.incidents.byId.get(confirmation.recordId)).to.deep.include({
        status: 'closed',
        rating: 80,
      });
      expect(p.incidents.satisfaction).to.deep.equal([
        {
          kind: 'transactional',
          customerId: '22222222-2222-4222-8222-222222222222',
          score: 80,
          comment: null,
          respondedBy: 'li.lei',
          idempotencyKey: '11111111-1111-4111-8111-111111111111:20:satisfaction',
        },
      ]);
    });

    it('when the resolution text is missing, raises an incident and closes nothing', async () => {
      // given
      const p = ports([incidentRow({ resolution: null })]);
      const worker = createCloseWorker(p.deps);
      const job = fakeJob({ variables: confirmation });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(
        sinonMatchMessage(/cannot be closed: the resolution text is missing/, 0),
      );
      expect(p.incidents.byId.get(confirmation.recordId)?.status).to.equal('resolved');
      expect(p.incidents.satisfaction).to.deep.equal([]);
    });

    it('when the customer did not accept the resolution, raises an incident', async () => {
      // given
      const worker = createCloseWorker(ports().deps);
      const job = fakeJob({ variables: { ...confirmation, resolutionAccepted: false } });
      // when
      await worker.run(job);
      // then
      expect(job.fail).to.have.been.calledOnceWith(
        sinonMatchMessage(/the resolution is not accepted/, 0),
      );
    });
  });
});

/** A sinon matcher for a fail() call with this message and retries. */
function sinonMatchMessage(message: RegExp, retries: number) {
  return sinon.match({ errorMessage: sinon.match(message), retries });
}
