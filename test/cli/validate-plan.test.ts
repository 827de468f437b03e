/**
 * `kpss validate` on the plan's text (paragraphs, a measure's goal and the
 * rest) and the participation part: every problem with its path, in Czech and
 * in English; the warnings the schema cannot give (markup, ids, phase dates);
 * what the summary says a file contains.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, kpssHere, tempDir, type Result } from './helpers.js';

const tmp = tempDir();
after(tmp.cleanup);

const SERVED = '--served-by-kpss-server';
const demo = (): Record<string, any> => JSON.parse(readFileSync(DEMO[0]!, 'utf8'));
let written = 0;
function write(content: unknown): string {
  const file = join(tmp.dir, `plan-${++written}.json`);
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

/** The file checked in Czech and in English. */
async function both(d: unknown): Promise<{ cs: Result; en: Result }> {
  const file = write(d);
  return { cs: await kpssHere(['validate', SERVED, file]), en: await kpssHere(['validate', SERVED, '--lang', 'en', file]) };
}

/** The line reporting `path`, with its tag (CHYBA, ERROR, VAROVÁNÍ, WARNING) and a position. */
function lineAt(r: Result, tag: string, path: string): string {
  const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith(tag) && l.includes(` ${path} (`));
  assert.ok(line, `no ${tag} for ${path} in:\n${r.stdout}`);
  assert.match(line, /\((řádek|line) \d+, (sloupec|column) \d+\)/);
  return line;
}
const tagged = (r: Result, tag: RegExp) => r.stdout.split('\n').filter((l) => tag.test(l));

describe("kpss validate: the plan's paragraphs", () => {
  test('a paragraph without text, or with only spaces: an error at its path, exit 1', async () => {
    const d = demo();
    delete d.plan.sections[0].paragraphs[1].text;
    d.plan.sections[1].measures[0].paragraphs[0].text = '   ';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[0].paragraphs[1].text'), /chybí povinná položka$/);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[1].measures[0].paragraphs[0].text'), /nesmí být prázdné$/);
    assert.match(cs.stdout, /✗ 2 chyby, 0 varování: widgety vadné části vynechají/);
    assert.equal(en.code, 1);
    assert.match(lineAt(en, 'ERROR', 'plan.sections[0].paragraphs[1].text'), /required field is missing$/);
    assert.match(lineAt(en, 'ERROR', 'plan.sections[1].measures[0].paragraphs[0].text'), /must not be empty$/);
    assert.match(en.stdout, /✗ 2 errors, 0 warnings: the widgets skip the broken parts/);
  });

  test("a paragraph id used twice, or equal to a measure's id: duplicate-id, saying why it matters", async () => {
    const d = demo();
    d.plan.sections[2].paragraphs[0].id = '1-p1';
    d.plan.sections[3].measures[1].paragraphs[1].id = '4.1';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[2].paragraphs[0].id'), /id "1-p1" už má jiný odstavec, oddíl nebo opatření plánu: připomínka odkazuje na odstavec podle id/);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[3].measures[1].paragraphs[1].id'), /id "4\.1" už má jiný odstavec/);
    // The first use is fine: only the repetition is reported.
    assert.equal(tagged(cs, /CHYBA/).length, 2, cs.stdout);
    assert.match(lineAt(en, 'ERROR', 'plan.sections[2].paragraphs[0].id'), /duplicate id "1-p1": another paragraph, section or measure of the plan has it/);
    assert.match(lineAt(en, 'ERROR', 'plan.sections[3].measures[1].paragraphs[1].id'), /duplicate id "4\.1"/);
  });

  test("a measure's goal, responsible, funding and timeline must be text", async () => {
    const d = demo();
    d.plan.sections[0].measures[0].goal = 42;
    d.plan.sections[0].measures[0].timeline = ['2027', '2028'];
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[0].measures[0].goal'), /má být text, je tu number/);
    assert.match(lineAt(cs, 'CHYBA', 'plan.sections[0].measures[0].timeline'), /má být text, je tu array/);
    assert.match(lineAt(en, 'ERROR', 'plan.sections[0].measures[0].goal'), /expected a string, got number/);
  });
});

