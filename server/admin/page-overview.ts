/** The overview of plans, and the message page (errors). */
import { html } from './html.js';
import { comments, page, planHref, scrolling, type PageContext } from './page-layout.js';
import { enterHref } from './page-enter.js';
import type { PlanSummary } from '../store/desk.js';
import type { OutboxCounts } from '../store/outbox.js';

// ── messages ───────────────────────────────────────────────────────────────

export function messagePage(ctx: PageContext, title: string, text: string, back?: { href: string; label: string }): string {
  return page(
    ctx,
    title,
    html`<h1>${title}</h1>
      <div class="error" role="alert"><p>${text}</p></div>
      ${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`,
  );
}

// ── overview ───────────────────────────────────────────────────────────────

export interface PlanRow extends PlanSummary {
  regionName: string;
  planTitle: string;
  /** The region file's current plan: comments from paper can be entered for it. */
  enterable?: boolean;
}

/** The outbox's counts and whether SMTP is configured, for the line about mails. */
export type MailSummary = OutboxCounts & { readonly sending: boolean };

/** The link to enter a comment from paper is named by the region, not the plan: the plan's own link stays the only one of that name. */
export function overviewPage(ctx: PageContext, rows: readonly PlanRow[], mail?: MailSummary): string {
  const unsettled = rows.reduce((n, r) => n + r.unsettled, 0);
  return page(
    ctx,
    'Přehled plánů',
    html`<h1>Přehled plánů a připomínek</h1>
      <p class="unsettled">Nevypořádáno celkem: <strong>${comments(unsettled)}</strong>.</p>
      ${mail
        ? html`<p><a href="/admin/mail">E-maily obyvatelům</a>: ${mail.queued} čeká${mail.sending ? '' : ' (odesílání není nastavené)'}, ${mail.failed} nedoručeno, ${mail.sent} odesláno.</p>`
        : ''}
      ${rows.length === 0
        ? html`<p>Zatím nejsou žádné plány ani připomínky. Plán se objeví, jakmile je v souboru regionu.</p>`
        : scrolling('plans-caption', html`<table>
            <caption id="plans-caption">Plány regionů</caption>
            <thead><tr><th scope="col">Region</th><th scope="col">Plán</th><th scope="col">Připomínek</th><th scope="col">Nevypořádáno</th><th scope="col">Spam a duplicity</th><th scope="col">Připomínka z papíru, e-mailu nebo setkání</th></tr></thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.regionName}</th>
                  <td><a href="${planHref(r.region, r.planId)}">${r.planTitle}</a></td>
                  <td>${r.total}</td>
                  <td>${r.unsettled}</td>
                  <td>${r.hidden}</td>
                  <td>${r.enterable ? html`<a href="${enterHref(r.region, r.planId)}">Zapsat<span class="vh"> připomínku z papíru, e-mailu nebo setkání: ${r.regionName}</span></a>` : '–'}</td>
                </tr>`,
              )}
            </tbody>
          </table>`)}`,
  );
}
