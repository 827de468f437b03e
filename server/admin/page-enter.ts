/**
 * Entering a comment that came on paper, by e-mail or at a public meeting: a
 * plain form (desk-enter.ts). Bad input comes back with everything typed,
 * each message next to its field (aria-invalid, aria-describedby) and in a
 * summary at the top that links to the fields; the first wrong field gets
 * the focus.
 */
import { html, raw } from './html.js';
import { page, planHref, calendarDay, outsidePeriod, type PageContext } from './page-layout.js';
import type { CommentingPeriod, PlanInfo } from '../regions.js';
import { MAX_TEXT } from '../feedback/validate.js';

export const ENTER_CHANNELS = [
  ['paper', 'Na papíře'],
  ['email', 'E-mailem'],
  ['meeting', 'Na setkání'],
] as const;
export type EnterChannel = (typeof ENTER_CHANNELS)[number][0];

/** The form's fields as typed (strings), so a page with errors gives back every one of them. */
export interface EnterValues {
  id: string;
  channel: string;
  received: string;
  section: string;
  message: string;
  proposal: string;
  name: string;
  organization: string;
  email: string;
}

export type EnterField = 'channel' | 'received' | 'section' | 'message' | 'proposal' | 'email';

/** In the order of the form: the summary lists them so, and the first gets the focus. */
const FIELD_ORDER: readonly EnterField[] = ['channel', 'received', 'section', 'message', 'proposal', 'email'];
const FIELD_LABELS: Record<EnterField, string> = {
  channel: 'Jak připomínka přišla',
  received: 'Datum přijetí',
  section: 'Část plánu',
  message: 'Text připomínky',
  proposal: 'Návrh znění',
  email: 'E-mail',
};

export interface EnterView {
  region: string;
  regionName: string;
  plan: string;
  planTitle: string;
  outline: PlanInfo['outline'];
  commenting: CommentingPeriod | undefined;
  /** Today in Prague (`YYYY-MM-DD`): the latest date allowed. */
  today: string;
  values: EnterValues;
  errors: Partial<Record<EnterField, string>>;
  /** A message about the whole form (the store could not write, say). */
  formError?: string;
}

export const enterHref = (region: string, plan: string) => `/admin/plan/enter?${new URLSearchParams({ region, plan }).toString()}`;

