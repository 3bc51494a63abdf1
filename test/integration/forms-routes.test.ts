/**
 * The deployed forms through the HTTP API (issue 5, the form editor): `GET /api/forms` lists
 * the latest version of each form, `GET /api/forms/:formId` answers its form-js JSON; every
 * signed-in user may read them, only the process owner deploys; a process and the new forms it
 * links deploy together (`POST /api/processes/:processId/deploy-with-forms`).
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { api, fixtureForm, fixtureXml } from '../helpers/api.ts';

interface FormItem {
  formId: string;
  version: number;
  key: string;
  deployedAt: string;
}

describe('the deployed forms (GET /api/forms, GET /api/forms/:formId)', function () {
  this.timeout(60_000);
  const formId = `it-form-${randomInt(100_000, 999_999)}`;
  const schema = (label: string) => ({
    ...fixtureForm('fixture-service-user.review'),
    id: formId,
    components: [{ id: 'Field_Note', key: 'note', type: 'textfield', label }],
  });

  before(async () => {
    for (const label of ['Note', 'Note (v2)']) {
      const res = await api('POST', `/api/forms/${formId}/deploy`, {
        as: 'process-owner',
        body: schema(label),
      });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }
  });

  it('lists the latest version of each deployed form to every signed-in user', async () => {
    // when
    const res = await api<{ items: FormItem[] }>('GET', '/api/forms', { as: 'service-desk' });

    // then
    expect(res.status).to.equal(200);
    const mine = res.body.items.filter((f) => f.formId === formId);
    expect(mine).to.have.length(1);
    expect(mine[0]!.version).to.equal(2);
    expect(mine[0]!.key).to.match(/^\d+$/);
    expect(Number.isNaN(Date.parse(mine[0]!.deployedAt))).to.equal(false);
  });

  it("answers a form's latest JSON schema", async () => {
    // when
    const res = await api<{ formId: string; version: number; schema: { components: unknown[] } }>(
      'GET',
      `/api/forms/${formId}`,
      { as: 'service-desk' },
    );

    // then
    expect(res.status).to.equal(200);
    expect(res.body.formId).to.equal(formId);
    expect(res.body.version).to.equal(2);
    expect(res.body.schema.components).to.deep.equal([
      { id: 'Field_Note', key: 'note', type: 'textfield', label: 'Note (v2)' },
    ]);
  });

  it('answers 404 for a form that is not deployed and 401 without a sign-in', async () => {
    expect((await api('GET', '/api/forms/no-such-form', { as: 'service-desk' })).status).to.equal(
      404,
    );
    expect((await api('GET', '/api/forms')).status).to.equal(401);
    expect((await api('GET', `/api/forms/${formId}`)).status).to.equal(401);
  });
});

describe('a process deployed with its forms (POST /api/processes/:processId/deploy-with-forms)', function () {
  this.timeout(60_000);
  const suffix = randomInt(100_000, 999_999);
  const processId = `it-with-forms-${suffix}`;
  const formId = `it-new-form-${suffix}`;
  const xml = fixtureXml('fixture-service-user')
    .replaceAll('"fixture-service-user"', `"${processId}"`)
    .replaceAll('formId="fixture-service-user.review"', `formId="${formId}"`);
  const form = {
    ...fixtureForm('fixture-service-user.review'),
    id: formId,
    components: [{ id: 'Field_Note', key: 'note', type: 'textfield', label: 'Note' }],
  };
  const url = `/api/processes/${processId}/deploy-with-forms`;

  it('refuses a diagram linking a form that is neither deployed nor sent, naming the form', async () => {
    // when
    const res = await api<{
      error: { code: string; details: { code: string; message: string }[] };
    }>('POST', url, { as: 'process-owner', body: { xml, forms: [] } });

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    const unknown = res.body.error.details.filter((d) => d.code === 'UNKNOWN_FORM');
    expect(unknown).to.have.length(1);
    expect(unknown[0]!.message).to.contain(formId);
    expect((await api('GET', `/api/forms/${formId}`, { as: 'process-owner' })).status).to.equal(
      404,
    );
  });

  it('answers 403 to another role and 400 to a form whose id differs from its formId', async () => {
    // when
    const wrongRole = await api('POST', url, {
      as: 'service-desk',
      body: { xml, forms: [{ formId, schema: form }] },
    });
    const mismatch = await api<{ error: { details: { field: string }[] } }>('POST', url, {
      as: 'process-owner',
      body: { xml, forms: [{ formId, schema: { ...form, id: 'another-form' } }] },
    });

    // then
    expect(wrongRole.status).to.equal(403);
    expect(mismatch.status).to.equal(400);
    expect(mismatch.body.error.details.map((d) => d.field)).to.include('forms[0].formId');
    expect((await api('GET', `/api/forms/${formId}`, { as: 'process-owner' })).status).to.equal(
      404,
    );
  });

  it('deploys the process and a new form it links in one deployment', async () => {
    // when
    const res = await api<{
      processId: string;
      version: number;
      key: string;
      forms: { formId: string; version: number; key: string }[];
    }>('POST', url, { as: 'process-owner', body: { xml, forms: [{ formId, schema: form }] } });

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body.processId).to.equal(processId);
    expect(res.body.version).to.equal(1);
    expect(res.body.key).to.match(/^\d+$/);
    expect(res.body.forms).to.have.length(1);
    expect(res.body.forms[0]).to.include({ formId, version: 1 });
    expect(res.body.forms[0]!.key).to.match(/^\d+$/);
    const deployed = await api<{ version: number; schema: { id: string } }>(
      'GET',
      `/api/forms/${formId}`,
      { as: 'process-owner' },
    );
    expect(deployed.status).to.equal(200);
    expect(deployed.body.version).to.equal(1);
    expect(deployed.body.schema.id).to.equal(formId);
    const versions = await api<{ items: { version: number }[] }>(
      'GET',
      `/api/processes/${processId}/versions`,
      { as: 'process-owner' },
    );
    expect(versions.body.items.map((v) => v.version)).to.deep.equal([1]);
  });
});
