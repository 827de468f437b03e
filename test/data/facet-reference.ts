/**
 * The straightforward computation of the catalogue's filters and counts, one
 * service at a time, with the rules of src/data/catalog-filter.ts: what the
 * fast FacetIndex (src/data/facets.ts) must always equal.
 */
import type { Service } from '../../src/data/schema.js';
import { LIFE_SITUATIONS, type LifeSituationCode } from '../../src/data/situations.js';
import { inSituation, servesMunicipality, type CatalogFilters, type FacetCounts, type FacetName } from '../../src/data/catalog-filter.js';

export function matches(service: Service, filters: CatalogFilters, skip?: FacetName): boolean {
  const { situation, kinds, targetGroups, forms, municipality } = filters;
  if (skip !== 'situation' && situation && !inSituation(service, situation)) return false;
  if (skip !== 'kinds' && kinds?.length && !kinds.includes(service.kind)) return false;
  if (skip !== 'targetGroups' && targetGroups?.length && !service.targetGroups?.some((g) => targetGroups.includes(g))) return false;
  if (skip !== 'forms' && forms?.length && !service.forms?.some((f) => forms.includes(f))) return false;
  if (skip !== 'municipality' && municipality && !servesMunicipality(service, municipality)) return false;
  return true;
}

export function applyFilters(services: readonly Service[], filters: CatalogFilters): Service[] {
  return services.filter((s) => matches(s, filters));
}

/** For each filter value, how many of `services` it would leave with the other filters applied. */
export function facetCounts(services: readonly Service[], filters: CatalogFilters, municipalities: readonly string[]): FacetCounts {
  const counts: FacetCounts = {
    situation: new Map(),
    kinds: new Map(),
    targetGroups: new Map(),
    forms: new Map(),
    municipality: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const situations = Object.keys(LIFE_SITUATIONS) as LifeSituationCode[];
  for (const service of services) {
    if (matches(service, filters, 'situation')) for (const code of situations) if (inSituation(service, code)) bump(counts.situation, code);
    if (matches(service, filters, 'kinds')) bump(counts.kinds, service.kind);
    if (matches(service, filters, 'targetGroups')) for (const g of new Set(service.targetGroups)) bump(counts.targetGroups, g);
    if (matches(service, filters, 'forms')) for (const f of new Set(service.forms)) bump(counts.forms, f);
    if (matches(service, filters, 'municipality')) for (const m of municipalities) if (servesMunicipality(service, m)) bump(counts.municipality, m);
  }
  return counts;
}

