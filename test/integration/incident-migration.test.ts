import { expect } from 'chai';
import type { Knex } from 'knex';
import { createIncidentsRepository } from '../../db/repositories/incidents.repository.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { incidentKind } from '../../lib/records/kinds/incident.ts';
import {
  dropScratchDatabase,
  migrateDownTo,
  migrateUpTo,
  scratchDatabase,
} from '../helpers/migrations.ts';

/** The last migration of the schema before incidents moved onto the record core. */
const OLD_SCHEMA = '20261208000100_published_messages_closed.js';
const DATABASE = `itsm_migration_${process.env.TEST_PORT_OFFSET ?? 0}`;

const INCIDENT = 'b1a1f5e0-1111-4c3a-9a55-000000000001';
const OTHER = 'b1a1f5e0-1111-4c3a-9a55-000000000002';

/** Two incidents and their history as the old schema stored them. */
async function fillOldSchema(db: Knex): Promise<void> {
  const incident = (id: string, number: string) => ({
    id,
    number,
    status: 'in_progress',
    created_at: new Date('2026-03-02T01:00:00Z'),
    created_by: 'service-desk',
    updated_at: new Date('2026-03-02T02:00:00Z'),
    updated_by: 'resolver-l2',
    title: `磁盘告警 ${number}`,
    channel: 'phone',
    type: 'degradation',
    reporter_name: '张三',
    impact: 2,
    urgency: 1,
    priority: 'P2',
    assignment_group: 'resolver-l2',
    assignee: 'resolver-l2',
    change_ids: JSON.stringify(number.endsWith('1') ? ['CHG-2026-000001'] : []),
  });
  await db('incidents').insert([
    incident(INCIDENT, 'INC-2026-000001'),
    incident(OTHER, 'INC-2026-000002'),
  ]);
  await db('incident_activities').insert([
    {
      incident_id: INCIDENT,
      at: new Date('2026-03-02T01:00:00Z'),
      by: 'service-desk',
      kind: 'status',
      text: 'new',
      customer_visible: true,
      data: JSON.stringify({ channel: 'phone', priority: 'P2' }),
    },
    {
      incident_id: OTHER,
      at: new Date('2026-03-02T01:00:00Z'),
      by: 'service-desk',
      kind: 'status',
      text: 'new',
      customer_visible: true,
      data: null,
    },
    {
      incident_id: INCIDENT,
      at: new Date('2026-03-02T01:30:00Z'),
      by: 'itsm:incident.classify:1#2251799813685301',
      kind: 'customer_update',
      text: '我们正在处理',
      customer_visible: true,
      data: null,
      idempotency_key: '2251799813685301:customer-update',
    },
    {
      // Same instant as the row before: the order of writing decides.
      incident_id: INCIDENT,
      at: new Date('2026-03-02T01:30:00Z'),
      by: 'resolver-l2',
      kind: 'assignment',
      text: null,
      customer_visible: false,
      data: JSON.stringify({ assignee: 'resolver-l2', previous: null }),
    },
  ]);
}

