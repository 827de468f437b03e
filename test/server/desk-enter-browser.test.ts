/**
 * A desk test enters a paper comment by keyboard and finds it in the CSV:
 * the real server (a child process, a real SQLite file) and headless
 * Chromium. Sign in, go from the overview to the plan and on to the form,
 * fill it with Tab, typing and the arrow keys only, save with Enter, meet
 * the error state (the focus on the first wrong field, everything typed
 * still there), correct it, land on the comment with its number and code,
 * and find it in the CSV with its channel. axe on the form and on the error
 * state; the form reflows at 320 CSS px.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { axe, launchChromium, stopServer } from './browser.js';
import { TOKEN, openDemoData, startServer, tempDir, type ChildServer, type TempDir } from './helpers.js';
import { receiptOf } from '../../src/data/uuid.js';

const MESSAGE = 'Dopis paní Dvořákové: v Chudenicích chybí pečovatelská služba o víkendech; prosím doplnit.';
const PROPOSAL = 'Doplnit Chudenice do opatření 1.1.';

let tmp: TempDir;
let server: ChildServer;
let browser: Browser;
let plan: { id: string; title: string };

before(async () => {
  tmp = tempDir('kpss-desk-enter-');
  const { dataDir, klatovsko } = openDemoData(tmp.dir);
  plan = klatovsko.plan;
  server = await startServer({ KPSS_DB: join(tmp.dir, 'kpss.db'), KPSS_DATA_DIR: dataDir, KPSS_ADMIN_TOKEN: TOKEN });
  // One comment from the web form first: the paper one takes the next number of the same sequence.
  const res = await fetch(`${server.base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: randomUUID(), region: 'klatovsko', planId: plan.id, sectionId: null, message: 'Z webu: obecně dobrý plán.', website: '' }),
  });
  assert.equal(res.status, 201, await res.text());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  tmp?.cleanup();
});

/** Tab (at most `max` times) until the focus is on the element `selector`. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * A past date whose day and month are the same number (11. 11., 12. 12.):
 * typed into a date field it comes out right whether the browser orders the
 * field day–month–year (cs) or month–day–year (the headless default).
 */
