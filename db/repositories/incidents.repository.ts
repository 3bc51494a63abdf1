import type { Knex } from 'knex';
import { createAuditRepository } from './audit.repository.ts';
import { allocateRecordNumber } from './numbering.ts';
import { createRecordsRepository } from './records.repository.ts';

/** An `incidents` row as the API and the workers read it. */
export interface IncidentRow {
  id: string;
  number: string;
  status: string;
  title: string;
  description: string | null;
  channel: string;
  reporterName: string;
  reporterContact: string | null;
  customerId: string | null;
  serviceId: string | null;
  type: string | null;
  category: string | null;
  impact: number;
  urgency: number;
  priority: string;
  assignmentGroup: string;
  assignee: string | null;
  functionalLevel: string;
  hierarchicalLevel: string;
  isMajor: boolean;
  isSecurity: boolean;
  recurring: boolean;
  knownErrorId: string | null;
  problemId: string | null;
  resolutionCode: string | null;
  resolution: string | null;
  reopenCount: number;
  rating: number | null;
  exempt: boolean;
  exemptReason: string | null;
  exemptBy: string | null;
  customerWarnedAt: Date | null;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  processInstanceKey: string | null;
  /** Correlation key of the `Msg_IncidentReported` that created it (message starts). */
  requestId: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  ciIds: string[];
}

/** What a new incident is created from (the API's POST /api/incidents). */
export interface NewIncident {
  title: string;
  description?: string | null;
  channel: string;
  impact: number;
  urgency: number;
  priority: string;
  reporterName: string;
  reporterContact?: string | null;
  customerId?: string | null;
  serviceId?: string | null;
  ciId?: string | null;
  /** The request id of an API report (a retry with it answers this incident). */
  requestId?: string | null;
  createdBy: string;
  at: Date;
}

/** Filters of GET /api/incidents. */
export interface IncidentFilter {
  status?: string;
  priority?: string;
  assignmentGroup?: string;
  q?: string;
  /** Customer contacts see their customer's incidents only. */
  customerId?: string;
  /** Requesters see the incidents they reported only. */
  createdBy?: string;
  limit: number;
  offset: number;
}

