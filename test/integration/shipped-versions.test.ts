/**
 * Instances started on a diagram version that a newer one replaced finish with today's
 * workers: the job types the old version uses stay registered (retired), so an upgrade never
 * strands a running incident. The replaced versions are kept in test/fixtures/shipped/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { api, waitFor } from '../helpers/api.ts';
import {
  deployWorkflows,
  incident,
  incidentWhen,
  openTask,
  reportIncident,
  resolveFromDiagnose,
  seeded,
  triage,
  work,
} from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';
import { projectRoot } from '../../lib/paths.ts';

const shipped = (file: string) =>
  readFileSync(path.join(projectRoot, 'test', 'fixtures', 'shipped', file));
const current = (file: string) => readFileSync(path.join(projectRoot, 'workflows', file));

/** Deploys a version as the latest one; answers its version number. */
async function deployAsLatest(name: string, content: Buffer): Promise<number> {
  const result = await testContext().platform.engine.deploy([{ name, content }]);
  return result.processes[0]!.version;
}

/** The versions of the process instances that run a record, by process id. */
async function versionsOf(number: string): Promise<Record<string, number>> {
  const found = await api<{ items: { processId: string; version: number }[] }>(
    'GET',
    `/api/process-instances?record=${number}`,
    { as: 'process-owner' },
  );
  expect(found.status, JSON.stringify(found.body)).to.equal(200);
  return Object.fromEntries(found.body.items.map((i) => [i.processId, i.version]));
}

interface Activity {
  action: string;
  actor: string;
  details: Record<string, unknown>;
}

/** The record's history as stored (the actor names the job type that wrote it). */
async function activitiesOf(type: string, number: string): Promise<Activity[]> {
  return testContext()
    .platform.db('record_activities as a')
    .join(`${type === 'incident' ? 'incidents' : 'major_incidents'} as r`, 'r.id', 'a.record_id')
    .where('r.number', number)
    .where('a.record_type', type)
    .orderBy('a.id')
    .select('a.action', 'a.actor', 'a.details');
}

