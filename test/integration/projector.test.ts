import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { parseRecordJson } from '../../db/projector/engine-record.ts';
import { backfillElementLabels, createReadModelHandlers } from '../../db/projector/handlers.ts';
import { createProjector, type Projector } from '../../db/projector/projector.ts';
import { projectRoot } from '../../lib/paths.ts';
import { describeProcess } from '../../platform/platform.ts';
import { log, testContext } from '../helpers/test-platform.ts';

/**
 * The projector on record sequences recorded from the real engine (test/fixtures/records,
 * made by capture.ts there), inserted into engine_records under a fake partition id (9xx)
 * with the engine keys moved to 9_000_000_000_000_000_000 + n, so nothing collides with
 * what the live engine exports in the same database.
 */

const RECORDED_PROCESS = 'recorded-service-user';
const RECORDED_FORM = `${RECORDED_PROCESS}.review`;
const FAKE_KEY_BASE = 9_000_000_000_000_000_000n;
const FAKE_PARTITION_MIN = 900;
const PROJECTOR_NAME = 'projector-test';
const EXPORTER_ID = 'projector-test';

/** A recorded engine record, as the exporter would store it in one fake partition. */
interface Recorded {
  position: number;
  key: string;
  valueType: string;
  intent: string;
  timestamp: number;
  value: Record<string, unknown>;
  /** The record's JSON with numeric keys, as `record.toJson()` writes it. */
  json: string;
}

/** Same regex as parseRecordJson: integers of 16+ digits in value position are engine keys. */
const BIG_INT = /([:[,]\s*)(\d{16,})(?=\s*[,}\]])/g;

/**
 * Reads a recorded sequence and moves it into `partitionId`, every engine key mapped (in
 * order) to FAKE_KEY_BASE + n. The same file always maps to the same fake keys.
 */
function loadRecording(file: string, partitionId: number): Recorded[] {
  const text = readFileSync(path.join(projectRoot, 'test', 'fixtures', 'records', file), 'utf8');
  const realKeys = [...new Set([...text.matchAll(BIG_INT)].map((m) => m[2]!))].sort((a, b) =>
    BigInt(a) < BigInt(b) ? -1 : 1,
  );
  const fake = new Map(realKeys.map((k, i) => [k, String(FAKE_KEY_BASE + BigInt(i + 1))]));
  const moved = text
    .replace(BIG_INT, (_m, before: string, key: string) => `${before}${fake.get(key)}`)
    .replace(/"partitionId":\s*1\b/g, `"partitionId": ${partitionId}`);
  const parsed = parseRecordJson(moved) as unknown as Record<string, unknown>[];
  return parsed.map((r) => ({
    position: Number(r.position),
    key: String(r.key),
    valueType: String(r.valueType),
    intent: String(r.intent),
    timestamp: Number(r.timestamp),
    value: r.value as Record<string, unknown>,
    // parseRecordJson made the keys strings; write them back as the numbers the engine sends.
    json: JSON.stringify(r).replace(/"(9\d{18})"/g, '$1'),
  }));
}

/** Every fake engine key of a recording (for clean-up and for reading back its rows). */
function keysOf(records: Recorded[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const m of r.json.matchAll(/\b9\d{18}\b/g)) keys.add(m[0]);
  return [...keys];
}

/** Appends records as the exporter does: idempotent per position, then its position. */
async function exportRecords(
  db: Knex,
  partitionId: number,
  records: Recorded[],
  options: { positionOffset?: number; exportedAt?: Date } = {},
): Promise<void> {
  const offset = options.positionOffset ?? 0;
  await db.transaction(async (trx) => {
    for (const r of records) {
      await trx('engine_records')
        .insert({
          partition_id: partitionId,
          position: r.position + offset,
          record_key: r.key,
          value_type: r.valueType,
          intent: r.intent,
          record_timestamp: new Date(r.timestamp),
          record: trx.raw('?::jsonb', [
            offset ? r.json.replace(/"position":\d+/, `"position":${r.position + offset}`) : r.json,
          ]),
          ...(options.exportedAt ? { exported_at: options.exportedAt } : {}),
        })
        .onConflict(['partition_id', 'position'])
        .ignore();
    }
    const last = Math.max(...records.map((r) => r.position + offset));
    await trx('exporter_positions')
      .insert({ exporter_id: EXPORTER_ID, partition_id: partitionId, position: last })
      .onConflict(['exporter_id', 'partition_id'])
      .merge({ position: trx.raw('greatest(exporter_positions.position, excluded.position)') });
  });
}

