/**
 * Sending a JSON submission (a comment, a survey answer) and classifying the
 * answer the way the feedback API contract asks a client to act on it:
 * - `ok`: 2xx, stored (201) or already stored (200);
 * - `rejected`: a permanent failure: any other 4xx but 408 and 429 (the
 *   submission is wrong, the period closed, the site is not allowed), 501 (no
 *   receiver at that address: a region file copied to a town's own server
 *   with a relative endpoint). kpss-server makes its refusals readable from
 *   any site (CORS on the 403). Retrying the same body cannot help: the
 *   resident must be told and keeps the text;
 * - `retry`: a transient failure: no answer (offline, DNS, timeout, a server
 *   that is down or an answer lost on the way: it may have been stored, and
 *   the same id makes the retry safe), 408, 429 or another 5xx: keep it and
 *   send it again later with the same id.
 */
export type SendResult =
  | { readonly kind: 'ok'; readonly status: number; readonly body: Record<string, unknown> }
  | { readonly kind: 'rejected'; readonly status: number; readonly code?: string; readonly message?: string }
  | { readonly kind: 'retry'; readonly status?: number; readonly retryAfterMs?: number; readonly reason: string };

export interface SendOptions {
  /** Give up waiting after this long (ms) and treat it as no answer. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export const SEND_TIMEOUT_MS = 20_000;

/** `Retry-After` in seconds or as an HTTP date, in ms from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readError(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
    return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
  } catch {
    return {};
  }
}

export async function postJson(url: string, payload: unknown, options: SendOptions = {}): Promise<SendResult> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? SEND_TIMEOUT_MS);
  const abort = () => timeout.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: timeout.signal,
      // Comments are anonymous unless signed; no cookies of the town's site go with them.
      credentials: 'omit',
      mode: 'cors',
    });
    const status = response.status;
    if (response.ok) {
      let body: Record<string, unknown> = {};
      try {
        const parsed: unknown = await response.json();
        if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
      } catch {
        // A 2xx without a JSON body still means stored.
      }
      return { kind: 'ok', status, body };
    }
    if (status === 408 || status === 429 || (status >= 500 && status !== 501)) {
      const after = retryAfterMs(response.headers.get('retry-after'));
      return { kind: 'retry', status, reason: `HTTP ${status}`, ...(after !== undefined ? { retryAfterMs: after } : {}) };
    }
    return { kind: 'rejected', status, ...(await readError(response)) };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const reason = timeout.signal.aborted ? 'timeout' : error instanceof Error ? error.message : String(error);
    return { kind: 'retry', reason };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
