/**
 * The desk in real Chromium against the real server (a child process on a
 * loopback port, a real SQLite file): reflow at 320 and 390 CSS px on every
 * page (the form for a comment from paper too), the sign-in error on its field, the status select saved only on a
 * confirmed change, the warning before the idle expiry, and a reason typed
 * after the expiry kept across signing in again.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, stopServer } from './browser.js';
import { TOKEN, openDemoData, startServer, tempDir, type ChildServer, type TempDir } from './helpers.js';

const LONG_EMAIL = 'velmi.dlouha.adresa.elektronicke.posty.koordinatorky@obec-s-opravdu-dlouhym-nazvem.example.cz';
const LONG_URL = 'https://www.klatovy.example/dokumenty/komunitni-plan/2026/priloha-c-3-seznam-poskytovatelu-socialnich-sluzeb-v-regionu.pdf';

let tmp: TempDir;
let server: ChildServer;
let browser: Browser;
let dbPath: string;
let plan: { id: string; title: string };
const ids: string[] = [];

before(async () => {
  tmp = tempDir('kpss-desk-browser-');
  const { dataDir, klatovsko } = openDemoData(tmp.dir);
  plan = klatovsko.plan;
  dbPath = join(tmp.dir, 'kpss.db');
  server = await startServer({ KPSS_DB: dbPath, KPSS_DATA_DIR: dataDir, KPSS_ADMIN_TOKEN: TOKEN });
  for (const [i, section] of ['1.1', '', '1.1'].entries()) {
    const id = randomUUID();
    const res = await fetch(`${server.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        region: 'klatovsko',
        planId: plan.id,
        sectionId: section || null,
        message: `Připomínka ${i + 1}: podrobnosti jsou v dokumentu ${LONG_URL} a v příloze.`,
        proposal: `Doplnit odkaz ${LONG_URL}`,
        name: 'Bohumila Dlouhojmenná-Nejdelšíjmenná',
        organization: 'Sdružení pečujících o blízké na Klatovsku a Sušicku, z. s.',
        email: LONG_EMAIL,
        website: '',
      }),
    });
    assert.equal(res.status, 201, await res.text());
    ids.push(id);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  tmp?.cleanup();
});

async function signedIn(context: BrowserContext, path = '/admin'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.base}${path}`);
  await page.locator('#name').fill('Jana Vlčková');
  await page.locator('#token').fill(TOKEN);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('/sign-in')), page.locator('button[type="submit"]', { hasText: 'Přihlásit se' }).click()]);
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.scroll'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });

test('every desk page reflows at 320 and 390 CSS px: no horizontal scrolling of the page', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ', viewport: { width: 1280, height: 900 } });
  const signedOut = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const signInPage = await signedOut.newPage();
    const page = await signedIn(context);
    const planUrl = `/admin/plan?region=klatovsko&plan=${encodeURIComponent(plan.id)}`;
    const pages: Array<[string, Page, string]> = [
      ['the sign-in page', signInPage, '/admin'],
      ['the overview', page, '/admin'],
      ['the comments of a plan', page, planUrl],
      ['the comments of a plan, filtered', page, `${planUrl}&section=1.1&status=nevyporadane`],
      ['a comment', page, `/admin/comment/${ids[0]}`],
      ['the erase confirmation', page, `/admin/comment/${ids[0]}/erase`],
      ['the printable annex', page, `/admin/plan/annex?region=klatovsko&plan=${encodeURIComponent(plan.id)}`],
      ['the form for a comment from paper', page, `/admin/plan/enter?region=klatovsko&plan=${encodeURIComponent(plan.id)}`],
      ['the survey results', page, '/admin/survey?region=klatovsko&survey=anketa-klatovsko-2026'],
      ['the mails to residents', page, '/admin/mail'],
    ];
    const problems: string[] = [];
    for (const width of [320, 390]) {
      for (const [what, p, path] of pages) {
        await p.setViewportSize({ width, height: 800 });
        const res = await p.goto(`${server.base}${path}`);
        if (res!.status() !== (what === 'the sign-in page' ? 401 : 200)) problems.push(`${what} at ${path}: HTTP ${res!.status()}`);
        const o = await overflow(p);
        if (o.scrollWidth > o.clientWidth) problems.push(`${what} at ${width} px: ${o.scrollWidth} > ${o.clientWidth} (${o.wide.join(', ')})`);
      }
    }
    assert.deepEqual(problems, []);
    // A table scrolls inside its own labelled box, which the keyboard can reach.
    await page.goto(`${server.base}${planUrl}`);
    const region = page.locator('.scroll').first();
    assert.equal(await region.getAttribute('tabindex'), '0');
    assert.equal(await region.getAttribute('role'), 'region');
    assert.ok(await region.getAttribute('aria-labelledby') || await region.getAttribute('aria-label'), 'the scrolling region has a name');
  } finally {
    await signedOut.close();
    await context.close();
  }
});

test('a failed sign-in puts the focus on the key field, marked invalid and described by the error', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}/admin`);
    await page.locator('#name').fill('Jana Vlčková');
    await page.locator('#token').fill('wrong-token-0123456789-wrong');
    await Promise.all([page.waitForURL(/\/admin\/sign-in$/), page.keyboard.press('Enter')]);
    const state = await page.evaluate(() => {
      const field = document.getElementById('token')!;
      const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      return { focused: document.activeElement?.id || document.activeElement?.tagName, invalid: field.getAttribute('aria-invalid'), described };
    });
    assert.equal(state.focused, 'token', 'the focus is on the key field');
    assert.equal(state.invalid, 'true');
    assert.match(state.described, /Přístupový klíč nesouhlasí/);
  } finally {
    await context.close();
  }
});

test('ArrowDown on the closed status select saves nothing; the chosen status is saved once, on leaving the select', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await signedIn(context, `/admin/comment/${ids[1]}`);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/settle')) posts.push(r.postData() ?? '');
    });
    const select = page.locator('select[name="status"]');
    await select.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    assert.notEqual(await select.inputValue(), '', 'the arrows changed the value');
    await page.waitForTimeout(2500);
    assert.deepEqual(posts, [], 'nothing is saved while the keyboard passes through the options');
    const chosen = await select.inputValue();
    await page.keyboard.press('Tab');
    await page.locator('[data-saved]').filter({ hasText: 'Uloženo' }).waitFor({ timeout: 10_000 });
    assert.equal(posts.length, 1, `saved once: ${posts.join(' | ')}`);
    assert.equal(JSON.parse(posts[0]!).status, chosen);
    await page.reload();
    assert.equal(await select.inputValue(), chosen);
    assert.equal(await page.locator('#historie + .scroll table tbody tr, #historie + table tbody tr').count(), 1, 'one change in the audit log');
  } finally {
    await context.close();
  }
});

/** Moves the session's last use back (the real SQLite file), as if the coordinator had been away. */
function idleFor(ms: number): void {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE desk_sessions SET last_seen_at = ?').run(new Date(Date.now() - ms).toISOString());
  } finally {
    db.close();
  }
}

