import { expect } from 'chai';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { createAnswerCheck } from '../../../server/answer-check.ts';
import { route } from '../../../server/routes/route-spec.ts';
import { obj, ref, str } from '../../../server/routes/schemas.ts';

/** Serves one route whose handler answers `status` and `body`, checked by `check`. */
async function answer(status: number, body: unknown) {
  const check = createAnswerCheck();
  const spec = route({
    method: 'get',
    path: '/x',
    summary: 'x',
    tag: 'x',
    access: 'public',
    success: {
      status: 200,
      description: 'x',
      schema: obj({ name: str, at: ref('TaskSla') }, ['name']),
    },
    handler: async () => ({}),
  });
  const app = express();
  app.get('/x', check.middleware(spec), (_req, res) => {
    res.status(status).json(body);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    return { status: res.status, received: await res.json(), violations: check.violations };
  } finally {
    server.close();
  }
}

describe('the answer check of the test platform', () => {
  it('when an answer matches its published schema (dates as JSON text), records nothing and changes nothing', async () => {
    // given / when
    const r = await answer(200, { name: 'a', extra: new Date(0) });
    // then
    expect(r.violations).to.deep.equal([]);
    expect(r.received).to.deep.equal({ name: 'a', extra: '1970-01-01T00:00:00.000Z' });
  });

  it('when an answer lacks a required field or has a wrong type, records the route, status and field', async () => {
    // given / when
    const missing = await answer(200, { at: {} });
    const wrong = await answer(200, { name: 3 });
    // then
    expect(missing.violations).to.have.length(1);
    expect(missing.violations[0]!.route).to.equal('GET /x');
    expect(missing.violations[0]!.errors.join()).to.include('name');
    expect(missing.violations[0]!.errors.join(), 'shared schemas are resolved').to.include('/at');
    expect(wrong.violations[0]!.errors.join()).to.include('/name');
  });

  it('when an error answer is not the shared error shape, or a success has an unpublished status, records it', async () => {
    // given / when
    const badError = await answer(404, { message: 'gone' });
    const goodError = await answer(409, {
      error: { code: 'CONFLICT', message: 'no', details: [] },
    });
    const otherStatus = await answer(202, { name: 'a' });
    // then
    expect(badError.violations.map((v) => v.status)).to.deep.equal([404]);
    expect(goodError.violations).to.deep.equal([]);
    expect(otherStatus.violations[0]!.errors.join()).to.include('publishes 200');
  });
});