describe('kpss validate: participation', () => {
  test('an unknown phase code and document group: the allowed codes, or the nearest one', async () => {
    const d = demo();
    d.participation.phases[1].id = 'hlasovani';
    d.participation.documents[0].group = 'faktury';
    d.participation.documents[1].group = 'zapis';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'participation.phases[1].id'), /neznámý kód "hlasovani" \(povolené kódy: mapovani, anketa, setkani, pripominkovani, schvaleno\)$/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[0].group'), /neznámý kód "faktury" \(povolené kódy: zapisy, analyzy, plan, ostatni\)$/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[1].group'), /neznámý kód "zapis" \(nemá to být „zapisy“\?\)$/);
    assert.match(lineAt(en, 'ERROR', 'participation.phases[1].id'), /unknown code "hlasovani" \(allowed codes: mapovani, anketa, setkani, pripominkovani, schvaleno\)$/);
    assert.match(lineAt(en, 'ERROR', 'participation.documents[0].group'), /unknown code "faktury" \(allowed codes: zapisy, analyzy, plan, ostatni\)$/);
    assert.match(lineAt(en, 'ERROR', 'participation.documents[1].group'), /unknown code "zapis" \(did you mean "zapisy"\?\)$/);
    // The long list of kinds of service is still not printed in full.
    d.participation = undefined;
    d.services[0].kind = 'xyzzy';
    const kinds = await both(d);
    assert.match(lineAt(kinds.cs, 'CHYBA', 'services[0].kind'), /neznámý kód "xyzzy"$/);
  });

  test("bad dates: a phase's from and until, a document's date", async () => {
    const d = demo();
    d.participation.phases[0].from = '5. 1. 2026';
    d.participation.phases[2].until = '2027-02-29';
    d.participation.documents[4].date = '2026-13-01';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'participation.phases[0].from'), /neplatný formát "5\. 1\. 2026" \(datum jako 2026-12-03/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.phases[2].until'), /„2027-02-29“ není skutečné datum: únor 2027 má 28 dní/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[4].date'), /neplatný formát "2026-13-01"/);
    assert.match(lineAt(en, 'ERROR', 'participation.phases[0].from'), /invalid format "5\. 1\. 2026" \(date like 2026-12-03/);
    assert.match(lineAt(en, 'ERROR', 'participation.phases[2].until'), /"2027-02-29" is not a real date: February 2027 has 28 days/);
    assert.match(lineAt(en, 'ERROR', 'participation.documents[4].date'), /invalid format "2026-13-01"/);
    // A date that is already an error is not compared with the survey's as well.
    assert.deepEqual(tagged(cs, /VAROVÁNÍ/), [], cs.stdout);
  });

  test('a negative size and one with a fraction: a size is whole bytes', async () => {
    const d = demo();
    d.participation.documents[2].size = -5;
    d.participation.documents[3].size = 1.5;
    d.participation.documents[5].size = '1 MB';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[2].size'), /nejméně 0, je tu -5$/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[3].size'), /má být celé číslo, je tu 1\.5$/);
    assert.match(lineAt(cs, 'CHYBA', 'participation.documents[5].size'), /má být číslo, je tu string$/);
    assert.match(lineAt(en, 'ERROR', 'participation.documents[2].size'), /must be at least 0, got -5$/);
    assert.match(lineAt(en, 'ERROR', 'participation.documents[3].size'), /expected a whole number, got 1\.5$/);
  });

  test('required fields: a phase without from, a document without url, a project without name', async () => {
    const d = demo();
    delete d.participation.phases[4].from;
    delete d.participation.documents[0].url;
    delete d.participation.project.name;
    const { cs, en } = await both(d);
    for (const path of ['participation.phases[4].from', 'participation.documents[0].url', 'participation.project.name']) {
      assert.match(lineAt(cs, 'CHYBA', path), /chybí povinná položka$/);
      assert.match(lineAt(en, 'ERROR', path), /required field is missing$/);
    }
  });

  test('a broken frame does not hide the participation problems', async () => {
    const d = demo();
    d.$schema = 5;
    d.participation.phases[1].id = 'hlasovani';
    d.participation.documents[2].size = -1;
    const { cs } = await both(d);
    assert.equal(cs.code, 1, cs.stdout);
    lineAt(cs, 'CHYBA', '$schema');
    assert.match(lineAt(cs, 'CHYBA', 'participation.phases[1].id'), /povolené kódy/);
    lineAt(cs, 'CHYBA', 'participation.documents[2].size');
    assert.match(cs.stdout, /✗ 3 chyby, 0 varování: widgety místo obsahu ukážou chybu/);
  });
});

