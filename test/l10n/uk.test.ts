/**
 * Ukrainian, the third language: every widget in every state renders with no
 * Czech or English string left. The test walks each widget's shadow DOM (text
 * and the attributes people hear: aria-label, title, placeholder, alt),
 * removes the region's own data (which is Czech by nature), and then looks
 * for (1) any piece of a Czech or English UI string or code label, and (2) any
 * Latin letter at all, since Ukrainian is written in Cyrillic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KpssEvents } from '../../src/components/events/events.js';
import { cs } from '../../src/l10n/cs.js';
import { en } from '../../src/l10n/en.js';
import { uk, ukLabels } from '../../src/l10n/uk.js';
import { csLabels } from '../../src/l10n/cs/labels.js';
import { enLabels } from '../../src/l10n/en-labels.js';
import { allLabels } from '../../src/l10n/labels.js';
import { catalogServices, makeCatalogRegion } from '../fixtures/catalog.js';
import { createServiceIndex } from '../../src/data/catalog-search.js';
import { ensureLocale } from '../../src/l10n/localize.js';
import { json } from '../helpers.js';
import { $, mount, setUpWalk, tearDownWalk, WALKS } from '../components/walks.js';


/* ── What must not be there ─────────────────────────────────────────────── */

/**
 * Every leaf string of a strings table; functions are called with sample
 * arguments (1, 2 and 7 reach every Czech plural form).
 */
function leaves(value: unknown, out: string[] = [], samples: readonly number[] = [1, 2, 7]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    const call = (n: number) => String((value as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(1, value.length) }, () => n)));
    for (const n of samples) out.push(call(n));
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out, samples);
  return out;
}

/** The fixed pieces of a string (around numbers and arguments), of 4 characters or more with a letter. */
const pieces = (text: string) =>
  text
    .split(/\d+|[()“”„"«»:;.,!?–—…]/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 4 && /\p{L}/u.test(p));

const tableLabels = [csLabels, enLabels].flatMap((set) => Object.values(set).flatMap((table) => Object.values(table as Record<string, string>)));
const FORBIDDEN = [...new Set([...leaves(cs), ...leaves(en), ...tableLabels].flatMap(pieces))];

/**
 * Latin allowed on a Ukrainian page: names of formats and brands, e-mail
 * addresses and the comment numbers (receipts), none of them words of a language.
 */
const ALLOWED_LATIN = /\b(?:JSON|src|ics|PDF|DOCX?|XLSX?|ODT|ODS|OpenStreetMap|Outlook|Google|URL)\b|[\w.+-]+@[\w.-]+|\b[0-9A-F]{4}-[0-9A-F]{4}\b/g;

/* ── Walking the shadow DOM ─────────────────────────────────────────────── */

/** Every text node and spoken attribute value, across nested shadow roots (styles and `translate="no"` addresses skipped). */
function spokenTexts(root: ShadowRoot | Element, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('style, [translate="no"]')) out.push(node.textContent ?? '');
      continue;
    }
    const el = node as Element;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    if (el.shadowRoot) spokenTexts(el.shadowRoot, out);
  }
  return out;
}

/** What is left of the widget's text once its data is taken out, and what in it is Czech or English. */
function leftovers(el: Element, data: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of spokenTexts(el.shadowRoot!)) {
    let text = raw;
    for (const d of data) if (text.includes(d)) text = text.split(d).join(' ');
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const piece = FORBIDDEN.find((f) => text.includes(f));
    if (piece) found.push(`${text}  ← "${piece}"`);
    else if (/[A-Za-z]/.test(text.replace(ALLOWED_LATIN, ''))) found.push(`${text}  ← Latin`);
  }
  return [...new Set(found)];
}

/**
 * Data passages not marked as Czech (WCAG 3.1.2, language of parts): text
 * nodes that are a data string whole, in a Ukrainian widget, whose nearest
 * `lang` is not `cs`. A screen reader then reads the Czech with Czech voice.
 */
function unmarked(el: Element, data: readonly string[]): string[] {
  // Web and e-mail addresses belong to no language; Cyrillic is not Czech.
  const set = new Set(data.filter((d) => /\p{L}{2}/u.test(d) && !/^https?:|@|\p{Script=Cyrillic}/u.test(d)));
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
        continue;
      }
      const text = (node.textContent ?? '').trim();
      if (!set.has(text)) continue;
      let lang: string | null = null;
      for (let e: Element | null = node.parentElement; e && lang === null; ) {
        lang = e.getAttribute('lang');
        e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
      }
      if (lang !== 'cs') out.push(`${node.parentElement?.localName}.${node.parentElement?.className}: ${text}`);
    }
  };
  walk(el.shadowRoot!);
  return [...new Set(out)];
}

