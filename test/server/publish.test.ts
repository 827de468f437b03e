/**
 * What a town page on another domain loads from the server (server/publish.ts):
 * the widgets and the region files, readable from any origin, cached the right
 * way, compressed when asked, and region files whose relative endpoints name
 * this server.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildApp } from '../../server/app.js';
import { loadConfig, publicUrl } from '../../server/config.js';
import { OriginPolicy } from '../../server/origins.js';
import { matchesEtag, withAbsoluteEndpoints } from '../../server/publish.js';
import { REGION, TOWN, regionDir, tempDir, type TempDir } from './helpers.js';

const ENTRY = `// the entry\n${'export const widgets = ["kpss-catalog", "kpss-events"];\n'.repeat(60)}`;
const CHUNK = `// a widget chunk\n${'export function render() { return "<p>služby</p>"; }\n'.repeat(60)}`;

/** A project root with a small dist/ and the fixture regions (one with a survey). */
function projectRoot(dir: TempDir): { root: string; data: string } {
  const root = join(dir.dir, 'root');
  for (const folder of ['demo', 'schema', 'dist/chunks']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'dist', 'kpss-widgets.js'), ENTRY);
  writeFileSync(join(root, 'dist', 'chunks', 'catalog-B4xQ9_zZ.js'), CHUNK);
  writeFileSync(join(root, 'dist', 'chunks', 'catalog-B4xQ9_zZ.js.map'), '{"version":3,"sources":[],"mappings":""}');
  const data = regionDir(dir.dir);
  writeFileSync(
    join(data, 'anketovsko.json'),
    JSON.stringify({
      schemaVersion: 1,
      region: { id: 'anketovsko', name: 'Anketovsko' },
      services: Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        name: `Pečovatelská služba obce č. ${i}`,
        provider: { name: 'Charita' },
        kind: 'pecovatelska-sluzba',
        forms: ['terenni'],
        targetGroups: ['seniori'],
      })),
      plan: { id: 'kp-a', title: 'Plán', commenting: { from: '2026-11-01', until: '2026-12-15', endpoint: 'https://kpss.jinde.example/api/feedback' } },
      survey: { id: 'anketa', title: 'Anketa', from: '2026-11-01', until: '2026-12-15', endpoint: 'api/survey', questions: [{ id: 'q', type: 'text', text: 'Co chybí?' }] },
    }),
  );
  return { root, data };
}

async function app(dir: TempDir, publicUrlValue?: string) {
  const { root, data } = projectRoot(dir);
  return buildApp({ root, regions: data, origins: OriginPolicy.parse(`${REGION}=${TOWN}`), ...(publicUrlValue ? { publicUrl: publicUrlValue } : {}) });
}

