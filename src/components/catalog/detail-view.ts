/**
 * The catalogue's detail view: the dialog, and the code of its content,
 * loaded once (service-details.ts, its own chunk) at the first sign a
 * resident may open a detail. Until it arrives the dialog shows the name and
 * "loading"; if it cannot be loaded (offline), it says so and offers another
 * try.
 */
import { html, nothing, type CSSResult } from 'lit';
import type { Service } from '../../data/schema.js';
import type { Strings } from '../../l10n/cs.js';
import type { CardContext } from './service-card.js';

type Details = typeof import('./service-details.js');

/** Adds a lazily loaded chunk's styles to the shadow root (a `<style>` where a browser cannot adopt sheets, as lit does). */
function adoptStyles(root: ShadowRoot, styles: CSSResult): void {
  if (root.adoptedStyleSheets && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
}

export class DetailView {
  private details?: Details;
  private loading?: Promise<void>;
  /** The last attempt to load the details failed. */
  failed = false;

  constructor(
    private readonly host: { readonly renderRoot: HTMLElement | DocumentFragment; requestUpdate(): void },
    private readonly loader: () => Promise<Details>,
  ) {}

  /** Loads the details' code once (again after a failure). */
  load(): void {
    this.loading ??= this.loader().then(
      (module) => {
        adoptStyles(this.host.renderRoot as ShadowRoot, module.detailStyles);
        this.details = module;
        this.failed = false;
        this.host.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** Opens or closes the dialog to match the selection (`opening` first, before it opens). */
  sync(open: boolean, opening: () => void): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!dialog || open === dialog.open) return;
    if (open) {
      opening();
      dialog.showModal();
    } else dialog.close();
  }

  render(service: Service | undefined, strings: Strings, context: () => CardContext, onClose: () => void) {
    const s = strings.catalog;
    return html`<dialog part="dialog" aria-labelledby="detail-title" @close=${onClose}>
      ${service
        ? html`<div class="dialog-head">
              <h2 id="detail-title" lang="cs">${service.name}</h2>
              <button type="button" part="button" class="close" @click=${(e: Event) => (e.target as Element).closest('dialog')?.close()}>${s.close}</button>
            </div>
            ${this.details
              ? this.details.renderDetails(service, context())
              : this.failed
                ? html`<p role="alert">${s.detailsFailed}</p>
                    <button type="button" part="button" class="secondary" @click=${() => this.load()}>${s.detailsRetry}</button>`
                : html`<p class="loading" role="status">${strings.common.loading}</p>`}`
        : nothing}
    </dialog>`;
  }
}
