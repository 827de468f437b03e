import { html } from 'lit';
import { KpssElement } from '../shared/kpss-element.js';
import type { RegionData } from '../../data/parse.js';

/**
 * @summary The planning meetings of the region, upcoming and past.
 * Until the full list lands it shows the region name and the number of meetings.
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 */
export class KpssEvents extends KpssElement {
  protected override renderContent(data: RegionData) {
    return html`<p><strong>${data.region.name}</strong>: ${this.l10n.s.common.events(data.events.length)}</p>`;
  }
}
