// @ts-check
/**
 * Service requests (processes.md §2): the request catalogue `request_items` (admin-edited
 * reference data) and the `service_requests` kind table (lib/records/kinds/service-request.ts).
 */
import { recordColumns } from './support/record-table.js';

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.createTable('request_items', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('type').notNullable();
    t.text('approval_policy').notNullable().defaultTo('none');
    // The asset owner (a username) who approves access items; line-manager items go to the
    // department head.
    t.text('approver');
    t.text('fulfilment_group').notNullable();
    t.integer('default_impact').notNullable().defaultTo(3);
    t.integer('default_urgency').notNullable().defaultTo(3);
    // Overrides the §0.6 fulfilment target of the priority, e.g. { amount: 1, unit: 'business_days' }.
    t.jsonb('fulfilment_target');
    t.text('form_id');
    t.text('change_template_id');
    t.boolean('within_authorised_scope').notNullable().defaultTo(true);
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.text('created_by').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.text('updated_by').notNullable();
  });
  await knex.raw(
    "alter table request_items add constraint request_items_type_check check (type in ('information', 'advice', 'enquiry', 'access', 'standard-change'))",
  );
  await knex.raw(
    "alter table request_items add constraint request_items_policy_check check (approval_policy in ('none', 'line-manager', 'asset-owner-and-security'))",
  );

  await knex.schema.createTable('service_requests', (t) => {
    recordColumns(knex, t);
    t.text('title').notNullable();
    t.uuid('item_id').references('request_items.id');
    t.text('request_type');
    t.text('requester_id');
    t.text('impact');
    t.text('urgency');
    t.text('priority');
    t.text('fulfilment_group');
    t.text('change_id');
    t.timestamp('access_valid_until', { useTz: true });
    t.timestamp('responded_at', { useTz: true });
    t.timestamp('fulfilled_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.integer('rating');
    t.index(['requester_id']);
    t.index(['item_id']);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTableIfExists('service_requests');
  await knex.schema.dropTableIfExists('request_items');
}
