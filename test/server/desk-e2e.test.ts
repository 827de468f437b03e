/**
 * The whole loop in a real browser against the real server (a child
 * process): a resident sends two comments through <kpss-feedback-form> on the
 * demo page; the coordinator signs in at /admin with the keyboard, settles one
 * as accepted and one as rejected with reasons (saved as they go), exports the
 * CSV; <kpss-settlement> on the demo page then shows both with their reasons
 * and without the residents' names or e-mails. Every desk page is checked
 * with axe; no URL and no log line holds the token or the session.
 *
 * Needs the built widgets (dist/): scripts/test.sh builds them before the
 * server tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, launchChromium, stopServer } from './browser.js';
import { TOKEN, openDemoData, startServer, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const RESIDENTS = [
  { section: '1.1', message: 'Pečovatelská služba by měla jezdit i o víkendech do Běšin.', name: 'Božena Rezidentová', email: 'bozena.rezidentova@example.cz' },
  { section: '', message: 'Chybí denní stacionář pro lidi s demencí v Nýrsku.', name: 'Václav Občan', email: 'vaclav.obcan@example.cz' },
];
const REASONS = ['Zapracováno do opatření 1.1: víkendové služby od roku 2027.', 'Stacionář v Nýrsku plán nepředpokládá; kapacita v Klatovech stačí.'];

/** The demo page with the region file's commenting period open (the server reads the same file from KPSS_DATA_DIR). */
async function demoPage(context: BrowserContext, base: string, region: string): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/demo/data/klatovsko.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: region }));
  await page.goto(`${base}/demo/index.html`);
  return page;
}

