/**
 * `kpss validate`: the demo files pass; a broken file gets every problem with
 * its JSON path and line; exit codes 0, 1, 2; Czech by default, English on request.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkRegionText } from '../../src/cli/validate.js';
import { scanJson } from '../../src/cli/json-text.js';
import { DEMO, kpss, kpssHere, tempDir } from './helpers.js';

const tmp = tempDir();
after(tmp.cleanup);

/**
 * The demo's files are served by kpss-server, so their relative endpoints are
 * right; tests that count the warnings of a changed demo file say so.
 */
const SERVED = '--served-by-kpss-server';

function demo(): Record<string, any> {
  return JSON.parse(readFileSync(DEMO[0]!, 'utf8'));
}

function write(name: string, content: unknown): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** A demo file with eight distinct problems: seven errors and one warning. */
function broken(): Record<string, any> {
  const d = demo();
  d.region.name = ''; // frame: the widgets refuse the file
  d.services[1].kind = 'pecovatelska'; // unknown code
  delete d.services[2].name; // required field missing
  d.services[3].descripton = 'překlep'; // unknown field: a warning
  d.services[4].locations[0].lat = 123; // out of range
  d.services[6].id = d.services[5].id; // repeated id
  d.events[0].start = 'zítra'; // bad date-time
  d.plan.commenting.from = '1.11.2026'; // bad date in the plan
  return d;
}

