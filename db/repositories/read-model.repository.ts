import type { Knex } from 'knex';

/** A deployed process version. */
export interface ProcessVersion {
  key: string;
  processId: string;
  name?: string;
  version: number;
  deployedAt: Date;
}

/** Summary of an instance for lists. */
export interface InstanceSummary {
  key: string;
  processId: string;
  version: number;
  state: 'active' | 'completed' | 'canceled' | 'incident';
  startedAt: Date;
  endedAt?: Date;
  record?: { type: string; number: string };
  /** When the instance last moved to another process version (instance migration). */
  migratedAt?: Date;
}

const toVersion = (r: Record<string, unknown>): ProcessVersion => ({
  key: String(r.key),
  processId: String(r.process_id),
  name: (r.name as string | null) ?? undefined,
  version: Number(r.version),
  deployedAt: new Date(String(r.deployed_at)),
});

/** Reads of the projected read model: process versions, forms, instances, incidents, variables. */
export function createReadModelRepository(db: Knex | Knex.Transaction) {
  const openIncident = (q: Knex.QueryBuilder) =>
    q
      .select(db.raw('1'))
      .from('engine_incidents as i')
      .whereRaw('i.process_instance_key = p.key')
      .andWhere('i.state', 'open');

  function summary(r: Record<string, unknown>): InstanceSummary {
    const state =
      r.state === 'active' && r.has_incident ? 'incident' : (r.state as InstanceSummary['state']);
    return {
      key: String(r.key),
      processId: String(r.process_id),
      version: Number(r.version),
      state,
      startedAt: new Date(String(r.started_at)),
      endedAt: r.ended_at ? new Date(String(r.ended_at)) : undefined,
      record: r.record_number
        ? { type: String(r.record_type ?? ''), number: String(r.record_number) }
        : undefined,
      ...(r.migrated_at ? { migratedAt: new Date(String(r.migrated_at)) } : {}),
    };
  }

  return {
    /** Latest version of each process, or every version. */
    async processVersions(all = false): Promise<ProcessVersion[]> {
      const q = db('process_definitions as d').select(
        'd.key',
        'd.process_id',
        'd.name',
        'd.version',
        'd.deployed_at',
      );
      if (!all) {
        q.whereRaw(
          'd.version = (select max(version) from process_definitions x where x.process_id = d.process_id)',
        );
      }
      const rows = await q.orderBy([{ column: 'd.process_id' }, { column: 'd.version' }]);
      return rows.map(toVersion);
    },
    async processXml(
      processId: string,
      version?: number,
    ): Promise<{ xml: string; version: number } | undefined> {
      const q = db('process_definitions').where({ process_id: processId });
      if (version !== undefined) q.andWhere({ version });
      const row = await q.orderBy('version', 'desc').first('xml', 'version');
      return row && { xml: row.xml, version: row.version };
    },
    /** Every deployed version with its XML and how many of its instances still run. */
    async deployedDefinitions(): Promise<
      { processId: string; version: number; xml: string; activeInstances: number }[]
    > {
      const rows = await db('process_definitions as d')
        .leftJoin('process_instances as i', function () {
          this.on('i.definition_key', '=', 'd.key').andOn('i.state', '=', db.raw('?', ['active']));
        })
        .groupBy('d.key', 'd.process_id', 'd.version', 'd.xml')
        .orderBy([{ column: 'd.process_id' }, { column: 'd.version' }])
        .select('d.process_id', 'd.version', 'd.xml', db.raw('count(i.key)::int as active'));
      return rows.map((r) => ({
        processId: String(r.process_id),
        version: Number(r.version),
        xml: String(r.xml),
        activeInstances: Number(r.active),
      }));
    },
    async latestVersion(processId: string): Promise<ProcessVersion | undefined> {
      const row = await db('process_definitions')
        .where({ process_id: processId })
        .orderBy('version', 'desc')
        .first();
      return row && toVersion(row);
    },
    async definitionByKey(
      key: string,
    ): Promise<(ProcessVersion & { elementNames: Record<string, string> }) | undefined> {
      const row = await db('process_definitions').where({ key }).first();
      return row && { ...toVersion(row), elementNames: row.element_names ?? {} };
    },
    /**
     * The element labels in other languages of process versions, by definition key: element
     * id → locale → label (`zeebe:properties` `label.<locale>`). Versions without any are left out.
     */
    async elementLabels(
      definitionKeys: readonly string[],
    ): Promise<Map<string, Record<string, Record<string, string>>>> {
      const labels = new Map<string, Record<string, Record<string, string>>>();
      if (definitionKeys.length === 0) return labels;
      const rows: { key: string; element_labels: Record<string, Record<string, string>> | null }[] =
        await db('process_definitions')
          .whereIn('key', [...new Set(definitionKeys)])
          .select('key', 'element_labels');
      for (const row of rows) if (row.element_labels) labels.set(row.key, row.element_labels);
      return labels;
    },
    /** The variables of these scopes (a process instance, an element instance), one row each. */
    async variablesOf(
      scopeKeys: readonly string[],
    ): Promise<{ scope_key: string; name: string; value: unknown }[]> {
      return db('variables').whereIn('scope_key', scopeKeys).select('scope_key', 'name', 'value');
    },
    /** The form-js JSON of a form by its engine key. */
    async formByKey(
      key: string,
    ): Promise<{ formId: string; version: number; schema: unknown } | undefined> {
      const row = await db('forms').where({ key }).first();
      return row && { formId: row.form_id, version: row.version, schema: row.schema };
    },
    async latestFormVersion(formId: string): Promise<number | undefined> {
      const row = await db('forms')
        .where({ form_id: formId })
        .max<{ max: number | null }>('version as max')
        .first();
      return row?.max ?? undefined;
    },
    /** The latest version of every deployed form, by form id. */
    async latestForms(): Promise<
      { formId: string; version: number; key: string; deployedAt: string }[]
    > {
      const rows: { form_id: string; version: number; key: string; deployed_at: Date }[] = await db(
        'forms as f',
      )
        .whereRaw('f.version = (select max(version) from forms x where x.form_id = f.form_id)')
        .orderBy('f.form_id')
        .select('f.form_id', 'f.version', 'f.key', 'f.deployed_at');
      return rows.map((r) => ({
        formId: r.form_id,
        version: r.version,
        key: r.key,
        deployedAt: new Date(r.deployed_at).toISOString(),
      }));
    },
    /** The form-js JSON of the latest version of a form. */
    async latestForm(
      formId: string,
    ): Promise<{ formId: string; version: number; key: string; schema: unknown } | undefined> {
      const row = await db('forms').where({ form_id: formId }).orderBy('version', 'desc').first();
      return row && { formId: row.form_id, version: row.version, key: row.key, schema: row.schema };
    },
    async deployedFormIds(): Promise<string[]> {
      const rows: { form_id: string }[] = await db('forms').distinct('form_id');
      return rows.map((r) => r.form_id);
    },
    async instances(filter: {
      processId?: string;
      version?: number;
      state?: InstanceSummary['state'];
      record?: string;
      limit: number;
      offset: number;
    }): Promise<{ items: InstanceSummary[]; total: number }> {
      const base = db('process_instances as p');
      if (filter.processId) base.where('p.process_id', filter.processId);
      if (filter.version !== undefined) base.where('p.version', filter.version);
      if (filter.record) base.where('p.record_number', filter.record);
      if (filter.state === 'incident') base.where('p.state', 'active').whereExists(openIncident);
      else if (filter.state === 'active')
        base.where('p.state', 'active').whereNotExists(openIncident);
      else if (filter.state) base.where('p.state', filter.state);
      const [{ count }] = await base.clone().count<{ count: string }[]>({ count: '*' });
      const rows = await base
        .select(
          'p.*',
          db.raw(
            'exists(select 1 from engine_incidents i where i.process_instance_key = p.key and i.state = ?) as has_incident',
            ['open'],
          ),
        )
        .orderBy('p.started_at', 'desc')
        .limit(filter.limit)
        .offset(filter.offset);
      return { items: rows.map(summary), total: Number(count) };
    },
    async instance(key: string) {
      const row = await db('process_instances as p')
        .where('p.key', key)
        .first(
          'p.*',
          db.raw(
            'exists(select 1 from engine_incidents i where i.process_instance_key = p.key and i.state = ?) as has_incident',
            ['open'],
          ),
        );
      if (!row) return undefined;
      const [elements, incidents, variables] = await Promise.all([
        db('element_instances')
          .where({ process_instance_key: key })
          .select('element_id', 'state', db.raw('count(*) as count'))
          .groupBy('element_id', 'state')
          .orderBy('element_id') as Promise<{ element_id: string; state: string; count: string }[]>,
        db('engine_incidents')
          .where({ process_instance_key: key, state: 'open' })
          .orderBy('created_at'),
        db('variables').where({ scope_key: key }).select('name', 'value').orderBy('name'),
      ]);
      return {
        ...summary(row),
        definitionKey: String(row.definition_key),
        elements: elements.map((e) => ({
          elementId: String(e.element_id),
          state: String(e.state),
          count: Number(e.count),
        })),
        incidents: incidents.map((i) => ({
          key: String(i.key),
          elementId: i.element_id as string,
          type: String(i.error_type),
          message: (i.error_message as string | null) ?? '',
          jobKey: (i.job_key as string | null) ?? undefined,
          createdAt: new Date(String(i.created_at)),
        })),
        variables: Object.fromEntries(variables.map((v) => [String(v.name), v.value])),
      };
    },
    /** One deployed version of a process with its XML. */
    async definitionOf(
      processId: string,
      version: number,
    ): Promise<(ProcessVersion & { xml: string }) | undefined> {
      const row = await db('process_definitions').where({ process_id: processId, version }).first();
      return row && { ...toVersion(row), xml: String(row.xml) };
    },
    /** Running instances (active, with or without an incident) by key, with their definition. */
    async runningInstances(filter: {
      keys?: readonly string[];
      processId?: string;
      version?: number;
      limit: number;
    }): Promise<(InstanceSummary & { definitionKey: string })[]> {
      const q = db('process_instances as p').where('p.state', 'active');
      if (filter.keys) q.whereIn('p.key', [...filter.keys]);
      if (filter.processId) q.where('p.process_id', filter.processId);
      if (filter.version !== undefined) q.where('p.version', filter.version);
      const rows = await q
        .select(
          'p.*',
          db.raw(
            'exists(select 1 from engine_incidents i where i.process_instance_key = p.key and i.state = ?) as has_incident',
            ['open'],
          ),
        )
        .orderBy('p.started_at')
        .limit(filter.limit);
      return rows.map((r) => ({ ...summary(r), definitionKey: String(r.definition_key) }));
    },
    /** The active element instances of these process instances, with the engine's element type. */
    async activeElements(
      instanceKeys: readonly string[],
    ): Promise<{ instanceKey: string; elementId: string; elementType: string }[]> {
      if (instanceKeys.length === 0) return [];
      const rows: { process_instance_key: string; element_id: string; element_type: string }[] =
        await db('element_instances')
          .whereIn('process_instance_key', [...instanceKeys])
          .where({ state: 'active' })
          .orderBy('started_at')
          .select('process_instance_key', 'element_id', 'element_type');
      return rows.map((r) => ({
        instanceKey: String(r.process_instance_key),
        elementId: r.element_id,
        elementType: r.element_type,
      }));
    },
    /** The named variables of one scope as the read model holds them (absent ones left out). */
    async scopeVariables(
      scopeKey: string,
      names: readonly string[],
    ): Promise<Record<string, unknown>> {
      const rows: { name: string; value: unknown }[] = await db('variables')
        .where({ scope_key: scopeKey })
        .whereIn('name', [...names])
        .select('name', 'value');
      return Object.fromEntries(rows.map((r) => [r.name, r.value]));
    },
    async incident(instanceKey: string, incidentKey: string) {
      const row = await db('engine_incidents')
        .where({ process_instance_key: instanceKey, key: incidentKey })
        .first();
      return (
        row && {
          key: String(row.key),
          state: String(row.state),
          jobKey: (row.job_key as string | null) ?? undefined,
          type: String(row.error_type),
        }
      );
    },
    /**
     * Instance counts per version and state, for the modeler's version history. The states
     * are those of the instance list: an instance with an open incident counts as an
     * incident, not as active.
     */
    async instanceCountsByVersion(processId: string) {
      const rows = await db('process_instances as p')
        .where('p.process_id', processId)
        .select(
          'p.version',
          db.raw(
            `count(*) filter (where p.state = 'active' and not exists(select 1 from engine_incidents i where i.process_instance_key = p.key and i.state = 'open')) as active`,
          ),
          db.raw(`count(*) filter (where p.state = 'completed') as completed`),
          db.raw(
            `count(*) filter (where p.state = 'active' and exists(select 1 from engine_incidents i where i.process_instance_key = p.key and i.state = 'open')) as incidents`,
          ),
        )
        .groupBy('p.version');
      return rows.map((r) => ({
        version: Number(r.version),
        active: Number(r.active),
        completed: Number(r.completed),
        incidents: Number(r.incidents),
      }));
    },
  };
}
export type ReadModelRepository = ReturnType<typeof createReadModelRepository>;
