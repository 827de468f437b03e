/**
 * What the end-to-end tests share: headless Chromium (scripts/chromium.mjs), axe-core on a page, and stopping the server child process.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ChildServer } from './helpers.js';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

/** axe-core on the page (or one element of it); evaluated through the DevTools protocol, so the page's CSP still applies to the page itself. */
export async function axe(page: Page, what: string, selector?: string): Promise<void> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (sel) => {
    const target = sel ? document.querySelector(sel)! : document;
    const result = await (window as unknown as { axe: { run: (t: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(target);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector);
  assert.deepEqual(violations, [], `axe on ${what}`);
}

/** SIGTERM to the server child, and wait until it has exited. */
export async function stopServer(server: ChildServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  await exited;
}
