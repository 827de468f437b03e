/**
 * The unsubscribe pages in real Chromium, as a resident meets them from a
 * mail on a phone: axe clean, no sideways scrolling at 320 px, the button
 * reached and pressed with the keyboard, 44 px tall.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../../server/store/sqlite.js';
import { axe, launchChromium } from '../browser.js';
import { comment, post, testApp } from '../helpers.js';

test('unsubscribing from a phone: axe clean, reflows at 320 px, works by keyboard', { timeout: 60_000 }, async () => {
  const store = openSqliteStore(':memory:');
  const t = await testApp({ store });
  const browser = await launchChromium();
  try {
    const c = comment();
    assert.equal((await post(t.app, c)).statusCode, 201);
    const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const page = await (await browser.newContext({ locale: 'cs-CZ', viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(`${base}/mail/unsubscribe?t=${encodeURIComponent(store.outbox.unsubscribeToken(c.id as string))}`);
    await page.getByRole('heading', { name: 'Odhlásit se z e-mailů o připomínce' }).waitFor();
    await axe(page, 'the unsubscribe page');
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(width[0]! <= width[1]!, `no sideways scrolling: ${width.join(' > ')}`);
    const button = page.getByRole('button', { name: 'Odhlásit se' });
    assert.ok((await button.boundingBox())!.height >= 44, 'a 44 px tap target');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Odhlásit se');
    await Promise.all([page.waitForURL(/unsubscribe/), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { name: 'Jste odhlášeni' }).waitFor();
    await axe(page, 'the page after unsubscribing');
    assert.equal(store.outbox.isUnsubscribed(c.email as string), true);
    await page.goto(`${base}/mail/unsubscribe?t=broken`);
    await page.getByRole('heading', { name: 'Odkaz nefunguje' }).waitFor();
    await axe(page, 'the page of a broken link');
  } finally {
    await browser.close();
    await t.close();
  }
});
