import { html } from 'lit';
import { KpssElement } from '../shared/kpss-element.js';
import type { RegionData } from '../../data/parse.js';

/**
 * @summary Residents' comments on the draft plan.
 * Until the full form lands it shows the region name and the number of the plan's priorities.
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 */
export class KpssFeedbackForm extends KpssElement {
  protected override renderContent(data: RegionData) {
    return html`<p><strong>${data.region.name}</strong>: ${this.l10n.s.common.sections(data.plan?.sections?.length ?? 0)}</p>`;
  }
}