test('5 minutes before the idle expiry a live message warns; its button keeps the session', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await signedIn(context);
    await page.clock.install();
    await page.goto(`${server.base}/admin/comment/${ids[2]}`);
    const warning = page.locator('[data-expiry]');
    assert.equal(await warning.isVisible(), false, 'no warning at first');
    await page.clock.fastForward('01:54:00');
    assert.equal(await warning.isVisible(), false, 'no warning 6 minutes before');
    await page.clock.fastForward('02:00');
    await warning.waitFor({ state: 'visible' });
    assert.match((await warning.textContent())!, /vyprší/);
    assert.ok(['alert', 'status'].includes((await page.locator('[data-expiry-live]').getAttribute('role'))!), 'a live message');
    idleFor(115 * 60_000);
    await page.getByRole('button', { name: /Zůstat přihlášen/ }).click();
    await warning.waitFor({ state: 'hidden' });
    const db = new Database(dbPath, { readonly: true });
    const seen = (db.prepare('SELECT max(last_seen_at) AS at FROM desk_sessions').get() as { at: string }).at;
    db.close();
    assert.ok(Date.now() - Date.parse(seen) < 60_000, `the session was extended: last use ${seen}`);
  } finally {
    await context.close();
  }
});

test('a reason typed after the expiry is kept: the save leads to signing in, and back to the comment with the reason and status', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  try {
    const page = await signedIn(context, `/admin/comment/${ids[2]}`);
    const reason = 'Zapracováno: víkendová služba od roku 2027 (psáno po vypršení přihlášení).';
    idleFor(3 * 60 * 60_000);
    await page.locator('select[name="status"]').selectOption('akceptovano');
    await page.locator('textarea[name="resolution"]').fill(reason);
    await page.getByRole('button', { name: /^Uložit/ }).first().click();
    await page.locator('[data-saved]').filter({ hasText: /přihlášení vypršelo/i }).waitFor({ timeout: 10_000 });
    await Promise.all([page.waitForURL(/\/admin/), page.getByRole('link', { name: /Přihlásit se znovu/ }).click()]);
    await page.locator('#name').fill('Jana Vlčková');
    await page.locator('#token').fill(TOKEN);
    await Promise.all([page.waitForURL(new RegExp(`/admin/comment/${ids[2]}`)), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('textarea[name="resolution"]').inputValue(), reason, 'the typed reason is back');
    assert.equal(await page.locator('select[name="status"]').inputValue(), 'akceptovano', 'the chosen status is back');
  } finally {
    await context.close();
  }
});
