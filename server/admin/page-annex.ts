/** The printable settlement (the plan's annex; no personal data). */
import { html, raw, type Html } from './html.js';
import { page, scrolling, when, comments, ofComments, planHref, annexHref, csvHref, day, isEntered, type PageContext } from './page-layout.js';
import { CHANNEL_LABELS, STATUS_LABELS } from '../feedback/csv.js';
import { SETTLEMENT_STATUSES, type SettlementStatus, type StoredComment } from '../store/types.js';

// ── the annex ──────────────────────────────────────────────────────────────

export interface AnnexView {
  regionName: string;
  planTitle: string;
  planId: string;
  region: string;
  date: Date;
  groups: ReadonlyArray<{ title: string; items: ReadonlyArray<{ comment: StoredComment; part: string | null }> }>;
  counts: Record<SettlementStatus, number>;
  unsettled: number;
  total: number;
}

export function annexPage(ctx: PageContext, v: AnnexView): string {
  return page(
    ctx,
    `Vypořádání připomínek: ${v.planTitle}`,
    html`<nav class="crumbs no-print" aria-label="Kde jste"><a href="/admin">Přehled plánů</a> › <a href="${planHref(v.region, v.planId)}">${v.regionName}: ${v.planTitle}</a></nav>
      <h1>Vypořádání připomínek k návrhu: ${v.planTitle}</h1>
      <p class="lead">Příloha komunitního plánu · ${v.regionName} · stav ke dni ${day(v.date)}</p>
      <p class="no-print"><button type="button" data-print hidden>Vytisknout</button> Tisk také klávesami Ctrl+P. Jména a kontakty autorů se netisknou; spam a duplicity nejsou uvedeny.</p>
      ${v.unsettled > 0
        ? html`<div class="warning no-print" role="note"><p>Pozor: ${comments(v.unsettled)} zatím ${v.unsettled === 1 ? 'není vypořádaná' : 'nejsou vypořádané'}. V příloze jsou uvedeny jako „nevypořádáno“.</p></div>`
        : ''}
      <p>Celkem ${comments(v.total)}.</p>
      <ul class="counts" aria-label="Výsledky vypořádání">
        ${SETTLEMENT_STATUSES.map((s) => html`<li>${STATUS_LABELS[s]}: <strong>${v.counts[s]}</strong></li>`)}
        ${v.unsettled > 0 ? html`<li>nevypořádáno: <strong>${v.unsettled}</strong></li>` : ''}
      </ul>
      ${v.groups.map(
        (g, i) => html`<h2 id="group-${i + 1}">${g.title}</h2>
          ${scrolling(`group-${i + 1}`, html`<table>
            <thead><tr><th scope="col">Č.</th><th scope="col">Připomínka</th><th scope="col">Návrh znění</th><th scope="col">Vypořádání</th></tr></thead>
            <tbody>
              ${g.items.map(
                ({ comment: c, part }) => {
                  // How it came, for one not from the web form (not personal data, so it may be printed).
                  // The paragraph's id after the part, for a comment from <kpss-plan>: the printed plan has the same ids.
                  const place = c.paragraphId ? (part ? `${part}, odstavec ${c.paragraphId}` : `Odstavec ${c.paragraphId}`) : part;
                  const meta = [place, isEntered(c) ? `(podáno ${CHANNEL_LABELS[c.channel!]})` : ''].filter(Boolean).join(' ');
                  return html`<tr>
                  <th scope="row" class="num">${c.number}</th>
                  <td>${meta ? html`<p class="meta">${meta}</p>` : ''}<p class="message">${c.message}</p></td>
                  <td class="pre">${c.proposal ?? ''}</td>
                  <td><p><strong>${c.status ? STATUS_LABELS[c.status] : 'nevypořádáno'}</strong></p>${c.resolution ? html`<p class="pre">${c.resolution}</p>` : ''}</td>
                </tr>`;
                },
              )}
            </tbody>
          </table>`)}`,
      )}`,
    { script: true },
  );
}