/**
 * Runs the test projector over what is exported now. Its cursors on the live partitions
 * start at their head, so it replays only the recorded (fake) partitions, and are removed
 * afterwards, so its pruning never touches live records.
 */
async function project(db: Knex, projector: Projector): Promise<number> {
  const live: { partition_id: number; position: number | null }[] = await db('exporter_positions')
    .leftJoin('engine_records', 'engine_records.partition_id', 'exporter_positions.partition_id')
    .where('exporter_positions.partition_id', '<', FAKE_PARTITION_MIN)
    .groupBy('exporter_positions.partition_id')
    .select('exporter_positions.partition_id', db.raw('max(engine_records.position) as position'));
  for (const p of live) {
    await db('projector_cursors')
      .insert({
        name: PROJECTOR_NAME,
        partition_id: p.partition_id,
        position: p.position ?? -1,
        updated_at: new Date(),
      })
      .onConflict(['name', 'partition_id'])
      .merge();
  }
  try {
    return await projector.catchUp();
  } finally {
    await db('projector_cursors')
      .where({ name: PROJECTOR_NAME })
      .andWhere('partition_id', '<', FAKE_PARTITION_MIN)
      .delete();
  }
}

async function cursorOf(db: Knex, partitionId: number): Promise<number | undefined> {
  const row = await db('projector_cursors')
    .where({ name: PROJECTOR_NAME, partition_id: partitionId })
    .first('position');
  return row?.position;
}

async function setCursor(db: Knex, partitionId: number, position: number): Promise<void> {
  await db('projector_cursors')
    .where({ name: PROJECTOR_NAME, partition_id: partitionId })
    .update({ position });
}

/** Every read-model row that a recording's keys reach, in a stable order. */
async function readModelOf(db: Knex, keys: string[]) {
  return {
    processDefinitions: await db('process_definitions').whereIn('key', keys).orderBy('key'),
    forms: await db('forms').whereIn('key', keys).orderBy('key'),
    processInstances: await db('process_instances').whereIn('key', keys).orderBy('key'),
    elementInstances: await db('element_instances').whereIn('key', keys).orderBy('key'),
    incidents: await db('engine_incidents').whereIn('key', keys).orderBy('key'),
    variables: await db('variables')
      .whereIn('process_instance_key', keys)
      .orderBy(['scope_key', 'name']),
    tasks: await db('tasks').whereIn('key', keys).orderBy('key'),
  };
}

async function removeFakeRows(db: Knex, keys: string[]): Promise<void> {
  await db('engine_records').where('partition_id', '>=', FAKE_PARTITION_MIN).delete();
  await db('exporter_positions').where({ exporter_id: EXPORTER_ID }).delete();
  await db('projector_cursors')
    .where({ name: PROJECTOR_NAME })
    .orWhere('partition_id', '>=', FAKE_PARTITION_MIN)
    .delete();
  for (const table of [
    'tasks',
    'engine_incidents',
    'element_instances',
    'process_instances',
    'forms',
    'process_definitions',
  ])
    await db(table).whereIn('key', keys).delete();
  await db('variables').whereIn('process_instance_key', keys).delete();
}

/** The instances and other keys of the recorded service-and-user-task scenario. */
function scenarioKeys(records: Recorded[]) {
  const processEnd = (intent: string) =>
    records.find(
      (r) =>
        r.valueType === 'PROCESS_INSTANCE' &&
        r.value.bpmnElementType === 'PROCESS' &&
        r.intent === intent,
    )!;
  const created = (valueType: string) =>
    records.find((r) => r.valueType === valueType && r.intent === 'CREATED')!;
  const a = processEnd('ELEMENT_COMPLETED');
  const b = processEnd('ELEMENT_TERMINATED');
  const userTasks = records.filter((r) => r.valueType === 'USER_TASK' && r.intent === 'CREATED');
  const taskOf = (instance: string) =>
    userTasks.find((t) => String(t.value.processInstanceKey) === instance)!.key;
  return {
    definition: created('PROCESS').key,
    form: created('FORM').key,
    instanceA: a.key,
    instanceB: b.key,
    taskA: taskOf(a.key),
    taskB: taskOf(b.key),
    incident: created('INCIDENT').key,
    lastPosition: Math.max(...records.map((r) => r.position)),
    timeOf: (key: string, intent: string) =>
      new Date(records.find((r) => r.key === key && r.intent === intent)!.timestamp),
  };
}