function pastDayLikeMonth(): string {
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 24 * 3_600_000));
  const year = Number(yesterday.slice(0, 4));
  for (const y of [year, year - 1]) {
    for (let n = 12; n >= 1; n--) {
      const date = `${y}-${String(n).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
      if (date <= yesterday) return date;
    }
  }
  throw new Error('unreachable');
}

test('a desk test enters a paper comment by keyboard and finds it in the CSV', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();

    // ── sign in, by keyboard ──
    await page.goto(`${server.base}/admin`);
    await tabTo(page, '#name');
    await page.keyboard.type('Jana Vlčková');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TOKEN);
    await Promise.all([page.waitForURL((u) => u.pathname === '/admin'), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { name: 'Přehled plánů a připomínek' }).waitFor();

    // ── from the overview to the plan, and from the plan page to the form ──
    await tabTo(page, `a[href="/admin/plan?region=klatovsko&plan=${plan.id}"]`);
    await Promise.all([page.waitForURL(/\/admin\/plan\?/), page.keyboard.press('Enter')]);
    await tabTo(page, 'ul.actions a[href^="/admin/plan/enter?"]');
    await Promise.all([page.waitForURL(/\/admin\/plan\/enter\?/), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { name: 'Zapsat připomínku z papíru, e-mailu nebo setkání' }).waitFor();
    await axe(page, 'the form for a comment from paper');

    // ── the form, by keyboard: the channel with the arrow keys ──
    await tabTo(page, '#enter-channel-paper');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#enter-channel-email').isChecked(), true, 'ArrowDown moves to E-mailem');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#enter-channel-paper').isChecked(), true, 'ArrowUp back to Na papíře');

    // The date received: typed into the date field's day, month and year.
    const received = pastDayLikeMonth();
    const [y, m, d] = received.split('-') as [string, string, string];
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'enter-received');
    assert.equal(await page.locator('#enter-received').inputValue(), (await page.locator('#enter-received').getAttribute('max'))!, 'today by default');
    await page.keyboard.type(`${d}${m}${y}`);
    assert.equal(await page.locator('#enter-received').inputValue(), received);

    // The measure 1.1: the arrow keys on the closed select (whole plan → 1 → 1.1).
    // (Tab may stop once more inside the date field, at its calendar button.)
    await tabTo(page, '#enter-section', 3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#enter-section').inputValue(), '1.1');

    // The text left out on purpose, and a wrong e-mail: the error state.
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'enter-message');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'enter-proposal');
    await page.keyboard.type(PROPOSAL);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Věra Dvořáková');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Klub seniorů Chudenice');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'enter-email');
    await page.keyboard.type('vera.dvorakova@example');
    await Promise.all([page.waitForURL((u) => u.pathname === '/admin/plan/enter'), page.keyboard.press('Enter')]);

    // ── the error state: messages by the fields, the focus on the first, nothing lost ──
    await page.locator('#enter-errors').waitFor();
    assert.match(await page.title(), /^Chyba: /);
    assert.equal(await focusedId(page), 'enter-message', 'the focus is on the first wrong field');
    assert.equal(await page.locator('#enter-message').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#enter-message-error').textContent() ?? '', /Napište text připomínky/);
    assert.match(await page.locator('#enter-email-error').textContent() ?? '', /E-mailová adresa nevypadá správně/);
    assert.equal(await page.locator('#enter-channel-paper').isChecked(), true);
    assert.equal(await page.locator('#enter-received').inputValue(), received);
    assert.equal(await page.locator('#enter-section').inputValue(), '1.1');
    assert.equal(await page.locator('#enter-proposal').inputValue(), PROPOSAL);
    assert.equal(await page.locator('#enter-name').inputValue(), 'Věra Dvořáková');
    assert.equal(await page.locator('#enter-organization').inputValue(), 'Klub seniorů Chudenice');
    assert.equal(await page.locator('#enter-email').inputValue(), 'vera.dvorakova@example');
    await axe(page, 'the form with errors');

    // ── corrected by keyboard, saved with Enter ──
    await page.keyboard.type(MESSAGE);
    await tabTo(page, '#enter-email', 6);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('vera.dvorakova@example.cz');
    await Promise.all([page.waitForURL(/\/admin\/comment\/[0-9a-f-]{36}\?ulozeno=zapsano$/), page.keyboard.press('Enter')]);

    // ── the comment's page: its number and the code for the writer ──
    const id = /\/admin\/comment\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByRole('heading', { name: 'Připomínka č. 2' }).waitFor();
    assert.equal((await page.getByRole('status').filter({ hasText: 'Zapsáno' }).textContent())?.trim(), `Zapsáno jako připomínka č. 2. Kód pro pisatele: ${receiptOf(id)}`);
    const day = `${Number(d)}. ${Number(m)}. ${y}`;
    assert.equal(await page.locator('dt:text-is("Podáno") + dd').textContent(), `na papíře, ${day}, zapsal/a Jana Vlčková`);

    // ── the CSV: the comment with its channel and text ──
    const res = await fetch(`${server.base}/api/feedback.csv?region=klatovsko&plan=${encodeURIComponent(plan.id)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    const rows: string[][] = parse(Buffer.from(await res.arrayBuffer()), { bom: true, delimiter: ';' });
    // The channel's column is the eleventh ("Odstavec" came after it).
    assert.equal(rows[0]![10], 'Způsob podání');
    assert.equal(rows.length, 3, 'the web comment and the paper one');
    const row = rows.find((r) => r[0] === '2')!;
    assert.ok(row, 'comment 2 is in the CSV');
    assert.equal(row[3], MESSAGE);
    assert.equal(row[4], PROPOSAL);
    assert.equal(row[5], 'Věra Dvořáková');
    assert.equal(row[7], 'vera.dvorakova@example.cz');
    assert.match(row[2]!, /^1\.1 /);
    assert.equal(row[1], `${received} 12:00:00`);
    assert.equal(row[10], 'na papíře');
    assert.equal(rows.find((r) => r[0] === '1')![10], 'webovým formulářem');

    // ── small screens: the form reflows at 320 CSS px ──
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.base}/admin/plan/enter?region=klatovsko&plan=${encodeURIComponent(plan.id)}`);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(width.scroll <= width.client, `no sideways scrolling at 320 px: ${width.scroll} > ${width.client}`);
  } finally {
    await context.close();
  }
});
