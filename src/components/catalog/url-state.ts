/**
 * The catalogue's state in the page URL, under one namespaced query parameter
 * (`kpss-catalog`, or `kpss-catalog-<id>` when the element has an id), so a
 * link can be shared and Back works, while the host page's own parameters and
 * hash routes stay exactly as they were.
 */
import { LIFE_SITUATIONS, type LifeSituationCode } from '../../data/situations.js';
import { FORM_CODES, KIND_CODES, TARGET_GROUP_CODES, type FormCode, type KindCode, type TargetGroupCode } from '../../data/taxonomy.js';
import type { CatalogFilters } from '../../data/catalog-filter.js';

export interface CatalogState {
  readonly query: string;
  readonly filters: CatalogFilters;
  readonly page: number;
  readonly view: 'list' | 'map';
  readonly selected?: string | undefined;
}

export function paramName(id: string): string {
  return id ? `kpss-catalog-${id}` : 'kpss-catalog';
}

function codes<T extends string>(value: string | null, known: readonly T[]): T[] {
  return (value ?? '').split(',').filter((c): c is T => (known as readonly string[]).includes(c));
}

export function encodeState(state: CatalogState): string {
  const p = new URLSearchParams();
  const { filters } = state;
  if (state.query) p.set('q', state.query);
  if (filters.situation) p.set('s', filters.situation);
  if (filters.kinds?.length) p.set('k', filters.kinds.join(','));
  if (filters.targetGroups?.length) p.set('t', filters.targetGroups.join(','));
  if (filters.forms?.length) p.set('f', filters.forms.join(','));
  if (filters.municipality) p.set('m', filters.municipality);
  if (state.page > 1) p.set('p', String(state.page));
  if (state.view === 'map') p.set('v', 'map');
  if (state.selected) p.set('d', state.selected);
  return p.toString();
}

/** Reads a state back; unknown codes are dropped, never trusted. */
export function decodeState(value: string): CatalogState {
  const p = new URLSearchParams(value);
  const situation = p.get('s');
  const page = Number(p.get('p'));
  return {
    query: p.get('q') ?? '',
    filters: {
      situation: situation && situation in LIFE_SITUATIONS ? (situation as LifeSituationCode) : undefined,
      kinds: codes<KindCode>(p.get('k'), KIND_CODES),
      targetGroups: codes<TargetGroupCode>(p.get('t'), TARGET_GROUP_CODES),
      forms: codes<FormCode>(p.get('f'), FORM_CODES),
      municipality: p.get('m') ?? undefined,
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
    view: p.get('v') === 'map' ? 'map' : 'list',
    selected: p.get('d') ?? undefined,
  };
}

/** The state in the current URL, or undefined when the parameter is absent. */
export function readUrlState(name: string): CatalogState | undefined {
  const value = new URL(location.href).searchParams.get(name);
  return value === null ? undefined : decodeState(value);
}

/** Writes the state into the URL; `push` adds a history entry (Back returns to the previous state). */
export function writeUrlState(name: string, state: CatalogState, push: boolean): void {
  const url = new URL(location.href);
  const value = encodeState(state);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  if (url.href === location.href) return;
  // Keep whatever the host page keeps in history.state (hash routers do).
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
