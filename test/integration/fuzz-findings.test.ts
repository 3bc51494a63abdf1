import { expect } from 'chai';
import { api } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

/** What the fuzzer (npm run fuzz) found, each as the request that showed it. */

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
let doc: Doc | undefined;
async function documented(method: string, path: string): Promise<string[]> {
  doc ??= (await api<Doc>('GET', '/api/openapi.json')).body;
  return Object.keys(doc.paths[path]?.[method]?.responses ?? {});
}

interface ErrorBody {
  error: { code: string; details: { field: string }[] };
}

describe('answers the fuzzer found undocumented or refused', () => {
  it('when a sign-in has the wrong password, answers 401 and the document lists 401 (and 429) for the login', async () => {
    // given: a user that does not exist
    // when
    const res = await api<ErrorBody>('POST', '/api/auth/login', {
      body: { username: `nobody-${Date.now()}`, password: 'wrong' },
    });
    // then
    expect(res.status).to.equal(401);
    expect(await documented('post', '/api/auth/login')).to.include.members(['401', '429']);
  });

  it('when this browser has no accepted directory sign-in, the session answer 401 is documented', async () => {
    // given: no sign-in cookie
    // when
    const res = await api<ErrorBody>('POST', '/api/auth/oidc/session', { body: {} });
    // then
    expect(res.status).to.equal(401);
    expect(await documented('post', '/api/auth/oidc/session')).to.include('401');
  });

  it('when the provider callback carries a non-ASCII code, answers 400 naming code', async () => {
    // given: 1,500 characters of "é" (a URL of about 9 KB, within the HTTP parser's limit)
    const code = encodeURIComponent('é'.repeat(1500));
    // when
    const res = await fetch(`${testContext().platform.url}/api/auth/oidc/callback?code=${code}`, {
      redirect: 'manual',
    });
    // then
    expect(res.status).to.equal(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.details.map((d) => d.field)).to.include('code');
  });

  it('when the callback carries every parameter at the longest length the document allows, gets through the HTTP parser (no 431)', async () => {
    // given: each query parameter at its published maxLength, of a character percent-encoded
    // to 3 bytes (the published lengths were once 4096 + 1024 * 3 + 4096: a 34 KB URL)
    doc ??= (await api<Doc>('GET', '/api/openapi.json')).body;
    const op = doc.paths['/api/auth/oidc/callback']!.get! as unknown as {
      parameters: { name: string; in: string; schema: { maxLength?: number } }[];
    };
    const query = op.parameters
      .filter((p) => p.in === 'query')
      .map((p) => `${p.name}=${encodeURIComponent('"'.repeat(p.schema.maxLength ?? 0))}`)
      .join('&');
    // when
    const res = await fetch(`${testContext().platform.url}/api/auth/oidc/callback?${query}`, {
      redirect: 'manual',
    });
    // then: an answer the operation documents, not 431
    expect(await documented('get', '/api/auth/oidc/callback')).to.include(String(res.status));
  });

  it('documents 503 (engine or database down, process not deployed) for every operation', async () => {
    // given / when
    doc ??= (await api<Doc>('GET', '/api/openapi.json')).body;
    const missing = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item)
        .filter(([, op]) => !('503' in op.responses))
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    // then
    expect(missing).to.deep.equal([]);
  });
});
