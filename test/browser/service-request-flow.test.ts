import { expect } from 'chai';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { api, waitFor } from '../helpers/api.ts';
import { chooseOption, launchBrowser, signIn } from '../helpers/browser.ts';
import { deployWorkflows } from '../helpers/incidents.ts';
import { testContext } from '../helpers/test-platform.ts';

/**
 * Issue 11's browser path: a customer contact asks for VPN access from the service-request
 * create page (the catalogue item a choice), the service desk triages it, the asset owner and
 * then the security officer approve from their tasks, the item's group fulfils it, and the
 * requester confirms; the request's page is read in zh-CN and English.
 */
describe('the web UI: an access request from its create page to closed', function () {
  this.timeout(300_000);
  let browser: Browser;
  const refused: string[] = [];
  const title = `申请 VPN 访问 ${randomInt(100_000, 999_999)}`;
  let number = '';

  before(async () => {
    await deployWorkflows();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api('PUT', '/api/me', { as: 'customer-contact', body: { locale: 'zh-CN' } });
  });

  const signedInPage = (username: string) => signIn(browser, username, refused);

  /** Opens the request's page and its open task; claims it when it is not yet the user's. */
  async function openTaskFromRecord(page: Page, taskName: string): Promise<void> {
    await page.goto(`${testContext().platform.url}/#/records/service-request/${number}`);
    const link = page.locator('#record-tasks li a', { hasText: taskName }).first();
    await waitFor(
      `the task "${taskName}" on the request's page`,
      async () => {
        await page.reload();
        await page.locator('.record-page, .notice').first().waitFor();
        return (await link.count()) > 0;
      },
      30_000,
    ).catch(async (err: Error) => {
      const shown = await page.locator('main, body').first().innerText();
      throw new Error(`${err.message}: the page shows ${shown.slice(0, 600)}`, { cause: err });
    });
    await link.click();
    // Claim only a task that is not the user's yet: on their own task (the asset owner's is
    // assigned at creation) the same button unclaims it.
    await page.locator('#claim, #complete').first().waitFor();
    if ((await page.locator('#complete').count()) === 0) await page.locator('#claim').click();
    await page.locator('#complete').waitFor();
  }

  /** Completes the open task; a refusal (the form's or the server's) fails the test with its words. */
  async function complete(page: Page): Promise<void> {
    await page.locator('#complete').click();
    await page.waitForURL(/#\/inbox/, { timeout: 15_000 }).catch(async (err: Error) => {
      const said = await page
        .locator('.fjs-form-field:has(.fjs-form-field-error) label, .fjs-form-field-error, .notice')
        .allTextContents();
      throw new Error(`${err.message}: ${said.join(' | ')}`, { cause: err });
    });
    await page.close();
  }

  it('is asked for by a customer contact from the create page, choosing the catalogue item', async () => {
    // given
    const contact = await signedInPage('customer-contact');
    await contact.goto(`${testContext().platform.url}/#/records/service-request/new`);
    await contact.locator('.record-create [id$="-Field_title"]').waitFor();

    // when
    await contact.fill('.record-create [id$="-Field_title"]', title);
    await chooseOption(contact, 'Field_itemId', /VPN/);
    await contact.click('#record-submit');

    // then: the request's page, new, with the item chosen
    const page = contact.locator('.record-page[data-kind=service-request]');
    await page.waitFor();
    number = (await page.getAttribute('data-number')) ?? '';
    expect(number).to.match(/^SR-\d{4}-\d{6,}$/);
    const created = await api<{ itemId: string | null; requesterId: string | null }>(
      'GET',
      `/api/service-requests/${number}`,
      { as: 'service-desk' },
    );
    const vpn = await testContext()
      .platform.db('request_items')
      .where({ code: 'REQ-VPN-ACCESS' })
      .first('id');
    expect(created.body.itemId).to.equal(vpn.id);
    await contact.close();
  });

  it('is triaged by the service desk, approved by the asset owner and then the security officer', async () => {
    // given: the service desk accepts it as valid
    const desk = await signedInPage('service-desk');
    await openTaskFromRecord(desk, '受理');
    await chooseOption(desk, 'Field_Impact', /3|低/);
    await chooseOption(desk, 'Field_Urgency', /2|中/);
    await complete(desk);

    // when: the asset owner named on the item approves, then the security officer
    const owner = await signedInPage('service-owner');
    await openTaskFromRecord(owner, '审批');
    await chooseOption(owner, 'Field_Decision', /批准|Approve/);
    await owner.fill('textarea[id$="-Field_Comment"]', '同意开通');
    await complete(owner);
    const officer = await signedInPage('security-officer');
    await openTaskFromRecord(officer, '安全');
    await chooseOption(officer, 'Field_Decision', /批准|Approve/);
    await complete(officer);

    // then: it is in fulfilment, with both decisions recorded
    const approved = await waitFor(
      'the request in fulfilment',
      async () => {
        const res = await api<{
          status: string;
          approvals: { step: number; decision: string; decidedBy: string }[];
        }>('GET', `/api/service-requests/${number}`, { as: 'service-desk' });
        return res.body.status === 'in_fulfilment' ? res.body : undefined;
      },
      30_000,
    );
    expect(approved.approvals.map((a) => [a.step, a.decision, a.decidedBy])).to.deep.equal([
      [1, 'approve', 'service-owner'],
      [2, 'approve', 'security-officer'],
    ]);
  });

  it('is fulfilled by the item’s group and confirmed by the requester, and reads in zh-CN and English', async () => {
    // given: the network group fulfils it
    const resolver = await signedInPage('resolver-l2');
    await openTaskFromRecord(resolver, '履行');
    await resolver.fill('textarea[id$="-Field_ActionsTaken"]', '已开通 VPN 账号');
    await resolver.locator('[id$="-Field_Fulfilled"]').check();
    await complete(resolver);

    // when: the requester confirms
    const contact = await signedInPage('customer-contact');
    await openTaskFromRecord(contact, '确认');
    await contact.locator('[id$="-Field_Confirmed"]').check();
    await complete(contact);

    // then: closed, read in zh-CN …
    const reader = await signedInPage('customer-contact');
    await reader.goto(`${testContext().platform.url}/#/records/service-request/${number}`);
    await waitFor(
      'the request closed on its page',
      async () => {
        await reader.reload();
        await reader.locator('.record-page, .notice').first().waitFor();
        return (await reader.locator('.record-status').textContent()) === '已关闭' || undefined;
      },
      30_000,
    ).catch(async (err: Error) => {
      const shown = await reader.locator('body').innerText();
      throw new Error(`${err.message}: the page shows ${shown.slice(0, 600)}`, { cause: err });
    });
    const sentences = await reader.locator('.history li .history-text').allTextContents();
    expect(
      sentences.some((s) => s.includes('批准')),
      sentences.join('\n'),
    ).to.equal(true);
    expect(await reader.locator('.record-facts dd[data-field=title]').textContent()).to.equal(
      title,
    );
    expect(await reader.locator('.record-facts dd[data-field=itemId]').textContent()).to.equal(
      'REQ-VPN-ACCESS VPN 访问权限',
    );

    // … and in English
    await reader.selectOption('#language', 'en');
    await reader.locator('.record-status', { hasText: 'Closed' }).waitFor();
    expect(await reader.locator('.record-facts dt').allTextContents()).to.include.members([
      'Title',
      'Catalogue item',
    ]);
    expect(await reader.locator('.record-facts dd[data-field=itemId]').textContent()).to.equal(
      'REQ-VPN-ACCESS VPN access',
    );
    const english = await reader.locator('.history li .history-text').allTextContents();
    expect(
      english.some((s) => s.includes('approved at approval step 2')),
      english.join('\n'),
    ).to.equal(true);
    expect(refused, refused.join('\n')).to.deep.equal([]);
    await reader.close();
  });
});
