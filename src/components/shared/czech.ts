import { html, nothing } from 'lit';

/**
 * The region's own texts (names, addresses, descriptions, questions,
 * comments) are Czech whatever language the widget speaks. Marked
 * `lang="cs"`, a screen reader reads them with a Czech voice on an English
 * or Ukrainian page (WCAG 3.1.2, language of parts). Elements that hold only
 * data carry the attribute themselves; this wraps data inside mixed text.
 */
export const czech = (text: unknown) => html`<span lang="cs">${text}</span>`;

/**
 * The `lang` of a resident's own words (a comment, a proposal): Czech, unless
 * they are written in Cyrillic; those keep the language around them (a
 * Ukrainian comment on a Ukrainian page is read as Ukrainian).
 */
export const residentLang = (text: string) => (/\p{Script=Cyrillic}/u.test(text) ? nothing : 'cs');
