import { expect } from 'chai';
import type { Knex } from 'knex';
import { createMajorIncidentRepository } from '../../db/repositories/major-incidents.repository.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { majorIncidentKind } from '../../lib/records/kinds/major-incident.ts';
import {
  dropScratchDatabase,
  migrateDownTo,
  migrateUpTo,
  scratchDatabase,
} from '../helpers/migrations.ts';

/** The last migration of the schema before major incidents moved onto the record core. */
const OLD_SCHEMA = '20261209000200_incident_kind_columns.js';
const DATABASE = `itsm_major_migration_${process.env.TEST_PORT_OFFSET ?? 0}`;

const CUSTOMER = 'c0570000-1111-4c3a-9a55-000000000001';
const SERVICE = 'c0570000-1111-4c3a-9a55-000000000002';
const INCIDENTS = [1, 2, 3].map((n) => `b1a1f5e0-2222-4c3a-9a55-00000000000${n}`);
const MAJORS = [1, 2, 3].map((n) => `a1a1f5e0-3333-4c3a-9a55-00000000000${n}`);
const NUMBERS = ['INC-2026-000101', 'INC-2026-000102', 'INC-2026-000103'];
const REPORT = {
  timeline: '10:00 中断；11:00 恢复',
  impact: { customers: 'CUST-A', services: 'ERP', durationMinutes: 60 },
  rootCause: null,
  actionsTaken: '切换备用库',
};
const OPPORTUNITIES = [{ title: '增加磁盘监控', description: null }];
const NOTES = { whatWorked: '演练有效', correctiveActions: null, noOpportunityReason: null };

/** Three major incidents as the old schema stored them, at three steps of §1.2. */
async function fillOldSchema(db: Knex): Promise<void> {
  const stamp = { created_at: new Date('2026-03-01T00:00:00Z'), created_by: 'admin' };
  await db('customers').insert({
    id: CUSTOMER,
    code: 'CUST-M',
    name_zh: '客户',
    name_en: 'Customer',
    ...stamp,
    updated_at: stamp.created_at,
    updated_by: 'admin',
  });
  await db('services').insert({
    id: SERVICE,
    code: 'SVC-M',
    name_zh: '服务',
    name_en: 'Service',
    ...stamp,
    updated_at: stamp.created_at,
    updated_by: 'admin',
  });
  await db('incidents').insert(
    INCIDENTS.map((id, i) => ({
      id,
      number: NUMBERS[i],
      status: 'in_progress',
      created_at: new Date('2026-03-02T01:00:00Z'),
      created_by: 'service-desk',
      updated_at: new Date('2026-03-02T02:00:00Z'),
      updated_by: 'resolver-l2',
      title: `ERP 中断 ${NUMBERS[i]}`,
      channel: 'phone',
      reporter_name: '张三',
      impact: 1,
      urgency: 1,
      priority: 'P1',
      assignment_group: 'resolver-l2',
      is_major: true,
      customer_id: i === 2 ? null : CUSTOMER,
      service_id: i === 2 ? null : SERVICE,
    })),
  );
  const base = (i: number) => ({
    id: MAJORS[i],
    incident_id: INCIDENTS[i],
    declared_at: new Date(`2026-03-02T0${i + 2}:00:00Z`),
    declared_by: 'incident-manager',
    criteria_matched: JSON.stringify(['critical_service_down']),
    process_instance_key: `225179981368${i}`,
    updated_at: new Date('2026-03-05T00:00:00Z'),
  });
  await db('major_incidents').insert([
    // only declared
    { ...base(0), criteria_matched: JSON.stringify([]) },
    // managed, restored and reviewed
    {
      ...base(1),
      manager_id: 'major-incident-manager',
      mgmt_notified_at: new Date('2026-03-02T03:01:00Z'),
      update_interval_minutes: 30,
      continuity_invoked: true,
      restored_at: new Date('2026-03-02T05:00:00Z'),
      report: JSON.stringify(REPORT),
      review_at: new Date('2026-03-04T02:00:00Z'),
      participants: JSON.stringify(['li.lei', 'wang.wei']),
      opportunities: JSON.stringify(OPPORTUNITIES),
      review_notes: JSON.stringify(NOTES),
      problem_needed: true,
    },
    // managed, not restored yet
    { ...base(2), manager_id: 'zhang.san', update_interval_minutes: 60 },
  ]);
  await db('major_incident_updates').insert([
    {
      major_incident_id: MAJORS[1],
      at: new Date('2026-03-02T03:30:00Z'),
      by: 'major-incident-manager',
      status_summary: '正在切换',
      customer_message: '预计一小时内恢复',
      next_update_at: new Date('2026-03-02T04:00:00Z'),
      idempotency_key: '2251799813685999:update',
    },
    {
      major_incident_id: MAJORS[2],
      at: new Date('2026-03-02T04:30:00Z'),
      by: 'zhang.san',
      status_summary: '排查中',
      customer_message: '正在处理',
      next_update_at: null,
      idempotency_key: null,
    },
    {
      // Same instant as the first: the order of writing decides.
      major_incident_id: MAJORS[1],
      at: new Date('2026-03-02T03:30:00Z'),
      by: 'major-incident-manager',
      status_summary: '已切换',
      customer_message: '服务已恢复',
      next_update_at: null,
      idempotency_key: '2251799813686000:update',
    },
  ]);
}

