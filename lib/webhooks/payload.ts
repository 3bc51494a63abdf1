import type { WebhookEvent } from './events.ts';

/** An `audit_log` row: records created and changed (every record write appends one). */
export interface AuditSource {
  id: string;
  tableName: string;
  recordId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor: string;
  at: Date;
}

/**
 * `record.created` for an audit row of action `create`, `record.status-changed` for one whose
 * `status` differs between before and after, nothing otherwise. `recordType` is the type the
 * table holds (undefined: not a record table, no event); `number` is the record's number
 * when the row does not carry it.
 */
export function eventFromAudit(
  row: AuditSource,
  recordType: string | undefined,
  number?: string | null,
): WebhookEvent | undefined {
  if (!recordType) return undefined;
  const after = row.after ?? {};
  const before = row.before ?? {};
  const base = {
    recordType,
    recordId: row.recordId,
    number: (after.number as string | undefined) ?? number ?? null,
    actor: row.actor,
  };
  const id = `audit:${row.id}`;
  const occurredAt = row.at.toISOString();
  if (row.action === 'create')
    return {
      id,
      type: 'record.created',
      occurredAt,
      data: { ...base, status: (after.status as string | undefined) ?? null },
    };
  if ('status' in after && after.status !== before.status)
    return {
      id,
      type: 'record.status-changed',
      occurredAt,
      data: { ...base, from: before.status ?? null, to: after.status ?? null },
    };
  return undefined;
}

/** A user task of the read model (`tasks`). */
export interface TaskSource {
  key: string;
  name: string | null;
  elementId: string;
  processId: string;
  processInstanceKey: string;
  candidateGroups: string[];
  assignee: string | null;
  state: string;
  recordType: string | null;
  recordNumber: string | null;
  createdAt: Date;
  dueAt: Date | null;
  endedAt: Date | null;
}

function taskData(t: TaskSource): Record<string, unknown> {
  return {
    taskKey: t.key,
    name: t.name,
    elementId: t.elementId,
    processId: t.processId,
    processInstanceKey: t.processInstanceKey,
    candidateGroups: t.candidateGroups,
    assignee: t.assignee,
    recordType: t.recordType,
    recordNumber: t.recordNumber,
    dueAt: t.dueAt?.toISOString() ?? null,
  };
}

/** `task.created` for a task of the read model. */
export function taskCreatedEvent(t: TaskSource): WebhookEvent {
  return {
    id: `task-created:${t.key}`,
    type: 'task.created',
    occurredAt: t.createdAt.toISOString(),
    data: taskData(t),
  };
}

/** `task.completed` for a task that ended completed (not one cancelled with its process). */
export function taskCompletedEvent(t: TaskSource): WebhookEvent | undefined {
  if (t.state !== 'completed' || !t.endedAt) return undefined;
  return {
    id: `task-completed:${t.key}`,
    type: 'task.completed',
    occurredAt: t.endedAt.toISOString(),
    data: { ...taskData(t), completedAt: t.endedAt.toISOString() },
  };
}

/** An `sla_events` row with its clock's record. */
export interface SlaSource {
  id: string;
  event: string;
  level: number | null;
  at: Date;
  elapsedMinutes: number;
  recordType: string;
  recordId: string;
  recordNumber: string;
  clockType: string;
  dueAt: Date | null;
}

/**
 * `sla.threshold-reached` for a warning level (below 100) or `sla.breached`; nothing for other
 * clock events, nor for the 100 % mark, which the ledger records beside its breach.
 */
export function eventFromSla(row: SlaSource): WebhookEvent | undefined {
  const type =
    row.event === 'threshold' && (row.level ?? 0) < 100
      ? 'sla.threshold-reached'
      : row.event === 'breach'
        ? 'sla.breached'
        : undefined;
  if (!type) return undefined;
  return {
    id: `sla:${row.id}`,
    type,
    occurredAt: row.at.toISOString(),
    data: {
      recordType: row.recordType,
      recordId: row.recordId,
      recordNumber: row.recordNumber,
      clockType: row.clockType,
      level: row.level,
      elapsedMinutes: row.elapsedMinutes,
      dueAt: row.dueAt?.toISOString() ?? null,
    },
  };
}

/** An engine incident of the read model (`engine_incidents`): a job or element that failed. */
export interface EngineIncidentSource {
  key: string;
  processInstanceKey: string;
  processId: string | null;
  elementId: string | null;
  errorType: string;
  errorMessage: string | null;
  createdAt: Date;
}

/** `process.incident-raised`. */
export function engineIncidentEvent(i: EngineIncidentSource): WebhookEvent {
  return {
    id: `engine-incident:${i.key}`,
    type: 'process.incident-raised',
    occurredAt: i.createdAt.toISOString(),
    data: {
      incidentKey: i.key,
      processInstanceKey: i.processInstanceKey,
      processId: i.processId,
      elementId: i.elementId,
      errorType: i.errorType,
      errorMessage: i.errorMessage,
    },
  };
}
