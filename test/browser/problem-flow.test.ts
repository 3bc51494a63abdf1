import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { api, waitFor } from '../helpers/api.ts';
import { chooseOption, launchBrowser, signIn } from '../helpers/browser.ts';
import { deployWorkflows } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * Issue 9's browser path: a problem raised from its create page, worked from its tasks to a
 * known error (classification by the problem manager, investigation by the owner group), and
 * its page read in zh-CN and English — all on pages generated from the kind's declaration.
 */
describe('the web UI: a problem from its create page to a known error', function () {
  this.timeout(240_000);
  let browser: Browser;
  const refused: string[] = [];
  const title = `打印服务反复中断 ${randomInt(100_000, 999_999)}`;
  let number = '';

  before(async () => {
    await deployWorkflows();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api('PUT', '/api/me', { as: 'problem-manager', body: { locale: 'zh-CN' } });
  });

  const signedInPage = (username: string) => signIn(browser, username, refused);

  /** Opens the record's page and its open task; claims it when it is not yet the user's. */
  async function openTaskFromRecord(page: Page): Promise<void> {
    await page.goto(`${testContext().platform.url}/#/records/problem/${number}`);
    const link = page.locator('#record-tasks li a').first();
    // the next task appears once the engine has reached it: read the page again until then
    await waitFor(
      'the open task on the record page',
      async () => {
        await page.reload();
        await page.locator('.record-page').waitFor();
        return (await link.count()) > 0;
      },
      30_000,
    );
    await link.click();
    const claim = page.locator('#claim');
    await page.locator('#claim, #complete').first().waitFor();
    if (await claim.count()) await claim.click();
    await page.locator('#complete').waitFor();
  }

  it('raises a problem from its create page and lands on its page with the classification task', async () => {
    // given
    const manager = await signedInPage('problem-manager');
    await manager.goto(`${testContext().platform.url}/#/records/problem/new`);
    await manager.locator('.record-create [id$="-Field_title"]').waitFor();

    // when
    await manager.fill('.record-create [id$="-Field_title"]', title);
    await manager.fill('.record-create [id$="-Field_category"]', 'application');
    await manager.click('#record-submit');

    // then
    const page = manager.locator('.record-page[data-kind=problem]');
    await page.waitFor();
    number = (await page.getAttribute('data-number')) ?? '';
    expect(number).to.match(/^PRB-\d{4}-\d{6,}$/);
    expect(await manager.locator('.record-status').textContent()).to.equal('新建');
    await waitFor(
      'the classification task on the page',
      async () => {
        await manager.reload();
        await manager.locator('.record-page').waitFor();
        return (await manager.locator('#record-tasks li a').count()) > 0;
      },
      30_000,
    ).catch(async (err: Error) => {
      const d = await api('GET', `/api/problems/${number}`, { as: 'problem-manager' });
      const html = await manager
        .locator('.record-side')
        .innerHTML()
        .catch(() => '');
      throw new Error(
        `${err.message}: ${JSON.stringify(d.body).slice(0, 900)} ${html.slice(0, 900)}`,
        {
          cause: err,
        },
      );
    });
    expect(await manager.locator('#record-tasks li a').first().textContent()).to.equal(
      '分类与定级',
    );
    await manager.close();
  });

  it('is classified by the problem manager and investigated by the owner group into a known error', async () => {
    // given: the problem manager classifies it for the second line
    const manager = await signedInPage('problem-manager');
    await openTaskFromRecord(manager);
    await chooseOption(manager, 'Field_Category', /应用|Application/);
    await chooseOption(manager, 'Field_Impact', /中|Medium/);
    await chooseOption(manager, 'Field_Urgency', /中|Medium/);
    await chooseOption(manager, 'Field_OwnerGroup', /二线技术支持组|Second-line support/);
    await manager.locator('#complete').click();
    await manager.waitForURL(/#\/inbox/);
    await manager.close();

    // when: the second line finds the root cause and a workaround
    const resolver = await signedInPage('resolver-l2');
    await openTaskFromRecord(resolver);
    await resolver.locator('[id$="-Field_RootCauseFound"]').check();
    await resolver.fill('textarea[id$="-Field_RootCause"]', '打印队列服务内存泄漏');
    await resolver.fill('textarea[id$="-Field_Workaround"]', '每日重启打印队列服务');
    await resolver.locator('#complete').click();
    await resolver.waitForURL(/#\/inbox/);
    await resolver.close();

    // then: the problem is a known error, linked to the new KE record
    const problem = await waitFor(
      'the problem to become a known error',
      async () => {
        const res = await api<{ status: string; links: { type: string; number: string }[] }>(
          'GET',
          `/api/problems/${number}`,
          { as: 'problem-manager' },
        );
        return res.body.status === 'known_error' ? res.body : undefined;
      },
      30_000,
    );
    expect(problem.links.map((l) => l.type)).to.include('known-error');
  });

  it('shows the problem in zh-CN and in English with its status, known error and history', async () => {
    // given
    const manager = await signedInPage('problem-manager');
    await manager.goto(`${testContext().platform.url}/#/records/problem/${number}`);
    await manager.locator('.record-page').waitFor();

    // then: zh-CN, with the RCA clock that classification started
    expect(await manager.locator('.record-status').textContent()).to.equal('已知错误');
    const rca = manager.locator('#record-sla li[data-clock=rca]');
    expect(await rca.textContent()).to.match(/^根因分析 · (计时中|已停止) · 到期 \d/);
    expect(await manager.locator('.record-facts dd[data-field=rootCause]').textContent()).to.equal(
      '打印队列服务内存泄漏',
    );
    const keLink = manager.locator('#record-links li a', { hasText: '已知错误 KE-' });
    expect(await keLink.count()).to.equal(1);
    const sentences = await manager.locator('.history li .history-text').allTextContents();
    expect(
      sentences.some((t) => t.includes('将状态由') && t.endsWith('改为“已知错误”')),
      sentences.join('\n'),
    ).to.equal(true);

    // when
    await manager.selectOption('#language', 'en');

    // then: English
    await manager.locator('.record-status', { hasText: 'Known error' }).waitFor();
    expect(await rca.textContent()).to.match(/^Root cause analysis · (running|stopped) · due \d/);
    expect(await manager.locator('.record-facts dt').allTextContents()).to.include.members([
      'Title',
      'Root cause',
      'Workaround',
    ]);
    expect(
      await manager.locator('#record-links li a', { hasText: 'Known error KE-' }).count(),
    ).to.equal(1);

    // when: the known error's own page, from the link
    await manager.locator('#record-links li a', { hasText: 'Known error KE-' }).click();

    // then
    await manager.locator('.record-page[data-kind=known-error]').waitFor();
    expect(await manager.locator('.record-facts dd[data-field=workaround]').textContent()).to.equal(
      '每日重启打印队列服务',
    );
    expect(refused, refused.join('\n')).to.deep.equal([]);
    await manager.close();
  });
});
