/** Test helpers: a fetch stub that counts requests, and waiting for a widget to settle. */
import type { LitElement } from 'lit';
import { clearRegionCache } from '../src/data/load.js';
import { idbStore } from '../src/data/idb.js';
import { sharedOutbox } from '../src/data/outbox.js';

type Route = (request: Request) => Response | Promise<Response>;

export interface FetchStub {
  /** Every URL requested, in order. */
  readonly calls: string[];
  restore(): void;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

/**
 * Replaces window.fetch: a route matches when the URL's path ends with its key.
 * Unknown URLs answer 404. Abort signals are honoured like the real fetch.
 */
export function stubFetch(routes: Record<string, Route>): FetchStub {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request.url);
    const signal = init?.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    const path = new URL(request.url).pathname;
    const key = Object.keys(routes).find((k) => path.endsWith(k));
    const respond = async () => (key ? routes[key]!(request) : new Response('not found', { status: 404 }));
    if (!signal) return respond();
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
      respond().then(resolve, reject);
    });
  };
  clearRegionCache();
  return {
    calls,
    restore() {
      window.fetch = original;
      clearRegionCache();
    },
  };
}

/** Waits until the element's region task has settled and it has rendered. */
export async function settled(el: LitElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root && !root.querySelector('.loading')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`<${el.localName}> did not settle`);
}

/** Visible text of a shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Empties the page's outbox in both its stores (localStorage and IndexedDB):
 * a test that only cleared localStorage would get the IndexedDB copy back.
 */
export async function clearOutboxStores(): Promise<void> {
  // And what the page saw waiting: else the next retry reports an earlier test's entry as lost.
  (sharedOutbox() as unknown as { seen: Map<string, unknown> }).seen.clear();
  localStorage.removeItem('kpss-outbox-v1');
  localStorage.removeItem('kpss-outbox-v1-done');
  await idbStore()?.set('kpss-outbox-v1', undefined);
}