/** Both checks: Czech or English left in the UI, and Czech data not marked as Czech. */
const problems = (el: Element, data: readonly string[]) => [...leftovers(el, data), ...unmarked(el, data).map((t) => `not lang=cs: ${t}`)];

/* ── The widgets ────────────────────────────────────────────────────────── */

beforeEach(() => {
  routes = setUpWalk();
});
afterEach(tearDownWalk);
let routes: Record<string, (r: Request) => Response | Promise<Response>>;

describe('Ukrainian', function () {
  // A walk per widget test (the catalogue's includes loading the map).
  this.timeout(30_000);
  it('has every string of the Czech table, each different from Czech and English', () => {
    const shape = (v: unknown): unknown =>
      typeof v === 'function' ? 'fn' : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;
    expect(JSON.stringify(shape(uk))).to.equal(JSON.stringify(shape(cs)));
    const [csLeaves, enLeaves, ukLeaves] = [cs, en, uk].map((t) => leaves(t, [], [7]));
    const same = ukLeaves!.filter((s, i) => s === csLeaves![i] || s === enLeaves![i]);
    expect(same).to.deep.equal([]);
  });

  it('has a label for every code of every table, in Cyrillic', () => {
    for (const [name, table] of Object.entries(csLabels)) {
      expect(Object.keys(ukLabels[name as keyof typeof ukLabels]), name).to.deep.equal(Object.keys(table));
    }
    const latin = Object.values(ukLabels).flatMap((t) => Object.values(t)).filter((l) => /[A-Za-z]/.test(l));
    expect(latin).to.deep.equal([]);
  });

  it('uses the Ukrainian plural forms (1 послуга, 2 послуги, 5 послуг, 21 послуга)', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => uk.common.services(n))).to.deep.equal([
      '1 послуга', '2 послуги', '5 послуг', '11 послуг', '21 послуга', '22 послуги', '25 послуг',
    ]);
  });

  it('the catalogue search finds services by their Ukrainian labels once Ukrainian is loaded, typos too', async () => {
    const services = catalogServices();
    const ids = (index: ReturnType<typeof createServiceIndex>, query: string) => index.search(query).map((h) => services[h.index]!.id);
    // Before: the Czech index knows no Ukrainian word (the labels are not on a Czech page).
    expect(ids(createServiceIndex(services, allLabels), 'догляд вдома')).to.deep.equal([]);
    await ensureLocale('uk');
    const index = createServiceIndex(services, allLabels);
    expect(ids(index, 'догляд вдома').slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    expect(ids(index, 'доглад')).to.include('pec-kt');
    expect(ids(index, 'похилого віку')).to.include.members(['dps-kt', 'dps-su']);
    // Czech and English still work alongside.
    expect(ids(index, 'pecovatelska').slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
  });

  it("the search hint's examples each find services, in every language (on a page in that language, its labels are loaded)", async () => {
    await ensureLocale('en');
    await ensureLocale('uk');
    const services = catalogServices();
    const index = createServiceIndex(services, allLabels);
    const examples = (hint: string) => hint.split(/:\s*/)[1]!.split('.')[0]!.split(/,\s*/);
    const empty = [cs.catalog.searchHint, en.catalog.searchHint, uk.catalog.searchHint]
      .flatMap(examples)
      .filter((query) => index.search(query).length === 0);
    expect(empty).to.deep.equal([]);
    expect(examples(uk.catalog.searchHint)).to.have.length(3);
  });

  for (const [title, walk] of Object.entries(WALKS)) {
    it(title, async () => {
      const found: string[] = [];
      await walk('uk', (el, state, data) => void found.push(...problems(el, data).map((t) => `${state}: ${t}`)));
      expect(found).to.deep.equal([]);
    });
  }

  it('an error box: the message in Ukrainian, the details for the data maintainer in Czech', async () => {
    routes['/region.json'] = () => json({ schemaVersion: 1, region: { id: 'x' } });
    const el = await mount<KpssEvents>('uk', html`<kpss-events src="/region.json"></kpss-events>`, 'kpss-events');
    $(el, '.error details ul')?.remove();
    expect($(el, '.error')?.textContent ?? '').to.contain('Не вдалося завантажити дані');
    expect(leftovers(el, [])).to.deep.equal([]);
  });
});