describe('kpss validate (child process)', () => {
  for (const file of DEMO) {
    test(`demo file ${basename(file)} passes with exit 0`, () => {
      const r = kpss(['validate', file]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✓ v pořádku \(\d+ služ/);
      assert.doesNotMatch(r.stdout, /CHYBA/);
    });
  }

  test('demo files, served by kpss-server: with --served-by-kpss-server no warning at all', () => {
    for (const file of DEMO) {
      const r = kpss(['validate', SERVED, file]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✓ v pořádku .*0 chyb, 0 varování/, r.stdout);
    }
  });

  test('a broken file: every problem with its path and line, exit 1', () => {
    const file = write('broken.json', broken());
    const r = kpss(['validate', SERVED, file]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const errors = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('CHYBA'));
    const expected: [string, RegExp][] = [
      ['region.name', /nesmí být prázdné/],
      ['services[1].kind', /neznámý kód "pecovatelska"/],
      ['services[2].name', /chybí povinná položka/],
      ['services[4].locations[0].lat', /nejvýše 90, je tu 123/],
      ['services[6].id', /se v souboru opakuje/],
      ['events[0].start', /neplatný formát "zítra"/],
      ['plan.commenting.from', /neplatný formát "1\.11\.2026"/],
    ];
    assert.equal(errors.length, expected.length, r.stdout);
    for (const [path, reason] of expected) {
      const line = errors.find((l) => l.includes(` ${path} (`));
      assert.ok(line, `no error for ${path} in:\n${r.stdout}`);
      assert.match(line, /\(řádek \d+, sloupec \d+\)/);
      assert.match(line, reason);
    }
    assert.match(r.stdout, /VAROVÁNÍ\s+services\[3\]\.descripton .*neznámá položka.*„description“/);
    assert.match(r.stdout, /✗ 7 chyb, 1 varování: widgety místo obsahu ukážou chybu/);
  });

  test('bad records alone are errors too (the widgets would skip them), exit 1', () => {
    const d = demo();
    d.services[0].forms = [];
    const r = kpss(['validate', write('skipped.json', d)]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /CHYBA\s+services\[0\]\.forms .*je forma povinná/);
    assert.match(r.stdout, /widgety vadné části vynechají/);
  });

  test('not JSON: the place of the syntax error, exit 1', () => {
    const r = kpss(['validate', write('syntax.json', '{\n  "schemaVersion": 1,\n  "services": [1, 2,],\n}\n')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /CHYBA\s+\(root\) \(řádek 3, sloupec 21\): není platný JSON: čárka navíc před \]/);
    assert.match(r.stdout, /widgety soubor nenačtou/);
  });

  test('another schemaVersion, exit 1', () => {
    const d = demo();
    d.schemaVersion = 2;
    const r = kpss(['validate', write('v2.json', d)]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /CHYBA\s+schemaVersion \(řádek 2, sloupec 3\): nepodporovaná verze 2, tato verze čte 1/);
  });

  test('warnings only: exit 0, shown as warnings', () => {
    const d = demo();
    d.services[0].hodiny = 'Po–Pá';
    const r = kpss(['validate', SERVED, write('warn.json', d)]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /VAROVÁNÍ\s+services\[0\]\.hodiny/);
    assert.match(r.stdout, /✓ v pořádku .*0 chyb, 1 varování/);
  });

  test('usage errors exit 2: missing file, unknown option, no file, bad language', () => {
    const missing = kpss(['validate', join(tmp.dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stdout, /NELZE PŘEČÍST soubor neexistuje/);
    const option = kpss(['validate', '--strict', DEMO[0]!]);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /neznámá volba --strict/);
    assert.equal(kpss(['validate']).code, 2);
    assert.equal(kpss(['validate', '--lang', 'de', DEMO[0]!]).code, 2);
    assert.equal(kpss(['frobnicate']).code, 2);
  });

  test('several files: one summary, exit 1 if any has errors, 2 if any is unreadable', () => {
    const bad = write('bad2.json', broken());
    const r = kpss(['validate', DEMO[1]!, bad]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /2 soubory: 1 v pořádku, 1 s chybami/);
    assert.equal(kpss(['validate', DEMO[1]!, bad, join(tmp.dir, 'nope.json')]).code, 2);
  });

  test('English with --lang en and with LANG=en_*', () => {
    const file = write('broken-en.json', broken());
    for (const r of [kpss(['validate', SERVED, '--lang', 'en', file]), kpss(['validate', SERVED, file], { LANG: 'en_GB.UTF-8' })]) {
      assert.equal(r.code, 1);
      assert.match(r.stdout, /ERROR\s+services\[1\]\.kind \(line \d+, column \d+\): unknown code "pecovatelska"/);
      assert.match(r.stdout, /WARNING\s+services\[3\]\.descripton/);
      assert.match(r.stdout, /✗ 7 errors, 1 warning/);
      assert.doesNotMatch(r.stdout, /CHYBA|řádek/);
    }
  });
});

describe('endpoints: a file placed on a town site must name the receiver in full', () => {
  /** The demo's plan and survey with the given endpoints (undefined: the field left out). */
  function withEndpoints(plan: string | undefined, survey: string | undefined): string {
    const d = demo();
    if (plan === undefined) delete d.plan.commenting.endpoint;
    else d.plan.commenting.endpoint = plan;
    if (survey === undefined) delete d.survey.endpoint;
    else d.survey.endpoint = survey;
    return JSON.stringify(d, null, 2);
  }
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const endpointWarnings = (text: string, options?: { servedByKpssServer?: boolean }) =>
    checkRegionText(text, options).warnings.filter((w) => /endpoint$/.test(w.path));

  test('a relative plan.commenting.endpoint: a warning with its path, line and column; exit 0', () => {
    const text = withEndpoints('/api/feedback', 'https://kpss.klatovy.cz/api/survey');
    const warnings = endpointWarnings(text);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    const w = warnings[0]!;
    assert.equal(w.path, 'plan.commenting.endpoint');
    assert.deepEqual(w.at, { line: lineOf(text, '"endpoint": "/api/feedback"'), column: 7 });
    assert.match(w.reason.cs, /relativní adresa/);
    assert.match(w.reason.cs, /kpss-server/);
    assert.match(w.reason.cs, /KPSS_PUBLIC_URL/);
    assert.match(w.reason.cs, /https:\/\/kpss\.klatovy\.cz\/api\/feedback/);
    assert.match(w.reason.en, /relative address/);
    assert.match(w.reason.en, /KPSS_PUBLIC_URL/);
    assert.match(w.reason.en, /https:\/\/kpss\.klatovy\.cz\/api\/feedback/);

    const r = kpss(['validate', write('relative.json', text)]);
    assert.equal(r.code, 0, r.stdout);
    const lines = r.stdout.split('\n').filter((l) => l.includes('plan.commenting.endpoint'));
    assert.equal(lines.length, 1, r.stdout);
    assert.match(lines[0]!, /VAROVÁNÍ\s+plan\.commenting\.endpoint \(řádek \d+, sloupec 7\): .*relativní adresa/);
    assert.match(r.stdout, /✓ v pořádku .*0 chyb, 1 varování/);
    const en = kpss(['validate', '--lang', 'en', write('relative.json', text)]);
    assert.match(en.stdout, /WARNING\s+plan\.commenting\.endpoint \(line \d+, column 7\): .*relative address/);
  });

  test('a relative survey.endpoint: the same warning on its own path', () => {
    const text = withEndpoints(undefined, '/api/survey');
    const warnings = endpointWarnings(text);
    assert.deepEqual(warnings.map((w) => w.path), ['survey.endpoint']);
    assert.equal(warnings[0]!.at?.line, lineOf(text, '"endpoint": "/api/survey"'));
    // Without a leading slash it is just as relative.
    assert.deepEqual(endpointWarnings(withEndpoints('api/feedback', undefined)).map((w) => w.path), ['plan.commenting.endpoint']);
  });

  test('http: a warning about blocked mixed content and unencrypted comments, once per field', () => {
    const text = withEndpoints('http://kpss.example.cz/api/feedback', 'http://kpss.example.cz/api/survey');
    const warnings = endpointWarnings(text);
    assert.deepEqual(warnings.map((w) => w.path), ['plan.commenting.endpoint', 'survey.endpoint']);
    for (const w of warnings) {
      assert.match(w.reason.cs, /http:/);
      assert.match(w.reason.cs, /https/);
      assert.match(w.reason.cs, /nešifrovan/);
      assert.match(w.reason.en, /mixed content/);
      assert.match(w.reason.en, /unencrypted/);
      assert.doesNotMatch(w.reason.cs, /relativní/);
    }
    const r = kpss(['validate', write('http.json', text)]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /VAROVÁNÍ\s+plan\.commenting\.endpoint \(řádek \d+, sloupec 7\): .*http:/);
    assert.match(r.stdout, /0 chyb, 2 varování/);
    // The scheme in capitals is still http.
    assert.equal(endpointWarnings(withEndpoints('HTTP://kpss.example.cz/api/feedback', undefined)).length, 1);
  });

  test('loopback (localhost, 127.0.0.1, [::1]): a development address, said so instead of the mixed-content warning', () => {
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      const warnings = endpointWarnings(withEndpoints(`http://${host}/api/feedback`, undefined));
      assert.equal(warnings.length, 1, host);
      assert.match(warnings[0]!.reason.cs, /tento počítač/, host);
      assert.match(warnings[0]!.reason.en, /this computer/, host);
      assert.doesNotMatch(warnings[0]!.reason.en, /mixed content/, host);
    }
  });

  test('absolute https endpoints: no warning', () => {
    const text = withEndpoints('https://kpss.klatovy.cz/api/feedback', 'https://kpss.klatovy.cz/api/survey');
    assert.deepEqual(endpointWarnings(text), []);
    assert.deepEqual(checkRegionText(text).warnings, []);
  });

  test('--served-by-kpss-server silences only the relative-endpoint warning', () => {
    const relative = withEndpoints('/api/feedback', '/api/survey');
    assert.equal(endpointWarnings(relative).length, 2);
    assert.deepEqual(endpointWarnings(relative, { servedByKpssServer: true }), []);
    const http = withEndpoints('http://kpss.example.cz/api/feedback', undefined);
    assert.equal(endpointWarnings(http, { servedByKpssServer: true }).length, 1);
    const r = kpss(['validate', SERVED, write('both.json', withEndpoints('/api/feedback', 'http://kpss.example.cz/api/survey'))]);
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /plan\.commenting\.endpoint/);
    assert.match(r.stdout, /VAROVÁNÍ\s+survey\.endpoint .*http:/);
  });

  test('the demo files use relative endpoints (right for the demo, which kpss-server serves): warned without the option', () => {
    const r = kpss(['validate', DEMO[0]!]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /VAROVÁNÍ\s+plan\.commenting\.endpoint .*relativní adresa/);
    assert.match(r.stdout, /VAROVÁNÍ\s+survey\.endpoint .*relativní adresa/);
  });

  test('the help names the option', () => {
    for (const lang of ['cs', 'en']) {
      const r = kpss(['validate', '--help', '--lang', lang]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /--served-by-kpss-server/);
    }
  });
});

