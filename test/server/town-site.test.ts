/**
 * A town's own site, as a webmaster sets it up: the real server on one
 * origin (its public URL), a plain static "town site" on another (its own
 * server, no CORS of its own) holding only the snippets the configurator
 * produced. In a real browser: the catalogue, the meetings, the form and the
 * settlement render; a comment sent from the town page is stored (read back
 * through the admin API) and shows in the settlement once settled.
 *
 * Then the wrong setups a webmaster runs into: a town site missing from
 * KPSS_ORIGINS, a region file copied to the town's server with its relative
 * endpoint (the town's server answers 501), and a region URL that answers
 * 404. Each says so in plain Czech; a comment that cannot be delivered is
 * never called saved, and its text stays.
 *
 * Needs the built widgets (dist/): scripts/test.sh builds them before the
 * server tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { axe, launchChromium, stopServer } from './browser.js';
import { TOKEN, freePort, startServer, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WIDGETS = ['kpss-catalog', 'kpss-events', 'kpss-feedback-form', 'kpss-settlement'];
const auth = { authorization: `Bearer ${TOKEN}` };

/**
 * The town's web server: GET of the files it holds, 404 for others, and 501
 * for any other method (as many plain web servers answer a POST). No CORS.
 */
function townServer(files: Map<string, { type: string; body: string }>): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://town').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(501, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>501 Not Implemented</h1>');
      return;
    }
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Stránka nenalezena</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
}

function townPage(title: string, body: string): { type: string; body: string } {
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="cs"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1>\n${body}\n</main></body></html>`,
  };
}


/** Types a comment into the form on the page and sends it. */
async function sendComment(page: Page, message: string): Promise<void> {
  const form = page.locator('kpss-feedback-form');
  await form.locator('[name="message"]').fill(message);
  await form.locator('button[type="submit"]').click();
}

/** The permanent-failure box: not delivered, the coordinator named with phone and e-mail, the text kept, nothing "saved". */
async function assertNotDelivered(page: Page, message: string, coordinator: { name: string; email: string; phone: string }, why: RegExp): Promise<void> {
  const form = page.locator('kpss-feedback-form');
  const box = form.locator('#server-error');
  await box.waitFor({ timeout: 15_000 });
  const text = (await box.textContent())!.replace(/\s+/g, ' ');
  assert.match(text, /Připomínku se nepodařilo doručit/);
  assert.match(text, why);
  assert.ok(text.includes(coordinator.name) && text.includes(coordinator.email) && text.includes(coordinator.phone), `the coordinator's contact: ${text}`);
  const mailto = await box.locator('a.button[href^="mailto:"]').getAttribute('href');
  assert.ok(mailto && decodeURIComponent(mailto).includes(message), 'the e-mail link carries the text');
  assert.equal(await form.locator('[name="message"]').inputValue(), message, 'the text stays in the form');
  const all = (await form.evaluate((el) => el.shadowRoot!.textContent ?? '')).replace(/\s+/g, ' ');
  assert.ok(!/odešleme|je uložená/.test(all), `nothing says "saved" or "will be sent": ${all}`);
  assert.equal(await page.evaluate(() => localStorage.getItem('kpss-outbox-v1')), null, 'nothing queued for a retry');
}

