/** One meeting in the full list, and as one line of the compact list. Data is always text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Place, PlanEvent } from '../../data/schema.js';
import type { Locale } from '../../data/taxonomy.js';
import { dataLink } from '../../data/links.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';
import type { Timed } from '../../data/event-time.js';
import { relativeDay, whenParts, type Relative } from './event-time.js';
import type { CalendarLink } from './calendar.js';
import { czech } from '../shared/czech.js';

export interface CardContext {
  readonly s: Strings['events'];
  readonly locale: Locale;
  readonly now: number;
  /** Heading level of a meeting's title (2–6). */
  readonly level: number;
  /** The data file's address, for relative links in it. */
  readonly base?: string | undefined;
  /** The meeting's .ics link; only upcoming meetings get one. */
  readonly calendar?: (item: Timed<PlanEvent>) => CalendarLink;
}

/** A heading of a level the page chooses; the tag comes from this fixed list, never from data. */
export function heading(level: number, content: unknown, cls: string, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 class=${cls} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${i}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${i}>${content}</h6>`;
  }
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'PDF', doc: 'DOC', docx: 'DOCX', odt: 'ODT', rtf: 'RTF', txt: 'TXT',
  xls: 'XLS', xlsx: 'XLSX', ods: 'ODS', csv: 'CSV', ppt: 'PPT', pptx: 'PPTX', odp: 'ODP',
  zip: 'ZIP', jpg: 'JPG', jpeg: 'JPG', png: 'PNG',
};

/** "PDF" for `…/zapis.pdf`: the contract has no file type or size, the address usually tells the type. */
export function fileType(href: string): string | undefined {
  const ext = /\.([a-z0-9]{2,5})$/i.exec(new URL(href).pathname)?.[1]?.toLowerCase();
  return ext ? FILE_TYPES[ext] : undefined;
}

/** A map link built by the widget (always https): coordinates, else an address search. */
export function mapUrl(place: Place): string | undefined {
  if (place.lat !== undefined && place.lng !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lng}#map=17/${place.lat}/${place.lng}`;
  }
  const address = place.address?.trim();
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined;
}

/** Visible text, and the meeting's title for screen readers' link lists. */
const named = (text: string, title: string) => html`${text}<span class="visually-hidden" lang="cs"> – ${title}</span>`;

export function renderWhen(item: Timed<PlanEvent>, ctx: Pick<CardContext, 's' | 'locale' | 'now'>, style: 'long' | 'short') {
  return whenParts(item.timing, { locale: ctx.locale, style, now: ctx.now, allDayText: ctx.s.allDay }).map((part) =>
    part.datetime ? html`<time datetime=${part.datetime}>${part.text}</time>` : part.text,
  );
}

function relativeLabel(rel: Relative, s: Strings['events']): string | undefined {
  return rel === 'now' ? s.now : rel === 'today' ? s.today : rel === 'tomorrow' ? s.tomorrow : undefined;
}

function renderPlace(event: PlanEvent, s: Strings['events']) {
  const place = event.location;
  const map = place ? mapUrl(place) : undefined;
  if (!place || (!place.name && !place.address && !map)) return nothing;
  return html`<div>
    <dt>${s.where}</dt>
    <dd>
      ${place.name ? html`<span class="place-name" lang="cs">${place.name}</span>` : nothing}
      ${place.address ? html`<span class="place-address" lang="cs">${place.address}</span>` : nothing}
      ${map ? html`<a class="map-link" href=${map}>${named(s.showOnMap, place.name ?? place.address ?? event.title)}</a>` : nothing}
    </dd>
  </div>`;
}

function renderOnline(event: PlanEvent, s: Strings['events'], base: string | undefined) {
  if (!event.online || event.cancelled) return nothing;
  const href = dataLink(event.online, base);
  return html`<div>
    <dt>${s.online}</dt>
    <dd>${href ? html`<a href=${href}>${named(s.joinOnline, event.title)}</a>` : czech(event.online)}</dd>
  </div>`;
}

