import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { czech } from '../shared/czech.js';
import { checkSurvey } from '../../data/survey-schema.js';
import { registerPart } from '../../data/read-region.js';
import { Task } from '@lit/task';
import { KpssSendingElement } from '../shared/sending-element.js';
import * as parts from '../shared/form-parts.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/controls.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { surveyStyles } from './survey.styles.js';
import { controlId, rangeText, renderQuestion, showAnswers, type RawAnswers } from './question.js';
import { answersOf, filled, rawOf } from './raw-answers.js';
import type { RegionData } from '../../data/parse.js';
import type { Survey, SurveyQuestion } from '../../data/schema.js';
import { periodState } from '../../data/period.js';
import { DraftStore } from '../../data/draft.js';
import type { OutboxFailure } from '../../data/outbox.js';
import { SURVEY_OTHER_MAX, SURVEY_TEXT_MAX, checkAnswers, type AnswerProblem, type Answers, type CheckedAnswers } from '../../data/survey.js';
import { resultsUrl } from '../../data/results-url.js';
import { form } from '../../l10n/cs/form.js';
import { answersAsText } from './answers-text.js';
import { survey } from '../../l10n/cs/survey.js';

/** The survey API's payload (`POST {survey.endpoint}`). */
export interface SurveyPayload {
  readonly id: string;
  readonly region: string;
  readonly surveyId: string;
  readonly answers: Answers;
  /** The honeypot: people leave it empty. */
  readonly website: string;
}

export type SurveyLayout = 'auto' | 'one' | 'all';

/** Below this width (in the widget's em) `layout="auto"` shows one question per screen. */
const NARROW_EM = 36;

/**
 * @tagname kpss-survey
 * @summary The public survey ("anketa") of the planning cycle's mapping phase:
 * one question per screen on narrow screens (progress "Otázka 3 z 12", Back
 * keeps answers), all on one page on wide ones; conditional and required
 * questions; answers kept as a draft while answering and never lost when
 * sending (outbox, one id); the results so far as bar charts with numbers.
 *
 * @event kpss-submit - KpssSubmitEvent { payload: SurveyPayload }, cancelable, before sending.
 * @event kpss-submitted - KpssSubmittedEvent { id, receipt, receivedAt } when stored.
 * @event kpss-queued - KpssQueuedEvent { id, persisted } when saved for a later send.
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error boxes (data, validation summary, server).
 * @csspart form - The form.
 * @csspart button - The buttons.
 * @csspart notice - The boxes for the period, the outbox and the receipt.
 */