test('a town site on its own domain: the configurator snippet works; wrong setups say so', { timeout: 180_000 }, async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'kpss-widgets.js')), 'dist/ is missing: build it first (npm run build)');
  const tmp = tempDir('kpss-town-');
  const dataDir = join(tmp.dir, 'data');
  cpSync(join(ROOT, 'demo', 'data'), dataDir, { recursive: true });
  const klatovsko = JSON.parse(readFileSync(join(dataDir, 'klatovsko.json'), 'utf8'));
  // Open for comments whatever today is; the endpoint stays relative, as the coordinator writes it.
  klatovsko.plan.commenting = { from: '2000-01-01', until: '2999-12-31', endpoint: '/api/feedback' };
  writeFileSync(join(dataDir, 'klatovsko.json'), JSON.stringify(klatovsko));
  const coordinator = klatovsko.region.coordinator;

  // Two town sites (two origins) on one plain server; only the first is in KPSS_ORIGINS.
  const files = new Map<string, { type: string; body: string }>();
  const [townPort, otherPort, serverPort] = [await freePort(), await freePort(), await freePort()];
  const town = `http://127.0.0.1:${townPort}`;
  const otherTown = `http://127.0.0.1:${otherPort}`;
  const towns = [townServer(files), townServer(files)];
  towns[0]!.listen(townPort, '127.0.0.1');
  towns[1]!.listen(otherPort, '127.0.0.1');
  await Promise.all(towns.map((t) => once(t, 'listening')));

  // The server's public URL is another host name than the one it listens on, as behind a proxy.
  const publicUrl = `http://localhost:${serverPort}`;
  const server = await startServer(
    { KPSS_DB: join(tmp.dir, 'kpss.db'), KPSS_DATA_DIR: dataDir, KPSS_ADMIN_TOKEN: TOKEN, KPSS_ORIGINS: `klatovsko=${town}`, KPSS_PUBLIC_URL: publicUrl },
    serverPort,
  );
  let browser: Browser | undefined;
  try {
    // npm start prints the public URLs and a snippet on them.
    assert.match(server.output(), new RegExp(`<script type="module" src="${publicUrl}/dist/kpss-widgets.js"></script>`));
    assert.match(server.output(), new RegExp(`${publicUrl}/regions/klatovsko.json`));
    browser = await launchChromium();

    // ── 1. The configurator, on the server: one snippet per widget, on the public URL, shown above the preview ──
    const webmaster = await browser.newPage();
    await webmaster.goto(`${publicUrl}/demo/embed.html`);
    await webmaster.locator('#region').selectOption({ label: 'Klatovsko' });
    const snippets: string[] = [];
    for (const tag of WIDGETS) {
      await webmaster.locator('#widget').selectOption(tag);
      const snippet = (await webmaster.locator('#snippet').textContent())!;
      assert.ok(snippet.includes(`<script type="module" src="${publicUrl}/dist/kpss-widgets.js"></script>`), snippet);
      assert.ok(snippet.includes(`<${tag} src="${publicUrl}/regions/klatovsko.json"></${tag}>`), snippet);
      snippets.push(snippet);
    }
    const [codeBox, previewBox] = [await webmaster.locator('#snippet').boundingBox(), await webmaster.locator('#preview').boundingBox()];
    assert.ok(codeBox!.y < previewBox!.y, 'the snippet comes before the preview');
    assert.match((await webmaster.locator('#https-note').textContent())!, /začín(á|ají) http:\/\/.*KPSS_PUBLIC_URL/, 'the https hint says what the http snippet will do');
    await webmaster.close();

    // The town's page holds the four snippets as pasted, each with its script tag (pasting it twice is harmless),
    // under the headings the webmaster writes in the CMS (the catalogue's cards are h3).
    const headings = ['Sociální služby', 'Setkání', 'Připomínky k plánu', 'Vypořádání připomínek'];
    files.set('/kpss.html', townPage('Komunitní plánování sociálních služeb', snippets.map((s, i) => `<h2>${headings[i]}</h2>\n${s}`).join('\n')));

    // ── 2. On the town's site: every widget renders from the server's files ──
    const resident = await browser.newContext({ locale: 'cs-CZ' });
    const page = await resident.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`));
    // Every request answered, but the town's own favicon (it has none).
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`${town}/kpss.html`);
    await page.locator('kpss-catalog').getByText(klatovsko.services[0].name).first().waitFor({ timeout: 15_000 });
    await page.locator('kpss-events').getByText(klatovsko.events.find((e: { cancelled?: boolean }) => !e.cancelled).title).first().waitFor();
    await page.locator('kpss-feedback-form [name="message"]').waitFor();
    await page.locator('kpss-settlement h2').waitFor();
    assert.equal(await page.locator('kpss-settlement [part~="error"]').count(), 0, 'the settlement loads');
    assert.deepEqual(problems, [], 'no errors on the town page');
    await axe(page, 'the town page');

    // A comment from the town page is stored, and shows in the settlement once settled.
    const message = 'Z webu obce: chybí odlehčovací služba v Nýrsku.';
    await sendComment(page, message);
    await page.locator('kpss-feedback-form #outcome').filter({ hasText: 'Děkujeme' }).waitFor({ timeout: 15_000 });
    const stored = (await (await fetch(`${server.base}/api/feedback?region=klatovsko`, { headers: auth })).json()) as { comments: Array<{ id: string; message: string }> };
    const mine = stored.comments.find((c) => c.message === message);
    assert.ok(mine, 'the comment is stored');
    const reason = 'Přijato: opatření 2.3 doplní odlehčovací službu pro Nýrsko.';
    const patch = await fetch(`${server.base}/api/feedback/${mine.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'akceptovano', resolution: reason }),
    });
    assert.equal(patch.status, 200);
    await resident.close();
    const later = await (await browser.newContext({ locale: 'cs-CZ' })).newPage();
    await later.goto(`${town}/kpss.html`);
    const settlement = later.locator('kpss-settlement');
    await settlement.getByText(message).waitFor({ timeout: 15_000 });
    await settlement.getByText(reason).waitFor();
    await later.context().close();

    // ── 3. A town site missing from KPSS_ORIGINS: refused, readably, and said so ──
    const refusedPage = await (await browser.newContext({ locale: 'cs-CZ' })).newPage();
    await refusedPage.goto(`${otherTown}/kpss.html`);
    const refusedText = 'Z jiného webu: prosím o rozšíření pečovatelské služby.';
    await sendComment(refusedPage, refusedText);
    await assertNotDelivered(refusedPage, refusedText, coordinator, /nejde připomínky posílat|nelze|není povolen/i);
    await axe(refusedPage, 'the refused comment');
    await refusedPage.context().close();

    // ── 4. The region file copied to the town's server, its endpoint still relative: the town's server answers 501 ──
    files.set('/data/klatovsko.json', { type: 'application/json', body: JSON.stringify(klatovsko) });
    files.set(
      '/kopie.html',
      townPage('Připomínky', `<script type="module" src="${publicUrl}/dist/kpss-widgets.js"></script>\n<kpss-feedback-form src="/data/klatovsko.json"></kpss-feedback-form>`),
    );
    const copiedPage = await (await browser.newContext({ locale: 'cs-CZ' })).newPage();
    await copiedPage.goto(`${town}/kopie.html`);
    const copiedText = 'Připomínka přes zkopírovaný soubor.';
    await sendComment(copiedPage, copiedText);
    await assertNotDelivered(copiedPage, copiedText, coordinator, /není server, který by je přijímal \(chyba 501\)/);
    await copiedPage.context().close();

    // ── 5. A region URL that answers 404: the "not found" box, with the URL it tried ──
    files.set('/spatne.html', townPage('Katalog', `<script type="module" src="${publicUrl}/dist/kpss-widgets.js"></script>\n<kpss-catalog src="${publicUrl}/regions/klatovy.json"></kpss-catalog>`));
    const missingPage = await (await browser.newContext({ locale: 'cs-CZ' })).newPage();
    await missingPage.goto(`${town}/spatne.html`);
    const box = missingPage.locator('kpss-catalog [part~="error"]');
    await box.waitFor({ timeout: 15_000 });
    const boxText = (await box.textContent())!.replace(/\s+/g, ' ');
    assert.match(boxText, /Soubor s daty na této adrese není \(chyba 404\)/);
    assert.ok(boxText.includes(`${publicUrl}/regions/klatovy.json`), boxText);
    await axe(missingPage, 'the not-found box');
    await missingPage.context().close();

    // ── 6. The stored comments: exactly the one from the allowed town site ──
    const after = (await (await fetch(`${server.base}/api/feedback?region=klatovsko`, { headers: auth })).json()) as { comments: Array<{ message: string }> };
    assert.deepEqual(
      after.comments.map((c) => c.message),
      [message],
    );
  } finally {
    await browser?.close();
    await stopServer(server);
    for (const t of towns) t.close();
    tmp.cleanup();
  }
});