describe('migration: incidents move onto the record core', function () {
  this.timeout(180_000);
  let db: Knex;

  before(async () => {
    db = await scratchDatabase(DATABASE);
    await migrateUpTo(db, OLD_SCHEMA);
  });

  after(async () => {
    await dropScratchDatabase(db, DATABASE);
  });

  it('keeps every incident and history row, in order, and reads the same history as before', async () => {
    // given: incidents and their history written by the old schema
    await fillOldSchema(db);
    const incidentsBefore = await db('incidents').orderBy('number');

    // when
    await db.migrate.latest();

    // then: the incident rows keep every value; the change numbers moved into attributes
    const incidentsAfter = await db('incidents').orderBy('number');
    expect(incidentsAfter.map(({ attributes: _attributes, ...rest }) => rest)).to.deep.equal(
      incidentsBefore.map(({ change_ids: _changeIds, ...rest }) => rest),
    );
    expect(incidentsAfter.map((r) => r.attributes)).to.deep.equal([
      { changeIds: ['CHG-2026-000001'] },
      {},
    ]);
    expect(await db.schema.hasTable('incident_activities')).to.equal(false);

    // then: the history rows are in record_activities, in the order they were written
    const moved = await db('record_activities')
      .where({ record_type: 'incident' })
      .orderBy('id')
      .select('record_id', 'action', 'details', 'actor', 'at', 'idempotency_key');
    expect(moved).to.deep.equal([
      {
        record_id: INCIDENT,
        action: 'status',
        details: { text: 'new', data: { channel: 'phone', priority: 'P2' }, customerVisible: true },
        actor: 'service-desk',
        at: new Date('2026-03-02T01:00:00Z'),
        idempotency_key: null,
      },
      {
        record_id: OTHER,
        action: 'status',
        details: { text: 'new', customerVisible: true },
        actor: 'service-desk',
        at: new Date('2026-03-02T01:00:00Z'),
        idempotency_key: null,
      },
      {
        record_id: INCIDENT,
        action: 'customer_update',
        details: { text: '我们正在处理', customerVisible: true },
        actor: 'itsm:incident.classify:1#2251799813685301',
        at: new Date('2026-03-02T01:30:00Z'),
        idempotency_key: '2251799813685301:customer-update',
      },
      {
        record_id: INCIDENT,
        action: 'assignment',
        details: { data: { assignee: 'resolver-l2', previous: null } },
        actor: 'resolver-l2',
        at: new Date('2026-03-02T01:30:00Z'),
        idempotency_key: null,
      },
    ]);

    // then: the incident's history reads as the API showed it before the move
    const history = await createIncidentsRepository(db).activities(INCIDENT);
    expect(history).to.deep.equal([
      {
        at: new Date('2026-03-02T01:00:00Z'),
        actor: 'service-desk',
        action: 'status',
        details: { text: 'new', customerVisible: true, channel: 'phone', priority: 'P2' },
      },
      {
        at: new Date('2026-03-02T01:30:00Z'),
        actor: 'itsm:incident.classify:1#2251799813685301',
        action: 'customer_update',
        details: { text: '我们正在处理', customerVisible: true },
      },
      {
        at: new Date('2026-03-02T01:30:00Z'),
        actor: 'resolver-l2',
        action: 'assignment',
        details: {
          text: undefined,
          customerVisible: false,
          assignee: 'resolver-l2',
          previous: null,
        },
      },
    ]);
  });

  it('reads the migrated incidents through the record core as the incident kind', async () => {
    // given: the migrated database of the test before
    const store = createRecordStore(db);
    // when
    const record = await store.get(incidentKind, 'INC-2026-000001');
    // then
    expect(record).to.deep.include({
      number: 'INC-2026-000001',
      type: 'incident',
      incidentType: 'degradation',
      status: 'in_progress',
      title: '磁盘告警 INC-2026-000001',
      impact: 2,
      urgency: 1,
      priority: 'P2',
      escalationLevel: 'H0',
      isMajor: false,
      changeIds: ['CHG-2026-000001'],
      assignee: 'resolver-l2',
      createdAt: '2026-03-02T01:00:00.000Z',
    });
  });

  it('rolls back to the old schema with the same history rows', async () => {
    // given: the migrated database of the test before
    // when
    await migrateDownTo(db, OLD_SCHEMA);
    // then
    const rows = await db('incident_activities')
      .orderBy('id')
      .select('incident_id', 'kind', 'text', 'data', 'customer_visible', 'by', 'idempotency_key');
    expect(rows).to.deep.equal([
      {
        incident_id: INCIDENT,
        kind: 'status',
        text: 'new',
        data: { channel: 'phone', priority: 'P2' },
        customer_visible: true,
        by: 'service-desk',
        idempotency_key: null,
      },
      {
        incident_id: OTHER,
        kind: 'status',
        text: 'new',
        data: null,
        customer_visible: true,
        by: 'service-desk',
        idempotency_key: null,
      },
      {
        incident_id: INCIDENT,
        kind: 'customer_update',
        text: '我们正在处理',
        data: null,
        customer_visible: true,
        by: 'itsm:incident.classify:1#2251799813685301',
        idempotency_key: '2251799813685301:customer-update',
      },
      {
        incident_id: INCIDENT,
        kind: 'assignment',
        text: null,
        data: { assignee: 'resolver-l2', previous: null },
        customer_visible: false,
        by: 'resolver-l2',
        idempotency_key: null,
      },
    ]);
    expect(await db('record_activities').where({ record_type: 'incident' })).to.deep.equal([]);
    const incidents = await db('incidents').orderBy('number').select('number', 'change_ids');
    expect(incidents).to.deep.equal([
      { number: 'INC-2026-000001', change_ids: ['CHG-2026-000001'] },
      { number: 'INC-2026-000002', change_ids: [] },
    ]);
  });
});
