/**
 * "Najít moji připomínku" in <kpss-settlement>: the resident types the code
 * the form showed them (or a link from their mail puts it in the page's
 * address, `?kpss-receipt=3F0C-2A8E`), the widget checks its form, asks the
 * server (src/data/receipt-lookup.ts) and says in a polite live region what
 * became of the comment, with a link to its place in the table.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { czech } from '../shared/czech.js';
import { ReceiptLookupError, lookUpReceipt, normalizeReceipt, receiptFromAddress, type ReceiptAnswer, type ReceiptMatch } from '../../data/receipt-lookup.js';
import type { SettlementItem, SettlementStatus } from '../../data/settlement.js';
import type { Strings } from '../../l10n/cs.js';
import { TIME_ZONE } from '../../l10n/localize.js';

type Labels = Strings['settlement'];

/** What a render of the box needs from the widget. */
export interface LookupView {
  readonly s: Labels;
  /** An ISO day as the widget's language writes it ("31. ledna 2027"). */
  readonly day: (iso: string) => string;
  readonly settlementBy: string | undefined;
  /** The table as shown: a link goes to a row only when the row is there. */
  readonly items: readonly SettlementItem[];
}

export interface LookupOptions {
  /** The settlement URL (the look-up is the `receipt` route under it). */
  readonly url: () => string | undefined;
  /** Shows the row of this number in the table and moves the focus to it. */
  readonly showItem: (number: number) => void;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly receipt: string }
  | { readonly kind: 'done'; readonly answer: ReceiptAnswer }
  | { readonly kind: 'failed'; readonly error: unknown };

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Today in Prague as an ISO day: a promised date that has passed is no longer told. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

export class ReceiptLookup implements ReactiveController {
  /** The text as typed: kept as it is, whatever the check says. */
  private typed = '';
  private problem: 'empty' | 'format' | undefined;
  private state: State = { kind: 'idle' };
  private abort?: AbortController;
  private addressRead = false;

