/**
 * The settlement table ("vypořádání připomínek") as CSV for a spreadsheet:
 * Czech Excel opens it with a double click. UTF-8 with a BOM (else Excel reads
 * it as Windows-1250), `;` separators (the Czech list separator), CRLF, and
 * quotes around any cell with a separator of any kind: `,`, `;`, a tab, a
 * line break, a carriage return or `"`.
 *
 * CSV injection (OWASP): a spreadsheet may split the file on `,` or a tab
 * instead of `;` (a locale, an import dialog), and then a field begins inside
 * a cell. So wherever a field could begin (the cell's start, and after any
 * `,`, `;`, tab, CR or LF in it) and `=`, `+`, `-`, `@`, a tab or a CR
 * follows (spaces and quotes before it too, which importers may strip), an
 * apostrophe goes in first: the spreadsheet shows text and never evaluates it.
 */
import { stringify } from 'csv-stringify/sync';
import type { RegionEntry } from '../regions.js';
import type { CommentChannel, SettlementStatus, StoredComment } from '../store/types.js';

export const STATUS_LABELS: Record<SettlementStatus, string> = {
  akceptovano: 'akceptováno',
  'castecne-akceptovano': 'částečně akceptováno',
  neakceptovano: 'neakceptováno',
  'vzato-na-vedomi': 'vzato na vědomí',
};

/** How a comment came, in the words of the desk, the CSV and the annex ("podáno na papíře"). */
export const CHANNEL_LABELS: Record<CommentChannel, string> = {
  web: 'webovým formulářem',
  paper: 'na papíře',
  email: 'e-mailem',
  meeting: 'na setkání',
};

/**
 * New columns are appended, so the earlier ones keep their places (a
 * coordinator's spreadsheet formulas point at them): "Způsob podání" came
 * with the desk's entry of paper comments, "Odstavec" (the id of the quoted
 * paragraph of the plan's text, `<kpss-plan>`) after it.
 */
export const CSV_HEADER = [
  'Číslo',
  'Přijato',
  'Oddíl plánu',
  'Připomínka',
  'Návrh znění',
  'Autor',
  'Organizace',
  'E-mail',
  'Stav',
  'Vypořádání',
  'Způsob podání',
  'Odstavec',
];

/** A field may begin at the start or after a separator; a trigger (after spaces or quotes) there is a formula. */
const FORMULA_START = /(?:^|(?<=[,;\t\r\n]))(?=[ "]*[=+\-@\t\r])/g;

/** Makes a cell inert in spreadsheets whatever they split it on (OWASP CSV injection). */
export function inertCell(value: string): string {
  return value.replace(FORMULA_START, "'");
}

const PRAGUE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `2026-11-23 15:04:05` in Prague time: what a Czech spreadsheet reads as a date. */
export function pragueTime(iso: string): string {
  return PRAGUE_TIME.format(new Date(iso));
}

function sectionLabel(comment: StoredComment, region: RegionEntry | undefined): string {
  if (!comment.sectionId) return 'obecná připomínka';
  const plan = region?.plan;
  const title = plan && plan.id === comment.planId ? plan.sections.get(comment.sectionId) : undefined;
  return title ? `${comment.sectionId} ${title}` : comment.sectionId;
}

/** The status in Czech words; spam and duplicates say so (they are never published). */
function statusCell(c: StoredComment): string {
  const status = c.status ? STATUS_LABELS[c.status] : '';
  const mark =
    c.mark === 'spam' ? 'spam (nezveřejňuje se)' : c.mark === 'duplicate' ? `duplicitní s č. ${c.duplicateOf ?? '?'} (nezveřejňuje se)` : '';
  return [status, mark].filter(Boolean).join('; ');
}

export function settlementCsv(comments: readonly StoredComment[], region: RegionEntry | undefined): string {
  const rows = comments.map((c) =>
    [
      String(c.number),
      pragueTime(c.receivedAt),
      sectionLabel(c, region),
      c.message,
      c.proposal ?? '',
      c.name ?? '',
      c.organization ?? '',
      c.email ?? '',
      statusCell(c),
      c.resolution ?? '',
      CHANNEL_LABELS[c.channel ?? 'web'],
      c.paragraphId ?? '',
    ],
  );
  return excelCsv(CSV_HEADER, rows);
}

/** A table as CSV for Czech Excel (BOM, `;`, CRLF, any separator quoted), every cell made inert. */
export function excelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows].map((row) => row.map(inertCell)), {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // Not only `;`: a cell with any separator is quoted (csv-stringify alone would leave `,`, tabs and a bare "\n").
    quoted_match: /[,;\t\r\n"]/,
  });
}
