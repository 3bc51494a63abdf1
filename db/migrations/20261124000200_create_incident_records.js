// @ts-check
/**
 * Incident records (processes.md §1) and the SLA tables they share with later processes
 * (§0.5): incidents and their activities and CIs, SLA clocks and their append-only ledger,
 * escalations, satisfaction responses, major incidents and their status updates.
 *
 * Worker writes are idempotent: rows a job appends carry an `idempotency_key` (job key and
 * purpose), unique where present, so a job that runs twice writes once.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  const recordColumns = (/** @type {import('knex').Knex.CreateTableBuilder} */ t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('number').notNullable().unique();
    t.text('status').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.text('created_by').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.text('updated_by').notNullable();
    t.text('process_instance_key');
  };

  await knex.schema.createTable('incidents', (t) => {
    recordColumns(t);
    t.text('title').notNullable();
    t.text('description');
    t.text('channel').notNullable();
    t.text('reporter_name').notNullable();
    t.text('reporter_contact');
    t.uuid('customer_id').references('customers.id');
    t.uuid('service_id').references('services.id');
    t.text('type');
    t.text('category').references('incident_categories.code');
    t.smallint('impact').notNullable();
    t.smallint('urgency').notNullable();
    t.text('priority').notNullable();
    t.text('assignment_group').notNullable();
    t.text('assignee');
    t.text('functional_level').notNullable().defaultTo('L1');
    t.text('hierarchical_level').notNullable().defaultTo('H0');
    t.boolean('is_major').notNullable().defaultTo(false);
    t.boolean('is_security').notNullable().defaultTo(false);
    t.boolean('recurring').notNullable().defaultTo(false);
    t.text('known_error_id');
    t.text('problem_id');
    t.jsonb('change_ids').notNullable().defaultTo('[]');
    t.text('resolution_code');
    t.text('resolution');
    t.boolean('workaround_used');
    t.boolean('service_restored_confirmed');
    t.boolean('resolution_accepted');
    t.text('confirmed_by');
    t.text('confirmation_channel');
    t.smallint('rating');
    t.integer('reopen_count').notNullable().defaultTo(0);
    t.boolean('exempt').notNullable().defaultTo(false);
    t.text('exempt_reason');
    t.text('exempt_by');
    t.timestamp('exempt_at', { useTz: true });
    t.boolean('unplanned_outage').notNullable().defaultTo(false);
    t.timestamp('outage_start', { useTz: true });
    t.timestamp('outage_end', { useTz: true });
    t.timestamp('customer_warned_at', { useTz: true });
    t.timestamp('responded_at', { useTz: true });
    t.timestamp('resolved_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.timestamp('cancelled_at', { useTz: true });
    t.text('cancel_reason');
    t.text('reopened_from');
    // Correlation key of the Msg_IncidentReported that created it (message starts).
    t.text('request_id').unique();
    t.text('source_type');
    t.text('source_number');
    t.index(['status']);
    t.index(['assignment_group']);
    t.index(['created_at']);
  });
  await knex.raw(
    `alter table incidents add constraint incidents_status_check check (status in ('new', 'in_progress', 'pending', 'resolved', 'closed', 'cancelled'))`,
  );

  await knex.schema.createTable('incident_activities', (t) => {
    t.bigIncrements('id');
    t.uuid('incident_id').notNullable().references('incidents.id').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('by').notNullable();
    // note | status | assignment | customer_update | escalation | priority | sla | task
    t.text('kind').notNullable();
    t.text('text');
    t.boolean('customer_visible').notNullable().defaultTo(false);
    t.jsonb('data');
    t.text('idempotency_key').unique();
    t.index(['incident_id', 'at']);
  });

  await knex.schema.createTable('incident_cis', (t) => {
    t.uuid('incident_id').notNullable().references('incidents.id').onDelete('CASCADE');
    t.uuid('ci_id').notNullable().references('configuration_items.id');
    t.primary(['incident_id', 'ci_id']);
    t.index(['ci_id']);
  });

  await knex.schema.createTable('sla_clocks', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('record_type').notNullable();
    t.uuid('record_id').notNullable();
    t.text('record_number').notNullable();
    t.text('clock_type').notNullable();
    t.uuid('sla_target_id').references('sla_targets.id').onDelete('SET NULL');
    t.text('priority');
    t.text('calendar_code').notNullable();
    t.double('target_minutes').notNullable();
    t.text('state').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('counts_from', { useTz: true }).notNullable();
    t.timestamp('anchor_at', { useTz: true }).notNullable();
    t.double('elapsed_at_anchor').notNullable();
    t.double('paused_minutes').notNullable().defaultTo(0);
    t.timestamp('paused_at', { useTz: true });
    t.text('pause_reason');
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('at50', { useTz: true });
    t.timestamp('at75', { useTz: true });
    t.timestamp('at100', { useTz: true });
    // [{ level, minutes, dueAt, reachedAt }] — the full threshold marks of lib/sla/clock.ts
    t.jsonb('thresholds').notNullable();
    // levels already recorded, e.g. [50, 75]
    t.jsonb('reached').notNullable().defaultTo('[]');
    t.timestamp('stopped_at', { useTz: true });
    t.boolean('met');
    t.timestamp('breached_at', { useTz: true });
    t.boolean('calendar_incomplete').notNullable().defaultTo(false);
    t.timestamp('last_event_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.unique(['record_type', 'record_id', 'clock_type']);
    t.index(['state']);
  });

  await knex.schema.createTable('sla_events', (t) => {
    t.bigIncrements('id');
    t.uuid('clock_id').notNullable().references('sla_clocks.id').onDelete('CASCADE');
    t.text('event').notNullable();
    t.integer('level');
    t.timestamp('at', { useTz: true }).notNullable();
    t.double('elapsed_minutes').notNullable();
    t.text('actor');
    t.text('reason');
    t.timestamp('old_due_at', { useTz: true });
    t.timestamp('new_due_at', { useTz: true });
    // pausedMinutes, old/new target minutes and calendar
    t.jsonb('details');
    t.text('idempotency_key');
    t.index(['clock_id', 'id']);
  });

  await knex.schema.createTable('escalations', (t) => {
    t.bigIncrements('id');
    t.text('record_type').notNullable();
    t.uuid('record_id').notNullable();
    t.text('kind').notNullable();
    t.text('from_level');
    t.text('to_level').notNullable();
    t.text('from_group');
    t.text('to_group');
    t.text('reason').notNullable();
    t.text('clock_type');
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('by').notNullable();
    t.text('idempotency_key').unique();
    t.index(['record_type', 'record_id']);
  });

  await knex.schema.createTable('satisfaction_responses', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('kind').notNullable();
    t.text('record_type');
    t.uuid('record_id');
    t.uuid('customer_id').references('customers.id');
    t.smallint('score').notNullable();
    t.text('comment');
    t.timestamp('responded_at', { useTz: true }).notNullable();
    t.text('responded_by').notNullable();
    t.text('idempotency_key').unique();
    t.index(['kind', 'responded_at']);
  });

  await knex.schema.createTable('major_incidents', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('incident_id').notNullable().unique().references('incidents.id');
    t.timestamp('declared_at', { useTz: true }).notNullable();
    t.text('declared_by').notNullable();
    t.jsonb('criteria_matched').notNullable().defaultTo('[]');
    t.text('manager_id');
    t.timestamp('mgmt_notified_at', { useTz: true });
    t.integer('update_interval_minutes');
    t.boolean('continuity_invoked').notNullable().defaultTo(false);
    t.timestamp('restored_at', { useTz: true });
    t.jsonb('report');
    t.timestamp('review_at', { useTz: true });
    t.jsonb('participants');
    t.jsonb('opportunities');
    t.boolean('problem_needed');
    t.text('problem_id');
    t.text('process_instance_key');
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

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
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of [
    'major_incident_updates',
    'major_incidents',
    'satisfaction_responses',
    'escalations',
    'sla_events',
    'sla_clocks',
    'incident_cis',
    'incident_activities',
    'incidents',
  ]) {
    await knex.schema.dropTable(table);
  }
}
