import { expect } from 'chai';
import {
  api,
  deployFixture,
  fixtureForm,
  fixtureXml,
  instanceInState,
  startInstance,
  waitFor,
  type InstanceDetail,
} from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';
import { testWorkerControl } from '../helpers/test-workers.ts';

interface InstanceList {
  items: { key: string; processId: string; version: number; state: string }[];
  total: number;
}

interface ErrorAnswer {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

/**
 * A fixture diagram under another process id, so each scenario counts only its own
 * instances. Replaces every attribute equal to the fixture's id (the process and its plane).
 */
function renamedFixture(fixture: string, processId: string): string {
  return fixtureXml(fixture).replaceAll(`"${fixture}"`, `"${processId}"`);
}

/** Deploys a fixture diagram under its own process id. */
function deployAs(fixture: string, processId: string) {
  return deployFixture(processId, renamedFixture(fixture, processId));
}

/** The instance detail as a user reads it. */
async function detail(key: string) {
  return api<InstanceDetail>('GET', `/api/process-instances/${key}`, { as: 'process-owner' });
}

/** Waits until the instance detail satisfies `check`. */
function detailWhere(key: string, what: string, check: (d: InstanceDetail) => boolean) {
  return waitFor(`instance ${key}: ${what}`, async () => {
    const res = await detail(key);
    return res.status === 200 && check(res.body) ? res.body : undefined;
  });
}

/** `elementId:state` → count, from the instance detail. */
function elementStates(d: InstanceDetail): Record<string, number> {
  return Object.fromEntries(d.elements.map((e) => [`${e.elementId}:${e.state}`, e.count]));
}

const db = () => testContext().platform.db;

describe('process paths on the real engine, through the API', () => {
  afterEach(() => {
    testWorkerControl.failing = false;
  });

  it('when a worker throws its declared BPMN error, the instance completes via the error boundary', async () => {
    // given
    await deployAs('fixture-error-boundary', 'paths-error-boundary');

    // when
    const key = await startInstance('paths-error-boundary', { outcome: 'reject' });

    // then
    const done = await instanceInState(key, 'completed');
    const states = elementStates(done);
    expect(states).to.include({
      'StartEvent_Requested:completed': 1,
      'Task_MayFail:terminated': 1,
      'Boundary_Rejected:completed': 1,
      'EndEvent_Rejected:completed': 1,
    });
    expect(done.elements.map((e) => e.elementId)).not.to.include('EndEvent_Done');
    expect(done.incidents).to.deep.equal([]);
    expect(done.variables).not.to.have.property('passed');
    const rows = await db()('element_instances')
      .where({ process_instance_key: key, element_id: 'EndEvent_Done' })
      .count<{ count: string }[]>({ count: '*' });
    expect(Number(rows[0]!.count)).to.equal(0);
  });

  it('when a worker keeps failing, its retries run out into an incident that a process owner resolves', async () => {
    // given
    await deployAs('fixture-error-boundary', 'paths-incident');
    testWorkerControl.failing = true;
    const callsBefore = testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0;
    const key = await startInstance('paths-incident', { outcome: 'pass' });

    // when
    const failed = await instanceInState(key, 'incident');

    // then: visible in the detail and in the list
    expect(
      (testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0) - callsBefore,
      'one call per retry (retries="3")',
    ).to.equal(3);
    expect(failed.incidents).to.have.length(1);
    const incident = failed.incidents[0]!;
    expect(incident.elementId).to.equal('Task_MayFail');
    expect(incident.type).to.equal('JOB_NO_RETRIES');
    expect(incident.message).to.include('The fixture is failing on purpose');
    expect(elementStates(failed)).to.include({ 'Task_MayFail:active': 1 });
    const incidents = await api<InstanceList>(
      'GET',
      '/api/process-instances?processId=paths-incident&state=incident',
      { as: 'process-owner' },
    );
    expect(incidents.body.items.map((i) => `${i.key}:${i.state}`)).to.deep.equal([
      `${key}:incident`,
    ]);
    const anyIncident = await api<InstanceList>(
      'GET',
      '/api/process-instances?state=incident&limit=500',
      { as: 'process-owner' },
    );
    expect(anyIncident.body.items.map((i) => i.key)).to.include(key);

    // when: the wrong role, an unknown incident, then the process owner
    testWorkerControl.failing = false;
    const resolveUrl = `/api/process-instances/${key}/incidents/${incident.key}/resolve`;
    const wrongRole = await api('POST', resolveUrl, { as: 'service-desk' });
    const unknown = await api<ErrorAnswer>(
      'POST',
      `/api/process-instances/${key}/incidents/2251799813999999/resolve`,
      { as: 'process-owner' },
    );
    const stillOpen = await db()('engine_incidents').where({ key: incident.key }).first('state');
    const resolved = await api('POST', resolveUrl, { as: 'process-owner' });
    const again = await api<ErrorAnswer>('POST', resolveUrl, { as: 'process-owner' });

    // then
    expect(wrongRole.status).to.equal(403);
    expect(unknown.status).to.equal(404);
    expect(unknown.body.error.code).to.equal('NOT_FOUND');
    expect(stillOpen.state, 'the refused calls changed nothing').to.equal('open');
    expect(resolved.status, JSON.stringify(resolved.body)).to.equal(204);
    expect(again.status).to.equal(409);
    const done = await instanceInState(key, 'completed');
    expect(done.incidents).to.deep.equal([]);
    expect(done.variables.passed).to.equal(true);
    expect(elementStates(done)).to.include({
      'Task_MayFail:completed': 1,
      'EndEvent_Done:completed': 1,
    });
    const row = await db()('engine_incidents').where({ key: incident.key }).first();
    expect(row.state).to.equal('resolved');
    expect(row.resolved_at).to.be.instanceOf(Date);
  });

  it('when a user task is waiting, the instance detail lists the completed and the active elements', async () => {
    // given
    const form = await api('POST', '/api/forms/fixture-service-user.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-service-user.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployAs('fixture-service-user', 'paths-detail');

    // when
    const key = await startInstance('paths-detail');
    const waiting = await detailWhere(key, 'the review task active', (d) =>
      d.elements.some((e) => e.elementId === 'Task_Review' && e.state === 'active'),
    );

    // then
    expect(waiting.state).to.equal('active');
    expect(waiting.elements).to.have.deep.members([
      { elementId: 'StartEvent_Requested', state: 'completed', count: 1 },
      { elementId: 'Task_Echo', state: 'completed', count: 1 },
      { elementId: 'Task_Review', state: 'active', count: 1 },
    ]);
    expect(waiting.variables.echoed).to.equal(true);
    const task = await waitFor('the task row', () =>
      db()('tasks').where({ process_instance_key: key }).first('state', 'element_id'),
    );
    expect(task).to.deep.equal({ state: 'created', element_id: 'Task_Review' });
  });

  it('when the engine clock moves past a timer, the instance goes on without anyone waiting', async () => {
    // given
    await deployAs('fixture-timer', 'paths-timer');
    const key = await startInstance('paths-timer');
    const atTimer = await detailWhere(key, 'waiting at the timer', (d) =>
      d.elements.some((e) => e.elementId === 'Timer_OneHour' && e.state === 'active'),
    );
    expect(atTimer.state).to.equal('active');
    expect(atTimer.elements.map((e) => e.elementId)).not.to.include('Task_Echo');

    // when
    const moved = Date.now();
    await testContext().platform.engine.clock.add(2 * 60 * 60 * 1000);
    const done = await instanceInState(key, 'completed', 10_000);

    // then
    expect(Date.now() - moved, 'ms from the clock move to completion').to.be.below(5_000);
    expect(elementStates(done)).to.include({
      'Timer_OneHour:completed': 1,
      'Task_Echo:completed': 1,
      'EndEvent_Done:completed': 1,
    });
    expect(done.variables.echoed).to.equal(true);
  });

  it('when variables break a worker input schema, an incident names the field and the worker keeps working', async () => {
    // given
    await deployAs('fixture-error-boundary', 'paths-schema');
    const callsBefore = testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0;

    // when
    const bad = await startInstance('paths-schema', { outcome: 42 });
    const failed = await instanceInState(bad, 'incident');
    const good = await startInstance('paths-schema', { outcome: 'pass' });

    // then
    expect(failed.incidents).to.have.length(1);
    const incident = failed.incidents[0]!;
    expect(incident.elementId).to.equal('Task_MayFail');
    expect(incident.type).to.equal('JOB_NO_RETRIES');
    expect(incident.message).to.include('itsm:test.may-fail:1');
    expect(incident.message).to.include('schema');
    expect(incident.message).to.include('outcome');
    const done = await instanceInState(good, 'completed');
    expect(done.variables.passed).to.equal(true);
    expect(
      (testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0) - callsBefore,
      'the handler never saw the bad input',
    ).to.equal(1);
  });

  it('when a worker throws an undeclared BPMN error code, an incident names the code without retrying', async () => {
    // given
    await deployAs('fixture-error-boundary', 'paths-undeclared');
    const callsBefore = testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0;

    // when
    const key = await startInstance('paths-undeclared', { outcome: 'undeclared' });
    const failed = await instanceInState(key, 'incident');

    // then
    expect(failed.incidents).to.have.length(1);
    const incident = failed.incidents[0]!;
    expect(incident.type).to.equal('JOB_NO_RETRIES');
    expect(incident.message).to.include('NOT_DECLARED');
    expect(incident.message).to.include('Undeclared BPMN error');
    expect(
      (testWorkerControl.calls.get('itsm:test.may-fail:1') ?? 0) - callsBefore,
      'failed with 0 retries at once',
    ).to.equal(1);
    expect(failed.elements.map((e) => e.elementId)).not.to.include('Boundary_Rejected');
  });

  it('when a process is deployed twice, the list shows version 2 and running instances stay on version 1', async () => {
    // given: version 1 waits at a timer; version 2 is a different diagram with the same id
    const v1 = await deployAs('fixture-timer', 'paths-versions');
    const onV1 = await startInstance('paths-versions');
    await detailWhere(onV1, 'waiting at the timer', (d) =>
      d.elements.some((e) => e.elementId === 'Timer_OneHour' && e.state === 'active'),
    );

    // when
    const v2 = await deployAs('fixture-error-boundary', 'paths-versions');
    const passed = await startInstance('paths-versions', { outcome: 'pass' });
    const broken = await startInstance('paths-versions', { outcome: 42 });
    await instanceInState(passed, 'completed');
    await instanceInState(broken, 'incident');

    // then: versions
    expect(v1.version).to.equal(1);
    expect(v2.version).to.equal(2);
    const latest = await api<{ items: { processId: string; version: number; name: string }[] }>(
      'GET',
      '/api/processes',
      { as: 'service-desk' },
    );
    expect(latest.status).to.equal(200);
    const listed = latest.body.items.filter((p) => p.processId === 'paths-versions');
    expect(listed.map(({ version, name }) => ({ version, name }))).to.deep.equal([
      { version: 2, name: 'Fixture: error boundary' },
    ]);
    const all = await api<{ items: { processId: string; version: number; key: string }[] }>(
      'GET',
      '/api/processes?all=true',
      { as: 'service-desk' },
    );
    expect(
      all.body.items.filter((p) => p.processId === 'paths-versions').map((p) => [p.version, p.key]),
    ).to.deep.equal([
      [1, v1.key],
      [2, v2.key],
    ]);

    // then: the XML, latest and by version
    const xml = await api<string>('GET', '/api/processes/paths-versions/xml', { as: 'auditor' });
    const xmlV1 = await api<string>('GET', '/api/processes/paths-versions/xml?version=1', {
      as: 'auditor',
    });
    const xmlV3 = await api<ErrorAnswer>('GET', '/api/processes/paths-versions/xml?version=3', {
      as: 'auditor',
    });
    expect(xml.status).to.equal(200);
    expect(xml.body).to.equal(renamedFixture('fixture-error-boundary', 'paths-versions'));
    expect(xmlV1.body).to.equal(renamedFixture('fixture-timer', 'paths-versions'));
    expect(xmlV3.status).to.equal(404);

    // then: per-version counts, before and after version 1's timer fires
    const counts = async () =>
      (
        await api<{
          items: { version: number; active: number; completed: number; incidents: number }[];
        }>('GET', '/api/processes/paths-versions/versions', { as: 'process-owner' })
      ).body.items.map(({ version, active, completed, incidents }) => ({
        version,
        active,
        completed,
        incidents,
      }));
    expect(await counts()).to.deep.equal([
      { version: 1, active: 1, completed: 0, incidents: 0 },
      { version: 2, active: 0, completed: 1, incidents: 1 },
    ]);
    await testContext().platform.engine.clock.add(2 * 60 * 60 * 1000);
    const v1Done = await instanceInState(onV1, 'completed');
    expect(v1Done.version).to.equal(1);
    expect(v1Done.elements.map((e) => e.elementId)).to.include('Timer_OneHour');
    const row = await db()('process_instances').where({ key: onV1 }).first();
    expect(row.definition_key).to.equal(v1.key);
    expect(await counts()).to.deep.equal([
      { version: 1, active: 0, completed: 1, incidents: 0 },
      { version: 2, active: 0, completed: 1, incidents: 1 },
    ]);
  });

  it('when instances are listed by process and state, only the matching ones come back', async () => {
    // given
    await deployAs('fixture-error-boundary', 'paths-filter');
    const passed = await startInstance('paths-filter', { outcome: 'pass' });
    const rejected = await startInstance('paths-filter', { outcome: 'reject' });
    const broken = await startInstance('paths-filter', { outcome: 42 });
    await instanceInState(passed, 'completed');
    await instanceInState(rejected, 'completed');
    await instanceInState(broken, 'incident');

    // when
    const list = (query: string) =>
      api<InstanceList>('GET', `/api/process-instances?${query}`, { as: 'incident-manager' });
    const completed = await list('processId=paths-filter&state=completed');
    const incident = await list('processId=paths-filter&state=incident');
    const active = await list('processId=paths-filter&state=active');
    const everything = await list('processId=paths-filter');
    const paged = await list('processId=paths-filter&limit=1&offset=1');

    // then
    expect(completed.status).to.equal(200);
    expect(completed.body.items.map((i) => i.key)).to.have.members([passed, rejected]);
    expect(completed.body.total).to.equal(2);
    expect(completed.body.items.every((i) => i.processId === 'paths-filter')).to.equal(true);
    expect(completed.body.items.every((i) => i.state === 'completed')).to.equal(true);
    expect(incident.body.items.map((i) => i.key)).to.deep.equal([broken]);
    expect(active.body).to.deep.equal({ items: [], total: 0 });
    expect(everything.body.total).to.equal(3);
    expect(paged.body.items).to.have.length(1);
    expect(paged.body.total).to.equal(3);
  });

  it('when an instance key is unknown or malformed, answers 404 and 400 naming the field', async () => {
    // when
    const unknown = await api<ErrorAnswer>('GET', '/api/process-instances/2251799813999999', {
      as: 'process-owner',
    });
    const malformed = await api<ErrorAnswer>('GET', '/api/process-instances/not-a-key', {
      as: 'process-owner',
    });
    const badIncident = await api<ErrorAnswer>(
      'POST',
      '/api/process-instances/2251799813999999/incidents/abc/resolve',
      { as: 'process-owner' },
    );
    const badState = await api<ErrorAnswer>('GET', '/api/process-instances?state=sleeping', {
      as: 'process-owner',
    });

    // then
    expect(unknown.status).to.equal(404);
    expect(unknown.body.error.code).to.equal('NOT_FOUND');
    expect(malformed.status).to.equal(400);
    expect(malformed.body.error.details.map((d) => d.field)).to.deep.equal(['key']);
    expect(badIncident.status).to.equal(400);
    expect(badIncident.body.error.details.map((d) => d.field)).to.deep.equal(['incidentKey']);
    expect(badState.status).to.equal(400);
    expect(badState.body.error.details.map((d) => d.field)).to.deep.equal(['state']);
  });
});