export function enterPage(ctx: PageContext, v: EnterView): string {
  const wrong = FIELD_ORDER.filter((f) => v.errors[f]);
  const first = wrong[0];
  const val = v.values;
  /** aria-describedby (hints and the field's error), aria-invalid and, for the first wrong field, the focus. */
  const state = (field: EnterField, hints: string[] = []) => {
    const ids = [...hints, ...(v.errors[field] ? [`enter-${field}-error`] : [])];
    return raw(
      `${ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''}${v.errors[field] ? ' aria-invalid="true"' : ''}${first === field ? ' autofocus' : ''}`,
    );
  };
  const fieldError = (field: EnterField) => (v.errors[field] ? html`<p class="field-error" id="enter-${field}-error">${v.errors[field]}</p>` : '');
  const late = /^\d{4}-\d{2}-\d{2}$/.test(val.received) && !v.errors.received ? outsidePeriod(val.received, v.commenting) : undefined;
  const options: Array<[string, string]> = [['', 'Celý plán (obecná připomínka)']];
  for (const s of v.outline ?? []) {
    options.push([s.id, `${s.id} ${s.title}`]);
    for (const m of s.measures ?? []) options.push([m.id, `\u2003${m.id} ${m.title}`]);
  }
  const known = options.some(([id]) => id === val.section);
  return page(
    ctx,
    wrong.length || v.formError ? 'Chyba: Zapsat připomínku z papíru, e-mailu nebo setkání' : 'Zapsat připomínku z papíru, e-mailu nebo setkání',
    html`<nav class="crumbs" aria-label="Kde jste"><a href="/admin">Přehled plánů</a> › <a href="${planHref(v.region, v.plan)}">${v.regionName}: ${v.planTitle}</a></nav>
      <h1>Zapsat připomínku z papíru, e-mailu nebo setkání</h1>
      <p>Připomínka k plánu ${v.planTitle}, kterou jste dostali dopisem, e-mailem nebo na veřejném setkání. Dostane další číslo v tabulce vypořádání a vypořádá se jako ostatní. Po uložení uvidíte kód, který můžete pisateli sdělit.</p>
      ${v.formError ? html`<div class="error" role="alert"><p>${v.formError}</p></div>` : ''}
      ${wrong.length
        ? html`<div class="error" role="alert" id="enter-errors">
            <p>Připomínka se neuložila. Opravte prosím ${wrong.length === 1 ? 'tento údaj' : 'tyto údaje'}; vše, co jste napsali, zůstalo ve formuláři:</p>
            <ul>${wrong.map((f) => html`<li><a href="#enter-${f === 'channel' ? 'channel-paper' : f}">${FIELD_LABELS[f]}</a>: ${v.errors[f]}</li>`)}</ul>
          </div>`
        : ''}
      <form method="post" action="/admin/plan/enter" class="enter" novalidate>
        <input type="hidden" name="_csrf" value="${ctx.csrf}">
        <input type="hidden" name="id" value="${val.id}">
        <input type="hidden" name="region" value="${v.region}">
        <input type="hidden" name="plan" value="${v.plan}">
        <fieldset${v.errors.channel ? raw(' aria-describedby="enter-channel-error"') : ''}>
          <legend>Jak připomínka přišla <span class="req">(povinné)</span></legend>
          ${fieldError('channel')}
          ${ENTER_CHANNELS.map(
            ([value, label]) => html`<div class="choice"><input type="radio" id="enter-channel-${value}" name="channel" value="${value}" required${val.channel === value ? raw(' checked') : ''}${first === 'channel' && value === 'paper' ? raw(' autofocus') : ''}><label for="enter-channel-${value}">${label}</label></div>`,
          )}
        </fieldset>
        <div class="field">
          <label for="enter-received">Datum přijetí <span class="req">(povinné)</span></label>
          <p class="hint" id="enter-received-hint">Kdy připomínka přišla (razítko, datum e-mailu, den setkání), ne dnešní den zápisu, pokud se liší. ${v.commenting
            ? `Připomínkové období: ${calendarDay(v.commenting.from)} – ${calendarDay(v.commenting.until)}. I připomínku, která přišla po něm (dopis odeslaný poslední den), lze zapsat; u připomínky se to uvede.`
            : 'Plán nemá v souboru regionu připomínkové období.'}</p>
          ${late ? html`<p class="note" id="enter-received-note">Pozor: ${calendarDay(val.received)} je ${late}. Připomínku lze přesto zapsat.</p>` : ''}
          ${fieldError('received')}
          <input type="date" id="enter-received" name="received" required max="${v.today}" value="${val.received}"${state('received', ['enter-received-hint', ...(late ? ['enter-received-note'] : [])])}>
        </div>
        <div class="field">
          <label for="enter-section">Část plánu</label>
          <p class="hint" id="enter-section-hint">Oddíl nebo opatření, ke kterému se připomínka vyjadřuje; jinak celý plán.</p>
          ${fieldError('section')}
          <select id="enter-section" name="section"${state('section', ['enter-section-hint'])}>
            ${options.map(([id, label]) => html`<option value="${id}"${val.section === id ? raw(' selected') : ''}>${label}</option>`)}
            ${known ? '' : html`<option value="${val.section}" selected>${val.section} (v plánu není)</option>`}
          </select>
        </div>
        <div class="field">
          <label for="enter-message">Text připomínky <span class="req">(povinné)</span></label>
          <p class="hint" id="enter-message-hint">Opište ji, jak ji pisatel napsal (nejvýše ${MAX_TEXT.toLocaleString('cs-CZ')} znaků).</p>
          ${fieldError('message')}
          <textarea id="enter-message" name="message" rows="8" required${state('message', ['enter-message-hint'])}>
${val.message}</textarea>
        </div>
        <div class="field">
          <label for="enter-proposal">Návrh znění</label>
          <p class="hint" id="enter-proposal-hint">Jen když pisatel navrhuje, jak má text plánu znít.</p>
          ${fieldError('proposal')}
          <textarea id="enter-proposal" name="proposal" rows="4"${state('proposal', ['enter-proposal-hint'])}>
${val.proposal}</textarea>
        </div>
        <fieldset>
          <legend>Pisatel (nepovinné)</legend>
          <p class="hint">Jméno a kontakty se nezveřejňují; na žádost je lze později smazat.</p>
          <div class="field">
            <label for="enter-name">Jméno</label>
            <input type="text" id="enter-name" name="name" autocomplete="off" value="${val.name}">
          </div>
          <div class="field">
            <label for="enter-organization">Organizace</label>
            <input type="text" id="enter-organization" name="organization" autocomplete="off" value="${val.organization}">
          </div>
          <div class="field">
            <label for="enter-email">E-mail</label>
            ${fieldError('email')}
            <input type="email" id="enter-email" name="email" autocomplete="off" spellcheck="false" value="${val.email}"${state('email')}>
          </div>
        </fieldset>
        <p class="save">
          <button type="submit">Uložit připomínku</button>
          <a href="${planHref(v.region, v.plan)}">Zpět na připomínky plánu</a>
        </p>
      </form>`,
  );
}
