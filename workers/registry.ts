import type { Knex } from 'knex';
import { createCalendarsRepository } from '../db/repositories/calendars.repository.ts';
import { createPublishedMessageRepository } from '../db/repositories/published-messages.repository.ts';
import { createRecordsRepository, isRecordType } from '../db/repositories/records.repository.ts';
import type { Clock } from '../lib/clock.ts';
import type { Domain } from '../domain/domain.ts';
import { createBusPublishWorker, type MessagePublisher } from './bus/publish.worker.ts';
import { createCheckNationalDaysWorker } from './calendar/check-national-days.worker.ts';
import { createNextWorkingTimeWorker } from './calendar/next-working-time.worker.ts';
import type { InstanceCanceller } from './incident/record.worker.ts';
import { createIncidentWorkers } from './incident/index.ts';
import type { Worker } from './lib/define-worker.ts';
import { createMajorIncidentWorkers } from './major/index.ts';
import { createNotifySendWorker } from './notify/send.worker.ts';
import { createSlaWorkers } from './sla/sla-workers.ts';
import { createRecordStore } from '../db/repositories/record-store.repository.ts';
import { platformKinds } from '../lib/records/kinds/index.ts';
import { createBusinessDaysAfterWorker } from './calendar/business-days-after.worker.ts';
import { createRecordWorkers } from './records/index.ts';
import { createApprovalsRepository } from '../db/repositories/approvals.repository.ts';
import { createProblemWorkers } from './problem/index.ts';
import { createRequestWorkers } from './request/index.ts';
import { createSecurityWorkers } from './security/index.ts';
import { createRequestItemsRepository } from '../db/repositories/request-items.repository.ts';
import {
  createProblemsRepository,
  inProblemRequestLock,
} from '../db/repositories/problems.repository.ts';

/** What the workers depend on. */
export interface WorkerDeps {
  db: Knex;
  engine: MessagePublisher & InstanceCanceller;
  clock: Clock;
  domain: Domain;
}

/** THE list of workers: the worker process registers these, the API lists them, contract tests check them. */
export function createWorkers(deps: WorkerDeps): Worker[] {
  const { db, engine, clock } = deps;
  const { calendars, notifier, sla, referenceData } = deps.domain;
  const records = createRecordsRepository(db);
  return [
    createNotifySendWorker({ notifier, clock }),
    createBusPublishWorker({ engine, messages: createPublishedMessageRepository(db), clock }),
    createNextWorkingTimeWorker({ calendars, clock }),
    createCheckNationalDaysWorker({
      loadedNationalYears: () => createCalendarsRepository(db).loadedNationalYears(),
      clock,
    }),
    createBusinessDaysAfterWorker({ calendars, clock }),
    ...createRecordWorkers({
      store: createRecordStore(db),
      approvals: createApprovalsRepository(db),
      kinds: platformKinds(),
      sla,
      notifier,
      clock,
      findOther: async (type, number) =>
        isRecordType(type) ? records.find(type, number) : undefined,
    }),
    ...createSlaWorkers({ sla, clock, records, calendars, settings: referenceData }),
    ...createIncidentWorkers({ db, engine, clock, sla, calendars, referenceData, notifier }),
    ...createMajorIncidentWorkers({ db, engine, clock, calendars, notifier, referenceData }),
    ...createProblemWorkers({
      store: createRecordStore(db),
      kinds: platformKinds(),
      problems: createProblemsRepository(db),
      engine,
      messages: createPublishedMessageRepository(db),
      notifier,
      clock,
      serialised: (work) =>
        inProblemRequestLock(db, (trx) =>
          work({ store: createRecordStore(trx), problems: createProblemsRepository(trx) }),
        ),
      findOther: async (type, number) =>
        isRecordType(type) ? records.find(type, number) : undefined,
    }),
    ...createRequestWorkers({
      store: createRecordStore(db),
      kinds: platformKinds(),
      items: createRequestItemsRepository(db),
      sla,
      notifier,
      escalations: createProblemsRepository(db),
      settings: referenceData,
      clock,
    }),
    ...createSecurityWorkers({
      store: createRecordStore(db),
      kinds: platformKinds(),
      incidents: records,
      sources: createRequestItemsRepository(db),
      sla,
      escalations: createProblemsRepository(db),
      engine,
      messages: createPublishedMessageRepository(db),
      settings: referenceData,
      clock,
    }),
  ];
}
