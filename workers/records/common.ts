import type { RecordStore } from '../../db/repositories/record-store.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RecordKind } from '../../lib/records/kind.ts';
import type { KindRegistry } from '../../lib/records/registry.ts';
import type { RecordView } from '../../lib/records/schema.ts';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fieldsUpdateSchema } from '../../lib/records/schema.ts';
import { IncidentError } from '../../lib/errors.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;
// Kind schemas carry their labels (`x-labels`), so this ajv is not strict about keywords.
const kindAjv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validators = new Map<string, ValidateFunction>();

/**
 * Checks field values against the kind's declaration; an undeclared field or a wrong type is
 * a modelling error (incident) naming the field.
 */
export function checkFields(kind: RecordKind, fields: Record<string, unknown>): void {
  let validate = validators.get(kind.type);
  if (!validate) {
    validate = kindAjv.compile({ ...fieldsUpdateSchema(kind), minProperties: 0 });
    validators.set(kind.type, validate);
  }
  if (!validate(fields))
    throw new IncidentError(
      `fields for ${kind.type}: ${kindAjv.errorsText(validate.errors, { dataVar: 'fields' })}`,
    );
}

/** What the generic record workers share. */
export interface RecordWorkerDeps {
  store: RecordStore;
  kinds: KindRegistry;
  clock: Clock;
  /** A record of a type not yet on the core (e.g. an incident), by number. */
  findOther(type: string, number: string): Promise<{ id: string; number: string } | undefined>;
}

/** Any record by type and number: a kind's through the store, others through `findOther`. */
export async function findAnyRecord(
  deps: RecordWorkerDeps,
  type: string,
  number: string,
): Promise<{ id: string; number: string } | undefined> {
  const kind = deps.kinds.get(type);
  return kind ? deps.store.get(kind, number) : deps.findOther(type, number);
}

/** The kind a diagram names; an unknown one is a modelling error (incident). */
export function kindOf(kinds: KindRegistry, type: string): RecordKind {
  const kind = kinds.get(type);
  if (!kind)
    throw new IncidentError(
      `"${type}" is not a record kind; kinds: ${kinds
        .all()
        .map((k) => k.type)
        .join(', ')}`,
    );
  return kind;
}

/** The record a job works on; a missing one is an incident (retrying cannot create it). */
export async function recordOf(
  deps: RecordWorkerDeps,
  kind: RecordKind,
  idOrNumber: string,
): Promise<RecordView> {
  const record = await deps.store.get(kind, idOrNumber);
  if (!record) throw new IncidentError(`${kind.type} ${idOrNumber} does not exist`);
  return record;
}
