import type { Knex } from 'knex';
import { createNotificationRepository } from '../db/repositories/notifications.repository.ts';
import { createPublishedMessageRepository } from '../db/repositories/published-messages.repository.ts';
import type { Clock } from '../lib/clock.ts';
import { createBusPublishWorker, type MessagePublisher } from './bus/publish.worker.ts';
import type { Worker } from './lib/define-worker.ts';
import { createNotifySendWorker } from './notify/send.worker.ts';

/** What the workers depend on. */
export interface WorkerDeps {
  db: Knex;
  engine: MessagePublisher;
  clock: Clock;
}

/** THE list of workers: the worker process registers these, the API lists them, contract tests check them. */
export function createWorkers(deps: WorkerDeps): Worker[] {
  const notifications = createNotificationRepository(deps.db);
  const messages = createPublishedMessageRepository(deps.db);
  return [
    createNotifySendWorker({ notifications, clock: deps.clock }),
    createBusPublishWorker({ engine: deps.engine, messages, clock: deps.clock }),
  ];
}
