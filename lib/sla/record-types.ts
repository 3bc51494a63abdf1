/**
 * Which record types run SLA clocks (§0.5), which clock types each has and whose role stands
 * behind `process-manager` in its escalations: read from the record kinds (their `slaClocks`
 * and `managerRole`), plus the types not yet declared as kinds. Each of those moves into its
 * kind file when its process comes onto the record core (service request and complaint:
 * their process issues), and this list shrinks to nothing.
 */
import type { RecordKind } from '../records/kind.ts';
import type { ClockType } from './targets.ts';

/** What the SLA service needs to know of a record type. */
export interface SlaRecordType {
  readonly clocks: readonly ClockType[];
  /** The role behind `process-manager` in escalations (§0.5). */
  readonly managerRole: string;
}

const UNDECLARED: Readonly<Record<string, SlaRecordType>> = {
  'service-request': { clocks: ['response', 'fulfilment'], managerRole: 'incident-manager' },
  complaint: { clocks: ['complaint-ack', 'complaint-close'], managerRole: 'relationship-manager' },
};

/** The record types with SLA clocks: the kinds that declare clocks, and the undeclared ones. */
export function slaRecordTypes(kinds: readonly RecordKind[]): ReadonlyMap<string, SlaRecordType> {
  const types = new Map<string, SlaRecordType>(Object.entries(UNDECLARED));
  for (const kind of kinds)
    if (kind.slaClocks?.length)
      types.set(kind.type, {
        clocks: kind.slaClocks as readonly ClockType[],
        // The registry refuses a kind with clocks and no manager role.
        managerRole: kind.managerRole!,
      });
  return types;
}
