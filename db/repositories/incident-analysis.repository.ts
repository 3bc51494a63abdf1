import type { Knex } from 'knex';
import { createAuditRepository } from './audit.repository.ts';
import { toIncident, type IncidentRow } from './incidents.repository.ts';
import { allocateRecordNumber } from './numbering.ts';

export type { IncidentRow } from './incidents.repository.ts';
import { createRecordsRepository, type ActivityInput } from './records.repository.ts';

/**
 * Incident data the incident workers read and write beyond the generic records repository:
 * the full row, creation in one transaction, idempotent transitions, CIs, escalations,
 * satisfaction responses, and the analyses (recurrence, priority override).

 * The row mapping is `incidents.repository.ts`'s, shared with the API.
 */

/** A configuration item as incidents reference it. */
export interface CiRef {
  id: string;
  number: string;
  type: string;
  serviceId: string | null;
}

/** The facts of a new incident (`Task_Record` on a message start). */
export interface NewIncident {
  requestId: string;
  title: string;
  description: string | null;
  channel: string;
  reporterName: string;
  customerId: string | null;
  serviceId: string | null;
  impact: number;
  urgency: number;
  priority: string;
  assignmentGroup: string;
  ciIds: string[];
  sourceType: string | null;
  sourceNumber: string | null;
  processInstanceKey: string;
  actor: string;
  at: Date;
  /** Idempotency key of the "recorded" history row. */
  activityKey: string;
}

/** An `escalations` row of an incident. */
export interface EscalationInput {
  kind: 'functional' | 'hierarchical';
  fromLevel: string | null;
  toLevel: string;
  fromGroup?: string | null;
  toGroup?: string | null;
  reason: string;
  clockType?: string | null;
  by: string;
  idempotencyKey: string;
}

/** A `satisfaction_responses` row. */
export interface SatisfactionInput {
  kind: 'transactional';
  customerId: string | null;
  score: number;
  comment: string | null;
  respondedBy: string;
  idempotencyKey: string;
}

/** The writes a transition may make, inside its transaction; every one is audited. */
export interface IncidentWriter {
  /** Updates columns (snake_case) of the incident; audited with the transition's action. */
  update(changes: Record<string, unknown>): Promise<boolean>;
  /** Replaces the incident's CIs with exactly these. */
  setCis(ciIds: readonly string[]): Promise<void>;
  addEscalation(e: EscalationInput): Promise<boolean>;
  addSatisfaction(s: SatisfactionInput): Promise<boolean>;
  appendActivity(a: Omit<ActivityInput, 'by' | 'at'>): Promise<boolean>;
}

/** One transition of an incident, applied at most once per key (`once`, the default). */
export interface TransitionSpec {
  /** Idempotency key of the history row that marks the transition as done. */
  key: string;
  actor: string;
  at: Date;
  /** Audit action, e.g. `resolve`. */
  action: string;
  /**
   * true (default): a second run with the same key changes nothing. false: the changes are
   * absolute and applied again; the history row is still written once.
   */
  once?: boolean;
  /** The history row written with `key`. */
  activity(row: IncidentRow): Omit<ActivityInput, 'by' | 'at' | 'idempotencyKey'>;
  apply(row: IncidentRow, writer: IncidentWriter): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string } | null;
  return e?.code === '23505' && (e.constraint ?? '').includes(constraint);
}

async function ciIdsOf(db: Knex | Knex.Transaction, incidentId: string): Promise<string[]> {
  const rows = await db('incident_cis')
    .where({ incident_id: incidentId })
    .orderBy('ci_id')
    .select('ci_id');
  return rows.map((r) => String(r.ci_id));
}

async function readIncident(
  db: Knex | Knex.Transaction,
  where: Record<string, unknown>,
  lock = false,
): Promise<IncidentRow | undefined> {
  // The CIs come with the row (one statement: the workers read the incident on most jobs).
  const q = db('incidents')
    .where(where)
    .first(
      'incidents.*',
      db.raw(
        'array(select c.ci_id::text from incident_cis c where c.incident_id = incidents.id order by c.ci_id) as ci_ids',
      ),
    );
  const row = await (lock ? q.forUpdate() : q);
  return row ? toIncident(row, row.ci_ids as string[]) : undefined;
}

