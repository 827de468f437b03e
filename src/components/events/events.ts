import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { checkEvents } from '../../data/event-schema.js';
import { registerPart } from '../../data/read-region.js';
import { TaskStatus } from '@lit/task';
import { KpssElement } from '../shared/kpss-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { eventsStyles } from './events.styles.js';
import type { RegionData } from '../../data/parse.js';
import type { PlanEvent } from '../../data/schema.js';
import { EVENT_TYPE_CODES, type EventTypeCode } from '../../data/codes.js';
import { httpUrl, mailtoUrl, telUrl } from '../../data/urls.js';
import { timeEvents, type Timed } from '../../data/event-time.js';
import { splitByNow } from './event-time.js';
import { eventCalendarLink, listCalendarLink, type CalendarContext } from './calendar.js';
import { heading, renderCompact, renderEvent, type CardContext } from './event-card.js';
import { badCalendarUrl, copyAddress, feedUrl, renderSubscribe } from './subscribe.js';
import { events } from '../../l10n/cs/events.js';
import { label } from '../../l10n/labels.js';

export type ShowPast = 'none' | 'collapsed' | 'all';
export type EventsVariant = 'full' | 'compact';

const showPastConverter = { fromAttribute: (v: string | null): ShowPast => (v === 'none' || v === 'all' ? v : 'collapsed') };
const variantConverter = { fromAttribute: (v: string | null): EventsVariant => (v?.trim().toLowerCase() === 'compact' ? 'compact' : 'full') };
/** A positive whole number, else no limit. */
const limitConverter = {
  fromAttribute: (v: string | null): number | undefined => {
    const n = Number(v);
    return v !== null && v.trim() !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
  },
};
const levelConverter = {
  fromAttribute: (v: string | null): number => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 3;
  },
};

const COMPACT_LIMIT = 3;
const TICK = 60_000;

/** `"pracovni-skupina, ridici-skupina"` → the known codes; unknown ones are returned to be reported. */
export function parseTypes(value: string | null | undefined): { codes: ReadonlySet<EventTypeCode> | undefined; unknown: string[] } {
  const words = (value ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean);
  const known = words.filter((w): w is EventTypeCode => (EVENT_TYPE_CODES as readonly string[]).includes(w));
  const unknown = words.filter((w) => !(EVENT_TYPE_CODES as readonly string[]).includes(w));
  return { codes: known.length ? new Set(known) : undefined, unknown };
}

/** Bad dates are reported once per loaded file, however many widgets show it. */
const reported = new WeakSet<RegionData>();

/** A bad attribute is reported once per element and value, not on every render. */
const warned = new WeakMap<Element, string>();
function warnOnce(el: Element, message: string): void {
  if (warned.get(el) === message) return;
  warned.set(el, message);
  console.warn(`[kpss] <${el.localName}>: ${message}`);
}

/**
 * @tagname kpss-events
 * @summary The planning meetings of the region: upcoming first with a
 * calendar file each, past ones with their minutes, or a compact list of the
 * next few for a sidebar. "Now" and "today" are judged in Europe/Prague.
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 * @csspart event - A meeting (a list item, in both variants).
 * @csspart badge - The kind of meeting.
 * @csspart relative - "Právě probíhá", "Dnes", "Zítra".
 * @csspart cancelled - The "Zrušeno" label of a cancelled meeting.
 * @csspart calendar - The "add to calendar" links (.ics files).
 * @csspart link - The registration links.
 * @csspart empty - The box shown when nothing is planned.
 * @csspart filter - The kind-of-meeting select.
 * @csspart subscribe - The "Odebírat kalendář" box: the webcal: link, the feed's address and its copy button (full variant only).
 */
