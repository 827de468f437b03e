/**
 * Lazy definition of the widgets: each tag's code is loaded with `import()`
 * the first time an element with that tag is in the document.
 */
import { define } from './define.js';

type Loader = () => Promise<CustomElementConstructor>;

export const LOADERS: Readonly<Record<string, Loader>> = {
  'kpss-catalog': () => import('./components/catalog/catalog.js').then((m) => m.KpssCatalog),
  'kpss-events': () => import('./components/events/events.js').then((m) => m.KpssEvents),
  'kpss-feedback-form': () => import('./components/feedback-form/feedback-form.js').then((m) => m.KpssFeedbackForm),
  'kpss-info': () => import('./components/info/info.js').then((m) => m.KpssInfo),
  'kpss-settlement': () => import('./components/settlement/settlement.js').then((m) => m.KpssSettlement),
  'kpss-survey': () => import('./components/survey/survey.js').then((m) => m.KpssSurvey),
};

/**
 * The space a widget takes while its code and data load, before it is even
 * defined (the loading box then keeps it): what follows on the page does not
 * jump when the widget arrives (layout shift). The same rule a page can put
 * in its own <head> so the very first paint has it (README, "Put it on your
 * town's site"). A page sets --kpss-loading-height on an element to change it.
 */
export const RESERVE_CSS =
  ':is(kpss-catalog,kpss-events,kpss-feedback-form,kpss-survey):not(:defined){display:block;min-height:var(--kpss-loading-height,100vh)}' +
  'kpss-info:not(:defined){display:block;min-height:var(--kpss-loading-height,100vh)}kpss-info[variant=compact]:not(:defined){min-height:var(--kpss-loading-height,12em)}' +
  ':is(kpss-settlement,kpss-events[variant=compact]):not(:defined){display:block;min-height:var(--kpss-loading-height,12em)}';

/** Adds RESERVE_CSS to the page once (the script pasted twice adds it once). */
export function reserveSpace(doc: Document): void {
  if (doc.getElementById('kpss-reserve')) return;
  const style = doc.createElement('style');
  style.id = 'kpss-reserve';
  style.textContent = RESERVE_CSS;
  doc.head.append(style);
}

const started = new Map<string, Promise<void>>();

/** Loads and defines one tag (once per page, whichever copy of the script asks). */
export function load(tag: string): Promise<void> {
  let done = started.get(tag);
  if (!done) {
    const loader = LOADERS[tag];
    done = !loader
      ? Promise.resolve()
      : customElements.get(tag)
        ? Promise.resolve()
        : loader().then(
            (ctor) => define(tag, ctor),
            (error: unknown) => console.error(`[kpss] could not load <${tag}>:`, error),
          );
    started.set(tag, done);
  }
  return done;
}

/** Defines every tag present in `root` now, and every tag added to it later. */
export function autoload(root: Document): void {
  const scan = (node: ParentNode) => {
    for (const tag of Object.keys(LOADERS)) {
      if (started.has(tag)) continue;
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) void load(tag);
    }
  };
  scan(root);
  if (started.size === Object.keys(LOADERS).length) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (started.size === Object.keys(LOADERS).length) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
