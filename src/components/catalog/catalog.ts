import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { checkServices } from '../../data/service-schema.js';
import { registerPart } from '../../data/read-region.js';
import { TaskStatus } from '@lit/task';
import { KpssElement } from '../shared/kpss-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { catalogStyles } from './catalog.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import type { RegionData } from '../../data/parse.js';
import type { Service } from '../../data/schema.js';
import { createServiceIndex } from '../../data/catalog-search.js';
import { isFiltered, type CatalogFilters } from '../../data/catalog-filter.js';
import { formatNumber } from '../../l10n/plural.js';
import { CatalogModel } from './catalog-model.js';
import { allLabels, labelsVersion } from '../../l10n/labels.js';
import { renderMoreFilters, renderMunicipality, renderSituations, syncMunicipalityOptions, type FilterPanel } from './filters.js';
import { renderCard, type CardContext } from './service-card.js';
import { DetailView } from './detail-view.js';
import { renderEmpty, renderPager } from './list-parts.js';
import type { MapSelectEvent } from './catalog-map.js';
import { paramName, readUrlState, writeUrlState, type CatalogState } from './url-state.js';
import { catalog } from '../../l10n/cs/catalog.js';
import { KpssSearchEvent, KpssSelectEvent } from './catalog-events.js';

export { KpssSearchEvent, KpssSelectEvent } from './catalog-events.js';

type View = 'list' | 'map';
const viewConverter = { fromAttribute: (v: string | null): View => (v === 'map' ? 'map' : 'list') };
const DEFAULT_REGISTRY = 'https://iregistr.mpsv.cz/socreg/detail_sluzby.do?SLUZBA_ID={id}';

/**
 * @tagname kpss-catalog
 * @summary The region's catalogue of social services: search as residents type
 * (no diacritics, typos), life situations and filters with counts, a map,
 * a detail view, a shareable URL and a readable printout.
 *
 * @event kpss-search - KpssSearchEvent { query, filters, count } when the results change.
 * @event kpss-select - KpssSelectEvent { serviceId } when a service's details open.
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 * @csspart card - A service in the result list.
 * @csspart chip - A life-situation button.
 * @csspart button - The buttons (details, pages, reset).
 * @csspart dialog - The detail view.
 *
 * @cssproperty [--kpss-map-height=28em] - Height of the map.
 */
