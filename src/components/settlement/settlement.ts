import { html, nothing, type PropertyDeclarations } from 'lit';
import { checkPlan } from '../../data/plan-schema.js';
import { registerPart } from '../../data/read-region.js';
import { Task } from '@lit/task';
import { KpssElement } from '../shared/kpss-element.js';
import { loadingState } from '../shared/states.js';
import { czech, residentLang } from '../shared/czech.js';
import { quoting } from '../shared/quoting.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { settlementStyles } from './settlement.styles.js';
import { ReceiptLookup } from './receipt-lookup.js';
import { lookupStyles } from './receipt-lookup.styles.js';
import type { RegionData } from '../../data/parse.js';
import type { Plan } from '../../data/schema.js';
import { settlement } from '../../l10n/cs/settlement.js';
import {
  SETTLEMENT_STATUSES,
  SettlementError,
  countByStatus,
  groupBySection,
  loadSettlement,
  settlementUrl,
  type Settlement,
  type SettlementItem,
  type SettlementStatus,
} from '../../data/settlement.js';

type Filter = SettlementStatus | 'all';

/**
 * @tagname kpss-settlement
 * @summary The published settlement of comments on the draft plan ("vypořádání
 * připomínek"): every settled comment, grouped by the plan's sections, with
 * its outcome in plain words and the reason, and the counts per outcome.
 * Shows no personal data, even if the server sends some. Prints as the
 * plan's annex (every comment, without the controls).
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error box when the region file or the settlement cannot be loaded.
 * @csspart notice - The box shown when nothing is published yet.
 * @csspart item - One comment with its outcome.
 * @csspart lookup - The "Najít moji připomínku" box: a resident's comment by the code the form showed
 *   (typed in, or from `?kpss-receipt=` in the page's address, as the mail to the resident links to it).
 */
