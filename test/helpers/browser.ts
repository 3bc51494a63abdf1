/**
 * The browser of the UI tests: Debian's Chromium driven by playwright-core (which downloads
 * no browser), with the Noto CJK fonts so zh-CN text renders in screenshots. What is missing
 * is installed with apt-get when the tests run as root (as CI does); otherwise the tests stop
 * and say what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEV_PASSWORD, testContext } from './test-platform.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian packages the browser tests need, with a file that shows each is installed. */
const PACKAGES = [
  { name: 'chromium', file: CHROMIUM_PATH },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
];

/** Installs Chromium and the CJK fonts when missing (root only). */
export function ensureChromium(): void {
  const missing = PACKAGES.filter((p) => !existsSync(p.file)).map((p) => p.name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The browser tests need ${missing.join(' and ')} (Chromium at ${CHROMIUM_PATH}): install with ` +
        `"sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}" (Debian/Ubuntu), then run the tests again`,
    );
  }
  process.stderr.write(`Installing ${missing.join(', ')} with apt-get (once)…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} is still missing`);
}

/** Launches headless Chromium (installing it first when needed). */
export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
}

/**
 * The layout check run in the page, as source text: tsx compiles test code with esbuild's
 * keepNames, whose `__name` helper does not exist inside the page.
 */
const LAYOUT_CHECK = `(() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth)
    problems.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);
  const describe = (el) => {
    const name = el.getAttribute('name');
    const text = (el.textContent || '').trim().slice(0, 30);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (name ? '[name=' + name + ']' : '') + (text ? ' "' + text + '"' : '');
  };
  const controls = Array.from(document.querySelectorAll('button, input, select, textarea'))
    .filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' &&
        Number(style.opacity) > 0 && box.width > 1 && box.height > 1;
    })
    .map((el) => ({ el, box: el.getBoundingClientRect() }));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i];
      const b = controls[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (overlapX > 1 && overlapY > 1) problems.push(describe(a.el) + ' overlaps ' + describe(b.el));
    }
  }
  return problems;
})()`;

/**
 * Layout problems of the page as shown: sideways scrolling (`scrollWidth > innerWidth`) and
 * visible controls (buttons, inputs, selects, text areas) whose boxes overlap.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LAYOUT_CHECK);
}

/**
 * A new page (desktop size, zh-CN) with `username` signed in, at their inbox. What the content
 * security policy refuses and page errors are pushed to `refused`, for the test to assert.
 */
export async function signIn(
  browser: Browser,
  username: string,
  refused: string[],
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (err) => refused.push(`page error: ${err.message}`));
  await page.goto(`${testContext().platform.url}/#/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEV_PASSWORD);
  await page.click('button[type=submit]');
  // The inbox goes on to the user's first queue (or their tasks) once it has read them: wait
  // for that, so a test's next navigation is not overtaken by it.
  await page.waitForURL(/#\/inbox\/(queue\/|mine)/);
  await page.locator('.app-nav').waitFor();
  return page;
}

/** Chooses an option of a form-js select (the field with that component id). */
export async function chooseOption(
  page: Page,
  componentId: string,
  option: string | RegExp,
): Promise<void> {
  const field = page
    .locator('.fjs-form-field')
    .filter({ has: page.locator(`[id$="-${componentId}"]`) });
  await field.locator('.fjs-input-group').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}