/** Incident rows for the workers: read, create once, transition once, linked rows. */
export function createIncidentWorkRepository(db: Knex) {
  const writerFor = (
    trx: Knex.Transaction,
    id: string,
    actor: string,
    at: Date,
    action: string,
  ): IncidentWriter => {
    const records = createRecordsRepository(trx);
    const audit = createAuditRepository(trx);
    return {
      update: (changes) => records.update('incident', id, changes, actor, at, action),
      async setCis(ciIds) {
        const before = await ciIdsOf(trx, id);
        const after = [...new Set(ciIds)].sort();
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        await trx('incident_cis').where({ incident_id: id }).whereNotIn('ci_id', after).delete();
        if (after.length > 0) {
          await trx('incident_cis')
            .insert(after.map((ci) => ({ incident_id: id, ci_id: ci })))
            .onConflict(['incident_id', 'ci_id'])
            .ignore();
        }
        await audit.append({
          table: 'incidents',
          recordId: id,
          action: 'cis',
          before: { ciIds: before },
          after: { ciIds: after },
          actor,
          at,
        });
      },
      async addEscalation(e) {
        const rows = await trx('escalations')
          .insert({
            record_type: 'incident',
            record_id: id,
            kind: e.kind,
            from_level: e.fromLevel,
            to_level: e.toLevel,
            from_group: e.fromGroup ?? null,
            to_group: e.toGroup ?? null,
            reason: e.reason,
            clock_type: e.clockType ?? null,
            at,
            by: e.by,
            idempotency_key: e.idempotencyKey,
          })
          .onConflict('idempotency_key')
          .ignore()
          .returning('id');
        if (rows.length === 0) return false;
        await audit.append({
          table: 'incidents',
          recordId: id,
          action: 'escalate',
          after: { escalationId: String(rows[0].id), ...e },
          actor,
          at,
        });
        return true;
      },
      async addSatisfaction(s) {
        const rows = await trx('satisfaction_responses')
          .insert({
            kind: s.kind,
            record_type: 'incident',
            record_id: id,
            customer_id: s.customerId,
            score: s.score,
            comment: s.comment,
            responded_at: at,
            responded_by: s.respondedBy,
            idempotency_key: s.idempotencyKey,
          })
          .onConflict('idempotency_key')
          .ignore()
          .returning('id');
        if (rows.length === 0) return false;
        await audit.append({
          table: 'incidents',
          recordId: id,
          action: 'satisfaction',
          after: { satisfactionId: String(rows[0].id), score: s.score, kind: s.kind },
          actor,
          at,
        });
        return true;
      },
      appendActivity: (a) => records.appendActivity('incident', id, { ...a, by: actor, at }),
    };
  };

  return {
    /** The incident with its CIs, or undefined. */
    get(id: string): Promise<IncidentRow | undefined> {
      return readIncident(db, { id });
    },

    /** The incident a message start created with this request id, or undefined. */
    findByRequestId(requestId: string): Promise<IncidentRow | undefined> {
      return readIncident(db, { request_id: requestId });
    },

    /** Configuration items by id or number; unknown ones are left out. */
    async configurationItems(idsOrNumbers: readonly string[]): Promise<CiRef[]> {
      if (idsOrNumbers.length === 0) return [];
      const ids = idsOrNumbers.filter((x) => UUID.test(x));
      const numbers = idsOrNumbers.filter((x) => !UUID.test(x));
      const rows = await db('configuration_items')
        .where((q) => {
          if (ids.length) q.whereIn('id', ids);
          if (numbers.length) q.orWhereIn('number', numbers);
        })
        .select('id', 'number', 'type', 'service_id');
      return rows.map((r) => ({
        id: String(r.id),
        number: String(r.number),
        type: String(r.type),
        serviceId: (r.service_id as string | null) ?? null,
      }));
    },

    /**
     * Creates the incident once per request id, in one transaction: number, row, CIs, the
     * "recorded" history row and the audit entry. A second call with the same request id
     * (or a concurrent one) returns the first row with `created: false`.
     */
    async create(n: NewIncident): Promise<{ row: IncidentRow; created: boolean }> {
      const existing = await readIncident(db, { request_id: n.requestId });
      if (existing) return { row: existing, created: false };
      try {
        const id = await db.transaction(async (trx) => {
          const number = await allocateRecordNumber(trx, 'INC', n.at);
          const values = {
            number,
            status: 'new',
            created_at: n.at,
            created_by: n.actor,
            updated_at: n.at,
            updated_by: n.actor,
            process_instance_key: n.processInstanceKey,
            title: n.title,
            description: n.description,
            channel: n.channel,
            reporter_name: n.reporterName,
            customer_id: n.customerId,
            service_id: n.serviceId,
            impact: n.impact,
            urgency: n.urgency,
            priority: n.priority,
            assignment_group: n.assignmentGroup,
            request_id: n.requestId,
            source_type: n.sourceType,
            source_number: n.sourceNumber,
          };
          const [row] = await trx('incidents').insert(values).returning('id');
          const incidentId = String(row.id);
          if (n.ciIds.length > 0) {
            await trx('incident_cis').insert(
              [...new Set(n.ciIds)].map((ci) => ({ incident_id: incidentId, ci_id: ci })),
            );
          }
          await createRecordsRepository(trx).appendActivity('incident', incidentId, {
            kind: 'status',
            text: 'Recorded',
            data: { status: 'new', channel: n.channel, sourceType: n.sourceType },
            by: n.actor,
            at: n.at,
            idempotencyKey: n.activityKey,
          });
          await createAuditRepository(trx).append({
            table: 'incidents',
            recordId: incidentId,
            action: 'create',
            after: { ...values, ciIds: n.ciIds },
            actor: n.actor,
            at: n.at,
          });
          return incidentId;
        });
        const row = await readIncident(db, { id });
        if (!row) throw new Error(`incident ${id} vanished after its creation`);
        return { row, created: true };
      } catch (err) {
        // A concurrent run with the same request id won; its number stays, ours is given back.
        if (!isUniqueViolation(err, 'request_id')) throw err;
        const row = await readIncident(db, { request_id: n.requestId });
        if (!row) throw err;
        return { row, created: false };
      }
    },

    /**
     * Applies a transition in one transaction with the incident locked; the history row
     * keyed by `spec.key` marks it done. Returns undefined when the incident does not exist;
     * errors thrown by `apply` roll everything back.
     */
    async transition(
      id: string,
      spec: TransitionSpec,
    ): Promise<{ applied: boolean; row: IncidentRow } | undefined> {
      const result = await db.transaction(async (trx) => {
        const row = await readIncident(trx, { id }, true);
        if (!row) return undefined;
        const done = await trx('record_activities')
          .where({ idempotency_key: spec.key })
          .first('id');
        if (done && spec.once !== false) return { applied: false };
        const writer = writerFor(trx, id, spec.actor, spec.at, spec.action);
        await spec.apply(row, writer);
        await writer.appendActivity({ ...spec.activity(row), idempotencyKey: spec.key });
        return { applied: !done };
      });
      if (!result) return undefined;
      const row = await readIncident(db, { id });
      return row && { applied: result.applied, row };
    },

    /** Whether a history row with this key exists (a job's step already done). */
    async hasActivity(key: string): Promise<boolean> {
      return Boolean(await db('record_activities').where({ idempotency_key: key }).first('id'));
    },
  };
}
export type IncidentWorkRepository = ReturnType<typeof createIncidentWorkRepository>;