export class KpssSurvey extends KpssSendingElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('survey', checkSurvey);
  }

  static override styles = [hostStyles, controlStyles, formStyles, surveyStyles];
  static override csStrings = { form, survey };

  static override properties: PropertyDeclarations = {
    endpoint: {},
    noHeading: { type: Boolean, attribute: 'no-heading' },
    layout: {},
    now: { attribute: false },
    raw: { state: true },
    current: { state: true },
    errors: { state: true },
    status: { state: true },
    narrow: { state: true },
    website: { state: true },
  };

  /** Where answers go; overrides `survey.endpoint`. */
  endpoint = '';
  /** Leaves out the widget's own heading, for a page whose heading already names it (the section keeps the name for screen readers). */
  noHeading = false;
  /** `one`: a question per screen; `all`: every question on one page; `auto` (default): by the widget's width. */
  layout: SurveyLayout = 'auto';
  /** The current time (tests, previews of the period); default: the clock. */
  now?: Date;

  private raw: RawAnswers = {};
  /** The question on screen when one is shown at a time. */
  private current = '';
  private errors: Readonly<Record<string, { message: string; target: string }>> = {};
  /** Questions that appeared or went (the live region). */
  private status = '';
  private narrow = false;
  private website = '';

  private draft?: DraftStore<Record<string, string | readonly string[]>>;
  private resize?: ResizeObserver;
  protected readonly kind = 'survey';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    showAnswers(this.renderRoot, this.raw);
  }

  protected override scopeOf(data: RegionData): string {
    const survey = data.survey;
    return survey ? `${data.region.id}/${survey.id}` : '';
  }

  protected override texts() {
    return { ...this.l10n.s.form, ...this.l10n.s.survey };
  }

  /** The answers as text for the coordinator (answers-text.ts). */
  protected override undeliveredOf(payload: unknown) {
    const survey = this.region.value?.survey;
    const answers = ((payload as Partial<SurveyPayload>).answers ?? {}) as Record<string, unknown>;
    return { text: survey ? answersAsText(survey, answers) : '', subject: this.l10n.s.survey.mailSubject(survey?.title ?? '') };
  }


  /** Sent or queued: a fresh survey (for the next person on a shared device). */
  protected override clearSent(): void {
    this.raw = {};
    this.draft?.clear();
    this.errors = {};
    this.current = '';
    this.status = '';
  }

  /** The results so far; their check and chart come with import() only when they are shown. */
  private readonly results = new Task(this, {
    task: async ([url], { signal }) => {
      if (!url) return undefined;
      const { loadSurveyResults, resultsChart } = await import('./results.js');
      return { results: await loadSurveyResults(url, signal), chart: resultsChart };
    },
    args: () => [this.resultsSource()] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured once now, so the first render has the right layout; then on every resize.
    this.narrow = this.isNarrow(this.getBoundingClientRect().width);
    this.resize = new ResizeObserver(([entry]) => {
      const narrow = entry !== undefined && this.isNarrow(entry.contentRect.width);
      // A frame later: changing the layout inside the observer's turn would resize the element again in the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resize.observe(this);
  }

  private isNarrow(width: number): boolean {
    // The widget's em (the visitor's default font size, or --kpss-font-size), not the page's.
    const root = this.renderRoot?.querySelector('.kpss');
    const em = (root && parseFloat(getComputedStyle(root).fontSize)) || 16;
    return width > 0 && width < NARROW_EM * em;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  /** The survey is known: restore the draft, and go on where it stopped. */
  protected override restore(scope: string): void {
    const survey = this.region.value!.survey!;
    this.draft = new DraftStore(`kpss-draft:survey:${scope}`);
    this.raw = rawOf(this.draft.load() ?? {});
    const shown = this.check(survey).shown;
    this.current = (shown.find((q) => this.raw[q.id] === undefined) ?? shown[shown.length - 1])?.id ?? '';
    this.errors = {};
  }

  private get oneAtATime(): boolean {
    return this.layout === 'one' || (this.layout !== 'all' && this.narrow);
  }

  private check(survey: Survey): CheckedAnswers {
    return checkAnswers(survey, answersOf(survey, this.raw));
  }

  private endpointUrl(survey: Survey): string | undefined {
    return parts.resolveEndpoint(this.endpoint, survey.endpoint, this.dataUrl);
  }

  /** The results' URL when they are to be shown: after sending, or once the survey has closed. */
  private resultsSource(): string {
    const data = this.region.value;
    const survey = data?.survey;
    const endpoint = survey?.showResults ? this.endpointUrl(survey) : undefined;
    if (!data || !survey || !endpoint) return '';
    const shown = this.submission.phase === 'sent' || periodState(survey, this.now ?? new Date()) === 'closed';
    return shown ? resultsUrl(endpoint, data.region.id, survey.id) : '';
  }

  // ── answering ───────────────────────────────────────────────────────────

  private readonly onInput = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const survey = this.region.value?.survey;
    if (control.name === 'website') this.website = control.value;
    if (!survey || !control.name || control.name === 'website') return;
    const question = control.name.replace(/\.other$/, '');
    const value =
      control.type === 'checkbox'
        ? [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${control.name}"]`)].filter((c) => c.checked).map((c) => c.value)
        : control.value;
    const before = this.check(survey).shown.length;
    this.raw = { ...this.raw, [control.name]: value };
    this.draft?.save(filled(this.raw));
    if (this.errors[question]) {
      const { [question]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
    const after = this.check(survey).shown.length;
    if (after !== before) this.status = after > before ? this.l10n.s.survey.questionShown : this.l10n.s.survey.questionsHidden;
  };

  private message(q: SurveyQuestion, problem: AnswerProblem): string {
    const s = this.l10n.s.survey;
    const n = (x: number) => this.l10n.number(x);
    switch (problem.kind) {
      case 'required':
        return s.errorRequired;
      case 'other-text':
        return s.errorOther;
      case 'not-a-number':
        return s.errorNumber;
      case 'not-whole':
        return s.errorWhole;
      case 'range':
        return s.errorRange(rangeText(q, s, n));
      case 'too-long':
        return s.errorTooLong(n(q.type === 'text' ? SURVEY_TEXT_MAX : SURVEY_OTHER_MAX));
      default:
        return s.errorInvalid;
    }
  }

  /** Shows the problems (of one question, or all): each at its question, focus on the first. */
  private showProblems(survey: Survey, problems: readonly AnswerProblem[]): boolean {
    const errors: Record<string, { message: string; target: string }> = {};
    for (const p of problems) {
      const q = survey.questions.find((x) => x.id === p.question);
      if (!q || errors[q.id]) continue;
      const other = p.kind === 'other-text' || (p.kind === 'too-long' && q.type !== 'text');
      errors[q.id] = { message: this.message(q, p), target: controlId(q, other) };
    }
    this.errors = errors;
    const first = survey.questions.find((q) => errors[q.id]);
    if (!first) return false;
    if (this.oneAtATime) this.current = first.id;
    this.focusLater.request(`#${errors[first.id]!.target}`);
    return true;
  }

  /** One question at a time: the next one (after checking this one), or the previous one. */
  private go(survey: Survey, step: 1 | -1): void {
    const checked = this.check(survey);
    const at = Math.max(0, checked.shown.findIndex((q) => q.id === this.current));
    if (step === 1 && this.showProblems(survey, checked.problems.filter((p) => p.question === this.current))) return;
    this.errors = {};
    this.current = checked.shown[Math.min(checked.shown.length - 1, Math.max(0, at + step))]?.id ?? '';
    this.focusLater.request('#progress');
  }

  private readonly back = () => {
    const survey = this.region.value?.survey;
    if (survey) this.go(survey, -1);
  };

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    const data = this.region.value;
    const survey = data?.survey;
    const endpoint = survey && this.endpointUrl(survey);
    if (!data || !survey || !endpoint || periodState(survey, this.now ?? new Date()) !== 'open') return;
    const checked = this.check(survey);
    const last = checked.shown[checked.shown.length - 1];
    // Enter or "Next" on any question but the last moves on.
    if (this.oneAtATime && last && this.current !== last.id) return this.go(survey, 1);
    if (this.showProblems(survey, checked.problems)) return;
    const payload = (id: string): SurveyPayload => ({ id, region: data.region.id, surveyId: survey.id, answers: checked.answers, website: this.website });
    await this.submission.submit(endpoint, payload);
  };

  /** A queued response the server refused: its answers go back into an empty survey, with the reason. */
  protected override handBack(failure: OutboxFailure, reason: string): string {
    const payload = failure.entry.payload as Partial<SurveyPayload>;
    if (Object.keys(filled(this.raw)).length === 0 && payload.answers) {
      this.raw = rawOf(payload.answers);
      this.draft?.save(filled(this.raw));
    }
    return reason;
  }

  private readonly again = () => {
    this.submission.reset();
    this.focusLater.request(this.oneAtATime ? '#progress' : 'form input, form textarea');
  };

  // ── rendering ───────────────────────────────────────────────────────────

  protected override renderContent(data: RegionData) {
    const s = this.l10n.s.survey;
    const survey = data.survey;
    const period = periodState(survey, this.now ?? new Date());
    const endpoint = survey && this.endpointUrl(survey);
    return html`<section class="survey sheet" aria-labelledby=${this.noHeading ? nothing : 'title'} aria-label=${this.noHeading ? (survey?.title ?? s.titleNoSurvey) : nothing}>
      ${this.noHeading ? nothing : html`<h2 id="title" lang=${survey ? 'cs' : nothing}>${survey?.title ?? s.titleNoSurvey}</h2>`}
      ${survey && period === 'open' && endpoint ? this.renderOpen(data, survey) : this.renderClosed(data, survey, period)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.submission.announcement || this.status}</div>
    </section>`;
  }

  private renderClosed(data: RegionData, survey: Survey | undefined, period: string) {
    const s = this.l10n.s.survey;
    const day = (iso: string) => parts.dayLabel(this.l10n, iso);
    const text = !survey ? s.notOpen : period === 'not-yet' ? s.notYet(day(survey.from), day(survey.until)) : period === 'closed' ? s.closed(day(survey.until)) : s.noEndpoint;
    return html`${parts.closedNotice(text, data.region.coordinator, this.l10n.s.form.contact)} ${survey ? this.renderResults(survey, s.results) : nothing}`;
  }

  private renderResults(survey: Survey, title: string) {
    const s = this.l10n.s.survey;
    const locale = this.l10n.locale;
    const formats = { number: (n: number) => this.l10n.number(n), locale };
    return this.results.render({
      pending: () => html`<p class="loading" role="status">${s.resultsLoading}</p>`,
      complete: (loaded) => (loaded ? loaded.chart(survey, loaded.results, title, s, formats) : nothing),
      error: () => html`<p class="notice" part="notice">${s.resultsError}</p>`,
    });
  }

  private renderOpen(data: RegionData, survey: Survey) {
    const s = this.l10n.s.survey;
    const { phase, current } = this.submission;
    const receipt = { label: s.receipt, value: current?.receipt ?? '' };
    const again = { label: s.again, run: this.again };
    if (phase === 'sent' && current) {
      return html`${parts.outcomeBox('success', s.sentTitle, [s.sentText], receipt, again)} ${this.renderResults(survey, s.resultsSoFar)}`;
    }
    if (phase === 'queued' && current) return parts.outcomeBox('queued', s.queuedTitle, [current.persisted ? s.queuedText : s.queuedMemory], receipt, again);
    return this.renderForm(data, survey);
  }

  private renderForm(_data: RegionData, survey: Survey) {
    const s = this.l10n.s.survey;
    const f = this.l10n.s.form;
    const checked = this.check(survey);
    const one = this.oneAtATime;
    const index = Math.max(0, checked.shown.findIndex((q) => q.id === this.current));
    const onScreen = one ? checked.shown.slice(index, index + 1) : checked.shown;
    const first = !one || index === 0;
    const last = !one || index === checked.shown.length - 1;
    const problems = survey.questions.flatMap((q) => (this.errors[q.id] ? [{ id: this.errors[q.id]!.target, message: html`${czech(q.text)} – ${this.errors[q.id]!.message}` }] : []));
    const context = (q: SurveyQuestion) => ({
      raw: this.raw,
      s,
      required: f.required,
      number: (n: number) => this.l10n.number(n),
      ...(this.errors[q.id] ? { error: this.errors[q.id]!.message } : {}),
    });
    const waiting = this.submission.waiting;
    return html`
      ${first
        ? html`<div class="intro">
            ${(survey.intro ?? '').split(/\n\s*\n/).filter(Boolean).map((p) => html`<p lang="cs">${p}</p>`)}
            <p class="period">${s.period(parts.dayLabel(this.l10n, survey.until))} ${survey.questions.some((q) => q.showIf) ? s.questionsUpTo(survey.questions.length) : s.questions(survey.questions.length)}</p>
            <p>${s.requiredNote}</p>
          </div>`
        : nothing}
      ${parts.outboxNotices(waiting > 0 ? s.waiting(waiting) : undefined, f.sendNow, () => this.submission.sendNow(), this.submission.notice)}
      ${this.renderUndelivered(s.notSent, s.stale)}
      ${parts.errorSummary(s.errorSummary(problems.length), problems, (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())}
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} aria-busy=${this.submission.phase === 'sending' ? 'true' : 'false'}>
        ${one
          ? html`<div class="progress">
                <p class="progress-text" id="progress" tabindex="-1">${s.progress(index + 1, checked.shown.length)}</p>
                <span class="progress-bar" aria-hidden="true"><span style="width: ${((index + 1) / checked.shown.length) * 100}%"></span></span>
              </div>
              ${onScreen.map((q) => renderQuestion(q, context(q)))}`
          : html`<ol class="questions">
              ${onScreen.map((q) => html`<li>${renderQuestion(q, context(q))}</li>`)}
            </ol>`}
        ${parts.honeypot(f.honeypot, this.website)} ${last ? parts.privacyNotice(survey.privacy, f) : nothing}
        <p class="actions">
          ${first ? nothing : html`<button type="button" part="button" class="secondary" @click=${this.back}>${s.back}</button>`}
          <button type="submit" part="button" aria-disabled=${this.submission.phase === 'sending' ? 'true' : 'false'}>
            ${this.submission.phase === 'sending' ? s.sending : last ? s.submit : s.next}
          </button>
        </p>
      </form>
    `;
  }
}
