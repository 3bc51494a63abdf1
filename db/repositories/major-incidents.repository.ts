import type { Knex } from 'knex';
import { createAuditRepository } from './audit.repository.ts';
import { createRecordsRepository } from './records.repository.ts';

/** A `major_incidents` row with the number and customer of its incident. */
export interface MajorIncident {
  id: string;
  incidentId: string;
  incidentNumber: string;
  customerId: string | null;
  incidentResolvedAt: Date | null;
  declaredAt: Date;
  declaredBy: string;
  criteriaMatched: string[];
  managerId: string | null;
  mgmtNotifiedAt: Date | null;
  updateIntervalMinutes: number | null;
  continuityInvoked: boolean;
  restoredAt: Date | null;
  report: unknown;
  reviewAt: Date | null;
  participants: string[] | null;
  opportunities: unknown;
  reviewNotes: unknown;
  problemNeeded: boolean | null;
  processInstanceKey: string | null;
}

/** A `major_incident_updates` row. */
export interface MajorIncidentUpdate {
  id: string;
  majorIncidentId: string;
  at: Date;
  by: string;
  statusSummary: string;
  customerMessage: string;
  nextUpdateAt: Date | null;
}

/** The columns of `major_incidents` a worker may change. */
export interface MajorIncidentChanges {
  manager_id?: string;
  mgmt_notified_at?: Date;
  update_interval_minutes?: number;
  continuity_invoked?: boolean;
  restored_at?: Date;
  report?: unknown;
  review_at?: Date;
  participants?: string[];
  opportunities?: unknown;
  review_notes?: unknown;
  problem_needed?: boolean;
}

const JSON_COLUMNS = new Set(['report', 'participants', 'opportunities', 'review_notes']);

const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

function toMajor(r: Record<string, unknown>): MajorIncident {
  return {
    id: String(r.id),
    incidentId: String(r.incident_id),
    incidentNumber: String(r.incident_number),
    customerId: (r.customer_id as string | null) ?? null,
    incidentResolvedAt: date(r.incident_resolved_at),
    declaredAt: new Date(r.declared_at as string),
    declaredBy: String(r.declared_by),
    criteriaMatched: (r.criteria_matched as string[] | null) ?? [],
    managerId: (r.manager_id as string | null) ?? null,
    mgmtNotifiedAt: date(r.mgmt_notified_at),
    updateIntervalMinutes:
      r.update_interval_minutes == null ? null : Number(r.update_interval_minutes),
    continuityInvoked: Boolean(r.continuity_invoked),
    restoredAt: date(r.restored_at),
    report: r.report ?? null,
    reviewAt: date(r.review_at),
    participants: (r.participants as string[] | null) ?? null,
    opportunities: r.opportunities ?? null,
    reviewNotes: r.review_notes ?? null,
    problemNeeded: (r.problem_needed as boolean | null) ?? null,
    processInstanceKey: (r.process_instance_key as string | null) ?? null,
  };
}