/** An incident linked to a CI, for the recurrence rule. */
export interface CiIncident {
  id: string;
  number: string;
  ciId: string;
  category: string | null;
  status: string;
  createdAt: Date;
  problemId: string | null;
}

/** Analyses over incidents: recurrence candidates, manual priority overrides. */
export function createIncidentAnalysisRepository(db: Knex | Knex.Transaction) {
  return {
    /**
     * Incidents linked to any of these CIs, in this category, logged at or after `since`
     * (one row per incident and CI).
     */
    async incidentsOnCis(q: {
      ciIds: readonly string[];
      category: string;
      since: Date;
    }): Promise<CiIncident[]> {
      if (q.ciIds.length === 0) return [];
      const rows = await db('incidents as i')
        .join('incident_cis as c', 'c.incident_id', 'i.id')
        .whereIn('c.ci_id', q.ciIds)
        .where('i.category', q.category)
        .where('i.created_at', '>=', q.since)
        .orderBy('i.created_at')
        .select(
          'i.id',
          'i.number',
          'c.ci_id',
          'i.category',
          'i.status',
          'i.created_at',
          'i.problem_id',
        );
      return rows.map((r) => ({
        id: String(r.id),
        number: String(r.number),
        ciId: String(r.ci_id),
        category: (r.category as string | null) ?? null,
        status: String(r.status),
        createdAt: new Date(r.created_at),
        problemId: (r.problem_id as string | null) ?? null,
      }));
    },

    /** Whether an authorised override set the incident's priority (a `priority` history row). */
    async hasPriorityOverride(incidentId: string): Promise<boolean> {
      const row = await db('record_activities')
        .where({ record_type: 'incident', record_id: incidentId, action: 'priority' })
        .first('id');
      return Boolean(row);
    },
  };
}
export type IncidentAnalysisRepository = ReturnType<typeof createIncidentAnalysisRepository>;
