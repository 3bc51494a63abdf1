import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { api, deployFixture, migrationFixtureXml, startInstance, waitFor } from '../helpers/api.ts';
import { launchBrowser, signIn } from '../helpers/browser.ts';
import { testContext } from '../helpers/test-platform.ts';

const PROCESS = 'ui-migration';

/** A version of the migration fixture under this test's own process id. */
const version = (n: 1 | 2 | 3) =>
  migrationFixtureXml(n).replaceAll('"fixture-migration"', `"${PROCESS}"`);

/** The name of the instance's open task, once the read model shows it. */
async function openTaskName(key: string, name: string): Promise<void> {
  await waitFor(`task ${name} of instance ${key}`, async () => {
    const list = await api<{ items: { id: string; name: string; processInstanceKey: string }[] }>(
      'GET',
      '/api/tasks?queue=service-desk&state=open&limit=500',
      { as: 'service-desk' },
    );
    return list.body.items.find((t) => t.processInstanceKey === key && t.name === name);
  });
}

describe('the web UI: a process owner moves a running instance to a new version from the cockpit', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  let atReview: string;
  let atOld: string;
  let v2: number;

  before(async () => {
    // given two instances on version 1 (one at Review, one at the old step), then version 2
    await deployFixture(PROCESS, version(1));
    atReview = await startInstance(PROCESS, { requestId: 'ui-mig-1' });
    atOld = await startInstance(PROCESS, { requestId: 'ui-mig-2' });
    await openTaskName(atReview, 'Review');
    await openTaskName(atOld, 'Review');
    const list = await api<{ items: { id: string; processInstanceKey: string }[] }>(
      'GET',
      '/api/tasks?queue=service-desk&state=open&limit=500',
      { as: 'service-desk' },
    );
    const review = list.body.items.find((t) => t.processInstanceKey === atOld)!;
    await api('POST', `/api/tasks/${review.id}/claim`, { as: 'service-desk' });
    const done = await api('POST', `/api/tasks/${review.id}/complete`, {
      as: 'service-desk',
      body: { data: {} },
    });
    expect(done.status).to.equal(200);
    await openTaskName(atOld, 'Old step');
    v2 = (await deployFixture(PROCESS, version(2))).version;
    browser = await launchBrowser();
    page = await signIn(browser, 'process-owner', refused);
  });

  after(async () => {
    await browser?.close();
  });

  const card = () => page.locator('[data-testid=migration]');
  const shape = (elementId: string) =>
    page.locator(`.cockpit-diagram .djs-element[data-element-id="${elementId}"]`);

  it('checks, migrates, and shows the instance on the new diagram', async () => {
    // when the process owner opens the instance and picks version 2
    await page.goto(`${testContext().platform.url}/#/cockpit/instances/${atReview}`);
    await card().locator('h2', { hasText: '迁移到其他版本' }).waitFor();
    expect(await shape('Task_Approve').count(), 'version 1 has no Approve step').to.equal(0);
    await card().locator('select[name=targetVersion]').selectOption(String(v2));

    // then the active Review step is mapped to Review and nothing stops the move
    const row = card().locator('tr[data-element="Task_Review"] select');
    await card().locator('.migration-ok').waitFor();
    expect(await row.inputValue()).to.equal('Task_Review');

    // when
    await card().locator('button.migrate').click();

    // then the page shows version 2's diagram with the instance still at Review
    await page.locator('[data-testid=version]', { hasText: `v${v2}` }).waitFor();
    await shape('Task_Approve').waitFor();
    await page
      .locator('.cockpit-diagram .djs-element.cockpit-active[data-element-id="Task_Review"]')
      .waitFor();
    await page.locator('.migrated-at').waitFor();
    expect(refused).to.deep.equal([]);
  });

  it('names the unmapped step in Chinese, and migrates once a target is chosen', async () => {
    // when the instance at the old step (which version 2 dropped) is checked against version 2
    await page.goto(`${testContext().platform.url}/#/cockpit/instances/${atOld}`);
    await card().locator('select[name=targetVersion]').selectOption(String(v2));

    // then the check says why, and the button stays disabled
    const finding = card().locator('li[data-code=UNMAPPED_ELEMENT]');
    await finding.waitFor();
    expect(await finding.textContent()).to.equal('活动元素 Task_Old 没有目标元素。');
    expect(await card().locator('button.migrate').isDisabled()).to.equal(true);

    // when the process owner maps it to Approve and migrates
    await card().locator('tr[data-element="Task_Old"] select').selectOption('Task_Approve');
    await card().locator('.migration-ok').waitFor();
    await card().locator('button.migrate').click();

    // then the instance waits at Approve on version 2
    await page.locator('[data-testid=version]', { hasText: `v${v2}` }).waitFor();
    await page
      .locator('.cockpit-diagram .djs-element.cockpit-active[data-element-id="Task_Approve"]')
      .waitFor();
    await openTaskName(atOld, 'Approve');
    expect(refused).to.deep.equal([]);
  });
});
