/**
 * In-memory stand-ins for the incident workers' repositories and ports, for unit tests of
 * the workers' mapping (the real ones are covered by test/integration/incident-workers.test.ts).
 */
import sinon from 'sinon';
import type {
  IncidentRow,
  IncidentWorkRepository,
  IncidentWriter,
  TransitionSpec,
} from '../../../db/repositories/incident-analysis.repository.ts';
import type {
  PublishedMessage,
  PublishedMessageRepository,
} from '../../../db/repositories/published-messages.repository.ts';
import type { NotificationRequest } from '../../../workers/incident/ports.ts';

export const NOW = new Date('2026-11-24T02:00:00Z');
export const clock = { now: () => NOW };

/** A resolved P3 incident of one customer; override what a test needs. */
export function incidentRow(over: Partial<IncidentRow> = {}): IncidentRow {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    number: 'INC-2026-000042',
    status: 'resolved',
    title: 'VPN down',
    description: null,
    channel: 'phone',
    reporterName: 'li.lei',
    reporterContact: null,
    customerId: '22222222-2222-4222-8222-222222222222',
    serviceId: null,
    type: 'interruption',
    category: 'network',
    impact: 2,
    urgency: 2,
    priority: 'P3',
    assignmentGroup: 'resolver-l2',
    assignee: 'wang.wei',
    functionalLevel: 'L2',
    hierarchicalLevel: 'H0',
    isMajor: false,
    isSecurity: false,
    recurring: false,
    knownErrorId: null,
    problemId: null,
    resolutionCode: 'config-fixed',
    resolution: 'Restarted the VPN gateway',
    reopenCount: 0,
    rating: null,
    exempt: false,
    exemptReason: null,
    exemptBy: null,
    customerWarnedAt: null,
    respondedAt: null,
    resolvedAt: new Date('2026-11-23T02:00:00Z'),
    closedAt: null,
    cancelledAt: null,
    createdAt: new Date('2026-11-20T02:00:00Z'),
    createdBy: 'service-desk',
    updatedAt: new Date('2026-11-23T02:00:00Z'),
    cancelReason: null,
    requestId: null,
    processInstanceKey: '2251799813685248',
    ciIds: [],
    ...over,
  };
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Incidents in memory: transitions apply column changes to the row and keep history keys. */
export function fakeIncidents(rows: IncidentRow[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const activityKeys = new Set<string>();
  const escalations: unknown[] = [];
  const satisfaction: unknown[] = [];
  const repo = {
    async get(id: string) {
      const row = byId.get(id);
      return row && { ...row };
    },
    async hasActivity(key: string) {
      return activityKeys.has(key);
    },
    async configurationItems() {
      return [];
    },
    async transition(id: string, spec: TransitionSpec) {
      const row = byId.get(id);
      if (!row) return undefined;
      const done = activityKeys.has(spec.key);
      if (done && spec.once !== false) return { applied: false, row: { ...row } };
      const draft: Record<string, unknown> = { ...row };
      const writer: IncidentWriter = {
        async update(changes) {
          for (const [k, v] of Object.entries(changes)) draft[camel(k)] = v;
          return true;
        },
        async setCis(ciIds) {
          draft.ciIds = [...ciIds];
        },
        async addEscalation(e) {
          escalations.push(e);
          return true;
        },
        async addSatisfaction(s) {
          satisfaction.push(s);
          return true;
        },
        async appendActivity(a) {
          if (a.idempotencyKey) activityKeys.add(a.idempotencyKey);
          return true;
        },
      };
      await spec.apply({ ...row }, writer);
      activityKeys.add(spec.key);
      Object.assign(row, draft);
      return { applied: !done, row: { ...row } };
    },
  };
  return {
    repo: repo as unknown as IncidentWorkRepository,
    byId,
    escalations,
    satisfaction,
    activityKeys,
  };
}

/** A notifier that records every request. */
export function fakeNotifier() {
  const sent: NotificationRequest[] = [];
  return {
    sent,
    async send(n: NotificationRequest) {
      sent.push(n);
      return { inApp: n.recipients.length, emails: 0 };
    },
  };
}

/** The outbox in memory, one row per idempotency key like the real table. */
export function fakeOutbox() {
  const rows = new Map<string, PublishedMessage>();
  const repo = {
    async findByIdempotencyKey(key: string) {
      return rows.get(key);
    },
    async record(m: Omit<PublishedMessage, 'id' | 'publishCount' | 'startedInstanceKey'>) {
      const existing = rows.get(m.idempotencyKey);
      if (existing) return existing;
      const row: PublishedMessage = { ...m, id: `id-${rows.size + 1}`, publishCount: 1 };
      rows.set(m.idempotencyKey, row);
      return row;
    },
    async setMessageKey(id: string, messageKey: string) {
      for (const row of rows.values()) if (row.id === id) row.messageKey = messageKey;
    },
  };
  return { repo: repo as unknown as PublishedMessageRepository, rows };
}

/** An engine that answers message keys 9001, 9002, … */
export function fakePublisher() {
  let n = 0;
  return { publishMessage: sinon.stub().callsFake(async () => ({ key: String(9000 + ++n) })) };
}