test('a resident comments, the coordinator settles and exports, the town page shows the settlement', { timeout: 150_000 }, async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'kpss-widgets.js')), 'dist/ is missing: build it first (npm run build)');
  const tmp = tempDir('kpss-desk-e2e-');
  const { dataDir, klatovsko } = openDemoData(tmp.dir);
  const region = JSON.stringify(klatovsko);

  const server = await startServer({ KPSS_DB: join(tmp.dir, 'kpss.db'), KPSS_DATA_DIR: dataDir, KPSS_ADMIN_TOKEN: TOKEN });
  let browser: Browser | undefined;
  const urls: string[] = [];
  /** The token, the session id and the CSRF token. */
  const secrets: string[] = [TOKEN];
  try {
    browser = await launchChromium();

    // ── 1. A resident sends two comments through the form on the demo page ──
    const resident = await browser.newContext({ locale: 'cs-CZ' });
    const home = await demoPage(resident, server.base, region);
    const formEl = home.locator('kpss-feedback-form');
    for (const [i, r] of RESIDENTS.entries()) {
      if (i > 0) await formEl.getByRole('button', { name: 'Napsat další připomínku' }).click();
      await formEl.locator('[name="sectionId"]').selectOption(r.section);
      await formEl.locator('[name="message"]').fill(r.message);
      await formEl.locator('[name="name"]').fill(r.name);
      await formEl.locator('[name="email"]').fill(r.email);
      await formEl.locator('button[type="submit"]').click();
      await formEl.locator('#outcome').filter({ hasText: 'Děkujeme' }).waitFor({ timeout: 15_000 });
    }
    await resident.close();

    // ── 2. The coordinator signs in (keyboard only) ──
    const coordinator = await browser.newContext({ locale: 'cs-CZ' });
    coordinator.on('request', (request) => urls.push(request.url()));
    const desk = await coordinator.newPage();
    const first = await desk.goto(`${server.base}/admin`);
    assert.equal(first!.status(), 401, 'without the cookie: 401 with the sign-in form');
    await axe(desk, 'the sign-in page');
    await desk.locator('#name').focus();
    await desk.keyboard.type('Jana Vlčková');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type(TOKEN);
    await Promise.all([desk.waitForURL(`${server.base}/admin`), desk.keyboard.press('Enter')]);
    await desk.getByRole('heading', { name: 'Přehled plánů a připomínek' }).waitFor();
    const cookies = await coordinator.cookies();
    const session = cookies.find((c) => c.name === '__Host-kpss-desk');
    assert.ok(session, 'the session cookie is set');
    secrets.push(session.value, (await desk.locator('meta[name="kpss-csrf"]').getAttribute('content'))!);
    assert.equal(session.httpOnly, true);
    assert.equal(session.secure, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(await desk.evaluate(() => document.cookie), '', 'scripts cannot read the session');
    await axe(desk, 'the overview');

    // ── 3. Settle: one accepted, one rejected, each with its reason, saved as they go ──
    await desk.getByRole('link', { name: klatovsko.plan.title }).click();
    await desk.getByRole('heading', { name: `Připomínky k plánu: ${klatovsko.plan.title}` }).waitFor();
    assert.equal(await desk.locator('[data-unsettled]').textContent(), '2');
    await axe(desk, 'the table of comments');

    // Comment 1 by keyboard: status with the arrow key, the reason typed, Tab away.
    const row1 = desk.locator('tr#c-1');
    assert.match((await row1.textContent())!, /Pečovatelská služba by měla jezdit/);
    await row1.locator('select[name="status"]').focus();
    await desk.keyboard.press('ArrowDown');
    assert.equal(await row1.locator('select[name="status"]').inputValue(), 'akceptovano');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type(REASONS[0]!);
    await desk.keyboard.press('Tab');
    // Comment 2: rejected; the reason saved by itself a moment after typing stops.
    const row2 = desk.locator('tr#c-2');
    await row2.locator('select[name="status"]').selectOption('neakceptovano');
    await row2.locator('textarea[name="resolution"]').fill(REASONS[1]!);
    await desk.locator('[data-unsettled]').filter({ hasText: /^0$/ }).waitFor({ timeout: 10_000 });
    for (const row of [row1, row2]) await row.locator('[data-saved]').filter({ hasText: 'Uloženo' }).waitFor({ timeout: 10_000 });
    // Wait until the server holds both reasons (the second is saved a moment after typing stops).
    const deadline = Date.now() + 10_000;
    for (;;) {
      const res = await desk.request.get(`${server.base}/api/feedback?region=klatovsko`);
      assert.equal(res.status(), 200, 'the API answers the session cookie');
      const stored = ((await res.json()) as { comments: Array<{ resolution: string | null }> }).comments.map((c) => c.resolution);
      if (stored[0] === REASONS[0] && stored[1] === REASONS[1]) break;
      assert.ok(Date.now() < deadline, `the reasons were not saved: ${JSON.stringify(stored)}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // Saved on the server: a fresh load of the table shows both.
    await desk.reload();
    assert.equal(await row1.locator('select[name="status"]').inputValue(), 'akceptovano');
    assert.equal(await row1.locator('textarea[name="resolution"]').inputValue(), REASONS[0]);
    assert.equal(await row2.locator('select[name="status"]').inputValue(), 'neakceptovano');
    assert.equal(await row2.locator('textarea[name="resolution"]').inputValue(), REASONS[1]);
    assert.equal(await desk.locator('[data-unsettled]').textContent(), '0');

    // ── 4. Export the CSV ──
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('link', { name: /Stáhnout tabulku vypořádání/ }).click()]);
    assert.match(download.suggestedFilename(), /^vyporadani-pripominek-klatovsko/);
    const rows: string[][] = parse(readFileSync((await download.path())!), { bom: true, delimiter: ';' });
    assert.deepEqual(
      rows.slice(1).map((r) => [r[0], r[3], r[5], r[7], r[8], r[9]]),
      [
        ['1', RESIDENTS[0]!.message, RESIDENTS[0]!.name, RESIDENTS[0]!.email, 'akceptováno', REASONS[0]],
        ['2', RESIDENTS[1]!.message, RESIDENTS[1]!.name, RESIDENTS[1]!.email, 'neakceptováno', REASONS[1]],
      ],
    );

    // The other desk pages are accessible too: a comment with its audit log, the erase confirmation, the annex.
    await row1.getByRole('link', { name: /Podrobnosti/ }).click();
    await desk.getByRole('heading', { name: 'Připomínka č. 1' }).waitFor();
    assert.match((await desk.locator('#historie + .scroll table').textContent())!, /Jana Vlčková[\s\S]*nevypořádáno → akceptováno/);
    await axe(desk, 'a comment');
    await desk.getByRole('link', { name: 'Smazat osobní údaje…' }).click();
    await desk.getByRole('heading', { name: /Smazat osobní údaje u připomínky č\. 1\?/ }).waitFor();
    await axe(desk, 'the erase confirmation');
    await desk.getByRole('link', { name: 'Ne, zpět na připomínku' }).click();
    // Without SMTP configured the mails wait, and the desk says so: two confirmations, two notices.
    await desk.goto(`${server.base}/admin`);
    await desk.getByRole('link', { name: 'E-maily obyvatelům' }).click();
    await desk.getByRole('heading', { name: 'E-maily obyvatelům' }).waitFor();
    assert.match((await desk.locator('main').textContent())!, /Odesílání e-mailů není nastavené[\s\S]*Čeká na odeslání \(4\)/);
    await axe(desk, 'the mails to residents');
    await desk.goto(`${server.base}/admin/plan/annex?region=klatovsko&plan=${klatovsko.plan.id}`);
    await axe(desk, 'the printable annex');
    await desk.emulateMedia({ media: 'print' });
    await axe(desk, 'the printable annex, printed');
    assert.doesNotMatch((await desk.locator('main').textContent())!, /Božena|Václav|@example\.cz/);
    await coordinator.close();

    // ── 5. The town page shows the settlement, without names or e-mails ──
    const later = await browser.newContext({ locale: 'cs-CZ' });
    const town = await demoPage(later, server.base, region);
    await town.waitForFunction(() => customElements.get('kpss-settlement') !== undefined, null, { timeout: 10_000 }).catch(() => {
      assert.fail('<kpss-settlement> is not defined by dist/kpss-widgets.js: dist/ is older than the sources (npm run build)');
    });
    const settlement = town.locator('kpss-settlement');
    await settlement.locator('.item').first().waitFor({ timeout: 15_000 });
    const text = (await settlement.locator('section.settlement').textContent())!.replace(/\s+/g, ' ');
    for (const expected of [RESIDENTS[0]!.message, RESIDENTS[1]!.message, REASONS[0]!, REASONS[1]!, 'Přijato', 'Nepřijato', 'Vypořádány 2 připomínky.']) {
      assert.ok(text.includes(expected), `the settlement shows ${expected}`);
    }
    const markup = await settlement.evaluate((el) => el.shadowRoot!.innerHTML);
    for (const r of RESIDENTS) {
      for (const secret of [r.name, r.email, r.name.split(' ')[1]!]) assert.ok(!markup.includes(secret), `the settlement must not show ${secret}`);
    }
    await axe(town, 'the settlement on the town page', 'kpss-settlement');
    await later.close();
  } finally {
    await browser?.close();
    await stopServer(server);
    tmp.cleanup();
  }

  // ── 6. Neither the token nor the session in any URL or log line ──
  const log = server.output();
  assert.ok(log.includes('"path":"/admin/sign-in"'), 'the log has the sign-in request');
  assert.equal(secrets.length, 3, 'the session and the CSRF token were seen');
  for (const secret of secrets) {
    assert.ok(!log.includes(secret), 'no token, session or CSRF token in the log');
    for (const url of urls) assert.ok(!url.includes(secret), `a URL holds a secret: ${url}`);
  }
  assert.ok(urls.length > 10, 'the URLs were recorded');
  for (const r of RESIDENTS) assert.ok(!log.includes(r.email) && !log.includes(r.name), 'no personal data in the log');
});