describe('kpss validate: warnings about the texts and the phases', () => {
  test('the demo files have none, and say what they contain', async () => {
    const cs = await kpssHere(['validate', SERVED, ...DEMO]);
    assert.equal(cs.code, 0, cs.stdout);
    assert.doesNotMatch(cs.stdout, /VAROVÁNÍ/);
    assert.match(cs.stdout, /✓ v pořádku \(53 služeb, 13 setkání, plán – \d+ odstavců, jak se zapojit – 5 fází a 9 dokumentů\); 0 chyb, 0 varování/);
    assert.match(cs.stdout, /jak se zapojit – 3 fáze a 3 dokumenty\)/);
    const en = await kpssHere(['validate', SERVED, '--lang', 'en', DEMO[0]!]);
    assert.match(en.stdout, /✓ valid \(53 services, 13 events, a plan – \d+ paragraphs, taking part – 5 phases and 9 documents\)/);
    // A plan without paragraphs is still just "a plan".
    const d = demo();
    for (const s of d.plan.sections) {
      delete s.paragraphs;
      for (const m of s.measures) delete m.paragraphs;
    }
    delete d.participation;
    const bare = await both(d);
    assert.match(bare.cs.stdout, /✓ v pořádku \(53 služeb, 13 setkání, plán\)/);
    assert.match(bare.en.stdout, /✓ valid \(53 services, 13 events, a plan\)/);
  });

  test('HTML or Markdown in a text shown as it stands: a warning, exit 0', async () => {
    const d = demo();
    d.plan.sections[0].paragraphs[0].text = '<p>Na Klatovsku žije…</p>';
    d.plan.sections[0].measures[1].funding = 'dotace MPSV&nbsp;a rozpočty obcí';
    d.plan.sections[1].measures[0].paragraphs[0].text = 'Opatření má tři části:\n- asistence\n- doprava';
    d.participation.phases[2].whatToDo = 'Vyplňte **anketu** do konce ledna.';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 0, cs.stdout);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'plan.sections[0].paragraphs[0].text'), /vypadá to na HTML nebo Markdown \(„<p>“\): .*pište prostý text/);
    lineAt(cs, 'VAROVÁNÍ', 'plan.sections[0].measures[1].funding');
    lineAt(cs, 'VAROVÁNÍ', 'plan.sections[1].measures[0].paragraphs[0].text');
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'participation.phases[2].whatToDo'), /„\*\*anketu\*\*“/);
    assert.match(cs.stdout, /0 chyb, 4 varování/);
    assert.match(lineAt(en, 'WARNING', 'plan.sections[0].paragraphs[0].text'), /looks like HTML or Markdown \("<p>"\): the widgets show text as it stands/);
    // Czech dates, signs and dashes in plain text are not markup.
    const plain = demo();
    plain.plan.sections[0].measures[0].timeline = '1. 9. 2027: zahájení; 2028 – všechny obce';
    plain.plan.sections[0].paragraphs[0].text = 'Senioři 65+ tvoří 22 % obyvatel; péče 24/7 & víkendy, věk < 65 let.';
    assert.deepEqual(tagged((await both(plain)).cs, /VAROVÁNÍ/), []);
  });

  test('a paragraph id that would not read well in a link', async () => {
    const d = demo();
    d.plan.sections[0].paragraphs[0].id = 'odstavec 1';
    d.plan.sections[0].measures[0].paragraphs[0].id = 'opatření-1.1';
    const { cs, en } = await both(d);
    assert.equal(cs.code, 0, cs.stdout);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'plan.sections[0].paragraphs[0].id'), /id „odstavec 1“ obsahuje jiné znaky .* třeba „1\.2-p3“/);
    lineAt(cs, 'VAROVÁNÍ', 'plan.sections[0].measures[0].paragraphs[0].id');
    assert.match(lineAt(en, 'WARNING', 'plan.sections[0].paragraphs[0].id'), /id "odstavec 1" has characters other than ASCII letters/);
  });

  test('a phase ending before it begins, phases out of order, dates that disagree with the plan and the survey', async () => {
    const d = demo();
    d.participation.phases[0].until = '2025-12-31'; // mapovani from 2026-01-05
    d.participation.phases[1].from = '2025-11-01'; // setkani now before mapovani
    d.participation.phases[3].until = '2026-12-20'; // pripominkovani, the plan says 15 December
    d.participation.phases[2].from = '2026-10-20'; // anketa, the survey says 15 October
    const { cs, en } = await both(d);
    assert.equal(cs.code, 0, cs.stdout);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'participation.phases[0].until'), /fáze končí 31\. 12\. 2025, dřív než začíná \(5\. 1\. 2026\)/);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'participation.phases[1].from'), /dřív než předchozí v seznamu \(5\. 1\. 2026\): seřaďte fáze podle začátku/);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'participation.phases[3].from'), /fáze pripominkovani \(1\. 11\. 2026 – 20\. 12\. 2026\) nesouhlasí s plan\.commenting \(1\. 11\. 2026 – 15\. 12\. 2026\)/);
    assert.match(lineAt(cs, 'VAROVÁNÍ', 'participation.phases[2].from'), /fáze anketa \(20\. 10\. 2026 – 31\. 1\. 2027\) nesouhlasí se? survey/);
    assert.equal(tagged(cs, /VAROVÁNÍ/).length, 4, cs.stdout);
    assert.match(lineAt(en, 'WARNING', 'participation.phases[0].until'), /the phase ends on 2025-12-31, before it begins \(2026-01-05\)/);
    assert.match(lineAt(en, 'WARNING', 'participation.phases[1].from'), /list the phases in the order they begin/);
    assert.match(lineAt(en, 'WARNING', 'participation.phases[3].from'), /phase pripominkovani \(2026-11-01 – 2026-12-20\) disagrees with plan\.commenting \(2026-11-01 – 2026-12-15\)/);
    // A phase without until agrees with any end.
    const open = demo();
    delete open.participation.phases[3].until;
    assert.deepEqual(tagged((await both(open)).cs, /VAROVÁNÍ/), []);
  });
});
