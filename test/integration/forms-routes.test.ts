/**
 * The deployed forms through the HTTP API (issue 5, the form editor): `GET /api/forms` lists
 * the latest version of each form, `GET /api/forms/:formId` answers its form-js JSON; every
 * signed-in user may read them, only the process owner deploys.
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { api, fixtureForm } from '../helpers/api.ts';

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
