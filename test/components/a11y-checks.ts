/**
 * Checks a widget in one state the way residents meet it, beyond axe:
 * ids unique in each tree, every control named (Chromium's accessibility
 * tree), nothing wider than a 320 px phone, and Czech data marked Czech on
 * pages in other languages (WCAG 4.1.1, 4.1.2, 1.4.10, 3.1.2).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Every shadow root under `root`, `root` first. */
function trees(root: ShadowRoot | Document, out: (ShadowRoot | Document)[] = []): (ShadowRoot | Document)[] {
  out.push(root);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) trees(el.shadowRoot, out);
  return out;
}

/** Ids used twice in one tree (a label or aria reference then points at the wrong element). */
export function duplicateIds(el: Element): string[] {
  const out: string[] = [];
  for (const tree of trees(el.shadowRoot!)) {
    const seen = new Set<string>();
    for (const node of tree.querySelectorAll('[id]')) {
      if (seen.has(node.id)) out.push(`id "${node.id}" twice in <${(tree as ShadowRoot).host?.localName ?? 'document'}>`);
      seen.add(node.id);
    }
  }
  return [...new Set(out)];
}

interface AxControl {
  role: string;
  name: string;
  id: string | null;
  tag: string;
}

/** Controls and links without an accessible name, as Chromium's accessibility tree has them (the whole page). */
export async function unnamedControls(): Promise<string[]> {
  const controls = ((await executeServerCommand('ax-controls')) as AxControl[] | undefined) ?? [];
  return controls.filter((c) => !c.name).map((c) => `unnamed ${c.role} <${c.tag}${c.id ? ` id="${c.id}"` : ''}>`);
}

/** Whether an element is clipped away on purpose (visually hidden) or scrolls within its own box. */
function exempt(node: Element): boolean {
  for (let e: Element | null = node; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
    const style = getComputedStyle(e);
    if (style.clip !== 'auto' && style.position === 'absolute') return true;
    // The map's tiles and markers are clipped by the map's box, by design.
    if (e.classList.contains('leaflet-container')) return true;
    if (e !== node && /auto|scroll/.test(style.overflowX)) return true;
  }
  return false;
}

/** What sticks out to the right of a `width` px viewport, and whether the page scrolls sideways. */
export function overflow(el: Element, width = 320): string[] {
  const out: string[] = [];
  const page = document.documentElement.scrollWidth;
  if (page > width + 1) out.push(`the page is ${page} px wide`);
  if (el.scrollWidth > el.clientWidth + 1) out.push(`<${el.localName}> holds ${el.scrollWidth} px in ${el.clientWidth}`);
  for (const tree of trees(el.shadowRoot!)) {
    for (const node of tree.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || exempt(node)) continue;
      const what = `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
      out.push(`${what} reaches ${Math.round(box.right)} px`);
    }
  }
  return [...new Set(out)].slice(0, 8);
}

/**
 * Czech data not marked Czech (WCAG 3.1.2) on a page in another language:
 * text nodes that are a data string whole, and attributes people hear
 * (optgroup and option labels, title, aria-label) that hold one, whose
 * nearest `lang` is not `cs`.
 */
export function unmarked(el: Element, data: readonly string[]): string[] {
  // Web and e-mail addresses belong to no language; Cyrillic is not Czech.
  const set = new Set(data.filter((d) => /\p{L}{2}/u.test(d) && !/^https?:|@|\p{Script=Cyrillic}/u.test(d)));
  // Passages long enough to be read as Czech inside a sentence of ours (names of places alone are not).
  const longData = [...set].filter((d) => d.length >= 12 && /\s/.test(d));
  const langOf = (start: Element | null) => {
    for (let e = start; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
      const lang = e.getAttribute('lang');
      if (lang !== null) return lang;
    }
    return null;
  };
  const out: string[] = [];
  for (const tree of trees(el.shadowRoot!)) {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        for (const name of ['label', 'title', 'aria-label']) {
          const value = element.getAttribute(name)?.trim();
          if (value && set.has(value) && langOf(element) !== 'cs') out.push(`${element.localName}[${name}]: ${value}`);
        }
        continue;
      }
      const text = (node.textContent ?? '').trim();
      if (!text || node.parentElement?.closest('style') || langOf(node.parentElement) === 'cs') continue;
      // The data whole, or quoted inside our words ("Comments on „Komunitní plán…“"): a passage of its own.
      const quoted = set.has(text) ? text : longData.find((d) => text.includes(d));
      if (quoted) out.push(`${node.parentElement?.localName}.${node.parentElement?.className}: ${quoted}`);
    }
  }
  return [...new Set(out)];
}

/**
 * Tap targets smaller than `min` × `min` CSS px (a finger, a shaky hand):
 * links, buttons, selects, text fields, and for a checkbox or radio button its
 * label (the label is what a finger presses). A link inside a sentence counts
 * too when it is the card's or the list's main action; links in running prose
 * (a paragraph of the region's own text) are exempt, as WCAG exempts them.
 */
export function smallTargets(el: Element, min = 44): string[] {
  const out: string[] = [];
  for (const tree of trees(el.shadowRoot!)) {
    for (const node of tree.querySelectorAll<HTMLElement>('a[href], button, summary, select, input, textarea, label[for], [role="button"]')) {
      if (node.matches('input[type="checkbox"], input[type="radio"], input[type="hidden"]') || exemptTarget(node)) continue;
      // A label is the target of its checkbox or radio button; a text field's label is not pressed.
      if (node.localName === 'label' && !(tree as ShadowRoot).getElementById?.((node as HTMLLabelElement).htmlFor)?.matches('[type="checkbox"], [type="radio"]')) continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        const what = `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
        out.push(`${what} "${(node.textContent ?? node.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" is ${Math.round(box.width)} × ${Math.round(box.height)}`);
      }
    }
  }
  return [...new Set(out)];
}

/** Hidden on purpose, or a link in running prose. */
function exemptTarget(node: HTMLElement): boolean {
  if (exempt(node) && !node.closest('.leaflet-container')) return true;
  // A trap for robots, hidden from people (the comment form's "website" field).
  if (node.closest('[aria-hidden="true"]') || node.tabIndex === -1) return true;
  const style = getComputedStyle(node);
  if (style.visibility === 'hidden' || style.display === 'none') return true;
  return node.localName === 'a' && !!node.closest('.prose, .pre, .intro, .privacy, .hint, dd > span');
}
