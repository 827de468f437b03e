/**
 * `kpss import-registry --merge` cannot quietly empty a catalogue: `--dry-run`
 * shows what would be added, changed and removed and writes nothing; removing
 * more than a few services (more than 3 and more than 10 % of the file) needs
 * `--yes`, and without it nothing is written and the exit code is 1.
 */
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE, kpss, kpssHere, RPSS, tempDir } from './helpers.js';

const tmp = tempDir();
after(tmp.cleanup);

type Json = Record<string, any>;
const read = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));
const base = ['import-registry', RPSS, '--codelists', FIXTURE, '--okres', 'Klatovy'];
const imported = join(tmp.dir, 'imported.json');

/** Services the registry no longer has (as if the coordinator's file were older than the registry). */
const gone = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `zanikla-${from + i}`, registryId: `79990${from + i}`, name: `Zaniklá služba ${from + i}`, provider: { name: 'Někdo' }, kind: 'krizova-pomoc', forms: ['ambulantni'] }));
/** Services typed by hand (no registryId): kept by every merge. */
const handMade = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `navazna-${i + 1}`, name: `Návazná služba ${i + 1}`, provider: { name: 'Město' }, kind: 'navazna-sluzba', targetGroups: ['verejnost'] }));

/** The district's six services from the registry, plus the given ones, as a coordinator file. */
function regionFile(name: string, extra: Json[]): string {
  const file = read(imported);
  file.services.push(...extra);
  const path = join(tmp.dir, name);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

before(() => {
  const r = kpss([...base, '--out', imported]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(read(imported).services.length, 6);
});

describe('--dry-run', () => {
  test('prints what would be added, changed and removed, writes nothing, exit 0', () => {
    const file = regionFile('dry.json', gone(2));
    const before = readFileSync(file, 'utf8');
    const target = join(tmp.dir, 'dry-out.json');
    const r = kpss([...base, '--merge', file, '--out', target, '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Odebráno \(2\):\n  - 799901  Zaniklá služba 1: v registru není\n  - 799902  Zaniklá služba 2: v registru není\n/);
    assert.match(r.stderr, /Zkouška nanečisto \(--dry-run\): nic se nezapsalo; zápis by obsahoval 6 služeb/);
    assert.equal(existsSync(target), false, 'nothing written to --out');
    assert.equal(r.stdout, '', 'nor to the standard output');
    // In place: the file stays as it was.
    const inPlace = kpss([...base, '--merge', file, '--out', file, '--dry-run']);
    assert.equal(inPlace.code, 0, inPlace.stderr);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  test('a new file, too: the services it would hold, nothing written', async () => {
    const target = join(tmp.dir, 'dry-new.json');
    const r = await kpssHere([...base, '--out', target, '--dry-run', '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Added \(6\):/);
    assert.match(r.stderr, /Dry run \(--dry-run\): nothing was written; the file would hold 6 services/);
    assert.equal(existsSync(target), false);
  });

  test('with a large removal: exit 0, and it says that writing needs --yes', () => {
    const file = regionFile('dry-large.json', gone(5));
    const r = kpss([...base, '--merge', file, '--out', file, '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Odebráno \(5\):/);
    assert.match(r.stderr, /bez --yes by se nezapsalo/);
  });
});

describe('a large removal needs --yes', () => {
  test('5 of 11 services would go: refused, names and ids listed, how to proceed, nothing written, exit 1', () => {
    const file = regionFile('large.json', gone(5));
    const before = readFileSync(file, 'utf8');
    const r = kpss([...base, '--merge', file, '--out', file]);
    assert.equal(r.code, 1, r.stderr);
    for (let i = 1; i <= 5; i++) assert.match(r.stderr, new RegExp(`- 79990${i}  Zaniklá služba ${i}: v registru není\\n`));
    assert.match(r.stderr, /kpss: sloučení by odebralo 5 služeb z 11 \(víc než 3 a víc než 10 % souboru\); nic se nezapsalo/);
    assert.match(r.stderr, /--yes/);
    assert.match(r.stderr, /--dry-run/);
    assert.doesNotMatch(r.stderr, /Zapsáno/);
    assert.equal(readFileSync(file, 'utf8'), before, 'the file is untouched');
    // Without --out nothing goes to the standard output either.
    const toStdout = kpss([...base, '--merge', file]);
    assert.equal(toStdout.code, 1);
    assert.equal(toStdout.stdout, '');
  });

  test('in English', async () => {
    const r = await kpssHere([...base, '--merge', regionFile('large-en.json', gone(4)), '--lang', 'en']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /kpss: the merge would remove 4 of 10 services \(more than 3 and more than 10 % of the file\); nothing was written/);
    assert.match(r.stderr, /run it again with --yes/);
  });

  test('with --yes it is written, exit 0', () => {
    const file = regionFile('large-yes.json', gone(5));
    const r = kpss([...base, '--merge', file, '--out', file, '--yes']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(read(file).services.length, 6);
    assert.match(r.stderr, /Zapsáno: .*\(6 služeb\)/);
  });

  test('a registry file that lacks most of the services (a partial export): refused', () => {
    const partial = join(tmp.dir, 'rpss-partial.json');
    const rpss = read(RPSS);
    rpss.polozky = rpss.polozky.filter((p: Json) => ['7101234', '7102345'].includes(p.identifikator));
    writeFileSync(partial, JSON.stringify(rpss));
    const file = regionFile('partial.json', []);
    const r = kpss(['import-registry', partial, '--codelists', FIXTURE, '--okres', 'Klatovy', '--merge', file, '--out', file]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /sloučení by odebralo 4 služby z 6/);
    assert.equal(read(file).services.length, 6);
  });

  test('up to 3, or up to 10 % of a large file, goes through without --yes', () => {
    const three = kpss([...base, '--merge', regionFile('three.json', gone(3))]);
    assert.equal(three.code, 0, three.stderr);
    assert.equal(JSON.parse(three.stdout).services.length, 6);
    // 5 of 55 is under 10 %; 6 of 56 is over.
    const large = kpss([...base, '--merge', regionFile('five-of-55.json', [...handMade(44), ...gone(5)])]);
    assert.equal(large.code, 0, large.stderr);
    const over = kpss([...base, '--merge', regionFile('six-of-56.json', [...handMade(44), ...gone(6)])]);
    assert.equal(over.code, 1, over.stderr);
    assert.match(over.stderr, /odebralo 6 služeb z 56/);
  });

  test('the help names --dry-run and --yes', () => {
    for (const lang of ['cs', 'en']) {
      const r = kpss(['import-registry', '--help', '--lang', lang]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /--dry-run/);
      assert.match(r.stdout, /--yes/);
    }
  });
});
