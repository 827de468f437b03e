import { html, nothing, type PropertyDeclarations } from 'lit';
import { quoting } from '../shared/quoting.js';
import { checkPlan } from '../../data/plan-schema.js';
import { registerPart } from '../../data/read-region.js';
import { KpssSendingElement } from '../shared/sending-element.js';
import {
  closedNotice,
  dayLabel,
  describedBy,
  errorSummary,
  fieldError,
  honeypot,
  outboxNotices,
  outcomeBox,
  privacyNotice,
  resolveEndpoint,
} from '../shared/form-parts.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { feedbackStyles } from './feedback-form.styles.js';
import { renderAboutYou } from './about-you.js';
import type { RegionData } from '../../data/parse.js';
import type { Plan } from '../../data/schema.js';
import { commentingState } from '../../data/period.js';
import { DraftStore } from '../../data/draft.js';
import type { OutboxFailure } from '../../data/outbox.js';
import { httpUrl } from '../../data/urls.js';
import { feedback } from '../../l10n/cs/feedback.js';
import { form } from '../../l10n/cs/form.js';

export { KpssQueuedEvent, KpssSubmitEvent, KpssSubmittedEvent } from '../shared/submission.js';

/** The contract's payload (docs/feedback-api.md). */
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

export const MAX_LENGTH = 5000;
const EMPTY: Values = { sectionId: '', message: '', proposal: '', name: '', organization: '', email: '', website: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The counter is announced when fewer characters than these remain. */
const COUNT_THRESHOLDS = [500, 100, 0];

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
export class KpssFeedbackForm extends KpssSendingElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('plan', checkPlan);
  }

  static override styles = [hostStyles, controlStyles, formStyles, feedbackStyles];
  static override csStrings = { form, feedback };

  static override properties: PropertyDeclarations = {
    endpoint: {},
    noHeading: { type: Boolean, attribute: 'no-heading' },
    section: {},
    now: { attribute: false },
    values: { state: true },
    errors: { state: true },
    countAnnouncement: { state: true },
  };

  /** Where comments go; overrides `plan.commenting.endpoint`. */
  endpoint = '';
  /** Leaves out the widget's own heading, for a page whose heading already names it (the section keeps the name for screen readers). */
  noHeading = false;
  /** Preselects a section or measure id of the plan. */
  section = '';
  /** The current time (tests, previews of the period); default: the clock. */
  now?: Date;

  private values: Values = { ...EMPTY };
  private errors: Partial<Record<Field, string>> = {};
  private countAnnouncement = '';

  private draft?: DraftStore<Values>;
  protected readonly kind = 'feedback';

  protected override scopeOf(data: RegionData): string {
    return data.plan ? `${data.region.id}/${data.plan.id}` : '';
  }

  protected override texts() {
    return { ...this.l10n.s.form, ...this.l10n.s.feedback };
  }

  /** The comment as text for the coordinator: the part of the plan, the comment and the proposed wording. */
  protected override undeliveredOf(payload: unknown) {
    const s = this.l10n.s.feedback;
    const p = payload as Partial<FeedbackPayload>;
    const plan = this.region.value?.plan;
    const lines = [
      p.sectionId ? `${s.section}: ${p.sectionId}` : '',
      p.message ?? '',
      p.proposal ? `${s.proposal}: ${p.proposal}` : '',
      [p.name, p.organization, p.email].filter(Boolean).join(', '),
    ];
    return { text: lines.filter(Boolean).join('\n\n'), subject: s.mailSubject(plan?.title ?? '') };
  }

  /** The region's plan is known: restore the draft. */
  protected override restore(scope: string): void {
    const plan = this.region.value!.plan!;
    this.draft = new DraftStore<Values>(`kpss-draft:feedback:${scope}`);
    const saved = this.draft.load();
    const restored: Values = { ...EMPTY };
    for (const key of Object.keys(EMPTY) as Field[]) {
      const v = saved?.[key];
      if (typeof v === 'string' && key !== 'website') restored[key] = v;
    }
    if (!restored.sectionId && this.section && this.sectionIds(plan).has(this.section)) restored.sectionId = this.section;
    this.values = restored;
    this.errors = {};
  }

  // ── outbox ──────────────────────────────────────────────────────────────

  /** A queued comment the server refused, or that storage lost: its text goes back into the form, with the reason. */
  protected override handBack(failure: OutboxFailure, reason: string): string {
    const s = this.l10n.s.feedback;
    const payload = failure.entry.payload as Partial<FeedbackPayload>;
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
      return reason;
    }
    // The form holds other text: show the returned one so it can be copied.
    return `${reason} ${s.returnedText(payload.message ?? '')}`;
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
    return resolveEndpoint(this.endpoint, plan.commenting?.endpoint, this.dataUrl);
  }

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    if (this.submission.phase === 'sending') return;
    const data = this.region.value;
    const plan = data?.plan;
    if (!data || !plan || commentingState(plan, this.now ?? new Date()) !== 'open') return;
    const endpoint = this.endpointUrl(plan);
    if (!endpoint) return;
    const errors = this.validate();
    this.errors = errors;
    const first = (['message', 'proposal', 'email'] as Field[]).find((f) => errors[f]);
    if (first) return this.focusLater.request(`#${first}`);
    await this.submission.submit(endpoint, (id) => this.payload(data, plan, id));
  };

  /** The comment has left the form (stored or queued): clear the text, keep who wrote it. */
  protected override clearSent(): void {
    const { name, organization, email } = this.values;
    this.values = { ...EMPTY, name, organization, email };
    this.errors = {};
    this.saveDraft();
  }

  private readonly another = () => {
    this.submission.reset();
    this.focusLater.request('#message');
  };

  // ── rendering ───────────────────────────────────────────────────────────

  protected override renderContent(data: RegionData) {
    const s = this.l10n.s.feedback;
    const plan = data.plan;
    const period = commentingState(plan, this.now ?? new Date());
    const endpoint = plan ? this.endpointUrl(plan) : undefined;
    return html`<section class="feedback sheet" aria-labelledby=${this.noHeading ? nothing : 'title'} aria-label=${this.noHeading ? (plan ? s.title(plan.title) : s.titleNoPlan) : nothing}>
      ${this.noHeading ? nothing : html`<h2 id="title">${plan ? quoting(s.title, plan.title) : s.titleNoPlan}</h2>`}
      ${plan && period === 'open' && endpoint ? this.renderOpen(data, plan) : this.renderClosed(data, plan, period, endpoint)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.submission.announcement}</div>
      <div class="visually-hidden" aria-live="polite">${this.countAnnouncement}</div>
    </section>`;
  }

  private fmtDay(iso: string): string {
    return dayLabel(this.l10n, iso);
  }

  private renderDocument(plan: Plan) {
    const href = plan.documentUrl ? httpUrl(plan.documentUrl) : undefined;
    return href ? html`<p><a href=${href} target="_blank" rel="noopener">${this.l10n.s.feedback.readDraft}</a></p>` : nothing;
  }

  private renderClosed(data: RegionData, plan: Plan | undefined, period: string, endpoint: string | undefined) {
    const s = this.l10n.s.feedback;
    const f = this.l10n.s.form;
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
    return html`${closedNotice(text, data.region.coordinator, f.contact)} ${plan ? this.renderDocument(plan) : nothing}`;
  }

  private renderOpen(data: RegionData, plan: Plan) {
    const s = this.l10n.s.feedback;
    const { phase, current } = this.submission;
    const receipt = { label: s.receipt, value: current?.receipt ?? '' };
    const again = { label: s.another, run: this.another };
    if (phase === 'sent' && current) return outcomeBox('success', s.sentTitle, [s.whatNext], receipt, again);
    if (phase === 'queued' && current) return outcomeBox('queued', s.queuedTitle, [current.persisted ? s.queuedText : s.queuedMemory], receipt, again);
    return this.renderForm(data, plan);
  }

  private describedBy(field: Field, ...more: string[]): string {
    return describedBy(...more, !!this.errors[field] && `${field}-error`);
  }

  private fieldError(field: Field) {
    return fieldError(field, this.errors[field]);
  }

  private renderForm(_data: RegionData, plan: Plan) {
    const s = this.l10n.s.feedback;
    const f = this.l10n.s.form;
    const v = this.values;
    const sending = this.submission.phase === 'sending';
    const problems = (['message', 'proposal', 'email'] as Field[]).flatMap((f) => (this.errors[f] ? [{ id: f, message: this.errors[f] }] : []));
    const left = MAX_LENGTH - v.message.length;
    const waiting = this.submission.waiting;
    // Printed empty, the form is a note (where and until when), not blank fields and a button.
    const empty = !(v.message + v.proposal + v.name + v.organization + v.email).trim();
    const until = this.fmtDay(plan.commenting!.until);
    return html`
      <p class="period ${empty ? 'unprinted' : ''}">${s.period(until)}</p>
      ${empty ? html`<p class="print-note">${s.printNote(until)} <span translate="no">${location.href.split('#')[0]}</span></p>` : nothing}
      ${this.renderDocument(plan)}
      ${outboxNotices(waiting > 0 ? s.waiting(waiting) : undefined, f.sendNow, () => this.submission.sendNow(), this.submission.notice)}
      ${this.renderUndelivered(s.notSent, s.stale)}
      ${errorSummary(s.errorSummary(problems.length), problems, (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())}
      <form part="form" class=${empty ? 'unprinted' : ''} novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} aria-busy=${sending ? 'true' : 'false'}>
        <div class="field">
          <label for="sectionId">${s.section}</label>
          <p class="hint" id="sectionId-hint">${s.sectionHint}</p>
          <select id="sectionId" name="sectionId" aria-describedby="sectionId-hint" .value=${v.sectionId}>
            <option value="" ?selected=${v.sectionId === ''}>${s.general}</option>
            ${(plan.sections ?? []).map(
              (sec) => html`<optgroup label=${sec.title} lang="cs">
                <option value=${sec.id} lang="cs" ?selected=${v.sectionId === sec.id}>${sec.id} ${sec.title}</option>
                ${(sec.measures ?? []).map((m) => html`<option value=${m.id} lang="cs" ?selected=${v.sectionId === m.id}>${m.id} ${m.title}</option>`)}
              </optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="message">${s.message} <span class="required">${f.required}</span></label>
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
          <label for="proposal">${s.proposal} <span class="optional">${f.optional}</span></label>
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
        ${renderAboutYou({ s, f, values: v, emailInvalid: !!this.errors.email, emailDescribedBy: this.describedBy('email', 'email-hint'), emailError: this.fieldError('email') })}
        ${honeypot(f.honeypot, v.website)} ${privacyNotice(plan.privacy, f)}
        <p class="actions">
          <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? s.sending : s.submit}</button>
        </p>
      </form>
    `;
  }
}
