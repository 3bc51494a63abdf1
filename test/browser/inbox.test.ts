import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../lib/paths.ts';
import { api } from '../helpers/api.ts';
import { launchBrowser, layoutProblems } from '../helpers/browser.ts';
import { deployWorkflows, reportIncident, seeded } from '../helpers/incidents.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

const screenshots = path.join(projectRoot, 'docs', 'screenshots');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Checks the page at both sizes: no sideways scrolling, no overlapping controls. */
async function expectSoundLayout(page: Page, where: string): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    expect(await layoutProblems(page), `${where} at ${size.width}×${size.height}`).to.deep.equal(
      [],
    );
  }
}

/** Chooses an option of a form-js select (the field with that component id). */
async function choose(page: Page, componentId: string, option: string | RegExp): Promise<void> {
  const field = page
    .locator('.fjs-form-field')
    .filter({ has: page.locator(`[id$="-${componentId}"]`) });
  await field.locator('.fjs-input-group').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

describe('the web UI: report an incident and work its triage task in the inbox', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const suffix = String(randomInt(100_000, 999_999));
  const category = {
    code: `ui-test-${suffix}`,
    nameZh: `界面测试分类${suffix}`,
    nameEn: `UI test category ${suffix}`,
  };
  const errors: string[] = [];
  /** The language stored on the server for the signed-in user (GET /api/me). */
  const serverLocale = async () =>
    (await api<{ locale: string }>('GET', '/api/me', { as: 'service-desk' })).body.locale;

  before(async () => {
    await deployWorkflows();
    const created = await api('POST', '/api/incident-categories', { as: 'admin', body: category });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    mkdirSync(screenshots, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    page.on('pageerror', (err) => errors.push(err.message));
  });

  after(async () => {
    await browser?.close();
  });

  it('shows zh-CN by default, refuses a wrong password with a clear message, and signs in', async () => {
    // given
    await page.goto(`${testContext().platform.url}/#/login`);
    expect(await page.locator('html').getAttribute('lang')).to.equal('zh-CN');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).to.equal('登录');

    // when
    await page.fill('input[name=username]', 'service-desk');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('button[type=submit]');

    // then
    const message = page.locator('.notice-error');
    await message.waitFor();
    expect(await message.textContent())
      .to.match(/\S/)
      .and.not.match(/\bat .*:\d+:\d+/);
    await expectSoundLayout(page, 'login page');

    // when
    await page.fill('input[name=password]', DEV_PASSWORD);
    await page.click('button[type=submit]');

    // then
    await page.locator('.inbox').waitFor();
    expect(await page.locator('.app-header').textContent()).to.contain('服务台');
  });

  it('switches to English and back, remembering the choice here and on the server', async () => {
    await page.selectOption('#language', 'en');
    await page.locator('.app-nav', { hasText: 'Task inbox' }).waitFor();
    expect(await serverLocale()).to.equal('en');
    await page.reload();
    await page.locator('.app-nav', { hasText: 'Task inbox' }).waitFor();
    await page.selectOption('#language', 'zh-CN');
    await page.locator('.app-nav', { hasText: '任务收件箱' }).waitFor();
    expect(await serverLocale()).to.equal('zh-CN');
  });

  it("adopts the server's language at sign-in", async () => {
    // given: the user chose English elsewhere; this browser still remembers zh-CN
    const stored = await api('PUT', '/api/me', { as: 'service-desk', body: { locale: 'en' } });
    expect(stored.status, JSON.stringify(stored.body)).to.equal(200);
    await page.locator('.app-header button.secondary').click();
    await page.locator('form.login').waitFor();
    expect(await page.locator('h1').textContent()).to.equal('登录');

    // when
    await page.fill('input[name=username]', 'service-desk');
    await page.fill('input[name=password]', DEV_PASSWORD);
    await page.click('button[type=submit]');

    // then
    await page.locator('.app-nav', { hasText: 'Task inbox' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).to.equal('en');
    await page.selectOption('#language', 'zh-CN');
    await page.locator('.app-nav', { hasText: '任务收件箱' }).waitFor();
    expect(await serverLocale()).to.equal('zh-CN');
  });

  let number = '';

  it("reports an incident from the incident kind's create page and shows its number", async () => {
    // given
    const { ordinary, customer } = await seeded();
    await page.goto(`${testContext().platform.url}/#/incidents/new`);
    const title = page.locator('.record-create [id$="-Field_title"]');
    await title.waitFor();
    await expectSoundLayout(page, 'incident form');

    // when: the title is missing
    await page.fill('.record-create [id$="-Field_reporterName"]', '王伟');
    await page.click('#record-submit');

    // then: the form says so on the field, and nothing is sent
    const titleField = page
      .locator('.record-create .fjs-form-field')
      .filter({ has: page.locator('[id$="-Field_title"]') });
    await titleField.locator('.fjs-form-field-error').waitFor();
    expect(page.url()).to.match(/#\/incidents\/new$|#\/records\/incident\/new$/);

    // when
    await title.fill(`UI test: printer offline ${suffix}`);
    await page.fill('.record-create [id$="-Field_description"]', '三楼打印机无法打印');
    await choose(page, 'Field_channel', '电话');
    await page.fill('.record-create [id$="-Field_impact"]', '3');
    await page.fill('.record-create [id$="-Field_urgency"]', '2');
    await choose(page, 'Field_serviceId', String(ordinary.code));
    await choose(page, 'Field_customerId', String(customer.code));
    await page.fill('.record-create [id$="-Field_reporterContact"]', '138 0000 0000');
    await page.click('#record-submit');

    // then: the incident's own page opens with its number
    await page.waitForURL(/#\/incidents\/INC-\d{4}-\d{6}$/);
    number = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
    expect(await page.locator('.notice-info').first().textContent()).to.contain(number);
    await page.locator(`.record[data-record="${number}"]`).waitFor();
    const stored = await api<{ customerId: string; serviceId: string; priority: string }>(
      'GET',
      `/api/incidents/${number}`,
      { as: 'service-desk' },
    );
    expect(stored.body).to.deep.include({
      customerId: customer.id,
      serviceId: ordinary.id,
      priority: 'P4',
    });
  });

  it('opens the triage task from the service-desk queue, shows a server refusal on its field, then completes it', async () => {
    // given: the task reaches the queue (the page is reloaded as a person would)
    const row = page.locator(`.task-row[data-record="${number}"]`);
    await page.goto(`${testContext().platform.url}/#/inbox/queue/service-desk`);
    for (let i = 0; i < 60 && !(await row.count()); i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.locator('.inbox').waitFor();
    }
    expect(await row.count(), 'triage task in the queue').to.equal(1);
    expect(await row.locator('.sla').getAttribute('data-level')).to.equal('ok');
    expect(await row.locator('.sla').textContent()).to.contain('响应');
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: path.join(screenshots, 'inbox.png') });
    await expectSoundLayout(page, 'inbox');

    // then: the task is named in the language shown (label.zh-CN of UserTask_Triage)
    const triage = page.locator(
      `.task-row[data-record="${number}"][data-element="UserTask_Triage"] .task-name`,
    );
    expect(await triage.textContent()).to.equal('受理与分类');
    await page.selectOption('#language', 'en');
    await page.locator('.app-nav', { hasText: 'Task inbox' }).waitFor();
    await triage.waitFor();
    expect(await triage.textContent()).to.equal('Accept and classify');
    expect(await serverLocale()).to.equal('en');
    await page.selectOption('#language', 'zh-CN');
    await page.locator('.app-nav', { hasText: '任务收件箱' }).waitFor();
    await triage.waitFor();
    expect(await triage.textContent()).to.equal('受理与分类');
    expect(await serverLocale()).to.equal('zh-CN');

    // when: the filter hides other records, and the task is opened and claimed
    await page.fill('.filter', number);
    expect(await page.locator('.task-row').count()).to.equal(1);
    await row.locator('.task-link').click();
    await page.locator('#claim').click();
    await page.locator('#complete').waitFor();
    await page.locator('.record .history').waitFor();

    // when: the form is filled with a category retired while the form is open
    await choose(page, 'Field_Category', category.nameZh);
    await choose(page, 'Field_Type', '服务中断');
    await page.fill('textarea[id$="-Field_CustomerUpdate"]', '已受理，正在处理');
    const retired = await api('DELETE', `/api/incident-categories/${category.code}`, {
      as: 'admin',
    });
    expect(retired.status, JSON.stringify(retired.body)).to.equal(200);
    await page.locator('#complete').click();

    // then: the server's message shows on that field
    const categoryField = page
      .locator('.fjs-form-field')
      .filter({ has: page.locator('[id$="-Field_Category"]') });
    const fieldError = categoryField.locator('.fjs-form-field-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).to.match(/^must be one of: /);
    expect(await page.locator('.task .notice-error').textContent()).to.contain('category');
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: path.join(screenshots, 'task-form.png'), fullPage: true });
    await expectSoundLayout(page, 'task form');

    // when: a valid category is chosen
    await choose(page, 'Field_Category', /网络|Network/);
    await page.locator('#complete').click();

    // then: back in the queue, without the task
    await page.waitForURL(/#\/inbox\/queue\/service-desk$/);
    await page.locator('.inbox').waitFor();
    expect(await page.locator('.notice-info').first().textContent()).to.contain('已完成');
    expect(
      await page
        .locator(`.task-row[data-record="${number}"][data-element="UserTask_Triage"]`)
        .count(),
    ).to.equal(0);
    expect(errors, 'errors in the page').to.deep.equal([]);
  });

  it('refreshes the queue and its counts by itself, keeping the filter text', async () => {
    // given: the service-desk queue open, filtered by the triage task's name
    await page.goto(`${testContext().platform.url}/#/inbox/queue/service-desk`);
    await page.locator('.inbox').waitFor();
    await page.fill('.filter', '受理');
    const count = page.locator('.tasks h1 .count');
    const before = Number(await count.textContent());

    // when: an incident is reported elsewhere (its triage task joins the queue)
    const { ordinary, customer } = await seeded();
    const created = await reportIncident({
      title: `UI test: refresh ${suffix}`,
      impact: 3,
      urgency: 3,
      serviceId: ordinary.id,
      customerId: customer.id,
    });

    // then: it shows without a reload, the filter text stays, and the counts follow
    await page.locator(`.task-row[data-record="${created.number}"]`).waitFor({ timeout: 30_000 });
    expect(await page.inputValue('.filter')).to.equal('受理');
    expect(Number(await count.textContent())).to.be.greaterThan(before);
    expect(await page.locator('.queue[data-queue="service-desk"] .count').textContent()).to.equal(
      await count.textContent(),
    );
    for (const name of await page.locator('.task-row .task-name').allTextContents())
      expect(name).to.contain('受理');

    // when: another page is opened
    const reads: string[] = [];
    const listen = (request: { url(): string }) => {
      if (request.url().includes('/api/tasks')) reads.push(request.url());
    };
    await page.goto(`${testContext().platform.url}/#/records/incident/new`);
    await page.locator('.record-create').waitFor();
    page.on('request', listen);
    await page.waitForTimeout(11_000);
    page.off('request', listen);

    // then: the inbox no longer refreshes
    expect(reads, 'task reads after leaving the inbox').to.deep.equal([]);
    expect(errors, 'errors in the page').to.deep.equal([]);
  });
});
