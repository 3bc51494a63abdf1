import type { Knex } from 'knex';
import { createIncidentWorkRepository } from '../../db/repositories/incident-analysis.repository.ts';
import { createMajorIncidentRepository } from '../../db/repositories/major-incidents.repository.ts';
import { createPublishedMessageRepository } from '../../db/repositories/published-messages.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { MessagePublisher } from '../bus/publish.worker.ts';
import type { CalendarPort, Notifier, ReferenceDataPort } from '../incident/ports.ts';
import type { Worker } from '../lib/define-worker.ts';
import { createDeclareMajorWorker } from './declare.worker.ts';
import { createNotifyTopManagementWorker } from './notify-top-management.worker.ts';
import { createRecordAppointmentWorker } from './record-appointment.worker.ts';
import { createRecordReportWorker } from './record-report.worker.ts';
import { createRecordRestorationWorker } from './record-restoration.worker.ts';
import { createRecordReviewWorker } from './record-review.worker.ts';
import { createRecordUpdateWorker } from './record-update.worker.ts';

/** What the major-incident workers depend on. */
export interface MajorIncidentWorkersDeps {
  db: Knex;
  engine: MessagePublisher;
  clock: Clock;
  /** The calendar provider of lib/calendar/calendar-provider.ts. */
  calendars: CalendarPort;
  /** The notifier of domain/notifier.ts. */
  notifier: Notifier;
  /** `createReferenceDataRepository(db)`: settings read at use. */
  referenceData: Pick<ReferenceDataPort, 'getSetting'>;
}

/** The workers of `major-incident` (docs/incident-management.md, job types table). */
export function createMajorIncidentWorkers(deps: MajorIncidentWorkersDeps): Worker[] {
  const base = {
    majorIncidents: createMajorIncidentRepository(deps.db),
    incidents: createIncidentWorkRepository(deps.db),
    clock: deps.clock,
  };
  const { notifier, calendars, referenceData } = deps;
  return [
    createDeclareMajorWorker({ ...base, referenceData }),
    createNotifyTopManagementWorker({ ...base, notifier }),
    createRecordAppointmentWorker({ ...base, notifier }),
    createRecordUpdateWorker({ ...base, notifier }),
    createRecordRestorationWorker({ ...base, calendars, referenceData }),
    createRecordReportWorker(base),
    createRecordReviewWorker({
      ...base,
      engine: deps.engine,
      messages: createPublishedMessageRepository(deps.db),
    }),
  ];
}