describe('diagram versions replaced while instances run', function () {
  this.timeout(240_000);
  let ref: Awaited<ReturnType<typeof seeded>>;

  before(async () => {
    await deployWorkflows();
    ref = await seeded();
  });

  it('an incident started on the incident-management version before itsm:record.cancel:1 is cancelled by the retired worker', async () => {
    // given an incident whose instance runs the replaced version
    const old = await deployAsLatest(
      'incident-management.bpmn',
      shipped('incident-management.2026-12-06.bpmn'),
    );
    const created = await reportIncident({ title: '旧版本 / old version', impact: 3, urgency: 3 });
    const now = await deployAsLatest(
      'incident-management.bpmn',
      current('incident-management.bpmn'),
    );
    expect(now).to.be.greaterThan(old);
    await waitFor('the instance is projected', async () =>
      (await versionsOf(created.number))['incident-management'] === old ? true : undefined,
    );

    // when it is cancelled
    const cancelled = await api('POST', `/api/incidents/${created.number}/cancel`, {
      as: 'incident-manager',
      body: { reason: '重复 / duplicate' },
    });

    // then the old version's job type did it, as before
    expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
    await incidentWhen(created.number, 'cancelled', (i) => i.status === 'cancelled');
    const status = (await activitiesOf('incident', created.number)).find(
      (a) => a.action === 'status' && a.details.text === '重复 / duplicate',
    );
    expect(status?.actor).to.match(/^itsm:incident\.cancel:1#/);
  });

  it('a major incident declared on the major-incident version before the generic record steps finishes with the retired workers', async () => {
    // given a major incident whose instance runs the replaced version
    const old = await deployAsLatest(
      'major-incident.bpmn',
      shipped('major-incident.2026-12-06.bpmn'),
    );
    const created = await reportIncident({
      title: '旧版重大事件 / old major',
      impact: 1,
      urgency: 1,
      customerId: ref.customer.id,
      serviceId: ref.critical.id,
    });
    await work(
      await openTask(created.number, 'UserTask_Triage', 'service-desk'),
      'service-desk',
      triage(ref.critical.id, { impact: 1, urgency: 1, category: 'application' }),
    );
    await incidentWhen(created.number, 'major', (i) => i.major);
    const appoint = await openTask(created.number, 'UserTask_AppointManager', 'incident-manager');
    await deployAsLatest('major-incident.bpmn', current('major-incident.bpmn'));
    expect((await versionsOf(created.number))['major-incident']).to.equal(old);

    // when the manager is appointed, the incident resolved, the report and review written
    await work(appoint, 'incident-manager', {
      majorIncidentManager: 'major-incident-manager',
      updateIntervalMinutes: 30,
      continuitySuggested: false,
    });
    const update = await openTask(
      created.number,
      'UserTask_StatusUpdate',
      'major-incident-manager',
    );
    await resolveFromDiagnose(created.number, (await incident(created.number)).assignmentGroup!);
    await work(update, 'major-incident-manager', {
      statusSummary: '已恢复 / restored',
      customerMessage: '已恢复 / restored',
    });
    const report = await openTask(
      created.number,
      'UserTask_MajorIncidentReport',
      'major-incident-manager',
    );
    await work(report, 'major-incident-manager', {
      timeline: '10:00 中断；11:00 恢复',
      impact: { customers: 'CUST-A', services: 'ERP', durationMinutes: 60 },
      actionsTaken: '切换 / failover',
    });
    const review = await openTask(created.number, 'UserTask_Review', 'incident-manager');
    await work(review, 'incident-manager', {
      reviewDate: '2026-12-07',
      participants: 'incident-manager, major-incident-manager',
      improvementOpportunities: [{ title: '监控 / monitoring' }],
      problemNeeded: false,
    });

    // then the record went through every status, written by the old version's job types
    const major = await waitFor('the major incident reviewed', async () => {
      const res = await api<{ status: string; assignee: string; restoredAt: string | null }>(
        'GET',
        `/api/records/major-incident/${created.number}`,
        { as: 'incident-manager' },
      );
      return res.body.status === 'reviewed' ? res.body : undefined;
    });
    expect(major.assignee).to.equal('major-incident-manager');
    expect(major.restoredAt).to.be.a('string');
    const writers = (await activitiesOf('major-incident', created.number)).map(
      (a) => a.actor.split('#')[0],
    );
    expect(writers).to.include.members([
      'itsm:major.notify-top-management:1',
      'itsm:major.record-appointment:1',
      'itsm:major.record-restoration:1',
      'itsm:major.record-report:1',
    ]);
  });

  it('lists the job types a deployed version uses and no worker serves, with its running instances, to process owners only', async () => {
    // given the shipped versions deployed (by the tests above) and a version whose job type has no worker
    await deployAsLatest('major-incident.bpmn', shipped('major-incident.2026-12-06.bpmn'));
    await deployAsLatest('major-incident.bpmn', current('major-incident.bpmn'));
    const unserved = async () =>
      api<{
        items: { jobType: string; processId: string; version: number; activeInstances: number }[];
      }>('GET', '/api/workers/unserved', { as: 'process-owner' });
    expect((await unserved()).body.items, 'retired job types are still served').to.deep.equal([]);
    const version = await deployAsLatest('unserved-probe.bpmn', Buffer.from(PROBE));
    const probe = await testContext().platform.engine.createInstance('unserved-probe', {});

    // when a process owner asks which job types are unserved
    const listed = await waitFor('the probe and its instance projected', async () => {
      const res = await unserved();
      return res.body.items.find((i) => i.activeInstances === 1) ? res.body.items : undefined;
    });

    // then the probe's job type is named with its version and running instance; others may not ask
    expect(listed).to.deep.equal([
      { jobType: 'itsm:test.removed:1', processId: 'unserved-probe', version, activeInstances: 1 },
    ]);
    const resolver = await api('GET', '/api/workers/unserved', { as: 'resolver-l2' });
    expect(resolver.status).to.equal(403);
    await testContext().platform.engine.cancelInstance(probe.key);
  });
});

/** A process whose only service task has a job type no worker serves. */
const PROBE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_Probe" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="unserved-probe" isExecutable="true">
    <bpmn:startEvent id="StartEvent_Probe" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Removed" />
    <bpmn:serviceTask id="Task_Removed">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="itsm:test.removed:1" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Removed" targetRef="EndEvent_Probe" />
    <bpmn:endEvent id="EndEvent_Probe" />
  </bpmn:process>
</bpmn:definitions>
`;
