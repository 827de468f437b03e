/**
 * The desk's pages, rendered on the server in plain Czech. Each works with
 * plain HTML forms; desk.js only adds saving as you go. No page puts the
 * token, the session or the CSRF token into a URL: the CSRF token is in a
 * <meta> and in hidden fields of POST forms only (never of a GET form).
 */
import { readFileSync } from 'node:fs';
import { html, raw, type Html } from './html.js';
import { STATUS_LABELS } from '../feedback/csv.js';
import { SETTLEMENT_STATUSES, type SettlementStatus, type StoredComment } from '../store/types.js';
import type { AuditEntry, PlanSummary } from '../store/desk.js';
import type { PlanInfo } from '../regions.js';
import { receiptOf } from '../../src/data/uuid.js';

const CSS = readFileSync(new URL('./assets/desk.css', import.meta.url), 'utf8');
const JS = readFileSync(new URL('./assets/desk.js', import.meta.url), 'utf8');

export const APP_NAME = 'Pracoviště koordinátora KPSS';

const PRAGUE = new Intl.DateTimeFormat('cs-CZ', {
  timeZone: 'Europe/Prague',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const PRAGUE_DAY = new Intl.DateTimeFormat('cs-CZ', { timeZone: 'Europe/Prague', day: 'numeric', month: 'long', year: 'numeric' });

export const when = (iso: string) => PRAGUE.format(new Date(iso));
export const day = (date: Date) => PRAGUE_DAY.format(date);

const plural = (n: number, one: string, few: string, many: string) =>
  `${n} ${n === 1 ? one : n >= 2 && n <= 4 ? few : many}`;
export const comments = (n: number) => plural(n, 'připomínka', 'připomínky', 'připomínek');
/** After "z" (genitive): z 1 připomínky, z 2 připomínek. */
const ofComments = (n: number) => `${n} ${n === 1 ? 'připomínky' : 'připomínek'}`;

export interface PageContext {
  nonce: string;
  /** Signed in: the name shown in the header and the session's CSRF token. */
  actor?: string;
  csrf?: string;
}

export function page(ctx: PageContext, title: string, body: Html, options: { script?: boolean } = {}): string {
  const signedIn = ctx.actor !== undefined && ctx.csrf !== undefined;
  return html`<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<meta name="robots" content="noindex, nofollow">
${signedIn ? html`<meta name="kpss-csrf" content="${ctx.csrf}">` : ''}
<title>${title} – ${APP_NAME}</title>
<style nonce="${ctx.nonce}">${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#obsah">Přeskočit na obsah</a>
<header class="top">
  <p class="brand">${signedIn ? html`<a href="/admin">${APP_NAME}</a>` : APP_NAME}</p>
  ${signedIn
    ? html`<form method="post" action="/admin/sign-out">
        <input type="hidden" name="_csrf" value="${ctx.csrf}">
        <span>Přihlášen(a): ${ctx.actor}</span>
        <button type="submit">Odhlásit se</button>
      </form>`
    : ''}
</header>
<main id="obsah" tabindex="-1">
${body}
</main>
${options.script ? html`<script nonce="${ctx.nonce}">${raw(JS)}</script>` : ''}
</body>
</html>`.value;
}

/** Personal data and a page that changes: never cached; scripts and styles only with this response's nonce. */
export function securityHeaders(nonce: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

// ── sign-in ────────────────────────────────────────────────────────────────

export function signInPage(ctx: PageContext, options: { error?: string; name?: string; returnTo?: string }): string {
  return page(
    ctx,
    'Přihlášení',
    html`<div class="signin">
      <h1>Přihlášení koordinátora</h1>
      <p>Zde vypořádáváte připomínky k návrhům komunitních plánů. Přihlaste se přístupovým klíčem koordinátora, který vám předal správce serveru.</p>
      ${options.error ? html`<div class="error" role="alert"><p>${options.error}</p></div>` : ''}
      <form method="post" action="/admin/sign-in">
        ${options.returnTo ? html`<input type="hidden" name="return" value="${options.returnTo}">` : ''}
        <div class="field">
          <label for="name">Vaše jméno</label>
          <p class="hint" id="name-hint">Zapíše se do historie změn u každé připomínky, kterou upravíte.</p>
          <input type="text" id="name" name="name" autocomplete="name" required maxlength="80" aria-describedby="name-hint" value="${options.name ?? ''}">
        </div>
        <div class="field">
          <label for="token">Přístupový klíč</label>
          <input type="password" id="token" name="token" autocomplete="current-password" required>
        </div>
        <button type="submit">Přihlásit se</button>
      </form>
      <p class="hint">Přihlášení skončí po 2 hodinách nečinnosti, nejpozději po 12 hodinách. Na sdíleném počítači se po práci odhlaste.</p>
    </div>`,
  );
}

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
}

export const planHref = (region: string, plan: string, extra: Record<string, string> = {}) =>
  `/admin/plan?${new URLSearchParams({ region, plan, ...extra }).toString()}`;
export const annexHref = (region: string, plan: string) => `/admin/plan/annex?${new URLSearchParams({ region, plan }).toString()}`;
export const csvHref = (region: string, plan: string) => `/api/feedback.csv?${new URLSearchParams({ region, plan }).toString()}`;

export function overviewPage(ctx: PageContext, rows: readonly PlanRow[]): string {
  const unsettled = rows.reduce((n, r) => n + r.unsettled, 0);
  return page(
    ctx,
    'Přehled plánů',
    html`<h1>Přehled plánů a připomínek</h1>
      <p class="unsettled">Nevypořádáno celkem: <strong>${comments(unsettled)}</strong>.</p>
      ${rows.length === 0
        ? html`<p>Zatím nejsou žádné plány ani připomínky. Plán se objeví, jakmile je v souboru regionu.</p>`
        : html`<table>
            <caption>Plány regionů</caption>
            <thead><tr><th scope="col">Region</th><th scope="col">Plán</th><th scope="col">Připomínek</th><th scope="col">Nevypořádáno</th><th scope="col">Spam a duplicity</th></tr></thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.regionName}</th>
                  <td><a href="${planHref(r.region, r.planId)}">${r.planTitle}</a></td>
                  <td>${r.total}</td>
                  <td>${r.unsettled}</td>
                  <td>${r.hidden}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}`,
  );
}

// ── one plan's comments ────────────────────────────────────────────────────

export type StatusFilter = '' | 'nevyporadane' | SettlementStatus | 'skryte';
export type Sort = 'cislo' | 'nejnovejsi' | 'cast' | 'stav';

export interface PlanView {
  region: string;
  regionName: string;
  plan: string;
  planTitle: string;
  sections: PlanInfo['sections'] | undefined;
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

export function sectionLabel(sectionId: string | null, sections: PlanInfo['sections'] | undefined): string {
  if (!sectionId) return 'obecná připomínka';
  const title = sections?.get(sectionId);
  return title ? `${sectionId} ${title}` : sectionId;
}

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
export function settleForm(ctx: PageContext, c: StoredComment, returnTo: string, compact: boolean): Html {
  const which = html`<span class="vh"> připomínky č. ${c.number}</span>`;
  return html`<form class="settle-form" method="post" action="/admin/comment/${c.id}/settle" data-autosave>
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <input type="hidden" name="return" value="${returnTo}">
    <div class="field">
      <label for="status-${c.number}">Stav${compact ? which : ''}</label>
      <select id="status-${c.number}" name="status">
        <option value=""${c.status === null ? raw(' selected') : ''}>nevypořádáno</option>
        ${SETTLEMENT_STATUSES.map((s) => html`<option value="${s}"${c.status === s ? raw(' selected') : ''}>${STATUS_LABELS[s]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="resolution-${c.number}">Odůvodnění${compact ? which : ''}</label>
      <textarea id="resolution-${c.number}" name="resolution" rows="${compact ? 3 : 6}" maxlength="10000">
${c.resolution ?? ''}</textarea>
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
        : html`<table class="comments" aria-describedby="shown">
            <caption class="vh">Připomínky k plánu ${v.planTitle}</caption>
            <thead><tr><th scope="col">Č.</th><th scope="col">Připomínka</th><th scope="col">Autor</th><th scope="col">Vypořádání</th></tr></thead>
            <tbody>
              ${v.shown.map((c) => {
                const changes = v.auditCounts.get(c.id) ?? 0;
                return html`<tr id="c-${c.number}"${c.mark ? raw(' class="hidden-row"') : ''}>
                  <th scope="row" class="num">${c.number}<span class="receipt">${receiptOf(c.id)}</span></th>
                  <td>
                    <p class="meta">${when(c.receivedAt)} · ${sectionLabel(c.sectionId, v.sections)}</p>
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
          </table>`}`,
    { script: true },
  );
}

// ── one comment ────────────────────────────────────────────────────────────

function describeChange(entry: AuditEntry): Html {
  const q = (v: unknown) => (v === null || v === undefined || v === '' ? '(prázdné)' : `„${String(v)}“`);
  const changes = entry.changes;
  if ('erased' in changes && Array.isArray(changes.erased)) {
    const names: Record<string, string> = { name: 'jméno', organization: 'organizace', email: 'e-mail' };
    const list = (changes.erased as string[]).map((f) => names[f] ?? f);
    return html`Smazány osobní údaje${list.length ? `: ${list.join(', ')}` : ''}.`;
  }
  const lines: Html[] = [];
  for (const [field, pair] of Object.entries(changes as Record<string, [unknown, unknown]>)) {
    const [before, after] = pair;
    if (field === 'status') {
      const label = (s: unknown) => (typeof s === 'string' && s in STATUS_LABELS ? STATUS_LABELS[s as SettlementStatus] : 'nevypořádáno');
      lines.push(html`Stav: ${label(before)} → ${label(after)}`);
    } else if (field === 'resolution') lines.push(html`Odůvodnění: ${q(before)} → ${q(after)}`);
    else if (field === 'mark') {
      const label = (m: unknown) => (m === 'spam' ? 'spam' : m === 'duplicate' ? 'duplicita' : 'běžná připomínka');
      lines.push(html`Označení: ${label(before)} → ${label(after)}`);
    } else if (field === 'duplicateOf') lines.push(html`Duplicita připomínky č.: ${String(before ?? '–')} → ${String(after ?? '–')}`);
    else lines.push(html`${field}: ${q(before)} → ${q(after)}`);
  }
  return html`${lines.map((l, i) => html`${i ? html`<br>` : ''}${l}`)}`;
}

export interface CommentView {
  comment: StoredComment;
  regionName: string;
  planTitle: string;
  sections: PlanInfo['sections'] | undefined;
  audit: readonly AuditEntry[];
  /** Set when a mark could not be saved (no-JS form). */
  markError?: string;
  notice?: string;
}

export function commentPage(ctx: PageContext, v: CommentView): string {
  const c = v.comment;
  const back = `${planHref(c.region, c.planId)}#c-${c.number}`;
  const published = c.mark
    ? 'Nezveřejní se (označena jako spam nebo duplicita).'
    : c.status
      ? 'Zveřejňuje se ve vypořádání, bez jména a kontaktů.'
      : 'Zveřejní se po vypořádání, bez jména a kontaktů.';
  return page(
    ctx,
    `Připomínka č. ${c.number}`,
    html`<nav class="crumbs" aria-label="Kde jste"><a href="/admin">Přehled plánů</a> › <a href="${back}">${v.regionName}: ${v.planTitle}</a></nav>
      <h1>Připomínka č. ${c.number}</h1>
      ${v.notice ? html`<div class="success" role="status"><p>${v.notice}</p></div>` : ''}
      <dl class="facts">
        <dt>Číslo při odeslání</dt><dd>${receiptOf(c.id)}</dd>
        <dt>Přijato</dt><dd>${when(c.receivedAt)}</dd>
        <dt>Část plánu</dt><dd>${sectionLabel(c.sectionId, v.sections)}</dd>
        <dt>Zveřejnění</dt><dd>${published}</dd>
        ${c.erasedAt
          ? html`<dt>Autor</dt><dd>Osobní údaje smazány ${when(c.erasedAt)}</dd>`
          : html`<dt>Jméno</dt><dd>${c.name ?? 'neuvedeno'}</dd>
              <dt>Organizace</dt><dd>${c.organization ?? 'neuvedeno'}</dd>
              <dt>E-mail</dt><dd>${c.email ?? 'neuvedeno'}</dd>`}
      </dl>
      <h2>Text připomínky</h2>
      <p class="message">${c.message}</p>
      ${c.proposal ? html`<h3>Návrh znění</h3><p class="pre">${c.proposal}</p>` : ''}

      <h2>Vypořádání</h2>
      ${settleForm(ctx, c, `/admin/comment/${c.id}`, false)}

      <h2>Označení</h2>
      ${v.markError ? html`<div class="error" role="alert" id="mark-error"><p>${v.markError}</p></div>` : ''}
      <form method="post" action="/admin/comment/${c.id}/mark">
        <input type="hidden" name="_csrf" value="${ctx.csrf}">
        <fieldset>
          <legend>Jak s připomínkou naložit</legend>
          <p class="hint">Spam a duplicity zůstávají uložené, jen se nezveřejňují. Označení lze kdykoli zrušit.</p>
          <div class="choice"><input type="radio" id="mark-none" name="mark" value=""${!c.mark ? raw(' checked') : ''}><label for="mark-none">Běžná připomínka</label></div>
          <div class="choice"><input type="radio" id="mark-spam" name="mark" value="spam"${c.mark === 'spam' ? raw(' checked') : ''}><label for="mark-spam">Spam (nezveřejní se)</label></div>
          <div class="choice"><input type="radio" id="mark-duplicate" name="mark" value="duplicate"${c.mark === 'duplicate' ? raw(' checked') : ''}><label for="mark-duplicate">Duplicita jiné připomínky (nezveřejní se)</label></div>
          <div class="field">
            <label for="duplicate-of">Číslo připomínky, kterou opakuje</label>
            <input type="number" id="duplicate-of" name="duplicateOf" min="1" step="1" inputmode="numeric" value="${c.duplicateOf ?? ''}"${v.markError ? raw(' aria-describedby="mark-error"') : ''}>
          </div>
        </fieldset>
        <button type="submit" class="secondary">Uložit označení</button>
      </form>

      <h2>Osobní údaje (GDPR)</h2>
      ${c.erasedAt
        ? html`<p>Jméno, organizace a e-mail byly smazány ${when(c.erasedAt)}. Připomínka a její vypořádání zůstávají.</p>`
        : html`<p>Na žádost autora lze smazat jméno, organizaci a e-mail. Text připomínky a její vypořádání zůstanou. Před smazáním se zobrazí potvrzení.</p>
            <p><a class="button danger" href="/admin/comment/${c.id}/erase">Smazat osobní údaje…</a></p>`}

      <h2 id="historie">Historie změn</h2>
      ${v.audit.length === 0
        ? html`<p>Zatím beze změn.</p>`
        : html`<table>
            <caption class="vh">Historie změn připomínky č. ${c.number}</caption>
            <thead><tr><th scope="col">Kdy</th><th scope="col">Kdo</th><th scope="col">Co se změnilo</th></tr></thead>
            <tbody>
              ${[...v.audit].reverse().map((e) => html`<tr><td class="num">${when(e.at)}</td><td>${e.actor}</td><td class="pre">${describeChange(e)}</td></tr>`)}
            </tbody>
          </table>`}`,
    { script: true },
  );
}

export function erasePage(ctx: PageContext, c: StoredComment, options: { needConfirm?: boolean } = {}): string {
  const fields = [
    c.name ? html`<li>jméno: ${c.name}</li>` : '',
    c.organization ? html`<li>organizace: ${c.organization}</li>` : '',
    c.email ? html`<li>e-mail: ${c.email}</li>` : '',
  ];
  const any = Boolean(c.name || c.organization || c.email);
  return page(
    ctx,
    `Smazat osobní údaje u připomínky č. ${c.number}`,
    html`<h1>Smazat osobní údaje u připomínky č. ${c.number}?</h1>
      ${options.needConfirm ? html`<div class="error" role="alert"><p>Smazání je třeba potvrdit tlačítkem níže.</p></div>` : ''}
      ${any ? html`<p>Trvale se smaže:</p><ul>${fields}</ul>` : html`<p>Připomínka nemá uložené jméno, organizaci ani e-mail; smazání jen zapíše žádost do historie.</p>`}
      <p>Smazání nelze vrátit zpět. Text připomínky a její vypořádání zůstanou a dál se zveřejňují bez osobních údajů.</p>
      <form method="post" action="/admin/comment/${c.id}/erase">
        <input type="hidden" name="_csrf" value="${ctx.csrf}">
        <input type="hidden" name="confirm" value="ano">
        <p class="save">
          <button type="submit" class="danger">Ano, trvale smazat osobní údaje</button>
          <a href="/admin/comment/${c.id}">Ne, zpět na připomínku</a>
        </p>
      </form>`,
  );
}

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
        (g) => html`<h2>${g.title}</h2>
          <table>
            <thead><tr><th scope="col">Č.</th><th scope="col">Připomínka</th><th scope="col">Návrh znění</th><th scope="col">Vypořádání</th></tr></thead>
            <tbody>
              ${g.items.map(
                ({ comment: c, part }) => html`<tr>
                  <th scope="row" class="num">${c.number}</th>
                  <td>${part ? html`<p class="meta">${part}</p>` : ''}<p class="message">${c.message}</p></td>
                  <td class="pre">${c.proposal ?? ''}</td>
                  <td><p><strong>${c.status ? STATUS_LABELS[c.status] : 'nevypořádáno'}</strong></p>${c.resolution ? html`<p class="pre">${c.resolution}</p>` : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`,
      )}`,
    { script: true },
  );
}
