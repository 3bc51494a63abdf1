import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { api, waitFor } from '../helpers/api.ts';
import { launchBrowser, signIn } from '../helpers/browser.ts';

/**
 * The admin's webhooks page rotates a subscription's secret (issue 14 item 1): the new secret
 * is shown once, and the next delivery is signed with it and, for the grace period, with the
 * old one too.
 */
describe('the web UI: webhook secret rotation', function () {
  this.timeout(180_000);
  let browser: Browser;
  let server: Server;
  let base = '';
  let subscriptionId = '';
  const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const refused: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '/', headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    if (subscriptionId) await api('DELETE', `/api/webhooks/${subscriptionId}`, { as: 'admin' });
    await browser?.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('when the admin rotates the secret on the page, the new secret is shown once and the test delivery is signed with the new and the old one', async () => {
    // given: a subscription made through the API, with its first secret
    const created = await api<{ id: string; secret: string }>('POST', '/api/webhooks', {
      as: 'admin',
      body: { url: `${base}/ui-rotate`, events: ['sla.breached'] },
    });
    expect(created.status).to.equal(201);
    subscriptionId = created.body.id;
    const page = await signIn(browser, 'admin', refused);
    await page.click('#nav-webhooks');
    const item = page.locator('li.webhook', { hasText: `${base}/ui-rotate` });
    await item.waitFor();

    // when: rotated (the confirmation accepted)
    page.once('dialog', (d) => void d.accept());
    await item.locator('button', { hasText: '更换密钥' }).click();

    // then: the new secret is shown with the end of the grace period
    const notice = page.locator('.webhook-secret');
    await notice.waitFor();
    const secret = (await notice.locator('[data-testid=webhook-secret]').textContent()) ?? '';
    expect(secret).to.match(/^whsec_/);
    expect(secret).not.to.equal(created.body.secret);
    expect(await notice.textContent()).to.include('旧密钥的签名一直附带到');

    // when: a test is sent
    await page
      .locator('li.webhook', { hasText: `${base}/ui-rotate` })
      .locator('button', { hasText: '发送测试' })
      .click();

    // then: signed with the secret the page showed, then the old one
    const got = await waitFor('the test delivery', async () =>
      received.find((r) => r.path === '/ui-rotate'),
    );
    const ts = String(got.headers['x-itsm-timestamp']);
    const sign = (s: string) =>
      'sha256=' + createHmac('sha256', s).update(`${ts}.${got.body}`).digest('hex');
    expect(got.headers['x-itsm-signature']).to.equal(
      `${sign(secret)},${sign(created.body.secret)}`,
    );
    // and the secret is not on the page once it is drawn again
    await page.reload();
    await page.locator('li.webhook').first().waitFor();
    expect(await page.content()).not.to.include(secret);
    expect(refused).to.deep.equal([]);
    await page.close();
  });
});