export class KpssCatalog extends KpssElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('services', checkServices);
  }

  static override styles = [hostStyles, controlStyles, catalogStyles];
  static override csStrings = { catalog };
  /** How long the result count waits before it is announced (typing should not chatter). */
  static announceDelay = 600;
  /** Loads the detail view's code (a test makes it fail, as an offline phone would). */
  static loadDetailsModule = () => import('./service-details.js');

  static override properties: PropertyDeclarations = {
    municipality: {},
    view: { converter: viewConverter },
    noMap: { type: Boolean, attribute: 'no-map' },
    pageSize: { type: Number, attribute: 'page-size' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    registryUrl: { attribute: 'registry-url' },
    query: { state: true },
    filters: { state: true },
    page: { state: true },
    shownView: { state: true },
    selected: { state: true },
    moreOpen: { state: true },
    printing: { state: true },
    announcement: { state: true },
    mapLoaded: { state: true },
  };

  /** Pre-selects a municipality (Sušice's site shows what serves Sušice). */
  municipality = '';
  /** `list` or `map`. */
  view: View = 'list';
  /** Hides the map and its toggle. */
  noMap = false;
  /** Results per page. */
  pageSize = 20;
  /**
   * Tile URL template for the map; OpenStreetMap by default. Mapy.com tiles need your API key and their logo:
   * `https://api.mapy.com/v1/maptiles/basic/256/{z}/{x}/{y}?apikey=…`.
   */
  tileUrl = '';
  /** Attribution text of the tiles, required by every tile provider (shown as text). */
  tileAttribution = '';
  /** Link template to the national registry entry; `{id}` is the registry id. */
  registryUrl = DEFAULT_REGISTRY;

  private query = '';
  private filters: CatalogFilters = {};
  private page = 1;
  private shownView: View = 'list';
  private selected: string | undefined;
  private moreOpen = false;
  private printing = false;
  private announcement = '';
  private mapLoaded = false;

  private data?: RegionData;
  private model?: CatalogModel;
  /** Stops the background build of a model that is no longer shown. */
  private building?: AbortController;
  /** The labels version the index was built with (labelsVersion). */
  private indexedLabels = -1;
  private listeners?: AbortController;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlTimer?: ReturnType<typeof setTimeout>;
  /** When a new file's first render began (measured once it is in the DOM). */
  private firstRender?: number;
  /** Where focus goes back to when the detail view closes. */
  private returnFocus?: HTMLElement | null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    window.addEventListener('popstate', () => this.restoreFromUrl(), { signal });
    // Every result prints: on beforeprint, and on print media alone (a headless print, a browser without the event).
    const print = matchMedia('print');
    const follow = () => this.setPrinting(print.matches);
    window.addEventListener('beforeprint', () => this.setPrinting(true), { signal });
    window.addEventListener('afterprint', follow, { signal });
    print.addEventListener('change', follow, { signal });
    // Moved in the page: the background build of the search index goes on.
    if (this.model) this.useModel(this.model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
    this.building?.abort();
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
  }

  private get urlParam(): string {
    return paramName(this.id);
  }

  private get snapshot(): CatalogState {
    return { query: this.query, filters: this.filters, page: this.page, view: this.shownView, selected: this.selected };
  }

  private applyState(state: CatalogState): void {
    this.query = state.query;
    this.filters = state.filters;
    this.page = state.page;
    this.shownView = this.noMap ? 'list' : state.view;
    this.selected = state.selected && this.data?.services.some((s) => s.id === state.selected) ? state.selected : undefined;
  }

  private restoreFromUrl(): void {
    if (!this.data) return;
    clearTimeout(this.urlTimer);
    this.applyState(readUrlState(this.urlParam) ?? this.initialState());
  }

  private initialState(): CatalogState {
    return { query: '', filters: this.municipality ? { municipality: this.municipality } : {}, page: 1, view: this.view };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.region.status === TaskStatus.COMPLETE ? this.region.value : undefined;
    if (data && data !== this.data) {
      this.firstRender = performance.now();
      this.indexedLabels = labelsVersion();
      this.useModel(new CatalogModel(data));
      this.data = data;
      this.applyState(readUrlState(this.urlParam) ?? this.initialState());
    } else if (data && this.model && this.indexedLabels !== labelsVersion()) {
      // Another language's labels arrived: the search learns them, so "догляд" finds pečovatelská služba.
      this.indexedLabels = labelsVersion();
      this.useModel(this.model.withIndex(createServiceIndex(data.services, allLabels, { deferred: true })));
    }
    // A detail opened from a shared link (once: after a failure, the dialog's button tries again).
    if ((changed as Map<PropertyKey, unknown>).has('selected') && this.selected && !this.detailView.failed) this.loadDetails();
    if (this.shownView === 'map' && !this.noMap && !this.mapLoaded) void this.loadMap();
  }

  /** A new model: its search index is built in slices after the first page is shown. */
  private useModel(model: CatalogModel): void {
    this.building?.abort();
    const building = (this.building = new AbortController());
    this.model = model;
    // After the first paint the municipalities are sorted, and when the index is complete the life situations show their counts.
    void model.buildIndex(building.signal, () => this.requestUpdate());
  }

  /** Search, filters and counts, recomputed only when one of their inputs changed. */
  private compute() {
    return this.model!.compute(this.query, this.filters);
  }

  private mapModule?: typeof import('./catalog-map.js');

  private async loadMap(): Promise<void> {
    const module = await import('./catalog-map.js');
    module.defineCatalogMap();
    this.mapModule = module;
    this.mapLoaded = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The language is looked up once (in the page, from the element up), not once per option.
    const locale = this.l10n.locale;
    if (this.model) syncMunicipalityOptions(this.renderRoot, { ...this.compute(), municipalities: this.model.municipalities, filters: this.filters, number: (n) => formatNumber(locale, n) });
    if (this.firstRender !== undefined) {
      // For whoever measures a page (bench/): from the checked data to the first page in the DOM.
      performance.measure?.('kpss-catalog:first-page', { start: this.firstRender });
      this.firstRender = undefined;
    }
    this.detailView.sync(!!this.selected, () => (this.returnFocus ??= this.cardButton(this.selected!)));
  }

  private cardButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .card-open`);
  }

  /** A user's change: new state, the URL, the announcement and the search event. */
  private commit(next: Partial<CatalogState>, push: boolean): void {
    const searchChanged = (next.query !== undefined && next.query !== this.query) || (next.filters !== undefined && next.filters !== this.filters);
    this.applyState({ ...this.snapshot, ...next, ...(searchChanged ? { page: 1 } : {}) });
    clearTimeout(this.urlTimer);
    // A history entry at once; while typing, the address follows after a pause (a URL write per key costs a frame's share).
    if (push) writeUrlState(this.urlParam, this.snapshot, true);
    else this.urlTimer = setTimeout(() => writeUrlState(this.urlParam, this.snapshot, false), KpssCatalog.announceDelay / 2);
    if (searchChanged) this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.data) return;
      const { results } = this.compute();
      this.announcement = this.l10n.s.catalog.found(results.length);
      this.dispatchEvent(new KpssSearchEvent(this.query, this.filters, results.length));
    }, KpssCatalog.announceDelay);
  }

  private handleInput(event: Event): void {
    this.commit({ query: (event.target as HTMLInputElement).value }, false);
  }

  private handleFilters = (filters: CatalogFilters): void => this.commit({ filters }, true);

  private handleReset(): void {
    this.commit({ query: '', filters: {} }, true);
    this.moreOpen = false;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  private handleView(view: View): void {
    this.commit({ view }, true);
  }

  private handlePage(page: number): void {
    this.commit({ page }, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#results-count')?.focus());
  }

  private open(id: string, from: HTMLElement | null): void {
    this.loadDetails();
    this.returnFocus = from;
    this.commit({ selected: id }, true);
    this.dispatchEvent(new KpssSelectEvent(id));
  }

  private handleDialogClose(): void {
    const closed = this.selected;
    let back = this.returnFocus ?? (closed ? this.cardButton(closed) : null);
    this.returnFocus = undefined;
    if (closed) this.commit({ selected: undefined }, true);
    // The map may have redrawn its markers meanwhile: ask it for the service's marker.
    if (back && !back.isConnected) back = null;
    const map = this.renderRoot.querySelector('kpss-catalog-map');
    if (!back && map && closed) map.focusService(closed);
    else back?.focus();
  }

  private setPrinting(on: boolean): void {
    this.printing = on;
    // Print layout follows the event at once: render now, not in a microtask.
    this.performUpdate();
  }

  private cardContext(): CardContext {
    return {
      s: this.l10n.s.catalog,
      locale: this.l10n.locale,
      regionName: this.data!.region.name,
      municipality: this.filters.municipality,
      registryUrl: this.registryUrl || DEFAULT_REGISTRY,
      dateFormat: (iso) => this.l10n.date(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' }),
    };
  }

  private get pageSizeValue(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 20;
  }

  private renderList(results: readonly Service[]) {
    const ctx = this.cardContext();
    const size = this.pageSizeValue;
    const pages = Math.max(1, Math.ceil(results.length / size));
    const page = Math.min(this.page, pages);
    // Printing shows every result; on screen the DOM holds one page.
    const shown = this.printing ? results : results.slice((page - 1) * size, page * size);
    return html`<ul class="cards" @pointerover=${this.loadDetails} @focusin=${this.loadDetails}>
        ${shown.map((service) => renderCard(service, ctx, (e) => this.open(service.id, e.currentTarget as HTMLElement)))}
      </ul>
      ${this.printing ? nothing : renderPager(this.l10n.s.catalog, results.length, size, this.page, (p) => this.handlePage(p))}`;
  }

  private renderMap(results: readonly Service[]) {
    if (!this.mapLoaded) return html`<p class="loading" role="status">${this.l10n.s.common.loading}</p>`;
    const region = this.data!.region;
    return html`<kpss-catalog-map
      class="no-print"
      .services=${results}
      .center=${region.center}
      .zoom=${region.zoom}
      tile-url=${this.tileUrl || nothing}
      tile-attribution=${this.tileAttribution || nothing}
      .labels=${this.mapModule!.mapLabels(this.l10n.s.catalog, this.l10n.locale)}
      @kpss-map-select=${(e: MapSelectEvent) => this.open(e.serviceId, e.origin)}
    ></kpss-catalog-map>`;
  }

  /** The detail view: its code comes at the first sign a resident may open one (detail-view.ts). */
  private detailView = new DetailView(this, () => KpssCatalog.loadDetailsModule());
  private loadDetails = (): void => this.detailView.load();

  private renderDialog() {
    const service = this.selected ? this.data!.services.find((x) => x.id === this.selected) : undefined;
    return this.detailView.render(service, this.l10n.s, () => this.cardContext(), this.handleDialogClose);
  }

  protected override renderContent(data: RegionData) {
    const s = this.l10n.s.catalog;
    const { results, counts } = this.compute();
    const panel: FilterPanel = {
      s,
      locale: this.l10n.locale,
      filters: this.filters,
      counts,
      municipalities: this.model!.municipalities,
      present: this.model!.present,
      situationCounts: this.model!.complete,
      number: (n) => this.l10n.number(n),
      change: this.handleFilters,
    };
    const active = this.query !== '' || isFiltered(this.filters);
    const view = this.noMap ? 'list' : this.shownView;
    return html`<div class="catalog">
      <h2 class="print-only">${s.printTitle(data.region.name)}</h2>
      <div class="controls no-print">
        <form role="search" class="search" @submit=${(e: Event) => e.preventDefault()}>
          <label for="q">${s.searchLabel}</label>
          <p class="hint" id="q-hint">${s.searchHint}</p>
          <input id="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="q-hint" .value=${this.query} @input=${this.handleInput} />
        </form>
        ${renderMunicipality(panel)} ${renderSituations(panel)}
        ${renderMoreFilters(panel, this.moreOpen, (open) => (this.moreOpen = open))}
      </div>
      <div class="summary">
        <p id="results-count" class="results-count" tabindex="-1">${s.found(results.length)}</p>
        ${active ? html`<button type="button" part="button" class="secondary no-print" @click=${this.handleReset}>${s.reset}</button>` : nothing}
        ${this.noMap
          ? nothing
          : html`<div class="views no-print" role="group" aria-label=${s.views}>
              <button type="button" part="button" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => this.handleView('list')}>${s.list}</button>
              <button type="button" part="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => this.handleView('map')}>${s.map}</button>
            </div>`}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${results.length === 0
        ? renderEmpty(s, data.region.coordinator, () => this.handleReset())
        : view === 'map' && !this.printing
          ? this.renderMap(results)
          : this.renderList(results)}
      ${this.renderDialog()}
    </div>`;
  }
}

