/**
 * Warnings about the plan's text and the participation part that the schema
 * accepts but that are probably mistakes (docs/region-data.md): markup in a
 * text the widgets show as it stands, a paragraph id that does not fit in a
 * link, phases whose dates contradict each other or the plan's and the
 * survey's own dates. Only the command line says these, so a town's page pays
 * nothing for them.
 *
 * They read the file as it is (the parts may be broken), so every value is
 * checked for its type first.
 */
import type { DataProblem } from '../data/problems.js';
import type { Label } from '../data/taxonomy.js';
import { isObject } from './json-text.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const DATE = /^\d{4}-\d\d-\d\d$/;
/** A real day, else undefined: a date that is not one is already an error, and is not compared. */
const date = (value: unknown): string | undefined =>
  typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value) ? value : undefined;

/**
 * Tags (`<p>`, `</b>`, `<br/>`), entities (`&nbsp;`) and the Markdown people
 * paste from an editor (`**bold**`, a `# heading` or `- item` line start):
 * the widgets never read text as HTML, so residents would see the marks.
 * Not a numbered line ("1. 9. 2027: zahájení" is a Czech date).
 */
const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);|\*\*[^*\s][^*]*\*\*|^\s*(#{1,6}|[-*])\s/im;

/** Letters, digits, `.` and `-`: readable, and the same in a link's fragment or query as in the file. */
const URL_SAFE_ID = /^[A-Za-z0-9.-]+$/;

function markup(path: string, value: unknown, out: DataProblem[]): void {
  const text = str(value);
  const found = text && MARKUP.exec(text);
  if (!found) return;
  const mark = found[0].trim().slice(0, 20);
  out.push({
    path,
    reason: {
      cs: `vypadá to na HTML nebo Markdown („${mark}“): widgety text ukazují, jak je, obyvatelé by značky viděli; pište prostý text, odstavec jako zvláštní položku`,
      en: `looks like HTML or Markdown ("${mark}"): the widgets show text as it stands, residents would see the marks; write plain text, each paragraph as its own item`,
    },
  });
}

function paragraphs(path: string, value: unknown, out: DataProblem[]): void {
  list(value).forEach((p, i) => {
    if (!isObject(p)) return;
    const id = str(p.id)?.trim();
    if (id && !URL_SAFE_ID.test(id)) {
      out.push({
        path: `${path}[${i}].id`,
        reason: {
          cs: `id „${id}“ obsahuje jiné znaky než písmena bez diakritiky, číslice, tečku a pomlčku: odkaz na odstavec by byl nečitelný; třeba „1.2-p3“ (id už zveřejněného odstavce neměňte)`,
          en: `id "${id}" has characters other than ASCII letters, digits, "." and "-": a link to the paragraph would be unreadable; such as "1.2-p3" (do not change the id of a published paragraph)`,
        },
      });
    }
    markup(`${path}[${i}].text`, p.text, out);
  });
}

/** The plan's paragraphs and a measure's texts. */
function planWarnings(plan: unknown, out: DataProblem[]): void {
  if (!isObject(plan)) return;
  list(plan.sections).forEach((section, i) => {
    if (!isObject(section)) return;
    const at = `plan.sections[${i}]`;
    paragraphs(`${at}.paragraphs`, section.paragraphs, out);
    list(section.measures).forEach((measure, j) => {
      if (!isObject(measure)) return;
      paragraphs(`${at}.measures[${j}].paragraphs`, measure.paragraphs, out);
      for (const key of ['goal', 'responsible', 'funding', 'timeline']) markup(`${at}.measures[${j}].${key}`, measure[key], out);
    });
  });
}

const day = (iso: string): Label => {
  const [y, m, d] = iso.split('-').map(Number);
  return { cs: `${d}. ${m}. ${y}`, en: iso };
};

/** A phase's dates against the part it stands for: the plan's commenting, the survey. */
const COUNTERPART: Record<string, { path: string; of: (json: Record<string, unknown>) => unknown }> = {
  pripominkovani: { path: 'plan.commenting', of: (json) => (isObject(json.plan) ? json.plan.commenting : undefined) },
  anketa: { path: 'survey', of: (json) => json.survey },
};

function phaseWarnings(json: Record<string, unknown>, phases: unknown, out: DataProblem[]): void {
  let previous: string | undefined;
  list(phases).forEach((phase, i) => {
    if (!isObject(phase)) return;
    const at = `participation.phases[${i}]`;
    const from = date(phase.from);
    const until = date(phase.until);
    if (from && until && until < from) {
      out.push({
        path: `${at}.until`,
        reason: {
          cs: `fáze končí ${day(until).cs}, dřív než začíná (${day(from).cs})`,
          en: `the phase ends on ${until}, before it begins (${from})`,
        },
      });
    }
    // A phase without `until` lasts until the next one in the list begins: out of order, it would seem to end before it began.
    if (from && previous && from < previous) {
      out.push({
        path: `${at}.from`,
        reason: {
          cs: `fáze začíná ${day(from).cs}, dřív než předchozí v seznamu (${day(previous).cs}): seřaďte fáze podle začátku`,
          en: `the phase begins on ${from}, before the one above it in the list (${previous}): list the phases in the order they begin`,
        },
      });
    }
    if (from) previous = from;
    const counterpart = typeof phase.id === 'string' && Object.hasOwn(COUNTERPART, phase.id) ? COUNTERPART[phase.id]! : undefined;
    const own = counterpart?.of(json);
    if (!counterpart || !isObject(own)) return;
    const ownFrom = date(own.from);
    const ownUntil = date(own.until);
    if (!ownFrom || !ownUntil || !from || (from === ownFrom && (until ?? ownUntil) === ownUntil)) return;
    const shown = (a: string, b: string | undefined, lang: 'cs' | 'en') => `${day(a)[lang]} – ${b ? day(b)[lang] : '…'}`;
    out.push({
      path: `${at}.from`,
      reason: {
        cs: `fáze ${phase.id} (${shown(from, until, 'cs')}) nesouhlasí s ${counterpart.path} (${shown(ownFrom, ownUntil, 'cs')}): obyvatelé by četli dvoje data`,
        en: `phase ${phase.id} (${shown(from, until, 'en')}) disagrees with ${counterpart.path} (${shown(ownFrom, ownUntil, 'en')}): residents would read two sets of dates`,
      },
    });
  });
}

/** The participation part's texts and phases. */
function participationWarnings(json: Record<string, unknown>, out: DataProblem[]): void {
  const part = json.participation;
  if (!isObject(part)) return;
  markup('participation.about', part.about, out);
  markup('participation.whoCanTakePart', part.whoCanTakePart, out);
  list(part.phases).forEach((phase, i) => {
    if (isObject(phase)) markup(`participation.phases[${i}].whatToDo`, phase.whatToDo, out);
  });
  if (isObject(part.project)) markup('participation.project.funding', part.project.funding, out);
  phaseWarnings(json, part.phases, out);
}

/** Every warning of this module, for a file as parsed JSON. */
export function planAndParticipationWarnings(json: unknown): DataProblem[] {
  if (!isObject(json)) return [];
  const out: DataProblem[] = [];
  planWarnings(json.plan, out);
  participationWarnings(json, out);
  return out;
}
