// @ts-check
/**
 * Major incidents onto the record core (lib/records/kinds/major-incident.ts): the table gains
 * the §0.1 columns, every value kept.
 * - `number` is its incident's number (a major incident has none of its own), `customer_id`
 *   and `service_id` its incident's;
 * - `declared_at`/`declared_by` become `created_at`/`created_by`, `manager_id` becomes
 *   `assignee` (the one named manager runs it, §1.2), `updated_by` starts as the declarer;
 * - `status` is derived from what is filled: reviewed, reported, restored, managed or declared;
 * - the jsonb columns, never queried, move into `attributes`: `criteria_matched` →
 *   `criteriaMatched`, `report`, `participants`, and `opportunities` with `review_notes` →
 *   `review` ({ opportunities, whatWorked, correctiveActions, noOpportunityReason });
 * - `major_incident_updates` rows move into `record_activities` (action `status-update`,
 *   details { statusSummary, customerMessage, nextUpdateAt }) in written order, and the table
 *   is dropped.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.alterTable('major_incidents', (t) => {
    t.renameColumn('declared_at', 'created_at');
    t.renameColumn('declared_by', 'created_by');
    t.renameColumn('manager_id', 'assignee');
  });
  await knex.schema.alterTable('major_incidents', (t) => {
    t.text('number');
    t.text('status');
    t.text('updated_by');
    t.text('assignment_group');
    t.uuid('customer_id').references('customers.id');
    t.uuid('service_id').references('services.id');
    t.text('request_id').unique();
    t.jsonb('attributes').notNullable().defaultTo('{}');
  });
  await knex.raw(`
    update major_incidents m
       set number = i.number,
           customer_id = i.customer_id,
           service_id = i.service_id,
           updated_by = m.created_by,
           status = case
             when m.review_at is not null then 'reviewed'
             when m.report is not null then 'reported'
             when m.restored_at is not null then 'restored'
             when m.assignee is not null then 'managed'
             else 'declared' end,
           attributes = jsonb_build_object('criteriaMatched', m.criteria_matched)
             || case when m.report is null then '{}'::jsonb
                     else jsonb_build_object('report', m.report) end
             || case when m.participants is null then '{}'::jsonb
                     else jsonb_build_object('participants', m.participants) end
             || case when m.opportunities is null and m.review_notes is null then '{}'::jsonb
                     else jsonb_build_object('review', coalesce(m.review_notes, '{}'::jsonb)
                          || jsonb_build_object('opportunities', m.opportunities)) end
      from incidents i
     where i.id = m.incident_id`);
  await knex.raw(
    'alter table major_incidents alter column number set not null, alter column status set not null, alter column updated_by set not null',
  );
  await knex.schema.alterTable('major_incidents', (t) => {
    t.unique(['number']);
    t.index(['status']);
    t.index(['created_at']);
    t.index(['customer_id']);
    t.index(['assignment_group']);
    t.dropColumn('criteria_matched');
    t.dropColumn('report');
    t.dropColumn('participants');
    t.dropColumn('opportunities');
    t.dropColumn('review_notes');
  });
  await knex.raw(`
    insert into record_activities (record_type, record_id, action, details, actor, at, idempotency_key)
    select 'major-incident', major_incident_id, 'status-update',
           jsonb_build_object('statusSummary', status_summary, 'customerMessage', customer_message,
                              'nextUpdateAt', to_char(next_update_at at time zone 'UTC',
                                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
           by, at, idempotency_key
      from major_incident_updates
     order by id`);
  await knex.schema.dropTable('major_incident_updates');
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.createTable('major_incident_updates', (t) => {
    t.bigIncrements('id');
    t.uuid('major_incident_id').notNullable().references('major_incidents.id');
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('by').notNullable();
    t.text('status_summary').notNullable();
    t.text('customer_message').notNullable();
    t.timestamp('next_update_at', { useTz: true });
    t.text('idempotency_key').unique();
  });
  await knex.raw(`
    insert into major_incident_updates
           (major_incident_id, at, by, status_summary, customer_message, next_update_at, idempotency_key)
    select record_id, at, actor, details->>'statusSummary', details->>'customerMessage',
           (details->>'nextUpdateAt')::timestamptz, idempotency_key
      from record_activities
     where record_type = 'major-incident' and action = 'status-update'
     order by id`);
  await knex('record_activities').where({ record_type: 'major-incident' }).delete();
  await knex.schema.alterTable('major_incidents', (t) => {
    t.jsonb('criteria_matched').notNullable().defaultTo('[]');
    t.jsonb('report');
    t.jsonb('participants');
    t.jsonb('opportunities');
    t.jsonb('review_notes');
  });
  await knex.raw(`
    update major_incidents
       set criteria_matched = coalesce(attributes->'criteriaMatched', '[]'::jsonb),
           report = attributes->'report',
           participants = attributes->'participants',
           opportunities = nullif(attributes->'review'->'opportunities', 'null'::jsonb),
           review_notes = case when attributes->'review' is null then null
                               else (attributes->'review') - 'opportunities' end`);
  await knex.schema.alterTable('major_incidents', (t) => {
    t.dropUnique(['number']);
    t.dropIndex(['status']);
    t.dropIndex(['created_at']);
    t.dropIndex(['customer_id']);
    t.dropIndex(['assignment_group']);
    t.dropColumn('number');
    t.dropColumn('status');
    t.dropColumn('updated_by');
    t.dropColumn('assignment_group');
    t.dropColumn('customer_id');
    t.dropColumn('service_id');
    t.dropColumn('request_id');
    t.dropColumn('attributes');
  });
  await knex.schema.alterTable('major_incidents', (t) => {
    t.renameColumn('created_at', 'declared_at');
    t.renameColumn('created_by', 'declared_by');
    t.renameColumn('assignee', 'manager_id');
  });
}
