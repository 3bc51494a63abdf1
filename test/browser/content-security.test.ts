import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { randomInt } from 'node:crypto';
import {
  api,
  deployFixture,
  fixtureForm,
  fixtureXml,
  startInstance,
  waitFor,
} from '../helpers/api.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

/**
 * The UI under its content security policy: every page a user reaches loads and works with no
 * resource refused, and the headers that keep it from being framed or sniffed are sent.
 */
describe('the web UI under its content security policy', function () {
  this.timeout(180_000);
  let browser: Browser;
  const processId = `ui-csp-${randomInt(100_000, 999_999)}`;

  before(async () => {
    const form = await api('POST', '/api/forms/fixture-service-user.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-service-user.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    await deployFixture(
      processId,
      fixtureXml('fixture-service-user').replaceAll('"fixture-service-user"', `"${processId}"`),
    );
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  /** A page that records what the browser refused under the policy, and page errors. */
  async function watchedPage(): Promise<{ page: Page; refused: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (err) => refused.push(`page error: ${err.message}`));
    return { page, refused };
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${testContext().platform.url}/#/login`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', DEV_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('.page').first().waitFor();
    await page.waitForURL(/#\/inbox/);
  }

  it('sends the policy and the secure headers with the UI and the API', async () => {
    // given
    const base = testContext().platform.url;

    // when
    const [ui, apiAnswer] = await Promise.all([fetch(`${base}/`), fetch(`${base}/api/health`)]);

    // then
    for (const res of [ui, apiAnswer]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).to.contain("default-src 'self'");
      expect(csp).to.contain("img-src 'self' data:");
      expect(csp).to.contain("frame-src 'none'");
      expect(csp).to.contain("frame-ancestors 'none'");
      expect(csp).to.contain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(res.headers.get('x-frame-options')).to.equal('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
      expect(res.headers.get('x-powered-by')).to.equal(null);
    }
  });

  it('refuses an outside image, frame and script injected into the page', async () => {
    // given: the sign-in page, then elements pointing at another origin added as an injection would
    const { page, refused } = await watchedPage();
    await page.goto(`${testContext().platform.url}/#/login`);
    await page.locator('input[name=username]').waitFor();

    // when
    await page.evaluate(`(() => {
      const img = document.createElement('img');
      img.src = 'http://127.0.0.2:9/x.png';
      document.body.append(img);
      const frame = document.createElement('iframe');
      frame.src = 'http://127.0.0.2:9/';
      document.body.append(frame);
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    })()`);
    await page.waitForTimeout(300);

    // then
    expect(await page.evaluate('window.injected === true')).to.equal(false);
    const text = refused.join('\n');
    expect(text).to.match(/img-src/);
    expect(text).to.match(/frame-src/);
    expect(text).to.match(/script-src/);
    await page.close();
  });

  for (const [username, pages] of [
    ['service-desk', ['#/inbox', '#/inbox/mine', '#/records/incident/new']],
    ['process-owner', ['#/cockpit', '#/cockpit/objectives', '#/modeler', '#/modeler/forms']],
  ] as const) {
    it(`shows ${pages.join(', ')} to ${username} with nothing refused`, async () => {
      // given
      const { page, refused } = await watchedPage();
      await signIn(page, username);

      // when
      for (const hash of pages) {
        await page.goto(`${testContext().platform.url}/${hash}`);
        await page.locator('.page').first().waitFor();
        await page.waitForLoadState('networkidle');
      }

      // then
      expect(refused, refused.join('\n')).to.deep.equal([]);
      await page.close();
    });
  }

  it('opens a diagram in the modeler and the form editor with nothing refused', async () => {
    // given
    const { page, refused } = await watchedPage();
    await signIn(page, 'process-owner');

    // when: the modeler (bpmn-js with its properties panel) and the form editor (form-js)
    try {
      await page.goto(`${testContext().platform.url}/#/modeler`);
      await page.locator(`.modeler-process[data-process-id="${processId}"] .modeler-open`).click();
      await page.locator('.modeler-canvas .djs-container').waitFor();
      await page.locator('.djs-element').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.goto(`${testContext().platform.url}/#/modeler/forms`);
      await page.locator('.modeler-open').first().click();
      await page.locator('.form-editor .fjs-editor-container').waitFor();
      await page.waitForLoadState('networkidle');
    } catch (err) {
      throw new Error(`${(err as Error).message}\nrefused: ${refused.join('\n')}`, { cause: err });
    }

    // then
    expect(refused, refused.join('\n')).to.deep.equal([]);
    await page.close();
  });

  it("shows a task's form (form-js viewer) with nothing refused", async () => {
    // given: a task of the service desk with a deployed form
    const key = await startInstance(processId, { dueAt: '2030-01-01T00:00:00Z' });
    const taskId = await waitFor('the review task', async () => {
      // Every open task the service desk sees, page by page (the suite leaves many open).
      for (let offset = 0; ; offset += 500) {
        const res = await api<{ items: { id: string; processInstanceKey: string }[] }>(
          'GET',
          `/api/tasks?state=open&limit=500&offset=${offset}`,
          { as: 'service-desk' },
        );
        const found = res.body.items.find((t) => t.processInstanceKey === key)?.id;
        if (found || res.body.items.length < 500) return found;
      }
    });
    const { page, refused } = await watchedPage();
    await signIn(page, 'service-desk');

    // when
    await page.goto(`${testContext().platform.url}/#/tasks/${taskId}`);
    await page.locator('.fjs-form-field').first().waitFor();
    await page.waitForLoadState('networkidle');

    // then
    expect(refused, refused.join('\n')).to.deep.equal([]);
    await page.close();
  });
});
