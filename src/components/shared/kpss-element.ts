/**
 * The base of every widget: the `src` attribute, the region data through
 * @lit/task over the shared loader, the language, the host defences, and the
 * loading and error states. A widget implements `renderContent(data)`.
 */
import { LitElement, html, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { loadRegion } from '../../data/load.js';
import { RegionDataError, type RegionData } from '../../data/read-region.js';
import { LocalizeController, registerCzech } from '../../l10n/localize.js';
import type { Strings } from '../../l10n/cs.js';
import { hostStyles } from '../../styles/host.styles.js';
import { VERSION } from '../../version.js';
import { errorBox, loadingState } from './states.js';

export abstract class KpssElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;
  /** Lets `define()` tell a second copy of the same version from another version. */
  static readonly kpssVersion = VERSION;

  /**
   * The widget's Czech sections of the strings (`{ catalog }`): they travel
   * in the widget's own chunk, registered when the first element is made.
   */
  static csStrings: Partial<Strings> = {};

  /**
   * The reactive properties (lit's accessors on the prototype; the fields
   * below assign through them). A subclass declares only its own: lit adds
   * the superclass's when it finalizes the class.
   */
  static override properties: PropertyDeclarations = {
    src: {},
  };

  /** URL of the region JSON file (absolute, or relative to the page). */
  src = '';

  protected readonly l10n = new LocalizeController(this);

  constructor() {
    super();
    registerCzech((this.constructor as typeof KpssElement).csStrings);
  }

  protected readonly region = new Task(this, {
    task: async ([src], { signal }) => {
      try {
        if (!src) throw new RegionDataError('no-src', 'the element has no src attribute');
        // The language's strings arrive with the data: no flash of Czech for others.
        const [data] = await Promise.all([loadRegion(src, signal), this.l10n.ready()]);
        return data;
      } catch (error) {
        // The contract: show the error in the box and log the reason.
        if (!signal.aborted) console.error(`[kpss] <${this.localName}>:`, error instanceof Error ? error.message : error);
        throw error;
      }
    },
    args: () => [this.src] as const,
  });

  /** The region file's absolute address: relative URLs in the file (its endpoints) resolve against it. */
  protected get dataUrl(): string | undefined {
    try {
      return this.src ? new URL(this.src, document.baseURI).href : undefined;
    } catch {
      return undefined;
    }
  }

  protected abstract renderContent(data: RegionData): unknown;

  override render(): TemplateResult {
    const s = this.l10n.s;
    return html`<div class="kpss" part="base" lang=${this.l10n.locale}>
      ${this.region.render({
        initial: () => loadingState(s),
        pending: () => loadingState(s),
        complete: (data) => this.renderContent(data),
        error: (error) => errorBox(error, s, this.l10n.locale, this.dataUrl),
      })}
    </div>`;
  }
}
