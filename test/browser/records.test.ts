import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { createApprovalsRepository } from '../../db/repositories/approvals.repository.ts';
import { api } from '../helpers/api.ts';
import { launchBrowser, layoutProblems, signIn } from '../helpers/browser.ts';
import { testContext } from '../helpers/test-platform.ts';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** A number written with Chinese digits, so a search word is unique and all Chinese. */
const chineseDigits = (n: number) =>
  String(n)
    .split('')
    .map((d) => '〇一二三四五六七八九'[Number(d)])
    .join('');

/**
 * The generic record pages (issue 9 item 6) on the known-error kind: created from its create
 * page (form-js from the kind's schema), found by a Chinese word in its list, read in zh-CN
 * and English, retired through its command button; the navigation and the "New" button follow
 * the roles; nothing is refused by the content security policy and no page error happens.
 */
describe('the web UI: the record pages of a kind (known errors)', function () {
  this.timeout(180_000);
  let browser: Browser;
  /** What the browser refused under the policy, and page errors, on every page opened. */
  const refused: string[] = [];
  const word = `连接池耗尽${chineseDigits(randomInt(100_000, 999_999))}`;
  const title = `数据库${word}导致登录缓慢`;
  let number = '';

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    // the problem manager's language back to the default for other tests
    await api('PUT', '/api/me', { as: 'problem-manager', body: { locale: 'zh-CN' } });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && refused.length)
      console.error(`refused or page errors:\n${refused.join('\n')}`);
  });

  const signedInPage = (username: string) => signIn(browser, username, refused, DESKTOP);

  async function open(page: Page, hash: string, ready: string): Promise<void> {
    await page.goto(`${testContext().platform.url}/${hash}`);
    await page.locator(ready).first().waitFor();
  }

  async function expectSoundLayout(page: Page, where: string): Promise<void> {
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(100);
      expect(await layoutProblems(page), `${where} at ${size.width}×${size.height}`).to.deep.equal(
        [],
      );
    }
  }

  const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

  let manager: Page;

  it('lists the kinds a problem manager may read in the navigation, in zh-CN', async () => {
    // when
    manager = await signedInPage('problem-manager');

    // then
    expect(await manager.locator('html').getAttribute('lang')).to.equal('zh-CN');
    expect(await manager.locator('.app-nav a[data-kind=known-error]').textContent()).to.equal(
      '已知错误',
    );
    expect(await manager.locator('.app-nav a[data-kind=problem]').textContent()).to.equal('问题');
    expect(
      await manager.locator('.app-nav a[data-kind=known-error]').getAttribute('href'),
    ).to.equal('#/records/known-error');
  });

  it('creates a known error with a Chinese title from its create page', async () => {
    // given
    await manager.locator('.app-nav a[data-kind=known-error]').click();
    await manager.locator('.records-list[data-kind=known-error]').waitFor();
    expect(await manager.locator('#record-new').textContent()).to.equal('新建已知错误');
    await manager.locator('#record-new').click();
    await manager.locator('.record-create [id$="-Field_title"]').waitFor();
    expect(await texts(manager, '.record-create .fjs-form-field-label')).to.include.members([
      '标题*',
      '症状*',
      '根本原因',
      '临时解决方案',
    ]);
    expect(
      await manager.evaluate(
        `['title', 'symptom', 'category'].map((f) => document.querySelector('[id$="-Field_' + f + '"]').tagName)`,
      ),
    ).to.deep.equal(['INPUT', 'TEXTAREA', 'INPUT']);
    await expectSoundLayout(manager, 'create page');

    // when: the required fields are empty, the form says so and nothing is sent
    await manager.click('#record-submit');

    // then
    await manager.locator('.record-create .fjs-form-field-error').first().waitFor();
    expect(manager.url()).to.match(/#\/records\/known-error\/new$/);

    // when: a value only the server checks (a configuration item's id) is wrong
    await manager.fill('.record-create [id$="-Field_title"]', title);
    await manager.fill('.record-create [id$="-Field_symptom"]', '高峰时段登录超过 30 秒');
    await manager.fill('.record-create [id$="-Field_workaround"]', '重启连接池');
    await manager.fill('.record-create [id$="-Field_ciId"]', '不是编号');
    await manager.click('#record-submit');

    // then: the server's 400 is shown on that field, nothing is recorded
    const ciField = manager
      .locator('.record-create .fjs-form-field')
      .filter({ has: manager.locator('[id$="-Field_ciId"]') });
    await ciField.locator('.fjs-form-field-error').waitFor();
    expect(await ciField.locator('.fjs-form-field-error').textContent()).to.contain('uuid');
    expect(await manager.locator('.record-create .notice-error').count()).to.equal(1);
    expect(manager.url()).to.match(/#\/records\/known-error\/new$/);

    // when
    await manager.fill('.record-create [id$="-Field_ciId"]', '');
    await manager.click('#record-submit');

    // then: the new record's page, its number announced
    const detail = manager.locator('.record-page[data-kind=known-error]');
    await detail.waitFor();
    number = (await detail.getAttribute('data-number')) ?? '';
    expect(number).to.match(/^KE-\d{4}-\d{6,}$/);
    expect(await manager.locator('.notice-info').textContent()).to.contain(number);
    const stored = await api<Record<string, unknown>>('GET', `/api/known-errors/${number}`, {
      as: 'problem-manager',
    });
    expect(stored.status).to.equal(200);
    expect(stored.body).to.include({ title, status: 'active', workaround: '重启连接池' });
  });

  it('raises a problem from its create page: choices labelled, the answer shown', async () => {
    // given
    await open(manager, '#/records/problem/new', '.record-create [id$="-Field_title"]');
    const impact = manager
      .locator('.record-create .fjs-form-field')
      .filter({ has: manager.locator('[id$="-Field_impact"]') });

    // when
    await impact.locator('.fjs-input-group').click();

    // then: the enum's labels, never its codes
    expect(await impact.locator('.fjs-dropdownlist-item').allTextContents()).to.deep.equal([
      '高',
      '中',
      '低',
    ]);

    // when
    await impact.locator('.fjs-dropdownlist-item', { hasText: '中' }).click();
    await manager.fill('.record-create [id$="-Field_title"]', `登录缓慢反复出现 ${word}`);
    await manager.fill('.record-create [id$="-Field_category"]', 'database');
    await manager.click('#record-submit');

    // then: without problem-management deployed the API answers 503 and the page says so;
    // once it is deployed (by an earlier test of the run), the new problem's page opens
    const processes = await api<{ items: { processId: string }[] }>('GET', '/api/processes', {
      as: 'process-owner',
    });
    if (processes.body.items.some((p) => p.processId === 'problem-management')) {
      await manager.locator('.record-page[data-kind=problem]').waitFor();
      expect(await manager.locator('.record-facts dd[data-field=impact]').textContent()).to.equal(
        '中',
      );
    } else {
      const error = manager.locator('.record-create .notice-error');
      await error.waitFor();
      expect(await error.textContent())
        .to.contain('暂时无法登记，未保存任何内容。')
        .and.contain('problem-management');
      const listed = await api<{ total: number }>(
        'GET',
        `/api/problems?q=${encodeURIComponent(word)}`,
        {
          as: 'problem-manager',
        },
      );
      expect(listed.body.total).to.equal(0);
    }
  });

  it('finds it in the list by a Chinese word, statuses and columns labelled', async () => {
    // given
    await open(manager, '#/records/known-error', '.records-list');

    // when
    await manager.fill('.records-filters input[name=q]', word);
    await manager.click('.records-filters button[type=submit]');

    // then
    await manager.waitForURL(/q=/);
    const rows = manager.locator('.records-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.equal(1);
    expect(await rows.first().getAttribute('data-number')).to.equal(number);
    expect(await rows.first().locator('td[data-column=status]').textContent()).to.equal('有效');
    expect(await rows.first().locator('td[data-column=title]').textContent()).to.equal(title);
    expect(await texts(manager, '.records-table thead th')).to.include.members([
      '编号',
      '标题',
      '状态',
      '问题',
    ]);
    expect(await texts(manager, '.records-filters select[name=status] option')).to.deep.equal([
      '全部',
      '有效',
      '已解决',
      '已废止',
    ]);
    await expectSoundLayout(manager, 'list page');

    // when: sorted by the title, then the other way
    await manager.click('.records-table th[data-column=title] button');
    await manager.waitForURL(/sort=title/);
    await manager.locator('.records-table th[data-column=title][aria-sort=ascending]').waitFor();
    await manager.click('.records-table th[data-column=title] button');

    // then: the search stays, the order turns
    await manager.waitForURL(/sort=-title/);
    await manager.locator('.records-table th[data-column=title][aria-sort=descending]').waitFor();
    expect(manager.url()).to.contain(`q=${encodeURIComponent(word)}`);
  });

  it('exports the list the search selects to Excel, and the file opens with the same rows', async () => {
    // given the searched list
    await manager.locator('.records-table tbody tr').first().waitFor();

    // when
    const [file] = await Promise.all([
      manager.waitForEvent('download'),
      manager.click('.records-export button[data-format=xlsx]'),
    ]);

    // then: the file opens and holds the one known error, labelled in Chinese
    expect(file.suggestedFilename()).to.match(/^known_errors-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await file.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).to.equal('编号');
    expect(sheet.rowCount).to.equal(2);
    expect(sheet.getRow(2).getCell(1).value).to.equal(number);
    expect(sheet.getRow(2).getCell(2).value).to.equal(title);
    await manager.locator('.records-export-notice .notice-info').waitFor();
    expect(
      await manager.locator('.records-export button[data-format=xlsx]').textContent(),
    ).to.equal('导出 Excel');
  });

  it('shows its page in zh-CN and in English: labels, status and history change', async () => {
    // given
    await open(manager, `#/records/known-error/${number}`, '.record-page');

    // then: zh-CN
    expect(await manager.locator('.record-title').textContent()).to.equal(title);
    expect(await manager.locator('.record-status').textContent()).to.equal('有效');
    expect(await texts(manager, '.record-facts dt')).to.include.members([
      '标题',
      '症状',
      '临时解决方案',
      '创建时间',
    ]);
    expect(await manager.locator('.record-facts dd[data-field=workaround]').textContent()).to.equal(
      '重启连接池',
    );
    expect(await manager.locator('.record-facts dd[data-field=createdBy]').textContent()).to.equal(
      'Problem manager',
    );
    const created = manager.locator('.history li[data-action=created] .history-text');
    expect(await created.textContent()).to.equal(`Problem manager创建了已知错误 ${number}`);
    expect(await manager.locator('.history li time').first().textContent()).to.match(/\d/);
    await expectSoundLayout(manager, 'detail page');

    // when
    await manager.selectOption('#language', 'en');

    // then: English
    await manager
      .locator('.app-nav a[data-kind=known-error]', { hasText: 'Known errors' })
      .waitFor();
    await manager.locator('.record-page').waitFor();
    expect(await manager.locator('.record-status').textContent()).to.equal('Active');
    expect(await texts(manager, '.record-facts dt')).to.include.members([
      'Title',
      'Symptom',
      'Workaround',
      'Created',
    ]);
    expect(await created.textContent()).to.equal(`Problem manager created known error ${number}`);
    expect(
      await manager.locator('.record-commands button[data-command=retire]').textContent(),
    ).to.equal('Retire');
  });

  it("shows the decisions of its approval chain, with the approvers' names, in each language", async () => {
    // given: two decisions recorded on the known error (an approval chain of §0.1)
    const approvals = createApprovalsRepository(testContext().platform.db);
    const ke = await api<{ id: string }>('GET', `/api/known-errors/${number}`, {
      as: 'problem-manager',
    });
    const decide = (
      step: number,
      username: string,
      decision: 'approve' | 'return',
      comment?: string,
    ) =>
      approvals.decide({
        recordType: 'known-error',
        recordId: ke.body.id,
        step,
        request: { decision, comment, by: { username, roles: [] } },
        requester: 'problem-manager',
        at: new Date(),
        idempotencyKey: `browser-approval-${number}-${step}`,
      });
    await decide(1, 'change-manager', 'approve');
    await decide(2, 'process-owner', 'return', '请补充影响范围');

    // when: the page is read again (in English, chosen above)
    await manager.reload();
    await manager.locator('#record-approvals li').first().waitFor();

    // then
    const [first, second] = await texts(manager, '#record-approvals li');
    expect(await manager.locator('#record-approvals h2').textContent()).to.equal('Approvals');
    expect(first).to.match(/^Round 1, step 1: Change manager approved · \S.*$/);
    expect(second).to.match(
      /^Round 1, step 2: Process owner returned for revision · .+ — 请补充影响范围$/,
    );

    // when: in Chinese
    await manager.selectOption('#language', 'zh-CN');
    await manager.locator('#record-approvals h2', { hasText: '审批记录' }).waitFor();

    // then
    const [zhFirst, zhSecond] = await texts(manager, '#record-approvals li');
    expect(zhFirst).to.match(/^第 1 轮第 1 步: Change manager 批准 · \S.*$/);
    expect(zhSecond).to.match(/^第 1 轮第 2 步: Process owner 退回修改 · .+ — 请补充影响范围$/);
    await manager.selectOption('#language', 'en');
    await manager.locator('#record-approvals h2', { hasText: 'Approvals' }).waitFor();
  });

  it('retires it with a comment through the command button, and the status changes', async () => {
    // given
    const comment = `Superseded by the pool fix ${number}`;
    await manager.click('.record-commands button[data-command=retire]');
    await manager.locator('.command-form [id$="-Field_comment"]').waitFor();

    // when: the comment is required
    await manager.click('#command-submit');

    // then
    await manager.locator('.command-form .fjs-form-field-error').first().waitFor();

    // when
    await manager.fill('.command-form [id$="-Field_comment"]', comment);
    await manager.click('#command-submit');

    // then
    await manager.locator('.record-status[data-status=retired]').waitFor();
    expect(await manager.locator('.record-status').textContent()).to.equal('Retired');
    expect(await manager.locator('.notice-info').textContent()).to.equal(
      `Retire: ${number} is now Retired.`,
    );
    expect(await manager.locator('.record-commands').count()).to.equal(0);
    expect(await texts(manager, '.history .history-text')).to.include(
      `Problem manager: Retire — ${comment}`,
    );
    const stored = await api<{ status: string }>('GET', `/api/known-errors/${number}`, {
      as: 'problem-manager',
    });
    expect(stored.body.status).to.equal('retired');
  });

  it("shows the server's refusal of a command in words when the status moved meanwhile", async () => {
    // given: another known error, retired through the API after its page was drawn
    const other = await api<{ number: string }>('POST', '/api/known-errors', {
      as: 'problem-manager',
      body: { title: `另一个已知错误 ${word}`, symptom: '症状' },
    });
    expect(other.status, JSON.stringify(other.body)).to.equal(201);
    await open(manager, `#/records/known-error/${other.body.number}`, '.record-commands');
    const retired = await api('POST', `/api/known-errors/${other.body.number}/retire`, {
      as: 'problem-manager',
      body: { comment: 'elsewhere' },
    });
    expect(retired.status, JSON.stringify(retired.body)).to.equal(200);

    // when
    await manager.click('.record-commands button[data-command=retire]');
    await manager.fill('.command-form [id$="-Field_comment"]', 'too late');
    await manager.click('#command-submit');

    // then: 409, its message naming the status, no stack
    const error = manager.locator('.command-form .notice-error');
    await error.waitFor();
    expect(await error.textContent())
      .to.contain('The record has changed meanwhile')
      .and.contain('retired')
      .and.not.match(/\bat .*:\d+:\d+/);
    await manager.close();
  });

  it('shows the service desk the kinds but no "New" button and no commands', async () => {
    // when
    const page = await signedInPage('service-desk');

    // then
    expect(await texts(page, '.app-nav a[data-kind]')).to.include.members(['已知错误', '问题']);
    await open(page, '#/records/known-error', '.records-list');
    expect(await page.locator('#record-new').count()).to.equal(0);
    await open(page, `#/records/known-error/${number}`, '.record-page');
    expect(await page.locator('.record-status').textContent()).to.equal('已废止');
    expect(await page.locator('.record-commands').count()).to.equal(0);
    await open(page, '#/records/known-error/new', '.notice-error');
    expect(await page.locator('.notice-error').textContent()).to.equal(
      '您的角色不能创建已知错误。',
    );
    await page.close();
  });

  it("shows a customer contact only incidents, major incidents and service requests (their customer's) among the record kinds", async () => {
    // when
    const page = await signedInPage('customer-contact');

    // then
    expect(
      await page
        .locator('.app-nav a[data-kind]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-kind'))),
    ).to.deep.equal(['incident', 'major-incident', 'service-request']);
    await open(page, '#/records/known-error', '.notice-error');
    expect(await page.locator('.notice-error').textContent()).to.equal(
      '没有此记录类型，或您的角色无权查看。',
    );
    await page.close();
  });

  it('had nothing refused by the content security policy and no page error', () => {
    expect(refused, refused.join('\n')).to.deep.equal([]);
  });
});
