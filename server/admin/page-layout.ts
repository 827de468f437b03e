/**
 * The desk's pages, rendered on the server in plain Czech. Each works with
 * plain HTML forms; desk.js only adds saving as you go. No page puts the
 * token, the session or the CSRF token into a URL: the CSRF token is in a
 * <meta> and in hidden fields of POST forms only (never of a GET form).
 *
 * This module: the frame of every page and what the pages share; each page
 * (or group of pages) in its own module next to it (page-*.ts), all
 * exported from pages.ts.
 */
import { readFileSync } from 'node:fs';
import { html, raw, type Html } from './html.js';
import { SESSION_IDLE_MS } from './auth.js';
import { CHANNEL_LABELS } from '../feedback/csv.js';
import { pragueDate, type CommentingPeriod, type PlanInfo } from '../regions.js';
import type { StoredComment } from '../store/types.js';

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
/** A calendar date `2026-12-02` as `2. 12. 2026` (a date of the calendar: no time zone can shift it). */
export const calendarDay = (date: string) => {
  const [y, m, d] = date.split('-');
  return `${Number(d)}. ${Number(m)}. ${y}`;
};

/** Typed in on the desk from paper, an e-mail or a meeting (not the web form). */
export const isEntered = (c: StoredComment) => (c.channel ?? 'web') !== 'web';

/**
 * When a comment came: the time for the web form; only the day for one typed
 * in on the desk (all that is known; desk-enter.ts stores it as noon).
 */
export const received = (c: StoredComment) => (isEntered(c) ? calendarDay(pragueDate(new Date(c.receivedAt))) : when(c.receivedAt));

/** "na papíře, 2. 12. 2026, zapsal/a Jana Nováková"; "webovým formulářem" for the web form. */
export function channelLine(c: StoredComment): string {
  const label = CHANNEL_LABELS[c.channel ?? 'web'];
  if (!isEntered(c)) return label;
  return `${label}, ${received(c)}${c.enteredBy ? `, zapsal/a ${c.enteredBy}` : ''}`;
}

/** A day outside the commenting period, in words ("po skončení připomínkového období 1. 11. 2026 – 15. 12. 2026"); else undefined. */
export function outsidePeriod(date: string, period: CommentingPeriod | undefined): string | undefined {
  if (!period || (period.from <= date && date <= period.until)) return undefined;
  const range = `${calendarDay(period.from)} – ${calendarDay(period.until)}`;
  return `${date < period.from ? 'před začátkem' : 'po skončení'} připomínkového období ${range}`;
}

/** The part of the plan a comment is on, by id and title ("1.1 Pečovatelská služba…"), or that it is on the whole plan. */
export function sectionLabel(sectionId: string | null, sections: PlanInfo['sections'] | undefined): string {
  if (!sectionId) return 'obecná připomínka';
  const title = sections?.get(sectionId);
  return title ? `${sectionId} ${title}` : sectionId;
}

const plural = (n: number, one: string, few: string, many: string) =>
  `${n} ${n === 1 ? one : n >= 2 && n <= 4 ? few : many}`;
export const comments = (n: number) => plural(n, 'připomínka', 'připomínky', 'připomínek');
/** After "z" (genitive): z 1 připomínky, z 2 připomínek. */
export const ofComments = (n: number) => `${n} ${n === 1 ? 'připomínky' : 'připomínek'}`;

export interface PageContext {
  nonce: string;
  /** Signed in: the name shown in the header and the session's CSRF token. */
  actor?: string;
  csrf?: string;
  /** A session's time left (ms): desk.js warns 5 minutes before it ends. */
  sessionLeftMs?: number;
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
${signedIn && ctx.sessionLeftMs !== undefined
  ? html`<div role="alert" data-expiry-live data-left-ms="${String(ctx.sessionLeftMs)}" data-idle-ms="${String(SESSION_IDLE_MS)}">
      <div class="warning expiry" data-expiry hidden>
        <p data-expiry-text></p>
        <p><button type="button" data-expiry-stay>Zůstat přihlášen(a)</button> <a href="" data-expiry-sign-in hidden>Přihlásit se znovu</a></p>
      </div>
    </div>`
  : ''}
${body}
</main>
${options.script || signedIn ? html`<script nonce="${ctx.nonce}">${raw(JS)}</script>` : ''}
</body>
</html>`.value;
}

/** Personal data and a page that changes: never cached; scripts and styles only with this response's nonce. */
/**
 * A table in its own scrolling box: on a narrow screen the table scrolls
 * inside it, not the whole page (WCAG 1.4.10); the box is a named region the
 * keyboard can reach (tabindex=0), so it can be scrolled with the arrow keys.
 */
export function scrolling(labelId: string, table: Html): Html {
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="${labelId}">${table}</div>`;
}

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

export const planHref = (region: string, plan: string, extra: Record<string, string> = {}) =>
  `/admin/plan?${new URLSearchParams({ region, plan, ...extra }).toString()}`;
export const annexHref = (region: string, plan: string) => `/admin/plan/annex?${new URLSearchParams({ region, plan }).toString()}`;
export const csvHref = (region: string, plan: string) => `/api/feedback.csv?${new URLSearchParams({ region, plan }).toString()}`;
