import type { Knex } from 'knex';
import { createAuditRepository } from './audit.repository.ts';
import { DuplicateKeyError } from './reference-data.repository.ts';

const TABLE = 'external_job_types';

/** A job type that a worker outside the platform serves (issue 13 item 3). */
export interface ExternalJobType {
  /** The `zeebe:taskDefinition type`, e.g. `charge-credit-card`. */
  type: string;
  name: string;
  description: string | null;
  /** JSON Schema of the variables the job reads. */
  input: object;
  /** JSON Schema of the variables the job completes with. */
  output: object;
  /** Inactive: new diagrams may not use it; deployed versions keep running. */
  active: boolean;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

/** What an admin may change of a registered type. */
export interface ExternalJobTypeChanges {
  name?: string;
  description?: string | null;
  input?: object;
  output?: object;
  active?: boolean;
}

type Row = Record<string, unknown>;

const toJobType = (r: Row): ExternalJobType => ({
  type: r.type as string,
  name: r.name as string,
  description: (r.description as string | null) ?? null,
  input: r.input_schema as object,
  output: r.output_schema as object,
  active: r.active as boolean,
  createdBy: r.created_by as string,
  createdAt: r.created_at as Date,
  updatedBy: r.updated_by as string,
  updatedAt: r.updated_at as Date,
});

function columnsOf(changes: ExternalJobTypeChanges): Row {
  const columns: Row = {};
  if (changes.name !== undefined) columns.name = changes.name;
  if (changes.description !== undefined) columns.description = changes.description;
  if (changes.input !== undefined) columns.input_schema = JSON.stringify(changes.input);
  if (changes.output !== undefined) columns.output_schema = JSON.stringify(changes.output);
  if (changes.active !== undefined) columns.active = changes.active;
  return columns;
}

/**
 * The registry of external job types. Every write is audited (actor = username) in the same
 * transaction; reads answer undefined for a type that is not registered.
 */
export function createExternalJobTypeRepository(db: Knex) {
  return {
    /** Every registered type (inactive ones too), by type. */
    async list(): Promise<ExternalJobType[]> {
      return (await db(TABLE).orderBy('type')).map(toJobType);
    },

    /** The types new diagrams may use: read per call, so a registration counts at once. */
    async activeTypes(): Promise<string[]> {
      return (await db(TABLE).where({ active: true }).orderBy('type').pluck('type')) as string[];
    },

    async get(type: string): Promise<ExternalJobType | undefined> {
      const row = await db(TABLE).where({ type }).first();
      return row ? toJobType(row) : undefined;
    },

    /** Registers a type; {@link DuplicateKeyError} when it is registered already. */
    async create(
      t: Pick<ExternalJobType, 'type' | 'name' | 'description' | 'input' | 'output' | 'active'>,
      actor: string,
      at: Date,
    ): Promise<ExternalJobType> {
      return db.transaction(async (trx) => {
        const inserted = await trx(TABLE)
          .insert({
            type: t.type,
            ...columnsOf(t),
            created_by: actor,
            created_at: at,
            updated_by: actor,
            updated_at: at,
          })
          .onConflict('type')
          .ignore()
          .returning('*');
        const [row] = inserted as Row[];
        if (!row) throw new DuplicateKeyError(`Job type "${t.type}" is registered already`);
        await createAuditRepository(trx).append({
          table: TABLE,
          recordId: t.type,
          action: 'create',
          after: t,
          actor,
          at,
        });
        return toJobType(row);
      });
    },

    /** Changes a type; undefined when it is not registered. Audits the fields that changed. */
    async update(
      type: string,
      changes: ExternalJobTypeChanges,
      actor: string,
      at: Date,
    ): Promise<ExternalJobType | undefined> {
      return db.transaction(async (trx) => {
        const beforeRow = await trx(TABLE).where({ type }).forUpdate().first();
        if (!beforeRow) return undefined;
        const before = toJobType(beforeRow);
        const changed: ExternalJobTypeChanges = {};
        const previous: ExternalJobTypeChanges = {};
        for (const key of ['name', 'description', 'input', 'output', 'active'] as const) {
          const value = changes[key];
          if (value === undefined || JSON.stringify(value) === JSON.stringify(before[key]))
            continue;
          Object.assign(changed, { [key]: value });
          Object.assign(previous, { [key]: before[key] });
        }
        if (!Object.keys(changed).length) return before;
        const [row] = (await trx(TABLE)
          .where({ type })
          .update({ ...columnsOf(changed), updated_by: actor, updated_at: at })
          .returning('*')) as Row[];
        await createAuditRepository(trx).append({
          table: TABLE,
          recordId: type,
          action: 'update',
          before: previous,
          after: changed,
          actor,
          at,
        });
        return toJobType(row!);
      });
    },

    /** Removes a type from the registry; false when it was not registered. */
    async remove(type: string, actor: string, at: Date): Promise<boolean> {
      return db.transaction(async (trx) => {
        const [row] = (await trx(TABLE).where({ type }).delete().returning('*')) as Row[];
        if (!row) return false;
        const { name, description, input, output, active } = toJobType(row);
        const before = { type, name, description, input, output, active };
        await createAuditRepository(trx).append({
          table: TABLE,
          recordId: type,
          action: 'delete',
          before,
          actor,
          at,
        });
        return true;
      });
    },
  };
}

export type ExternalJobTypeRepository = ReturnType<typeof createExternalJobTypeRepository>;
