import { expect } from 'chai';
import { api, deployFixture, migrationFixtureXml, startInstance, waitFor } from '../helpers/api.ts';
import { deployWorkflows } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

interface Finding {
  code: string;
  message: string;
  elementId?: string;
  params: Record<string, string>;
}
interface CheckAnswer {
  source: { version: number; definitionKey: string };
  target: { version: number; definitionKey: string };
  mapping: { sourceElementId: string; targetElementId: string }[];
  proposedMapping: { sourceElementId: string; targetElementId: string }[];
  activeElements: { elementId: string; instances: number; candidates: { elementId: string }[] }[];
  planFindings: Finding[];
  instances: {
    key: string;
    migratable: boolean;
    findings: Finding[];
    activeElementIds: string[];
  }[];
  total: number;
}
interface MigrateAnswer {
  items: { key: string; outcome: string; findings: Finding[]; engineMessage?: string }[];
  migrated: number;
  caughtUp: boolean;
}
interface TaskItem {
  id: string;
  name: string;
  state: string;
  processInstanceKey: string;
}
interface Instance {
  key: string;
  version: number;
  migratedAt?: string;
  elements: { elementId: string; state: string }[];
}

const PROCESS = 'fixture-migration';
let serial = 0;

/** Starts an instance of the latest version, linked to a record number of its own. */
async function start(): Promise<{ key: string; number: string }> {
  serial += 1;
  const number = `TST-2026-9${String(Date.now() % 100000).padStart(5, '0')}${serial}`;
  const key = await startInstance(PROCESS, {
    recordType: 'test',
    recordNumber: number,
    requestId: `mig-${number}`,
  });
  return { key, number };
}

/** The open task of a record, once the read model shows it. */
async function openTask(number: string, name?: string): Promise<TaskItem> {
  return waitFor(`the open task of ${number}${name ? ` named ${name}` : ''}`, async () => {
    const list = await api<{ items: TaskItem[] }>(
      'GET',
      `/api/tasks?record=${number}&state=open&limit=50`,
      { as: 'service-desk' },
    );
    return list.body.items.find((t) => !name || t.name === name);
  });
}

async function complete(task: TaskItem): Promise<void> {
  const claimed = await api('POST', `/api/tasks/${task.id}/claim`, { as: 'service-desk' });
  expect(claimed.status, JSON.stringify(claimed.body)).to.equal(200);
  const done = await api('POST', `/api/tasks/${task.id}/complete`, {
    as: 'service-desk',
    body: { data: {} },
  });
  expect(done.status, JSON.stringify(done.body)).to.equal(200);
}

const check = (body: object) =>
  api<CheckAnswer>('POST', '/api/process-migrations/check', { as: 'process-owner', body });
const migrate = (body: object) =>
  api<MigrateAnswer>('POST', '/api/process-migrations', { as: 'process-owner', body });