export class KpssSettlement extends KpssElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('plan', checkPlan);
  }

  // The look-up's styles first: the table's status colours then mark its answers too.
  static override styles = [hostStyles, controlStyles, lookupStyles, settlementStyles];
  static override csStrings = { settlement };

  static override properties: PropertyDeclarations = {
    endpoint: {},
    noHeading: { type: Boolean, attribute: 'no-heading' },
    filter: { state: true },
    printing: { state: true },
    announcement: { state: true },
  };

  /**
   * The settlement endpoint (`GET …?region=…&plan=…`); default: `settlement`
   * beside the plan's commenting endpoint (`/api/feedback` → `/api/settlement`).
   */
  endpoint = '';
  /** Leaves out the widget's own heading, for a page whose heading already names it (the section keeps the name for screen readers). */
  noHeading = false;

  private filter: Filter = 'all';
  private printing = false;
  private announcement = '';

  private listeners?: AbortController;

  private readonly settlement = new Task(this, {
    task: async ([url], { signal }): Promise<Settlement | undefined> => {
      if (url === undefined) return undefined;
      try {
        return await loadSettlement(url, signal);
      } catch (error) {
        if (!signal.aborted) console.error(`[kpss] <${this.localName}>:`, error instanceof Error ? error.message : error);
        throw error;
      }
    },
    args: () => [this.url()] as const,
    // With the table there, a code in the page's address (a link from the mail) is looked up.
    onComplete: (result) => {
      if (result) this.lookup.fromAddress();
    },
  });

  private readonly lookup = new ReceiptLookup(this, { url: () => this.url(), showItem: (n) => void this.showItem(n) });

  override connectedCallback(): void {
    super.connectedCallback();
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    window.addEventListener('beforeprint', () => this.setPrinting(true), { signal });
    window.addEventListener('afterprint', () => this.setPrinting(false), { signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeners?.abort();
  }

  private url(): string | undefined {
    const data = this.region.value;
    const plan = data?.plan;
    return data && plan ? settlementUrl(this.endpoint, plan, data.region.id, document.baseURI, this.dataUrl) : undefined;
  }

  private setPrinting(on: boolean): void {
    this.printing = on;
    // The print layout is taken right after beforeprint: render now, not in a microtask.
    if (on) this.performUpdate();
  }

  /** The row of this number, shown (the filter back to all if it hid it) and focused. */
  private async showItem(number: number): Promise<void> {
    const item = this.settlement.value?.items.find((i) => i.number === number);
    if (item && this.filter !== 'all' && item.status !== this.filter) {
      this.filter = 'all';
      this.announcement = this.l10n.s.settlement.shown(this.settlement.value?.items.length ?? 0);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#c-${number}`)?.closest('article')?.focus();
  }

  private readonly handleFilter = (event: Event) => {
    this.filter = (event.target as HTMLSelectElement).value as Filter;
    const items = this.settlement.value?.items ?? [];
    const shown = this.filter === 'all' ? items.length : items.filter((i) => i.status === this.filter).length;
    this.announcement = this.l10n.s.settlement.shown(shown);
  };

  // ── rendering ───────────────────────────────────────────────────────────

  protected override renderContent(data: RegionData) {
    const s = this.l10n.s.settlement;
    const plan = data.plan;
    return html`<section class="settlement" aria-labelledby=${this.noHeading ? nothing : 'title'} aria-label=${this.noHeading ? (plan ? s.title(plan.title) : s.titleNoPlan) : nothing}>
      ${this.noHeading ? nothing : html`<h2 id="title">${plan ? quoting(s.title, plan.title) : s.titleNoPlan}</h2>`}
      ${plan
        ? this.settlement.render({
            initial: () => loadingState(this.l10n.s),
            pending: () => loadingState(this.l10n.s),
            complete: (result) => (result ? this.renderSettlement(plan, result) : html`<p class="notice" part="notice">${s.noEndpoint}</p>`),
            error: (error) => this.renderError(error),
          })
        : html`<p class="notice" part="notice">${s.noPlan}</p>`}
    </section>`;
  }

  private renderError(error: unknown) {
    const s = this.l10n.s.settlement;
    const message =
      error instanceof SettlementError
        ? error.kind === 'http'
          ? s.errorHttp(error.status ?? 0)
          : error.kind === 'no-receiver'
            ? s.errorNoReceiver(error.status ?? 0)
            : error.kind === 'invalid'
            ? s.errorInvalid
            : s.errorNetwork
        : s.errorNetwork;
    return html`<div class="error" role="alert" part="error">
      <p class="error-title">${s.errorTitle}</p>
      <p>${message} ${this.l10n.s.common.errorHelp}</p>
    </div>`;
  }

  private renderSettlement(plan: Plan, settlement: Settlement) {
    const s = this.l10n.s.settlement;
    const items = settlement.items;
    // Left out of the printed annex, as the other controls are.
    const lookup = this.printing ? nothing : this.lookup.render({
      s,
      day: (iso) => this.l10n.date(new Date(`${iso}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' }),
      settlementBy: plan.settlementBy,
      items,
    });
    // Nothing settled yet: the look-up still tells a resident that their comment is there.
    if (items.length === 0) return html`<p class="notice" part="notice">${s.empty}</p>${lookup}`;
    const counts = countByStatus(items);
    const filter = this.printing ? 'all' : this.filter;
    const shown = filter === 'all' ? items : items.filter((i) => i.status === filter);
    const groups = groupBySection(shown, plan.sections);
    return html`
      <p class="intro">${s.intro}</p>
      ${lookup}
      <div class="summary">
        <p class="total">${s.total(items.length)}</p>
        <dl class="counts" aria-label=${s.counts}>
          ${SETTLEMENT_STATUSES.map(
            (status) => html`<div class="count status-${status}"><dt>${s.statuses[status]}</dt> <dd>${this.l10n.number(counts[status])}</dd></div>`,
          )}
        </dl>
      </div>
      ${this.printing
        ? nothing
        : html`<div class="controls no-print">
            <div class="field">
              <label for="filter">${s.filter}</label>
              <select id="filter" .value=${filter} @change=${this.handleFilter}>
                <option value="all" ?selected=${filter === 'all'}>${s.all(items.length)}</option>
                ${SETTLEMENT_STATUSES.filter((status) => counts[status] > 0).map(
                  (status) => html`<option value=${status} ?selected=${filter === status}>${s.statuses[status]} (${counts[status]})</option>`,
                )}
              </select>
            </div>
            <button type="button" class="secondary" @click=${() => window.print()}>${s.print}</button>
          </div>`}
      ${groups.map(
        (group, i) => html`<section class="group" aria-labelledby="group-${i}">
          <h3 id="group-${i}" lang=${group.id === null || group.id === '?' ? nothing : 'cs'}>${group.id === null ? s.general : group.id === '?' ? s.other : group.title}</h3>
          <ol class="items">
            ${group.items.map(({ item, part }) => this.renderItem(item, part))}
          </ol>
        </section>`,
      )}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderItem(item: SettlementItem, part: string | null) {
    const s = this.l10n.s.settlement;
    const status = item.status;
    return html`<li class="item status-${status ?? 'none'}" part="item">
      <article aria-labelledby="c-${item.number}" tabindex="-1">
        <h4 id="c-${item.number}">
          ${s.commentNo(item.number)}${item.receipt ? html` <span class="receipt">(${s.receipt(item.receipt)})</span>` : nothing}
        </h4>
        ${part ? html`<p class="part"><span class="label">${s.part}</span> ${czech(part)}</p>` : nothing}
        <p class="message" lang=${residentLang(item.message)}>${item.message}</p>
        ${item.proposal ? html`<p class="proposal"><span class="label">${s.proposal}</span> <span lang=${residentLang(item.proposal)}>${item.proposal}</span></p>` : nothing}
        <div class="outcome">
          ${status
            ? html`<p class="status"><span class="label">${s.outcome}</span> <strong>${s.statuses[status]}</strong> – ${s.statusHelp[status]}</p>`
            : nothing}
          <p class="reason"><span class="label">${s.reason}</span> ${item.resolution ? czech(item.resolution) : s.noReason}</p>
        </div>
      </article>
    </li>`;
  }
}
