/**
 * The script-tag entry (`dist/kpss-widgets.js`). It is small: it defines each
 * element only when the page has one, by loading that widget's code with
 * `import()`. A page with the events list never downloads the catalogue's
 * search or the form; the code all widgets share (lit, the data loader, the
 * strings) is one chunk, fetched once.
 *
 * Safe to load twice (a tag already defined is left alone; both copies load
 * the same chunk URLs, so the browser evaluates each chunk once).
 * Elements added later (a CMS that renders on the client, a tab opened) are
 * seen by a MutationObserver; `whenDefined` works as usual.
 */
import { autoload, reserveSpace } from './autoload.js';

reserveSpace(document);
autoload(document);
