/**
 * The anchor of the resident-facing benchmark: plain fuse.js with its default
 * options over the same region file, on the same page, in the plainest UI
 * there is: a search input whose `input` listener runs `fuse.search` and
 * renders the top 20 names and the count into a list, synchronously.
 * Served as /fuse-anchor.js by bench/run.mjs; the harness imports it after the
 * catalogue has been measured.
 */
import Fuse from 'fuse.js';
import { csLabels } from '../src/l10n/cs/labels.js';

interface Service {
  readonly name: string;
  readonly kind: string;
  readonly provider: { readonly name: string };
  readonly description?: string;
  readonly areaServed?: readonly string[];
  readonly locations?: readonly { readonly address?: string }[];
}

interface Row {
  readonly name: string;
  readonly provider: { readonly name: string };
  readonly description: string;
  readonly kind: string;
  readonly towns: readonly string[];
}

/** The town of "Ulice 12, 339 01 Obec". */
const townOf = (address: string) => address.replace(/^.*\d{3} ?\d{2}\s+/, '');

const KEYS = ['name', 'provider.name', 'description', 'kind', 'towns'];

export async function mountFuse(url: string, afterPaint: () => Promise<number>) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  const fetchedAt = performance.now();
  const services = (JSON.parse(text) as { services: Service[] }).services;
  const started = performance.now();
  const rows: Row[] = services.map((s) => ({
    name: s.name,
    provider: { name: s.provider.name },
    description: s.description ?? '',
    kind: (csLabels.kinds as Record<string, string>)[s.kind] ?? s.kind,
    towns: [...(s.areaServed ?? []), ...(s.locations ?? []).flatMap((l) => (l.address ? [townOf(l.address)] : []))],
  }));
  const fuse = new Fuse(rows, { keys: KEYS });
  const buildMs = performance.now() - started;

  const root = document.createElement('section');
  root.id = 'fuse-anchor';
  const input = document.createElement('input');
  input.type = 'search';
  input.setAttribute('aria-label', 'fuse.js');
  const count = document.createElement('p');
  const list = document.createElement('ol');
  const render = (query: string) => {
    const names = query ? fuse.search(query).map((r) => r.item.name) : rows.map((r) => r.name);
    count.textContent = `${names.length}`;
    list.replaceChildren(
      ...names.slice(0, 20).map((name) => {
        const li = document.createElement('li');
        li.textContent = name;
        return li;
      }),
    );
  };
  input.addEventListener('input', () => render(input.value));
  render('');
  root.append(input, count, list);
  document.body.prepend(root);
  const paintedAt = await afterPaint();
  return { input, root, buildMs, fetchedAt, paintedAt };
}