describe('running instances move to another process version', function () {
  this.timeout(120_000);
  let atReview: { key: string; number: string };
  let atOld: { key: string; number: string };
  let refusedByEngine: { key: string; number: string };
  let v1: number;
  let v2: number;
  let v3: number;

  before(async () => {
    // given three instances on version 1: two at Review, one moved on to the old step
    v1 = (await deployFixture(PROCESS, migrationFixtureXml(1))).version;
    atReview = await start();
    refusedByEngine = await start();
    atOld = await start();
    await openTask(atReview.number, 'Review');
    await openTask(refusedByEngine.number, 'Review');
    await complete(await openTask(atOld.number, 'Review'));
    await openTask(atOld.number, 'Old step');
    v2 = (await deployFixture(PROCESS, migrationFixtureXml(2))).version;
    v3 = (await deployFixture(PROCESS, migrationFixtureXml(3))).version;
    expect([v2, v3]).to.deep.equal([v1 + 1, v1 + 2]);
  });

  it('proposes the same element ids, names the unmapped element, and moves a mapped instance', async () => {
    // when all running instances of version 1 are checked against version 2
    const checked = await check({ processId: PROCESS, sourceVersion: v1, targetVersion: v2 });

    // then Review maps to Review; the old step has no counterpart and blocks its instance
    expect(checked.status, JSON.stringify(checked.body)).to.equal(200);
    const mine = checked.body.instances.filter((i) =>
      [atReview.key, atOld.key, refusedByEngine.key].includes(i.key),
    );
    expect(mine).to.have.length(3);
    expect(checked.body.proposedMapping).to.deep.include({
      sourceElementId: 'Task_Review',
      targetElementId: 'Task_Review',
    });
    expect(checked.body.proposedMapping.map((m) => m.sourceElementId)).not.to.include('Task_Old');
    expect(checked.body.planFindings).to.deep.equal([]);
    const old = mine.find((i) => i.key === atOld.key)!;
    expect(old.migratable).to.equal(false);
    expect(old.findings.map((f) => [f.code, f.elementId])).to.deep.equal([
      ['UNMAPPED_ELEMENT', 'Task_Old'],
    ]);
    const review = mine.find((i) => i.key === atReview.key)!;
    expect(review).to.include({ migratable: true });
    expect(review.activeElementIds).to.include('Task_Review');
    const oldElement = checked.body.activeElements.find((e) => e.elementId === 'Task_Old')!;
    expect(oldElement.candidates.map((c) => c.elementId)).to.deep.equal([
      'Task_Approve',
      'Task_Check',
      'Task_Review',
    ]);

    // when the instance at Review moves to version 2
    const moved = await migrate({
      processId: PROCESS,
      instanceKeys: [atReview.key],
      targetVersion: v2,
    });

    // then the read model shows it on version 2 at once, and it goes on along version 2
    expect(moved.status, JSON.stringify(moved.body)).to.equal(200);
    expect(moved.body, JSON.stringify(moved.body)).to.deep.include({ migrated: 1, caughtUp: true });
    expect(moved.body.items).to.deep.equal([
      { key: atReview.key, outcome: 'migrated', findings: [] },
    ]);
    const instance = await api<Instance>('GET', `/api/process-instances/${atReview.key}`, {
      as: 'process-owner',
    });
    expect(instance.body.version).to.equal(v2);
    expect(instance.body.migratedAt).to.be.a('string');
    const listed = await api<{ items: { key: string }[] }>(
      'GET',
      `/api/process-instances?processId=${PROCESS}&version=${v2}&limit=500`,
      { as: 'process-owner' },
    );
    expect(listed.body.items.map((i) => i.key)).to.include(atReview.key);
    await complete(await openTask(atReview.number, 'Review'));
    const next = await openTask(atReview.number, 'Approve');
    expect(next.processInstanceKey).to.equal(atReview.key);

    const audit = await testContext()
      .platform.db('audit_log')
      .where({ table_name: 'process_instances', record_id: atReview.key, action: 'migrate' })
      .first();
    expect(audit, 'the move is audited').to.not.equal(undefined);
    expect(audit.actor).to.equal('process-owner');
  });

  it('an unmapped element moves once mapped, but not onto a step with a timer boundary event', async () => {
    // when the old step is mapped to Check, which waits with a timer boundary event
    const onTimer = await check({
      processId: PROCESS,
      instanceKeys: [atOld.key],
      targetVersion: v2,
      mapping: [{ sourceElementId: 'Task_Old', targetElementId: 'Task_Check' }],
    });
    const refused = await migrate({
      processId: PROCESS,
      instanceKeys: [atOld.key],
      targetVersion: v2,
      mapping: [{ sourceElementId: 'Task_Old', targetElementId: 'Task_Check' }],
    });

    // then the platform's check names the timer and nothing is sent to the engine
    expect(onTimer.body.instances[0]!.findings.map((f) => [f.code, f.params.types])).to.deep.equal([
      ['BOUNDARY_EVENT_ON_TARGET_ELEMENT', 'Timer'],
    ]);
    expect(refused.body.items[0]).to.deep.include({ key: atOld.key, outcome: 'not-migratable' });
    expect(refused.body.migrated).to.equal(0);

    // when it is mapped to Approve instead
    const moved = await migrate({
      processId: PROCESS,
      instanceKeys: [atOld.key],
      targetVersion: v2,
      mapping: [{ sourceElementId: 'Task_Old', targetElementId: 'Task_Approve' }],
    });

    // then its task is the Approve step of version 2 in the queue
    expect(moved.body.items[0]).to.deep.include({ key: atOld.key, outcome: 'migrated' });
    const task = await openTask(atOld.number);
    expect(task.name).to.equal('Approve');
    const instance = await api<Instance>('GET', `/api/process-instances/${atOld.key}`, {
      as: 'process-owner',
    });
    expect(instance.body.elements).to.deep.include({
      elementId: 'Task_Approve',
      state: 'active',
      count: 1,
    });
    expect(instance.body.elements.map((e) => e.elementId)).not.to.include('Task_Old');
  });

  it("shows the engine's refusal beside its instance, and the instance stays where it was", async () => {
    // when the instance at Review moves to version 3, whose Review catches the same message
    // with a boundary event of another id (a rule of the engine's state, not of the diagrams)
    const checked = await check({
      processId: PROCESS,
      instanceKeys: [refusedByEngine.key],
      targetVersion: v3,
    });
    const answer = await migrate({
      processId: PROCESS,
      instanceKeys: [refusedByEngine.key],
      targetVersion: v3,
    });

    // then the platform found nothing, the engine refused, and the refusal is kept and audited
    expect(checked.body.instances[0]!.migratable).to.equal(true);
    expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
    const item = answer.body.items[0]!;
    expect(item.outcome).to.equal('refused');
    expect(item.engineMessage).to.match(/Expected to migrate process instance/);
    expect(item.engineMessage).to.include('fixture-migration-withdrawn');
    const instance = await api<Instance>('GET', `/api/process-instances/${refusedByEngine.key}`, {
      as: 'process-owner',
    });
    expect(instance.body.version).to.equal(v1);
    const audit = await testContext()
      .platform.db('audit_log')
      .where({ record_id: refusedByEngine.key, action: 'migrate-refused' })
      .first();
    expect(audit).to.not.equal(undefined);
  });

  it("the platform's incident process is not migratable, with the reason", async () => {
    // given the shipped diagrams deployed
    await deployWorkflows();
    const versions = await api<{ items: { version: number }[] }>(
      'GET',
      '/api/processes/incident-management/versions',
      { as: 'process-owner' },
    );
    const latest = Math.max(...versions.body.items.map((v) => v.version));

    // when
    const checked = await check({
      processId: 'incident-management',
      sourceVersion: latest,
      targetVersion: latest,
    });

    // then
    expect(checked.status, JSON.stringify(checked.body)).to.equal(200);
    expect(checked.body.planFindings.map((f) => f.code)).to.include.members([
      'SAME_VERSION',
      'EVENT_SUB_PROCESS_IN_SOURCE',
    ]);
    const reason = checked.body.planFindings.find((f) => f.code === 'EVENT_SUB_PROCESS_IN_SOURCE');
    expect(reason!.message).to.match(
      /has an event sub-process \(\w+\): Zeebe 8\.5 cannot migrate instances of a process with event sub-processes/,
    );
  });

  it('refuses a request that names no instances, instances of two versions, or an unknown version', async () => {
    const neither = await check({ processId: PROCESS, targetVersion: v2 });
    const mixed = await check({
      processId: PROCESS,
      instanceKeys: [atReview.key, refusedByEngine.key],
      targetVersion: v3,
    });
    const unknown = await check({ processId: PROCESS, sourceVersion: v1, targetVersion: 999 });
    const notOwner = await api('POST', '/api/process-migrations', {
      as: 'service-desk',
      body: { processId: PROCESS, sourceVersion: v1, targetVersion: v2 },
    });

    expect(neither.status).to.equal(400);
    expect(mixed.status).to.equal(400);
    expect(JSON.stringify(mixed.body)).to.match(/one version/);
    expect(unknown.status).to.equal(404);
    expect(JSON.stringify(unknown.body)).to.include('Version 999 of process fixture-migration');
    expect(notOwner.status).to.equal(403);
  });
});
