/**
 * The paragraph of the plan's text a comment quotes (`<kpss-plan>`), on the
 * desk: in full on the comment's page, shortened in the plan's list.
 *
 * The text is the region file's as it is now, not as the resident read it:
 * the database keeps only the paragraph's id. When the id is gone from the
 * file (the plan was edited), the desk says so instead of showing nothing,
 * so the coordinator knows the comment was on a paragraph.
 */
import { html, type Html } from './html.js';
import type { PlanInfo } from '../regions.js';
import type { StoredComment } from '../store/types.js';
import { sectionLabel } from './page-layout.js';

/** What of the plan a page needs to quote: the current plan's, or undefined for an earlier plan. */
export interface QuoteSource {
  sections: PlanInfo['sections'] | undefined;
  paragraphs?: PlanInfo['paragraphs'] | undefined;
}

/** Characters of the short quote in the plan's list, about a line and a half of the table. */
export const SHORT_QUOTE = 120;

/**
 * At most `max` characters (code points, as people count them) of the text on
 * one line, cut at a word with "…". A word longer than half of it is cut
 * inside, rather than leaving almost nothing.
 */
export function shortQuote(text: string, max = SHORT_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  // One character more: if it is a space, the first `max` end at a word already.
  const head = chars.slice(0, max + 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > 0 && [...head.slice(0, space)].length >= max / 2 ? head.slice(0, space) : chars.slice(0, max).join('');
  return `${cut.replace(/[\s,;:–-]+$/u, '')}…`;
}

const gone = (id: string) => html`<p class="note">Odstavec ${id} už v plánu není (plán se od podání připomínky změnil).</p>`;

/** The comment page's "Komentuje odstavec" block; nothing for a comment without a paragraph. */
export function paragraphBlock(c: StoredComment, source: QuoteSource): Html | string {
  if (!c.paragraphId) return '';
  const paragraph = source.paragraphs?.get(c.paragraphId);
  if (!paragraph) return html`<h2>Komentuje odstavec</h2>${gone(c.paragraphId)}`;
  return html`<h2>Komentuje odstavec</h2>
    <figure class="quote">
      <figcaption>${sectionLabel(paragraph.place, source.sections)}, odstavec ${c.paragraphId} (znění podle současného souboru plánu)</figcaption>
      <blockquote><p class="pre">${paragraph.text}</p></blockquote>
    </figure>`;
}

/** The plan list's short quote of the paragraph; nothing for a comment without one. */
export function paragraphExcerpt(c: StoredComment, source: QuoteSource): Html | string {
  if (!c.paragraphId) return '';
  const paragraph = source.paragraphs?.get(c.paragraphId);
  if (!paragraph) return gone(c.paragraphId);
  return html`<p class="quote"><span class="label">K odstavci:</span> <q>${shortQuote(paragraph.text)}</q></p>`;
}