export class KpssEvents extends KpssElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('events', checkEvents);
  }

  static override styles = [hostStyles, controlStyles, eventsStyles];
  static override csStrings = { events };

  static override properties: PropertyDeclarations = {
    types: {},
    limit: { converter: limitConverter },
    showPast: { attribute: 'show-past', converter: showPastConverter },
    variant: { converter: variantConverter },
    headingLevel: { attribute: 'heading-level', converter: levelConverter },
    moreUrl: { attribute: 'more-url' },
    calendarUrl: { attribute: 'calendar-url' },
    now: { attribute: false },
    chosenType: { state: true },
    announcement: { state: true },
  };

  /** Comma-separated event type codes to show (`pracovni-skupina,kulaty-stul`); empty shows all. */
  types = '';
  /** How many upcoming meetings to show: all by default, 3 in the compact variant. */
  limit: number | undefined = undefined;
  /** `collapsed` (default), `all` or `none`. */
  showPast: ShowPast = 'collapsed';
  /** `full` (default) or `compact`: the next meetings, one line each, for a sidebar. */
  variant: EventsVariant = 'full';
  /** Level of the widget's headings (2–6, default 3); meetings' titles are one level below. */
  headingLevel = 3;
  /** A page with all meetings, linked from the compact variant and when `limit` hides some. */
  moreUrl = '';
  /**
   * The address of the region's calendar feed (http or https; relative to the
   * page) offered as "Odebírat kalendář"; any other scheme is ignored, `none`
   * offers none. Unset: derived from a kpss-server `src`
   * (`…/regions/<id>.json` → `…/regions/<id>/events.ics`); a region file
   * elsewhere has no feed, so nothing is offered.
   */
  calendarUrl = '';
  /** The current time; set it to test or preview a date. Unset: the real clock, checked every minute. */
  now: Date | undefined = undefined;

  private chosenType: EventTypeCode | '' = '';
  private announcement = '';

  private data?: RegionData;
  private items: Timed<PlanEvent>[] = [];
  private typeFilter: ReadonlySet<EventTypeCode> | undefined;
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Meetings move from upcoming to past while the page stays open.
    this.timer = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, TICK);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('types')) {
      const { codes, unknown } = parseTypes(this.types);
      this.typeFilter = codes;
      if (unknown.length) console.warn(`[kpss] <${this.localName}>: unknown event types in the types attribute: ${unknown.join(', ')}`);
      if (this.chosenType && codes && !codes.has(this.chosenType)) this.chosenType = '';
    }
    const data = this.region.status === TaskStatus.COMPLETE ? this.region.value : undefined;
    if (data && data !== this.data) {
      this.data = data;
      this.chosenType = '';
      this.items = this.timeEvents(data);
    }
  }

  private timeEvents(data: RegionData): Timed<PlanEvent>[] {
    const { items, problems } = timeEvents(data.events);
    if (problems.length && !reported.has(data)) {
      reported.add(data);
      console.warn(`[kpss] <${this.localName}>: ${problems.join('; ')}`);
    }
    return items;
  }

  private get clock(): number {
    return (this.now ?? new Date()).getTime();
  }

  /** Meetings of the kinds the page allows (`types`). */
  private get allowed(): Timed<PlanEvent>[] {
    const filter = this.typeFilter;
    return filter ? this.items.filter((i) => filter.has(i.event.type)) : this.items;
  }

  private split(now: number) {
    const chosen = this.chosenType;
    return splitByNow(chosen ? this.allowed.filter((i) => i.event.type === chosen) : this.allowed, now);
  }

  private get limitValue(): number | undefined {
    return this.limit ?? (this.variant === 'compact' ? COMPACT_LIMIT : undefined);
  }

  private calendarContext(data: RegionData, now: number): CalendarContext {
    return { regionId: data.region.id, regionName: data.region.name, locale: this.l10n.locale, s: this.l10n.s.events, now: new Date(now), base: this.dataBase };
  }

  /** Relative links in the data are relative to the data file. */
  private get dataBase(): string | undefined {
    try {
      return new URL(this.src, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  private async handleCopy(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#calendar-url');
    if (!input) return;
    const s = this.l10n.s.events;
    // Cleared first, so the same words are announced again on a second press.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = (await copyAddress(input, button)) ? s.copied : s.copySelected;
  }

  private handleType(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.chosenType = (EVENT_TYPE_CODES as readonly string[]).includes(value) ? (value as EventTypeCode) : '';
    const { upcoming, past } = this.split(this.clock);
    this.announcement = this.l10n.s.events.found(upcoming.length, this.showPast === 'none' ? 0 : past.length);
  }

  private renderEmpty(data: RegionData) {
    const s = this.l10n.s.events;
    const c = data.region.coordinator;
    const who = [c?.name, c?.organization].filter(Boolean).join(', ');
    const tel = c?.phone ? telUrl(c.phone) : undefined;
    const mail = c?.email ? mailtoUrl(c.email) : undefined;
    const contact = who || c?.phone || c?.email;
    return html`<div class="empty" part="empty">
      <p><strong>${this.chosenType ? s.emptyFiltered : s.emptyTitle}</strong></p>
      ${contact
        ? html`<p>${s.emptyHelp}</p>
            <p class="coordinator">
              ${who}
              ${c?.phone ? html`<br />${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}` : nothing}
              ${c?.email ? html`<br />${mail ? html`<a href=${mail}>${c.email}</a>` : c.email}` : nothing}
            </p>`
        : html`<p>${s.emptyLater}</p>`}
    </div>`;
  }

  private renderCalendarAll(items: readonly Timed<PlanEvent>[], ctx: CalendarContext) {
    const link = listCalendarLink(items, ctx);
    return html`<p class="calendar-all">
      <a class="calendar" part="calendar" href=${link.href} download=${link.download} type="text/calendar"
        >${this.l10n.s.events.addAllToCalendar(items.length)} <span class="hint">(${this.l10n.s.events.calendarHint})</span></a
      >
    </p>`;
  }

  private renderMoreLink() {
    const href = httpUrl(this.moreUrl);
    return href ? html`<a class="more-link" href=${href}>${this.l10n.s.events.moreLink}</a>` : nothing;
  }

  private renderFilter() {
    const s = this.l10n.s.events;
    const present = EVENT_TYPE_CODES.filter((code) => this.allowed.some((i) => i.event.type === code));
    if (present.length < 2) return nothing;
    return html`<div class="filter no-print" part="filter">
      <label for="type">${s.typeFilter}</label>
      <select id="type" @change=${this.handleType} .value=${this.chosenType}>
        <option value="" ?selected=${!this.chosenType}>${s.allTypes}</option>
        ${present.map((code) => html`<option value=${code} ?selected=${this.chosenType === code}>${label('eventTypes', code, this.l10n.locale)}</option>`)}
      </select>
    </div>`;
  }

  private renderCompactList(data: RegionData, now: number) {
    const s = this.l10n.s.events;
    const { upcoming } = this.split(now);
    const shown = upcoming.slice(0, this.limitValue);
    const ctx = { s, locale: this.l10n.locale, now };
    return html`<div class="events compact">
      ${shown.length ? html`<ul class="compact-list">${shown.map((item) => renderCompact(item, ctx))}</ul>` : this.renderEmpty(data)}
      ${upcoming.length || this.moreUrl
        ? html`<div class="compact-actions">
            ${upcoming.length ? this.renderCalendarAll(upcoming, this.calendarContext(data, now)) : nothing}
            ${this.renderMoreLink()}
          </div>`
        : nothing}
    </div>`;
  }

  private renderFull(data: RegionData, now: number) {
    const s = this.l10n.s.events;
    const level = this.headingLevel;
    const { upcoming, past } = this.split(now);
    const limit = this.limitValue;
    const shown = limit ? upcoming.slice(0, limit) : upcoming;
    const hidden = upcoming.length - shown.length;
    const calendar = this.calendarContext(data, now);
    const card: CardContext = { s, locale: this.l10n.locale, now, level: level + 1, base: calendar.base, calendar: (item) => eventCalendarLink(item, calendar) };
    const pastCard: CardContext = { ...card, calendar: undefined };
    const pastList = html`<ul class="list">${past.map((item) => renderEvent(item, pastCard))}</ul>`;
    return html`<div class="events">
      <p class="intro">${s.intro(data.region.name)}</p>
      ${this.renderFilter()}
      <section class="upcoming">
        ${heading(level, s.upcoming, 'section-title')}
        ${shown.length
          ? html`${upcoming.length > 1 ? this.renderCalendarAll(upcoming, calendar) : nothing}
              <ul class="list">${shown.map((item) => renderEvent(item, card))}</ul>
              ${hidden > 0 ? html`<p class="more">${s.more(hidden)} ${this.renderMoreLink()}</p>` : nothing}`
          : this.renderEmpty(data)}
      </section>
      ${this.showPast !== 'none' && past.length
        ? html`<section class="past">
            ${heading(level, s.past, 'section-title')}
            ${this.showPast === 'all'
              ? pastList
              : html`<details class="past-details">
                  <summary>${s.showPast(past.length)}</summary>
                  ${pastList}
                </details>`}
          </section>`
        : nothing}
      ${this.renderSubscribeBox(level)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The full variant only: a sidebar's compact list stays a few lines (its "all meetings" page has the box). */
  private renderSubscribeBox(level: number) {
    if (badCalendarUrl(this.calendarUrl)) warnOnce(this, `calendar-url "${this.calendarUrl}" is not an http(s) address; ignored`);
    const feed = feedUrl(this.calendarUrl, this.src);
    if (!feed) return nothing;
    return renderSubscribe({ s: this.l10n.s.events, feed, level, onCopy: (e) => void this.handleCopy(e) });
  }

  protected override renderContent(data: RegionData) {
    const now = this.clock;
    return this.variant === 'compact' ? this.renderCompactList(data, now) : this.renderFull(data, now);
  }
}
