/**
 * Czech, the default language: its shape is the strings interface every
 * language follows. The sections live in `cs/`: `common` is in every page's
 * shared chunk; each widget imports its own sections (see `csStrings` on the
 * widget classes), so a page carries only the Czech it shows.
 */
import { common } from './cs/common.js';
import { catalog } from './cs/catalog.js';
import { events } from './cs/events.js';
import { feedback } from './cs/feedback.js';
import { form } from './cs/form.js';
import { settlement } from './cs/settlement.js';
import { survey } from './cs/survey.js';
import { info } from './cs/info.js';

export const cs = { common, catalog, events, form, feedback, settlement, survey, info };

export type Strings = typeof cs;
