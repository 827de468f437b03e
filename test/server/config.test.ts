/**
 * Configuration by environment, the origin rules, the region files the
 * server reads (and re-reads), and the demo that `npm start` serves.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../server/config.js';
import { OriginPolicy, selfOrigins } from '../../server/origins.js';
import { RegionRegistry, isCommentingOpen, pragueDate } from '../../server/regions.js';
import { ROOT } from '../../server/app.js';
import { auth, regionDir, regionFile, tempDir, testApp, TOKEN } from './helpers.js';

describe('configuration by environment', () => {
  test('defaults: 127.0.0.1:8080, var/kpss.db, demo/data, admin off, 20 comments a minute', () => {
    const c = loadConfig({}, '/srv/kpss');
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.port, 8080);
    assert.equal(c.dbPath, '/srv/kpss/var/kpss.db');
    assert.equal(c.dataDir, '/srv/kpss/demo/data');
    assert.equal(c.adminToken, undefined);
    assert.deepEqual(c.rateLimit, { max: 20, windowMs: 60_000 });
    assert.equal(c.trustProxy, false);
    assert.ok(c.origins.allowsSomewhere('http://127.0.0.1:8080'), 'the demo page may send');
    assert.ok(c.origins.allows('klatovsko', 'http://localhost:8080'));
    assert.equal(c.origins.allowsSomewhere('https://www.klatovy.cz'), false);
  });

  test('mail: off until KPSS_SMTP_URL is set, which needs KPSS_MAIL_FROM; bad values are named', () => {
    const off = loadConfig({}, '/srv/kpss').mail;
    assert.equal(off.smtpUrl, undefined);
    assert.equal(off.settleDelayMs, 600_000);
    assert.equal(off.retryMinMs, 60_000);
    const on = loadConfig(
      { KPSS_SMTP_URL: 'smtps://kpss%40klatovy.cz:secret@smtp.klatovy.cz:465', KPSS_MAIL_FROM: 'kpss@klatovy.cz', KPSS_MAIL_SETTLE_DELAY: '0', KPSS_MAIL_RETRY_MIN: '5' },
      '/srv/kpss',
    ).mail;
    assert.deepEqual(on, { smtpUrl: 'smtps://kpss%40klatovy.cz:secret@smtp.klatovy.cz:465', from: 'kpss@klatovy.cz', settleDelayMs: 0, retryMinMs: 5000 });
    assert.throws(() => loadConfig({ KPSS_SMTP_URL: 'smtp://relay.local' }, '/'), /KPSS_MAIL_FROM must be set/);
    assert.throws(() => loadConfig({ KPSS_SMTP_URL: 'https://relay.local', KPSS_MAIL_FROM: 'a@b.cz' }, '/'), /smtp:\/\/ or smtps:\/\//);
    assert.throws(() => loadConfig({ KPSS_MAIL_FROM: 'not an address' }, '/'), /KPSS_MAIL_FROM must be an e-mail address/);
    // The password is not repeated in the message.
    assert.throws(() => loadConfig({ KPSS_SMTP_URL: 'smtp://u:topsecret@[bad', KPSS_MAIL_FROM: 'a@b.cz' }, '/'), (e: Error) => !e.message.includes('topsecret'));
  });

  test('every variable', () => {
    const c = loadConfig(
      {
        HOST: '0.0.0.0',
        PORT: '9000',
        KPSS_DB: '/data/k.db',
        KPSS_DATA_DIR: '/data/regions',
        KPSS_ORIGINS: 'klatovsko=https://www.klatovy.cz,https://kpss.klatovy.cz; susicko=https://www.mesto-susice.cz\n*=https://kpss.example/',
        KPSS_ADMIN_TOKEN: TOKEN,
        KPSS_RATE_MAX: '5',
        KPSS_RATE_WINDOW: '600',
        KPSS_TRUST_PROXY: '10.0.0.1, 10.0.0.2',
      },
      '/srv/kpss',
    );
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.port, 9000);
    assert.equal(c.dbPath, '/data/k.db');
    assert.equal(c.dataDir, '/data/regions');
    assert.equal(c.adminToken, TOKEN);
    assert.deepEqual(c.rateLimit, { max: 5, windowMs: 600_000 });
    assert.deepEqual(c.trustProxy, ['10.0.0.1', '10.0.0.2']);
    assert.ok(c.origins.allows('klatovsko', 'https://kpss.klatovy.cz'));
    assert.equal(c.origins.allows('susicko', 'https://kpss.klatovy.cz'), false);
    assert.ok(c.origins.allows('susicko', 'https://www.mesto-susice.cz'));
    assert.ok(c.origins.allows('vimpersko', 'https://kpss.example'), '* = every region');
    assert.ok(c.origins.allows('vimpersko', 'http://localhost:9000'), 'own origin');
    assert.equal(loadConfig({ KPSS_TRUST_PROXY: 'true' }, '/').trustProxy, true);
  });

  test('bad values stop the start with the variable named', () => {
    assert.throws(() => loadConfig({ PORT: 'osmdesát' }, '/'), /PORT/);
    assert.throws(() => loadConfig({ KPSS_RATE_MAX: '-1' }, '/'), /KPSS_RATE_MAX/);
    assert.throws(() => loadConfig({ KPSS_ADMIN_TOKEN: 'kratky' }, '/'), /KPSS_ADMIN_TOKEN.*16/);
    assert.throws(() => loadConfig({ KPSS_ORIGINS: 'klatovsko=www.klatovy.cz' }, '/'), /KPSS_ORIGINS/);
    assert.throws(() => loadConfig({ KPSS_ORIGINS: 'klatovsko=https://www.klatovy.cz/kpss/' }, '/'), /origin only/);
    assert.throws(() => loadConfig({ KPSS_ORIGINS: 'Klatovsko!=https://www.klatovy.cz' }, '/'), /region id/);
    assert.throws(() => loadConfig({ KPSS_ORIGINS: 'klatovsko=' }, '/'), /no origin/);
  });

  test('origins compare as origins (case, trailing slash), and "null" is never allowed', () => {
    const p = OriginPolicy.parse('klatovsko=HTTPS://WWW.Klatovy.CZ/');
    assert.ok(p.allows('klatovsko', 'https://www.klatovy.cz'));
    assert.equal(p.allowsSomewhere('null'), false);
    assert.equal(p.allowsSomewhere('https://www.klatovy.cz.evil.example'), false);
    assert.deepEqual(selfOrigins('0.0.0.0', 8080).sort(), ['http://127.0.0.1:8080', 'http://[::1]:8080', 'http://localhost:8080']);
  });
});

describe('region files', () => {
  test('regions, plans, sections and measures come from the files; a change is picked up without a restart', () => {
    const tmp = tempDir();
    try {
      const dir = regionDir(tmp.dir);
      const warnings: string[] = [];
      const registry = new RegionRegistry(dir, { refreshMs: 0, warn: (m) => warnings.push(m) });
      const entry = registry.find('testovsko')!;
      assert.equal(entry.plan?.id, 'kp-testovsko-2026-2028');
      assert.deepEqual([...entry.plan!.sections.keys()], ['1', '1.1', '1.2', '2']);
      assert.deepEqual(entry.plan?.commenting, { from: '2026-11-01', until: '2026-12-15' });

      const file = join(dir, 'testovsko.json');
      writeFileSync(file, JSON.stringify(regionFile({ planId: 'kp-testovsko-2029-2031' })));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.equal(registry.find('testovsko')?.plan?.id, 'kp-testovsko-2029-2031');

      writeFileSync(join(dir, 'rozbity.json'), '{ nope');
      writeFileSync(join(dir, 'kopie.json'), JSON.stringify(regionFile()));
      writeFileSync(join(dir, 'spatny-plan.json'), JSON.stringify({ ...regionFile({ id: 'spatnyplan' }), plan: { id: 'x' } }));
      registry.scan();
      assert.ok(registry.find('testovsko'));
      assert.ok(warnings.some((w) => w.includes('rozbity.json')));
      assert.ok(warnings.some((w) => w.includes('already defined')));
      assert.equal(registry.find('spatnyplan')?.plan, undefined, 'a bad plan is dropped, the region stays');
      assert.ok(warnings.some((w) => w.includes('plan was dropped')));
    } finally {
      tmp.cleanup();
    }
  });

  test('the commenting period is inclusive, in Prague dates', () => {
    const period = { from: '2026-11-01', until: '2026-12-15' };
    assert.equal(pragueDate(new Date('2026-06-30T22:30:00Z')), '2026-07-01', 'summer time, UTC+2');
    assert.equal(pragueDate(new Date('2026-12-31T23:30:00Z')), '2027-01-01', 'winter time, UTC+1');
    assert.equal(isCommentingOpen(period, new Date('2026-10-31T23:00:00Z')), true);
    assert.equal(isCommentingOpen(period, new Date('2026-10-31T22:59:59Z')), false);
    assert.equal(isCommentingOpen(period, new Date('2026-12-15T22:59:59Z')), true);
    assert.equal(isCommentingOpen(period, new Date('2026-12-15T23:00:00Z')), false);
    assert.equal(isCommentingOpen(undefined, new Date('2026-11-20T10:00:00Z')), false);
  });
});

describe('the demo of npm start', () => {
  test('a comment sent like the demo page\'s form is accepted and shows in the CSV export', async () => {
    const klatovsko = JSON.parse(readFileSync(join(ROOT, 'demo', 'data', 'klatovsko.json'), 'utf8'));
    const { plan } = klatovsko;
    const t = await testApp({
      regions: join(ROOT, 'demo', 'data'),
      origins: OriginPolicy.parse(undefined, selfOrigins('127.0.0.1', 8080)),
    });
    try {
      t.clock.now = new Date(`${plan.commenting.from}T12:00:00+01:00`);
      assert.equal(plan.commenting.endpoint, '/api/feedback', 'the demo form posts to this server');
      const id = randomUUID();
      const res = await t.app.inject({
        method: 'POST',
        url: plan.commenting.endpoint,
        headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:8080' },
        payload: {
          id,
          region: klatovsko.region.id,
          planId: plan.id,
          sectionId: plan.sections[0].measures[0].id,
          message: 'Připomínka z ukázkové stránky.',
          website: '',
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      const csv = await t.app.inject({ method: 'GET', url: `/api/feedback.csv?region=${klatovsko.region.id}`, headers: auth });
      const rows: string[][] = parse(csv.rawPayload, { bom: true, delimiter: ';' });
      assert.ok(rows.some((r) => r[3] === 'Připomínka z ukázkové stránky.'));
    } finally {
      await t.close();
    }
  });

  test('static files are still served, the database folder is not', async () => {
    const t = await testApp({ regions: join(ROOT, 'demo', 'data') });
    try {
      const home = await t.app.inject({ method: 'GET', url: '/' });
      assert.equal(home.statusCode, 302);
      assert.equal(home.headers.location, '/demo/');
      const demo = await t.app.inject({ method: 'GET', url: '/demo/' });
      assert.equal(demo.statusCode, 200);
      assert.match(demo.body, /kpss-feedback-form/);
      assert.equal((await t.app.inject({ method: 'GET', url: '/demo/data/klatovsko.json' })).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'GET', url: '/schema/region.schema.json' })).statusCode, 200);
      for (const url of ['/var/kpss.db', '/demo/../var/kpss.db', '/demo/%2e%2e/package.json', '/server/app.ts']) {
        const res = await t.app.inject({ method: 'GET', url });
        assert.ok(res.statusCode === 404 || res.statusCode === 403, `${url} → ${res.statusCode}`);
      }
    } finally {
      await t.close();
    }
  });
});
