import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KpssElement } from '../shared/kpss-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { feedbackStyles } from './feedback-form.styles.js';
import type { RegionData } from '../../data/parse.js';
import type { Plan } from '../../data/schema.js';
import { commentingState } from '../../data/period.js';
import { DraftStore } from '../../data/draft.js';
import { sharedOutbox, type OutboxFailure, type SentDetail } from '../../data/outbox.js';
import { postJson } from '../../data/send.js';
import { receiptOf, uuid } from '../../data/uuid.js';
import { httpUrl, mailtoUrl, telUrl } from '../../data/urls.js';

/** The contract's payload (shared/contract/feedback-api.md). */
export interface FeedbackPayload {
  readonly id: string;
  readonly region: string;
  readonly planId: string;
  readonly sectionId?: string;
  readonly message: string;
  readonly proposal?: string;
  readonly name?: string;
  readonly organization?: string;
  readonly email?: string;
  readonly website: string;
}

type Field = 'sectionId' | 'message' | 'proposal' | 'name' | 'organization' | 'email' | 'website';
type Values = Record<Field, string>;
type Phase = 'editing' | 'sending' | 'queued' | 'sent';

export const MAX_LENGTH = 5000;
const EMPTY: Values = { sectionId: '', message: '', proposal: '', name: '', organization: '', email: '', website: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The counter is announced when fewer characters than these remain. */
const COUNT_THRESHOLDS = [500, 100, 0];

/** Fired (bubbling, composed, cancelable) just before a comment is sent. */
export class KpssSubmitEvent extends Event {
  constructor(readonly payload: FeedbackPayload) {
    super('kpss-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the server has stored a comment (also one sent later from the outbox). */
export class KpssSubmittedEvent extends Event {
  constructor(
    readonly id: string,
    readonly receipt: string,
    readonly receivedAt: string | undefined,
  ) {
    super('kpss-submitted', { bubbles: true, composed: true });
  }
}

/** Fired when a comment could not be sent now and waits in the outbox on this device. */
export class KpssQueuedEvent extends Event {
  constructor(
    readonly id: string,
    /** false: the device cannot store it; it is sent only while the page stays open. */
    readonly persisted: boolean,
  ) {
    super('kpss-queued', { bubbles: true, composed: true });
  }
}

/**
 * @tagname kpss-feedback-form
 * @summary Residents comment on the draft plan, section by section. A comment
 * is never lost: the text is a draft on the device while it is written, and a
 * comment that cannot be sent waits in an outbox and is sent later with the
 * same id (the server stores it once).
 *
 * @event kpss-submit - KpssSubmitEvent { payload }, cancelable, before sending.
 * @event kpss-submitted - KpssSubmittedEvent { id, receipt, receivedAt } when stored.
 * @event kpss-queued - KpssQueuedEvent { id, persisted } when saved for a later send.
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 * @csspart form - The form.
 * @csspart button - The buttons.
 * @csspart notice - The boxes for the period, the outbox and the receipt.
 */
export class KpssFeedbackForm extends KpssElement {
  static override styles = [hostStyles, controlStyles, feedbackStyles];

  /** Where comments go; overrides `plan.commenting.endpoint`. */
  @property() endpoint = '';
  /** Preselects a section or measure id of the plan. */
  @property() section = '';
  /** The current time (tests, previews of the period); default: the clock. */
  @property({ attribute: false }) now?: Date;

  @state() private values: Values = { ...EMPTY };
  @state() private phase: Phase = 'editing';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private serverError = '';
  @state() private receipt?: { id: string; receipt: string; receivedAt?: string };
  @state() private queued?: { id: string; persisted: boolean };
  @state() private waiting = 0;
  @state() private notice = '';
  @state() private status = '';
  @state() private countAnnouncement = '';

  private pendingId?: string;
  private draft?: DraftStore<Values>;
  private scope = '';
  private readonly outbox = sharedOutbox();
  private focusAfterRender?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.outbox.addEventListener('sent', this.onSent);
    this.outbox.addEventListener('rejected', this.onRejected);
    this.outbox.addEventListener('change', this.onOutboxChange);
    this.outbox.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.outbox.removeEventListener('sent', this.onSent);
    this.outbox.removeEventListener('rejected', this.onRejected);
    this.outbox.removeEventListener('change', this.onOutboxChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.region.value;
    const plan = data?.plan;
    const scope = data && plan ? `${data.region.id}/${plan.id}` : '';
    if (scope && scope !== this.scope) this.attach(data!, plan!, scope);
  }

  /** The region's plan is known: restore the draft, show waiting and refused comments. */
  private attach(data: RegionData, plan: Plan, scope: string): void {
    this.scope = scope;
    this.draft = new DraftStore<Values>(`kpss-draft:feedback:${scope}`);
    const saved = this.draft.load();
    const restored: Values = { ...EMPTY };
    for (const key of Object.keys(EMPTY) as Field[]) {
      const v = saved?.[key];
      if (typeof v === 'string' && key !== 'website') restored[key] = v;
    }
    if (!restored.sectionId && this.section && this.sectionIds(plan).has(this.section)) restored.sectionId = this.section;
    this.values = restored;
    this.phase = 'editing';
    this.errors = {};
    this.serverError = '';
    this.waiting = this.outbox.pending(scope, 'feedback').length;
    for (const failure of this.outbox.failures(scope, 'feedback')) this.handBack(failure);
    void data;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ── outbox ──────────────────────────────────────────────────────────────

  private readonly onOutboxChange = () => {
    if (this.scope) this.waiting = this.outbox.pending(this.scope, 'feedback').length;
  };

  private readonly onSent = (event: Event) => {
    const { entry, body } = (event as CustomEvent<SentDetail>).detail;
    if (entry.scope !== this.scope || entry.kind !== 'feedback') return;
    const receipt = receiptOf(entry.id);
    const receivedAt = typeof body.receivedAt === 'string' ? body.receivedAt : undefined;
    const s = this.l10n.s.feedback;
    if (this.phase === 'queued' && this.queued?.id === entry.id) {
      this.receipt = { id: entry.id, receipt, ...(receivedAt ? { receivedAt } : {}) };
      this.phase = 'sent';
      this.focusAfterRender = '#outcome';
    } else {
      this.notice = s.queuedSent(receipt);
    }
    this.status = s.queuedSent(receipt);
    this.dispatchEvent(new KpssSubmittedEvent(entry.id, receipt, receivedAt));
  };

  private readonly onRejected = (event: Event) => {
    const failure = (event as CustomEvent<OutboxFailure>).detail;
    if (failure.entry.scope !== this.scope || failure.entry.kind !== 'feedback') return;
    if (this.phase === 'queued' && this.queued?.id === failure.entry.id) this.phase = 'editing';
    this.handBack(failure);
  };

  /** A queued comment the server refused: its text goes back into the form, with the reason. */
  private handBack(failure: OutboxFailure): void {
    const s = this.l10n.s.feedback;
    const payload = failure.entry.payload as Partial<FeedbackPayload>;
    const reason = this.rejectionText(failure.status, failure.message);
    if (!this.values.message.trim()) {
      this.values = {
        ...this.values,
        sectionId: payload.sectionId ?? '',
        message: payload.message ?? '',
        proposal: payload.proposal ?? '',
        name: payload.name ?? this.values.name,
        organization: payload.organization ?? this.values.organization,
        email: payload.email ?? this.values.email,
      };
      this.saveDraft();
      this.serverError = `${s.returned} ${reason}`;
      this.outbox.dismissFailure(failure.entry.id);
    } else {
      // The form holds other text: show the refused one so it can be copied; keep it until then.
      this.serverError = `${s.returned} ${reason} ${s.returnedText(payload.message ?? '')}`;
      this.outbox.dismissFailure(failure.entry.id);
    }
  }

  // ── form ────────────────────────────────────────────────────────────────

  private sectionIds(plan: Plan): Set<string> {
    return new Set((plan.sections ?? []).flatMap((sec) => [sec.id, ...(sec.measures ?? []).map((m) => m.id)]));
  }

  private saveDraft(): void {
    const { website: _bot, ...kept } = this.values;
    this.draft?.save(kept);
  }

  private readonly onInput = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const field = control.name as Field;
    if (!(field in EMPTY)) return;
    const before = this.values[field];
    this.values = { ...this.values, [field]: control.value };
    if (field !== 'website') this.saveDraft();
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    if (field === 'message') this.announceCount(before.length, control.value.length);
  };

  private announceCount(before: number, after: number): void {
    const s = this.l10n.s.feedback;
    const crossed = COUNT_THRESHOLDS.find((t) => MAX_LENGTH - before > t && MAX_LENGTH - after <= t);
    if (crossed === undefined) return;
    const left = MAX_LENGTH - after;
    this.countAnnouncement = left < 0 ? s.tooLong(this.l10n.number(-left)) : s.remaining(this.l10n.number(left));
  }

  private validate(): Partial<Record<Field, string>> {
    const s = this.l10n.s.feedback;
    const v = this.values;
    const errors: Partial<Record<Field, string>> = {};
    const message = v.message.trim();
    if (!message) errors.message = s.errorMessageEmpty;
    else if (message.length > MAX_LENGTH) errors.message = s.errorTooLong(this.l10n.number(MAX_LENGTH), this.l10n.number(message.length));
    if (v.proposal.trim().length > MAX_LENGTH) errors.proposal = s.errorTooLong(this.l10n.number(MAX_LENGTH), this.l10n.number(v.proposal.trim().length));
    if (v.email.trim() && !EMAIL.test(v.email.trim())) errors.email = s.errorEmail;
    return errors;
  }

  private payload(data: RegionData, plan: Plan, id: string): FeedbackPayload {
    const v = this.values;
    const optional = (key: 'sectionId' | 'proposal' | 'name' | 'organization' | 'email') => {
      const value = v[key].trim();
      return value ? { [key]: value } : {};
    };
    return {
      id,
      region: data.region.id,
      planId: plan.id,
      ...optional('sectionId'),
      message: v.message.trim(),
      ...optional('proposal'),
      ...optional('name'),
      ...optional('organization'),
      ...optional('email'),
      website: v.website,
    };
  }

  private endpointUrl(plan: Plan): string | undefined {
    const raw = this.endpoint || plan.commenting?.endpoint;
    if (!raw) return undefined;
    try {
      return httpUrl(new URL(raw, document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  private rejectionText(status: number, message?: string): string {
    const s = this.l10n.s.feedback;
    const base = status === 403 ? s.rejected403 : status === 404 ? s.rejected404 : status === 413 ? s.rejected413 : status === 409 ? s.rejected409 : s.rejected400;
    return message ? `${base} ${s.serverSays(message)}` : base;
  }

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const data = this.region.value;
    const plan = data?.plan;
    if (!data || !plan || commentingState(plan, this.now ?? new Date()) !== 'open') return;
    const endpoint = this.endpointUrl(plan);
    if (!endpoint) return;
    const s = this.l10n.s.feedback;
    this.serverError = '';
    this.notice = '';
    const errors = this.validate();
    this.errors = errors;
    const first = (['message', 'proposal', 'email'] as Field[]).find((f) => errors[f]);
    if (first) {
      this.focusAfterRender = `#${first}`;
      return;
    }
    const id = (this.pendingId ??= uuid());
    const payload = this.payload(data, plan, id);
    if (!this.dispatchEvent(new KpssSubmitEvent(payload))) return;
    this.phase = 'sending';
    this.status = s.sending;
    const result = await postJson(endpoint, payload);
    if (result.kind === 'ok') {
      const receivedAt = typeof result.body.receivedAt === 'string' ? result.body.receivedAt : undefined;
      this.finish();
      this.receipt = { id, receipt: receiptOf(id), ...(receivedAt ? { receivedAt } : {}) };
      this.phase = 'sent';
      this.status = '';
      this.focusAfterRender = '#outcome';
      this.dispatchEvent(new KpssSubmittedEvent(id, receiptOf(id), receivedAt));
    } else if (result.kind === 'retry') {
      const persisted = this.outbox.add({
        id,
        kind: 'feedback',
        scope: this.scope,
        endpoint,
        payload,
        lastError: result.reason,
        ...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
      });
      this.finish();
      this.queued = { id, persisted };
      this.phase = 'queued';
      this.status = '';
      this.focusAfterRender = '#outcome';
      this.dispatchEvent(new KpssQueuedEvent(id, persisted));
    } else {
      // Nothing was stored: the same id may carry the corrected text, except after a conflict.
      if (result.status === 409) this.pendingId = undefined;
      this.phase = 'editing';
      this.status = '';
      this.serverError = this.rejectionText(result.status, result.message);
      this.focusAfterRender = '#server-error';
    }
  };

  /** The comment has left the form (stored or queued): clear the text, keep who wrote it. */
  private finish(): void {
    this.pendingId = undefined;
    const { name, organization, email } = this.values;
    this.values = { ...EMPTY, name, organization, email };
    this.errors = {};
    this.saveDraft();
  }

  private another(): void {
    this.phase = 'editing';
    this.receipt = undefined;
    this.queued = undefined;
    this.focusAfterRender = '#message';
  }

  // ── rendering ───────────────────────────────────────────────────────────

  protected override renderContent(data: RegionData) {
    const s = this.l10n.s.feedback;
    const plan = data.plan;
    const period = commentingState(plan, this.now ?? new Date());
    const endpoint = plan ? this.endpointUrl(plan) : undefined;
    return html`<section class="feedback" aria-labelledby="title">
      <h2 id="title">${plan ? s.title(plan.title) : s.titleNoPlan}</h2>
      ${plan && period === 'open' && endpoint ? this.renderOpen(data, plan) : this.renderClosed(data, plan, period, endpoint)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
      <div class="visually-hidden" aria-live="polite">${this.countAnnouncement}</div>
    </section>`;
  }

  private fmtDay(iso: string): string {
    return this.l10n.date(new Date(`${iso}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' });
  }

  private renderDocument(plan: Plan) {
    const href = plan.documentUrl ? httpUrl(plan.documentUrl) : undefined;
    return href ? html`<p><a href=${href} target="_blank" rel="noopener">${this.l10n.s.feedback.readDraft}</a></p>` : nothing;
  }

  private renderClosed(data: RegionData, plan: Plan | undefined, period: string, endpoint: string | undefined) {
    const s = this.l10n.s.feedback;
    const c = plan?.commenting;
    const text =
      !plan || !c
        ? s.notOpen
        : period === 'not-yet'
          ? s.notYet(this.fmtDay(c.from), this.fmtDay(c.until))
          : period === 'closed'
            ? s.closed(this.fmtDay(c.until))
            : !endpoint
              ? s.noEndpoint
              : s.notOpen;
    const coordinator = data.region.coordinator;
    const tel = coordinator?.phone ? telUrl(coordinator.phone) : undefined;
    const mail = coordinator?.email ? mailtoUrl(coordinator.email) : undefined;
    return html`<div class="notice" part="notice">
        <p class="notice-title">${text}</p>
        ${coordinator && (tel || mail)
          ? html`<p>
              ${s.contact} ${coordinator.name ?? ''}${tel ? html`, <a href=${tel}>${coordinator.phone}</a>` : nothing}${mail
                ? html`, <a href=${mail}>${coordinator.email}</a>`
                : nothing}
            </p>`
          : nothing}
      </div>
      ${plan ? this.renderDocument(plan) : nothing}`;
  }

  private renderOpen(data: RegionData, plan: Plan) {
    const s = this.l10n.s.feedback;
    if (this.phase === 'sent' && this.receipt) {
      return html`<div class="notice success" part="notice">
        <h3 id="outcome" tabindex="-1">${s.sentTitle}</h3>
        <p>${s.receipt} <strong class="receipt">${this.receipt.receipt}</strong></p>
        <p>${s.whatNext}</p>
        <button type="button" part="button" class="secondary" @click=${this.another}>${s.another}</button>
      </div>`;
    }
    if (this.phase === 'queued' && this.queued) {
      return html`<div class="notice queued" part="notice">
        <h3 id="outcome" tabindex="-1">${s.queuedTitle}</h3>
        <p>${this.queued.persisted ? s.queuedText : s.queuedMemory}</p>
        <p>${s.receipt} <strong class="receipt">${receiptOf(this.queued.id)}</strong></p>
        <button type="button" part="button" class="secondary" @click=${this.another}>${s.another}</button>
      </div>`;
    }
    return this.renderForm(data, plan);
  }

  private describedBy(field: Field, ...more: string[]): string {
    return [...more, this.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private fieldError(field: Field) {
    const error = this.errors[field];
    return error ? html`<p class="field-error" id="${field}-error">${error}</p>` : nothing;
  }

  private renderForm(_data: RegionData, plan: Plan) {
    const s = this.l10n.s.feedback;
    const v = this.values;
    const sending = this.phase === 'sending';
    const errorList = (['message', 'proposal', 'email'] as Field[]).filter((f) => this.errors[f]);
    const left = MAX_LENGTH - v.message.length;
    const privacy = plan.privacy;
    const privacyUrl = privacy?.url ? httpUrl(privacy.url) : undefined;
    return html`
      <p class="period">${s.period(this.fmtDay(plan.commenting!.until))}</p>
      ${this.renderDocument(plan)}
      ${this.waiting > 0
        ? html`<div class="notice queued" part="notice">
            <p>${s.waiting(this.waiting)}</p>
            <button type="button" part="button" class="secondary" @click=${() => void this.outbox.flush(true)}>${s.sendNow}</button>
          </div>`
        : nothing}
      ${this.notice ? html`<div class="notice success" part="notice"><p>${this.notice}</p></div>` : nothing}
      ${this.serverError
        ? html`<div class="error" id="server-error" role="alert" tabindex="-1" part="error"><p class="error-title">${s.notSent}</p><p>${this.serverError}</p></div>`
        : nothing}
      ${errorList.length
        ? html`<div class="error summary" role="alert" part="error">
            <p class="error-title">${s.errorSummary(errorList.length)}</p>
            <ul>
              ${errorList.map(
                (f) => html`<li><button type="button" class="link" @click=${() => this.renderRoot.querySelector<HTMLElement>(`#${f}`)?.focus()}>${this.errors[f]}</button></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} aria-busy=${sending ? 'true' : 'false'}>
        <div class="field">
          <label for="sectionId">${s.section}</label>
          <p class="hint" id="sectionId-hint">${s.sectionHint}</p>
          <select id="sectionId" name="sectionId" aria-describedby="sectionId-hint" .value=${v.sectionId}>
            <option value="" ?selected=${v.sectionId === ''}>${s.general}</option>
            ${(plan.sections ?? []).map(
              (sec) => html`<optgroup label=${sec.title}>
                <option value=${sec.id} ?selected=${v.sectionId === sec.id}>${sec.id} ${sec.title}</option>
                ${(sec.measures ?? []).map((m) => html`<option value=${m.id} ?selected=${v.sectionId === m.id}>${m.id} ${m.title}</option>`)}
              </optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="message">${s.message} <span class="required">${s.required}</span></label>
          <p class="hint" id="message-hint">${s.messageHint}</p>
          <textarea
            id="message"
            name="message"
            rows="7"
            required
            aria-required="true"
            aria-invalid=${this.errors.message ? 'true' : 'false'}
            aria-describedby=${this.describedBy('message', 'message-hint', 'message-count')}
            .value=${v.message}
          ></textarea>
          <p class="count ${left < 0 ? 'over' : ''}" id="message-count">
            ${left >= 0 ? s.remaining(this.l10n.number(left)) : s.tooLong(this.l10n.number(-left))}
          </p>
          ${this.fieldError('message')}
        </div>
        <div class="field">
          <label for="proposal">${s.proposal} <span class="optional">${s.optional}</span></label>
          <p class="hint" id="proposal-hint">${s.proposalHint}</p>
          <textarea
            id="proposal"
            name="proposal"
            rows="4"
            aria-invalid=${this.errors.proposal ? 'true' : 'false'}
            aria-describedby=${this.describedBy('proposal', 'proposal-hint')}
            .value=${v.proposal}
          ></textarea>
          ${this.fieldError('proposal')}
        </div>
        <fieldset>
          <legend>${s.aboutYou}</legend>
          <p class="hint">${s.aboutYouHint}</p>
          <div class="field">
            <label for="name">${s.name} <span class="optional">${s.optional}</span></label>
            <input id="name" name="name" type="text" autocomplete="name" .value=${v.name} />
          </div>
          <div class="field">
            <label for="organization">${s.organization} <span class="optional">${s.optional}</span></label>
            <input id="organization" name="organization" type="text" autocomplete="organization" .value=${v.organization} />
          </div>
          <div class="field">
            <label for="email">${s.email} <span class="optional">${s.optional}</span></label>
            <p class="hint" id="email-hint">${s.emailHint}</p>
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="email"
              inputmode="email"
              spellcheck="false"
              aria-invalid=${this.errors.email ? 'true' : 'false'}
              aria-describedby=${this.describedBy('email', 'email-hint')}
              .value=${v.email}
            />
            ${this.fieldError('email')}
          </div>
        </fieldset>
        <div class="hp" aria-hidden="true">
          <label for="website">${s.honeypot}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${v.website} />
        </div>
        ${privacy
          ? html`<div class="privacy">
              <p class="label">${s.privacyTitle}</p>
              <p>${[
                privacy.controller && `${s.controller} ${privacy.controller}`,
                privacy.purpose && `${s.purpose} ${privacy.purpose}`,
                privacy.retention && `${s.retention} ${privacy.retention}`,
                privacy.contact && `${s.privacyContact} ${privacy.contact}`,
              ]
                .filter(Boolean)
                .map((line) => (/[.!?]$/.test(line as string) ? line : `${line}.`))
                .join(' ')}</p>
              ${privacyUrl ? html`<p><a href=${privacyUrl} target="_blank" rel="noopener">${s.privacyMore}</a></p>` : nothing}
            </div>`
          : nothing}
        <p class="actions">
          <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? s.sending : s.submit}</button>
        </p>
      </form>
    `;
  }
}
