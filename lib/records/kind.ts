/**
 * A record kind, declared once as data (architecture.md §8): its number prefix, processes,
 * fields with both languages' labels, status machine, SLA clocks, who may read, create and
 * run each command, and its list columns. Storage, API, pages and element templates are
 * derived from it; nothing here does I/O.
 */

/** A text in both languages the platform speaks. */
export interface Labels {
  en: string;
  'zh-CN': string;
}

/** The JSON Schema types a record field may have (a subset that maps onto table columns). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** One field of a record: JSON Schema keywords, labels, and whether it is a real column. */
export interface FieldSpec {
  type: FieldType;
  labels: Labels;
  /** For strings: a closed list, each value labelled in both languages. */
  enum?: readonly string[];
  enumLabels?: Readonly<Record<string, Labels>>;
  format?: 'date-time' | 'date' | 'uuid' | 'email';
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** For arrays: the item schema (strings, numbers or uuids). */
  items?: { type: 'string' | 'integer' | 'number'; format?: 'uuid' | 'date-time' };
  maxItems?: number;
  /**
   * A real table column (queried, filtered, sorted); other fields live in the row's
   * `attributes` jsonb.
   */
  column?: boolean;
  /**
   * The column's name where it is not the field's snake_case (a table older than its kind,
   * e.g. an incident's `escalationLevel` in `hierarchical_level`).
   */
  columnName?: string;
  /** The record number of another kind this field refers to (e.g. a problem's known error). */
  refersTo?: string;
  /**
   * An API list whose items (`{ items: [{ id, code?, nameZh?, nameEn? }] }`) are the field's
   * choices on the kind's forms, by id (e.g. a service request's catalogue item).
   */
  choicesFrom?: string;
}

/** The status machine: the statuses with labels, where a record starts, how it may move. */
export interface StatusMachine {
  initial: string;
  labels: Readonly<Record<string, Labels>>;
  /** Statuses that end the lifecycle: a record there is read-only (§0.1). */
  final: readonly string[];
  /** From each status, the statuses it may move to. */
  transitions: Readonly<Record<string, readonly string[]>>;
  /**
   * A date-time field set to the instant a record enters a status, when not set already
   * (e.g. `cancelled: 'cancelledAt'`): written by the core with the status, in one change.
   */
  stamps?: Readonly<Record<string, string>>;
}

/** How a record of the kind is cancelled by `itsm:record.cancel:1`. */
export interface CancelSpec {
  /** The final status a cancelled record is in. */
  status: string;
  /** The text field that keeps the reason. */
  reasonField: string;
}

/** Who may read a kind's records beyond the staff roles listed in `readRoles`. */
export type ReadScope = 'staff' | 'own' | 'customer';

/** A command run on one record through the API (`POST /api/records/:kind/:id/:command`). */
export interface CommandSpec {
  labels: Labels;
  /** Roles that may run it. */
  roles: readonly string[];
  /** Statuses the record must be in. */
  from: readonly string[];
  /** The status the record moves to at once, if the command changes it directly. */
  to?: string;
  /** The message published to the record's process (correlation key = record number). */
  message?: string;
  /** Fields of the kind the command's body may carry (a required comment is `comment`). */
  fields?: readonly string[];
  /** Body properties required (field names or `comment`). */
  required?: readonly string[];
}

/**
 * How a kind's objective is measured over a period, as data:
 * - `clock-met`: of the kind's SLA clocks of this type that stopped in the period, the share
 *   that met their target (e.g. RCA on time);
 * - `share`: of the records whose date field falls in the period, the share whose field
 *   equals a value (an unset field counts as `missingAs`), e.g. closed without recurrence.
 */
export type KpiMeasure =
  | { kind: 'clock-met'; clock: string }
  | {
      kind: 'share';
      dateField: string;
      field: string;
      equals: string | number | boolean;
      missingAs?: string | number | boolean;
    };

/** An objective (§0.7) measured on a kind's records; GET /api/kpis reports it. */
export interface KindKpi {
  /** kebab-case, unique on the platform, e.g. `problem-rca-on-time`. */
  id: string;
  labels: Labels;
  /** A share from 0 to 1. */
  target: number;
  comparator: '>=' | '<=' | '=';
  measure: KpiMeasure;
}

/** A record kind. */
export interface RecordKind {
  /** kebab-case type, the `:kind` of the API and the `recordType` variable. */
  type: string;
  /** Number prefix of §0.3, e.g. `PRB`. */
  prefix: string;
  /** Table name: plural snake_case. */
  table: string;
  labels: { singular: Labels; plural: Labels };
  /** The processes that run records of this kind (their ids). */
  processIds: readonly string[];
  /**
   * The kind's named path and commands are its own routes (api.md, e.g. `/api/incidents`),
   * where rules beyond the core apply; the core serves the kind under `/api/records/<type>`
   * only, and hands its create to the kind's creator (composed in server/app.ts).
   */
  ownRoutes?: boolean;
  /**
   * The kind whose record's number a record of this kind carries (at most one per record of
   * that kind, e.g. a major incident is addressed by its incident's `INC-…`): no number of
   * its own is allocated, and the prefix is that kind's. Such a kind has `ownRoutes`.
   */
  numberOf?: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** Fields given when a record is created through the API, and which of them are required. */
  create: { fields: readonly string[]; required: readonly string[]; roles: readonly string[] };
  /** Fields that only a task form carries: decisions of a step, not record data. */
  taskOnlyFields?: readonly string[];
  statuses: StatusMachine;
  /** Cancellation by the generic worker: its status and where the reason goes. */
  cancel?: CancelSpec;
  /** SLA clock types (§0.5) the kind's process runs. */
  slaClocks?: readonly string[];
  /**
   * A field holding the record's own target for a clock (`{ amount, unit }`, e.g. copied from
   * a service request's catalogue item), used instead of the SLA target row's duration.
   */
  slaTargetFields?: Readonly<Record<string, string>>;
  /** With clocks: the role behind `process-manager` in their escalations (§0.5). */
  managerRole?: string;
  /** The objectives measured on the kind's records (§0.7). */
  kpis?: readonly KindKpi[];
  /** Who may read: staff roles, and whether requesters (own) or customer contacts see theirs. */
  read: { roles: readonly string[]; scopes: readonly ReadScope[] };
  commands?: Readonly<Record<string, CommandSpec>>;
  /** Columns of the list page and the filters it offers (field names or common columns). */
  list: { columns: readonly string[]; filters: readonly string[] };
  /** A schema for a per-row `attributes` object given as data (e.g. a CI type's attributes). */
  attributesSchema?: Readonly<Record<string, unknown>>;
}

/** The columns every record table has (§0.1), which a kind may list and filter by. */
export const COMMON_COLUMNS = [
  'id',
  'number',
  'status',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'process_instance_key',
  'assignee',
  'assignment_group',
  'customer_id',
  'service_id',
] as const;
