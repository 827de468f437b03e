import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssCatalogMap } from '../../../src/components/catalog/catalog-map.js';
import { catalogServices } from '../../fixtures/catalog.js';
import type { Service } from '../../../src/data/schema.js';
import { define } from '../../../src/define.js';

define('kpss-catalog-map', KpssCatalogMap);

const TILES = '/no-tiles/{z}/{x}/{y}.png';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Three services far enough apart to stay three pins, never a cluster. */
function spread(): Service[] {
  const base = catalogServices()[0]!;
  return [
    [49.6, 13.0],
    [49.3, 13.5],
    [49.0, 14.0],
  ].map(([lat, lng], i) => ({ ...base, id: `s${i}`, name: `Služba ${i}`, locations: [{ name: `Místo ${i}`, lat: lat!, lng: lng! }] }) as Service);
}

describe('<kpss-catalog-map> from the keyboard', () => {
  it('moves focus into the popup opened with Enter, and Escape closes it and returns focus to its marker', async () => {
    const el = await fixture<KpssCatalogMap>(html`<kpss-catalog-map tile-url=${TILES} .services=${spread()}></kpss-catalog-map>`);
    await el.updateComplete;
    await tick(50);
    const root = el.shadowRoot!;
    const pins = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    expect(pins, 'three separate pins').to.have.length(3);
    const marker = pins[0]!;
    marker.focus();
    expect(root.activeElement).to.equal(marker);
    await sendKeys({ press: 'Enter' });
    const popup = await waitUntil(() => root.querySelector('.leaflet-popup'), 'the popup opens', { timeout: 2000 }).then(() => root.querySelector('.leaflet-popup')!);
    await tick(50);
    expect(popup.contains(root.activeElement), `focus in the popup, not on ${root.activeElement?.className}`).to.equal(true);
    // Tab stays with the popup's controls first, not the remaining markers.
    const details = popup.querySelector<HTMLButtonElement>('.popup button')!;
    if (root.activeElement !== details) await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(details);
    await sendKeys({ press: 'Escape' });
    await tick(50);
    expect(root.querySelector('.leaflet-popup'), 'Escape closes the popup').to.equal(null);
    expect(root.activeElement, 'focus back on the marker').to.equal(marker);
  });

  it('returns focus to the marker when the popup opened from the keyboard is closed with its close button', async () => {
    const el = await fixture<KpssCatalogMap>(html`<kpss-catalog-map tile-url=${TILES} .services=${spread()}></kpss-catalog-map>`);
    await el.updateComplete;
    await tick(50);
    const root = el.shadowRoot!;
    const marker = root.querySelectorAll<HTMLElement>('.leaflet-marker-icon')[1]!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.leaflet-popup'), 'the popup opens', { timeout: 2000 });
    await tick(50);
    expect(root.querySelector('.leaflet-popup')!.contains(root.activeElement), 'focus in the popup').to.equal(true);
    root.querySelector<HTMLElement>('.leaflet-popup-close-button')!.click();
    await tick(50);
    expect(root.querySelector('.leaflet-popup')).to.equal(null);
    expect(root.activeElement).to.equal(marker);
  });
});
