import { expect } from 'chai';
import { parse } from 'yaml';
import { createReadModelHandlers, type ProjectionHandler } from '../../db/projector/handlers.ts';
import { renderApplicationYaml } from '../../engine/application-yaml.ts';
import { exporterRecordList, PROJECTED_RECORDS } from '../../lib/engine-records.ts';

/**
 * A stand-in transaction that records which tables a handler touches: every query builder
 * call returns the builder, and awaiting it gives no rows.
 */
function recordingTrx() {
  const tables: string[] = [];
  const builder: object = new Proxy(function () {}, {
    get(_target, property) {
      if (property === 'then') return (resolve: (rows: unknown[]) => void) => resolve([]);
      return () => builder;
    },
    apply() {
      return builder;
    },
  });
  const trx = new Proxy(
    function (table: string) {
      tables.push(table);
      return builder;
    },
    { get: (_target, property) => (property === 'raw' ? () => builder : undefined) },
  );
  return { trx, tables };
}

/** A record of the value type and intent with the fields the handlers read. */
function recordOf(valueType: string, intent: string) {
  return {
    partitionId: 1,
    position: 1,
    key: '2251799813685001',
    valueType,
    intent,
    recordType: 'EVENT',
    timestamp: Date.parse('2026-12-08T09:00:00Z'),
    value: {
      bpmnElementType: 'SERVICE_TASK',
      bpmnProcessId: 'p',
      processInstanceKey: '2251799813685000',
      processDefinitionKey: '2251799813685002',
      elementId: 'Task',
      elementInstanceKey: '2251799813685003',
      scopeKey: '2251799813685000',
      name: 'v',
      value: '1',
      version: 1,
      resource: '',
      userTaskKey: '2251799813685001',
      messageKey: '2251799813685004',
      formKey: '2251799813685005',
      formId: 'f',
    },
  };
}

/** Intents the engine writes that the read model does not need, by value type. */
const NOT_PROJECTED: Record<string, string[]> = {
  PROCESS_INSTANCE: [
    'ELEMENT_ACTIVATED',
    'ELEMENT_COMPLETING',
    'ELEMENT_TERMINATING',
    'SEQUENCE_FLOW_TAKEN',
  ],
  USER_TASK: ['CREATING', 'ASSIGNING', 'COMPLETING', 'CANCELING', 'UPDATING'],
  VARIABLE: ['MIGRATED'],
  PROCESS: ['DELETED'],
  FORM: ['DELETED'],
  MESSAGE_START_EVENT_SUBSCRIPTION: ['CREATED', 'DELETED'],
};

describe('contract: the exporter sends exactly the records the projector applies', () => {
  const handlers = createReadModelHandlers(async () => ({
    elementNames: {},
    messageStartNames: [],
  }));
  const byType = new Map<string, ProjectionHandler[]>();
  for (const h of handlers) byType.set(h.valueType, [...(byType.get(h.valueType) ?? []), h]);

  it('lists a value type for every projection handler, and a handler for every listed type', () => {
    expect([...byType.keys()].sort()).to.deep.equal(Object.keys(PROJECTED_RECORDS).sort());
  });

  it('every listed intent makes its handler write the read model', async () => {
    for (const [valueType, intents] of Object.entries(PROJECTED_RECORDS)) {
      for (const intent of intents) {
        const { trx, tables } = recordingTrx();
        for (const h of byType.get(valueType)!)
          await h.apply(trx as never, recordOf(valueType, intent) as never);
        expect(tables, `${valueType} ${intent}`).to.not.deep.equal([]);
      }
    }
  });

  it('a handler writes for no intent left out of the list (the exporter would not send it)', async () => {
    // every intent named anywhere, tried on every value type
    const universe = new Set([
      ...Object.values(PROJECTED_RECORDS).flat(),
      ...Object.values(NOT_PROJECTED).flat(),
    ]);
    for (const [valueType, listed] of Object.entries(PROJECTED_RECORDS)) {
      for (const intent of universe) {
        if ((listed as readonly string[]).includes(intent)) continue;
        const { trx, tables } = recordingTrx();
        for (const h of byType.get(valueType)!)
          await h.apply(trx as never, recordOf(valueType, intent) as never);
        expect(tables, `${valueType} ${intent} is applied but not exported`).to.deep.equal([]);
      }
    }
  });

  it("the broker's configuration gives the exporter that list, and people's tasks at once", () => {
    const yaml = parse(
      renderApplicationYaml({
        dataDir: '/tmp/x',
        ports: { grpc: 1, rest: 2, management: 3, command: 4, internal: 5 },
        clockControlled: false,
        exporter: {
          jarPath: '/x.jar',
          jdbcUrl: 'jdbc:postgresql://h/d',
          username: 'u',
          password: 'p',
        },
      }),
    ) as { zeebe: { broker: { exporters: Record<string, { args: Record<string, unknown> }> } } };
    const args = Object.values(yaml.zeebe.broker.exporters)[0]!.args;
    expect(args.valueTypes).to.equal(exporterRecordList());
    expect(String(args.valueTypes).split(',')).to.include.members([
      'PROCESS_INSTANCE:ELEMENT_ACTIVATING',
      'USER_TASK:ASSIGNED',
      'PROCESS_INSTANCE_MIGRATION:MIGRATED',
    ]);
    expect(String(args.valueTypes)).not.to.match(/\bJOB\b/);
    expect(args.flushAtOnce).to.equal('USER_TASK:CREATED');
  });
});
