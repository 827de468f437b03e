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

  test('a broken file: every problem with its path and line, exit 1', () => {
    const file = write('broken.json', broken());
    const r = kpss(['validate', file]);
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
    const r = kpss(['validate', write('warn.json', d)]);
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
    for (const r of [kpss(['validate', '--lang', 'en', file]), kpss(['validate', file], { LANG: 'en_GB.UTF-8' })]) {
      assert.equal(r.code, 1);
      assert.match(r.stdout, /ERROR\s+services\[1\]\.kind \(line \d+, column \d+\): unknown code "pecovatelska"/);
      assert.match(r.stdout, /WARNING\s+services\[3\]\.descripton/);
      assert.match(r.stdout, /✗ 7 errors, 1 warning/);
      assert.doesNotMatch(r.stdout, /CHYBA|řádek/);
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
