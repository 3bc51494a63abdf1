import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { api } from '../helpers/api.ts';
import { launchBrowser, layoutProblems, signIn } from '../helpers/browser.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * Sign-in through the company directory in the browser (zh-CN): the login page offers the
 * provider's button, the provider's login form signs the user in, the inbox opens with the
 * roles the group table maps; a user without a mapped group is back on the login page with
 * the message that says so. Nothing is refused by the content security policy.
 */
describe('the web UI: sign-in through the company directory (OpenID Connect)', function () {
  this.timeout(180_000);
  let browser: Browser;
  let directory: TestOidcProvider;
  const refused: string[] = [];
  const run = Date.now().toString(36);

  before(async () => {
    directory = await startTestOidcProvider(testContext().platform.url!);
    testContext().platform.services.oidc.configure(directory.settings);
    const mapping = await api('PUT', '/api/auth/oidc/group-roles', {
      as: 'admin',
      body: { items: [{ group: 'itsm-service-desk', roles: ['requester', 'service-desk'] }] },
    });
    expect(mapping.status).to.equal(200);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api('PUT', '/api/auth/oidc/group-roles', { as: 'admin', body: { items: [] } });
    testContext().platform.services.oidc.configure(undefined);
    await directory?.stop();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (err) => refused.push(`page error: ${err.message}`));
    return page;
  }

  /** Presses the directory's button on the login page and signs in at the provider. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.goto(`${testContext().platform.url}/#/login`);
    await page.click('#oidc-sign-in');
    await page.waitForURL(new RegExp(`^${directory.issuer}/interaction/`));
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'any password');
    await page.click('button[type=submit]');
  }

  it('when the admin adds a group with a role that does not exist, the row is marked; corrected, the table is saved', async () => {
    // given
    const page = await signIn(browser, 'admin', refused);
    await page.click('#nav-directory-groups');
    await page.locator('form.directory-groups').waitFor();
    const rowsBefore = await page.locator('tr.group-row').count();
    // when
    await page.click('#groups-add');
    const row = page.locator('tr.group-row').last();
    await row.locator('input').first().fill('itsm-leads');
    await row.locator('input').nth(1).fill('incident-manager, chief-wizard');
    await page.click('form.directory-groups button[type=submit]');
    const error = row.locator('.field-error');
    await error.waitFor();
    const message = await error.textContent();
    await row.locator('input').nth(1).fill('incident-manager');
    await page.click('form.directory-groups button[type=submit]');
    await page.locator('.notice-info').waitFor();
    const saved = await api<{ items: { group: string; roles: string[] }[] }>(
      'GET',
      '/api/auth/oidc/group-roles',
      { as: 'admin' },
    );
    // then
    expect(rowsBefore).to.equal(1);
    expect(message).to.equal('no role or assignment group chief-wizard');
    expect(saved.body.items).to.deep.equal([
      { group: 'itsm-leads', roles: ['incident-manager'] },
      { group: 'itsm-service-desk', roles: ['requester', 'service-desk'] },
    ]);
    expect(await layoutProblems(page)).to.deep.equal([]);
    expect(refused).to.deep.equal([]);
    await page.close();
  });

  it('when a directory user in a mapped group presses the button and signs in at the provider, the inbox opens as that user', async () => {
    // given
    const sub = `browser-${run}`;
    const username = `zhao.lei.${run}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: username,
      name: '赵磊',
      groups: ['itsm-service-desk'],
    });
    const page = await newPage();
    // when
    await page.goto(`${testContext().platform.url}/#/login`);
    const button = page.locator('#oidc-sign-in');
    await button.waitFor();
    const label = await button.textContent();
    await signInAtProvider(page, sub);
    await page.waitForURL(/#\/inbox\/(queue\/|mine)/);
    await page.locator('.app-nav').waitFor();
    // then
    expect(label).to.equal('使用Test directory登录');
    expect(new URL(page.url()).search, 'the outcome is taken off the address').to.equal('');
    const header = await page.locator('header').textContent();
    expect(header).to.include('赵磊');
    const token = await page.evaluate(() => sessionStorage.getItem('itsm.token'));
    const me = await api<{ username: string; roles: string[] }>('GET', '/api/me', {
      token: token!,
    });
    expect(me.body.username).to.equal(username);
    expect(me.body.roles).to.deep.equal(['requester', 'service-desk']);
    expect(refused).to.deep.equal([]);
    await page.close();
  });

  it('when a directory user has no mapped group, the login page says that none of their groups gives access', async () => {
    // given
    const sub = `browser-unmapped-${run}`;
    directory.accounts.set(sub, {
      sub,
      preferred_username: `qian.yu.${run}`,
      groups: ['finance-team'],
    });
    const page = await newPage();
    // when
    await signInAtProvider(page, sub);
    await page.waitForURL(/\/\?oidc-error=unmapped#\/login$|\/#\/login$/);
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    // then
    expect(await alert.textContent()).to.equal(
      '您在公司目录中的组均未授予本平台的访问权限，请联系管理员。',
    );
    expect(await page.evaluate(() => sessionStorage.getItem('itsm.token'))).to.equal(null);
    expect(refused).to.deep.equal([]);
    await page.close();
  });
});
