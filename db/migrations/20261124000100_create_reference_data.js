// @ts-check
/**
 * Reference data the ITSM processes share (processes.md §0.4–§0.6, issue 4): business
 * calendars and the national days table, customers, services, configuration items,
 * incident categories, assignment groups, routing rules, SLA targets and settings (the
 * priority matrix, major-incident criteria). Editable by `admin`; later processes add
 * columns and tables, they do not replace these.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  const timestamps = (/** @type {import('knex').Knex.CreateTableBuilder} */ t) => {
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.text('created_by').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.text('updated_by').notNullable();
  };

  await knex.schema.createTable('calendars', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('time_zone').notNullable();
    // { mon: [{ from: '09:00', to: '12:00' }, ...], ..., sun: [] }
    t.jsonb('working_hours').notNullable();
    t.boolean('applies_national_days').notNullable();
    t.text('adjusted_workday_hours_from').notNullable().defaultTo('mon');
    t.integer('business_day_minutes');
    timestamps(t);
  });
  // A national year is loaded as a whole or missing (§0.4): this row says it is loaded.
  await knex.schema.createTable('national_day_years', (t) => {
    t.integer('year').primary();
    t.text('source').notNullable();
    t.timestamp('loaded_at', { useTz: true }).notNullable();
    t.text('loaded_by').notNullable();
  });
  await knex.schema.createTable('calendar_days', (t) => {
    t.bigIncrements('id');
    // null = the national table
    t.uuid('calendar_id').references('calendars.id').onDelete('CASCADE');
    t.date('date').notNullable();
    t.text('kind').notNullable();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('source').notNullable();
    t.index(['date']);
  });
  await knex.raw(
    `alter table calendar_days add constraint calendar_days_kind_check check (kind in ('holiday', 'adjusted_workday'))`,
  );
  await knex.raw(
    'create unique index calendar_days_national_date on calendar_days (date) where calendar_id is null',
  );
  await knex.raw(
    'create unique index calendar_days_own_date on calendar_days (calendar_id, date) where calendar_id is not null',
  );

  await knex.schema.createTable('customers', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('contact_email');
    t.text('relationship_manager');
    // The customer's own major-incident definition (§0.6); null = the default criteria.
    t.jsonb('major_incident_criteria');
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t);
  });
  // Customer contacts are users linked to their customer; department scopes department heads.
  await knex.schema.alterTable('users', (t) => {
    t.uuid('customer_id').references('customers.id').onDelete('SET NULL');
    t.text('department');
  });

  await knex.schema.createTable('services', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.boolean('critical').notNullable().defaultTo(false);
    t.text('owner');
    // Calendar of the service hours stated in the catalogue entry.
    t.text('calendar_code').references('calendars.code').onUpdate('CASCADE');
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t);
  });
  await knex.schema.createTable('customer_services', (t) => {
    t.uuid('customer_id').notNullable().references('customers.id').onDelete('CASCADE');
    t.uuid('service_id').notNullable().references('services.id').onDelete('CASCADE');
    t.primary(['customer_id', 'service_id']);
  });

  await knex.schema.createTable('configuration_items', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('number').notNullable().unique();
    t.text('name').notNullable();
    t.text('type').notNullable();
    t.uuid('service_id').references('services.id').onDelete('SET NULL');
    t.text('status').notNullable().defaultTo('active');
    t.text('process_instance_key');
    timestamps(t);
    t.index(['service_id']);
  });

  await knex.schema.createTable('incident_categories', (t) => {
    t.text('code').primary();
    t.text('parent_code').references('incident_categories.code');
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t);
  });

  // Assignment groups: each is a candidate group (a queue); members are the users holding
  // the group as a role in user_roles, so queues have one source.
  await knex.schema.createTable('assignment_groups', (t) => {
    t.text('code').primary();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('functional_level');
    t.text('lead');
    t.text('department');
    t.text('department_head');
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t);
  });

  await knex.schema.createTable('routing_rules', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // null matches any
    t.text('category_code').references('incident_categories.code');
    t.uuid('service_id').references('services.id').onDelete('CASCADE');
    t.text('ci_type');
    t.text('assignment_group').notNullable().references('assignment_groups.code');
    t.integer('rank').notNullable().defaultTo(100);
    timestamps(t);
  });

  await knex.schema.createTable('sla_targets', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('record_type').notNullable();
    t.text('clock_type').notNullable();
    t.text('priority');
    // null = the default; a row naming a customer and/or service overrides it (§0.6).
    t.uuid('customer_id').references('customers.id').onDelete('CASCADE');
    t.uuid('service_id').references('services.id').onDelete('CASCADE');
    t.decimal('duration_amount', 12, 2).notNullable();
    t.text('duration_unit').notNullable();
    t.text('calendar_code').notNullable().references('calendars.code').onUpdate('CASCADE');
    t.jsonb('thresholds').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t);
    t.index(['record_type', 'clock_type']);
  });

  // Configuration as data: `priority-matrix`, `major-incident-criteria`, … (one JSON per key).
  await knex.schema.createTable('settings', (t) => {
    t.text('key').primary();
    t.jsonb('value').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.text('updated_by').notNullable();
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of [
    'settings',
    'sla_targets',
    'routing_rules',
    'assignment_groups',
    'incident_categories',
    'configuration_items',
    'customer_services',
    'services',
  ]) {
    await knex.schema.dropTable(table);
  }
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('customer_id');
    t.dropColumn('department');
  });
  for (const table of ['customers', 'calendar_days', 'national_day_years', 'calendars']) {
    await knex.schema.dropTable(table);
  }
}
