/**
 * The base of the widgets that send what residents fill in (the feedback
 * form, the survey): the region data and language of KpssElement, plus one
 * SubmissionController (id, POST, outbox, receipt, refusals, events) and
 * focus after render. A widget says what it collects and how its draft is
 * restored, cleared and handed back; the sending itself is here, once.
 */
import { html, nothing } from 'lit';
import type { OutboxFailure } from '../../data/outbox.js';
import type { RegionData } from '../../data/parse.js';
import { KpssElement } from './kpss-element.js';
import { FocusAfterRender, SubmissionController, type SubmissionTexts } from './submission.js';
import { serverErrorBox, undeliveredHelp, type Undelivered } from './form-parts.js';

export abstract class KpssSendingElement extends KpssElement {
  /** Moves focus after the next render (the first error, the outcome). */
  protected readonly focusLater = new FocusAfterRender(this);

  protected readonly submission = new SubmissionController(this, {
    kind: () => this.kind,
    scope: () => {
      const data = this.region.value;
      return data ? this.scopeOf(data) : '';
    },
    texts: () => this.texts(),
    focus: this.focusLater,
    attached: (scope) => this.restore(scope),
    left: () => this.clearSent(),
    returned: (failure, reason) => this.handBack(failure, reason),
    undelivered: (payload) => this.undeliveredOf(payload),
  });

  /** The outbox kind ('feedback', 'survey'). */
  protected abstract readonly kind: string;
  /** What the widget collects in this region file ("klatovsko/kp-2026"), or '' when the file has nothing to collect. */
  protected abstract scopeOf(data: RegionData): string;
  /** The widget's strings for sending, refusals and the outbox. */
  protected abstract texts(): SubmissionTexts;
  /** A new scope: restore the draft. */
  protected abstract restore(scope: string): void;
  /** Sent or queued: clear what was filled in. */
  protected abstract clearSent(): void;
  /** A queued submission was refused: give it back; returns the error to show. */
  protected abstract handBack(failure: OutboxFailure, reason: string): string;
  /** A payload as text and an e-mail subject, for the coordinator when it cannot be delivered. */
  protected abstract undeliveredOf(payload: unknown): Undelivered;

  /** Who to pass the text on to, with copy and e-mail: under a refusal, or for what has waited over a day. */
  private help(what: Undelivered) {
    return undeliveredHelp(this.region.value?.region.coordinator, what, this.texts(), {
      status: this.submission.copyStatus,
      run: () => void this.submission.copy(what),
    });
  }

  /**
   * A permanent failure: that it was not delivered, why, and what to do with
   * the text (never "saved" or "will be sent"). Also a submission that has
   * waited in the outbox for over a day.
   */
  protected renderUndelivered(title: string, staleText: string) {
    const { serverError, undelivered, stale } = this.submission;
    return html`${serverErrorBox(title, serverError, undelivered ? this.help(undelivered) : undefined)}
    ${stale && !serverError
      ? html`<div class="error" role="alert" part="error"><p class="error-title">${title}</p><p>${staleText}</p>${this.help(stale)}</div>`
      : nothing}`;
  }
}
