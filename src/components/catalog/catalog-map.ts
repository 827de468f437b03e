/**
 * The catalogue's map: the services of the current result set as clustered
 * markers on a Leaflet map, each popup linking back to the service's detail
 * view. It lives in its own module, which the catalogue loads with `import()`
 * only when a resident switches to the map, so Leaflet (about 40 KB gzip) is
 * never downloaded by pages that do not show it.
 *
 * Leaflet's CSS is adopted inside this element's shadow root (imported as a
 * string), so neither the host page's CSS reaches the map nor the map's CSS the
 * page. Markers are `L.divIcon`s (no image paths to configure), clustered with
 * supercluster (a few KB, no Leaflet plugin patching globals); popups are built
 * with DOM text nodes, never HTML strings from data.
 *
 * The module defines nothing itself: the catalogue defines `kpss-catalog-map`
 * when it has loaded it.
 */
import { LitElement, html, unsafeCSS, type PropertyDeclarations, type PropertyValues } from 'lit';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type { Service } from '../../data/schema.js';
import type { KindCode, Locale } from '../../data/taxonomy.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';
import { csLabels } from '../../l10n/cs/labels.js';
import { mapStyles } from './catalog-map.styles.js';
import { popupKeyboard } from './map-popup-keys.js';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** Fired (bubbling, composed) when a resident asks for a service's details in a popup. */
export class MapSelectEvent extends Event {
  constructor(
    readonly serviceId: string,
    /** The marker the popup belonged to: where focus returns when the details close. */
    readonly origin: HTMLElement | null,
  ) {
    super('kpss-map-select', { bubbles: true, composed: true });
  }
}

export interface MapLabels {
  /** Accessible name of the map region. */
  readonly map: string;
  /** The popup's button to the detail view. */
  readonly details: string;
  /** The popup's close button, and the zoom buttons (Leaflet's own say it in English). */
  readonly close: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** Title of a cluster of n services. */
  readonly cluster: (n: number) => string;
  /** Line under the map: n services of the set have no place on it. */
  readonly noLocation: (n: number) => string;
  /** The label of a kind code, in the widget's language. */
  readonly kind: (code: KindCode) => string;
}

interface PointProps {
  readonly service: Service;
  readonly place: number;
}

const DEFAULT_LABELS: MapLabels = {
  map: 'Mapa služeb',
  details: 'Podrobnosti',
  close: 'Zavřít',
  zoomIn: 'Přiblížit mapu',
  zoomOut: 'Oddálit mapu',
  cluster: (n) => `${n}`,
  noLocation: (n) => `${n}`,
  kind: (code) => csLabels.kinds[code],
};

/** The Czech Republic, when neither the region nor the services give a place. */
const CZ_CENTER: L.LatLngTuple = [49.8, 15.5];

/**
 * Attribution text: the default is ours (trusted HTML); a webmaster's
 * `tile-attribution` is shown as text, never parsed as HTML.
 */
