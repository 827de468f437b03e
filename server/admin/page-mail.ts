/** The desk's page of mails to residents: what is queued, sent, failed (desk-mail.ts). */
import { html } from './html.js';
import { page, scrolling, when, type PageContext } from './page-layout.js';
import type { MailKind, MailState, OutboxCounts, OutboxListed } from '../store/outbox.js';

export const KIND_WORDS: Record<MailKind, string> = {
  receipt: 'Potvrzení přijetí',
  settled: 'Oznámení o vypořádání',
};

export const STATE_WORDS: Record<MailState, string> = {
  queued: 'Čeká na odeslání',
  sent: 'Odesláno',
  failed: 'Nedoručeno',
  cancelled: 'Neodešle se',
};

export interface MailPageData {
  /** Whether the server has SMTP configured (KPSS_SMTP_URL). */
  readonly sending: boolean;
  readonly counts: OutboxCounts;
  readonly rows: readonly OutboxListed[];
  readonly state: MailState | undefined;
  /** Limit of the list. */
  readonly limit: number;
}

const filterHref = (state?: MailState) => `/admin/mail${state ? `?stav=${state}` : ''}`;

export function mailPage(ctx: PageContext, data: MailPageData): string {
  const { counts } = data;
  const states: MailState[] = ['queued', 'failed', 'sent', 'cancelled'];
  return page(
    ctx,
    'E-maily obyvatelům',
    html`<h1>E-maily obyvatelům</h1>
      ${data.sending
        ? html`<p>Server posílá potvrzení o přijetí připomínky a oznámení o jejím vypořádání těm, kdo uvedli e-mail. Oznámení odejde až 10 minut po poslední změně vypořádání, aby obyvatel dostal hotové odůvodnění.</p>`
        : html`<div class="warning" role="status"><p><strong>Odesílání e-mailů není nastavené.</strong> Zprávy se ukládají a čekají; odejdou, až správce serveru nastaví KPSS_SMTP_URL a KPSS_MAIL_FROM a server spustí znovu.</p></div>`}
      <nav aria-label="Stav zpráv"><ul class="tabs">
        <li><a href="${filterHref()}" ${data.state ? '' : html`aria-current="page"`}>Všechny (${counts.queued + counts.sent + counts.failed + counts.cancelled})</a></li>
        ${states.map((s) => html`<li><a href="${filterHref(s)}" ${data.state === s ? html`aria-current="page"` : ''}>${STATE_WORDS[s]} (${counts[s]})</a></li>`)}
      </ul></nav>
      ${data.rows.length === 0
        ? html`<p>Žádné zprávy${data.state ? html` ve stavu „${STATE_WORDS[data.state]}“` : ''}.</p>`
        : scrolling('mail-caption', html`<table>
            <caption id="mail-caption">${data.state ? STATE_WORDS[data.state] : 'Všechny zprávy'}${data.rows.length === data.limit ? html` (nejnovějších ${data.limit})` : ''}</caption>
            <thead><tr><th scope="col">Vznikla</th><th scope="col">Zpráva</th><th scope="col">Připomínka</th><th scope="col">Komu</th><th scope="col">Stav</th><th scope="col">Pokusy</th><th scope="col">Poznámka</th></tr></thead>
            <tbody>
              ${data.rows.map(
                (r) => html`<tr>
                  <td>${when(r.createdAt)}</td>
                  <td>${KIND_WORDS[r.kind]}</td>
                  <td><a href="/admin/comment/${r.commentId}">č. ${r.number}</a> <span class="muted">(${r.region})</span></td>
                  <td>${r.recipient ?? html`<span class="muted">smazáno</span>`}</td>
                  <td>${STATE_WORDS[r.state]}${r.state === 'sent' && r.sentAt ? html` ${when(r.sentAt)}` : ''}${r.state === 'queued' ? html`<br><span class="muted">nejdříve ${when(r.notBefore)}</span>` : ''}</td>
                  <td>${r.attempts}</td>
                  <td>${r.lastError ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`)}`,
  );
}
