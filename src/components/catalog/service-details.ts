/**
 * Everything about one service, for the detail view. Loaded with `import()`
 * when a resident first shows an intent to open one (a pointer over the
 * list, focus in it, a marker's popup): most visits to the catalogue open no
 * detail, and the first page does not wait for this. Data is always text.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Place, Service } from '../../data/schema.js';
import { httpUrl, mailtoUrl } from '../../data/urls.js';
import { label } from '../../l10n/labels.js';
import { czech } from '../shared/czech.js';
import { externalLink, link, phones, type CardContext } from './service-card.js';

function mapLink(place: Place, label: string) {
  if (place.lat === undefined || place.lng === undefined) return nothing;
  const href = `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lng}#map=17/${place.lat}/${place.lng}`;
  return html` <a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
}

/**
 * The detail view's own styles, in this chunk with it (the catalogue's styles
 * hold the dialog; these what goes inside it): the catalogue adopts them when
 * the chunk arrives.
 */
export const detailStyles = css`
  .details {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.375em 1em;
    margin: 1em 0;
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .plain li {
    float: none;
    margin: 0;
  }
  .details a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
  }
  .pre {
    white-space: pre-line;
  }
  @media (max-width: 30em) {
    .details {
      grid-template-columns: 1fr;
    }
    .details dd {
      margin-bottom: 0.5em;
    }
  }
`;
function row(label: string, content: unknown) {
  return content === nothing || content === undefined || content === '' ? nothing : html`<dt>${label}</dt><dd>${content}</dd>`;
}

function list(items: readonly unknown[]) {
  return items.length ? html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing;
}

/** Everything about one service: the content of the detail dialog, and of a printed card. */
export function renderDetails(service: Service, ctx: CardContext): TemplateResult {
  const { s, locale } = ctx;
  const contact = service.contact ?? {};
  const places = service.locations ?? [];
  const registry = service.registryId ? httpUrl(ctx.registryUrl.replace('{id}', encodeURIComponent(service.registryId))) : undefined;
  const served = service.areaServed ? czech(service.areaServed.join(', ')) : s.wholeRegion(ctx.regionName);
  const providerWeb = httpUrl(service.provider.web);
  return html`<dl class="details">
    ${row(s.provider, czech(providerWeb ? externalLink(providerWeb, service.provider.name) : service.provider.name))}
    ${row(s.kind, label('kinds', service.kind, locale))}
    ${row(s.form, list((service.forms ?? []).map((f) => html`<strong>${label('forms', f, locale)}</strong>: ${label('formsPlain', f, locale)}`)))}
    ${row(s.forWhom, list((service.targetGroups ?? []).map((g) => label('targetGroups', g, locale))))}
    ${row(s.ages, (service.ageGroups ?? []).map((a) => label('ageGroups', a, locale)).join(', '))}
    ${row(s.description, service.description ? html`<span class="pre" lang="cs">${service.description}</span>` : undefined)}
    ${row(s.hours, service.hours ? html`<span class="pre" lang="cs">${service.hours}</span>` : undefined)}
    ${row(s.capacity, service.capacity && czech(service.capacity))}
    ${row(s.fees, service.fees && czech(service.fees))}
    ${row(s.phone, list(phones(service)))}
    ${row(s.email, list((contact.emails ?? []).map((e) => link(mailtoUrl(e), e))))}
    ${row(s.web, contact.web ? externalLink(contact.web) : undefined)}
    ${row(
      s.addresses,
      places.length
        ? list(places.map((p) => html`${czech(html`${p.name ? html`<strong>${p.name}</strong>: ` : nothing}${p.address ?? ''}`)}${mapLink(p, s.showOnMap)}`))
        : s.fieldService,
    )}
    ${row(s.areaServed, served)}
    ${row(s.updated, service.updated ? ctx.dateFormat(service.updated) : undefined)}
  </dl>
  ${registry ? html`<p><a href=${registry} target="_blank" rel="noopener noreferrer">${s.registry}</a></p>` : nothing}`;
}
