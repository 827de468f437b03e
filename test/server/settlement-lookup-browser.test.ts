/**
 * "Najít moji připomínku" end to end: the real server (a child process on a
 * loopback port, a real SQLite file) with two comments, one of them settled
 * by the coordinator's token; the demo page in headless Chromium with the
 * built widgets (dist/). A resident types each receipt by keyboard: the
 * settled one is found with its outcome and a link to its row, the new one
 * is "not yet settled" with the promised date, and axe finds nothing in
 * any state; a link with `?kpss-receipt=` (as in the mail) finds it at once.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launchChromium, stopServer } from './browser.js';
import { TOKEN, openDemoData, startServer, tempDir, type ChildServer, type TempDir } from './helpers.js';
import { receiptOf } from '../../src/data/uuid.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let tmp: TempDir;
let server: ChildServer;
let browser: Browser;
let region: string;
const ids: string[] = [];

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'kpss-widgets.js')), 'dist/ is missing: build it first (npm run build)');
  tmp = tempDir('kpss-lookup-browser-');
  // The settlement promised for a day that stays in the future.
  const { dataDir, klatovsko } = openDemoData(tmp.dir, (k) => (k.plan.settlementBy = '2099-01-31'));
  region = JSON.stringify(klatovsko);
  server = await startServer({ KPSS_DB: join(tmp.dir, 'kpss.db'), KPSS_DATA_DIR: dataDir, KPSS_ADMIN_TOKEN: TOKEN });
  for (const message of ['Pečovatelská služba by měla jezdit i o víkendech do Běšin.', 'Chybí denní stacionář pro lidi s demencí v Nýrsku.']) {
    const id = randomUUID();
    const res = await fetch(`${server.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, region: 'klatovsko', planId: klatovsko.plan.id, sectionId: '1.1', message, name: 'Božena Rezidentová', email: 'bozena@example.cz', website: '' }),
    });
    assert.equal(res.status, 201, await res.text());
    ids.push(id);
  }
  const settled = await fetch(`${server.base}/api/feedback/${ids[0]}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1: víkendové služby od roku 2027.' }),
  });
  assert.equal(settled.status, 200, await settled.text());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  tmp?.cleanup();
});

/** The demo page (with the region file the server reads: the commenting period open), at `query`. */
async function demoPage(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/demo/data/klatovsko.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: region }));
  await page.goto(`${server.base}/demo/index.html${query}`);
  await page.waitForFunction(() => customElements.get('kpss-settlement') !== undefined, null, { timeout: 10_000 }).catch(() => {
    assert.fail('<kpss-settlement> is not defined by dist/kpss-widgets.js: dist/ is older than the sources (npm run build)');
  });
  await page.locator('kpss-settlement .item').first().waitFor({ timeout: 15_000 });
  return page;
}

const answerOf = (page: Page) => page.locator('kpss-settlement #lookup-result');
const focusedInWidget = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('kpss-settlement')!.shadowRoot!.activeElement;
    return active ? `${active.localName}${active.id ? `#${active.id}` : ''}[${active.getAttribute('aria-labelledby') ?? ''}]` : null;
  });

/** Into the field by keyboard: everything in it selected and replaced, then Enter. */
async function typeCode(page: Page, code: string): Promise<void> {
  await page.locator('kpss-settlement #receipt').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

test('the receipt look-up finds a settled comment and says "not yet settled" for a new one, with axe clean', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await demoPage(context);
    await axe(page, 'the settlement with the look-up box', 'kpss-settlement');

    // The settled comment, its code as the form showed it.
    await typeCode(page, receiptOf(ids[0]!));
    await answerOf(page).filter({ hasText: 'Připomínka č. 1: Přijato' }).waitFor({ timeout: 10_000 });
    const settled = (await answerOf(page).textContent())!.replace(/\s+/g, ' ');
    assert.match(settled, /Připomínka č\. 1: Přijato – připomínku jsme do plánu zapracovali\./);
    assert.match(settled, /Odůvodnění: Zapracováno do opatření 1\.1: víkendové služby od roku 2027\./);
    assert.doesNotMatch(await page.locator('kpss-settlement').evaluate((el) => el.shadowRoot!.innerHTML), /Božena|bozena@example\.cz/);
    await axe(page, 'the look-up: a settled comment', 'kpss-settlement');
    // The link to its row, by keyboard: the focus moves to the row.
    await page.locator('kpss-settlement #lookup-result a.to-item').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('kpss-settlement')!.shadowRoot!.activeElement?.localName === 'article');
    assert.equal(await focusedInWidget(page), 'article[c-1]');

    // The new comment, typed in lower case without the dash: received, not settled yet, and by when.
    await typeCode(page, receiptOf(ids[1]!).toLowerCase().replace('-', ''));
    await answerOf(page).filter({ hasText: 'Připomínku č. 2 jsme přijali.' }).waitFor({ timeout: 10_000 });
    assert.equal(
      (await answerOf(page).textContent())!.replace(/\s+/g, ' ').trim(),
      'Připomínku č. 2 jsme přijali. Zatím není vypořádaná. Vypořádání zveřejníme do 31. ledna 2099.',
    );
    await axe(page, 'the look-up: not yet settled', 'kpss-settlement');

    // A code cut short: an error on the field before any request, the text kept; a code nobody has: not found.
    await typeCode(page, '3F0C-2A8');
    await page.locator('kpss-settlement #receipt-error').filter({ hasText: 'Kód má 8 znaků' }).waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('kpss-settlement #receipt').inputValue(), '3F0C-2A8');
    assert.equal(await page.locator('kpss-settlement #receipt').getAttribute('aria-invalid'), 'true');
    await axe(page, 'the look-up: a malformed code', 'kpss-settlement');
    const unknown = ['0000-0000', '0000-0001'].find((c) => !ids.some((id) => receiptOf(id) === c))!;
    await typeCode(page, unknown);
    await answerOf(page).filter({ hasText: `Připomínku s kódem ${unknown} jsme u tohoto plánu nenašli.` }).waitFor({ timeout: 10_000 });
    await axe(page, 'the look-up: not found', 'kpss-settlement');

    // On a 320 px phone nothing of the widget reaches past the screen.
    await page.setViewportSize({ width: 320, height: 720 });
    const wide = await page.locator('kpss-settlement').evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('.lookup, .lookup *')].filter((n) => n.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((n) => n.localName),
    );
    assert.deepEqual(wide, []);
  } finally {
    await context.close();
  }
});

test('a link with ?kpss-receipt= (as in the mail to the resident) fills the field, finds the comment and puts the focus on the answer', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await demoPage(context, `?kpss-receipt=${receiptOf(ids[1]!)}`);
    await answerOf(page).filter({ hasText: 'Připomínku č. 2 jsme přijali.' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('kpss-settlement #receipt').inputValue(), receiptOf(ids[1]!));
    await page.waitForFunction(() => document.querySelector('kpss-settlement')!.shadowRoot!.activeElement?.id === 'lookup-result');
    await axe(page, 'the look-up from the address', 'kpss-settlement');
    const settled = await demoPage(context, `?kpss-receipt=${receiptOf(ids[0]!).toLowerCase()}`);
    await answerOf(settled).filter({ hasText: 'Připomínka č. 1: Přijato' }).waitFor({ timeout: 10_000 });
  } finally {
    await context.close();
  }
});