  constructor(
    private readonly host: Host,
    private readonly options: LookupOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Once the table is there: the code a link put into the page's address,
   * filled in and looked up. The resident came for this answer, so the focus
   * goes to it (or to the field, when the code in the link is not a code).
   */
  fromAddress(): void {
    if (this.addressRead) return;
    this.addressRead = true;
    const typed = receiptFromAddress(location.href);
    if (!typed) return;
    this.typed = typed;
    void this.run(true);
  }

  private readonly handleInput = (event: Event) => {
    this.typed = (event.target as HTMLInputElement).value;
    // The error goes as soon as the code is right, not only at the next "Najít".
    if (this.problem && normalizeReceipt(this.typed)) {
      this.problem = undefined;
      this.host.requestUpdate();
    }
  };

  private readonly handleSubmit = (event: Event) => {
    event.preventDefault();
    void this.run(false);
  };

  private find<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  private async run(focusAnswer: boolean): Promise<void> {
    this.abort?.abort();
    const receipt = normalizeReceipt(this.typed);
    const url = this.options.url();
    if (!receipt || !url) {
      this.problem = this.typed.trim() === '' ? 'empty' : receipt ? undefined : 'format';
      this.state = receipt ? { kind: 'failed', error: new ReceiptLookupError('no-receiver', 'no settlement URL') } : { kind: 'idle' };
      this.host.requestUpdate();
      await this.host.updateComplete;
      // The error is on the field: the focus goes there to correct it.
      if (this.problem) this.find('#receipt')?.focus();
      return;
    }
    this.problem = undefined;
    const abort = (this.abort = new AbortController());
    this.state = { kind: 'busy', receipt };
    this.host.requestUpdate();
    try {
      this.state = { kind: 'done', answer: await lookUpReceipt(url, receipt, abort.signal) };
    } catch (error) {
      if (abort.signal.aborted) return;
      console.warn('[kpss] <kpss-settlement> receipt look-up:', error instanceof Error ? error.message : error);
      if (error instanceof ReceiptLookupError && error.kind === 'bad-code') {
        this.problem = 'format';
        this.state = { kind: 'idle' };
      } else this.state = { kind: 'failed', error };
    }
    if (abort.signal.aborted) return;
    this.host.requestUpdate();
    if (!focusAnswer) return;
    await this.host.updateComplete;
    this.find(this.problem ? '#receipt' : '#lookup-result')?.focus();
  }

  // ── rendering ───────────────────────────────────────────────────────────

  render(view: LookupView) {
    const l = view.s.lookup;
    const error = this.problem === 'empty' ? l.empty : this.problem === 'format' ? l.format : '';
    return html`<div class="lookup no-print" part="lookup">
      <h3 id="lookup-title">${l.title}</h3>
      <form role="search" aria-labelledby="lookup-title" novalidate @submit=${this.handleSubmit}>
        <label for="receipt">${l.label}</label>
        <p class="hint" id="receipt-hint">${l.hint}</p>
        <div class="lookup-row">
          <input
            type="text"
            id="receipt"
            name="receipt"
            autocomplete="off"
            inputmode="text"
            autocapitalize="characters"
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'receipt-hint receipt-error' : 'receipt-hint'}
            .value=${this.typed}
            @input=${this.handleInput}
          />
          <button type="submit">${l.submit}</button>
        </div>
        <p id="receipt-error" class="field-error" aria-live="polite">${error}</p>
      </form>
      <div id="lookup-result" class="lookup-result" role="status" tabindex="-1">${this.renderState(view)}</div>
    </div>`;
  }

  private renderState(view: LookupView) {
    const { s } = view;
    const l = s.lookup;
    const state = this.state;
    switch (state.kind) {
      case 'idle':
        return nothing;
      case 'busy':
        return html`<p>${l.busy(state.receipt)}</p>`;
      case 'failed':
        return html`<p class="match problem">${this.failure(state.error, l)}</p>`;
      case 'done': {
        const { matches, receipt } = state.answer;
        if (matches.length === 0) return html`<p class="match problem">${l.notFound(receipt)}</p>`;
        if (matches.length === 1) return this.renderMatch(matches[0]!, view);
        return html`<p>${l.several(matches.length, receipt)}</p>
          <ul class="matches">
            ${matches.map((m) => html`<li>${this.renderMatch(m, view)}</li>`)}
          </ul>`;
      }
    }
  }

  private failure(error: unknown, l: Labels['lookup']): string {
    if (!(error instanceof ReceiptLookupError)) return l.errorNetwork;
    switch (error.kind) {
      case 'network':
        return l.errorNetwork;
      case 'http':
        return l.errorHttp(error.status ?? 0);
      case 'rate-limited':
        return l.errorLimited;
      case 'unknown-plan':
        return l.errorPlan;
      default:
        return l.errorUnavailable;
    }
  }

  private renderMatch(m: ReceiptMatch, view: LookupView) {
    const l = view.s.lookup;
    if (m.duplicateOf !== null) {
      // The table has the comment it repeats, with the settlement of both.
      const original = view.items.find((i) => i.number === m.duplicateOf);
      return html`<div class="match status-${original?.status ?? 'none'}">
        <p>${l.duplicate(m.number, m.duplicateOf)}</p>
        ${original?.status ? this.settledLines(original.number, original.status, original.resolution, view) : this.openLines(l.originalOpen(m.duplicateOf), view)}
      </div>`;
    }
    if (m.status) return html`<div class="match status-${m.status}">${this.settledLines(m.number, m.status, m.resolution, view)}</div>`;
    return html`<div class="match status-none">${this.openLines(html`<strong>${l.received(m.number)}</strong> ${l.notSettled}`, view)}</div>`;
  }

  private settledLines(number: number, status: SettlementStatus, resolution: string | null, view: LookupView) {
    const { s } = view;
    const inTable = view.items.some((i) => i.number === number);
    return html`<p><strong>${s.lookup.settled(number, s.statuses[status])}</strong> – ${s.statusHelp[status]}</p>
      <p class="reason"><span class="label">${s.reason}</span> ${resolution ? czech(resolution) : s.noReason}</p>
      ${inTable
        ? html`<p>
            <a
              class="to-item"
              href="#c-${number}"
              @click=${(event: Event) => {
                // The row is in this shadow root, where the page's address cannot point: the widget goes there itself.
                event.preventDefault();
                this.options.showItem(number);
              }}
              >${s.lookup.show(number)}</a
            >
          </p>`
        : nothing}`;
  }

  private openLines(first: unknown, view: LookupView) {
    const by = view.settlementBy;
    return html`<p>${first}</p>
      ${by && by >= today() ? html`<p>${view.s.lookup.settlementBy(view.day(by))}</p>` : nothing}`;
  }
}
