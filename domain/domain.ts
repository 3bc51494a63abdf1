import type { Knex } from 'knex';
import { createCalendarsRepository } from '../db/repositories/calendars.repository.ts';
import {
  createReferenceDataRepository,
  type ReferenceDataRepository,
} from '../db/repositories/reference-data.repository.ts';
import { createNotifier, type Notifier } from './notifier.ts';
import type { MailTransport } from './smtp.ts';
import {
  createCalendarProvider,
  type CalendarProvider,
} from '../lib/calendar/calendar-provider.ts';
import type { Clock } from '../lib/clock.ts';
import type { Logger } from '../lib/logger.ts';
import { createSlaService, type SlaService } from './sla-service.ts';
import { PAUSE_REASONS_KEY, parsePauseReasons } from '../lib/sla/settings.ts';
import { DEFAULT_ESCALATION_POLICY } from '../lib/sla/escalation.ts';
import { incidentEscalationPolicy } from '../lib/incident/escalation.ts';
import { INCIDENT_SETTING_KEYS, parseEscalationSetting } from '../lib/incident/settings.ts';

/**
 * The services the API and the workers share, built once per process: one calendar
 * provider (so a calendar change invalidates one cache), one SLA service, one notifier.
 */
export interface Domain {
  calendars: CalendarProvider;
  referenceData: ReferenceDataRepository;
  notifier: Notifier;
  sla: SlaService;
}

export function createDomain(deps: {
  db: Knex;
  clock: Clock;
  mail?: MailTransport;
  log?: Logger;
}): Domain {
  const calendars = createCalendarProvider(createCalendarsRepository(deps.db).loadAll);
  const referenceData = createReferenceDataRepository(deps.db);
  const notifier = createNotifier({ db: deps.db, mail: deps.mail, log: deps.log });
  const sla = createSlaService({
    db: deps.db,
    calendars,
    clock: deps.clock,
    targets: (key, trx) =>
      (trx ? createReferenceDataRepository(trx) : referenceData).targetRowsFor(key),
    // Inside the service's transaction, reads and writes use that transaction's connection.
    groupOf: (code, trx) => (trx ? createReferenceDataRepository(trx) : referenceData).group(code),
    notifier: {
      send: (n, trx) =>
        (trx ? createNotifier({ db: trx, mail: deps.mail, log: deps.log }) : notifier).send(n),
    },
    // The admin's setting incident-escalation, read at each threshold of an incident's clock.
    policy: async (recordType, trx) =>
      recordType === 'incident'
        ? incidentEscalationPolicy(
            parseEscalationSetting(
              await createReferenceDataRepository(trx).getSetting(INCIDENT_SETTING_KEYS.escalation),
            ).thresholds,
          )
        : DEFAULT_ESCALATION_POLICY,
    // The admin's setting sla-pause-reasons, read at each pause.
    pauseReasons: async () =>
      parsePauseReasons(await referenceData.getSetting(PAUSE_REASONS_KEY)).map((r) => r.code),
  });
  return { calendars, referenceData, notifier, sla };
}
