import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../lib/paths.ts';
import { api, deployFixture, fixtureForm, fixtureXml, startInstance } from '../helpers/api.ts';
import { launchBrowser, layoutProblems } from '../helpers/browser.ts';
import { DEV_PASSWORD, testContext } from '../helpers/test-platform.ts';

const screenshots = path.join(projectRoot, 'docs', 'screenshots');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** Checks the page at both sizes: no sideways scrolling, no overlapping controls. */
async function expectSoundLayout(page: Page, where: string): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    expect(await layoutProblems(page), `${where} at ${size.width}×${size.height}`).to.deep.equal(
      [],
    );
  }
}

/** Opens a group of the properties panel (a click on its header toggles it). */
async function openGroup(page: Page, id: string): Promise<void> {
  const group = page.locator(`.modeler-properties [data-group-id="group-${id}"]`);
  await group.waitFor();
  if (!(await group.locator('.bio-properties-panel-group-entries.open').count()))
    await group.locator('.bio-properties-panel-group-header').click();
  await group.locator('.bio-properties-panel-group-entries.open').waitFor();
}

/**
 * Adds a user task after `Task_Review` with the modeler's own modeling API (as the palette and
 * context pad would), moving the end event to make room; answers the new task's id.
 * Page-side source text: tsx's keepNames helper does not exist inside the page.
 */
const ADD_USER_TASK = `(() => {
  const modeler = window.itsmModeler;
  const registry = modeler.get('elementRegistry');
  const modeling = modeler.get('modeling');
  const review = registry.get('Task_Review');
  const end = registry.get('EndEvent_Done');
  modeling.removeElements([registry.get('Flow_ToDone')]);
  modeling.moveElements([end], { x: 160, y: 0 });
  const task = modeling.appendShape(review, { type: 'bpmn:UserTask' }, { x: 610, y: 120 });
  modeling.connect(task, end);
  modeler.get('selection').select(task);
  return task.id;
})()`;

