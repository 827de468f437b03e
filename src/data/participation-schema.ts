/**
 * The rules of the region file's `participation` part (docs/region-data.md):
 * what a town's "how to take part" page says, for `<kpss-info>`. Apart from
 * schema.ts, so only the widget that shows it downloads them (read-region.ts,
 * `registerPart`); `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { isoDate, Link, optText, text, url } from './schema.js';
import { whole, type PartCheck } from './read-region.js';

/** The phases of a planning round, in their order: mapping needs, the survey, meetings, commenting on the draft, the approved plan. */
export const PHASES = ['mapovani', 'anketa', 'setkani', 'pripominkovani', 'schvaleno'] as const;
export type PhaseCode = (typeof PHASES)[number];

/** How the documents to download are grouped: minutes of meetings, analyses, the plan itself, the rest. */
export const DOCUMENT_GROUPS = ['zapisy', 'analyzy', 'plan', 'ostatni'] as const;
export type DocumentGroup = (typeof DOCUMENT_GROUPS)[number];

const Phase = v.object({
  id: v.picklist(PHASES),
  /** The region's own name for the phase; without it the widget names it. */
  title: optText(),
  /** Inclusive dates, Europe/Prague; a phase without `until` lasts until the next one begins. */
  from: isoDate(),
  until: v.optional(isoDate()),
  /** What a resident can do in this phase, in plain words; without it the widget says what the phase usually asks. */
  whatToDo: optText(),
  link: v.optional(Link),
});

const Document = v.object({
  title: text(),
  url: url(),
  group: v.picklist(DOCUMENT_GROUPS),
  /** The file type as residents know it: "PDF", "DOCX", "XLSX". */
  format: optText(),
  /** Bytes. */
  size: v.optional(v.int({ minimum: 0 })),
  date: v.optional(isoDate()),
});

export const Participation = v.object({
  /** What community planning is, in plain words; without it the widget has a default text. */
  about: optText(),
  /** Who can take part; without it the widget has a default text. */
  whoCanTakePart: optText(),
  phases: v.optional(v.array(Phase)),
  /** The project the planning is part of (often funded by the EU's ESF+): its name, registration number and funding line. */
  project: v.optional(v.object({ name: text(), registrationNumber: optText(), funding: optText(), url: v.optional(url()) })),
  documents: v.optional(v.array(Document)),
});

export type Participation = v.Infer<typeof Participation>;
export type ParticipationPhase = v.Infer<typeof Phase>;
export type ParticipationDocument = v.Infer<typeof Document>;

/** The part's rules for the loader (`<kpss-info>` registers them): a bad part is dropped with its problems. */
export const checkParticipation: PartCheck<'participation'> = (input, warnings) => whole(Participation, input, 'participation', warnings);
