/**
 * "Najít moji připomínku": a resident's comment found by the receipt the form
 * showed them ("3F0C-2A8E"), through the public look-up beside the settlement
 * (feedback API contract, `GET /api/settlement/receipt`). The answer is read
 * into what the settlement table may show; the widget puts it into words.
 */
import { SETTLEMENT_STATUSES, type SettlementStatus } from './settlement.js';

/**
 * A receipt as a resident types it, in the form `receiptOf` (uuid.ts) gives
 * ("3F0C-2A8E"), or undefined when it cannot be one. Forgiving where people
 * differ without meaning to: upper or lower case, spaces anywhere (copied
 * from a mail, split in two), the dash or none, or the dash a mail program
 * made into another one (‐ ‑ – —). Not forgiving about the digits: only
 * 0–9 and A–F, exactly eight of them.
 */
export function normalizeReceipt(input: string): string | undefined {
  const match = /^([0-9a-f]{4})[-\u2010\u2011\u2012\u2013\u2014]?([0-9a-f]{4})$/i.exec(input.replace(/\s+/g, ''));
  return match ? `${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}` : undefined;
}

/** One comment with the code, as the look-up may tell it: never a name, organization, e-mail or time. */
export interface ReceiptMatch {
  readonly number: number;
  /** Null: stored, not settled yet (or a duplicate, settled with the comment it repeats). */
  readonly status: SettlementStatus | null;
  readonly section: string | null;
  readonly resolution: string | null;
  /** For a duplicate: the number of the comment it repeats, whose settlement is in the table. */
  readonly duplicateOf: number | null;
}

export interface ReceiptAnswer {
  readonly receipt: string;
  /** By number; empty when no comment of the plan has the code. */
  readonly matches: readonly ReceiptMatch[];
}

/**
 * Why the look-up said nothing about the comment: no connection, the server
 * failed (`http`, with its status), too many look-ups (`rate-limited`), the
 * server does not know the plan, the code was refused, or whatever answered
 * is no comment server (`no-receiver`) or sent something else (`invalid`).
 */
export type ReceiptLookupFailure = 'network' | 'http' | 'rate-limited' | 'unknown-plan' | 'bad-code' | 'no-receiver' | 'invalid';

export class ReceiptLookupError extends Error {
  constructor(
    readonly kind: ReceiptLookupFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ReceiptLookupError';
  }
}

/**
 * The look-up's URL: the `receipt` route under the settlement URL the widget
 * already reads (`…/api/settlement?region=…&plan=…` →
 * `…/api/settlement/receipt?region=…&plan=…&receipt=…`), so a page needs no
 * second address.
 */
export function receiptLookupUrl(settlementUrl: string, receipt: string): string {
  const url = new URL(settlementUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/receipt`;
  url.searchParams.set('receipt', receipt);
  return url.href;
}

const whole = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Reads the answer; only the published fields are copied, an item without a number is skipped. */
export function parseReceiptAnswer(json: unknown, receipt: string): ReceiptAnswer {
  if (!json || typeof json !== 'object' || !Array.isArray((json as { comments?: unknown }).comments)) {
    throw new ReceiptLookupError('invalid', 'the look-up has no "comments" list');
  }
  const matches: ReceiptMatch[] = [];
  for (const raw of (json as { comments: unknown[] }).comments) {
    if (!raw || typeof raw !== 'object') continue;
    const c = raw as Record<string, unknown>;
    const number = whole(c.number);
    if (number === null) continue;
    const status = (SETTLEMENT_STATUSES as readonly unknown[]).includes(c.status) ? (c.status as SettlementStatus) : null;
    matches.push({
      number,
      status,
      section: text(c.section),
      // A reason is published with the status, never before.
      resolution: status ? text(c.resolution) : null,
      duplicateOf: whole(c.duplicateOf),
    });
  }
  matches.sort((a, b) => a.number - b.number);
  return { receipt, matches };
}

/** Looks the code up; a 404 for the code itself is an answer (no match), every other failure a ReceiptLookupError. */
export async function lookUpReceipt(settlementUrl: string, receipt: string, signal?: AbortSignal): Promise<ReceiptAnswer> {
  const url = receiptLookupUrl(settlementUrl, receipt);
  let response: Response;
  try {
    // Public data: no cookies of the town's site go with the request.
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit', cache: 'no-store', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ReceiptLookupError('network', `could not fetch ${url}: ${String(error)}`);
  }
  let json: unknown;
  try {
    json = /json/i.test(response.headers.get('content-type') ?? '') ? await response.json() : undefined;
  } catch (error) {
    if (signal?.aborted) throw error;
    json = undefined;
  }
  if (response.ok) {
    if (json === undefined) throw new ReceiptLookupError('invalid', `${url} is not JSON`);
    return parseReceiptAnswer(json, text((json as { receipt?: unknown }).receipt) ?? receipt);
  }
  // The receiver answers its errors in JSON; anything else is no receiver at all (a town's own web server, an old kpss-server).
  const code = (json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (typeof code !== 'string') throw new ReceiptLookupError('no-receiver', `HTTP ${response.status} for ${url}`, response.status);
  if (code === 'unknown-receipt') return { receipt, matches: [] };
  const kind: ReceiptLookupFailure =
    response.status === 429 ? 'rate-limited' : code === 'unknown-plan' || code === 'unknown-region' ? 'unknown-plan' : response.status === 400 ? 'bad-code' : 'http';
  throw new ReceiptLookupError(kind, `HTTP ${response.status} (${code}) for ${url}`, response.status);
}

/**
 * The code a link put in the page's address (`?kpss-receipt=3F0C-2A8E`, as
 * the mail to the resident links to the settlement page), as typed; also
 * after a `#` (a link made by adding `?kpss-receipt=` to an address that
 * already ends in a fragment). Empty when there is none.
 */
export function receiptFromAddress(href: string): string {
  try {
    const url = new URL(href);
    const inQuery = url.searchParams.get('kpss-receipt');
    if (inQuery !== null) return inQuery;
    const hash = url.hash.indexOf('?');
    return hash >= 0 ? (new URLSearchParams(url.hash.slice(hash + 1)).get('kpss-receipt') ?? '') : '';
  } catch {
    return '';
  }
}
