/** One plan's comments: the filters and the table, each row with its settlement form. */
import { html, raw, type Html } from './html.js';
import { page, scrolling, when, comments, ofComments, planHref, annexHref, csvHref, day, isEntered, received, sectionLabel, type PageContext } from './page-layout.js';
import { paragraphExcerpt } from './page-paragraph.js';
import { CHANNEL_LABELS, STATUS_LABELS } from '../feedback/csv.js';
import { enterHref } from './page-enter.js';
import { SETTLEMENT_STATUSES, type SettlementStatus, type StoredComment } from '../store/types.js';
import type { PlanInfo } from '../regions.js';
import { receiptOf } from '../../src/data/uuid.js';

// ── one plan's comments ────────────────────────────────────────────────────

export type StatusFilter = '' | 'nevyporadane' | SettlementStatus | 'skryte';
export type Sort = 'cislo' | 'nejnovejsi' | 'cast' | 'stav';

export interface PlanView {
  region: string;
  regionName: string;
  plan: string;
  planTitle: string;
  sections: PlanInfo['sections'] | undefined;
  /** The current plan's paragraphs: the short quote of the one a comment is on. */
  paragraphs?: PlanInfo['paragraphs'] | undefined;
  /** The region file's current plan: comments from paper can be entered for it. */
  enterable?: boolean;
  comments: readonly StoredComment[];
  shown: readonly StoredComment[];
  filters: { section: string; status: StatusFilter; q: string; sort: Sort };
  unsettled: number;
  auditCounts: ReadonlyMap<string, number>;
  survey?: { href: string; csv?: string; title: string };
  /** Where a plain (no-JS) form goes back to. */
  returnTo: string;
}

const STATUS_FILTERS: ReadonlyArray<[StatusFilter, string]> = [
  ['', 'Všechny'],
  ['nevyporadane', 'Nevypořádané'],
  ...SETTLEMENT_STATUSES.map((s): [StatusFilter, string] => [s, STATUS_LABELS[s]]),
  ['skryte', 'Spam a duplicity'],
];
const SORTS: ReadonlyArray<[Sort, string]> = [
  ['cislo', 'Podle čísla'],
  ['nejnovejsi', 'Od nejnovějších'],
  ['cast', 'Podle části plánu'],
  ['stav', 'Nevypořádané napřed'],
];

// In page-layout.ts since the paragraph quotes (page-paragraph.ts) name the part too; exported here as before.
export { sectionLabel };

function hiddenBadge(c: StoredComment): Html | string {
  if (c.mark === 'spam') return html`<span class="badge hidden">Spam – nezveřejní se</span>`;
  if (c.mark === 'duplicate') return html`<span class="badge hidden">Duplicita č. ${c.duplicateOf ?? '?'} – nezveřejní se</span>`;
  return '';
}

function author(c: StoredComment): Html {
  if (c.erasedAt) return html`<span class="meta">Osobní údaje smazány ${when(c.erasedAt)}</span>`;
  const parts = [c.name, c.organization, c.email].filter((p): p is string => Boolean(p));
  return parts.length ? html`${parts.map((p, i) => html`${i ? html`<br>` : ''}${p}`)}` : html`<span class="meta">neuvedeno</span>`;
}

