// @ts-check
/**
 * Information security incidents (processes.md §4): the `security_incidents` kind table
 * (lib/records/kinds/security-incident.ts). At most one per incident: a security incident
 * raised from an incident is keyed by its number (§0.8, exception to P4).
 */
import { recordColumns } from './support/record-table.js';

/** @param {import('knex').Knex} knex */
export async function up(knex) {
  await knex.schema.createTable('security_incidents', (t) => {
    recordColumns(knex, t);
    t.text('title').notNullable();
    t.uuid('incident_id').references('incidents.id');
    t.text('incident_number');
    t.text('category');
    t.text('confidentiality_impact');
    t.text('integrity_impact');
    t.text('availability_impact');
    t.boolean('personal_data');
    t.text('risk_level');
    t.text('priority');
    t.boolean('external_reporting_required');
    t.text('reported_to');
    t.timestamp('reported_at', { useTz: true });
    t.text('containment');
    t.boolean('evidence_preserved');
    t.text('lessons');
    t.timestamp('closed_at', { useTz: true });
    t.unique(['incident_id']);
    t.index(['risk_level']);
  });
  await knex.raw(
    "alter table security_incidents add constraint security_incidents_status_check check (status in ('assessing', 'containing', 'reviewing', 'closed'))",
  );
}

/** @param {import('knex').Knex} knex */
export async function down(knex) {
  await knex.schema.dropTableIfExists('security_incidents');
}