function renderDocuments(event: PlanEvent, s: Strings['events'], base: string | undefined) {
  const documents = event.documents ?? [];
  if (!documents.length) return nothing;
  return html`<div>
    <dt>${s.documents}</dt>
    <dd>
      <ul class="docs">
        ${documents.map((d) => {
          const href = dataLink(d.url, base);
          if (!href) return html`<li lang="cs">${d.title}</li>`;
          const type = fileType(href);
          return html`<li><a href=${href} lang="cs">${named(d.title, event.title)}</a>${type ? html` <span class="file-type">(${type})</span>` : nothing}</li>`;
        })}
      </ul>
    </dd>
  </div>`;
}

function renderActions(item: Timed<PlanEvent>, ctx: CardContext) {
  const { event } = item;
  const { s } = ctx;
  const registration = event.cancelled ? undefined : dataLink(event.registrationUrl, ctx.base);
  const calendar = ctx.calendar?.(item);
  if (!registration && !calendar) return nothing;
  return html`<p class="actions">
    ${registration ? html`<a class="register" part="link" href=${registration}>${named(s.register, event.title)}</a>` : nothing}
    ${calendar
      ? html`<a class="calendar" part="calendar" href=${calendar.href} download=${calendar.download} type="text/calendar"
          >${named(s.addToCalendar, event.title)} <span class="hint">(${s.calendarHint})</span></a
        >`
      : nothing}
  </p>`;
}

/** A meeting in the full list: type, title, when, where, online, description, documents, actions. */
export function renderEvent(item: Timed<PlanEvent>, ctx: CardContext): TemplateResult {
  const { event } = item;
  const { s, locale } = ctx;
  const rel = event.cancelled ? undefined : relativeLabel(relativeDay(item.timing, ctx.now), s);
  const title = html`${event.cancelled
    ? html`<span class="cancelled" part="cancelled"><span aria-hidden="true">✕ </span>${s.cancelled}<span class="visually-hidden">:</span></span> `
    : nothing}<span class="title-text" lang="cs">${event.title}</span>`;
  return html`<li class="event${event.cancelled ? ' is-cancelled' : ''}" part="event" data-id=${event.id}>
    ${heading(ctx.level, title, 'event-title')}
    <p class="meta">
      <span class="badge" part="badge"><span class="visually-hidden">${s.type}: </span>${label('eventTypes', event.type, locale)}</span>
      ${rel ? html`<strong class="relative" part="relative">${rel}</strong>` : nothing}
    </p>
    ${event.cancelled ? html`<p class="cancelled-note"><strong>${s.cancelledNote}</strong></p>` : nothing}
    <dl class="facts">
      <div>
        <dt>${s.when}</dt>
        <dd class="when">${renderWhen(item, ctx, 'long')}</dd>
      </div>
      ${renderPlace(event, s)} ${renderOnline(event, s, ctx.base)} ${renderDocuments(event, s, ctx.base)}
    </dl>
    ${event.description ? html`<p class="description" lang="cs">${event.description}</p>` : nothing}
    ${renderActions(item, ctx)}
  </li>`;
}

/** One line of the compact variant: when, a cancelled/now label, title, place. */
export function renderCompact(item: Timed<PlanEvent>, ctx: Pick<CardContext, 's' | 'locale' | 'now'>): TemplateResult {
  const { event } = item;
  const { s } = ctx;
  const rel = event.cancelled ? undefined : relativeLabel(relativeDay(item.timing, ctx.now), s);
  const where = event.location?.name ?? event.location?.address;
  return html`<li class="compact-item${event.cancelled ? ' is-cancelled' : ''}" part="event" data-id=${event.id}>
    <span class="compact-when">${renderWhen(item, ctx, 'short')}</span>
    ${event.cancelled ? html`<strong class="cancelled" part="cancelled">${s.cancelled}:</strong>` : nothing}
    ${rel ? html`<strong class="relative" part="relative">${rel}:</strong>` : nothing}
    <span class="compact-title" lang="cs">${event.title}</span>${where ? html`<span class="compact-place" lang="cs">, ${where}</span>` : nothing}
  </li>`;
}