/** The status and reason of one comment: a plain form, saved as you go with desk.js. */
/** `draft`: what was typed before the session expired, shown instead of the stored values (not saved yet). */
export function settleForm(ctx: PageContext, c: StoredComment, returnTo: string, compact: boolean, draft?: { status: string; resolution: string }): Html {
  const status = draft ? draft.status || null : c.status;
  const resolution = draft ? draft.resolution : (c.resolution ?? '');
  const which = html`<span class="vh"> připomínky č. ${c.number}</span>`;
  return html`<form class="settle-form" method="post" action="/admin/comment/${c.id}/settle" data-autosave>
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <input type="hidden" name="return" value="${returnTo}">
    <div class="field">
      <label for="status-${c.number}">Stav${compact ? which : ''}</label>
      <select id="status-${c.number}" name="status">
        <option value=""${status === null ? raw(' selected') : ''}>nevypořádáno</option>
        ${SETTLEMENT_STATUSES.map((s) => html`<option value="${s}"${status === s ? raw(' selected') : ''}>${STATUS_LABELS[s]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="resolution-${c.number}">Odůvodnění${compact ? which : ''}</label>
      <textarea id="resolution-${c.number}" name="resolution" rows="${compact ? 3 : 6}" maxlength="10000">
${resolution}</textarea>
    </div>
    <div class="save">
      <button type="submit" class="secondary">Uložit${compact ? html`<span class="vh"> vypořádání připomínky č. ${c.number}</span>` : ''}</button>
      <span class="saved" role="status" data-saved></span>
    </div>
  </form>`;
}

export function planPage(ctx: PageContext, v: PlanView): string {
  const f = v.filters;
  const filtered = f.section !== '' || f.status !== '' || f.q !== '' || f.sort !== 'cislo';
  const sectionOptions: Array<[string, string]> = [['', 'Všechny části'], ['obecne', 'Obecné připomínky']];
  for (const [id, title] of v.sections ?? []) sectionOptions.push([id, `${id.includes('.') ? '\u2003' : ''}${id} ${title}`]);
  return page(
    ctx,
    `Připomínky: ${v.planTitle}`,
    html`<nav class="crumbs" aria-label="Kde jste"><a href="/admin">Přehled plánů</a> › ${v.regionName}</nav>
      <h1>Připomínky k plánu: ${v.planTitle}</h1>
      <p class="unsettled">Nevypořádáno: <strong data-unsettled>${v.unsettled}</strong> z ${ofComments(v.comments.length)}.</p>
      <ul class="actions">
        ${v.enterable ? html`<li><a href="${enterHref(v.region, v.plan)}">Zapsat připomínku z papíru, e-mailu nebo setkání</a></li>` : ''}
        <li><a href="${csvHref(v.region, v.plan)}" download>Stáhnout tabulku vypořádání (CSV pro Excel)</a></li>
        <li><a href="${annexHref(v.region, v.plan)}">Vypořádání k tisku (příloha plánu)</a></li>
        ${v.survey ? html`<li><a href="${v.survey.href}">Výsledky ankety: ${v.survey.title}</a></li>` : ''}
        ${v.survey?.csv ? html`<li><a href="${v.survey.csv}" download>Odpovědi ankety (CSV)</a></li>` : ''}
      </ul>
      <form method="get" action="/admin/plan" class="filters" role="search" aria-label="Filtr připomínek">
        <input type="hidden" name="region" value="${v.region}">
        <input type="hidden" name="plan" value="${v.plan}">
        <div class="field">
          <label for="f-section">Část plánu</label>
          <select id="f-section" name="section">
            ${sectionOptions.map(([value, label]) => html`<option value="${value}"${f.section === value ? raw(' selected') : ''}>${label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-status">Stav</label>
          <select id="f-status" name="status">
            ${STATUS_FILTERS.map(([value, label]) => html`<option value="${value}"${f.status === value ? raw(' selected') : ''}>${label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-q">Hledat v textu, autorovi nebo čísle</label>
          <input type="search" id="f-q" name="q" value="${f.q}">
        </div>
        <div class="field">
          <label for="f-sort">Řadit</label>
          <select id="f-sort" name="sort">
            ${SORTS.map(([value, label]) => html`<option value="${value}"${f.sort === value ? raw(' selected') : ''}>${label}</option>`)}
          </select>
        </div>
        <button type="submit">Použít</button>
        ${filtered ? html`<a href="${planHref(v.region, v.plan)}">Zrušit filtr</a>` : ''}
      </form>
      <p id="shown">Zobrazeno ${v.shown.length} z ${ofComments(v.comments.length)}.</p>
      ${v.shown.length === 0
        ? html`<p>${v.comments.length === 0 ? 'K tomuto plánu zatím nepřišla žádná připomínka.' : 'Filtru neodpovídá žádná připomínka.'}</p>`
        : scrolling('comments-caption', html`<table class="comments" aria-describedby="shown">
            <caption class="vh" id="comments-caption">Připomínky k plánu ${v.planTitle}</caption>
            <thead><tr><th scope="col">Č.</th><th scope="col">Připomínka</th><th scope="col">Autor</th><th scope="col">Vypořádání</th></tr></thead>
            <tbody>
              ${v.shown.map((c) => {
                const changes = v.auditCounts.get(c.id) ?? 0;
                return html`<tr id="c-${c.number}"${c.mark ? raw(' class="hidden-row"') : ''}>
                  <th scope="row" class="num">${c.number}<span class="receipt">${receiptOf(c.id)}</span></th>
                  <td>
                    <p class="meta">${received(c)}${isEntered(c) ? ` · podáno ${CHANNEL_LABELS[c.channel!]}` : ''} · ${sectionLabel(c.sectionId, v.sections)}</p>
                    ${paragraphExcerpt(c, v)}
                    ${hiddenBadge(c)}
                    <p class="message">${c.message}</p>
                    ${c.proposal ? html`<p class="pre"><span class="label">Návrh znění:</span> ${c.proposal}</p>` : ''}
                    <p><a href="/admin/comment/${c.id}">Podrobnosti, označení a historie<span class="vh"> připomínky č. ${c.number}</span></a>${changes ? ` (změn: ${changes})` : ''}</p>
                  </td>
                  <td>${author(c)}</td>
                  <td class="settle">${settleForm(ctx, c, `${v.returnTo}#c-${c.number}`, true)}</td>
                </tr>`;
              })}
            </tbody>
          </table>`)}`,
    { script: true },
  );
}

