// @ts-check
/**
 * The columns every record table has (processes.md §0.1), for the migrations that create a
 * kind's table: one place, so every kind's table agrees with the records repository. A
 * migration adds the kind's own queried columns after these; everything else of a record
 * lives in `attributes`.
 */

/**
 * @param {import('knex').Knex} knex
 * @param {import('knex').Knex.CreateTableBuilder} t
 */
export function recordColumns(knex, t) {
  t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
  t.text('number').notNullable().unique();
  t.text('status').notNullable();
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.text('created_by').notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable();
  t.text('updated_by').notNullable();
  t.text('process_instance_key');
  t.text('assignee');
  t.text('assignment_group');
  t.uuid('customer_id').references('customers.id');
  t.uuid('service_id').references('services.id');
  // A create with the same request id answers the record created the first time.
  t.text('request_id').unique();
  t.jsonb('attributes').notNullable().defaultTo('{}');
  t.index(['status']);
  t.index(['created_at']);
  t.index(['customer_id']);
  t.index(['assignment_group']);
}