/** One entry of a record's history as the API shows it. */
export interface HistoryEntry {
  at: Date;
  actor: string;
  action: string;
  details: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An `incidents` row (snake_case columns) in domain terms, with its CI ids. */
export function toIncident(r: Record<string, unknown>, ciIds: string[] = []): IncidentRow {
  const date = (v: unknown) => (v == null ? null : new Date(v as string));
  return {
    id: r.id as string,
    number: r.number as string,
    status: r.status as string,
    title: r.title as string,
    description: (r.description as string | null) ?? null,
    channel: r.channel as string,
    reporterName: r.reporter_name as string,
    reporterContact: (r.reporter_contact as string | null) ?? null,
    customerId: (r.customer_id as string | null) ?? null,
    serviceId: (r.service_id as string | null) ?? null,
    type: (r.type as string | null) ?? null,
    category: (r.category as string | null) ?? null,
    impact: Number(r.impact),
    urgency: Number(r.urgency),
    priority: r.priority as string,
    assignmentGroup: r.assignment_group as string,
    assignee: (r.assignee as string | null) || null,
    functionalLevel: r.functional_level as string,
    hierarchicalLevel: r.hierarchical_level as string,
    isMajor: Boolean(r.is_major),
    isSecurity: Boolean(r.is_security),
    recurring: Boolean(r.recurring),
    knownErrorId: (r.known_error_id as string | null) ?? null,
    problemId: (r.problem_id as string | null) ?? null,
    resolutionCode: (r.resolution_code as string | null) ?? null,
    resolution: (r.resolution as string | null) ?? null,
    reopenCount: Number(r.reopen_count ?? 0),
    rating: r.rating == null ? null : Number(r.rating),
    exempt: Boolean(r.exempt),
    exemptReason: (r.exempt_reason as string | null) ?? null,
    exemptBy: (r.exempt_by as string | null) ?? null,
    customerWarnedAt: date(r.customer_warned_at),
    respondedAt: date(r.responded_at),
    resolvedAt: date(r.resolved_at),
    closedAt: date(r.closed_at),
    cancelledAt: date(r.cancelled_at),
    cancelReason: (r.cancel_reason as string | null) ?? null,
    processInstanceKey: (r.process_instance_key as string | null) ?? null,
    requestId: (r.request_id as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    createdBy: r.created_by as string,
    updatedAt: new Date(r.updated_at as string),
    ciIds,
  };
}

/** Incidents as the API creates, reads and lists them (workers write through records.repository). */
export function createIncidentsRepository(db: Knex | Knex.Transaction) {
  return {
    /**
     * Inserts a new incident with the next `INC` number, its CI link, a history row and the
     * audit entry. Call inside the transaction that also starts the clocks and the instance:
     * a rollback gives the number back (§0.3).
     */
    async insert(trx: Knex.Transaction, n: NewIncident): Promise<IncidentRow> {
      const number = await allocateRecordNumber(trx, 'INC', n.at);
      const [row] = await trx('incidents')
        .insert({
          number,
          status: 'new',
          title: n.title,
          description: n.description ?? null,
          channel: n.channel,
          reporter_name: n.reporterName,
          reporter_contact: n.reporterContact ?? null,
          customer_id: n.customerId ?? null,
          service_id: n.serviceId ?? null,
          impact: n.impact,
          urgency: n.urgency,
          priority: n.priority,
          assignment_group: 'service-desk',
          request_id: n.requestId ?? null,
          created_at: n.at,
          created_by: n.createdBy,
          updated_at: n.at,
          updated_by: n.createdBy,
        })
        .returning('*');
      if (n.ciId) await trx('incident_cis').insert({ incident_id: row.id, ci_id: n.ciId });
      await createRecordsRepository(trx).appendActivity('incident', row.id, {
        kind: 'status',
        text: 'new',
        customerVisible: true,
        data: { channel: n.channel, priority: n.priority },
        by: n.createdBy,
        at: n.at,
      });
      const incident = toIncident(row, n.ciId ? [n.ciId] : []);
      await createAuditRepository(trx).append({
        table: 'incidents',
        recordId: incident.id,
        action: 'create',
        after: row,
        actor: n.createdBy,
        at: n.at,
      });
      return incident;
    },

    /** The referenced service, CI and customer that do not exist, as field problems. */
    async missingReferences(input: {
      serviceId?: string;
      ciId?: string;
      customerId?: string;
    }): Promise<{ field: string; message: string }[]> {
      const problems: { field: string; message: string }[] = [];
      const checks: [string, string, string | undefined, string][] = [
        ['serviceId', 'services', input.serviceId, 'service'],
        ['ciId', 'configuration_items', input.ciId, 'configuration item'],
        ['customerId', 'customers', input.customerId, 'customer'],
      ];
      for (const [field, table, id, what] of checks) {
        if (!id) continue;
        const found = UUID.test(id) && (await db(table).where({ id }).first('id'));
        if (!found) problems.push({ field, message: `no ${what} ${id}` });
      }
      return problems;
    },

    async setProcessInstanceKey(trx: Knex.Transaction, id: string, key: string): Promise<void> {
      await trx('incidents').where({ id }).update({ process_instance_key: key });
    },

    /** An incident by id or number. */
    async get(idOrNumber: string): Promise<IncidentRow | undefined> {
      // The CIs come with the row: one statement (read on every incident page and command).
      const row = await db('incidents')
        .where(UUID.test(idOrNumber) ? 'id' : 'number', idOrNumber)
        .first(
          'incidents.*',
          db.raw(
            'array(select c.ci_id::text from incident_cis c where c.incident_id = incidents.id) as ci_ids',
          ),
        );
      if (!row) return undefined;
      return toIncident(row, row.ci_ids as string[]);
    },

    /** The incident created with this request id, if any. */
    async byRequestId(requestId: string): Promise<IncidentRow | undefined> {
      const row = await db('incidents').where({ request_id: requestId }).first();
      return row ? toIncident(row) : undefined;
    },

    async list(f: IncidentFilter): Promise<{ items: IncidentRow[]; total: number }> {
      const query = db('incidents').where((q) => {
        if (f.status) q.where('status', f.status);
        if (f.priority) q.where('priority', f.priority);
        if (f.assignmentGroup) q.where('assignment_group', f.assignmentGroup);
        if (f.customerId) q.where('customer_id', f.customerId);
        if (f.createdBy) q.where('created_by', f.createdBy);
        if (f.q) {
          const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          // The grams index keeps the candidates (record-store.repository.ts `list`).
          const text = f.q.trim();
          if ([...text].length >= 2 || (text.codePointAt(0) ?? 0) > 0x7f)
            q.whereRaw('itsm_search_grams(incidents.*) @> itsm_query_grams(?)', [f.q]);
          q.where((w) => w.whereILike('title', like).orWhereILike('number', like));
        }
      });
      const [{ count }] = await query.clone().count({ count: '*' });
      const rows = await query.orderBy('created_at', 'desc').limit(f.limit).offset(f.offset);
      return { items: rows.map((r) => toIncident(r)), total: Number(count) };
    },

    /** Incidents whose process waits at an activity with SLA timers (new or in progress). */
    async openForTimers(): Promise<IncidentRow[]> {
      const rows = await db('incidents')
        .whereIn('status', ['new', 'in_progress'])
        .whereNotNull('process_instance_key');
      return rows.map((r) => toIncident(r));
    },

    /** The record's own history rows (in `record_activities`), oldest first. */
    async activities(id: string): Promise<HistoryEntry[]> {
      const rows = await db('record_activities')
        .where({ record_type: 'incident', record_id: id })
        .orderBy(['at', 'id']);
      return rows.map((r) => {
        // An incident worker's entry keeps its facts under `data`; the core's (status, fields)
        // at the top level.
        const { text, customerVisible, data, ...facts } = (r.details ?? {}) as {
          text?: string;
          data?: object;
          customerVisible?: boolean;
        };
        return {
          at: new Date(r.at),
          actor: r.actor,
          action: r.action,
          details: { text, customerVisible: customerVisible ?? false, ...facts, ...(data ?? {}) },
        };
      });
    },

    /** Escalation rows of the record, oldest first. */
    async escalations(id: string) {
      return db('escalations')
        .where({ record_type: 'incident', record_id: id })
        .orderBy(['at', 'id']);
    },
  };
}

export type IncidentsRepository = ReturnType<typeof createIncidentsRepository>;
