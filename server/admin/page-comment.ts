/** One comment: its facts, settlement, mark, GDPR erasure and audit log; the erase confirmation. */
import { html, raw, type Html } from './html.js';
import { page, scrolling, when, comments, ofComments, planHref, annexHref, csvHref, day, channelLine, isEntered, outsidePeriod, type PageContext } from './page-layout.js';
import { pragueDate, type CommentingPeriod } from '../regions.js';
import { STATUS_LABELS } from '../feedback/csv.js';
import type { SettlementStatus, StoredComment } from '../store/types.js';
import type { AuditEntry } from '../store/desk.js';
import type { OutboxMessage } from '../store/outbox.js';
import { KIND_WORDS, STATE_WORDS } from './page-mail.js';
import type { PlanInfo } from '../regions.js';
import { receiptOf } from '../../src/data/uuid.js';
import { sectionLabel, settleForm } from './page-plan.js';
import { paragraphBlock } from './page-paragraph.js';

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
  /** The current plan's paragraphs: the one the comment is on is quoted. */
  paragraphs?: PlanInfo['paragraphs'] | undefined;
  /** The plan's commenting period: a comment entered from paper may have come after it. */
  commenting?: CommentingPeriod | undefined;
  audit: readonly AuditEntry[];
  /** The mails to the author (the outbox). */
  mails?: readonly OutboxMessage[];
  /** Set when a mark could not be saved (no-JS form). */
  markError?: string;
  notice?: string;
  /** The settle form's values typed before the session expired (not saved yet). */
  draft?: { status: string; resolution: string };
}

export function commentPage(ctx: PageContext, v: CommentView): string {
  const c = v.comment;
  const back = `${planHref(c.region, c.planId)}#c-${c.number}`;
  const late = isEntered(c) ? outsidePeriod(pragueDate(new Date(c.receivedAt)), v.commenting) : undefined;
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
      ${v.draft ? html`<div class="warning" role="alert"><p>Jste znovu přihlášen(a). Stav a odůvodnění, které se před vypršením přihlášení neuložily, jsou zpět ve formuláři Vypořádání: uložte je tlačítkem Uložit.</p></div>` : ''}
      <dl class="facts">
        <dt>${isEntered(c) ? 'Kód pro pisatele' : 'Číslo při odeslání'}</dt><dd>${receiptOf(c.id)}</dd>
        ${isEntered(c) ? '' : html`<dt>Přijato</dt><dd>${when(c.receivedAt)}</dd>`}
        <dt>Podáno</dt><dd>${channelLine(c)}${late ? html`<br><span class="note">Přijato ${late}.</span>` : ''}</dd>
        <dt>Část plánu</dt><dd>${sectionLabel(c.sectionId, v.sections)}</dd>
        <dt>Zveřejnění</dt><dd>${published}</dd>
        ${c.erasedAt
          ? html`<dt>Autor</dt><dd>Osobní údaje smazány ${when(c.erasedAt)}</dd>`
          : html`<dt>Jméno</dt><dd>${c.name ?? 'neuvedeno'}</dd>
              <dt>Organizace</dt><dd>${c.organization ?? 'neuvedeno'}</dd>
              <dt>E-mail</dt><dd>${c.email ?? 'neuvedeno'}</dd>`}
        ${v.mails?.length
          ? html`<dt>E-maily pisateli</dt><dd><ul class="plain">${v.mails.map(
              (m) => html`<li>${KIND_WORDS[m.kind]}: ${STATE_WORDS[m.state].toLowerCase()}${m.state === 'sent' && m.sentAt ? html` ${when(m.sentAt)}` : ''}${m.state === 'queued' ? html` (nejdříve ${when(m.notBefore)})` : ''}${m.lastError && m.state !== 'sent' ? html` – ${m.lastError}` : ''}</li>`,
            )}</ul><a href="/admin/mail">Všechny e-maily obyvatelům</a></dd>`
          : ''}
      </dl>
      ${paragraphBlock(c, v)}
      <h2>Text připomínky</h2>
      <p class="message">${c.message}</p>
      ${c.proposal ? html`<h3>Návrh znění</h3><p class="pre">${c.proposal}</p>` : ''}

      <h2>Vypořádání</h2>
      ${settleForm(ctx, c, `/admin/comment/${c.id}`, false, v.draft)}

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
        : scrolling('audit-caption', html`<table>
            <caption class="vh" id="audit-caption">Historie změn připomínky č. ${c.number}</caption>
            <thead><tr><th scope="col">Kdy</th><th scope="col">Kdo</th><th scope="col">Co se změnilo</th></tr></thead>
            <tbody>
              ${[...v.audit].reverse().map((e) => html`<tr><td class="num">${when(e.at)}</td><td>${e.actor}</td><td class="pre">${describeChange(e)}</td></tr>`)}
            </tbody>
          </table>`)}`,
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

