/**
 * Picks the widget's language: its own `lang` attribute, then the nearest
 * ancestor with `lang` (across shadow roots), then Czech. Re-renders the host
 * when any `lang` attribute on the page changes. Dates and numbers go through
 * Intl with the Europe/Prague time zone, whatever the visitor's zone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cs, type Strings } from './cs.js';
import { en } from './en.js';
import { formatNumber, plural, type PluralForms } from './plural.js';
import type { Locale } from '../data/taxonomy.js';

export const LOCALES: Readonly<Record<Locale, Strings>> = { cs, en };
export const DEFAULT_LOCALE: Locale = 'cs';
export const TIME_ZONE = 'Europe/Prague';

type Host = ReactiveControllerHost & HTMLElement;
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observe(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base && base in LOCALES ? (base as Locale) : undefined;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The nearest ancestor's `lang`, crossing shadow roots. */
function nearestLang(el: Element): string | null {
  let node: Element | null = parentOf(el);
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The widget's language: an unsupported `lang` falls through to the next source. */
  get locale(): Locale {
    return toLocale(this.host.getAttribute('lang')) ?? toLocale(nearestLang(this.host)) ?? DEFAULT_LOCALE;
  }

  get s(): Strings {
    return LOCALES[this.locale];
  }

  number(n: number): string {
    return formatNumber(this.locale, n);
  }

  plural(n: number, forms: PluralForms): string {
    return plural(this.locale, n, forms);
  }

  date(value: Date, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.locale, { timeZone: TIME_ZONE, ...options }).format(value);
  }
}
