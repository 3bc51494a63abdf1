import type { Knex } from 'knex';

/**
 * The read-backs of `npm run test:faults` (scripts/faults/): what each incident left in the
 * database after parts of the platform were killed under load, so that duplicates and
 * half-written work show. Kept here so that SQL lives only in db/.
 */

/** One incident of the run and where it stands. */
export interface FaultRunIncident {
  id: string;
  number: string;
  status: string;
  closedAt: Date | null;
  processInstanceKey: string | null;
}

/** An e-mail row of the notifications table (one per notification, channel and address). */
export interface FaultRunEmail {
  idempotencyKey: string;
  recordNumber: string | null;
  status: string | null;
}

export function createFaultsRepository(db: Knex) {
  return {
    /** Every incident in the database (the run's database is fresh). */
    async incidents(): Promise<FaultRunIncident[]> {
      const rows: {
        id: string;
        number: string;
        status: string;
        closed_at: Date | null;
        process_instance_key: string | null;
      }[] = await db('incidents')
        .orderBy('number')
        .select('id', 'number', 'status', 'closed_at', 'process_instance_key');
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        status: r.status,
        closedAt: r.closed_at,
        processInstanceKey: r.process_instance_key,
      }));
    },

    /**
     * What one incident left behind, one line per row (`table:kind…`), sorted: its history,
     * notifications, SLA clocks and events, ratings, escalations, published messages, and its
     * process instances and tasks in the read model. Two incidents that took the same path
     * have the same lines; a duplicated side effect shows as an extra line.
     */
    async footprint(incident: {
      id: string;
      number: string;
      processInstanceKey: string | null;
    }): Promise<string[]> {
      const lines: string[] = [];
      const add = (rows: Record<string, unknown>[], line: (r: Record<string, unknown>) => string) =>
        lines.push(...rows.map(line));
      add(
        await db('record_activities')
          .where({ record_id: incident.id })
          .select('action', db.raw("details->>'status' as status")),
        (r) => `activity:${r.action}:${r.status ?? ''}`,
      );
      add(
        await db('notifications')
          .where({ record_number: incident.number })
          .select('channel', 'template', 'recipient_type'),
        (r) => `notification:${r.channel}:${r.template}:${r.recipient_type}`,
      );
      const clocks = await db('sla_clocks')
        .where({ record_id: incident.id })
        .select('id', 'clock_type');
      add(clocks, (r) => `sla-clock:${r.clock_type}`);
      add(
        await db('sla_events')
          .join('sla_clocks', 'sla_clocks.id', 'sla_events.clock_id')
          .where('sla_clocks.record_id', incident.id)
          .select('sla_clocks.clock_type', 'sla_events.event'),
        (r) => `sla-event:${r.clock_type}:${r.event}`,
      );
      add(
        await db('satisfaction_responses').where({ record_id: incident.id }).select('kind'),
        (r) => `satisfaction:${r.kind}`,
      );
      add(
        await db('escalations').where({ record_id: incident.id }).select('kind', 'to_level'),
        (r) => `escalation:${r.kind}:${r.to_level}`,
      );
      add(
        await db('published_messages')
          .where({ source_number: incident.number })
          .select('message_name'),
        (r) => `message:${r.message_name}`,
      );
      // Its own instance (a rolled-back report's instance may carry the same number).
      const instanceKey = incident.processInstanceKey ?? '';
      add(
        await db('process_instances').where({ key: instanceKey }).select('process_id', 'state'),
        (r) => `instance:${r.process_id}:${r.state}`,
      );
      add(
        await db('tasks')
          .where({ process_instance_key: instanceKey })
          .select('element_id', 'state'),
        (r) => `task:${r.element_id}:${r.state}`,
      );
      return lines.sort();
    },

    /** Numbers of incidents whose process instance the read model does not show as completed. */
    async unfinishedInstances(): Promise<string[]> {
      const rows: { number: string }[] = await db('incidents')
        .leftJoin('process_instances', 'process_instances.key', 'incidents.process_instance_key')
        .where((q) =>
          q.whereNull('process_instances.key').orWhereNot('process_instances.state', 'completed'),
        )
        .select('incidents.number');
      return rows.map((r) => r.number);
    },

    /**
     * Incident-process instances no incident row refers to (a report rolled back after the
     * engine had started its instance), with their state in the read model.
     */
    async orphanInstances(): Promise<
      { key: string; recordNumber: string | null; state: string }[]
    > {
      const rows: { key: string; record_number: string | null; state: string }[] = await db(
        'process_instances',
      )
        .where({ process_id: 'incident-management' })
        .whereNotIn(
          'key',
          db('incidents').whereNotNull('process_instance_key').select('process_instance_key'),
        )
        .select('key', 'record_number', 'state');
      return rows.map((r) => ({ key: r.key, recordNumber: r.record_number, state: r.state }));
    },

    /** The e-mail rows of the notifications table. */
    async emails(): Promise<FaultRunEmail[]> {
      const rows: {
        idempotency_key: string;
        record_number: string | null;
        status: string | null;
      }[] = await db('notifications')
        .where({ channel: 'email' })
        .select('idempotency_key', 'record_number', 'status');
      return rows.map((r) => ({
        idempotencyKey: r.idempotency_key,
        recordNumber: r.record_number,
        status: r.status,
      }));
    },

    /**
     * Records the exporter wrote that the projector has not passed yet, over all partitions
     * (0 when the read model has caught up).
     */
    async unprojectedRecords(): Promise<number> {
      const rows: { n: string | number }[] = await db('engine_records as r')
        .leftJoin('projector_cursors as c', function () {
          this.on('c.partition_id', '=', 'r.partition_id').andOnVal('c.name', '=', 'read-model');
        })
        .whereRaw('r.position > coalesce(c.position, -1)')
        .count('* as n');
      return Number(rows[0]?.n ?? 0);
    },
  };
}

export type FaultsRepository = ReturnType<typeof createFaultsRepository>;