describe('the projector on recorded engine record sequences', () => {
  let db: Knex;
  let projector: Projector;
  const recordedKeys = keysOf(loadRecording('service-user-task.json', 0));

  before(async () => {
    db = testContext().platform.db;
    // The live projector would project the fake partitions too (and prune them at retention
    // 0): paused here, so every row below is this suite's projector's doing.
    await testContext().platform.projector?.stop();
    await removeFakeRows(db, recordedKeys);
  });

  beforeEach(() => {
    projector = createProjector(db, createReadModelHandlers(describeProcess), log, {
      name: PROJECTOR_NAME,
      batchSize: 7,
      retentionMs: 24 * 3600_000,
      // Only the recordings: the live engine's partitions keep exporting meanwhile (with
      // several partitions a live record slipped into the counts).
      partitions: (id) => id >= FAKE_PARTITION_MIN,
    });
  });

  afterEach(async () => {
    await projector.stop();
    await removeFakeRows(db, recordedKeys);
  });

  after(() => {
    testContext().platform.projector?.start();
  });

  it('when a recorded service-task and user-task sequence is projected, builds every read-model row', async () => {
    // given
    const partition = 901;
    const records = loadRecording('service-user-task.json', partition);
    const k = scenarioKeys(records);
    await exportRecords(db, partition, records);

    // when
    const projected = await project(db, projector);

    // then
    expect(projected).to.equal(records.length);
    expect(await cursorOf(db, partition)).to.equal(k.lastPosition);
    const rows = await readModelOf(db, recordedKeys);

    expect(rows.processDefinitions).to.have.length(1);
    const definition = rows.processDefinitions[0];
    expect(definition).to.include({
      key: k.definition,
      process_id: RECORDED_PROCESS,
      version: 1,
      name: 'Recorded: service task then user task',
      resource_name: `${RECORDED_PROCESS}.bpmn`,
    });
    expect(definition.xml).to.include(`<bpmn:process id="${RECORDED_PROCESS}"`);
    expect(definition.checksum).to.match(/^[0-9a-f]{32}$/);
    expect(definition.element_names).to.include({ Task_Echo: 'Echo', Task_Review: 'Review' });
    expect(definition.element_labels, 'the recorded diagram has no label.zh-CN').to.deep.equal({});
    expect(definition.deployed_at.getTime()).to.equal(k.timeOf(k.definition, 'CREATED').getTime());

    expect(rows.forms).to.have.length(1);
    expect(rows.forms[0]).to.include({ key: k.form, form_id: RECORDED_FORM, version: 1 });
    expect(rows.forms[0].schema.id).to.equal(RECORDED_FORM);
    expect(rows.forms[0].schema.components.map((c: { key: string }) => c.key)).to.deep.equal([
      'comment',
      'decision',
      'score',
    ]);

    const instances = new Map(rows.processInstances.map((r) => [r.key, r]));
    expect(rows.processInstances).to.have.length(2);
    expect(instances.get(k.instanceA)).to.deep.include({
      process_id: RECORDED_PROCESS,
      version: 1,
      definition_key: k.definition,
      state: 'completed',
      parent_instance_key: null,
      record_type: 'test',
      record_number: 'TST-2026-000042',
      started_at: k.timeOf(k.instanceA, 'ELEMENT_ACTIVATING'),
      ended_at: k.timeOf(k.instanceA, 'ELEMENT_COMPLETED'),
    });
    expect(instances.get(k.instanceB)).to.deep.include({
      state: 'canceled',
      record_type: null,
      record_number: null,
      ended_at: k.timeOf(k.instanceB, 'ELEMENT_TERMINATED'),
    });

    const elementsOf = (instance: string) =>
      rows.elementInstances
        .filter((e) => e.process_instance_key === instance)
        .map((e) => `${e.element_id}:${e.element_type}:${e.state}:${e.ended_at ? 'ended' : '-'}`)
        .sort();
    expect(elementsOf(k.instanceA)).to.deep.equal([
      'EndEvent_Done:END_EVENT:completed:ended',
      'StartEvent_Requested:START_EVENT:completed:ended',
      'Task_Echo:SERVICE_TASK:completed:ended',
      'Task_Review:USER_TASK:completed:ended',
    ]);
    expect(elementsOf(k.instanceB)).to.deep.equal([
      'StartEvent_Requested:START_EVENT:completed:ended',
      'Task_Echo:SERVICE_TASK:completed:ended',
      'Task_Review:USER_TASK:terminated:ended',
    ]);

    expect(rows.incidents).to.have.length(1);
    const reviewOfB = rows.elementInstances.find(
      (e) => e.process_instance_key === k.instanceB && e.element_id === 'Task_Review',
    );
    expect(rows.incidents[0]).to.deep.include({
      key: k.incident,
      process_instance_key: k.instanceB,
      element_instance_key: reviewOfB.key,
      element_id: 'Task_Review',
      job_key: null,
      error_type: 'EXTRACT_VALUE_ERROR',
      state: 'resolved',
      created_at: k.timeOf(k.incident, 'CREATED'),
      resolved_at: k.timeOf(k.incident, 'RESOLVED'),
    });
    expect(rows.incidents[0].error_message).to.include("Invalid date-time format 'not a date'");

    const variablesOf = (instance: string) =>
      Object.fromEntries(
        rows.variables
          .filter((v) => v.process_instance_key === instance)
          .map((v) => [v.name, v.value]),
      );
    expect(variablesOf(k.instanceA)).to.deep.equal({
      dueAt: '2026-12-01T10:00:00Z',
      recordType: 'test',
      recordNumber: 'TST-2026-000042',
      echoed: true,
      comment: 'fine',
      decision: 'approve',
      score: 4,
    });
    expect(variablesOf(k.instanceB), 'the updated value wins').to.deep.equal({
      dueAt: '2026-12-02T08:30:00Z',
      echoed: true,
    });

    const tasks = new Map(rows.tasks.map((t) => [t.key, t]));
    expect(rows.tasks).to.have.length(2);
    expect(tasks.get(k.taskA)).to.deep.include({
      process_instance_key: k.instanceA,
      process_id: RECORDED_PROCESS,
      definition_key: k.definition,
      element_id: 'Task_Review',
      name: 'Review',
      candidate_groups: ['service-desk'],
      candidate_users: [],
      assignee: 'service-desk',
      form_key: k.form,
      form_id: RECORDED_FORM,
      state: 'completed',
      record_type: 'test',
      record_number: 'TST-2026-000042',
      due_at: new Date('2026-12-01T10:00:00Z'),
      follow_up_at: null,
      created_at: k.timeOf(k.taskA, 'CREATED'),
      ended_at: k.timeOf(k.taskA, 'COMPLETED'),
    });
    expect(tasks.get(k.taskA).element_instance_key).to.equal(
      rows.elementInstances.find(
        (e) => e.process_instance_key === k.instanceA && e.element_id === 'Task_Review',
      ).key,
    );
    expect(tasks.get(k.taskB)).to.deep.include({
      process_instance_key: k.instanceB,
      element_instance_key: reviewOfB.key,
      assignee: null,
      form_id: RECORDED_FORM,
      state: 'canceled',
      record_type: null,
      due_at: new Date('2026-12-02T08:30:00Z'),
      ended_at: k.timeOf(k.taskB, 'CANCELED'),
    });
  });

  it('when a version was projected before element labels were kept, the backfill reads them from its XML', async () => {
    // given: the recorded version as an older projector left it (no element_labels), with
    // the XML of a diagram whose elements carry label.zh-CN
    const partition = 904;
    const records = loadRecording('service-user-task.json', partition);
    const k = scenarioKeys(records);
    await exportRecords(db, partition, records);
    await project(db, projector);
    const xml = readFileSync(
      path.join(projectRoot, 'workflows', 'incident-management.bpmn'),
      'utf8',
    );
    await db('process_definitions')
      .where({ key: k.definition })
      .update({ element_labels: null, xml });

    // when
    const filled = await backfillElementLabels(db, describeProcess);
    const again = await backfillElementLabels(db, describeProcess);

    // then
    const row = await db('process_definitions')
      .where({ key: k.definition })
      .first('element_labels');
    expect(filled).to.be.greaterThanOrEqual(1);
    expect(again).to.equal(0);
    expect(row.element_labels.UserTask_Triage).to.deep.equal({ 'zh-CN': '受理与分类' });
  });

  it('when batches are replayed or records exported twice, ends with exactly the same rows', async () => {
    // given
    const partition = 902;
    const records = loadRecording('service-user-task.json', partition);
    const k = scenarioKeys(records);
    await exportRecords(db, partition, records);
    await project(db, projector);
    const reference = await readModelOf(db, recordedKeys);
    const middle = records[Math.floor(records.length / 2)]!.position;

    // when
    await setCursor(db, partition, -1);
    const replayedAll = await project(db, projector);
    const afterFullReplay = await readModelOf(db, recordedKeys);

    await setCursor(db, partition, middle);
    const replayedHalf = await project(db, projector);
    const afterHalfReplay = await readModelOf(db, recordedKeys);

    // the same positions again (the exporter after a restart), then the whole sequence
    // once more at later positions (at-least-once delivery of the same events)
    await exportRecords(db, partition, records);
    await exportRecords(db, partition, records, { positionOffset: 1000 });
    const duplicates = await project(db, projector);
    const afterDuplicates = await readModelOf(db, recordedKeys);

    // then
    expect(replayedAll).to.equal(records.length);
    expect(replayedHalf).to.equal(records.filter((r) => r.position > middle).length);
    expect(duplicates).to.equal(records.length);
    expect(await cursorOf(db, partition)).to.equal(k.lastPosition + 1000);
    expect(
      await db('engine_records').where({ partition_id: partition }).count('* as n').first(),
    ).to.deep.equal({ n: records.length * 2 });
    expect(afterFullReplay).to.deep.equal(reference);
    expect(afterHalfReplay).to.deep.equal(reference);
    expect(afterDuplicates).to.deep.equal(reference);
    expect(reference.processInstances).to.have.length(2);
    expect(reference.tasks).to.have.length(2);
    expect(reference.elementInstances).to.have.length(7);
  });

  it('when a whole recording is one batch, writes its element instances and variables in a few statements with the same rows as record by record', async () => {
    // given: the recording projected one record per batch (each write on its own) as reference
    const partition = 903;
    const records = loadRecording('service-user-task.json', partition);
    await exportRecords(db, partition, records);
    const oneByOne = createProjector(db, createReadModelHandlers(describeProcess), log, {
      name: PROJECTOR_NAME,
      batchSize: 1,
      partitions: (id) => id === partition,
    });
    await project(db, oneByOne);
    const reference = await readModelOf(db, recordedKeys);
    const elementAndVariableRecords = records.filter(
      (r) =>
        r.valueType === 'VARIABLE' ||
        (r.valueType === 'PROCESS_INSTANCE' &&
          !['PROCESS', 'SEQUENCE_FLOW'].includes(String(r.value.bpmnElementType))),
    ).length;
    await removeFakeRows(db, recordedKeys);
    await exportRecords(db, partition, records);
    const whole = createProjector(db, createReadModelHandlers(describeProcess), log, {
      name: PROJECTOR_NAME,
      batchSize: 500,
      partitions: (id) => id === partition,
    });
    const writes: string[] = [];
    const onQuery = (q: { sql: string }) => {
      if (/^\s*(insert into|update) "?(element_instances|variables)"?/i.test(q.sql))
        writes.push(q.sql);
    };
    db.on('query', onQuery);

    // when
    let projected: number;
    try {
      projected = await project(db, whole);
    } finally {
      db.removeListener('query', onQuery);
    }

    // then
    expect(projected).to.equal(records.length);
    expect(await readModelOf(db, recordedKeys)).to.deep.equal(reference);
    expect(reference.elementInstances).to.have.length(7);
    expect(reference.variables.length).to.be.greaterThan(0);
    expect(elementAndVariableRecords).to.be.greaterThan(20);
    // held back between the records that read or write other tables, flushed a few at a time
    expect(writes.length, writes.join('\n')).to.be.lessThan(elementAndVariableRecords / 2);
  });

  it('when pruning, deletes projected records past the retention and keeps unprojected and recent ones', async () => {
    // given
    const partition = 903;
    const records = loadRecording('service-user-task.json', partition);
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    const oldProjected = records.slice(0, 40);
    const recentProjected = records.slice(40, 50);
    const oldUnprojected = records.slice(50);
    await exportRecords(db, partition, oldProjected, { exportedAt: old });
    await exportRecords(db, partition, recentProjected);
    await project(db, projector);
    await exportRecords(db, partition, oldUnprojected, { exportedAt: old });

    // when
    const pruned = await projector.prune();

    // then
    expect(pruned).to.equal(oldProjected.length);
    const left: { position: number }[] = await db('engine_records')
      .where({ partition_id: partition })
      .orderBy('position')
      .select('position');
    expect(left.map((r) => r.position)).to.deep.equal(
      [...recentProjected, ...oldUnprojected].map((r) => r.position),
    );
    expect(await cursorOf(db, partition)).to.equal(recentProjected.at(-1)!.position);
    // what was projected before pruning stays in the read model, and the rest still arrives
    const k = scenarioKeys(records);
    expect(await project(db, projector)).to.equal(oldUnprojected.length);
    const rows = await readModelOf(db, recordedKeys);
    expect(rows.processDefinitions.map((d) => d.key)).to.deep.equal([k.definition]);
    expect(rows.processInstances.map((p) => p.state).sort()).to.deep.equal([
      'canceled',
      'completed',
    ]);
    expect(rows.tasks).to.have.length(2);
  });
});
