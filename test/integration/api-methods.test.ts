import { expect } from 'chai';
import { api, tokenFor } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

interface ErrorBody {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

/** A raw request, to read the answer's headers. */
async function raw(method: string, url: string, token?: string) {
  return fetch(`${testContext().platform.url}${url}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('methods and bodies the API does not expect', () => {
  it('when a declared path is called with a method it does not declare, answers 405 with Allow listing the declared methods', async () => {
    // given: /api/groups/:code declares GET, PUT and DELETE; /api/health only GET
    const cases: [string, string, string[]][] = [
      ['POST', '/api/groups/service-desk', ['GET', 'PUT', 'DELETE']],
      ['PATCH', '/api/health', ['GET']],
      ['DELETE', '/api/tasks/queues', ['GET']],
      ['PUT', '/api/openapi.json', ['GET']],
      ['GET', '/api/auth/login', ['POST']],
    ];
    for (const [method, url, allowed] of cases) {
      // when
      const res = await raw(method, url);
      const body = (await res.json()) as ErrorBody;
      // then
      expect(res.status, `${method} ${url}`).to.equal(405);
      expect(
        (res.headers.get('allow') ?? '').split(/,\s*/).sort(),
        `${method} ${url}`,
      ).to.deep.equal([...allowed].sort());
      expect(body.error.code).to.equal('METHOD_NOT_ALLOWED');
      expect(body.error.message).to.include(method);
    }
  });

  it('when a path is not declared at all, still answers 404', async () => {
    // given / when
    const res = await raw('POST', '/api/no-such-thing');
    // then
    expect(res.status).to.equal(404);
  });

  it('when PUT /api/groups/:code is sent without a body, answers 200 with the group unchanged instead of a 500', async () => {
    // given
    const before = await api<{ nameZh: string; nameEn: string }>(
      'GET',
      '/api/groups/service-desk',
      {
        as: 'admin',
      },
    );
    expect(before.status).to.equal(200);
    // when: no body and no content type at all
    const res = await fetch(`${testContext().platform.url}/api/groups/service-desk`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await tokenFor('admin')}` },
    });
    const body = (await res.json()) as { nameZh: string; nameEn: string };
    // then
    expect(res.status).to.equal(200);
    expect(body.nameZh).to.equal(before.body.nameZh);
    expect(body.nameEn).to.equal(before.body.nameEn);
  });

  it('when a JSON body route gets no body, answers 400 naming the required fields, never 500', async () => {
    // given: POST /api/groups requires code, nameZh and nameEn
    // when
    const res = await fetch(`${testContext().platform.url}/api/groups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor('admin')}` },
    });
    const body = (await res.json()) as ErrorBody;
    // then
    expect(res.status).to.equal(400);
    expect(body.error.details.map((d) => d.field)).to.include.members(['code', 'nameZh', 'nameEn']);
  });
});
