import { expect } from 'chai';
import { api } from '../helpers/api.ts';

/**
 * Who is asking is settled before a body is read: a request without a valid token, or from a
 * role the route is not for, is refused without the server parsing what it sent.
 */
describe('the API refuses a request before reading its body', () => {
  const bigJson = JSON.stringify({ processId: 'x', variables: { blob: 'a'.repeat(3_000_000) } });
  const bigXml = `<?xml version="1.0"?><definitions>${'<x/>'.repeat(800_000)}</definitions>`;

  it('answers 401, not 413, to a large JSON body without a token', async () => {
    // when
    const res = await api('POST', '/api/process-instances', { body: bigJson });

    // then
    expect(res.status).to.equal(401);
    expect(JSON.stringify(res.body)).to.contain('Sign in first');
  });

  it('answers 401, not 400, to a malformed JSON body with a forged token', async () => {
    // when
    const res = await api('POST', '/api/incidents', { token: 'forged', body: '{"title": ' });

    // then
    expect(res.status).to.equal(401);
  });

  it('answers 403, not 413, to a large diagram from a role that may not deploy', async () => {
    // when
    const res = await api('POST', '/api/processes/check', { as: 'auditor', xml: bigXml });

    // then
    expect(res.status).to.equal(403);
  });

  it('still reads the body of an authorised caller and names a body that is too large', async () => {
    // when
    const res = await api('POST', '/api/process-instances', {
      as: 'process-owner',
      body: bigJson,
    });

    // then
    expect(res.status).to.equal(413);
    expect(JSON.stringify(res.body)).to.contain('too large');
  });

  it('still reads a malformed body of an authorised caller as a 400', async () => {
    // when
    const res = await api('POST', '/api/incidents', { as: 'service-desk', body: '{"title": ' });

    // then
    expect(res.status).to.equal(400);
    expect(JSON.stringify(res.body)).to.contain('not valid JSON');
  });
});
