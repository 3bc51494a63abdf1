/**
 * The engine records the read model is made of: per value type, the intents the projector
 * applies (db/projector/handlers.ts). The exporter is configured with exactly this list
 * (engine/application-yaml.ts), so the engine sends nothing the projector would throw away;
 * a contract test keeps the handlers and the list equal.
 */
export const PROJECTED_RECORDS = {
  PROCESS: ['CREATED'],
  FORM: ['CREATED'],
  PROCESS_INSTANCE: [
    'ELEMENT_ACTIVATING',
    'ELEMENT_COMPLETED',
    'ELEMENT_TERMINATED',
    'ELEMENT_MIGRATED',
  ],
  INCIDENT: ['CREATED', 'RESOLVED', 'MIGRATED'],
  VARIABLE: ['CREATED', 'UPDATED'],
  USER_TASK: ['CREATED', 'ASSIGNED', 'UPDATED', 'COMPLETED', 'CANCELED', 'MIGRATED'],
  MESSAGE_START_EVENT_SUBSCRIPTION: ['CORRELATED'],
  PROCESS_INSTANCE_MIGRATION: ['MIGRATED'],
} as const satisfies Record<string, readonly string[]>;

export type ProjectedValueType = keyof typeof PROJECTED_RECORDS;

/**
 * The exporter's `valueTypes` argument: `VALUE_TYPE:INTENT` entries for the projected records,
 * plus `extra` entries (`VALUE_TYPE` for every intent, or `VALUE_TYPE:INTENT`), e.g. the job
 * records the benchmark counts.
 */
export function exporterRecordList(extra: readonly string[] = []): string {
  const entries = Object.entries(PROJECTED_RECORDS).flatMap(([type, intents]) =>
    intents.map((intent) => `${type}:${intent}`),
  );
  return [...entries, ...extra].join(',');
}

/** Whether the projector applies a record of this value type and intent. */
export function isProjected(valueType: string, intent: string): boolean {
  const intents: readonly string[] | undefined = PROJECTED_RECORDS[valueType as ProjectedValueType];
  return intents?.includes(intent) ?? false;
}
