/**
 * The outbox: submissions (comments, survey answers) that could not be sent
 * wait here, in IndexedDB and in `localStorage` (a copy, and the one read
 * where IndexedDB is missing), until a server answers. Nothing a resident
 * wrote is lost to a dead mobile connection, a server restart or a closed tab.
 *
 * - An item keeps its id (the idempotency key) and its exact body, so however
 *   many times it is retried, the server stores it once.
 * - It is retried with exponential backoff (5 s doubling up to 5 min, with
 *   jitter, never sooner than a `Retry-After`), at once on the `online` event,
 *   and on the next page load by any widget that starts the outbox.
 * - A 2xx removes it (`sent` event). A 4xx removes it too, but the item moves to
 *   `failures` with the server's message until a widget hands the text back to
 *   its author (`rejected` event), so even a refused comment is not lost.
 * - Several tabs share one outbox: the Web Locks API (where present) keeps two
 *   tabs from sending at once; the idempotency key makes it harmless anyway.
 * - Without usable IndexedDB and `localStorage` (private mode, quota) items
 *   live in memory while the page is open; `add()` reports that so the widget
 *   can say so.
 * - Before each round of retries both stores are read: an item only one of
 *   them still has is kept; an item this page saw waiting that neither has any
 *   more (site data cleared), and that no tab sent, is reported (`lost` event,
 *   with the entry as the page last saw it), never as sent.
 *
 * The feedback form and the survey share this one module (no copied code).
 */
import { postJson, type SendResult } from './send.js';
import { idbStore, type KeyValue } from './idb.js';

export interface OutboxEntry {
  /** The submission's id: its idempotency key. */
  readonly id: string;
  /** What it is ('feedback', 'survey'): which widget shows it. */
  readonly kind: string;
  /** Which region/plan (or survey) it belongs to, e.g. "klatovsko/kp-2026". */
  readonly scope: string;
  /** Absolute URL it is sent to. */
  readonly endpoint: string;
  readonly payload: unknown;
  readonly queuedAt: number;
  readonly attempts: number;
  readonly nextAt: number;
  readonly lastError?: string;
}

export interface OutboxFailure {
  readonly entry: OutboxEntry;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
}

export interface SentDetail {
  readonly entry: OutboxEntry;
  readonly body: Record<string, unknown>;
}

interface Stored {
  pending: OutboxEntry[];
  failures: OutboxFailure[];
}

type Send = (url: string, payload: unknown) => Promise<SendResult>;

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Delay before attempt n+1 after n failed attempts, with ±25 % jitter. */
export function backoff(attempts: number, random = Math.random): number {
  const base = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
  return Math.round(base * (0.75 + random() * 0.5));
}

/** `localStorage` if it can really be written (it throws in some private modes). */
export function usableLocalStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = '__kpss_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

export class Outbox extends EventTarget {
  private memory: Stored = { pending: [], failures: [] };
  private inFlight = new Set<string>();
  private flushing?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private started = false;

  constructor(
    private readonly storage: Storage | undefined = usableLocalStorage(),
    readonly key = 'kpss-outbox-v1',
    private readonly send: Send = (url, payload) => postJson(url, payload),
    private readonly now: () => number = () => Date.now(),
    private readonly idb?: KeyValue,
  ) {
    super();
  }

  /** What this page saw waiting, by id: what it can still show when storage loses it. */
  private readonly seen = new Map<string, OutboxEntry>();
  /** Queued since the running flush began. */
  private readonly fresh = new Set<string>();

  /** The ids sent or refused from this device (by any tab) lately: missing from the stores, but not lost. */
  private done(): string[] {
    return (this.safe(() => JSON.parse(this.storage!.getItem(`${this.key}-done`) ?? '[]')) as string[] | undefined) ?? [];
  }

  private markDone(id: string): void {
    this.safe(() => this.storage!.setItem(`${this.key}-done`, JSON.stringify([...this.done(), id].slice(-50))));
  }

  /** Set when a write failed (quota, private mode): from then on the outbox lives in memory. */
  private storageFailed = false;

  /** Set when IndexedDB failed (some private modes). */
  private idbFailed = false;

  /** Whether items survive a reload (false: kept in memory only). */
  get persistent(): boolean {
    return (this.storage !== undefined && !this.storageFailed) || (this.idb !== undefined && !this.idbFailed);
  }

  private read(): Stored {
    const state = this.storage && !this.storageFailed ? this.parse(this.safe(() => this.storage!.getItem(this.key))) : this.memory;
    for (const p of state.pending) this.seen.set(p.id, p);
    return state;
  }

  private safe<T>(get: () => T): T | undefined {
    try {
      return get();
    } catch {
      return undefined;
    }
  }

  private parse(raw: unknown): Stored {
    const parsed = (typeof raw === 'string' ? this.safe(() => JSON.parse(raw) as unknown) : raw) as Partial<Stored> | null | undefined;
    return {
      pending: Array.isArray(parsed?.pending) ? parsed.pending : [],
      failures: Array.isArray(parsed?.failures) ? parsed.failures : [],
    };
  }

  /**
   * Both stores: what IndexedDB still has and `localStorage` lost (or never
   * could write) is taken back, unless a tab has sent it meanwhile.
   */
  private async stored(): Promise<Stored> {
    let far: Stored | undefined;
    try {
      far = this.idb ? this.parse(await this.idb.get(this.key)) : undefined;
    } catch {
      this.idbFailed = true;
    }
    const local = this.read();
    const missing = (far?.pending ?? []).filter((p) => !local.pending.some((q) => q.id === p.id) && !this.done().includes(p.id));
    if (!missing.length) return local;
    this.update((state) => void state.pending.push(...missing));
    return this.read();
  }

