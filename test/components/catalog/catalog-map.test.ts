import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { KpssCatalogMap, MapSelectEvent, OSM_TILES } from '../../../src/components/catalog/catalog-map.js';
import { catalogServices } from '../../fixtures/catalog.js';
import type { Service } from '../../../src/data/schema.js';
import { define } from '../../../src/define.js';

define('kpss-catalog-map', KpssCatalogMap);

/** Tiles from the test server (a 404 each): no request leaves the machine. */
const TILES = '/no-tiles/{z}/{x}/{y}.png';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const LABELS = { map: 'Mapa', details: 'Podrobnosti', close: 'Zavřít', zoomIn: 'Přiblížit mapu', zoomOut: 'Oddálit mapu', cluster: (n: number) => `${n}`, noLocation: (n: number) => `${n}`, kind: (k: string) => k };

async function mount(services: readonly Service[], extra: Partial<KpssCatalogMap> = {}): Promise<KpssCatalogMap> {
  const el = await fixture<KpssCatalogMap>(html`<kpss-catalog-map tile-url=${TILES} .services=${services} .center=${{ lat: 49.3, lng: 13.4 }} .zoom=${10}></kpss-catalog-map>`);
  Object.assign(el, extra);
  await el.updateComplete;
  await tick(50);
  return el;
}

