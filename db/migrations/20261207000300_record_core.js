// @ts-check
/**
 * The record core (architecture.md §8): what every record kind shares — its history
 * (`record_activities`), typed links between records (`record_links`), approvals (§0.1) and
 * the labels of enumerated values (`enum_labels`, filled from the kind files at start) —
 * and the tables of the first kinds on it, problems and known errors (processes.md §3).
 * A kind's queried fields are real columns (test/integration/record-storage.test.ts checks
 * them against the kind files); the rest of a record lives in `attributes`.
 */
import { recordColumns } from './support/record-table.js';

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.createTable('record_activities', (t) => {
    t.bigIncrements('id');
    t.text('record_type').notNullable();
    t.uuid('record_id').notNullable();
    t.text('action').notNullable();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.text('actor').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('idempotency_key').unique();
    t.index(['record_type', 'record_id', 'at']);
  });

  await knex.schema.createTable('record_links', (t) => {
    t.bigIncrements('id');
    t.text('from_type').notNullable();
    t.uuid('from_id').notNullable();
    t.text('from_number').notNullable();
    // Read from the "from" side, e.g. a problem `caused` an incident; the other side reads
    // the inverse name the core derives (`caused_by`).
    t.text('relation').notNullable();
    t.text('to_type').notNullable();
    t.uuid('to_id').notNullable();
    t.text('to_number').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.text('created_by').notNullable();
    t.unique(['from_id', 'relation', 'to_id']);
    t.index(['to_id']);
  });

  await knex.schema.createTable('approvals', (t) => {
    t.bigIncrements('id');
    t.text('record_type').notNullable();
    t.uuid('record_id').notNullable();
    // A record may go through approval more than once (e.g. returned, revised, resubmitted).
    t.integer('round').notNullable().defaultTo(1);
    t.integer('step').notNullable();
    t.text('decision').notNullable();
    t.text('comment');
    t.text('decided_by').notNullable();
    t.timestamp('decided_at', { useTz: true }).notNullable();
    t.text('idempotency_key').unique();
    t.unique(['record_id', 'round', 'step']);
  });
  await knex.raw(
    "alter table approvals add constraint approvals_decision_check check (decision in ('approve', 'reject', 'return'))",
  );
  await knex.raw(
    "alter table approvals add constraint approvals_comment_check check (decision = 'approve' or coalesce(btrim(comment), '') <> '')",
  );

  await knex.schema.createTable('enum_labels', (t) => {
    t.text('kind').notNullable();
    t.text('field').notNullable();
    t.text('value').notNullable();
    t.text('label_en').notNullable();
    t.text('label_zh_cn').notNullable();
    t.primary(['kind', 'field', 'value']);
  });

  await knex.schema.createTable('problems', (t) => {
    recordColumns(knex, t);
    t.text('title').notNullable();
    t.text('source_type');
    t.text('source_number');
    t.text('category');
    t.uuid('ci_id');
    t.text('impact');
    t.text('urgency');
    t.text('priority');
    t.text('owner_group');
    t.text('owner');
    t.text('known_error_number');
    t.text('change_number');
    t.timestamp('resolved_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.index(['ci_id', 'category']);
  });

  await knex.schema.createTable('known_errors', (t) => {
    recordColumns(knex, t);
    t.text('title').notNullable();
    t.text('problem_number');
    t.text('category');
    t.uuid('ci_id');
    t.timestamp('published_at', { useTz: true });
    t.index(['ci_id', 'category']);
  });
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  for (const table of [
    'known_errors',
    'problems',
    'enum_labels',
    'approvals',
    'record_links',
    'record_activities',
  ])
    await knex.schema.dropTableIfExists(table);
}
