import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { api } from '../helpers/api.ts';
import { launchBrowser, layoutProblems, signIn } from '../helpers/browser.ts';

interface JobTypeItem {
  type: string;
  owner: string;
  active: boolean;
}

/**
 * Issue 13 item 3, the admin's page: the job-type registry lists the platform's own types and
 * the external ones; an admin registers one with its input schema (the modeler then offers it
 * as a template), deactivates and deletes it.
 */
describe('the web UI: the admin registers external job types', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  const type = `ui-ext-${randomInt(100_000, 999_999)}`;

  before(async () => {
    browser = await launchBrowser();
    page = await signIn(browser, 'admin', refused);
    page.on('dialog', (dialog) => void dialog.accept());
  });

  after(async () => {
    await browser?.close();
  });

  it('registers a type with its input schema, refuses bad input naming the field, deactivates and deletes it', async () => {
    // given: the registry page, reached from the navigation
    await page.click('#nav-job-types');
    await page.locator('tr[data-owner="platform"]').first().waitFor();
    const form = page.locator('#job-type-new');
    for (const size of [
      { width: 390, height: 844 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      expect(await layoutProblems(page), `at ${size.width}`).to.deep.equal([]);
    }

    // when: the input schema is not JSON, then the type is the platform's namespace
    await form.locator('[name=type]').fill('itsm:mine:1');
    await form.locator('[name=name]').fill('Notify the warehouse');
    await form.locator('[name=input]').fill('{ "type": "object", ');
    await form.locator('button[type=submit]').click();
    await form.locator('[name=input][aria-invalid=true]').waitFor();
    await form
      .locator('[name=input]')
      .fill('{ "type": "object", "properties": { "orderId": { "type": "string" } } }');
    await form.locator('button[type=submit]').click();

    // then: the server's refusal is shown on the type field
    await form.locator('[name=type][aria-invalid=true]').waitFor();
    expect(await form.locator('.field-error').first().textContent()).to.contain('itsm:');

    // when: a good type
    await form.locator('[name=type]').fill(type);
    await form.locator('button[type=submit]').click();

    // then: listed as external and active, and offered as a template built from its schema
    const row = page.locator(`tr[data-type="${type}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-owner')).to.equal('external');
    expect(await row.locator('[data-state]').getAttribute('data-state')).to.equal('active');
    const templates = await api<{ id: string; properties: { binding: { name?: string } }[] }[]>(
      'GET',
      '/api/element-templates',
      { as: 'process-owner' },
    );
    const template = templates.body.find((t) => t.id === `external.${type}`);
    expect(template?.properties.map((p) => p.binding.name)).to.include('orderId');

    // when: deactivated
    await row.locator('button[data-action=deactivate]').click();

    // then
    await page.locator(`tr[data-type="${type}"] [data-state="inactive"]`).waitFor();
    const listed = await api<{ items: JobTypeItem[] }>('GET', '/api/job-types', { as: 'admin' });
    expect(listed.body.items.find((i) => i.type === type)?.active).to.equal(false);

    // when: deleted (no deployed version uses it)
    await page.locator(`tr[data-type="${type}"] button[data-action=delete]`).click();

    // then
    await page.locator(`tr[data-type="${type}"]`).waitFor({ state: 'detached' });
    const after = await api<{ items: JobTypeItem[] }>('GET', '/api/job-types', { as: 'admin' });
    expect(after.body.items.map((i) => i.type)).to.not.include(type);
    expect(refused, 'errors and policy refusals in the page').to.deep.equal([]);
  });
});
