import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { projectRoot } from '../../lib/paths.ts';
import { repositoryResources } from '../../platform/platform.ts';
import { api, deployFixture, fixtureXml, startInstance, waitFor } from '../helpers/api.ts';
import { rowCounts } from '../helpers/db-snapshot.ts';
import { deployWorkflows } from '../helpers/incidents.ts';
import { log, testContext } from '../helpers/test-platform.ts';

/**
 * Crash and restart mid-run: the engine, the projector (as its own process, `kill -9` in the
 * middle of a batch) and Postgres, each with instances in flight. Afterwards the read model
 * must be complete and hold everything once, and every record the exporter wrote must have
 * been projected.
 */

const PROCESS_ID = 'recovery-service-user';
/** The elements one instance of the process runs, besides the process itself. */
const ELEMENTS = ['EndEvent_Done', 'StartEvent_Requested', 'Task_Echo', 'Task_Review'];
/** The element records the exporter sends (the projector's, lib/engine-records.ts). */
const LIFECYCLE = ['ELEMENT_ACTIVATING', 'ELEMENT_COMPLETED'];
const USER_TASK_LIFECYCLE = ['CREATED', 'ASSIGNED', 'COMPLETED'];
/** How the projector process shows itself in pg_stat_activity. */
const PROJECTOR_APP = 'itsm-projector-recovery-test';

async function startInstances(count: number, label: string): Promise<string[]> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      startInstance(PROCESS_ID, { recordType: 'test', recordNumber: `REC-${label}-${i + 1}` }),
    ),
  );
  const keys = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return keys;
}

/** One start request of a stream and the API's answer to it. */
interface StartAttempt {
  recordNumber: string;
  status: number;
  code?: string;
  message?: string;
  key?: string;
}

/** Starts instances through the API every 25 ms until stopped; resolves with every answer. */
function startStream(label: string): { stop(): Promise<StartAttempt[]> } {
  let running = true;
  const attempts: Promise<StartAttempt>[] = [];
  const loop = (async () => {
    for (let i = 1; running; i++) {
      const recordNumber = `REC-${label}-stream-${i}`;
      attempts.push(
        api<{ key?: string; error?: { code: string; message: string } }>(
          'POST',
          '/api/process-instances',
          {
            as: 'process-owner',
            body: { processId: PROCESS_ID, variables: { recordType: 'test', recordNumber } },
          },
        ).then(
          (res) => ({
            recordNumber,
            status: res.status,
            key: res.status === 201 ? res.body.key : undefined,
            code: res.body.error?.code,
            message: res.body.error?.message,
          }),
          (err: Error) => ({ recordNumber, status: 0, message: err.message }),
        ),
      );
      await sleep(25);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return Promise.all(attempts);
    },
  };
}

/**
 * One line for the starts whose error answer said "nothing was changed" although the engine
 * created the instance (the request reached the engine; only its answer was lost).
 */
function describeCreatedAnyway(attempts: StartAttempt[]): string[] {
  if (!attempts.length) return [];
  const byAnswer = new Map<string, string[]>();
  for (const a of attempts) {
    const answer = `${a.status} ${a.code}: "${a.message?.slice(0, 160)}"`;
    byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), a.recordNumber]);
  }
  return [
    `${attempts.length} start(s) answered that nothing was changed, but the engine created ` +
      'the instance (engine/client.ts classify and the error handler; see the report): ' +
      [...byAnswer].map(([answer, numbers]) => `${numbers.join(', ')} got ${answer}`).join('; '),
  ];
}

