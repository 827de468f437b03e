import { html } from 'lit';
import { KpssElement } from '../shared/kpss-element.js';
import type { RegionData } from '../../data/parse.js';

/**
 * @summary The region's catalogue of social services (search, filters, map).
 * Until the full catalogue lands it shows the region name and the number of services.
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 */
export class KpssCatalog extends KpssElement {
  protected override renderContent(data: RegionData) {
    return html`<p><strong>${data.region.name}</strong>: ${this.l10n.s.common.services(data.services.length)}</p>`;
  }
}
