/**
 * CSV injection whatever separator the spreadsheet guesses: the settlement
 * and survey CSVs are written with `;`, but a spreadsheet set to `,` or tab
 * (or a coordinator's import dialog) splits the same bytes elsewhere. No
 * field may then begin with a formula trigger, and a normal value must come
 * back unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { excelCsv } from '../../../server/feedback/csv.js';
import { surveyCsv } from '../../../server/survey/csv.js';

const TRIGGER = /^[=+\-@\t\r]/;

const HOSTILE = [
  'a,=1+1,b',
  'a;=1+1;b',
  'a\t=1+1\tb',
  'a\n=1+1',
  'a\r=1+1',
  'x,+cmd|" /C calc"!A0',
  'x;-2+3',
  'x\t@SUM(A1:A2)',
  'a;\t=1',
  'a,\r=1',
  'a, =1+1',
  'a,"=1+1"',
  '=1+1',
  '\t=1+1',
  'a "quoted" ; b',
];

function fields(csv: string, delimiter: string): string[] {
  const records = parse(csv.replace(/^\uFEFF/, ''), {
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  return records.flat();
}

for (const delimiter of [',', ';', '\t']) {
  test(`read with ${JSON.stringify(delimiter)} as the separator, no field of the CSV begins with = + - @ or a tab/CR`, () => {
    const csv = excelCsv(['Číslo', 'Text'], HOSTILE.map((value, i) => [String(i + 1), value]));
    // Each field also trimmed of spaces, as some import dialogs do.
    const bad = fields(csv, delimiter).filter((f) => TRIGGER.test(f) || TRIGGER.test(f.trimStart()) || TRIGGER.test(f.replace(/^[\s"]+/, '')));
    assert.deepEqual(bad, []);
  });
}

test('every cell with a comma, semicolon, tab, line break or quote is quoted', () => {
  const csv = excelCsv(['h'], [['a,b'], ['a;b'], ['a\tb'], ['a\nb'], ['a\rb'], ['a"b'], ['plain']]);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[1], '"a,b"');
  assert.equal(lines[2], '"a;b"');
  assert.equal(lines[3], '"a\tb"');
  assert.ok(lines[4]!.startsWith('"a\nb"'));
  assert.ok(csv.includes('"a\rb"'));
  assert.ok(csv.includes('"a""b"'));
  assert.ok(lines.includes('plain'));
});

test('normal values (Czech prose with commas, semicolons, quotes, line breaks) come back unchanged with the semicolon', () => {
  const values = [
    'Prosíme o pečovatelskou službu i o víkendech, hlavně v Běšinech; děkujeme.',
    'Návrh: „včetně víkendů", viz bod 1.1\nDruhý řádek.',
    'Kapacita 12 – 15 lůžek, 3 % nákladů',
    'O rodiče, jiné',
  ];
  const csv = excelCsv(['Číslo', 'Text'], values.map((v, i) => [String(i + 1), v]));
  const rows = parse(csv, { delimiter: ';', bom: true }) as string[][];
  assert.deepEqual(rows.slice(1).map((r) => r[1]), values);
});

test('the survey CSV is inert with every separator too', () => {
  const survey = {
    id: 'a',
    title: 'Anketa',
    questions: [{ id: 'chybi', type: 'text', text: 'Co chybí?' }],
  } as unknown as Parameters<typeof surveyCsv>[0];
  const csv = surveyCsv(survey, [
    { id: 'x', number: 1, receivedAt: '2026-11-20T10:00:00Z', answers: { chybi: 'nic,=HYPERLINK("http://evil.example")' } },
  ] as unknown as Parameters<typeof surveyCsv>[1]);
  for (const delimiter of [',', ';', '\t']) {
    assert.deepEqual(fields(csv, delimiter).filter((f) => TRIGGER.test(f)), [], `with ${JSON.stringify(delimiter)}`);
  }
});
