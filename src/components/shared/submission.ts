/**
 * Sending what a resident filled in (a comment, survey answers) without ever
 * losing it: one id per submission (the server's idempotency key), a POST,
 * and on no answer the shared outbox with the same id and body. Every sending
 * widget uses this one controller; it keeps the phase (editing, sending,
 * queued, sent), the receipt, the server's refusal and the notices, counts
 * what waits in the outbox for the widget's scope, hands refused submissions
 * back, moves focus to the outcome, and fires the events.
 */
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedOutbox, type OutboxEntry, type OutboxFailure, type SentDetail } from '../../data/outbox.js';
import { postJson } from '../../data/send.js';
import { receiptOf, uuid } from '../../data/uuid.js';
import type { Strings } from '../../l10n/cs.js';
import { copyText, rejectionText, type RejectionLabels, type Undelivered, type UndeliveredLabels } from './form-parts.js';

/** Fired (bubbling, composed, cancelable) just before a submission is sent. */
export class KpssSubmitEvent<P = unknown> extends Event {
  constructor(readonly payload: P) {
    super('kpss-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the server has stored a submission (also one sent later from the outbox). */
export class KpssSubmittedEvent extends Event {
  constructor(
    readonly id: string,
    readonly receipt: string,
    readonly receivedAt: string | undefined,
  ) {
    super('kpss-submitted', { bubbles: true, composed: true });
  }
}

/** Fired when a submission could not be sent now and waits in the outbox on this device. */
export class KpssQueuedEvent extends Event {
  constructor(
    readonly id: string,
    /** false: the device cannot store it; it is sent only while the page stays open. */
    readonly persisted: boolean,
  ) {
    super('kpss-queued', { bubbles: true, composed: true });
  }
}

export type SubmissionPhase = 'editing' | 'sending' | 'queued' | 'sent';

export interface Receipt {
  readonly id: string;
  /** The short number shown to the resident ("3F0C-2A8E"). */
  readonly receipt: string;
  readonly receivedAt?: string;
  /** Queued only: saved on the device (false: in memory while the page is open). */
  readonly persisted?: boolean;
}

export type SubmitResult = { readonly kind: 'sent' | 'queued' | 'rejected' | 'skipped' };

/** The words the controller shows: the widget's strings (`s.feedback`, `s.survey`) have them all. */
export type SubmissionTexts = RejectionLabels & UndeliveredLabels & Pick<Strings['feedback'], 'sending' | 'queuedSent' | 'returned' | 'lost'>;

/** A submission still queued after this long is said to be failing (with the coordinator's contact). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Moves focus to an element after the next render (the first error, the outcome, the next question). */
export class FocusAfterRender implements ReactiveController {
  private target?: string;

  constructor(private readonly host: ReactiveControllerHost & LitElement) {
    host.addController(this);
  }

  request(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.target) return;
    const element = this.host.renderRoot.querySelector<HTMLElement>(this.target);
    this.target = undefined;
    element?.focus();
  }
}

export interface SubmissionOptions {
  /** The outbox kind: 'feedback', 'survey'. */
  kind(): string;
  /** What the widget collects now ("klatovsko/kp-2026", "klatovsko/anketa-2026"), or '' while its data loads. */
  scope(): string;
  texts(): SubmissionTexts;
  readonly focus: FocusAfterRender;
  /** A new scope: restore the draft. */
  attached(scope: string): void;
  /** The submission has left the form (stored, or queued on the device): clear what was filled in. */
  left(): void;
  /** A queued submission was refused, or lost from storage: give its content back; returns the error to show (`reason` says what happened, in words). */
  returned(failure: OutboxFailure, reason: string): string;
  /** A payload as text to copy or e-mail to the coordinator, when it cannot be delivered. */
  undelivered(payload: unknown): Undelivered;
  /** The clock (tests); default Date.now. */
  now?(): number;
}

export class SubmissionController implements ReactiveController {
  phase: SubmissionPhase = 'editing';
  /** The submission shown as sent or queued. */
  current?: Receipt;
  /** Submissions of this scope waiting in the outbox. */
  waiting = 0;
  /** Why the last send was refused, in words (shown with `serverErrorBox`). */
  serverError = '';
  /** A submission queued earlier was sent meanwhile. */
  notice = '';
  /** What a permanent failure left to pass on by hand (shown with the refusal). */
  undelivered?: Undelivered;
  /** The oldest submission of this scope still queued after a day, as text to pass on. */
  stale?: Undelivered;
  /** "Copied", or that copying failed. */
  copyStatus = '';

  private scope = '';
  private said = '';
  /** Kept until the submission leaves the form, so a corrected resend keeps its id. */
  private pendingId?: string;
  private readonly outbox = sharedOutbox();

  constructor(
    private readonly host: ReactiveControllerHost & LitElement,
    private readonly options: SubmissionOptions,
  ) {
    host.addController(this);
  }

  /** For the live region: "sending…", or that a queued submission has been sent. */
  get announcement(): string {
    return this.phase === 'sending' ? this.options.texts().sending : this.said;
  }

  hostConnected(): void {
    this.outbox.addEventListener('sent', this.onSent);
    this.outbox.addEventListener('rejected', this.onRejected);
    this.outbox.addEventListener('change', this.onChange);
    this.outbox.addEventListener('lost', this.onLost);
    this.outbox.start();
  }

  hostDisconnected(): void {
    this.outbox.removeEventListener('sent', this.onSent);
    this.outbox.removeEventListener('rejected', this.onRejected);
    this.outbox.removeEventListener('change', this.onChange);
    this.outbox.removeEventListener('lost', this.onLost);
  }

  /** Before each render: a new scope restores the draft, counts what waits and hands back what was refused. */
  hostUpdate(): void {
    const scope = this.options.scope();
    if (!scope || scope === this.scope) return;
    this.scope = scope;
    this.phase = 'editing';
    this.current = undefined;
    this.pendingId = undefined;
    this.serverError = '';
    this.undelivered = undefined;
    this.options.attached(scope);
    this.count();
    for (const failure of this.outbox.failures(scope, this.options.kind())) this.giveBack(failure);
  }

  /** Back to a fresh form after a receipt ("write another"). */
  reset(): void {
    this.phase = 'editing';
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** Tries every waiting submission now. */
  sendNow(): void {
    void this.outbox.flush(true);
  }

  /** Copies what could not be delivered (or what waits too long) for the resident to pass on. */
  async copy(what: Undelivered | undefined): Promise<void> {
    if (!what) return;
    const texts = this.options.texts();
    this.copyStatus = (await copyText(what.text, this.host.renderRoot as ShadowRoot)) ? texts.copied : texts.copyFailed;
    this.host.requestUpdate();
  }

  /** What waits in the outbox for this scope, and whether the oldest has waited over a day. */
  private count(): void {
    const pending = this.outbox.pending(this.scope, this.options.kind());
    this.waiting = pending.length;
    const now = this.options.now?.() ?? Date.now();
    const oldest = pending.reduce<OutboxEntry | undefined>((a, p) => (!a || p.queuedAt < a.queuedAt ? p : a), undefined);
    this.stale = oldest && now - oldest.queuedAt > STALE_AFTER_MS ? this.options.undelivered(oldest.payload) : undefined;
  }

  /**
   * Sends the payload `build(id)` makes. 2xx: sent. No answer, 408, 429, 5xx:
   * queued in the outbox with the same id and body. Other 4xx: nothing was
   * stored, the form keeps what was filled in and shows why (the same id may
   * carry the corrected version, except after a conflict).
   */
  async submit<P>(endpoint: string, build: (id: string) => P): Promise<SubmitResult> {
    if (this.phase === 'sending') return { kind: 'skipped' };
    this.serverError = '';
    this.undelivered = undefined;
    this.copyStatus = '';
    this.notice = '';
    const id = (this.pendingId ??= uuid());
    const payload = build(id);
    if (!this.host.dispatchEvent(new KpssSubmitEvent(payload))) return { kind: 'skipped' };
    this.phase = 'sending';
    this.host.requestUpdate();
    const result = await postJson(endpoint, payload);
    if (result.kind === 'ok') {
      const receivedAt = typeof result.body.receivedAt === 'string' ? result.body.receivedAt : undefined;
      this.leave('sent', { id, receipt: receiptOf(id), ...(receivedAt ? { receivedAt } : {}) });
      this.host.dispatchEvent(new KpssSubmittedEvent(id, receiptOf(id), receivedAt));
      return { kind: 'sent' };
    }
    if (result.kind === 'retry') {
      const persisted = this.outbox.add({
        id,
        kind: this.options.kind(),
        scope: this.scope,
        endpoint,
        payload,
        lastError: result.reason,
        ...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
      });
      this.leave('queued', { id, receipt: receiptOf(id), persisted });
      this.host.dispatchEvent(new KpssQueuedEvent(id, persisted));
      return { kind: 'queued' };
    }
    if (result.status === 409) this.pendingId = undefined;
    this.phase = 'editing';
    this.serverError = rejectionText(result.status, result.message, this.options.texts(), result.code);
    this.undelivered = this.options.undelivered(payload);
    this.options.focus.request('#server-error');
    return { kind: 'rejected' };
  }

  private leave(phase: 'sent' | 'queued', receipt: Receipt): void {
    this.pendingId = undefined;
    this.options.left();
    this.said = '';
    this.current = receipt;
    this.phase = phase;
    this.options.focus.request('#outcome');
  }

  private mine(entry: { scope: string; kind: string }): boolean {
    return entry.scope === this.scope && entry.kind === this.options.kind();
  }

  private readonly onChange = () => {
    if (!this.scope) return;
    this.count();
    this.host.requestUpdate();
  };

  private readonly onSent = (event: Event) => {
    const { entry, body } = (event as CustomEvent<SentDetail>).detail;
    if (!this.mine(entry)) return;
    const receipt = receiptOf(entry.id);
    const receivedAt = typeof body.receivedAt === 'string' ? body.receivedAt : undefined;
    this.said = this.options.texts().queuedSent(receipt);
    if (this.phase === 'queued' && this.current?.id === entry.id) {
      // The one on screen: its receipt now says sent.
      this.current = { id: entry.id, receipt, ...(receivedAt ? { receivedAt } : {}) };
      this.phase = 'sent';
      this.options.focus.request('#outcome');
    } else {
      this.notice = this.said;
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(new KpssSubmittedEvent(entry.id, receipt, receivedAt));
  };

  private readonly onRejected = (event: Event) => {
    const failure = (event as CustomEvent<OutboxFailure>).detail;
    if (!this.mine(failure.entry)) return;
    if (this.phase === 'queued' && this.current?.id === failure.entry.id) this.phase = 'editing';
    this.giveBack(failure);
    this.host.requestUpdate();
  };

  /** A waiting submission that storage lost (site data cleared): say so, and give its text back; never "sent". */
  private readonly onLost = (event: Event) => {
    const entry = (event as CustomEvent<OutboxEntry>).detail;
    if (!this.mine(entry)) return;
    if (this.current?.id === entry.id) {
      this.phase = 'editing';
      this.current = undefined;
    }
    this.serverError = this.options.returned({ entry, status: 0 }, this.options.texts().lost);
    this.undelivered = this.options.undelivered(entry.payload);
    this.count();
    this.options.focus.request('#server-error');
    this.host.requestUpdate();
  };

  private giveBack(failure: OutboxFailure): void {
    const texts = this.options.texts();
    const reason = `${texts.returned} ${rejectionText(failure.status, failure.message, texts, failure.code)}`;
    this.serverError = this.options.returned(failure, reason);
    this.undelivered = this.options.undelivered(failure.entry.payload);
    this.outbox.dismissFailure(failure.entry.id);
  }
}
