import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { createRecordService } from '../../server/services/record.service.ts';
import { createRecordStore } from '../../db/repositories/record-store.repository.ts';
import { createKindRegistry } from '../../lib/records/registry.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { knownErrorKind } from '../../lib/records/kinds/known-error.ts';
import { ROLE_IDS } from '../../lib/roles.ts';
import { UnavailableError } from '../../server/errors.ts';
import type { User } from '../../db/repositories/users.repository.ts';
import { api } from '../helpers/api.ts';
import { testContext } from '../helpers/test-platform.ts';

type Rec = Record<string, unknown> & { id: string; number: string; status: string };

/**
 * The routes every record kind gets from its declaration (api.md "Records (every kind)"),
 * walked on the known-error and problem kinds through HTTP on the real platform.
 */
describe('records API: every kind from its declaration', () => {
  const tag = randomUUID().slice(0, 8);

  async function createKnownError(title: string): Promise<Rec> {
    const res = await api<Rec>('POST', '/api/known-errors', {
      as: 'problem-manager',
      body: {
        title,
        symptom: '用户登录超时',
        workaround: '清除浏览器缓存后重试',
        category: 'software',
      },
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body;
  }

  it("lists the kinds a role may read, and only incidents and service requests (their customer's) to a customer contact", async () => {
    // when
    const manager = await api<{ items: { type: string; canCreate: boolean }[] }>(
      'GET',
      '/api/record-kinds',
      { as: 'problem-manager' },
    );
    const resolver = await api<{ items: { type: string; canCreate: boolean }[] }>(
      'GET',
      '/api/record-kinds',
      { as: 'resolver-l2' },
    );
    const contact = await api<{ items: { type: string; canCreate: boolean }[] }>(
      'GET',
      '/api/record-kinds',
      {
        as: 'customer-contact',
      },
    );

    // then
    // Everyone reports incidents (§0.2), on the core as at POST /api/incidents; major incidents
    // (read by staff and the incident's customer) are declared at /api/incidents/:id.
    expect(manager.body.items.map((k) => [k.type, k.canCreate])).to.deep.equal([
      ['incident', true],
      ['problem', true],
      ['known-error', true],
      ['service-request', true],
    ]);
    expect(resolver.body.items.map((k) => [k.type, k.canCreate])).to.deep.equal([
      ['incident', true],
      ['major-incident', false],
      ['problem', false],
      ['known-error', false],
      ['service-request', true],
    ]);
    expect(contact.body.items.map((k) => [k.type, k.canCreate])).to.deep.equal([
      ['incident', true],
      ['major-incident', false],
      ['service-request', true],
    ]);
  });

  it('creates a known error with the next KE number and reads it on both paths', async () => {
    // when
    const created = await createKnownError(`单点登录超时 ${tag}`);
    const named = await api<Rec>('GET', `/api/known-errors/${created.number}`, {
      as: 'service-desk',
    });
    const generic = await api<Rec>('GET', `/api/records/known-error/${created.id}`, {
      as: 'resolver-l2',
    });

    // then
    expect(created.number).to.match(/^KE-\d{4}-\d{6}$/);
    expect(created).to.include({
      status: 'active',
      title: `单点登录超时 ${tag}`,
      type: 'known-error',
    });
    expect(named.status).to.equal(200);
    expect(named.body).to.include({ number: created.number, workaround: '清除浏览器缓存后重试' });
    expect(named.body.links).to.deep.equal([]);
    expect(generic.body.number).to.equal(created.number);
  });

  it('finds records by Chinese text, filters by status and pages', async () => {
    // given
    await createKnownError(`打印机脱机 ${tag}`);
    await createKnownError(`打印队列卡住 ${tag}`);

    // when
    const found = await api<{ items: Rec[]; total: number }>(
      'GET',
      `/api/known-errors?q=${encodeURIComponent(`打印`)}&status=active&limit=1&sort=-createdAt`,
      { as: 'service-desk' },
    );

    // then
    expect(found.status).to.equal(200);
    expect(found.body.total).to.be.at.least(2);
    expect(found.body.items).to.have.length(1);
    expect(String(found.body.items[0]!.title)).to.contain('打印');
  });

  it('names the missing and the unknown fields of a create (400) and keeps nothing', async () => {
    // when
    const res = await api<{ error: { details: { field: string; message: string }[] } }>(
      'POST',
      '/api/records/known-error',
      { as: 'problem-manager', body: { title: `bad ${tag}`, colour: 'red' } },
    );
    const after = await api<{ total: number }>('GET', `/api/known-errors?q=bad%20${tag}`, {
      as: 'problem-manager',
    });

    // then
    expect(res.status).to.equal(400);
    expect(res.body.error.details).to.deep.include.members([
      { field: 'symptom', message: 'is required' },
      { field: 'colour', message: 'is not an accepted field' },
    ]);
    expect(after.body.total).to.equal(0);
  });

  it('refuses roles the kind does not allow: create 403, read 403 for a contact', async () => {
    // when
    const create = await api('POST', '/api/known-errors', {
      as: 'service-desk',
      body: { title: 't', symptom: 's' },
    });
    const list = await api('GET', '/api/known-errors', { as: 'customer-contact' });
    const created = await createKnownError(`hidden ${tag}`);
    const one = await api('GET', `/api/known-errors/${created.number}`, { as: 'customer-contact' });

    // then
    expect([create.status, list.status, one.status]).to.deep.equal([403, 403, 403]);
  });

  it('runs a command: a comment is required, the status moves, a second run is a 409 naming the status', async () => {
    // given
    const ke = await createKnownError(`retire me ${tag}`);

    // when
    const noComment = await api('POST', `/api/known-errors/${ke.number}/retire`, {
      as: 'problem-manager',
      body: {},
    });
    const retired = await api<Rec>('POST', `/api/known-errors/${ke.number}/retire`, {
      as: 'problem-manager',
      body: { comment: '已被新版本取代' },
    });
    const again = await api<{ error: { message: string } }>(
      'POST',
      `/api/known-errors/${ke.number}/retire`,
      { as: 'problem-manager', body: { comment: 'again' } },
    );

    // then
    expect(noComment.status).to.equal(400);
    expect(retired.status).to.equal(200);
    expect(retired.body.status).to.equal('retired');
    expect(again.status).to.equal(409);
    expect(again.body.error.message).to.equal(
      `${ke.number} is retired; retire needs status active or resolved`,
    );
  });

  it('tells the history in both languages with display names, never codes', async () => {
    // given
    const ke = await createKnownError(`history ${tag}`);
    await api('POST', `/api/known-errors/${ke.number}/retire`, {
      as: 'problem-manager',
      body: { comment: 'duplicate' },
    });

    // when
    const res = await api<{ items: { action: string; text: { en: string; 'zh-CN': string } }[] }>(
      'GET',
      `/api/known-errors/${ke.number}/history`,
      { as: 'service-desk' },
    );

    // then
    expect(res.body.items.map((i) => i.text)).to.deep.equal([
      {
        en: `Problem manager created known error ${ke.number}`,
        'zh-CN': `Problem manager创建了已知错误 ${ke.number}`,
      },
      {
        en: 'Problem manager changed the status from Active to Retired',
        'zh-CN': 'Problem manager将状态由“有效”改为“已废止”',
      },
      { en: 'Problem manager: Retire — duplicate', 'zh-CN': 'Problem manager：废止——duplicate' },
    ]);
  });

  it('answers 503 and keeps nothing, not even a number, when the kind’s process cannot be started', async () => {
    // given: the problem kind as declared, but run by a process the engine has never seen
    const { db, engine, clock, domain } = testContext().platform;
    const kind = { ...problemKind, processIds: ['never-deployed-process'] };
    const records = createRecordService({
      db,
      engine,
      clock,
      kinds: createKindRegistry([kind, knownErrorKind], { roles: ROLE_IDS }),
      sla: domain.sla,
    });
    const user = { id: 'u', username: 'problem-manager', roles: ['problem-manager'] } as User;
    const title = `no process ${tag}`;
    const store = createRecordStore(db);
    const actor = { by: 'problem-manager', at: new Date() };
    const before = (await store.create(problemKind, { fields: { title: `before ${tag}` } }, actor))
      .record;

    // when
    let error: unknown;
    try {
      await records.create(kind, { title, category: 'software' }, user);
    } catch (err) {
      error = err;
    }

    const next = (await store.create(problemKind, { fields: { title: `after ${tag}` } }, actor))
      .record;

    // then
    expect(error).to.be.instanceOf(UnavailableError);
    expect((error as Error).message).to.equal(
      'The never-deployed-process process is not deployed; nothing was recorded',
    );
    expect(await db('problems').where({ title }).first()).to.equal(undefined);
    expect(Number(next.number.slice(-6))).to.equal(Number(before.number.slice(-6)) + 1);
  });

  it('states each kind route with its schemas and roles in the OpenAPI document', async () => {
    // when
    const doc = await api<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      'GET',
      '/api/openapi.json',
    );

    // then
    const post = doc.body.paths['/api/problems']!.post!;
    const body = JSON.stringify(post.requestBody);
    expect(body).to.contain('"required":["title","category"]');
    expect(doc.body.paths['/api/records/known-error/{idOrNumber}/retire']).to.have.property('post');
    expect(JSON.stringify(doc.body.paths['/api/known-errors']!.get)).to.contain('problem-manager');
  });
});