  /** Writes; on a full or broken storage keeps the state in memory and returns false. */
  private write(state: Stored): boolean {
    this.memory = state;
    for (const p of state.pending) this.seen.set(p.id, p);
    const empty = state.pending.length === 0 && state.failures.length === 0;
    // In call order, so the last write wins; a failure leaves the localStorage copy.
    this.idb?.set(this.key, empty ? undefined : state).catch(() => (this.idbFailed = true));
    if (!this.storage || this.storageFailed) return false;
    try {
      if (empty) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(state));
      return true;
    } catch {
      this.storageFailed = true;
      return false;
    }
  }

  private update(change: (state: Stored) => void): boolean {
    const state = this.read();
    change(state);
    const saved = this.write(state);
    this.dispatchEvent(new Event('change'));
    return saved;
  }

  /**
   * Queues a submission for retry. Returns whether it was saved on the device
   * (false: it is kept in memory and sent while the page stays open).
   */
  add(entry: Omit<OutboxEntry, 'queuedAt' | 'attempts' | 'nextAt'> & { attempts?: number; retryAfterMs?: number; lastError?: string }): boolean {
    const { retryAfterMs, ...rest } = entry;
    const attempts = entry.attempts ?? 1;
    const now = this.now();
    const item: OutboxEntry = { ...rest, attempts, queuedAt: now, nextAt: now + Math.max(backoff(attempts), retryAfterMs ?? 0) };
    this.fresh.add(item.id);
    const saved = this.update((state) => {
      state.pending = state.pending.filter((p) => p.id !== item.id);
      state.pending.push(item);
    });
    this.schedule();
    return saved || (this.idb !== undefined && !this.idbFailed);
  }

  pending(scope?: string, kind?: string): OutboxEntry[] {
    return this.read().pending.filter((p) => (scope === undefined || p.scope === scope) && (kind === undefined || p.kind === kind));
  }

  failures(scope?: string, kind?: string): OutboxFailure[] {
    return this.read().failures.filter((f) => (scope === undefined || f.entry.scope === scope) && (kind === undefined || f.entry.kind === kind));
  }

  /** The widget has handed a refused submission back to its author. */
  dismissFailure(id: string): void {
    this.update((state) => {
      state.failures = state.failures.filter((f) => f.entry.id !== id);
    });
  }

  /**
   * Listens for `online`, tries every waiting item once now (a page load is a
   * fresh chance, whatever the backoff said), and keeps a timer for the rest.
   * Idempotent.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    void this.flush(true);
  }

  stop(): void {
    this.started = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onOnline = () => void this.flush(true);

  /** Sends every due item (every item with `all`), one at a time. */
  flush(all = false): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (all ? this.flush(true) : undefined));
    const run = async () => {
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      if (locks && this.storage) await locks.request(`${this.key}-send`, () => this.sendDue(all));
      else await this.sendDue(all);
    };
    this.flushing = run().finally(() => {
      this.flushing = undefined;
      this.schedule();
    });
    return this.flushing;
  }

  private async sendDue(all: boolean): Promise<void> {
    // `all` means what waited when the flush began, not what is queued while the stores are read.
    this.fresh.clear();
    const state = await this.stored();
    for (const [id, entry] of this.seen) {
      if (this.inFlight.has(id) || state.pending.some((p) => p.id === id)) continue;
      this.seen.delete(id);
      if (!this.done().includes(id)) this.dispatchEvent(new CustomEvent<OutboxEntry>('lost', { detail: entry }));
    }
    const due = state.pending.filter((p) => ((all && !this.fresh.has(p.id)) || p.nextAt <= this.now()) && !this.inFlight.has(p.id));
    for (const entry of due) {
      // Another tab may have sent it meanwhile.
      if (!this.read().pending.some((p) => p.id === entry.id)) continue;
      this.inFlight.add(entry.id);
      let result: SendResult;
      try {
        result = await this.send(entry.endpoint, entry.payload);
      } catch (error) {
        result = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
      } finally {
        this.inFlight.delete(entry.id);
      }
      this.settle(entry, result);
    }
  }

  private settle(entry: OutboxEntry, result: SendResult): void {
    if (result.kind === 'retry') {
      const attempts = entry.attempts + 1;
      const nextAt = this.now() + Math.max(backoff(attempts), result.retryAfterMs ?? 0);
      this.update((state) => {
        state.pending = state.pending.map((p) => (p.id === entry.id ? { ...p, attempts, nextAt, lastError: result.reason } : p));
      });
      return;
    }
    this.markDone(entry.id);
    this.seen.delete(entry.id);
    this.update((state) => {
      state.pending = state.pending.filter((p) => p.id !== entry.id);
      if (result.kind === 'rejected') {
        const { kind: _kind, ...rest } = result;
        state.failures.push({ entry, ...rest });
      }
    });
    if (result.kind === 'ok') this.dispatchEvent(new CustomEvent<SentDetail>('sent', { detail: { entry, body: result.body } }));
    else this.dispatchEvent(new CustomEvent<OutboxFailure>('rejected', { detail: this.failures().find((f) => f.entry.id === entry.id)! }));
  }

  /** One timer for the earliest due item. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.started) return;
    const next = Math.min(...this.read().pending.map((p) => p.nextAt));
    if (!Number.isFinite(next)) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, next - this.now()) + 50);
  }
}

let shared: Outbox | undefined;
/** The page's outbox, shared by every widget (and by every copy of the script). */
export function sharedOutbox(): Outbox {
  const g = globalThis as { __kpssOutbox?: Outbox };
  shared ??= g.__kpssOutbox ??= new Outbox(usableLocalStorage(), undefined, undefined, undefined, idbStore());
  return shared;
}
