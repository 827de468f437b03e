/**
 * The base of the widgets that send what residents fill in (the feedback
 * form, the survey): the region data and language of KpssElement, plus one
 * SubmissionController (id, POST, outbox, receipt, refusals, events) and
 * focus after render. A widget says what it collects and how its draft is
 * restored, cleared and handed back; the sending itself is here, once.
 */
import type { OutboxFailure } from '../../data/outbox.js';
import type { RegionData } from '../../data/parse.js';
import { KpssElement } from './kpss-element.js';
import { FocusAfterRender, SubmissionController, type SubmissionTexts } from './submission.js';

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
}
