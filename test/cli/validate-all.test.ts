/**
 * `kpss validate` says everything in one run: dates that are not days of the
 * calendar (as the widgets skip them), every problem of a file whose frame is
 * broken, and the nearest known codes for an unknown one.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, kpss, tempDir } from './helpers.js';

const tmp = tempDir();
after(tmp.cleanup);

const SERVED = '--served-by-kpss-server';
const demo = (): Record<string, any> => JSON.parse(readFileSync(DEMO[0]!, 'utf8'));
function write(name: string, content: unknown): string {
  const file = join(tmp.dir, name);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}
const errorLines = (stdout: string) => stdout.split('\n').filter((l) => /^\s+(CHYBA|ERROR)/.test(l));

describe('kpss validate: dates that are not days of the calendar', () => {
  test('events[0].start = "2026-02-30" is an error naming the path and the line, exit 1', () => {
    const d = demo();
    d.events[0].start = '2026-02-30';
    const r = kpss(['validate', SERVED, write('feb30.json', d)]);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /CHYBA\s+events\[0\]\.start \(řádek \d+, sloupec \d+\): „2026-02-30“ není skutečné datum: únor 2026 má 28 dní/);
    assert.match(r.stdout, /widgety vadné části vynechají/);
  });

  test('31 April, 29 February of a common year, hour 24, in every date and date-time field; English too', () => {
    const d = demo();
    d.events[1].start = '2026-04-31T14:00:00+02:00';
    d.events[2].end = '2026-12-03T24:00';
    d.services[0].updated = '2027-02-29';
    d.plan.commenting.until = '2026-11-31';
    d.survey.from = '2026-09-31';
    const r = kpss(['validate', SERVED, '--lang', 'en', write('dates.json', d)]);
    assert.equal(r.code, 1, r.stdout);
    const lines = errorLines(r.stdout);
    const expected: [string, RegExp][] = [
      ['events[1].start', /"2026-04-31T14:00:00\+02:00" is not a real date: April 2026 has 30 days/],
      ['events[2].end', /invalid format "2026-12-03T24:00"/],
      ['services[0].updated', /"2027-02-29" is not a real date: February 2027 has 28 days/],
      ['plan.commenting.until', /"2026-11-31" is not a real date: November 2026 has 30 days/],
      ['survey.from', /"2026-09-31" is not a real date: September 2026 has 30 days/],
    ];
    assert.equal(lines.length, expected.length, r.stdout);
    for (const [path, reason] of expected) {
      const line = lines.find((l) => l.includes(` ${path} (line `));
      assert.ok(line, `no error for ${path} in:\n${r.stdout}`);
      assert.match(line, reason);
    }
  });

  test('29 February of a leap year passes', () => {
    const d = demo();
    d.events[0].start = '2028-02-29';
    d.services[0].updated = '2024-02-29';
    const r = kpss(['validate', SERVED, write('leap.json', d)]);
    assert.equal(r.code, 0, r.stdout);
  });
});

describe('kpss validate: a broken frame does not hide the rest', () => {
  test('a frame field of the wrong type ($schema) still lists the records, plan and survey problems, with positions', () => {
    const d = demo();
    d.$schema = 5;
    d.services[1].kind = 'pecovatelska';
    d.events[0].start = 'zítra';
    d.plan.commenting.from = '1.11.2026';
    d.survey.until = 'konec';
    const r = kpss(['validate', SERVED, write('schema-type.json', d)]);
    assert.equal(r.code, 1, r.stdout);
    const lines = errorLines(r.stdout);
    for (const path of ['$schema', 'services[1].kind', 'events[0].start', 'plan.commenting.from', 'survey.until']) {
      const line = lines.find((l) => l.includes(` ${path} (`));
      assert.ok(line, `no error for ${path} in:\n${r.stdout}`);
      assert.match(line, /\(řádek \d+, sloupec \d+\)/);
    }
    assert.equal(lines.length, 5, r.stdout);
    assert.match(r.stdout, /✗ 5 chyb, 0 varování: widgety místo obsahu ukážou chybu/);
  });

  test('several frame problems at once (region, events, schemaVersion) and the records', () => {
    const d = demo();
    delete d.schemaVersion;
    d.region.id = 'Klatovsko';
    d.region.updated = '2026-02-30';
    d.events = { start: 'x' };
    d.services[2].forms = [];
    d.services[4].id = d.services[3].id;
    const r = kpss(['validate', SERVED, write('frame.json', d)]);
    assert.equal(r.code, 1, r.stdout);
    const lines = errorLines(r.stdout);
    for (const path of ['schemaVersion', 'region.id', 'region.updated', 'events', 'services[2].forms', 'services[4].id']) {
      assert.ok(lines.some((l) => l.includes(` ${path} (`)), `no error for ${path} in:\n${r.stdout}`);
    }
    assert.equal(lines.length, 6, r.stdout);
  });
});

describe('kpss validate: the nearest known codes for an unknown one', () => {
  const file = () => {
    const d = demo();
    d.services[0].kind = 'pecovatelska'; // a prefix of one code
    d.services[1].kind = 'Pečovatelská služba'; // the name written out
    d.services[2].targetGroups = ['senori']; // one letter off
    d.services[3].forms = ['terénní']; // with diacritics
    d.services[4].kind = 'domovy'; // a prefix of three codes
    d.services[5].kind = 'xyzzy'; // nothing near
    d.events[0].type = 'pracovni-skupna';
    return write('codes.json', d);
  };

  test('in Czech', () => {
    const r = kpss(['validate', SERVED, file()]);
    assert.equal(r.code, 1, r.stdout);
    const lines = errorLines(r.stdout);
    const at = (path: string) => lines.find((l) => l.includes(` ${path} (`)) ?? assert.fail(`no error for ${path} in:\n${r.stdout}`);
    assert.match(at('services[0].kind'), /neznámý kód "pecovatelska" \(nemá to být „pecovatelska-sluzba“\?\)$/);
    assert.match(at('services[1].kind'), /neznámý kód "Pečovatelská služba" \(nemá to být „pecovatelska-sluzba“\?\)$/);
    assert.match(at('services[2].targetGroups[0]'), /neznámý kód "senori" \(nemá to být „seniori“\?\)$/);
    assert.match(at('services[3].forms[0]'), /neznámý kód "terénní" \(nemá to být „terenni“\?\)$/);
    assert.match(at('services[4].kind'), /neznámý kód "domovy" \(nemá to být „domovy-pro-osoby-se-zdravotnim-postizenim“, „domovy-pro-seniory“ nebo „domovy-se-zvlastnim-rezimem“\?\)$/);
    assert.match(at('services[5].kind'), /neznámý kód "xyzzy"$/);
    assert.match(at('events[0].type'), /neznámý kód "pracovni-skupna" \(nemá to být „pracovni-skupina“\?\)$/);
  });

  test('in English', () => {
    const r = kpss(['validate', SERVED, '--lang', 'en', file()]);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /ERROR\s+services\[0\]\.kind \(line \d+, column \d+\): unknown code "pecovatelska" \(did you mean "pecovatelska-sluzba"\?\)\n/);
    assert.match(r.stdout, /services\[4\]\.kind .*\(did you mean "domovy-pro-osoby-se-zdravotnim-postizenim", "domovy-pro-seniory" or "domovy-se-zvlastnim-rezimem"\?\)\n/);
    assert.match(r.stdout, /services\[5\]\.kind .*unknown code "xyzzy"\n/);
  });
});