describe('validator internals', () => {
  test('positions: a member points at its key, a missing field at its object', () => {
    const text = '{\n  "schemaVersion": 1,\n  "region": { "id": "x" },\n  "services": []\n}';
    const check = checkRegionText(text);
    const name = check.errors.find((e) => e.path === 'region.name');
    assert.deepEqual(name?.at, { line: 3, column: 3 });
    const scan = scanJson(text);
    assert.ok(scan.ok);
    assert.deepEqual(scan.positions.get('region.id'), { line: 3, column: 15 });
  });

  test('syntax errors in plain words', () => {
    const cases: [string, RegExp][] = [
      ['{"a": 1 "b": 2}', /chybí čárka nebo \}/],
      ["{'a': 1}", /název položky má být v uvozovkách/],
      ['{"a": tru}', /nečekaný znak "t"/],
      ['{"a": [1, 2', /soubor nečekaně končí/],
      ['{"a": "x\ny"}', /nesmí obsahovat konec řádku/],
    ];
    for (const [text, reason] of cases) {
      const scan = scanJson(text);
      assert.equal(scan.ok, false, text);
      if (!scan.ok) assert.match(scan.reason.cs, reason, text);
    }
  });

  test('a BOM is accepted, as the widgets accept it', async () => {
    const file = write('bom.json', '\ufeff' + readFileSync(DEMO[2]!, 'utf8'));
    const r = await kpssHere(['validate', file]);
    assert.equal(r.code, 0, r.stdout);
  });
});