describe('GET /dist/: the widgets for town pages', () => {
  let dir: TempDir;
  let server: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    dir = tempDir();
    server = await app(dir);
  });
  after(async () => {
    await server.close();
    dir.cleanup();
  });

  test('the entry: any origin, JavaScript, a short max-age and an ETag that answers 304', async () => {
    const res = await server.inject({ url: '/dist/kpss-widgets.js', headers: { origin: TOWN } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(String(res.headers['content-type']), /^(text|application)\/javascript/);
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    const etag = String(res.headers.etag);
    assert.ok(etag.length > 2, 'an ETag');
    assert.equal(res.body, ENTRY);
    const again = await server.inject({ url: '/dist/kpss-widgets.js', headers: { origin: TOWN, 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('hashed chunks are immutable for a year', async () => {
    const res = await server.inject({ url: '/dist/chunks/catalog-B4xQ9_zZ.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });

  test('a file with a source map beside it names it in a SourceMap header (the built files carry no comment for it)', async () => {
    const chunk = await server.inject({ url: '/dist/chunks/catalog-B4xQ9_zZ.js' });
    assert.equal(chunk.headers.sourcemap, 'catalog-B4xQ9_zZ.js.map');
    const entry = await server.inject({ url: '/dist/kpss-widgets.js' });
    assert.equal(entry.headers.sourcemap, undefined, 'no map, no header');
    const map = await server.inject({ url: '/dist/chunks/catalog-B4xQ9_zZ.js.map' });
    assert.equal(map.statusCode, 200);
  });

  test('compressed with br or gzip when asked, plain otherwise', async () => {
    const br = await server.inject({ url: '/dist/chunks/catalog-B4xQ9_zZ.js', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), CHUNK);
    assert.ok(br.rawPayload.length < CHUNK.length / 4);
    const gz = await server.inject({ url: '/dist/kpss-widgets.js', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), ENTRY);
    const plain = await server.inject({ url: '/dist/kpss-widgets.js', headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, ENTRY);
  });

  test('nothing outside dist/', async () => {
    for (const url of ['/dist/../package.json', '/dist/%2e%2e/package.json', '/dist/chunks/missing-AAAAAAAA.js']) {
      assert.equal((await server.inject({ url })).statusCode, 404, url);
    }
  });
});

describe('GET /regions/{id}.json: the region file for town pages', () => {
  let dir: TempDir;
  let server: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    dir = tempDir();
    server = await app(dir, 'https://kpss.klatovy.example');
  });
  after(async () => {
    await server.close();
    dir.cleanup();
  });

  test('any origin, JSON, an ETag with 304, a short Cache-Control', async () => {
    const res = await server.inject({ url: `/regions/${REGION}.json`, headers: { origin: TOWN } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['cache-control'], 'public, max-age=60');
    assert.equal(res.json().region.id, REGION);
    const etag = String(res.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    const again = await server.inject({ url: `/regions/${REGION}.json`, headers: { 'if-none-match': `W/${etag}` } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.headers['access-control-allow-origin'], '*');
    assert.equal(again.body, '');
  });

  test('relative endpoints made absolute on KPSS_PUBLIC_URL; absolute ones kept', async () => {
    const testovsko = (await server.inject({ url: `/regions/${REGION}.json` })).json();
    assert.equal(testovsko.plan.commenting.endpoint, 'https://kpss.klatovy.example/api/feedback');
    const other = (await server.inject({ url: '/regions/anketovsko.json' })).json();
    assert.equal(other.plan.commenting.endpoint, 'https://kpss.jinde.example/api/feedback');
    assert.equal(other.survey.endpoint, 'https://kpss.klatovy.example/api/survey');
  });

  test('compressed when asked', async () => {
    const res = await server.inject({ url: '/regions/anketovsko.json', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(res.rawPayload).toString()).services.length, 30);
  });

  test('an unknown region is a readable 404', async () => {
    for (const url of ['/regions/neznamo.json', '/regions/..%2Fsecret.json', `/regions/${REGION}.txt`]) {
      const res = await server.inject({ url, headers: { origin: TOWN } });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.headers['access-control-allow-origin'], '*', url);
      assert.equal(res.json().error.code, 'unknown-region', url);
    }
  });

  test('an edited file is served anew with a new ETag', async () => {
    const first = await server.inject({ url: '/regions/anketovsko.json' });
    const file = join(dir.dir, 'data', 'anketovsko.json');
    const json = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    json.region.name = 'Anketovsko (upraveno)';
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(file, JSON.stringify(json, null, 2));
    const second = await server.inject({ url: '/regions/anketovsko.json', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(second.statusCode, 200);
    assert.equal(second.json().region.name, 'Anketovsko (upraveno)');
    assert.notEqual(second.headers.etag, first.headers.etag);
  });
});

describe('the public base for endpoints', () => {
  test("without KPSS_PUBLIC_URL: the origin the request came to", async () => {
    const dir = tempDir();
    const server = await app(dir);
    try {
      const res = await server.inject({ url: `/regions/${REGION}.json`, headers: { host: 'kpss.example.cz:8443' } });
      assert.equal(res.json().plan.commenting.endpoint, 'http://kpss.example.cz:8443/api/feedback');
    } finally {
      await server.close();
      dir.cleanup();
    }
  });

  test('a public URL with a path (a server behind a proxy at /kpss/)', () => {
    const file = { plan: { commenting: { endpoint: '/api/feedback' } }, survey: { endpoint: './api/survey' } };
    const out = withAbsoluteEndpoints(structuredClone(file), 'https://www.klatovy.example/kpss') as typeof file;
    assert.equal(out.plan.commenting.endpoint, 'https://www.klatovy.example/kpss/api/feedback');
    assert.equal(out.survey.endpoint, 'https://www.klatovy.example/kpss/api/survey');
    const odd = withAbsoluteEndpoints({ plan: { commenting: { endpoint: 'javascript:alert(1)' } } }, 'https://x.example') as typeof file;
    assert.equal(odd.plan.commenting.endpoint, 'javascript:alert(1)', 'not a relative URL: left to the parser, which refuses it');
    const other = withAbsoluteEndpoints({ plan: { commenting: { endpoint: '//kpss.jinde.example/api/feedback' } } }, 'https://x.example') as typeof file;
    assert.equal(other.plan.commenting.endpoint, '//kpss.jinde.example/api/feedback', 'scheme-relative names its own host');
  });

  test('backslashes as a browser reads them: \\\\host and /\\host name their own host, never made a path on this one', () => {
    for (const endpoint of ['\\\\kpss.jinde.example/api/feedback', '/\\kpss.jinde.example/api/feedback', '\\/kpss.jinde.example/api', '/\t/kpss.jinde.example/api']) {
      const out = withAbsoluteEndpoints({ plan: { commenting: { endpoint } } }, 'https://x.example/kpss') as { plan: { commenting: { endpoint: string } } };
      const resolved = new URL(out.plan.commenting.endpoint, 'https://town.example/');
      assert.equal(resolved.host, 'kpss.jinde.example', `${JSON.stringify(endpoint)} → ${out.plan.commenting.endpoint}`);
    }
    const single = withAbsoluteEndpoints({ survey: { endpoint: '\\api\\survey' } }, 'https://x.example/kpss') as { survey: { endpoint: string } };
    assert.equal(single.survey.endpoint, 'https://x.example/kpss/api/survey');
  });

  test('KPSS_PUBLIC_URL: normalized, bad values refused with a clear message; its origin may send', () => {
    assert.equal(publicUrl('https://kpss.klatovy.cz/'), 'https://kpss.klatovy.cz');
    assert.equal(publicUrl('https://www.klatovy.cz/kpss/'), 'https://www.klatovy.cz/kpss');
    assert.equal(publicUrl('  '), undefined);
    assert.throws(() => publicUrl('kpss.klatovy.cz'), /KPSS_PUBLIC_URL must be an address like https:\/\/kpss.klatovy.cz/);
    assert.throws(() => publicUrl('ftp://kpss.klatovy.cz'), /http\(s\)/);
    assert.throws(() => publicUrl('https://kpss.klatovy.cz/?a=1'), /without \?/);
    const config = loadConfig({ KPSS_PUBLIC_URL: 'https://kpss.klatovy.cz/' }, '/tmp');
    assert.equal(config.publicUrl, 'https://kpss.klatovy.cz');
    assert.ok(config.origins.allows('klatovsko', 'https://kpss.klatovy.cz'));
  });

  test('If-None-Match: lists, weak tags and *', () => {
    assert.ok(matchesEtag('"a", W/"b"', '"b"'));
    assert.ok(matchesEtag('*', '"b"'));
    assert.ok(!matchesEtag('"a"', '"b"'));
    assert.ok(!matchesEtag(undefined, '"b"'));
  });
});

describe('GET /api/site: what the configurator builds snippets from', () => {
  test('the public URLs of the script and of every region file', async () => {
    const dir = tempDir();
    const server = await app(dir, 'https://kpss.klatovy.example');
    try {
      const site = (await server.inject({ url: '/api/site' })).json();
      assert.equal(site.publicUrl, 'https://kpss.klatovy.example');
      assert.equal(site.script, 'https://kpss.klatovy.example/dist/kpss-widgets.js');
      const testovsko = site.regions.find((r: { id: string }) => r.id === REGION);
      assert.deepEqual(testovsko, { id: REGION, name: 'Testovsko', url: `https://kpss.klatovy.example/regions/${REGION}.json` });
    } finally {
      await server.close();
      dir.cleanup();
    }
  });
});
