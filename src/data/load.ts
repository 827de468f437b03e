/**
 * The one way widgets get region data: fetch, parse, validate, cache.
 * One promise per URL, so three widgets on a page fetch the file once. Each
 * caller passes its own AbortSignal: aborting stops waiting for that caller,
 * and the shared request is aborted only when every caller has gone.
 * Failures are not cached, so a later attempt fetches again.
 */
import { readRegion, RegionDataError, type RegionData } from './read-region.js';
import type { DataProblem } from './problems.js';
import { formatProblem, registerReasons } from './problems.js';

/** The wording of problems comes in its own chunk, only for a file that has one. */
export async function wordProblems(): Promise<void> {
  const { reasonOf } = await import('./problem-reasons.js');
  registerReasons(reasonOf);
}

interface Entry {
  readonly promise: Promise<RegionData>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

function absolute(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Why a request that got no readable answer failed: `offline` (the device
 * says so), `blocked` (the server answers, but not to this page: a
 * `no-cors` request, which the browser lets through without showing the
 * answer, succeeds, so the CORS check refused it), or `unreachable` (no
 * server answered, which may pass). A POST whose answer was lost may have
 * been stored, so senders (send.ts) never call a failure blocked.
 */
async function reachability(url: string, signal?: AbortSignal): Promise<'offline' | 'blocked' | 'unreachable'> {
  if (globalThis.navigator?.onLine === false) return 'offline';
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', ...(signal ? { signal } : {}) });
    return 'blocked';
  } catch {
    return 'unreachable';
  }
}

async function fetchRegion(url: string, signal: AbortSignal): Promise<RegionData> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw error;
    // Tell "blocked for this site" (CORS: the README's hosting section) from "offline" and "no server".
    const why = await reachability(url, signal);
    const kind = why === 'blocked' ? 'blocked' : why === 'offline' ? 'offline' : 'network';
    throw new RegionDataError(kind, `could not fetch ${url} (${why}): ${String(error)}`);
  }
  if (!response.ok) {
    throw new RegionDataError('http', `HTTP ${response.status} for ${url}`, [], response.status);
  }
  let json: unknown;
  const started = performance.now();
  try {
    // Parsed from the bytes: a national file (10 MB) is not decoded into one string first.
    json = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RegionDataError('not-json', `${url} is not JSON: ${String(error)}`);
  }
  // Each part is checked when a widget first reads it; its skipped records are logged then, once per file (the data is shared).
  const warn = (problems: readonly DataProblem[]) =>
    void wordProblems().then(() =>
      console.warn(`[kpss] ${url}: skipped ${problems.length} invalid part(s):\n${problems.map((w) => `  ${formatProblem(w)}`).join('\n')}`),
    );
  let data: RegionData;
  try {
    data = readRegion(json, warn);
  } catch (error) {
    if (!(error instanceof RegionDataError) || error.problems.length === 0) throw error;
    // The words of its problems, for the log and the error box's details.
    await wordProblems();
    throw new RegionDataError(error.kind, error.problems.map((p) => formatProblem(p)).join('; '), error.problems);
  }
  // For whoever measures a page (bench/): from the answer's headers to the checked frame (the rest of the body, JSON, the frame's checks).
  performance.measure?.('kpss:parse', { start: started });
  return data;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** Loads and validates a region file; rejects with RegionDataError (or the abort reason). */
export function loadRegion(src: string, signal?: AbortSignal): Promise<RegionData> {
  const url = absolute(src);
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const promise = fetchRegion(url, controller.signal);
    const created: Entry = { promise, controller, waiting: 0, settled: false };
    promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (cache.get(url) === created) cache.delete(url);
      },
    );
    cache.set(url, created);
    entry = created;
  }
  if (!signal) return entry.promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  const shared = entry;
  shared.waiting++;
  return new Promise<RegionData>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(url) === shared) cache.delete(url);
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        reject(error);
      },
    );
  });
}

/** Forgets cached files (tests; a page that knows its data changed). */
export function clearRegionCache(): void {
  cache.clear();
}
