/**
 * What the catalogue computes from a region file, apart from how it is shown:
 * the search index, the filters' bitsets, the municipalities offered and the
 * codes present, and for each (query, filters) the results and the counts.
 *
 * Everything proportional to the region is done once per file (or once per
 * newly loaded language, for the labels the search knows); a keystroke costs
 * one search plus a few thousand bitset words (src/data/facets.ts). The
 * filters' bitsets are ready at once, for the first page; the search index
 * is built in slices after it (`buildIndex`).
 */
import type { RegionData } from '../../data/parse.js';
import type { Service } from '../../data/schema.js';
import type { SearchIndex } from '../../data/search.js';
import { createServiceIndex, DESCRIPTION_FIELD, NAME_FIELD } from '../../data/catalog-search.js';
import { czechCollator, municipalitiesOf, type CatalogFilters, type FacetCounts } from '../../data/catalog-filter.js';
import { FacetIndex } from '../../data/facets.js';
import { allLabels } from '../../l10n/labels.js';
import type { FormCode, KindCode, TargetGroupCode } from '../../data/taxonomy.js';

export interface Derived {
  readonly results: readonly Service[];
  readonly counts: FacetCounts;
}

export interface Present {
  readonly kinds: ReadonlySet<KindCode>;
  readonly targetGroups: ReadonlySet<TargetGroupCode>;
  readonly forms: ReadonlySet<FormCode>;
}

/** How long one slice of the background index build may take: a keystroke meanwhile waits at most this long. */
const SLICE_MS = 8;

interface Scheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * A later task at background priority, so frames and input go first: a chain
 * of ordinary tasks (a message channel) starves rendering in Chromium for up
 * to 100 ms, and the first page would wait for the index it does not need.
 */
function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** After the next frame is painted, behind any other task (a page's own, or whoever measures the frame). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void backgroundTask().then(resolve)));
}

export class CatalogModel {
  /** The municipalities offered: in Czech order once `buildIndex` has begun (after the first paint). */
  municipalities: string[];
  readonly present: Present;
  private readonly facets: FacetIndex;
  private last?: { readonly query: string; readonly filters: CatalogFilters; readonly derived: Derived };

  constructor(
    readonly data: RegionData,
    private readonly index: SearchIndex<Service> = createServiceIndex(data.services, allLabels, { deferred: true }),
  ) {
    const services = data.services;
    this.municipalities = municipalitiesOf(data.region.municipalities, services, false);
    const kinds = new Set<KindCode>();
    const targetGroups = new Set<TargetGroupCode>();
    const forms = new Set<FormCode>();
    for (const s of services) {
      kinds.add(s.kind);
      for (const g of s.targetGroups ?? []) targetGroups.add(g);
      for (const f of s.forms ?? []) forms.add(f);
    }
    this.present = { kinds, targetGroups, forms };
    const started = performance.now();
    this.facets = new FacetIndex(services, this.municipalities);
    performance.measure?.('kpss-catalog:facets', { start: started });
    this.indexStarted = performance.now();
    // The index is built after the first page, even for a town's 300 services: on a phone's
    // first run it costs more than the whole first page (40 ms of 90 ms, measured in bench/).
    if (this.index.ready) this.indexed();
  }

  /** Whether the life situations' counts are complete (they need the search index for their word stems). */
  get complete(): boolean {
    return this.facets.stemsAdded;
  }

  private readonly indexStarted: number;

  /** The index is complete: the life situations learn their word stems from its vocabulary. */
  private indexed(): void {
    if (this.facets.stemsAdded) return;
    // From the start of the build to its end, slices and the page's other work between them included.
    performance.measure?.('kpss-catalog:index', { start: this.indexStarted });
    this.facets.addStems((stem) => this.index.itemsWithWordPrefix(stem, [NAME_FIELD, DESCRIPTION_FIELD]));
    this.last = undefined;
  }

  /**
   * After the first paint: the municipalities in Czech order, then the search
   * index in slices of a few milliseconds between the page's other work, so
   * the first page of services shows before either; a search before the end
   * finishes the index at once. `changed` is called after each visible change.
   */
  async buildIndex(signal: AbortSignal | undefined, changed: () => void): Promise<void> {
    await afterPaint();
    if (signal?.aborted) return;
    this.municipalities = [...this.municipalities].sort(czechCollator().compare);
    changed();
    while (!signal?.aborted && !this.index.step(performance.now() + SLICE_MS)) await backgroundTask();
    if (!signal?.aborted && !this.facets.stemsAdded) {
      this.indexed();
      changed();
    }
  }

  /** The same model with a new search index (another language's labels arrived); the filters do not change. */
  withIndex(index: SearchIndex<Service>): CatalogModel {
    return new CatalogModel(this.data, index);
  }

  /** The results and counts for a query and filters; the last answer is kept, so a render without a change costs nothing. */
  compute(query: string, filters: CatalogFilters): Derived {
    const last = this.last;
    if (last && last.query === query && last.filters === filters) return last.derived;
    const services = this.data.services;
    // A search, or a life situation chosen before the index is complete, finishes it now.
    if (query.trim() || filters.situation) {
      this.index.finish();
      this.indexed();
    }
    const hits = query.trim() ? this.index.search(query).map((h) => h.index) : undefined;
    const { results, counts } = this.facets.filter(hits, filters);
    const derived: Derived = { results: results.map((i) => services[i]!), counts };
    this.last = { query, filters, derived };
    return derived;
  }
}
