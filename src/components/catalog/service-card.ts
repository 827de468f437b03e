/** A service as a card in the result list (service-details.ts has it in full, for the detail view). Data is always text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Place, Service } from '../../data/schema.js';
import type { Locale } from '../../data/taxonomy.js';
import { httpUrl, mailtoUrl, telUrl } from '../../data/urls.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';
import { words } from '../../data/text.js';
import { czech } from '../shared/czech.js';

export interface CardContext {
  readonly s: Strings['catalog'];
  readonly locale: Locale;
  readonly regionName: string;
  readonly municipality?: string | undefined;
  readonly registryUrl: string;
  readonly dateFormat: (iso: string) => string;
}

export const domId = (service: Service) => `svc-${service.id.replace(/[^\w-]/g, '_')}`;

/** The location to show on a card: one in the chosen town, else the first. */
export function nearestPlace(service: Service, municipality?: string): Place | undefined {
  const places = service.locations ?? [];
  if (municipality) {
    const town = words(municipality).join(' ');
    const inTown = places.find((p) => p.address && ` ${words(p.address).join(' ')} `.includes(` ${town} `));
    if (inTown) return inTown;
  }
  return places[0];
}

export const link = (href: string | undefined, text: string) => (href ? html`<a href=${href}>${text}</a>` : html`<span>${text}</span>`);

export const externalLink = (value: string | undefined, text?: string) => {
  const href = httpUrl(value);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text ?? value}</a>` : value ? html`<span>${text ?? value}</span>` : nothing;
};

export function phones(service: Service) {
  return (service.contact?.phones ?? []).map((p) => link(telUrl(p), p));
}

function formsText(service: Service, locale: Locale): string {
  return (service.forms ?? []).map((f) => label('forms', f, locale)).join(', ');
}

export function renderCard(service: Service, ctx: CardContext, onOpen: (event: Event) => void): TemplateResult {
  const { s, locale } = ctx;
  const place = nearestPlace(service, ctx.municipality);
  const numbers = service.contact?.phones ?? [];
  const web = service.contact?.web;
  // The phone is what most residents came for: a large button near the top of the card.
  return html`<li class="card" part="card" data-id=${service.id}>
    <h3 class="card-title" id=${domId(service)} lang="cs">${service.name}</h3>
    <p class="card-kind">${label('kinds', service.kind, locale)}${service.forms?.length ? html` · <span class="muted">${formsText(service, locale)}</span>` : nothing}</p>
    ${numbers.length
      ? html`<p class="card-call">
          ${numbers.map((n) => {
            const tel = telUrl(n);
            return tel ? html`<a class="call" part="call" href=${tel}><span class="visually-hidden">${s.phone}: </span>${n}</a>` : html`<span>${s.phone}: ${n}</span>`;
          })}
        </p>`
      : nothing}
    <p class="card-provider"><span class="visually-hidden">${s.provider}: </span>${czech(service.provider.name)}</p>
    ${place?.address ? html`<p class="card-address"><span class="visually-hidden">${s.address}: </span>${czech(place.address)}</p>` : nothing}
    ${web ? html`<p class="card-web">${externalLink(web, s.web)}</p>` : nothing}
    <button type="button" class="card-open" part="button" aria-haspopup="dialog" aria-describedby=${domId(service)} @click=${onOpen}>${s.details}</button>
  </li>`;
}
