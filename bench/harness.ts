/**
 * The in-page half of the resident-facing benchmark (bench/run.mjs). Bundled
 * with esbuild as a classic script and installed with playwright's
 * addInitScript, so it runs before any script of the page: the page itself is
 * only `<kpss-catalog src="/data-N.json">` and the built bundle.
 *
 * It does not touch the widget's code. It watches from outside:
 * - `Element.prototype.attachShadow` is wrapped to get kpss-catalog's shadow
 *   root the moment it exists (and observe it for the first service list);
 * - `setTimeout` / `clearTimeout` are wrapped to see timers the widget
 *   schedules while it handles a keystroke (a debounce would be one);
 * - long tasks are collected with a PerformanceObserver.
 *
 * "Painted": requestAnimationFrame, then a MessageChannel message posted from
 * the rAF callback. The message runs after the frame that rAF belongs to has
 * been rendered (style, layout, paint, commit), so performance.now() there is
 * the moment the frame with the new DOM was produced.
 */

interface TimerRecord {
  readonly delay: number;
  readonly at: number;
  done: boolean;
}

export interface KeystrokeSample {
  readonly value: string;
  /** input event dispatched → painted frame with the new results (or the next frame, if nothing visible changed). */
  readonly ms: number;
  /** The visible results changed (count or the services shown). */
  readonly changed: boolean;
  /** They changed only after the widget had finished handling the input (a debounce or other deferred work). */
  readonly deferred: boolean;
  /** input event dispatched → the target had finished handling it (script: the widget's update done, before style, layout, paint). */
  readonly handledMs: number;
  /** Wall time spent waiting for a deferred change that did not come (not part of ms). */
  readonly settleWaitMs: number;
}

export interface FirstResults {
  /** The list's first service was in the DOM (performance.now(), ms since the navigation started). */
  readonly domAt: number;
  /** The frame showing it was painted. */
  readonly paintedAt: number;
}

interface Target {
  readonly input: HTMLInputElement;
  readonly root: Node;
  signature(): string;
  /** Resolves when the target has finished handling the input (no pending render). */
  handled(): Promise<unknown>;
}

const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);

// ---------------------------------------------------------------------------
// Hooks, installed before the page's scripts

let tracking: TimerRecord[] | undefined;
const byId = new Map<number, TimerRecord>();

window.setTimeout = function (handler: TimerHandler, delay?: number, ...args: unknown[]): number {
  const record: TimerRecord | undefined = tracking ? { delay: Number(delay) || 0, at: performance.now(), done: false } : undefined;
  const id = realSetTimeout(() => {
    if (record) record.done = true;
    byId.delete(id);
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    else (0, eval)(handler);
  }, delay);
  if (record) {
    tracking!.push(record);
    byId.set(id, record);
  }
  return id;
} as typeof window.setTimeout;

window.clearTimeout = function (id?: number): void {
  if (id !== undefined) {
    const record = byId.get(id);
    if (record) record.done = true;
    byId.delete(id);
  }
  realClearTimeout(id);
} as typeof window.clearTimeout;

const longTasks: { start: number; duration: number }[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the figures that use it are left out.
}

/** The frame after now has been painted: rAF, then a message posted from it. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(0);
    }),
  );
}

let catalogRoot: ShadowRoot | undefined;
let firstResults: FirstResults | undefined;
const realAttachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit): ShadowRoot {
  const root = realAttachShadow.call(this, init);
  if (this.localName === 'kpss-catalog' && !catalogRoot) {
    catalogRoot = root;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('ul.cards > li')) return;
      observer.disconnect();
      const domAt = performance.now();
      void afterPaint().then((paintedAt) => (firstResults = { domAt, paintedAt }));
    });
    observer.observe(root, { childList: true, subtree: true });
  }
  return root;
};

// ---------------------------------------------------------------------------
// Typing

/**
 * Timer delays waited for INERT_AFTER times without the results changing, and
 * never followed by a change, are not waited for again on this page: today
 * the catalogue schedules its 600 ms screen-reader announcement on every
 * keystroke, which shows no new results. A debounce of the results would show
 * up as a change after its delay (a "deferred" keystroke) and would always be
 * waited for.
 */
const INERT_AFTER = 3;
const inertDelays = new Map<number, number>();
const resultDelays = new Set<number>();

/** Resolves with true when the signature differs from `before`, false at the deadline. */
function changeBy(target: Target, before: string, deadline: number): Promise<boolean> {
  return new Promise((resolve) => {
    let timer = 0;
    const observer = new MutationObserver(() => {
      if (target.signature() === before) return;
      observer.disconnect();
      realClearTimeout(timer);
      resolve(true);
    });
    observer.observe(target.root, { childList: true, subtree: true, characterData: true, attributes: true });
    const check = () => {
      if (performance.now() >= deadline) {
        observer.disconnect();
        resolve(target.signature() !== before);
      } else timer = realSetTimeout(check, Math.max(1, deadline - performance.now()));
    };
    check();
  });
}

/**
 * One keystroke: the input gets its new value and an `input` event, as when a
 * person types a character. Timed from just before the dispatch to the painted
 * frame that shows the new results. When the results shown are the same once
 * the target has handled the input, the keystroke is timed to the next painted
 * frame; the bench then still waits for any timer the target scheduled while
 * handling it (up to maxDeferMs; see INERT_AFTER) plus settleMs, and if the
 * results change in that time (a debounce), the keystroke is timed to that
 * change's frame.
 */
