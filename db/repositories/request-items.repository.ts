import type { Knex } from 'knex';
import type { ApprovalPolicy, RequestItemFacts, RequestItemType } from '../../lib/request/rules.ts';
import type { DurationUnit } from '../../lib/sla/targets.ts';
import { createAuditRepository } from './audit.repository.ts';
import { DuplicateKeyError } from './reference-data.repository.ts';
import type { LabelLocale, PickerOption } from './picker-options.repository.ts';

/** A catalogue item of service requests (processes.md §2 "Request catalogue"). */
export interface RequestItem {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  type: RequestItemType;
  approvalPolicy: ApprovalPolicy;
  approver: string | null;
  fulfilmentGroup: string;
  defaultImpact: number;
  defaultUrgency: number;
  fulfilmentTarget: { amount: number; unit: DurationUnit } | null;
  formId: string | null;
  changeTemplateId: string | null;
  withinAuthorisedScope: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The writable properties of an item (API names). */
export type RequestItemInput = Partial<Omit<RequestItem, 'id' | 'createdAt' | 'updatedAt'>>;

const COLUMNS: Readonly<Record<keyof RequestItemInput, string>> = {
  code: 'code',
  nameZh: 'name_zh',
  nameEn: 'name_en',
  type: 'type',
  approvalPolicy: 'approval_policy',
  approver: 'approver',
  fulfilmentGroup: 'fulfilment_group',
  defaultImpact: 'default_impact',
  defaultUrgency: 'default_urgency',
  fulfilmentTarget: 'fulfilment_target',
  formId: 'form_id',
  changeTemplateId: 'change_template_id',
  withinAuthorisedScope: 'within_authorised_scope',
  active: 'active',
};

const TABLE = 'request_items';

function toItem(r: Record<string, unknown>): RequestItem {
  return {
    id: String(r.id),
    code: String(r.code),
    nameZh: String(r.name_zh),
    nameEn: String(r.name_en),
    type: r.type as RequestItemType,
    approvalPolicy: r.approval_policy as ApprovalPolicy,
    approver: (r.approver as string | null) ?? null,
    fulfilmentGroup: String(r.fulfilment_group),
    defaultImpact: Number(r.default_impact),
    defaultUrgency: Number(r.default_urgency),
    fulfilmentTarget: (r.fulfilment_target as RequestItem['fulfilmentTarget']) ?? null,
    formId: (r.form_id as string | null) ?? null,
    changeTemplateId: (r.change_template_id as string | null) ?? null,
    withinAuthorisedScope: Boolean(r.within_authorised_scope),
    active: Boolean(r.active),
    createdAt: (r.created_at as Date).toISOString(),
    updatedAt: (r.updated_at as Date).toISOString(),
  };
}

function toColumns(input: RequestItemInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const column = COLUMNS[key as keyof RequestItemInput];
    if (!column || value === undefined) continue;
    out[column] =
      key === 'fulfilmentTarget' && value !== null ? JSON.stringify(value) : (value as unknown);
  }
  return out;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

/** The request catalogue over a knex or a transaction; every write is audited. */
export function createRequestItemsRepository(db: Knex | Knex.Transaction) {
  const inTransaction = <T>(run: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    'isTransaction' in db && db.isTransaction ? run(db as Knex.Transaction) : db.transaction(run);

  return {
    /** Items by code; inactive ones only when asked. */
    async list(o: { includeInactive?: boolean } = {}): Promise<RequestItem[]> {
      const q = db(TABLE).orderBy('code');
      if (!o.includeInactive) q.where({ active: true });
      return (await q).map(toItem);
    },

    async get(id: string): Promise<RequestItem | undefined> {
      const row = await db(TABLE).where({ id }).first();
      return row ? toItem(row) : undefined;
    },

    async byCode(code: string): Promise<RequestItem | undefined> {
      const row = await db(TABLE).where({ code }).first();
      return row ? toItem(row) : undefined;
    },

    /** Adds an item; a code already taken is a {@link DuplicateKeyError}. */
    async create(input: RequestItemInput, actor: string, at: Date): Promise<RequestItem> {
      return inTransaction(async (trx) => {
        let row: Record<string, unknown>;
        try {
          [row] = await trx.transaction((sp) =>
            sp(TABLE)
              .insert({
                ...toColumns(input),
                created_at: at,
                created_by: actor,
                updated_at: at,
                updated_by: actor,
              })
              .returning('*'),
          );
        } catch (err) {
          if (isUniqueViolation(err))
            throw new DuplicateKeyError(`Request item ${input.code} already exists`);
          throw err;
        }
        const item = toItem(row);
        await createAuditRepository(trx).append({
          table: TABLE,
          recordId: item.id,
          action: 'create',
          after: input,
          actor,
          at,
        });
        return item;
      });
    },

    /** Changes the given properties (audited before/after); undefined when there is no item. */
    async update(
      id: string,
      changes: RequestItemInput,
      actor: string,
      at: Date,
    ): Promise<RequestItem | undefined> {
      return inTransaction(async (trx) => {
        const before = await trx(TABLE).where({ id }).forUpdate().first();
        if (!before) return undefined;
        const previous = toItem(before);
        let row: Record<string, unknown>;
        try {
          [row] = await trx.transaction((sp) =>
            sp(TABLE)
              .where({ id })
              .update({ ...toColumns(changes), updated_at: at, updated_by: actor })
              .returning('*'),
          );
        } catch (err) {
          if (isUniqueViolation(err))
            throw new DuplicateKeyError(`Request item ${changes.code} already exists`);
          throw err;
        }
        const after = toItem(row);
        const was: Record<string, unknown> = {};
        const now: Record<string, unknown> = {};
        for (const key of Object.keys(changes) as (keyof RequestItemInput)[]) {
          if (JSON.stringify(previous[key]) === JSON.stringify(after[key])) continue;
          was[key] = previous[key];
          now[key] = after[key];
        }
        if (Object.keys(now).length)
          await createAuditRepository(trx).append({
            table: TABLE,
            recordId: id,
            action: 'update',
            before: was,
            after: now,
            actor,
            at,
          });
        return after;
      });
    },

    /** The active items as picker options (value = id), labelled `<code> <name>`. */
    async options(locale: LabelLocale): Promise<PickerOption[]> {
      const rows = await db(TABLE).where({ active: true }).orderBy('code');
      return rows.map((r: Record<string, unknown>) => ({
        value: String(r.id),
        label: `${String(r.code)} ${String(locale === 'zh-CN' ? r.name_zh : r.name_en)}`,
      }));
    },

    /** What the workers' rules read of an item. */
    async facts(id: string): Promise<RequestItemFacts | undefined> {
      const item = await this.get(id);
      if (!item) return undefined;
      return {
        id: item.id,
        type: item.type,
        approvalPolicy: item.approvalPolicy,
        approver: item.approver,
        fulfilmentGroup: item.fulfilmentGroup,
        defaultImpact: item.defaultImpact,
        defaultUrgency: item.defaultUrgency,
        changeTemplateId: item.changeTemplateId,
        withinAuthorisedScope: item.withinAuthorisedScope,
        fulfilmentTarget: item.fulfilmentTarget,
      };
    },

    /** Whether an assignment group (a fulfilment queue) with this code exists. */
    async groupExists(code: string): Promise<boolean> {
      return Boolean(await db('assignment_groups').where({ code }).first('code'));
    },

    /** Whether a user with this username exists. */
    async userExists(username: string): Promise<boolean> {
      return Boolean(await db('users').where({ username }).first('id'));
    },

    /**
     * The incident a reclassified record became: the one its `Msg_IncidentReported` recorded
     * with the record as its source (incident-management keeps `source_type`/`source_number`).
     */
    async incidentFromSource(
      sourceType: string,
      sourceNumber: string,
    ): Promise<{ id: string; number: string } | undefined> {
      const row = await db('incidents')
        .where({ source_type: sourceType, source_number: sourceNumber })
        .orderBy('created_at')
        .first('id', 'number');
      return row ? { id: String(row.id), number: String(row.number) } : undefined;
    },
  };
}

export type RequestItemsRepository = ReturnType<typeof createRequestItemsRepository>;
