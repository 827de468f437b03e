/** The loading state and the error box every widget shows. */
import { html, nothing } from 'lit';
import { RegionDataError } from '../../data/read-region.js';
import { formatProblem } from '../../data/problems.js';
import type { Locale } from '../../data/taxonomy.js';
import type { Strings } from '../../l10n/cs.js';

export function loadingState(s: Strings) {
  return html`<p class="loading" role="status">${s.common.loading}</p>`;
}

function messageOf(error: unknown, s: Strings): string {
  if (!(error instanceof RegionDataError)) return s.common.errorNetwork;
  switch (error.kind) {
    case 'no-src':
      return s.common.errorNoSrc;
    case 'http':
      return s.common.errorHttp(error.status ?? 0);
    case 'not-json':
      return s.common.errorNotJson;
    case 'version':
      return s.common.errorVersion;
    case 'invalid':
      return s.common.errorInvalid;
    case 'network':
      return s.common.errorNetwork;
    case 'offline':
      return s.common.errorOffline;
    case 'blocked':
      return s.common.errorBlocked;
  }
}

/**
 * A readable error in the widget's own box. The page goes on; the details
 * (JSON paths) are there for the coordinator, folded away from residents.
 * They are in English on English pages and in Czech otherwise: on a
 * Ukrainian page the reader of the details is the Czech data maintainer.
 * The address that was tried is shown as text, for whoever sets the page up.
 */
export function errorBox(error: unknown, s: Strings, locale: Locale, url?: string) {
  const problems = error instanceof RegionDataError ? error.problems : [];
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">${s.common.errorTitle}</p>
    <p>${messageOf(error, s)} ${s.common.errorHelp}</p>
    ${url ? html`<p class="error-url">${s.common.errorUrl} <span class="url" translate="no">${url}</span></p>` : nothing}
    ${problems.length
      ? html`<details>
          <summary>${s.common.errorDetails}</summary>
          <ul>
            ${problems.slice(0, 20).map((p) => html`<li>${formatProblem(p, locale === 'en' ? 'en' : 'cs')}</li>`)}
          </ul>
        </details>`
      : nothing}
  </div>`;
}