async function keystroke(target: Target, value: string, settleMs: number, maxDeferMs: number): Promise<KeystrokeSample> {
  const before = target.signature();
  const timers: TimerRecord[] = [];
  tracking = timers;
  const t0 = performance.now();
  target.input.value = value;
  target.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await target.handled();
  const handledMs = performance.now() - t0;
  tracking = undefined;
  if (target.signature() !== before) {
    const t1 = await afterPaint();
    return { value, ms: t1 - t0, handledMs, changed: true, deferred: false, settleWaitMs: 0 };
  }
  const idlePaint = afterPaint();
  const pending = timers.filter((t) => !t.done && t.delay <= maxDeferMs && !((inertDelays.get(t.delay) ?? 0) >= INERT_AFTER && !resultDelays.has(t.delay)));
  const deadline = Math.max(performance.now() + settleMs, ...pending.map((t) => t.at + t.delay + settleMs));
  const waitStart = performance.now();
  const changed = await changeBy(target, before, deadline);
  for (const t of pending) {
    if (changed) resultDelays.add(t.delay);
    else inertDelays.set(t.delay, (inertDelays.get(t.delay) ?? 0) + 1);
  }
  if (changed) {
    await target.handled();
    const t1 = await afterPaint();
    return { value, ms: t1 - t0, handledMs, changed: true, deferred: true, settleWaitMs: 0 };
  }
  const t1 = await idlePaint;
  return { value, ms: t1 - t0, handledMs, changed: false, deferred: false, settleWaitMs: performance.now() - waitStart };
}

/** Types a query key by key into an emptied input; returns one sample per key. */
async function typeQuery(target: Target, query: string, settleMs: number, maxDeferMs: number): Promise<KeystrokeSample[]> {
  if (target.input.value !== '') await keystroke(target, '', settleMs, maxDeferMs); // not measured: back to the full list
  const samples: KeystrokeSample[] = [];
  for (let i = 1; i <= query.length; i++) samples.push(await keystroke(target, query.slice(0, i), settleMs, maxDeferMs));
  return samples;
}

// ---------------------------------------------------------------------------
// Targets: the catalogue, and the plain fuse.js anchor

function catalogTarget(): Target {
  const host = document.querySelector('kpss-catalog') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  const root = catalogRoot;
  const input = root?.querySelector<HTMLInputElement>('input#q, input[type="search"]');
  if (!host || !root || !input) throw new Error('kpss-catalog, its shadow root or its search input is missing');
  return {
    input,
    root,
    signature: () => {
      const count = root.querySelector('#results-count')?.textContent?.trim() ?? '';
      const ids = [...root.querySelectorAll<HTMLElement>('ul.cards > li')].map((li) => li.dataset.id ?? li.textContent?.slice(0, 40)).join(',');
      return `${count}|${ids}|${root.querySelector('.empty') ? 'empty' : ''}`;
    },
    handled: async () => {
      // Lit: updateComplete resolves true when no further update is pending.
      while (!(await host.updateComplete));
    },
  };
}

interface FuseAnchor {
  readonly input: HTMLInputElement;
  readonly root: HTMLElement;
  readonly buildMs: number;
}

function fuseTarget(anchor: FuseAnchor): Target {
  return {
    input: anchor.input,
    root: anchor.root,
    signature: () => anchor.root.textContent ?? '',
    handled: () => Promise.resolve(), // its input listener renders synchronously
  };
}

let fuseAnchor: FuseAnchor | undefined;

const api = {
  afterPaint,
  get firstResults() {
    return firstResults;
  },
  get catalogReady() {
    return !!catalogRoot && !!firstResults;
  },
  /** Long tasks that started in [from, to]. */
  longTasksBetween(from: number, to: number) {
    return longTasks.filter((t) => t.start >= from && t.start <= to);
  },
  /** The region JSON's resource timing (fetchStart, responseEnd, transfer size). */
  resource(suffix: string) {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix)) as PerformanceResourceTiming | undefined;
    return entry ? { fetchStart: entry.fetchStart, responseStart: entry.responseStart, responseEnd: entry.responseEnd, bytes: entry.encodedBodySize } : undefined;
  },
  typeCatalog(query: string, settleMs: number, maxDeferMs: number) {
    return typeQuery(catalogTarget(), query, settleMs, maxDeferMs);
  },
  /** Loads /fuse-anchor.js and mounts the plain fuse.js list over the same file; returns its load figures. */
  async mountFuse(dataUrl: string) {
    const anchorUrl = '/fuse-anchor.js'; // served by bench/run.mjs, not bundled
    const module = (await import(/* @vite-ignore */ anchorUrl)) as { mountFuse(url: string, afterPaint: () => Promise<number>): Promise<FuseAnchor & { fetchedAt: number; paintedAt: number }> };
    const anchor = await module.mountFuse(dataUrl, afterPaint);
    fuseAnchor = anchor;
    return { buildMs: anchor.buildMs, fetchedAt: anchor.fetchedAt, paintedAt: anchor.paintedAt };
  },
  typeFuse(query: string, settleMs: number, maxDeferMs: number) {
    if (!fuseAnchor) throw new Error('mountFuse first');
    return typeQuery(fuseTarget(fuseAnchor), query, settleMs, maxDeferMs);
  },
  /** Sanity check: an input with no listener, timed the same way (the floor of the method). */
  async noop(n: number) {
    const root = document.createElement('div');
    const input = document.createElement('input');
    root.append(input);
    document.body.append(root);
    const target: Target = { input, root, signature: () => input.value, handled: () => Promise.resolve() };
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push((await keystroke(target, 'x'.repeat(i % 5), 0, 0)).ms);
    root.remove();
    return samples;
  },
};

(window as unknown as { kpssBench: typeof api }).kpssBench = api;
