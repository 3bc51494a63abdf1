import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../lib/paths.ts';
import { api, deployFixture } from '../helpers/api.ts';
import { launchBrowser, signIn } from '../helpers/browser.ts';
import { testContext } from '../helpers/test-platform.ts';

const examples = path.join(projectRoot, 'test', 'fixtures', 'camunda-examples');
const TYPES = { tweet: 'Publish on Twitter', 'send-rejection': 'Send rejection notification' };

/** Registers an external job type, or activates it again when an earlier test registered it. */
async function registerActive(type: string, name: string): Promise<void> {
  const res = await api('POST', '/api/job-types', { as: 'admin', body: { type, name } });
  if (res.status === 201) return;
  expect(res.status, JSON.stringify(res.body)).to.equal(409);
  const put = await api('PUT', `/api/job-types/${type}`, { as: 'admin', body: { active: true } });
  expect(put.status, JSON.stringify(put.body)).to.equal(200);
}

/** The user task with that id in a BPMN document, as text. */
const userTask = (xml: string, id: string) =>
  new RegExp(`<bpmn:userTask id="${id}"[\\s\\S]*?</bpmn:userTask>`).exec(xml)?.[0];

/**
 * Issue 13 item 2: Camunda's Twitter demo has a job-worker user task (no zeebe:userTask). Imported
 * into the modeler, it is offered a one-step conversion to a Zeebe user task that keeps the
 * candidate groups, the assignee and the form, and then deploys.
 */
describe('the web UI: importing a diagram with job-worker user tasks converts them in one step', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  const processId = `TwitterDemo_${randomInt(100_000, 999_999)}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'itsm-convert-'));
  const importFile = path.join(dir, `${processId}.bpmn`);

  before(async () => {
    const twitter = readFileSync(path.join(examples, 'TwitterDemoProcess.bpmn'), 'utf8').replaceAll(
      '"TwitterDemoProcess"',
      `"${processId}"`,
    );
    const form = await api('POST', '/api/forms/review-tweet/deploy', {
      as: 'process-owner',
      body: JSON.parse(readFileSync(path.join(examples, 'review-tweet.form'), 'utf8')),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    for (const [type, name] of Object.entries(TYPES)) await registerActive(type, name);
    // Version 1 exists, so the modeler opens the process; the import replaces its diagram.
    await deployFixture(
      processId,
      twitter.replace(
        '<bpmn:extensionElements>\n        <zeebe:formDefinition',
        '<bpmn:extensionElements>\n        <zeebe:userTask />\n        <zeebe:formDefinition',
      ),
    );
    writeFileSync(importFile, twitter);
    browser = await launchBrowser();
    page = await signIn(browser, 'process-owner', refused);
  });

  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
    for (const type of Object.keys(TYPES))
      await api('PUT', `/api/job-types/${type}`, { as: 'admin', body: { active: false } });
  });

  it('offers the conversion on import, keeps assignment and form, undoes in one step, and deploys', async () => {
    // given: the process open in the modeler
    await page.goto(`${testContext().platform.url}/#/modeler/${processId}`);
    await page.locator('[data-element-id="ReviewTweetTask"].djs-element').first().waitFor();
    await page.locator('#modeler-versions tr[data-version="1"]').waitFor();
    expect(await page.locator('#modeler-convert .modeler-convert-notice').count()).to.equal(0);

    // when: Camunda's diagram, with its job-worker user task, is imported
    await page.setInputFiles('#modeler-import-file', importFile);

    // then: the server names only the user task (the job types are registered), and the
    // conversion is offered, naming the task
    const findings = page.locator('#modeler-server-findings');
    await findings.locator('li').first().waitFor();
    expect(
      await findings
        .locator('li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))),
    ).to.deep.equal(['NOT_A_ZEEBE_USER_TASK']);
    const offer = page.locator('#modeler-convert .modeler-convert-notice');
    await offer.waitFor();
    expect(await offer.textContent())
      .to.contain('ReviewTweetTask')
      .and.contain('作业工作者用户任务');
    expect(await page.locator('#modeler-convert-user-tasks').textContent()).to.equal(
      '转换为 Zeebe 用户任务',
    );

    // when: converted in one step
    await page.click('#modeler-convert-user-tasks');

    // then: the offer is gone and the server's check no longer names the task
    await page.locator('#modeler-server-findings[data-count="0"]').waitFor({ state: 'attached' });
    await page.locator('.modeler-status .notice-info').waitFor();
    expect(await offer.count()).to.equal(0);

    // when: undone, then redone (one command)
    await page.evaluate(`window.itsmModeler.get('commandStack').undo()`);
    await offer.waitFor();
    await page.evaluate(`window.itsmModeler.get('commandStack').redo()`);
    await offer.waitFor({ state: 'detached' });

    // when: deployed
    await page.click('#modeler-deploy');

    // then: version 2 has a Zeebe user task with the same assignee, candidate groups and form
    await page.locator('#modeler-versions tr[data-version="2"]').waitFor();
    expect(await page.locator('.modeler-status .notice-info').textContent()).to.contain('v2');
    const xml = await api<string>('GET', `/api/processes/${processId}/xml?version=2`, {
      as: 'process-owner',
    });
    const task = userTask(xml.body, 'ReviewTweetTask');
    expect(task, 'the review task in version 2').to.be.a('string');
    expect(task).to.contain('<zeebe:userTask />');
    expect(task).to.contain('assignee="demo"').and.contain('candidateGroups="service-desk-lead"');
    expect(task).to.contain('<zeebe:formDefinition formId="review-tweet" />');
    expect(refused, 'errors and policy refusals in the page').to.deep.equal([]);
  });
});