function escapeText(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

/**
 * @tagname kpss-catalog-map
 * @summary Clustered map of services (used inside `<kpss-catalog>`).
 * @event kpss-map-select - MapSelectEvent { serviceId } from a popup's details button.
 * @cssproperty [--kpss-map-height=28em] - Height of the map.
 */
export class KpssCatalogMap extends LitElement {
  static override styles = [unsafeCSS(leafletCss), mapStyles];

  static override properties: PropertyDeclarations = {
    services: { attribute: false },
    center: { attribute: false },
    zoom: { attribute: false },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    labels: { attribute: false },
  };

  /** The services to show (the catalogue's current result set). */
  services: readonly Service[] = [];
  /** Where the map starts when no service has a place (the region's centre). */
  center?: { lat: number; lng: number };
  zoom?: number;
  tileUrl = OSM_TILES;
  tileAttribution = '';
  labels: MapLabels = DEFAULT_LABELS;

  private map?: L.Map;
  private zoomControl?: L.Control.Zoom;
  private tiles?: L.TileLayer;
  private readonly layer = L.layerGroup();
  private clusters?: Supercluster<PointProps>;
  private resize?: ResizeObserver;
  private unplaced = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached (moved in the DOM): build the map again on the next update.
    if (this.hasUpdated && !this.map) this.requestUpdate();
  }

  /**
   * Moves focus to a service's marker (after its detail view closes), or to
   * the map when the service sits in a cluster or off the view.
   */
  focusService(id: string): void {
    for (const [key, marker] of this.markers) {
      if (key.startsWith(`p${id}#`)) {
        const element = marker.getElement();
        if (element) return element.focus();
      }
    }
    this.renderRoot.querySelector<HTMLElement>('.map')?.focus();
  }

  /** The Leaflet map, for tests and for pages that want to add layers. */
  get leafletMap(): L.Map | undefined {
    return this.map;
  }

  protected override render() {
    return html`<div class="map" role="region" aria-label=${this.labels.map}></div>
      ${this.unplaced > 0 ? html`<p class="note">${this.labels.noLocation(this.unplaced)}</p>` : ''}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.map) {
      this.setup();
      this.index();
      this.fit();
      return;
    }
    if (changed.has('tileUrl') || changed.has('tileAttribution')) this.setTiles();
    if (changed.has('services')) {
      this.index();
      this.fit();
    } else if (changed.has('labels')) {
      this.setZoomControl();
      this.layer.clearLayers();
      this.markers.clear();
      this.draw();
    }
  }

  private setup(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map')!;
    // No fade: a closing popup would linger half-transparent (and motion helps no one here).
    this.map = L.map(container, { zoomControl: false, attributionControl: true, scrollWheelZoom: false, fadeAnimation: false });
    this.map.attributionControl.setPrefix(false);
    this.setZoomControl();
    // Leaflet names the popup's close button in English; say it in the widget's language.
    this.map.on('popupopen', (e: L.PopupEvent) => {
      e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.labels.close);
    });
    popupKeyboard(this.map, container);
    this.setTiles();
    this.layer.addTo(this.map);
    this.map.on('moveend zoomend', () => this.draw());
    // Leaflet measures its container; the catalogue may be laid out later.
    this.resize = new ResizeObserver(() => this.map?.invalidateSize());
    this.resize.observe(container);
  }

  /** Zoom buttons titled in the widget's language (replaced when the language changes). */
  private setZoomControl(): void {
    if (!this.map) return;
    this.zoomControl?.remove();
    this.zoomControl = L.control.zoom({ zoomInTitle: this.labels.zoomIn, zoomOutTitle: this.labels.zoomOut }).addTo(this.map);
  }

  private setTiles(): void {
    if (!this.map) return;
    this.tiles?.remove();
    const attribution = this.tileAttribution ? escapeText(this.tileAttribution) : OSM_ATTRIBUTION;
    this.tiles = L.tileLayer(this.tileUrl || OSM_TILES, { attribution, maxZoom: 19, crossOrigin: true }).addTo(this.map);
  }

  private teardown(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.layer.clearLayers();
    this.markers.clear();
    this.map?.remove();
    this.map = undefined;
    this.tiles = undefined;
    this.zoomControl = undefined;
  }

  /** Builds the cluster index over every place of every service in the set. */
  private index(): void {
    const points: PointFeature<PointProps>[] = [];
    let unplaced = 0;
    for (const service of this.services) {
      const places = (service.locations ?? []).filter((l) => l.lat !== undefined && l.lng !== undefined);
      if (places.length === 0) unplaced++;
      places.forEach((l, place) =>
        points.push({
          type: 'Feature',
          properties: { service, place },
          geometry: { type: 'Point', coordinates: [l.lng!, l.lat!] },
        }),
      );
    }
    this.clusters = new Supercluster<PointProps>({ radius: 50, maxZoom: 17 }).load(points);
    // A new set: markers are rebuilt (cluster ids belong to one index).
    this.layer.clearLayers();
    this.markers.clear();
    if (unplaced !== this.unplaced) this.unplaced = unplaced;
    this.pointCount = points.length;
    this.bounds = points.length
      ? L.latLngBounds(points.map((p) => [p.geometry.coordinates[1], p.geometry.coordinates[0]] as L.LatLngTuple))
      : undefined;
  }

  private pointCount = 0;
  private bounds?: L.LatLngBounds;

  /** Shows every place of the set, or the region when none has a place. */
  private fit(): void {
    if (!this.map) return;
    if (this.bounds) {
      this.map.fitBounds(this.bounds, { padding: [32, 32], maxZoom: 14, animate: false });
    } else {
      const c = this.center;
      this.map.setView(c ? [c.lat, c.lng] : CZ_CENTER, this.zoom ?? (c ? 10 : 7), { animate: false });
    }
    this.draw();
  }

  /** The markers on the map now, by key, so a redraw keeps the ones that stay (and their open popup). */
  private markers = new Map<string, L.Marker>();

  /** Markers and clusters for the current view: adds the new, removes the gone, keeps the rest. */
  private draw(): void {
    const map = this.map;
    if (!map || !this.clusters) return;
    const b = map.getBounds();
    const features = this.pointCount === 0 ? [] : this.clusters.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()));
    const next = new Map<string, L.Marker>();
    for (const feature of features) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as PointProps | ClusterProperties;
      const isCluster = 'cluster' in props && props.cluster;
      const key = isCluster ? `c${props.cluster_id}:${props.point_count}` : `p${(props as PointProps).service.id}#${(props as PointProps).place}`;
      const kept = this.markers.get(key);
      if (kept) {
        next.set(key, kept);
        continue;
      }
      let marker: L.Marker;
      if (isCluster) {
        const count = props.point_count;
        marker = L.marker([lat, lng], {
          title: this.labels.cluster(count),
          icon: L.divIcon({ className: 'target', html: `<span class="cluster" aria-hidden="true">${count}</span>`, iconSize: [44, 44] }),
        });
        marker.on('click', () => {
          const zoom = Math.min(this.clusters!.getClusterExpansionZoom(props.cluster_id), 18);
          map.setView([lat, lng], zoom);
        });
      } else {
        const { service, place } = props as PointProps;
        marker = L.marker([lat, lng], {
          title: service.name,
          icon: L.divIcon({ className: 'target', html: '<span class="pin" aria-hidden="true"></span>', iconSize: [44, 44], iconAnchor: [22, 36], popupAnchor: [0, -34] }),
        });
        marker.bindPopup(() => this.popup(service, place, marker), { autoPanPadding: [16, 16] });
        // Its title is the service's name, Czech whatever the page's language (WCAG 3.1.2).
        marker.on('add', () => marker.getElement()?.setAttribute('lang', 'cs'));
      }
      next.set(key, marker);
      this.layer.addLayer(marker);
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) this.layer.removeLayer(marker);
    this.markers = next;
  }

  /** A popup as DOM: name, kind, address, and the button to the details. */
  private popup(service: Service, place: number, marker: L.Marker): HTMLElement {
    const box = document.createElement('div');
    box.className = 'popup';
    const location = service.locations?.[place];
    // The kind in the widget's language; the name and place as the region wrote them, in Czech.
    const lines: [string, string | undefined, string?][] = [['h3', service.name, 'cs'], ['p', this.labels.kind(service.kind)], ['p', location?.name, 'cs'], ['p', location?.address, 'cs']];
    for (const [tag, text, lang] of lines) {
      if (!text) continue;
      const line = box.appendChild(document.createElement(tag));
      line.textContent = text;
      if (lang) line.lang = lang;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.labels.details;
    button.setAttribute('aria-label', `${this.labels.details}: ${service.name}`);
    button.addEventListener('click', () => {
      this.map?.closePopup();
      this.dispatchEvent(new MapSelectEvent(service.id, marker.getElement() ?? null));
    });
    box.append(button);
    return box;
  }
}

/** The map's words in the catalogue's language, made once per language (the catalogue asks on each render). */
const labelsByLocale = new Map<string, MapLabels>();
export function mapLabels(s: Strings['catalog'], locale: Locale): MapLabels {
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    labels = { map: s.mapLabel, details: s.details, close: s.close, zoomIn: s.mapZoomIn, zoomOut: s.mapZoomOut, cluster: s.mapCluster, noLocation: s.mapNoLocation, kind: (code) => label('kinds', code, locale) };
    labelsByLocale.set(locale, labels);
  }
  return labels;
}

/**
 * Defines <kpss-catalog-map> once (the catalogue calls it when it first shows
 * the map; this lazily loaded module is the map's entry). An internal element:
 * a tag already taken is left alone, as `define` does for the public ones.
 */
export function defineCatalogMap(): void {
  if (!customElements.get('kpss-catalog-map')) customElements.define('kpss-catalog-map', KpssCatalogMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'kpss-catalog-map': KpssCatalogMap;
  }
}