function toUpdate(r: Record<string, unknown>): MajorIncidentUpdate {
  return {
    id: String(r.id),
    majorIncidentId: String(r.major_incident_id),
    at: new Date(r.at as string),
    by: String(r.by),
    statusSummary: String(r.status_summary),
    customerMessage: String(r.customer_message),
    nextUpdateAt: date(r.next_update_at),
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return date(a)?.getTime() === date(b)?.getTime();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Major incidents (processes.md §1.2) and their status updates. Declaration is once per
 * incident; every change is audited (`audit_log`, table `major_incidents`).
 */
export function createMajorIncidentRepository(db: Knex) {
  const select = (q: Knex | Knex.Transaction) =>
    q('major_incidents as m')
      .join('incidents as i', 'i.id', 'm.incident_id')
      .select(
        'm.*',
        'i.number as incident_number',
        'i.customer_id',
        'i.resolved_at as incident_resolved_at',
      );

  const forIncident = async (incidentId: string): Promise<MajorIncident | undefined> => {
    const row = await select(db).where('m.incident_id', incidentId).first();
    return row && toMajor(row);
  };

  return {
    async get(id: string): Promise<MajorIncident | undefined> {
      const row = await select(db).where('m.id', id).first();
      return row && toMajor(row);
    },

    forIncident,

    /**
     * Declares the incident major once (unique per incident), in one transaction: the
     * major_incidents row, `incidents.is_major`, a history row and the audit entries. A
     * repeat returns the existing declaration with `created: false`.
     */
    async declare(d: {
      incidentId: string;
      declaredBy: string;
      criteriaMatched: readonly string[];
      processInstanceKey: string;
      actor: string;
      at: Date;
      activityKey: string;
    }): Promise<{ major: MajorIncident; created: boolean }> {
      const created = await db.transaction(async (trx) => {
        const rows = await trx('major_incidents')
          .insert({
            incident_id: d.incidentId,
            declared_at: d.at,
            declared_by: d.declaredBy,
            criteria_matched: JSON.stringify(d.criteriaMatched),
            process_instance_key: d.processInstanceKey,
            updated_at: d.at,
          })
          .onConflict('incident_id')
          .ignore()
          .returning('id');
        if (rows.length === 0) return false;
        await createAuditRepository(trx).append({
          table: 'major_incidents',
          recordId: String(rows[0].id),
          action: 'create',
          after: {
            incident_id: d.incidentId,
            declared_by: d.declaredBy,
            criteria_matched: d.criteriaMatched,
          },
          actor: d.actor,
          at: d.at,
        });
        const records = createRecordsRepository(trx);
        await records.update(
          'incident',
          d.incidentId,
          { is_major: true },
          d.actor,
          d.at,
          'declare-major',
        );
        await records.appendActivity('incident', d.incidentId, {
          kind: 'escalation',
          text: 'Declared a major incident',
          data: { criteriaMatched: d.criteriaMatched, declaredBy: d.declaredBy },
          by: d.actor,
          at: d.at,
          idempotencyKey: d.activityKey,
        });
        return true;
      });
      const major = await forIncident(d.incidentId);
      if (!major) throw new Error(`major incident of ${d.incidentId} vanished after declaring it`);
      return { major, created };
    },

    /** Changes columns and audits the ones that differ; false when nothing changed. */
    async update(
      id: string,
      changes: MajorIncidentChanges,
      actor: string,
      at: Date,
      action = 'update',
    ): Promise<boolean> {
      return db.transaction(async (trx) => {
        const before = await trx('major_incidents').where({ id }).forUpdate().first();
        if (!before) throw new Error(`major incident ${id} does not exist`);
        const changed: Record<string, unknown> = {};
        const previous: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || same(before[key], value)) continue;
          changed[key] = value;
          previous[key] = before[key];
        }
        if (Object.keys(changed).length === 0) return false;
        const stored = Object.fromEntries(
          Object.entries(changed).map(([k, v]) => [k, JSON_COLUMNS.has(k) ? JSON.stringify(v) : v]),
        );
        await trx('major_incidents')
          .where({ id })
          .update({ ...stored, updated_at: at });
        await createAuditRepository(trx).append({
          table: 'major_incidents',
          recordId: id,
          action,
          before: previous,
          after: changed,
          actor,
          at,
        });
        return true;
      });
    },

    /** Adds a status update once per key; returns the stored update. */
    async addUpdate(u: {
      majorIncidentId: string;
      at: Date;
      by: string;
      statusSummary: string;
      customerMessage: string;
      nextUpdateAt: Date | null;
      idempotencyKey: string;
    }): Promise<MajorIncidentUpdate> {
      await db.transaction(async (trx) => {
        const rows = await trx('major_incident_updates')
          .insert({
            major_incident_id: u.majorIncidentId,
            at: u.at,
            by: u.by,
            status_summary: u.statusSummary,
            customer_message: u.customerMessage,
            next_update_at: u.nextUpdateAt,
            idempotency_key: u.idempotencyKey,
          })
          .onConflict('idempotency_key')
          .ignore()
          .returning('id');
        if (rows.length === 0) return;
        await createAuditRepository(trx).append({
          table: 'major_incidents',
          recordId: u.majorIncidentId,
          action: 'status-update',
          after: {
            updateId: String(rows[0].id),
            statusSummary: u.statusSummary,
            customerMessage: u.customerMessage,
            nextUpdateAt: u.nextUpdateAt,
          },
          actor: u.by,
          at: u.at,
        });
      });
      const row = await db('major_incident_updates')
        .where({ idempotency_key: u.idempotencyKey })
        .first();
      return toUpdate(row);
    },

    async updates(majorIncidentId: string): Promise<MajorIncidentUpdate[]> {
      const rows = await db('major_incident_updates')
        .where({ major_incident_id: majorIncidentId })
        .orderBy('id');
      return rows.map(toUpdate);
    },
  };
}
export type MajorIncidentRepository = ReturnType<typeof createMajorIncidentRepository>;
