/**
 * "Odebírat kalendář": the region's meetings as a calendar a resident
 * subscribes to once, so new, moved and cancelled meetings reach their phone
 * by themselves. The feed is kpss-server's `/regions/{id}/events.ics`; a
 * region file on a town's own web server has none unless the page names one.
 */
import { html } from 'lit';
import { httpUrl } from '../../data/urls.js';
import type { Strings } from '../../l10n/cs.js';
import { heading } from './event-card.js';

/** kpss-server's address of a region file: `…/regions/<id>.json`. */
const SERVER_REGION = /\/regions\/([a-z0-9-]+)\.json$/;

/**
 * The feed's address: the page's `calendar-url` (http(s) only, anything else
 * is ignored; `none` turns the offer off), else derived from a kpss-server
 * region URL in `src`, else none.
 */
export function feedUrl(calendarUrl: string, src: string, base = document.baseURI): string | undefined {
  const named = calendarUrl.trim();
  if (named.toLowerCase() === 'none') return undefined;
  const given = named ? httpUrl(named, base) : undefined;
  if (given) return given;
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return undefined;
  }
  const id = SERVER_REGION.exec(url.pathname)?.[1];
  if (!id || !/^https?:$/.test(url.protocol)) return undefined;
  url.pathname = url.pathname.replace(SERVER_REGION, `/regions/${id}/events.ics`);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A `calendar-url` that is set but not an http(s) address (the page's mistake, worth a warning). */
export function badCalendarUrl(calendarUrl: string, base = document.baseURI): boolean {
  const named = calendarUrl.trim();
  return !!named && named.toLowerCase() !== 'none' && !httpUrl(named, base);
}

/** `webcal://…`: phones and desktop calendars open it as a subscription, not a one-off import. */
export const webcalUrl = (feed: string) => feed.replace(/^https?:/i, 'webcal:');

export interface SubscribeView {
  readonly s: Strings['events'];
  readonly feed: string;
  /** The level of the widget's section headings. */
  readonly level: number;
  readonly onCopy: (event: Event) => void;
}

/** The box: what it does, the webcal: link, and the address to paste with a copy button. */
export function renderSubscribe({ s, feed, level, onCopy }: SubscribeView) {
  // Ids are unique in the shadow root: there is one box per widget.
  return html`<section class="subscribe no-print" part="subscribe" aria-labelledby="subscribe-title">
    ${heading(level, s.subscribeTitle, 'section-title', 'subscribe-title')}
    <p class="subscribe-intro">${s.subscribeIntro}</p>
    <p class="subscribe-link"><a class="webcal" href=${webcalUrl(feed)}>${s.subscribeLink}</a></p>
    <label for="calendar-url">${s.subscribeUrlLabel}</label>
    <p class="hint" id="calendar-url-hint">${s.subscribeUrlHint}</p>
    <div class="copy-row">
      <input
        id="calendar-url"
        type="text"
        readonly
        spellcheck="false"
        autocomplete="off"
        aria-describedby="calendar-url-hint"
        .value=${feed}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
      />
      <button type="button" class="secondary copy" @click=${onCopy}>${s.copyUrl}</button>
    </div>
  </section>`;
}

/**
 * Copies the address: the Clipboard API where the page may use it (https),
 * else the old copy command on the selected text; when neither works the
 * address is left selected in its field for the resident to copy. Returns
 * whether it was copied; focus stays on the button unless the field needs it.
 */
export async function copyAddress(input: HTMLInputElement, button: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(input.value);
      return true;
    }
  } catch {
    // Refused (no permission, not a secure context): fall back below.
  }
  input.focus();
  input.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  // Copied: back to the button the resident pressed. Not copied: the selected address is where the eye goes.
  if (copied) button.focus();
  return copied;
}