/** Keys of the instances in the read model whose record number carries the label. */
async function instancesLabelled(db: Knex, label: string): Promise<string[]> {
  const rows: { key: string }[] = await db('process_instances')
    .where({ process_id: PROCESS_ID })
    .andWhere('record_number', 'like', `REC-${label}-%`)
    .select('key');
  return rows.map((r) => r.key);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Claims and completes each instance's user task through the API, as a person would. */
async function completeTasks(db: Knex, keys: string[], timeoutMs = 30_000): Promise<void> {
  await Promise.all(
    keys.map(async (key) => {
      const task = await waitFor(
        `the user task of ${key}`,
        async (): Promise<{ key: string } | undefined> =>
          db('tasks').where({ process_instance_key: key }).first('key'),
        timeoutMs,
      );
      const claimed = await api('POST', `/api/tasks/${task.key}/claim`, { as: 'service-desk' });
      expect(claimed.status, JSON.stringify(claimed.body)).to.equal(200);
      const completed = await api('POST', `/api/tasks/${task.key}/complete`, {
        as: 'service-desk',
        body: { data: {} },
      });
      expect(completed.status, JSON.stringify(completed.body)).to.equal(200);
    }),
  );
}

interface RawRecord {
  position: number;
  record_key: string;
  value_type: string;
  intent: string;
  element_id: string | null;
  element_type: string | null;
  instance_key: string;
}

/**
 * Waits until the engine finished the instances and the projector caught up with the
 * exporter, then checks the read model against the raw records and the process model.
 */
async function expectCompleteReadModel(db: Knex, keys: string[], label: string): Promise<void> {
  await waitFor(
    'the instances to complete and the projector to catch up with the exporter',
    async () => {
      const done = await db('process_instances')
        .whereIn('key', keys)
        .andWhere({ state: 'completed' })
        .count<{ n: number }[]>('* as n');
      if (done[0]!.n !== keys.length) return false;
      // on every partition (ENGINE_PARTITIONS may be more than 1): the cursor on the last record
      // written, and that is the exporter's stored position: no record the exporter wrote is
      // left unprojected
      for (const partition of await partitions(db)) {
        const written = await db('engine_records')
          .where({ partition_id: partition })
          .max<{ max: number }[]>('position as max');
        const cursor = await db('projector_cursors')
          .where({ name: 'read-model', partition_id: partition })
          .first('position');
        const exported = await db('exporter_positions')
          .where({ partition_id: partition })
          .first('position');
        const last = written[0]!.max;
        if (cursor?.position !== last || exported?.position !== last) return false;
      }
      return true;
    },
    60_000,
  );

  // the raw records: every element of every instance went through its whole lifecycle
  // exactly once, so the exporter lost and doubled nothing across the crash
  const raw: RawRecord[] = await db('engine_records')
    .whereRaw("record->'value'->>'processInstanceKey' = any(?)", [keys])
    .orderBy(['partition_id', 'position'])
    .select(
      'position',
      db.raw('record_key::text as record_key'),
      'value_type',
      'intent',
      db.raw("record->'value'->>'elementId' as element_id"),
      db.raw("record->'value'->>'bpmnElementType' as element_type"),
      db.raw("record->'value'->>'processInstanceKey' as instance_key"),
    );
  for (const key of keys) {
    const mine = raw.filter((r) => r.instance_key === key);
    const lifecycles = new Map<string, string[]>();
    for (const r of mine.filter(
      (x) => x.value_type === 'PROCESS_INSTANCE' && x.element_type !== 'SEQUENCE_FLOW',
    )) {
      const id = `${r.element_id}@${r.record_key}`;
      lifecycles.set(id, [...(lifecycles.get(id) ?? []), r.intent]);
    }
    expect(
      [...lifecycles.keys()].map((id) => id.split('@')[0]).sort(),
      `elements of ${key}`,
    ).to.deep.equal([...ELEMENTS, PROCESS_ID].sort());
    for (const [id, intents] of lifecycles)
      expect(intents, `lifecycle of ${id} in ${key}`).to.deep.equal(LIFECYCLE);
    expect(
      mine.filter((r) => r.value_type === 'USER_TASK').map((r) => r.intent),
      `user task records of ${key}`,
    ).to.deep.equal(USER_TASK_LIFECYCLE);
  }

  // the read model: each instance once, completed, with its record link; the element
  // instances the engine ran, each once and completed; one completed task per instance
  const instances = await db('process_instances').whereIn('key', keys).orderBy('key');
  expect(instances.map((i) => i.key)).to.deep.equal([...keys].sort());
  for (const i of instances) {
    expect(i.state, i.key).to.equal('completed');
    expect(i.record_number, i.key).to.match(/^REC-/);
    expect(i.ended_at, i.key).to.be.instanceOf(Date);
  }
  const elements = await db('element_instances').whereIn('process_instance_key', keys);
  const engineElements = new Set(
    raw
      .filter(
        (r) =>
          r.value_type === 'PROCESS_INSTANCE' &&
          r.element_type !== 'SEQUENCE_FLOW' &&
          r.element_type !== 'PROCESS',
      )
      .map((r) => r.record_key),
  );
  expect(elements.map((e) => e.key).sort()).to.deep.equal([...engineElements].sort());
  expect(elements).to.have.length(keys.length * ELEMENTS.length);
  expect(elements.filter((e) => e.state !== 'completed')).to.deep.equal([]);
  const tasks = await db('tasks').whereIn('process_instance_key', keys);
  expect(tasks.map((t) => t.process_instance_key).sort()).to.deep.equal([...keys].sort());
  expect(
    tasks.filter((t) => t.state !== 'completed' || t.assignee !== 'service-desk'),
  ).to.deep.equal([]);
  const echoed = await db('variables')
    .whereIn('process_instance_key', keys)
    .andWhere({ name: 'echoed' });
  expect(echoed.map((v) => v.value)).to.deep.equal(keys.map(() => true));

  // and nothing else: no instance with this test's label beyond the ones expected
  expect((await instancesLabelled(db, label)).sort()).to.deep.equal([...keys].sort());
}

/** The projector as its own process (`npm run projector`), in batches of 5. */
function spawnProjector(databaseUrl: string): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/projector.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PROJECTOR_BATCH_SIZE: '5',
      PGAPPNAME: PROJECTOR_APP,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

/** Connections of the projector process, and how many of them are inside a transaction. */
async function connections(db: Knex): Promise<{ all: number; inTransaction: number }> {
  const res = await db.raw<{ rows: { total: number; in_transaction: number }[] }>(
    'select count(*)::int as total, count(xact_start)::int as in_transaction' +
      ' from pg_stat_activity where application_name = ?',
    [PROJECTOR_APP],
  );
  return { all: res.rows[0]!.total, inTransaction: res.rows[0]!.in_transaction };
}

/** The engine's partitions the exporter has written for. */
async function partitions(db: Knex): Promise<number[]> {
  const rows: { partition_id: number }[] = await db('exporter_positions')
    .distinct('partition_id')
    .orderBy('partition_id');
  return rows.map((r) => r.partition_id);
}

/** Raw records past the read model's cursor, over every partition. */
async function unprojected(db: Knex): Promise<number> {
  let n = 0;
  for (const partition of await partitions(db)) {
    const cursor = await db('projector_cursors')
      .where({ name: 'read-model', partition_id: partition })
      .first('position');
    const left = await db('engine_records')
      .where({ partition_id: partition })
      .andWhere('position', '>', cursor?.position ?? -1)
      .count<{ n: number }[]>('* as n');
    n += Number(left[0]!.n);
  }
  return n;
}

describe('recovery: engine, projector and Postgres stopped and started mid-run', function () {
  this.timeout(120_000);
  let db: Knex;

  before(async () => {
    db = testContext().platform.db;
    await deployFixture(PROCESS_ID);
    // Restarting the live projector restarts its prune timer (retention 0 in tests), so no
    // pruning removes the raw records these tests read back for the next ten minutes.
    await testContext().platform.projector!.stop();
    testContext().platform.projector!.start();
  });

  it('when the engine restarts with instances in flight, the read model ends complete with no duplicate and the instances go on at once', async function () {
    this.timeout(180_000);
    // given: the engine clock moved forward (as the timer tests do), and instances started
    // one after another until just after the engine is told to stop
    const { infra, platform } = testContext();
    const label = 'engine';
    await platform.engine.clock.add(3600_000);
    const engineTimeBefore = await platform.engine.clock.now();
    const before = await startInstances(4, label);
    const stream = startStream(label);
    await sleep(300);

    // when
    const restarting = infra.restartEngine();
    restarting.catch(() => undefined); // awaited below, after the stream stops
    await sleep(300);
    const attempts = await stream.stop();
    await restarting;
    const engineBack = Date.now();
    // the platform's client reconnects by itself (gRPC reconnect backoff, at most 10 s)
    await platform.engine.waitForTopology(30_000);
    const reconnectMs = Date.now() - engineBack;
    expect(
      await platform.engine.clock.now(),
      'engine time after the restart (it must not go back behind stored deadlines and timers)',
    ).to.be.at.least(engineTimeBefore);
    const back = Date.now();
    const after = await startInstances(2, `${label}-after`);
    const answered = [...before, ...attempts.flatMap((a) => (a.key ? [a.key] : [])), ...after];
    const keys = await waitFor(
      'every instance at its user task',
      async () => {
        const mine = await instancesLabelled(db, label);
        const tasks = await db('tasks')
          .whereIn('process_instance_key', mine)
          .count<{ n: number }[]>('* as n');
        return answered.every((k) => mine.includes(k)) && tasks[0]!.n === mine.length && mine;
      },
      90_000,
    );
    const stalledMs = Date.now() - back;
    log.info(
      `engine restart: ${attempts.length} streamed starts, ${answered.length} answered 201, ` +
        `${keys.length} instances in the engine; client back ${reconnectMs} ms after the engine ` +
        `was ready; every instance at its user task ${stalledMs} ms later`,
    );
    await completeTasks(db, keys);

    // then
    await expectCompleteReadModel(db, keys, label);
    expect(reconnectMs, 'ms until the engine client reconnected').to.be.below(15_000);
    const createdAnyway = await db('process_instances')
      .whereIn('key', keys)
      .select('record_number');
    // A job the restart cut off (its activation or its completion lost on the way) is handed
    // out again only after its timeout (60 s; the broker checks every 30 s): slow, not stuck.
    expect(stalledMs, 'ms until every in-flight instance reached its user task').to.be.below(
      100_000,
    );
    const problems = describeCreatedAnyway(
      attempts.filter(
        (a) =>
          a.status !== 201 &&
          /nothing was changed/.test(a.message ?? '') &&
          createdAnyway.some((r) => r.record_number === a.recordNumber),
      ),
    );
    expect(problems).to.deep.equal([]);
  });

  it('when the engine cannot be reached, reporting an incident answers 503 and keeps nothing, not even its number', async function () {
    this.timeout(180_000);
    const { infra, platform } = testContext();
    await deployWorkflows();
    const report = (title: string) =>
      api<{ number: string }>('POST', '/api/incidents', {
        as: 'service-desk',
        body: { title, channel: 'phone', impact: 3, urgency: 3, reporter: { name: '测试' } },
      });
    const first = await report('before the engine stops');
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    const counted = ['incidents', 'sla_clocks', 'sla_events', 'record_activities'];
    const before = await rowCounts(db, counted);

    const restarting = infra.restartEngine();
    restarting.catch(() => undefined);
    await waitFor('the engine to be down', async () => !(await platform.engine.isReady()), 30_000);
    const refused = await report('while the engine is down');
    await restarting;
    await platform.engine.waitForTopology(30_000);

    expect(refused.status, JSON.stringify(refused.body)).to.equal(503);
    expect(JSON.stringify(refused.body))
      .to.match(/engine/i)
      .and.not.match(/at .*\.ts:\d+/);
    expect(await rowCounts(db, counted), 'nothing kept').to.deep.equal(before);
    const after = await report('after the engine is back');
    expect(after.status, JSON.stringify(after.body)).to.equal(201);
    const sequence = (n: string) => Number(n.split('-')[2]);
    expect(sequence(after.body.number), 'no number used up').to.equal(
      sequence(first.body.number) + 1,
    );
  });

  it('when the projector process is killed -9 mid-batch and started again, the read model ends complete with no duplicate', async () => {
    // given
    const { infra, platform } = testContext();
    const label = 'projector';
    await platform.projector!.stop();
    let projector = spawnProjector(infra.databaseUrl);
    try {
      await waitFor(
        'the projector process to connect',
        async () => (await connections(db)).all > 0,
        // A child process starting tsx takes long on a loaded 2-core machine.
        60_000,
      );

      // when
      const starting = startInstances(8, label);
      const behind = await waitFor(
        'a batch of the projector process in progress with records left to project',
        async () => {
          if ((await connections(db)).inTransaction === 0) return false;
          const left = await unprojected(db);
          if (left === 0) return false;
          projector.child.kill('SIGKILL');
          return left;
        },
        30_000,
      ).catch((err: Error) => {
        throw new Error(`${err.message}\nprojector output:\n${projector.output()}`);
      });
      expect(await exited(projector.child)).to.equal('SIGKILL');
      expect(behind, 'records still to project when it was killed').to.be.greaterThan(0);
      const keys = await starting;
      projector = spawnProjector(infra.databaseUrl);
      await completeTasks(db, keys);

      // then
      await expectCompleteReadModel(db, keys, label);
      expect(projector.child.exitCode, projector.output()).to.equal(null);
    } finally {
      projector.child.kill('SIGTERM');
      await exited(projector.child);
      platform.projector!.start();
    }
  });

  it('when Postgres restarts with instances in flight, the read model ends complete with no duplicate', async () => {
    // given
    const { infra, platform } = testContext();
    const label = 'postgres';
    const keys = await startInstances(4, label);

    // when: Postgres restarts while the engine keeps starting instances (straight through the
    // engine client: the API reads Postgres first), so the exporter must hold them and retry
    const restarting = infra.restartPostgres();
    let done = false;
    void restarting.finally(() => (done = true)).catch(() => undefined);
    for (let i = 1; !done; i++) {
      const variables = { recordType: 'test', recordNumber: `REC-${label}-during-${i}` };
      keys.push((await platform.engine.createInstance(PROCESS_ID, variables)).key);
      await sleep(50);
    }
    await restarting;
    keys.push(...(await startInstances(2, `${label}-after`)));
    await completeTasks(db, keys);

    // then
    await expectCompleteReadModel(db, keys, label);
  });

  it("when the platform restarts after a process owner's deploy, keeps the owner's version as the latest", async () => {
    // given: a repository workflows/ folder with one diagram, deployed on the first start
    const { services } = testContext().platform;
    const processId = 'recovery-owner-deploy';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'itsm-recovery-workflows-'));
    const file = path.join(dir, `${processId}.bpmn`);
    const named = (name: string) =>
      fixtureXml(PROCESS_ID)
        .replaceAll(PROCESS_ID, processId)
        .replace('Recovery: service task then user task', name);
    /** What startPlatform does with `deployOnStart` (`force`: `npm run deploy -- --force`). */
    const deployOnStart = async (force = false) => {
      const all = repositoryResources(dir);
      const files = force ? all : await services.deployments.changedSinceLastRepositoryDeploy(all);
      if (!files.length) return [];
      return (await services.deployments.deploy(files, { source: 'repository' })).processes.map(
        (p) => p.version,
      );
    };
    const latest = async () => {
      const versions = await api<{ items: { version: number }[] }>(
        'GET',
        `/api/processes/${processId}/versions`,
        { as: 'process-owner' },
      );
      const xml = await api<string>('GET', `/api/processes/${processId}/xml`, {
        as: 'process-owner',
      });
      const name = /<bpmn:process id="[^"]+" name="([^"]+)"/.exec(xml.body)?.[1];
      return { version: Math.max(...versions.body.items.map((v) => v.version)), name };
    };
    try {
      writeFileSync(file, named('Repository v1'));
      const firstStart = await deployOnStart();

      // when: the owner deploys from the modeler, then the platform restarts
      const owner = await deployFixture(processId, named('Owner edit'));
      const restart = await deployOnStart();
      const afterRestart = await latest();
      // the file changes in the repository, the platform restarts again
      writeFileSync(file, named('Repository v3'));
      const changed = await deployOnStart();
      const afterChange = await latest();
      // the owner deploys again; an operator deploys the repository with --force
      await deployFixture(processId, named('Owner edit 2'));
      const unforced = await deployOnStart();
      const forced = await deployOnStart(true);
      const afterForce = await latest();

      // then
      expect(firstStart).to.deep.equal([1]);
      expect(owner.version).to.equal(2);
      expect(restart, 'the restart deploys nothing').to.deep.equal([]);
      expect(afterRestart).to.deep.equal({ version: 2, name: 'Owner edit' });
      expect(changed).to.deep.equal([3]);
      expect(afterChange).to.deep.equal({ version: 3, name: 'Repository v3' });
      expect(unforced).to.deep.equal([]);
      expect(forced).to.deep.equal([5]);
      expect(afterForce).to.deep.equal({ version: 5, name: 'Repository v3' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
