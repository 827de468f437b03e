/**
 * The demo pages under their Content-Security-Policy (server/security-headers.ts)
 * in a real browser against the real server: every widget renders and the
 * browser reports no violation of the policy (a blocked script, style,
 * request or image would be one).
 *
 * Needs the built widgets (dist/): scripts/test.sh builds them before the
 * server tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, stopServer } from './browser.js';
import { startServer, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = ['index.html', 'susicko.html', 'hostile.html', 'ukrajinsky.html', 'anketa.html', 'embed.html'];

test('the demo pages work under their CSP: widgets render, no violation reported', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'kpss-widgets.js')), 'dist/ is missing: build it first (npm run build)');
  const tmp = tempDir('kpss-csp-');
  const server = await startServer({ KPSS_DB: join(tmp.dir, 'kpss.db') });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'cs-CZ' });
    for (const name of PAGES) {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const res = await page.goto(`${server.base}/demo/${name}`);
      assert.match(String(res?.headers()['content-security-policy']), /script-src 'self'/, name);
      // Every kpss-* element on the page is defined and has rendered into its shadow root.
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kpss-'));
          return widgets.length > 0 && widgets.every((e) => customElements.get(e.localName) && (e.shadowRoot?.childNodes.length ?? 0) > 0);
        },
        undefined,
        { timeout: 20_000 },
      );
      await page.waitForTimeout(500);
      const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      assert.deepEqual([...violations, ...reported], [], `${name}: CSP violations`);
      await page.close();
    }
  } finally {
    await browser?.close();
    await stopServer(server);
    tmp.cleanup();
  }
});
