/**
 * The parts every sending widget renders the same way (the feedback form, the
 * survey): the error summary and per-field errors, the privacy notice, the
 * closed-period notice with the coordinator's contact, the outbox notices and
 * outcomes, the honeypot, and the server's refusal in words. Styles for them
 * are in styles/form.styles.ts.
 */
import { html, nothing } from 'lit';
import { czech } from './czech.js';
import type { Coordinator, Privacy } from '../../data/schema.js';
import { httpUrl, mailtoUrl, telUrl } from '../../data/urls.js';
import type { Strings } from '../../l10n/cs.js';

/** Form labels that are not about comments in particular (they live in the `feedback` strings). */
type FormLabels = Strings['feedback'];
export type PrivacyLabels = Pick<Strings['form'], 'privacyTitle' | 'controller' | 'purpose' | 'retention' | 'privacyContact' | 'privacyMore'>;
export type RejectionLabels = Pick<FormLabels, 'rejected400' | 'rejected403' | 'rejected404' | 'rejected409' | 'rejected413' | 'serverSays'> &
  Pick<Strings['form'], 'noReceiver'>;
export type UndeliveredLabels = Pick<Strings['form'], 'contact' | 'copyText' | 'copied' | 'copyFailed' | 'mailText'> & Pick<FormLabels, 'kept'>;

export interface FieldProblem {
  /** The id of the control to focus (its error is `${id}-error`). */
  readonly id: string;
  /** Our words, with any of the region's text in it marked Czech. */
  readonly message: unknown;
}

/**
 * Where to send: the element's `endpoint` attribute (relative to the page),
 * else the region file's endpoint (relative to the file, as any URL in a
 * document is), as an absolute http(s) URL, or undefined.
 */
export function resolveEndpoint(attribute: string, fromFile: string | undefined, fileUrl: string | undefined): string | undefined {
  const raw = attribute || fromFile;
  if (!raw) return undefined;
  try {
    return httpUrl(new URL(raw, attribute ? document.baseURI : (fileUrl ?? document.baseURI)).href);
  } catch {
    return undefined;
  }
}

/**
 * Why the server refused, in words for residents, with its own message as
 * text. A 404 or 405 without the receiver's JSON error, or a 501, comes from a
 * server that is no receiver at all (a region file copied to the town's own
 * server with a relative endpoint).
 */
export function rejectionText(status: number, message: string | undefined, s: RejectionLabels, code?: string): string {
  if (status === 501 || (!code && (status === 404 || status === 405))) return s.noReceiver(status);
  const base = status === 403 ? s.rejected403 : status === 404 ? s.rejected404 : status === 413 ? s.rejected413 : status === 409 ? s.rejected409 : s.rejected400;
  return message ? `${base} ${s.serverSays(message)}` : base;
}

/** `mailto:` with the subject and the text, for a submission that could not be delivered. */
export function mailtoWith(email: string, subject: string, body: string): string | undefined {
  const base = mailtoUrl(email);
  return base ? `${base}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` : undefined;
}

