/** The catalogue's empty state (with the coordinator's contact) and its pager, as pure render functions. */
import { html, nothing } from 'lit';
import type { Coordinator } from '../../data/schema.js';
import { mailtoUrl, telUrl } from '../../data/urls.js';
import type { Strings } from '../../l10n/cs.js';

/** Nothing found: say so, offer the coordinator's contact and a reset. */
export function renderEmpty(s: Strings['catalog'], c: Coordinator | undefined, reset: () => void) {
  const tel = c?.phone ? telUrl(c.phone) : undefined;
  const mail = c?.email ? mailtoUrl(c.email) : undefined;
  return html`<div class="empty" part="empty">
    <p><strong>${s.emptyTitle}</strong></p>
    ${c
      ? html`<p>${s.emptyHelp}</p>
          <p class="coordinator">
            <span lang="cs">${[c.name, c.organization].filter(Boolean).join(', ')}</span>
            ${c.phone ? html`<br />${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}` : nothing}
            ${c.email ? html`<br />${mail ? html`<a href=${mail}>${c.email}</a>` : c.email}` : nothing}
          </p>`
      : nothing}
    <button type="button" part="button" class="secondary" @click=${reset}>${s.reset}</button>
  </div>`;
}

/** Previous / page n of m / next, when the results fill more than one page. */
export function renderPager(s: Strings['catalog'], total: number, pageSize: number, current: number, go: (page: number) => void) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return nothing;
  const page = Math.min(current, pages);
  return html`<nav class="pager" aria-label=${s.pages}>
    <button type="button" part="button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${s.previous}</button>
    <span>${s.page(page, pages)}</span>
    <button type="button" part="button" ?disabled=${page >= pages} @click=${() => go(page + 1)}>${s.next}</button>
  </nav>`;
}