const markers = (el: KpssCatalogMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
const pinCount = (el: KpssCatalogMap) => el.shadowRoot!.querySelectorAll('.pin').length;
const clusterCounts = (el: KpssCatalogMap) => [...el.shadowRoot!.querySelectorAll('.cluster')].map((c) => Number(c.textContent));

describe('<kpss-catalog-map>', () => {
  const services = catalogServices();
  const placed = services.filter((s) => s.locations?.some((l) => l.lat !== undefined));
  const placeCount = placed.reduce((n, s) => n + s.locations!.filter((l) => l.lat !== undefined).length, 0);

  it('shows every place of the set as a marker or inside a cluster, with Leaflet CSS in its shadow root', async () => {
    const el = await mount(services);
    expect(el.leafletMap).to.exist;
    const shown = pinCount(el) + clusterCounts(el).reduce((a, b) => a + b, 0);
    expect(shown).to.equal(placeCount);
    // Leaflet's own CSS applies inside the shadow root: panes are positioned.
    const pane = el.shadowRoot!.querySelector('.leaflet-pane')!;
    expect(getComputedStyle(pane).position).to.equal('absolute');
    // And never leaks to the page.
    expect(document.head.innerHTML).not.to.contain('leaflet');
    await expect(el).to.be.accessible();
  });

  it("titles a service's marker with its name marked Czech, on a page in another language too", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><kpss-catalog-map tile-url=${TILES} .services=${placed.slice(0, 1)} .center=${{ lat: 49.3, lng: 13.4 }} .zoom=${10}></kpss-catalog-map></div>`);
    const el = wrapper.firstElementChild as KpssCatalogMap;
    await el.updateComplete;
    await tick(50);
    const pin = markers(el).find((m) => m.querySelector('.pin'))!;
    expect(pin.getAttribute('title')).to.equal(placed[0]!.name);
    expect(pin.getAttribute('lang')).to.equal('cs');
  });

  it('counts the services with no place on the map', async () => {
    const field = { ...services[0]!, id: 'field', locations: [{ name: 'Jen terén' }] } as Service;
    const el = await mount([field, ...placed.slice(0, 2)], { labels: { ...LABELS, noLocation: (n) => `${n} bez místa` } });
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.equal('1 bez místa');
  });

  it('zooms into a cluster on click and then shows its pins', async () => {
    const el = await mount(services);
    const before = el.leafletMap!.getZoom();
    const cluster = markers(el).find((m) => m.querySelector('.cluster'));
    expect(cluster, 'the Klatovy services cluster at the fitted zoom').to.exist;
    cluster!.click();
    await tick(400);
    expect(el.leafletMap!.getZoom()).to.be.greaterThan(before);
  });

  it('opens a popup built as text and reports the chosen service', async () => {
    const evil = { ...placed[0]!, id: 'evil', name: '<img src=x onerror="window.__pwned=1">Služba', locations: [{ name: 'Sám', lat: 48.9, lng: 12.9 }] } as Service;
    const el = await mount([evil]);
    const marker = markers(el)[0]!;
    expect(marker.getAttribute('title')).to.equal(evil.name);
    marker.click();
    await tick(50);
    const popup = el.shadowRoot!.querySelector('.leaflet-popup')!;
    expect(popup.querySelector('h3')!.textContent).to.equal(evil.name);
    // The region's words are marked Czech; the kind label is in the widget's language.
    expect([...popup.querySelectorAll('h3, p')].map((e) => e.getAttribute('lang') ?? '')).to.deep.equal(['cs', '', 'cs']);
    expect(popup.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const chosen = oneEvent(el, 'kpss-map-select');
    popup.querySelector('button')!.click();
    const event = (await chosen) as unknown as MapSelectEvent;
    expect(event.serviceId).to.equal('evil');
    expect(event.origin).to.equal(marker);
    expect(event.composed).to.equal(true);
  });

  it("names its zoom buttons and the popup's close button in the widget's language, not Leaflet's English", async () => {
    const el = await mount(placed.slice(0, 1));
    const name = (a: Element) => `${a.getAttribute('aria-label')}|${a.getAttribute('title') ?? ''}`;
    const names = () => [...el.shadowRoot!.querySelectorAll('.leaflet-control-zoom a')].map(name);
    expect(names()).to.deep.equal(['Přiblížit mapu|Přiblížit mapu', 'Oddálit mapu|Oddálit mapu']);
    markers(el)[0]!.click();
    await tick(50);
    expect(name(el.shadowRoot!.querySelector('.leaflet-popup-close-button')!)).to.equal('Zavřít|');
    el.labels = { ...LABELS, close: 'Закрити', zoomIn: 'Збільшити мапу', zoomOut: 'Зменшити мапу' };
    await el.updateComplete;
    expect(names()).to.deep.equal(['Збільшити мапу|Збільшити мапу', 'Зменшити мапу|Зменшити мапу']);
    expect(el.shadowRoot!.querySelectorAll('.leaflet-control-zoom').length).to.equal(1);
  });

  it('follows the result set: fewer services, fewer markers', async () => {
    const el = await mount(services);
    el.services = placed.slice(0, 1);
    await el.updateComplete;
    await tick(50);
    expect(pinCount(el) + clusterCounts(el).length).to.equal(placed[0]!.locations!.filter((l) => l.lat !== undefined).length);
  });

  it('uses OpenStreetMap by default and a configured tile source as given, attribution as text', async () => {
    const plain = await fixture<KpssCatalogMap>(html`<kpss-catalog-map .services=${[]}></kpss-catalog-map>`);
    expect(plain.tileUrl).to.equal(OSM_TILES);
    expect(plain.shadowRoot!.querySelector('.leaflet-control-attribution')!.textContent).to.contain('OpenStreetMap');
    plain.remove();
    const el = await mount(services, { tileAttribution: '<b>Mapy.com</b>' } as Partial<KpssCatalogMap>);
    const attribution = el.shadowRoot!.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain('<b>Mapy.com</b>');
    expect(attribution.querySelector('b')).to.equal(null);
    const tile = el.shadowRoot!.querySelector<HTMLImageElement>('.leaflet-tile');
    if (tile) expect(tile.src).to.contain('/no-tiles/');
  });

  it('tears the map down on disconnect and builds it again when re-attached', async () => {
    const el = await mount(services);
    const parent = el.parentElement!;
    el.remove();
    expect(el.leafletMap).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.leaflet-pane')).to.equal(null);
    parent.append(el);
    await el.updateComplete;
    expect(el.leafletMap).to.exist;
  });
});
