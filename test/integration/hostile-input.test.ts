/**
 * A process owner cannot stall the server or plant outside content with what they deploy
 * (issue 16 items 5, 6 and 7), through the HTTP API on the real engine: forms whose
 * expressions are slow by themselves, whose patterns backtrack exponentially, or that embed
 * HTML, pages or outside images are refused at deploy with each reason; a large diagram is
 * checked while /api/health keeps answering; the engine's refusals reach the client short.
 */
import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import {
  api,
  deployFixture,
  fixtureForm,
  fixtureXml,
  startInstance,
  waitFor,
} from '../helpers/api.ts';
import { log } from '../helpers/test-platform.ts';
import { largeDiagram } from '../fixtures/bpmn/large-diagram.ts';

interface Refusal {
  error: { code: string; message: string; details: { field?: string; message: string }[] };
}

/**
 * The bound: a health call answers within 100 ms while a hostile form or diagram is
 * checked. The test platform shares its event loop with the projector and the job workers, and
 * this machine with other test runs, whose load alone makes a call take up to ~150 ms at times;
 * so a call made during the check may take 100 ms more than the bound or than the slowest of
 * as many calls made just before, whichever is larger (on an idle machine calls take a few ms).
 * Before the checks ran off the main thread, a call waited for the whole check: seconds.
 */
const HEALTH_BOUND_MS = 100;
const healthBound = (baselineMs: number) => Math.max(baselineMs, HEALTH_BOUND_MS) + HEALTH_BOUND_MS;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Latencies of `count` /api/health calls, `gapMs` apart. */
async function healthLatencies(count: number, gapMs: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await api('GET', '/api/health');
    latencies.push(performance.now() - started);
    expect(res.status).to.equal(200);
    await sleep(gapMs);
  }
  return latencies;
}

/**
 * Runs `work` and, while it runs, a few health calls; answers the work's result, the slowest
 * of those calls and the slowest of as many calls made just before. Fails unless every call
 * ended while the work was still running.
 */
async function healthWhile<T>(
  work: () => Promise<T>,
): Promise<{ value: T; slowestMs: number; baselineMs: number }> {
  const calls = 4;
  const gapMs = 250;
  const baselineMs = Math.max(...(await healthLatencies(calls, gapMs)));
  let finished = false;
  const running = work().finally(() => {
    finished = true;
  });
  await sleep(200);
  const during = await healthLatencies(calls, gapMs);
  const finishedEarly = finished;
  const value = await running;
  expect(finishedEarly, 'the check ended before the health calls did').to.equal(false);
  return { value, slowestMs: Math.max(...during), baselineMs };
}

function baseForm(id: string, components: unknown[]) {
  return { ...fixtureForm('fixture-service-user.review'), id, components };
}

