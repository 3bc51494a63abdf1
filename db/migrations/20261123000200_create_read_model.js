// @ts-check
/**
 * The read model projected from the engine's records: deployed process versions and forms,
 * instances, element instances, incidents, variables and people's tasks, plus the
 * projector's cursor. Engine keys are 64-bit, so they are stored as text.
 * @param {import('knex').Knex} knex
 */
export async function up(knex) {
  await knex.schema.createTable('projector_cursors', (t) => {
    t.text('name').notNullable();
    t.integer('partition_id').notNullable();
    t.bigInteger('position').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['name', 'partition_id']);
  });
  await knex.schema.createTable('process_definitions', (t) => {
    t.text('key').primary();
    t.text('process_id').notNullable();
    t.integer('version').notNullable();
    t.text('name');
    t.text('resource_name').notNullable();
    t.text('checksum').notNullable();
    t.text('xml').notNullable();
    t.specificType('message_start_names', 'text[]').notNullable().defaultTo('{}');
    t.jsonb('element_names').notNullable().defaultTo('{}');
    t.timestamp('deployed_at', { useTz: true }).notNullable();
    t.unique(['process_id', 'version']);
  });
  await knex.schema.createTable('forms', (t) => {
    t.text('key').primary();
    t.text('form_id').notNullable();
    t.integer('version').notNullable();
    t.text('resource_name').notNullable();
    t.jsonb('schema').notNullable();
    t.timestamp('deployed_at', { useTz: true }).notNullable();
    t.unique(['form_id', 'version']);
  });
  await knex.schema.createTable('process_instances', (t) => {
    t.text('key').primary();
    t.text('process_id').notNullable();
    t.integer('version').notNullable();
    t.text('definition_key').notNullable();
    t.text('state').notNullable();
    t.text('parent_instance_key');
    t.text('record_type');
    t.text('record_number');
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('ended_at', { useTz: true });
    t.index(['process_id', 'state']);
    t.index(['record_number']);
  });
  await knex.schema.createTable('element_instances', (t) => {
    t.text('key').primary();
    t.text('process_instance_key').notNullable();
    t.text('element_id').notNullable();
    t.text('element_type').notNullable();
    t.text('state').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('ended_at', { useTz: true });
    t.index(['process_instance_key']);
  });
  await knex.schema.createTable('engine_incidents', (t) => {
    t.text('key').primary();
    t.text('process_instance_key').notNullable();
    t.text('element_instance_key');
    t.text('element_id');
    t.text('job_key');
    t.text('error_type').notNullable();
    t.text('error_message');
    t.text('state').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.index(['process_instance_key', 'state']);
  });
  await knex.schema.createTable('variables', (t) => {
    t.text('scope_key').notNullable();
    t.text('name').notNullable();
    t.text('process_instance_key').notNullable();
    t.jsonb('value');
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['scope_key', 'name']);
    t.index(['process_instance_key']);
  });
  await knex.schema.createTable('tasks', (t) => {
    t.text('key').primary();
    t.text('process_instance_key').notNullable();
    t.text('process_id').notNullable();
    t.text('definition_key').notNullable();
    t.text('element_id').notNullable();
    t.text('element_instance_key').notNullable();
    t.text('name');
    t.specificType('candidate_groups', 'text[]').notNullable().defaultTo('{}');
    t.specificType('candidate_users', 'text[]').notNullable().defaultTo('{}');
    t.text('assignee');
    t.text('form_key');
    t.text('form_id');
    t.text('state').notNullable();
    t.text('record_type');
    t.text('record_number');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true });
    t.timestamp('follow_up_at', { useTz: true });
    t.timestamp('ended_at', { useTz: true });
    t.index(['state']);
    t.index(['assignee', 'state']);
    t.index(['record_number']);
  });
  await knex.raw('create index tasks_candidate_groups_idx on tasks using gin (candidate_groups)');
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of [
    'tasks',
    'variables',
    'engine_incidents',
    'element_instances',
    'process_instances',
    'forms',
    'process_definitions',
    'projector_cursors',
  ]) {
    await knex.schema.dropTable(table);
  }
}
