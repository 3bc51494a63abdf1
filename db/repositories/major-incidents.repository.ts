import type { Knex } from 'knex';
import { majorIncidentKind } from '../../lib/records/kinds/major-incident.ts';
import { fromRow, toRow } from '../../lib/records/schema.ts';
import { createAuditRepository } from './audit.repository.ts';
import { createRecordsRepository } from './records.repository.ts';
import { ReadOnlyRecordError } from './record-store.repository.ts';

const KIND = majorIncidentKind;

/** A major incident (a `major-incident` record) with the customer and resolution of its incident. */
export interface MajorIncident {
  id: string;
  incidentId: string;
  /** Its incident's number, which is its own (the kind has no number of its own). */
  incidentNumber: string;
  status: MajorIncidentStatus;
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

export type MajorIncidentStatus = keyof typeof KIND.statuses.labels;

/** A status update: a `status-update` entry of the major incident's history. */
export interface MajorIncidentUpdate {
  id: string;
  majorIncidentId: string;
  at: Date;
  by: string;
  statusSummary: string;
  customerMessage: string;
  nextUpdateAt: Date | null;
}

/** What a worker may change: the manager (the record's assignee) and the kind's fields. */
export interface MajorIncidentChanges {
  managerId?: string;
  mgmtNotifiedAt?: Date;
  updateIntervalMinutes?: number;
  continuityInvoked?: boolean;
  restoredAt?: Date;
  report?: unknown;
  reviewAt?: Date;
  participants?: string[];
  review?: {
    opportunities: unknown;
    whatWorked: string | null;
    correctiveActions: string | null;
    noOpportunityReason: string | null;
  };
  problemNeeded?: boolean;
}

/** The steps of §1.2 in order: a worker's write moves the status forward, never back. */
const STEPS: readonly MajorIncidentStatus[] = [
  'declared',
  'managed',
  'restored',
  'reported',
  'reviewed',
];

const date = (v: unknown): Date | null => (v == null ? null : new Date(v as string));
/** Dates compare and are told as ISO instants, as the record's view holds them. */
const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

/** JSON with object keys sorted: jsonb keeps its own key order, so compare by content. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

function toMajor(r: Record<string, unknown>): MajorIncident {
  const a = (r.attributes ?? {}) as Record<string, unknown>;
  const review = (a.review ?? null) as Record<string, unknown> | null;
  const notes = review && { ...review };
  if (notes) delete notes.opportunities;
  return {
    id: String(r.id),
    incidentId: String(r.incident_id),
    incidentNumber: String(r.number),
    status: r.status as MajorIncidentStatus,
    customerId: (r.incident_customer_id as string | null) ?? null,
    incidentResolvedAt: date(r.incident_resolved_at),
    declaredAt: new Date(r.created_at as string),
    declaredBy: String(r.created_by),
    criteriaMatched: (a.criteriaMatched as string[] | undefined) ?? [],
    managerId: (r.assignee as string | null) ?? null,
    mgmtNotifiedAt: date(r.mgmt_notified_at),
    updateIntervalMinutes:
      r.update_interval_minutes == null ? null : Number(r.update_interval_minutes),
    continuityInvoked: Boolean(r.continuity_invoked),
    restoredAt: date(r.restored_at),
    report: a.report ?? null,
    reviewAt: date(r.review_at),
    participants: (a.participants as string[] | undefined) ?? null,
    opportunities: review?.opportunities ?? null,
    reviewNotes: notes,
    problemNeeded: (r.problem_needed as boolean | null) ?? null,
    processInstanceKey: (r.process_instance_key as string | null) ?? null,
  };
}

function toUpdate(r: Record<string, unknown>): MajorIncidentUpdate {
  const d = (r.details ?? {}) as Record<string, unknown>;
  return {
    id: String(r.id),
    majorIncidentId: String(r.record_id),
    at: new Date(r.at as string),
    by: String(r.actor),
    statusSummary: String(d.statusSummary),
    customerMessage: String(d.customerMessage),
    nextUpdateAt: date(d.nextUpdateAt),
  };
}

/**
 * Major incidents (processes.md §1.2): `major-incident` records of the core, numbered by their
 * incident, with their status updates in the shared history (`record_activities`, action
 * `status-update`). Declaration is once per incident; the workers' steps move the status
 * (declared → managed → restored → reported → reviewed); every change is audited
 * (`audit_log`, table `major_incidents`) and told in the history.
 */
export function createMajorIncidentRepository(db: Knex) {
  const select = (q: Knex | Knex.Transaction) =>
    q('major_incidents as m')
      .join('incidents as i', 'i.id', 'm.incident_id')
      .select(
        'm.*',
        'i.customer_id as incident_customer_id',
        'i.resolved_at as incident_resolved_at',
      );

  const forIncident = async (incidentId: string): Promise<MajorIncident | undefined> => {
    const row = await select(db).where('m.incident_id', incidentId).first();
    return row && toMajor(row);
  };

  const history = (
    trx: Knex.Transaction,
    id: string,
    action: string,
    details: Record<string, unknown>,
    actor: string,
    at: Date,
    idempotencyKey: string | null = null,
  ) =>
    trx('record_activities')
      .insert({
        record_type: KIND.type,
        record_id: id,
        action,
        details: JSON.stringify(details),
        actor,
        at,
        idempotency_key: idempotencyKey,
      })
      .onConflict('idempotency_key')
      .ignore()
      .returning('id');

  return {
    async get(id: string): Promise<MajorIncident | undefined> {
      const row = await select(db).where('m.id', id).first();
      return row && toMajor(row);
    },

    forIncident,

    /**
     * Declares the incident major once (unique per incident), in one transaction: the
     * `major-incident` record under the incident's number (status `declared`, created by the
     * declarer), `incidents.is_major`, history rows on both and the audit entries. A repeat
     * returns the existing declaration with `created: false`.
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
        const incident = (await trx('incidents')
          .where({ id: d.incidentId })
          .first('number', 'customer_id', 'service_id')) as
          { number: string; customer_id: string | null; service_id: string | null } | undefined;
        if (!incident) throw new Error(`incident ${d.incidentId} does not exist`);
        const rows = await trx('major_incidents')
          .insert({
            incident_id: d.incidentId,
            number: incident.number,
            status: KIND.statuses.initial,
            created_at: d.at,
            created_by: d.declaredBy,
            updated_at: d.at,
            updated_by: d.actor,
            customer_id: incident.customer_id,
            service_id: incident.service_id,
            process_instance_key: d.processInstanceKey,
            attributes: JSON.stringify({ criteriaMatched: d.criteriaMatched }),
          })
          .onConflict('incident_id')
          .ignore()
          .returning('id');
        if (rows.length === 0) return false;
        const id = String(rows[0].id);
        await history(
          trx,
          id,
          'created',
          { number: incident.number, fields: { criteriaMatched: d.criteriaMatched } },
          d.actor,
          d.at,
        );
        await createAuditRepository(trx).append({
          table: 'major_incidents',
          recordId: id,
          action: 'create',
          after: {
            incident_id: d.incidentId,
            number: incident.number,
            status: KIND.statuses.initial,
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

    /**
     * Sets the fields that differ and moves the status forward to `status` (a step already
     * passed stays passed), keeping the customer and service of the incident; audits and
     * tells what changed in the history. False when nothing changed. A reviewed major
     * incident is read-only (§0.1).
     */
    async update(
      id: string,
      changes: MajorIncidentChanges,
      actor: string,
      at: Date,
      action = 'update',
      status?: MajorIncidentStatus,
    ): Promise<boolean> {
      return db.transaction(async (trx) => {
        const row = (await trx('major_incidents').where({ id }).forUpdate().first()) as
          Record<string, unknown> | undefined;
        if (!row) throw new Error(`major incident ${id} does not exist`);
        const before = fromRow(KIND, row);
        const { managerId, ...fields } = changes;
        const changed: Record<string, { from: unknown; to: unknown }> = {};
        for (const [name, value] of Object.entries(fields))
          if (value !== undefined && canonical(before[name]) !== canonical(plain(value)))
            changed[name] = { from: before[name], to: plain(value) };
        if (managerId !== undefined && managerId !== before.assignee)
          changed.assignee = { from: before.assignee, to: managerId };
        const from = String(row.status) as MajorIncidentStatus;
        const to = status && STEPS.indexOf(status) > STEPS.indexOf(from) ? status : from;
        if (Object.keys(changed).length === 0 && to === from) return false;
        if ((KIND.statuses.final as readonly string[]).includes(from))
          throw new ReadOnlyRecordError(String(row.number), from);

        const { columns, attributes } = toRow(
          KIND,
          Object.fromEntries(
            Object.keys(changed).map((k) => [k, fields[k as keyof typeof fields]]),
          ),
        );
        const incident = (await trx('incidents')
          .where({ id: row.incident_id })
          .first('customer_id', 'service_id')) as {
          customer_id: string | null;
          service_id: string | null;
        };
        await trx('major_incidents')
          .where({ id })
          .update({
            ...columns,
            ...(changed.assignee ? { assignee: managerId } : {}),
            status: to,
            customer_id: incident.customer_id,
            service_id: incident.service_id,
            attributes: JSON.stringify({
              ...((row.attributes ?? {}) as Record<string, unknown>),
              ...attributes,
            }),
            updated_at: at,
            updated_by: actor,
          });
        if (Object.keys(changed).length) await history(trx, id, 'fields', { changed }, actor, at);
        if (to !== from) await history(trx, id, 'status', { from, to }, actor, at);
        await createAuditRepository(trx).append({
          table: 'major_incidents',
          recordId: id,
          action,
          before: {
            ...Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v.from])),
            ...(to !== from ? { status: from } : {}),
          },
          after: {
            ...Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v.to])),
            ...(to !== from ? { status: to } : {}),
          },
          actor,
          at,
        });
        return true;
      });
    },

    /** Adds a status update once per key (a history entry); returns the stored update. */
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
        const rows = await history(
          trx,
          u.majorIncidentId,
          'status-update',
          {
            statusSummary: u.statusSummary,
            customerMessage: u.customerMessage,
            nextUpdateAt: u.nextUpdateAt ? u.nextUpdateAt.toISOString() : null,
          },
          u.by,
          u.at,
          u.idempotencyKey,
        );
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
      const row = await db('record_activities')
        .where({ idempotency_key: u.idempotencyKey })
        .first();
      return toUpdate(row);
    },

    /** The status updates of a major incident, in written order. */
    async updates(majorIncidentId: string): Promise<MajorIncidentUpdate[]> {
      const rows = await db('record_activities')
        .where({ record_type: KIND.type, record_id: majorIncidentId, action: 'status-update' })
        .orderBy('id');
      return rows.map(toUpdate);
    },
  };
}
export type MajorIncidentRepository = ReturnType<typeof createMajorIncidentRepository>;