describe('the web UI: the modeler edits, deploys and checks process diagrams', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const processId = `ui-model-${randomInt(100_000, 999_999)}`;
  const formId = `ui-form-${randomInt(100_000, 999_999)}`;
  const errors: string[] = [];

  before(async () => {
    const form = await api('POST', '/api/forms/fixture-service-user.review/deploy', {
      as: 'process-owner',
      body: fixtureForm('fixture-service-user.review'),
    });
    expect(form.status, JSON.stringify(form.body)).to.equal(201);
    const own = await api('POST', `/api/forms/${formId}/deploy`, {
      as: 'process-owner',
      body: { ...fixtureForm('fixture-service-user.review'), id: formId },
    });
    expect(own.status, JSON.stringify(own.body)).to.equal(201);
    const xml = fixtureXml('fixture-service-user').replaceAll(
      '"fixture-service-user"',
      `"${processId}"`,
    );
    await deployFixture(processId, xml);
    await startInstance(processId, { dueAt: '2030-01-01T00:00:00Z' });
    mkdirSync(screenshots, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    page.on('pageerror', (err) => errors.push(err.message));
  });

  after(async () => {
    await browser?.close();
  });

  it('lists the deployed processes with their versions for the process owner', async () => {
    // given
    await page.goto(`${testContext().platform.url}/#/login`);
    await page.fill('input[name=username]', 'process-owner');
    await page.fill('input[name=password]', DEV_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('#nav-modeler').waitFor();
    expect(await page.locator('#nav-modeler').textContent()).to.equal('流程建模');

    // when
    await page.click('#nav-modeler');

    // then
    const item = page.locator(`.modeler-process[data-process-id="${processId}"]`);
    await item.waitFor();
    expect(await item.locator('.modeler-latest').textContent()).to.contain('v1');
    await item.locator('summary').click();
    await item.locator('tr[data-version="1"]').waitFor();
    await expectSoundLayout(page, 'process list');
  });

  it('adds a Zeebe user task with a candidate group in the modeler and deploys version 2', async () => {
    // given
    await page.locator(`.modeler-process[data-process-id="${processId}"] .modeler-open`).click();
    await page.locator('.modeler-canvas .djs-container').waitFor();
    await page.locator('[data-element-id="Task_Review"].djs-element').first().waitFor();
    await page.locator('#modeler-lint li').first().waitFor();

    // when: a user task is placed, then named and assigned in the properties panel
    const taskId = await page.evaluate<string>(ADD_USER_TASK);
    await openGroup(page, 'general');
    await page.locator('#bio-properties-panel-name').fill('Double-check');
    await openGroup(page, 'assignmentDefinition');
    await page
      .locator('#bio-properties-panel-assignmentDefinitionCandidateGroups')
      .fill('service-desk-lead');
    await page.waitForTimeout(600); // the panel's inputs are debounced
    await page.click('#modeler-deploy');

    // then: version 2 is deployed, listed with its counts; version 1 keeps its instance
    await page.locator('.modeler-status .notice-info').waitFor();
    expect(await page.locator('.modeler-status .notice-info').textContent()).to.contain('v2');
    const v2 = page.locator('#modeler-versions tr[data-version="2"]');
    await v2.waitFor();
    expect(await v2.locator('[data-count="active"]').textContent()).to.equal('0');
    expect(
      await page
        .locator('#modeler-versions tr[data-version="1"] [data-count="active"]')
        .textContent(),
    ).to.equal('1');
    const xml = await api<string>('GET', `/api/processes/${processId}/xml?version=2`, {
      as: 'process-owner',
    });
    expect(xml.status).to.equal(200);
    const added = new RegExp(
      `<bpmn:userTask id="${taskId}" name="Double-check"[\\s\\S]*?</bpmn:userTask>`,
    ).exec(xml.body)?.[0];
    expect(added, 'the new task in version 2').to.be.a('string');
    expect(added).to.contain('<zeebe:userTask />');
    expect(added).to.contain('candidateGroups="service-desk-lead"');
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: path.join(screenshots, 'modeler.png') });
    await expectSoundLayout(page, 'modeler');
  });

  it('shows the palette in Chinese when the UI is in zh-CN', async () => {
    // diagram-js shows an entry's title as its aria-label (and tooltip)
    const entry = page.locator('.djs-palette .entry[data-action="create.user-task"]');
    await entry.waitFor();
    expect(await entry.getAttribute('aria-label')).to.equal('创建用户任务');
    expect(
      await page
        .locator('.djs-palette .entry[data-action="create.task"]')
        .getAttribute('aria-label'),
    ).to.equal('创建任务');
  });

  it('links a user task to a deployed form through the form select', async () => {
    // given: the review task is selected
    await page.evaluate(
      `window.itsmModeler.get('selection').select(window.itsmModeler.get('elementRegistry').get('Task_Review'))`,
    );
    const select = page.locator('#modeler-form');
    await page.locator('#modeler-form:enabled').waitFor();
    expect(await select.inputValue()).to.equal('fixture-service-user.review');

    // when
    await select.selectOption(formId);
    await page.click('#modeler-deploy');

    // then: version 3 links the task to the chosen form
    await page.locator('#modeler-versions tr[data-version="3"]').waitFor();
    const xml = await api<string>('GET', `/api/processes/${processId}/xml?version=3`, {
      as: 'process-owner',
    });
    const review = /<bpmn:userTask id="Task_Review"[\s\S]*?<\/bpmn:userTask>/.exec(xml.body)?.[0];
    expect(review).to.contain(`<zeebe:formDefinition formId="${formId}" />`);
  });

  it('imports a Camunda 7 diagram made elsewhere and lists what must change before it can run', async () => {
    // when
    await page.setInputFiles(
      '#modeler-import-file',
      path.join(projectRoot, 'test', 'fixtures', 'bpmn', 'invalid-foreign-camunda7.bpmn'),
    );

    // then: the server's reasons are listed and marked on the elements
    const list = page.locator('#modeler-server-findings');
    await list.locator('li').first().waitFor();
    const codes = await list
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
    expect(codes).to.include.members(['PROCESS_ID_MISMATCH', 'LINT', 'NOT_A_ZEEBE_USER_TASK']);
    expect(await list.locator('li[data-element-id="Task_Approve"]').textContent()).to.contain(
      'zeebe:userTask',
    );
    expect(await page.locator('.modeler-status .notice-error').textContent()).to.contain(
      'invalid-foreign-camunda7.bpmn',
    );
    await page.locator('.djs-element.itsm-finding[data-element-id="Task_Notify"]').waitFor();
    // the live lint (Zeebe 8.5, though the diagram declares Camunda 7) flags it too
    await page.locator('#modeler-lint li[data-element-id="Task_Notify"]').first().waitFor();
    await expectSoundLayout(page, 'modeler after import');
    expect(errors, 'errors in the page').to.deep.equal([]);
  });

  it('edits a deployed form in the form editor and deploys version 2', async () => {
    // given
    await page.goto(`${testContext().platform.url}/#/modeler/forms`);
    const item = page.locator(`.modeler-process[data-form-id="${formId}"]`);
    await item.waitFor();
    expect(await item.locator('.modeler-latest').textContent()).to.contain('v1');
    await item.locator('.modeler-open').click();
    await page.locator('.form-editor .fjs-editor-container').waitFor();
    await page.locator('.form-editor .fjs-element[data-id="Field_Comment"]').waitFor();

    // when: a text field is added with the editor's modeling API (as a drop from the palette)
    await page.evaluate(`(() => {
      const editor = window.itsmFormEditor;
      const root = editor._getState().schema;
      editor.get('modeling').addFormField(
        { type: 'textfield', label: 'Follow-up note', key: 'followUpNote' },
        root,
        root.components.length,
      );
    })()`);
    await page.click('#form-deploy');

    // then
    await page.locator('.modeler-status .notice-info').waitFor();
    expect(await page.locator('.modeler-status .notice-info').textContent()).to.contain('v2');
    const form = await api<{ version: number; schema: { components: { key?: string }[] } }>(
      'GET',
      `/api/forms/${formId}`,
      { as: 'process-owner' },
    );
    expect(form.body.version).to.equal(2);
    expect(form.body.schema.components.map((c) => c.key)).to.include('followUpNote');
    await expectSoundLayout(page, 'form editor');
  });

  it('shows the server refusal of a form clearly', async () => {
    // when: the schema on its way out names another form than the page's
    await page.evaluate(`(() => {
      const editor = window.itsmFormEditor;
      editor.saveSchema = () => ({ id: 'another-form', components: [] });
    })()`);
    await page.click('#form-deploy');

    // then
    await page.locator('.modeler-status .notice-error').waitFor();
    expect(await page.locator('.modeler-status .notice-error').textContent()).to.contain(
      'another-form',
    );
    expect(errors, 'errors in the page').to.deep.equal([]);
  });

  it('deploys a new form saved as a draft together with the process whose user task links it', async () => {
    // given: a new form with a field, saved as a draft of this session (not deployed)
    const draftId = `ui-draft-${randomInt(100_000, 999_999)}`;
    await page.goto(`${testContext().platform.url}/#/modeler/forms`);
    await page.fill('#form-new-id', draftId);
    await page.click('#form-new button[type=submit]');
    await page.locator(`.form-editor-page[data-form-id="${draftId}"]`).waitFor();
    await page.locator('.form-editor .fjs-editor-container').waitFor();
    await page.evaluate(`(() => {
      const editor = window.itsmFormEditor;
      const root = editor._getState().schema;
      editor.get('modeling').addFormField(
        { type: 'textfield', label: 'Draft note', key: 'draftNote' },
        root,
        root.components.length,
      );
    })()`);
    await page.click('#form-save-draft');
    await page.locator('.modeler-status .notice-info').waitFor();
    expect((await api('GET', `/api/forms/${draftId}`, { as: 'process-owner' })).status).to.equal(
      404,
    );

    // when: the process's review task is linked to the draft form, and the process deployed
    await page.goto(`${testContext().platform.url}/#/modeler/${processId}`);
    await page.locator(`.modeler-page[data-process-id="${processId}"]`).waitFor();
    await page.locator('[data-element-id="Task_Review"].djs-element').first().waitFor();
    await page.locator('#modeler-versions tr[data-version="3"]').waitFor();
    await page.evaluate(
      `window.itsmModeler.get('selection').select(window.itsmModeler.get('elementRegistry').get('Task_Review'))`,
    );
    await page.locator('#modeler-form:enabled').waitFor();
    const option = page.locator(`#modeler-form option[value="${draftId}"]`);
    expect(await option.getAttribute('data-draft')).to.equal('true');
    expect(await option.textContent()).to.contain('草稿');
    await page.locator('#modeler-form').selectOption(draftId);
    await page.click('#modeler-deploy');

    // then: version 4 of the process and version 1 of the form, deployed together
    const done = page.locator('.modeler-status .notice-info');
    await done.waitFor();
    const text = await done.textContent();
    expect(text).to.contain('v4');
    expect(text).to.contain(`${draftId} v1`);
    await page.locator('#modeler-versions tr[data-version="4"]').waitFor();
    const form = await api<{ version: number; schema: { components: { key?: string }[] } }>(
      'GET',
      `/api/forms/${draftId}`,
      { as: 'process-owner' },
    );
    expect(form.status).to.equal(200);
    expect(form.body.version).to.equal(1);
    expect(form.body.schema.components.map((c) => c.key)).to.include('draftNote');
    const xml = await api<string>('GET', `/api/processes/${processId}/xml?version=4`, {
      as: 'process-owner',
    });
    expect(xml.body).to.contain(`<zeebe:formDefinition formId="${draftId}" />`);
    expect(await page.evaluate(`sessionStorage.getItem('itsm.formDraft.${draftId}')`)).to.equal(
      null,
    );
    expect(errors, 'errors in the page').to.deep.equal([]);
  });
});