/** Puts text on the clipboard; without the Clipboard API (plain http, old browsers) through a selected text field. */
export async function copyText(text: string, root: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0';
    root.append(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}

/** What could not be delivered, for the resident to pass on: the text, and a subject for an e-mail. */
export interface Undelivered {
  readonly text: string;
  readonly subject: string;
}

/**
 * Under a permanent failure: who to send the text to (the region
 * coordinator's phone and e-mail), a button that copies it and a `mailto:`
 * link that carries it. Nothing here says it was saved or will be sent.
 */
export function undeliveredHelp(
  coordinator: Coordinator | undefined,
  what: Undelivered,
  s: UndeliveredLabels,
  copy: { readonly status: string; readonly run: () => void },
) {
  const tel = coordinator?.phone ? telUrl(coordinator.phone) : undefined;
  const mail = coordinator?.email ? mailtoUrl(coordinator.email) : undefined;
  const withText = coordinator?.email ? mailtoWith(coordinator.email, what.subject, what.text) : undefined;
  return html`<p>${s.kept}</p>
    ${tel || mail
      ? html`<p>
          ${s.contact} ${coordinator?.name ? html`<span lang="cs">${coordinator.name}</span>` : nothing}${tel
            ? html`${coordinator?.name ? ', ' : ''}<a href=${tel}>${coordinator!.phone}</a>`
            : nothing}${mail ? html`, <a href=${mail}>${coordinator!.email}</a>` : nothing}
        </p>`
      : nothing}
    <p class="actions">
      <button type="button" part="button" class="secondary" @click=${copy.run}>${s.copyText}</button>
      ${withText ? html`<a class="button secondary" part="button" href=${withText}>${s.mailText}</a>` : nothing}
    </p>
    <p role="status" class="copy-status">${copy.status}</p>`;
}

/** "15. prosince 2026": an inclusive day of a period, as the widget's language writes it. */
export function dayLabel(l10n: { date(value: Date, options: Intl.DateTimeFormatOptions): string }, iso: string): string {
  return l10n.date(new Date(`${iso}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** `aria-describedby` from the ids that apply. */
export function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}

/** The list of errors above the form (`role="alert"`); each item moves focus to its field. */
export function errorSummary(title: string, problems: readonly FieldProblem[], focus: (id: string) => void) {
  return problems.length
    ? html`<div class="error summary" role="alert" part="error">
        <p class="error-title">${title}</p>
        <ul>
          ${problems.map((p) => html`<li><span class="bullet" aria-hidden="true">•</span><button type="button" class="link" @click=${() => focus(p.id)}>${p.message}</button></li>`)}
        </ul>
      </div>`
    : nothing;
}

/** The error under a field, referenced by the field's `aria-describedby`. */
export function fieldError(id: string, message: string | undefined) {
  return message ? html`<p class="field-error" id="${id}-error">${message}</p>` : nothing;
}

/** What the server said when it refused, and what to do with the text; focusable so the form can move focus there. */
export function serverErrorBox(title: string, text: string, help?: unknown) {
  return text
    ? html`<div class="error" id="server-error" role="alert" tabindex="-1" part="error">
        <p class="error-title">${title}</p>
        <p>${text}</p>
        ${help ?? nothing}
      </div>`
    : nothing;
}

/** The GDPR art. 13 notice: controller, purpose, retention, contact, link. No consent boxes. */
export function privacyNotice(privacy: Privacy | undefined, s: PrivacyLabels) {
  if (!privacy) return nothing;
  const more = privacy.url ? httpUrl(privacy.url) : undefined;
  const lines = [
    [s.controller, privacy.controller],
    [s.purpose, privacy.purpose],
    [s.retention, privacy.retention],
    [s.privacyContact, privacy.contact],
  ].filter((line): line is [string, string] => !!line[1]);
  // Our labels, the region's values (Czech) marked as such.
  return html`<div class="privacy">
    <p class="label">${s.privacyTitle}</p>
    <p>${lines.map(([label, value], i) => html`${i ? ' ' : ''}${label} ${czech(value)}${/[.!?]$/.test(value) ? '' : '.'}`)}</p>
    ${more ? html`<p><a href=${more} target="_blank" rel="noopener">${s.privacyMore}</a></p>` : nothing}
  </div>`;
}

/** A notice that the widget cannot take submissions now, with the coordinator's phone and e-mail. */
export function closedNotice(text: string, coordinator: Coordinator | undefined, contactLabel: string) {
  const tel = coordinator?.phone ? telUrl(coordinator.phone) : undefined;
  const mail = coordinator?.email ? mailtoUrl(coordinator.email) : undefined;
  return html`<div class="notice" part="notice">
    <p class="notice-title">${text}</p>
    ${coordinator && (tel || mail)
      ? html`<p>
          ${contactLabel} ${coordinator.name ? czech(coordinator.name) : ''}${tel ? html`, <a href=${tel}>${coordinator.phone}</a>` : nothing}${mail
            ? html`, <a href=${mail}>${coordinator.email}</a>`
            : nothing}
        </p>`
      : nothing}
  </div>`;
}

/** How many submissions wait in the outbox, with a "send now" button; and a line when one was sent. */
export function outboxNotices(waiting: string | undefined, sendNowLabel: string, sendNow: () => void, sentNotice: string) {
  return html`${waiting
    ? html`<div class="notice queued" part="notice">
        <p>${waiting}</p>
        <button type="button" part="button" class="secondary" @click=${sendNow}>${sendNowLabel}</button>
      </div>`
    : nothing}
  ${sentNotice ? html`<div class="notice success" part="notice"><p>${sentNotice}</p></div>` : nothing}`;
}

/** The box after sending (or queuing): a focusable heading, what follows, the receipt, and an action. */
export function outcomeBox(
  kind: 'success' | 'queued',
  title: string,
  paragraphs: readonly string[],
  receipt: { readonly label: string; readonly value: string },
  action: { readonly label: string; readonly run: () => void },
) {
  return html`<div class="notice ${kind}" part="notice">
    <h3 id="outcome" tabindex="-1">${title}</h3>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
    <p>${receipt.label} <strong class="receipt">${receipt.value}</strong></p>
    <button type="button" part="button" class="secondary" @click=${action.run}>${action.label}</button>
  </div>`;
}

/** A field people never see: bots fill it in. Out of sight, of the accessibility tree and of the tab order. */
export function honeypot(label: string, value: string) {
  return html`<div class="hp" aria-hidden="true">
    <label for="website">${label}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${value} />
  </div>`;
}
