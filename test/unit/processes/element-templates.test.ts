import { expect } from 'chai';
import knexFactory from 'knex';
import { systemClock } from '../../../lib/clock.ts';
import { createDomain } from '../../../domain/domain.ts';
import {
  ELEMENT_TEMPLATE_SCHEMA,
  elementTemplatesFor,
  majorVersionOf,
  templateIdOf,
} from '../../../server/processes/element-templates.ts';
import { createWorkers } from '../../../workers/registry.ts';
import { testWorkers } from '../../helpers/test-workers.ts';

// The registry builds repositories over a knex that never connects: no I/O here.
const offlineDb = knexFactory({ client: 'pg' });
const registry = createWorkers({
  db: offlineDb,
  engine: { publishMessage: async () => ({ key: '0' }), cancelInstance: async () => undefined },
  clock: systemClock,
  domain: createDomain({ db: offlineDb, clock: systemClock }),
});

describe('element templates from the worker registry', () => {
  after(() => offlineDb.destroy());

  it('when generated for the registry, every worker has a template binding its job type and one input per schema property', () => {
    // given
    const workers = [...registry, ...testWorkers];
    // when
    const templates = elementTemplatesFor(workers);
    // then
    expect(templates).to.have.length(workers.length);
    expect(new Set(templates.map((t) => `${t.id}@${t.version}`)).size).to.equal(workers.length);
    workers.forEach((worker, i) => {
      const t = templates[i]!;
      const inputNames = Object.keys(
        (worker.input as { properties?: Record<string, unknown> }).properties ?? {},
      );
      expect(t.$schema).to.equal(ELEMENT_TEMPLATE_SCHEMA);
      expect(t.name).to.equal(worker.description);
      expect(t.appliesTo).to.deep.equal(['bpmn:Task']);
      expect(t.elementType).to.deep.equal({ value: 'bpmn:ServiceTask' });
      expect(t.id).to.match(/^itsm\.[A-Za-z0-9.-]+$/);
      const taskDefinition = t.properties.filter((p) => p.binding.type === 'zeebe:taskDefinition');
      expect(taskDefinition, worker.type).to.deep.equal([
        {
          type: 'Hidden',
          value: worker.type,
          binding: { type: 'zeebe:taskDefinition', property: 'type' },
        },
      ]);
      const inputs = t.properties.flatMap((p) => (p.binding.type === 'zeebe:input' ? [p] : []));
      expect(
        inputs.map((p) => (p.binding as { name: string }).name),
        worker.type,
      ).to.deep.equal(inputNames);
      expect(inputs.map((p) => p.label)).to.deep.equal(inputNames);
    });
  });

  it('when a schema has required, enum, boolean and described properties, maps each to its property type', () => {
    // given
    const worker = {
      ...testWorkers[0]!,
      type: 'itsm:demo.thing:2',
      description: 'Demo: does a thing',
      input: {
        type: 'object',
        properties: {
          recordId: { type: 'string', description: 'The record' },
          mode: { type: 'string', enum: ['fast', 'slow'] },
          urgent: { type: 'boolean', nullable: true },
          note: { type: 'string', nullable: true },
        },
        required: ['recordId'],
      },
    };
    // when
    const [t] = elementTemplatesFor([worker]);
    // then
    expect(t!.id).to.equal('itsm.demo.thing');
    expect(t!.version).to.equal(2);
    expect(t!.properties.slice(1)).to.deep.equal([
      {
        label: 'recordId',
        description: 'The record',
        binding: { type: 'zeebe:input', name: 'recordId' },
        type: 'String',
        value: '=recordId',
        constraints: { notEmpty: true },
      },
      {
        label: 'mode',
        binding: { type: 'zeebe:input', name: 'mode' },
        type: 'Dropdown',
        choices: [
          { name: 'fast', value: 'fast' },
          { name: 'slow', value: 'slow' },
        ],
        optional: true,
      },
      {
        label: 'urgent',
        binding: { type: 'zeebe:input', name: 'urgent' },
        type: 'Boolean',
        optional: true,
      },
      {
        label: 'note',
        binding: { type: 'zeebe:input', name: 'note' },
        type: 'String',
        optional: true,
      },
    ]);
  });

  it('when a job type is sanitised, keeps letters, digits, dots and dashes and drops the version', () => {
    // given / when / then
    expect(templateIdOf('itsm:incident.assign-group:1')).to.equal('itsm.incident.assign-group');
    expect(templateIdOf('itsm:test.may-fail:1')).to.equal('itsm.test.may-fail');
    expect(templateIdOf('other:weird type!')).to.equal('itsm.other.weird.type');
    expect(majorVersionOf('itsm:x.y:3')).to.equal(3);
    expect(majorVersionOf('no-version')).to.equal(1);
  });
});
