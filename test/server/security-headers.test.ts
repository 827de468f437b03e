/**
 * Every answer says `X-Content-Type-Options: nosniff` (a browser never runs
 * a JSON or text answer as a script or a page), and every HTML page has a
 * Content-Security-Policy: the demo pages one that allows only this server's
 * scripts, the desk its own (with a nonce per page), kept as it is.
 * The end-to-end tests (desk-e2e, town-site, embed-configurator) load these
 * pages in Chromium under these headers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGION, auth, testApp } from './helpers.js';

test('nosniff on the demo, the schema, the region files, the API and its errors', async () => {
  const t = await testApp();
  try {
    for (const url of ['/demo/index.html', '/demo/embed.js', '/demo/town.css', '/demo/data/klatovsko.json', '/schema/region.schema.json', `/regions/${REGION}.json`, '/api/health', '/api/site', '/api/nothing-here', `/api/feedback?region=${REGION}`]) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    }
    const admin = await t.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}`, headers: auth });
    assert.equal(admin.headers['x-content-type-options'], 'nosniff');
  } finally {
    await t.close();
  }
});

test('the demo pages have a Content-Security-Policy: scripts from this server only, no plugins, no foreign framing', async () => {
  const t = await testApp();
  try {
    for (const page of ['index.html', 'embed.html', 'hostile.html', 'anketa.html', 'susicko.html', 'ukrajinsky.html', '']) {
      const res = await t.app.inject({ method: 'GET', url: `/demo/${page}` });
      assert.equal(res.statusCode, 200, page);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      const csp = String(res.headers['content-security-policy'] ?? '');
      assert.match(csp, /(^|; )script-src 'self'(;|$)/, `${page}: ${csp}`);
      assert.match(csp, /(^|; )object-src 'none'(;|$)/);
      assert.match(csp, /(^|; )base-uri 'self'(;|$)/);
      assert.match(csp, /(^|; )frame-ancestors 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-eval/);
    }
  } finally {
    await t.close();
  }
});

test('the desk keeps its own policy (a nonce per page), not the demo\'s', async () => {
  const t = await testApp();
  try {
    const res = await t.app.inject({ method: 'GET', url: '/admin' });
    assert.match(String(res.headers['content-security-policy']), /script-src 'nonce-/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  } finally {
    await t.close();
  }
});
