/**
 * Picks the widget's language: its own `lang` attribute, then the nearest
 * ancestor with `lang` (across shadow roots), then Czech. Re-renders the host
 * when any `lang` attribute on the page changes. Dates and numbers go through
 * Intl with the Europe/Prague time zone, whatever the visitor's zone.
 *
 * Czech, the default, is in the shared chunk; other languages are separate
 * chunks loaded with `import()` when a widget first needs them, so a Czech
 * town page never downloads them. The base element waits for its language
 * together with its data, so a resident never sees a flash of Czech.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Strings } from './cs.js';
import { common } from './cs/common.js';
import { formatNumber, plural, type PluralForms } from './plural.js';
import type { Locale } from '../data/taxonomy.js';

export const DEFAULT_LOCALE: Locale = 'cs';

/**
 * Czech as far as this page has it: `common`, plus the sections the widgets on
 * the page brought (`registerCzech`). A widget reads only its own sections.
 */
const cs = { common } as Strings;

/** Adds a widget's Czech sections (each widget class calls it with its `csStrings`). */
export function registerCzech(sections: Partial<Strings>): void {
  Object.assign(cs, sections);
}

const loaders: Readonly<Record<Locale, () => Promise<Strings>>> = {
  cs: async () => cs,
  en: () =>
    import('./en.js').then((m) => {
      m.registerEnLabels();
      return m.en;
    }),
  uk: () =>
    import('./uk.js').then((m) => {
      m.registerUkLabels();
      return m.uk;
    }),
};
export const SUPPORTED_LOCALES = Object.keys(loaders) as Locale[];
const loaded: Partial<Record<Locale, Strings>> = { cs };
const loading = new Map<Locale, Promise<void>>();

/** Loads a language's strings (once); resolves when they are there. */
export function ensureLocale(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let done = loading.get(locale);
  if (!done) {
    done = loaders[locale]().then(
      (strings) => {
        loaded[locale] = strings;
      },
      (error: unknown) => {
        // A failed chunk (offline): stay in Czech and try again next time.
        loading.delete(locale);
        console.warn(`[kpss] could not load the ${locale} strings:`, error);
      },
    );
    loading.set(locale, done);
  }
  return done;
}
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
  return base && (SUPPORTED_LOCALES as string[]).includes(base) ? (base as Locale) : undefined;
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

  /** The language found once per update: a render asks for it hundreds of times (every label and count). */
  private during?: Locale;

  hostUpdate(): void {
    this.during = undefined;
    this.during = this.locale;
  }

  hostUpdated(): void {
    this.during = undefined;
  }

  /** The widget's language: an unsupported `lang` falls through to the next source. */
  get locale(): Locale {
    return this.during ?? toLocale(this.host.getAttribute('lang')) ?? toLocale(nearestLang(this.host)) ?? DEFAULT_LOCALE;
  }

  /** The strings of the widget's language (Czech until another language's chunk has arrived). */
  get s(): Strings {
    const locale = this.locale;
    const strings = loaded[locale];
    if (strings) return strings;
    void ensureLocale(locale).then(() => this.host.requestUpdate());
    return cs;
  }

  /** Resolves when the strings of the widget's current language are loaded. */
  ready(): Promise<void> {
    return ensureLocale(this.locale);
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