describe('migration: major incidents become a record kind numbered by their incident', function () {
  this.timeout(180_000);
  let db: Knex;
  let rowsBefore: Record<string, unknown>[];
  let updatesBefore: Record<string, unknown>[];

  before(async () => {
    db = await scratchDatabase(DATABASE);
    await migrateUpTo(db, OLD_SCHEMA);
  });

  after(async () => {
    await dropScratchDatabase(db, DATABASE);
  });

  it('keeps every major incident with its values and every status update, in order', async () => {
    // given: major incidents and updates written by the old schema
    await fillOldSchema(db);
    rowsBefore = await db('major_incidents').orderBy('id');
    updatesBefore = await db('major_incident_updates').orderBy('id');

    // when
    await db.migrate.latest();

    // then: each row keeps its values under the core's names, numbered by its incident
    const after = await db('major_incidents').orderBy('id');
    const common = after.map((r) => ({
      id: r.id,
      incident_id: r.incident_id,
      number: r.number,
      status: r.status,
      created_at: r.created_at,
      created_by: r.created_by,
      updated_at: r.updated_at,
      updated_by: r.updated_by,
      assignee: r.assignee,
      assignment_group: r.assignment_group,
      customer_id: r.customer_id,
      service_id: r.service_id,
      request_id: r.request_id,
      process_instance_key: r.process_instance_key,
    }));
    expect(common).to.deep.equal([
      {
        id: MAJORS[0],
        incident_id: INCIDENTS[0],
        number: 'INC-2026-000101',
        status: 'declared',
        created_at: new Date('2026-03-02T02:00:00Z'),
        created_by: 'incident-manager',
        updated_at: new Date('2026-03-05T00:00:00Z'),
        updated_by: 'incident-manager',
        assignee: null,
        assignment_group: null,
        customer_id: CUSTOMER,
        service_id: SERVICE,
        request_id: null,
        process_instance_key: '2251799813680',
      },
      {
        id: MAJORS[1],
        incident_id: INCIDENTS[1],
        number: 'INC-2026-000102',
        status: 'reviewed',
        created_at: new Date('2026-03-02T03:00:00Z'),
        created_by: 'incident-manager',
        updated_at: new Date('2026-03-05T00:00:00Z'),
        updated_by: 'incident-manager',
        assignee: 'major-incident-manager',
        assignment_group: null,
        customer_id: CUSTOMER,
        service_id: SERVICE,
        request_id: null,
        process_instance_key: '2251799813681',
      },
      {
        id: MAJORS[2],
        incident_id: INCIDENTS[2],
        number: 'INC-2026-000103',
        status: 'managed',
        created_at: new Date('2026-03-02T04:00:00Z'),
        created_by: 'incident-manager',
        updated_at: new Date('2026-03-05T00:00:00Z'),
        updated_by: 'incident-manager',
        assignee: 'zhang.san',
        assignment_group: null,
        customer_id: null,
        service_id: null,
        request_id: null,
        process_instance_key: '2251799813682',
      },
    ]);
    const own = (r: Record<string, unknown>) => ({
      mgmt_notified_at: r.mgmt_notified_at,
      update_interval_minutes: r.update_interval_minutes,
      continuity_invoked: r.continuity_invoked,
      restored_at: r.restored_at,
      review_at: r.review_at,
      problem_needed: r.problem_needed,
      problem_id: r.problem_id,
    });
    expect(after.map(own)).to.deep.equal(rowsBefore.map(own));
    expect(after.map((r) => r.attributes)).to.deep.equal([
      { criteriaMatched: [] },
      {
        criteriaMatched: ['critical_service_down'],
        report: REPORT,
        participants: ['li.lei', 'wang.wei'],
        review: { ...NOTES, opportunities: OPPORTUNITIES },
      },
      { criteriaMatched: ['critical_service_down'] },
    ]);
    expect(await db.schema.hasTable('major_incident_updates')).to.equal(false);

    // then: the updates are history entries of the major incidents, in written order
    const moved = await db('record_activities')
      .where({ record_type: 'major-incident' })
      .orderBy('id')
      .select('record_id', 'action', 'details', 'actor', 'at', 'idempotency_key');
    expect(moved).to.deep.equal([
      {
        record_id: MAJORS[1],
        action: 'status-update',
        details: {
          statusSummary: '正在切换',
          customerMessage: '预计一小时内恢复',
          nextUpdateAt: '2026-03-02T04:00:00.000Z',
        },
        actor: 'major-incident-manager',
        at: new Date('2026-03-02T03:30:00Z'),
        idempotency_key: '2251799813685999:update',
      },
      {
        record_id: MAJORS[2],
        action: 'status-update',
        details: { statusSummary: '排查中', customerMessage: '正在处理', nextUpdateAt: null },
        actor: 'zhang.san',
        at: new Date('2026-03-02T04:30:00Z'),
        idempotency_key: null,
      },
      {
        record_id: MAJORS[1],
        action: 'status-update',
        details: { statusSummary: '已切换', customerMessage: '服务已恢复', nextUpdateAt: null },
        actor: 'major-incident-manager',
        at: new Date('2026-03-02T03:30:00Z'),
        idempotency_key: '2251799813686000:update',
      },
    ]);
  });

  it('reads the migrated major incidents as the workers and the record core read them', async () => {
    // given: the migrated database of the test before
    const majors = createMajorIncidentRepository(db);
    const store = createRecordStore(db);
    // when
    const reviewed = await majors.get(MAJORS[1]!);
    const updates = await majors.updates(MAJORS[1]!);
    const record = await store.get(majorIncidentKind, 'INC-2026-000102');
    // then
    expect(reviewed).to.deep.include({
      incidentNumber: 'INC-2026-000102',
      status: 'reviewed',
      declaredAt: new Date('2026-03-02T03:00:00Z'),
      declaredBy: 'incident-manager',
      criteriaMatched: ['critical_service_down'],
      managerId: 'major-incident-manager',
      updateIntervalMinutes: 30,
      continuityInvoked: true,
      report: REPORT,
      participants: ['li.lei', 'wang.wei'],
      opportunities: OPPORTUNITIES,
      reviewNotes: NOTES,
      problemNeeded: true,
      customerId: CUSTOMER,
    });
    expect(updates.map((u) => [u.statusSummary, u.nextUpdateAt])).to.deep.equal([
      ['正在切换', new Date('2026-03-02T04:00:00Z')],
      ['已切换', null],
    ]);
    expect(record).to.deep.include({
      number: 'INC-2026-000102',
      type: 'major-incident',
      status: 'reviewed',
      incidentId: INCIDENTS[1],
      assignee: 'major-incident-manager',
      restoredAt: '2026-03-02T05:00:00.000Z',
      reviewAt: '2026-03-04T02:00:00.000Z',
      report: REPORT,
      review: { ...NOTES, opportunities: OPPORTUNITIES },
      createdAt: '2026-03-02T03:00:00.000Z',
    });
  });

  it('rolls back to the old schema with the same rows and updates', async () => {
    // given: the migrated database of the tests before
    // when
    await migrateDownTo(db, OLD_SCHEMA);
    // then
    expect(await db('major_incidents').orderBy('id')).to.deep.equal(rowsBefore);
    // The rows come back in written order under new ids.
    const withoutId = (rows: Record<string, unknown>[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'id')));
    expect(withoutId(await db('major_incident_updates').orderBy('id'))).to.deep.equal(
      withoutId(updatesBefore),
    );
    expect(await db('record_activities').where({ record_type: 'major-incident' })).to.deep.equal(
      [],
    );
  });
});