describe('hostile forms and diagrams (issue 16)', function () {
  this.timeout(180_000);
  const suffix = randomInt(100_000, 999_999);

  before(async () => {
    // warm up: sign in and start the check workers, so timings measure the checks alone
    const res = await api('POST', `/api/forms/it-warm-${suffix}/deploy`, {
      as: 'process-owner',
      body: baseForm(`it-warm-${suffix}`, [{ type: 'textfield', key: 'note', label: 'Note' }]),
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  });

  it('when a form hides a field with a nested loop that is slow by itself, refuses it at deploy naming the expression, and /api/health keeps answering', async () => {
    // given: about 6 s of FEEL on the main thread before this change
    const formId = `it-slow-feel-${suffix}`;
    const expression = 'some i in 1..1000, j in 1..1000 satisfies i < 0';
    const form = baseForm(formId, [
      { type: 'textfield', key: 'note', label: 'Note' },
      { type: 'textfield', key: 'extra', label: 'Extra', conditional: { hide: `=${expression}` } },
    ]);

    // when
    const {
      value: res,
      slowestMs,
      baselineMs,
    } = await healthWhile(() =>
      api<Refusal>('POST', `/api/forms/${formId}/deploy`, { as: 'process-owner', body: form }),
    );

    // then
    log.info(
      `slowest /api/health call: ${slowestMs.toFixed(0)} ms while the form was checked, ${baselineMs.toFixed(0)} ms before`,
    );
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('FORM_INVALID');
    expect(res.body.error.details).to.have.length(1);
    expect(res.body.error.details[0]).to.deep.include({
      field: 'components[1].conditional.hide',
      resource: `${formId}.form`,
    });
    expect(res.body.error.details[0]!.message).to.match(
      new RegExp(`^the expression "${expression}" took longer than 2 s to evaluate`),
    );
    expect(slowestMs).to.be.below(healthBound(baselineMs));
    expect((await api('GET', `/api/forms/${formId}`, { as: 'process-owner' })).status).to.equal(
      404,
    );
  });

  it('when a form condition is fast at deploy but slow on the data submitted, completing its task answers 400 within the time limit and /api/health keeps answering', async () => {
    // given: a process whose review form hides a field behind a loop over the submitted n
    const formId = `it-slow-submit-${suffix}`;
    const processId = `it-slow-submit-${suffix}`;
    const form = await api('POST', `/api/forms/${formId}/deploy`, {
      as: 'process-owner',
      body: baseForm(formId, [
        { type: 'number', key: 'n', label: 'n' },
        {
          type: 'textfield',
          key: 'note',
          label: 'Note',
          conditional: { hide: '=some i in 1..n, j in 1..n satisfies i < 0' },
        },
      ]),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture(
      processId,
      fixtureXml('fixture-service-user')
        .replaceAll('"fixture-service-user"', `"${processId}"`)
        .replace('formId="fixture-service-user.review"', `formId="${formId}"`),
    );
    const key = await startInstance(processId, { dueAt: '2030-01-01T00:00:00Z' });
    const taskId = await waitFor(
      'the review task',
      async () => {
        const res = await api<{ items: { id: string; processInstanceKey: string }[] }>(
          'GET',
          '/api/tasks?limit=100',
          { as: 'service-desk' },
        );
        return res.body.items.find((t) => t.processInstanceKey === key)?.id;
      },
      30_000,
    );
    await api('POST', `/api/tasks/${taskId}/claim`, { as: 'service-desk' });

    // when
    const started = performance.now();
    const {
      value: answer,
      slowestMs,
      baselineMs,
    } = await healthWhile(() =>
      api<Refusal>('POST', `/api/tasks/${taskId}/complete`, {
        as: 'service-desk',
        body: { data: { n: 5000, note: 'x' } },
      }),
    );
    const tookMs = performance.now() - started;

    // then
    expect(answer.status, JSON.stringify(answer.body)).to.equal(400);
    expect(answer.body.error.code, JSON.stringify(answer.body)).to.equal('FORM_TOO_COMPLEX');
    expect(tookMs).to.be.below(8_000);
    expect(slowestMs).to.be.below(healthBound(baselineMs));
  });

  it('when a form has a catastrophic pattern in validate.pattern and in matches(), refuses it at deploy with both reasons', async () => {
    // given
    const formId = `it-regex-${suffix}`;
    const form = baseForm(formId, [
      { type: 'textfield', key: 'code', label: 'Code', validate: { pattern: '^(a+)+$' } },
      {
        type: 'textfield',
        key: 'note',
        label: 'Note',
        conditional: { hide: '=matches(code, "^(a|aa)+$") and matches(code, "(x+x+)+y")' },
      },
    ]);

    // when
    const res = await api<Refusal>('POST', `/api/forms/${formId}/deploy`, {
      as: 'process-owner',
      body: form,
    });

    // then
    expect(res.status).to.equal(400);
    const fields = res.body.error.details.map((d) => d.field);
    expect(fields).to.deep.equal([
      'components[0].validate.pattern',
      'components[1].conditional.hide',
    ]);
    expect(res.body.error.details[0]!.message).to.match(/repeats a group that itself repeats/);
    expect(res.body.error.details[1]!.message).to.match(
      /calls matches\(\) with a pattern that repeats a group/,
    );
    expect(res.body.error.message).to.match(/^The form cannot be deployed: /);
  });

  it('when a form embeds HTML, an iframe to an outside page or an outside image, refuses it with every reason and its path', async () => {
    // given: what the security review deployed
    const formId = `it-embeds-${suffix}`;
    const form = baseForm(formId, [
      { type: 'html', id: 'Html_1', content: '<link rel="stylesheet" href="https://x.example">' },
      {
        type: 'iframe',
        id: 'Frame_1',
        url: 'https://outside.example',
        security: { allowTopNavigation: true },
      },
      { type: 'image', id: 'Image_1', source: 'https://outside.example/pixel.gif' },
      { type: 'text', id: 'Text_1', text: 'Hello ![x](https://outside.example/pixel.gif)' },
    ]);

    // when
    const res = await api<Refusal>('POST', `/api/forms/${formId}/deploy`, {
      as: 'process-owner',
      body: form,
    });

    // then
    expect(res.status).to.equal(400);
    expect(res.body.error.details.map((d) => [d.field, d.message])).to.deep.equal([
      [
        'components[0].type',
        'the html component "Html_1": "html" components are not allowed (raw HTML can load scripts, styles and images from other sites; use a text component (Markdown))',
      ],
      [
        'components[1].type',
        'the iframe component "Frame_1": "iframe" components are not allowed (it embeds a page of another site into the task page)',
      ],
      [
        'components[1].url',
        'the iframe component "Frame_1": the "url" property is not allowed (it points the task page at another address)',
      ],
      [
        'components[1].security',
        'the iframe component "Frame_1": the "security" property is not allowed (it sets the sandbox of an embedded page (e.g. allow-top-navigation))',
      ],
      [
        'components[2].source',
        'the image component "Image_1": the image source must be a data:image address or a path on this platform (starting with one "/"), not an outside address or an expression',
      ],
      [
        'components[3].text',
        'the text component "Text_1": the text shows an image from "https://outside.example/pixel.gif"; images must be data:image addresses or paths on this platform',
      ],
    ]);
  });

  it('when a process is deployed with a form that embeds an iframe, refuses the whole deployment', async () => {
    // given
    const processId = `it-iframe-process-${suffix}`;
    const formId = `it-iframe-form-${suffix}`;
    const xml = fixtureXml('fixture-service-user')
      .replaceAll('fixture-service-user.review', formId)
      .replaceAll('fixture-service-user', processId);

    // when
    const res = await api<Refusal>('POST', `/api/processes/${processId}/deploy-with-forms`, {
      as: 'process-owner',
      body: {
        xml,
        forms: [
          {
            formId,
            schema: baseForm(formId, [{ type: 'iframe', url: 'https://outside.example' }]),
          },
        ],
      },
    });

    // then
    expect(res.status).to.equal(400);
    expect(res.body.error.details.map((d) => d.field)).to.deep.equal([
      'components[0].type',
      'components[0].url',
    ]);
    const deployed = await api<{ items: { processId: string }[] }>('GET', '/api/processes', {
      as: 'process-owner',
    });
    expect(deployed.body.items.map((p) => p.processId)).to.not.include(processId);
  });

  it('when a diagram as large as the XML body limit (2 MB) is checked, /api/health keeps answering, and a 300-task diagram passes', async () => {
    // given: a 2.4 MB diagram held the server for 6 s in the security review; 2 MB is the limit
    const hostile = largeDiagram(`it-large-${suffix}`, 1400);
    const realistic = largeDiagram(`it-realistic-${suffix}`, 300);
    expect(hostile.length).to.be.within(1_900_000, 2 * 1024 * 1024);

    // when
    const {
      value: res,
      slowestMs,
      baselineMs,
    } = await healthWhile(() =>
      api<{ ok: boolean; findings: { code: string }[] }>('POST', '/api/processes/check', {
        as: 'process-owner',
        xml: hostile,
      }),
    );
    const real = await api<{ ok: boolean; findings: unknown[] }>('POST', '/api/processes/check', {
      as: 'process-owner',
      xml: realistic,
    });

    // then: checked (or refused as too complex), never blocking
    log.info(
      `slowest /api/health call: ${slowestMs.toFixed(0)} ms while the diagram was checked, ${baselineMs.toFixed(0)} ms before`,
    );
    expect(res.status).to.equal(200);
    expect(res.body.findings.every((f) => f.code === 'TOO_COMPLEX')).to.equal(true);
    expect(slowestMs).to.be.below(healthBound(baselineMs));
    expect(real.body).to.deep.equal({ ok: true, findings: [], warnings: [] });
  });

  it('when the engine refuses a deployment, the client gets its reason in one short line without gRPC codes', async () => {
    // given: two message start events on one message, which lint lets through but Zeebe refuses
    const xml = fixtureXml('invalid-engine-refuses');

    // when
    const res = await api<Refusal>('POST', '/api/processes/invalid-engine-refuses/deploy', {
      as: 'process-owner',
      xml,
    });

    // then
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    const detail = res.body.error.details[0]!;
    log.info(`the engine's refusal as the client gets it: ${detail.message}`);
    expect(detail).to.deep.include({ code: 'ENGINE_REJECTED' });
    expect(detail.message.length).to.be.at.most(300);
    expect(detail.message).to.equal(
      "'invalid-engine-refuses.bpmn': - Element: Message_Request - ERROR: A message cannot be referred by more than one start event",
    );
    expect(detail.message).to.not.match(/INVALID_ARGUMENT|rejected with code|\n|\bat [a-z]+\./);
    expect(res.body.error.message).to.equal(`The engine refused the deployment: ${detail.message}`);
  });
});
