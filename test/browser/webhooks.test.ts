import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { waitFor } from '../helpers/api.ts';
import { launchBrowser, signIn } from '../helpers/browser.ts';

/**
 * The admin's webhooks page in zh-CN: a bad URL is marked on its field, a subscription is
 * created with its secret shown once, the test button's delivery reaches a receiver on
 * 127.0.0.1 signed with that secret and shows in the delivery log, and nothing is refused by
 * the content security policy.
 */
describe('the web UI: webhooks page', function () {
  this.timeout(180_000);
  let browser: Browser;
  let server: Server;
  let base = '';
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
    await browser?.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const signedInPage = (username: string) => signIn(browser, username, refused);

  it('when a non-admin signs in, the navigation has no webhooks link', async () => {
    // given / when
    const page = await signedInPage('service-desk');
    // then
    expect(await page.locator('#nav-webhooks').count()).to.equal(0);
    await page.close();
  });

  it('when the admin subscribes a URL and presses the test button, the receiver gets a delivery signed with the secret shown once', async () => {
    // given
    const page = await signedInPage('admin');
    await page.click('#nav-webhooks');
    await page.locator('form.webhook-form').waitFor();
    // when: a URL that is not http(s)
    await page.fill('input[name=url]', 'ftp://127.0.0.1/hook');
    await page.check('input[name=event][value="record.created"]');
    await page.click('form.webhook-form button[type=submit]');
    // then: the field is marked
    await page.locator('input[name=url][aria-invalid=true]').waitFor();
    // when: a good one
    await page.fill('input[name=url]', `${base}/ui-hook`);
    await page.check('input[name=event][value="sla.breached"]');
    await page.click('form.webhook-form button[type=submit]');
    // then: the secret is shown once, the subscription listed
    const secret = (await page.locator('[data-testid=webhook-secret]').textContent()) ?? '';
    expect(secret).to.match(/^whsec_/);
    const item = page.locator('li.webhook', { hasText: `${base}/ui-hook` });
    await item.waitFor();
    expect(await item.textContent()).to.include('记录创建');
    // when: the test button
    await item.locator('button', { hasText: '发送测试' }).click();
    // then: the receiver got it, signed with the secret the page showed
    const got = await waitFor('the test delivery', async () =>
      received.find((r) => r.path === '/ui-hook'),
    );
    const ts = String(got.headers['x-itsm-timestamp']);
    expect(got.headers['x-itsm-signature']).to.equal(
      'sha256=' + createHmac('sha256', secret).update(`${ts}.${got.body}`).digest('hex'),
    );
    // and the log shows it delivered
    await waitFor('the delivery log', async () => {
      await item.locator('button', { hasText: '投递日志' }).click();
      return (await item.locator('tr[data-status=delivered]').count()) > 0 ? true : undefined;
    });
    // and the secret is not on the page once it is drawn again
    await page.reload();
    await page.locator('li.webhook').first().waitFor();
    expect(await page.content()).not.to.include(secret);
    // when: deleted
    page.once('dialog', (d) => void d.accept());
    await page
      .locator('li.webhook', { hasText: `${base}/ui-hook` })
      .locator('button', { hasText: '删除' })
      .click();
    // then
    await waitFor('the subscription gone', async () =>
      (await page.locator('li.webhook', { hasText: `${base}/ui-hook` }).count()) === 0
        ? true
        : undefined,
    );
    expect(refused).to.deep.equal([]);
    await page.close();
  });
});
