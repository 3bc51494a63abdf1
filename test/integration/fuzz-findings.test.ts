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

  describe('the published request schemas state what the handlers refuse (issue 12: the fuzzer warned that 16 operations mostly refused schema-valid requests)', () => {
    type Schema = Record<string, unknown> & {
      properties?: Record<string, Schema>;
      pattern?: string;
      maximum?: number;
      enum?: unknown[];
      propertyNames?: Schema;
    };
    type Operation = {
      description: string;
      parameters: { name: string; in: string; schema: Schema }[];
      requestBody?: { content: Record<string, { schema: Schema }> };
    };
    const operation = async (method: string, path: string): Promise<Operation> => {
      doc ??= (await api<Doc>('GET', '/api/openapi.json')).body;
      return doc.paths[path]![method] as unknown as Operation;
    };
    const bodySchema = async (method: string, path: string) =>
      (await operation(method, path)).requestBody!.content['application/json']!.schema;
    const fields = (res: { body: unknown }) =>
      (res.body as ErrorBody).error.details.map((d) => d.field);

    it('states the NUL rule on every text of every request (pattern) and answers 400 naming the field that breaks it', async () => {
      // given: the document
      doc ??= (await api<Doc>('GET', '/api/openapi.json')).body;
      // when: every request text without a pattern, format, enum or const of its own is listed
      const unstated: string[] = [];
      const walk = (s: unknown, at: string): void => {
        if (!s || typeof s !== 'object') return;
        if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${at}/${i}`));
        const o = s as Schema;
        const types = ([] as unknown[]).concat(o.type ?? []);
        if (types.includes('string') && !['pattern', 'format', 'enum', 'const'].some((k) => k in o))
          unstated.push(at);
        for (const [k, v] of Object.entries(o))
          if (k !== 'not' && k !== 'if') walk(v, `${at}/${k}`);
      };
      for (const [p, item] of Object.entries(doc.paths))
        for (const [m, op] of Object.entries(item)) {
          const o = op as unknown as Operation;
          walk(o.parameters, `${m} ${p} parameters`);
          walk(o.requestBody?.content['application/json']?.schema, `${m} ${p} body`);
        }
      const pause = await bodySchema('post', '/api/incidents/{id}/pause');
      const res = await api('POST', '/api/incidents/INC-NONE/pause', {
        as: 'incident-manager',
        body: { reason: 'a\u0000b' },
      });
      // then
      expect(unstated).to.deep.equal([]);
      expect(new RegExp(pause.properties!.reason!.pattern!, 'u').test('a\u0000b')).to.equal(false);
      expect(res.status).to.equal(400);
      expect(fields(res)).to.deep.equal(['reason']);
    });

    it('publishes the form of a webhook URL, and the API accepts exactly the URLs the pattern accepts', async () => {
      // given
      const url = (await bodySchema('post', '/api/webhooks')).properties!.url!;
      const pattern = new RegExp(url.pattern!, 'u');
      const samples = [
        'http://127.0.0.1:1/hook',
        'https://hooks.example.com/itsm?token=abc',
        'http://localhost:65535',
        'ftp://127.0.0.1/hook',
        'hook',
        'http://user:secret@example.com/hook',
        'http://example.com:65536/hook',
        'http://1.2.3.256/hook',
      ];
      // when
      const answers = [];
      for (const sample of samples) {
        const res = await api<{ id?: string }>('POST', '/api/webhooks', {
          as: 'admin',
          body: { url: sample, events: ['record.created'], enabled: false },
        });
        answers.push(res);
        if (res.status === 201)
          await api('DELETE', `/api/webhooks/${res.body.id}`, { as: 'admin' });
      }
      // then
      expect(samples.map((s) => pattern.test(s))).to.deep.equal([
        true,
        true,
        true,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(answers.map((a) => a.status)).to.deep.equal(
        samples.map((s) => (pattern.test(s) ? 201 : 400)),
      );
      for (const a of answers.filter((a) => a.status === 400))
        expect(fields(a)).to.deep.equal(['url']);
    });

    it('publishes the largest offset and version, and a larger one answers 400 naming it (not a database error without a field)', async () => {
      // given
      const incidents = await operation('get', '/api/incidents');
      const migration = await bodySchema('post', '/api/process-migrations/check');
      const huge = '100000000000000000000';
      // when
      const offset = await api('GET', `/api/incidents?offset=${huge}`, { as: 'incident-manager' });
      const version = await api('GET', `/api/process-instances?version=${huge}`, {
        as: 'process-owner',
      });
      const source = await api('POST', '/api/process-migrations/check', {
        as: 'process-owner',
        body: { processId: 'incident-management', sourceVersion: Number(huge), targetVersion: 1 },
      });
      // then
      expect(incidents.parameters.find((p) => p.name === 'offset')!.schema.maximum).to.equal(
        2147483647,
      );
      expect(migration.properties!.sourceVersion!.maximum).to.equal(2147483647);
      expect([offset.status, version.status, source.status]).to.deep.equal([400, 400, 400]);
      expect(fields(offset)).to.deep.equal(['offset']);
      expect(fields(version)).to.deep.equal(['version']);
      expect(fields(source)).to.deep.equal(['sourceVersion']);
    });

    it('answers 404, as its description says, when instanceKeys name no running instance', async () => {
      // given
      const op = await operation('post', '/api/process-migrations/check');
      // when
      const res = await api('POST', '/api/process-migrations/check', {
        as: 'process-owner',
        body: { processId: 'incident-management', instanceKeys: ['1'], targetVersion: 1 },
      });
      // then
      expect(res.status).to.equal(404);
      expect(op.description).to.match(/instanceKeys name running instances \(404/);
    });

    it('publishes the time zones and that some weekday has working hours; the API refuses the others naming the field', async () => {
      // given
      const calendar = await bodySchema('put', '/api/calendars/{code}');
      const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
      const base = { nameZh: '测试', nameEn: 'Test', appliesNationalDays: false };
      // when
      const zone = await api('PUT', '/api/calendars/FUZZ-CAL', {
        as: 'admin',
        body: {
          ...base,
          timeZone: 'Mars/Olympus_Mons',
          workingHours: { ...week, mon: [{ from: '09:00', to: '17:00' }] },
        },
      });
      const idle = await api('PUT', '/api/calendars/FUZZ-CAL', {
        as: 'admin',
        body: { ...base, timeZone: 'Asia/Shanghai', workingHours: week },
      });
      // then
      expect(calendar.properties!.timeZone!.enum).to.include.members(['Asia/Shanghai', 'UTC']);
      expect(calendar.properties!.timeZone!.enum).to.not.include('Mars/Olympus_Mons');
      expect(JSON.stringify(calendar.properties!.workingHours)).to.include('"anyOf"');
      expect(fields(zone)).to.deep.equal(['timeZone']);
      expect(fields(idle)).to.deep.equal(['workingHours']);
    });

    it('publishes the form of variable names and of the clocks per record type, and the API names the field it refuses', async () => {
      // given
      const variables = (await bodySchema('put', '/api/process-instances/{key}/variables'))
        .properties!.variables!;
      const target = await bodySchema('post', '/api/sla-targets');
      // when
      const name = await api('PUT', '/api/process-instances/1/variables', {
        as: 'process-owner',
        body: { variables: { '1st': true } },
      });
      const clock = await api('POST', '/api/sla-targets', {
        as: 'admin',
        body: {
          recordType: 'problem',
          clockType: 'response',
          duration: { amount: 1, unit: 'hours' },
          calendar: 'CN-STD',
        },
      });
      // then
      expect(new RegExp(variables.propertyNames!.pattern!, 'u').test('1st')).to.equal(false);
      expect(JSON.stringify(target.allOf)).to.include('"rca"');
      expect(fields(name)).to.deep.equal(['variables.1st']);
      expect(fields(clock)).to.deep.equal(['clockType']);
    });

    it('describes in the operation each rule that depends on stored data, settings or another field', async () => {
      // given: the operations the fuzzer still finds refusing most valid-looking requests
      const rules: [string, string, RegExp][] = [
        ['post', '/api/incidents/{id}/pause', /setting sla-pause-reasons/],
        ['post', '/api/incidents/{id}/exempt', /setting sla-exemption-policy/],
        ['post', '/api/tasks/{id}/complete', /satisfies the task's form/],
        ['post', '/api/users/{username}/identities', /issuer may be left out only/],
        ['post', '/api/reference-data/{target}/import', /required for calendar-days/],
        ['post', '/api/routing-rules', /name active or known reference data/],
        ['post', '/api/sla-targets', /calendar name a known customer, service and calendar/],
        ['put', '/api/calendars/national-days/{year}', /lies in the year of the path/],
        ['put', '/api/calendars/{code}', /intervals run forwards/],
        ['post', '/api/processes/{processId}/deploy', /400 DIAGRAM_INVALID/],
        ['post', '/api/processes/{processId}/deploy-with-forms', /schema\.id equals its formId/],
      ];
      // when
      const missing = [];
      for (const [m, p, rule] of rules)
        if (!rule.test((await operation(m, p)).description)) missing.push(`${m} ${p}`);
      // then
      expect(missing).to.deep.equal([]);
    });
  });
});
