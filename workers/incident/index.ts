import type { Knex } from 'knex';
import {
  createIncidentAnalysisRepository,
  createIncidentWorkRepository,
} from '../../db/repositories/incident-analysis.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import { createRecordsRepository } from '../../db/repositories/records.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { MessagePublisher } from '../bus/publish.worker.ts';
import type { Worker } from '../lib/define-worker.ts';
import { createCancelWorker } from './cancel.worker.ts';
import { createCheckRecurrenceWorker } from './check-recurrence.worker.ts';
import { createClassifyWorker } from './classify.worker.ts';
import { createCloseWorker } from './close.worker.ts';
import { createEscalateFunctionalWorker } from './escalate-functional.worker.ts';
import { createEscalateHierarchicalWorker } from './escalate-hierarchical.worker.ts';
import { createNotifyCustomerWorker } from './notify-customer.worker.ts';
import type { CalendarPort, Notifier, ReferenceDataPort, SlaPort } from './ports.ts';
import { createRecordIncidentWorker, type InstanceCanceller } from './record.worker.ts';
import { createReopenWorker } from './reopen.worker.ts';
import { createResolveWorker } from './resolve.worker.ts';

/** What the incident-management workers depend on (the registry passes the real modules). */
export interface IncidentWorkersDeps {
  db: Knex;
  /** Publishes messages; cancels an instance a rolled-back report left behind (Task_Record). */
  engine: MessagePublisher & InstanceCanceller;
  clock: Clock;
  /** `createSlaService(...)` of domain/sla-service.ts. */
  sla: SlaPort;
  /** The calendar provider of lib/calendar/calendar-provider.ts. */
  calendars: CalendarPort;
  /** `createReferenceDataRepository(db)`. */
  referenceData: ReferenceDataPort;
  /** The notifier of domain/notifier.ts. */
  notifier: Notifier;
}

/** The workers of `incident-management` (docs/incident-management.md, job types table). */
export function createIncidentWorkers(deps: IncidentWorkersDeps): Worker[] {
  const ports = {
    incidents: createIncidentWorkRepository(deps.db),
    messages: createPublishedMessageRepository(deps.db),
    engine: deps.engine,
    notifier: deps.notifier,
    clock: deps.clock,
  };
  const analysis = createIncidentAnalysisRepository(deps.db);
  const records = createRecordsRepository(deps.db);
  const { sla, calendars, referenceData } = deps;
  return [
    createRecordIncidentWorker({ ...ports, referenceData, instances: deps.engine }),
    createClassifyWorker({ ...ports, analysis, referenceData }),
    createEscalateFunctionalWorker({ ...ports, referenceData }),
    createNotifyCustomerWorker(ports),
    createResolveWorker({ ...ports, sla, calendars, referenceData }),
    createReopenWorker({ ...ports, sla }),
    createCloseWorker(ports),
    createCheckRecurrenceWorker({ ...ports, analysis, records, referenceData }),
    createCancelWorker({ ...ports, sla }),
    createEscalateHierarchicalWorker({ ...ports, referenceData }),
  ];
}
