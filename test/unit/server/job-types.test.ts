import { expect } from 'chai';
import { jobSchemaProblem } from '../../../server/routes/job-types.routes.ts';
import { externalTemplatesFor } from '../../../server/routes/element-templates.routes.ts';

const at = new Date('2026-12-08T00:00:00Z');

describe('external job types: schema check and element templates', () => {
  it('when a schema describes an object and compiles, finds no problem', () => {
    // given
    const schema = {
      type: 'object',
      properties: { orderId: { type: 'string', format: 'uuid' } },
      required: ['orderId'],
    };
    // when / then
    expect(jobSchemaProblem(schema)).to.equal(undefined);
    expect(jobSchemaProblem({})).to.equal(undefined);
  });

  it('when a schema is not of an object, does not compile or two share an $id, says why', () => {
    // given / when / then
    expect(jobSchemaProblem({ type: 'array' })).to.match(/must describe an object/);
    expect(jobSchemaProblem({ type: 'object', properties: 5 })).to.match(/ajv can compile/);
    expect(jobSchemaProblem({ type: 'object', required: 'orderId' })).to.match(/ajv/);
    expect(jobSchemaProblem({ $ref: '#/definitions/none' })).to.match(/none/);
    // each check compiles on its own: the same $id twice is no clash
    const withId = { $id: 'https://example.com/order', type: 'object' };
    expect(jobSchemaProblem(withId)).to.equal(undefined);
    expect(jobSchemaProblem(withId)).to.equal(undefined);
  });

  it('when a schema is too large or nests too deep to compile on the event loop, says so', () => {
    // given
    const wide = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [`field${i}`, { type: 'string' }]),
      ),
    };
    let deep: Record<string, unknown> = { type: 'object' };
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { next: deep } };
    // when / then
    expect(jobSchemaProblem(wide)).to.match(/longer than 64000 characters/);
    expect(jobSchemaProblem(deep)).to.match(/deeper than 32 levels/);
  });

  it('when an external type is offered as a template, it is marked external and maps its inputs', () => {
    // given
    const type = {
      type: 'charge-credit-card:2',
      name: 'Charge credit card',
      description: 'The payment service charges the card',
      input: {
        type: 'object',
        properties: { cardNumber: { type: 'string' }, express: { type: 'boolean' } },
        required: ['cardNumber'],
      },
      output: { type: 'object' },
      active: true,
      createdBy: 'admin',
      createdAt: at,
      updatedBy: 'admin',
      updatedAt: at,
    };
    // when
    const [template] = externalTemplatesFor([type]);
    // then
    expect(template).to.deep.include({
      id: 'external.charge-credit-card',
      name: 'Charge credit card (external)',
      description:
        'External job type charge-credit-card:2, served outside the platform: The payment service charges the card',
      version: 2,
    });
    expect(template!.properties).to.deep.equal([
      {
        type: 'Hidden',
        value: 'charge-credit-card:2',
        binding: { type: 'zeebe:taskDefinition', property: 'type' },
      },
      {
        label: 'cardNumber',
        binding: { type: 'zeebe:input', name: 'cardNumber' },
        type: 'String',
        value: '=cardNumber',
        constraints: { notEmpty: true },
      },
      {
        label: 'express',
        binding: { type: 'zeebe:input', name: 'express' },
        type: 'Boolean',
        optional: true,
      },
    ]);
  });
});
