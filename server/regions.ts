/**
 * The regions, plans, sections and commenting periods the server accepts
 * comments for, read from the same region JSON files it serves (so the form
 * and the server agree), with the project's own parser (src/data/parse.ts).
 *
 * The folder is scanned again when a file changes (checked at most every
 * `refreshMs`), so a coordinator who edits a file does not restart the server.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegionData } from '../src/data/parse.js';
import { registerReasons } from '../src/data/problems.js';
import { reasonOf } from '../src/data/problem-reasons.js';

// The server logs why a part of a region file was dropped, in words.
registerReasons(reasonOf);
import type { PlanEvent, Survey } from '../src/data/schema.js';

export interface CommentingPeriod {
  /** Inclusive dates, Europe/Prague. */
  readonly from: string;
  readonly until: string;
}

/** A paragraph of the plan's text as the region file has it now (plain text, never HTML). */
export interface ParagraphInfo {
  readonly text: string;
  /** The id of the section or measure the paragraph belongs to (a key of `PlanInfo.sections`). */
  readonly place: string;
}

export interface PlanInfo {
  readonly id: string;
  readonly title: string;
  readonly commenting?: CommentingPeriod;
  /** Section and measure ids → titles: what a comment may point at. */
  readonly sections: ReadonlyMap<string, string>;
  /**
   * Paragraph ids → their text and the section or measure they are in: what a
   * comment from `<kpss-plan>` may quote. Absent (or empty) when the plan's text
   * has no paragraphs.
   */
  readonly paragraphs?: ReadonlyMap<string, ParagraphInfo>;
  /** The sections with their measures, in the plan's order (the settlement groups by them). */
  readonly outline?: ReadonlyArray<{ readonly id: string; readonly title: string; readonly measures?: ReadonlyArray<{ readonly id: string; readonly title: string }> }>;
  /** The public settlement page (mails to residents link to it); may be relative to the server. */
  readonly settlementUrl?: string;
  /** When the settlement is expected (inclusive date). */
  readonly settlementBy?: string;
}

export interface RegionEntry {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  /** The region's coordinator: mails to residents have their address as Reply-To. */
  readonly coordinator?: { readonly name?: string; readonly email?: string };
  readonly plan?: PlanInfo;
  /** The survey with its questions: what answers are checked against. */
  readonly survey?: Survey;
  /** The meetings as the parser kept them (the calendar feed, server/events-feed.ts). */
  readonly events?: readonly PlanEvent[];
  /** The file's modification time (ms) when it was read: the feed's Last-Modified and DTSTAMP. */
  readonly modifiedMs?: number;
}

export interface RegionLookup {
  find(regionId: string): RegionEntry | undefined;
}

interface FileState {
  mtimeMs: number;
  size: number;
  entry?: RegionEntry;
}

type Warn = (message: string) => void;

export class RegionRegistry implements RegionLookup {
  private files = new Map<string, FileState>();
  private byId = new Map<string, RegionEntry>();
  private lastScan = -Infinity;

  constructor(
    readonly dir: string,
    private readonly options: { refreshMs?: number; warn?: Warn } = {},
  ) {
    this.scan();
  }

  find(regionId: string): RegionEntry | undefined {
    const refreshMs = this.options.refreshMs ?? 2000;
    if (performance.now() - this.lastScan > refreshMs) this.scan();
    return this.byId.get(regionId);
  }

  list(): RegionEntry[] {
    return [...this.byId.values()];
  }

  /** Reads the folder again; unchanged files (same mtime and size) are not parsed again. */
  scan(): void {
    this.lastScan = performance.now();
    const warn = this.options.warn ?? ((m: string) => console.warn(`kpss-server: ${m}`));
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json')).sort();
    } catch (error) {
      warn(`cannot read the region folder ${this.dir}: ${(error as Error).message}`);
      names = [];
    }
    const files = new Map<string, FileState>();
    for (const name of names) {
      const file = join(this.dir, name);
      try {
        const stat = statSync(file);
        const previous = this.files.get(file);
        if (previous && previous.mtimeMs === stat.mtimeMs && previous.size === stat.size) {
          files.set(file, previous);
          continue;
        }
        files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, ...readRegion(file, stat.mtimeMs, warn) });
      } catch (error) {
        warn(`${name}: ${(error as Error).message}`);
      }
    }
    this.files = files;
    const byId = new Map<string, RegionEntry>();
    for (const state of files.values()) {
      if (!state.entry) continue;
      const taken = byId.get(state.entry.id);
      if (taken) {
        warn(`${state.entry.file}: region "${state.entry.id}" is already defined by ${taken.file}; ignored`);
        continue;
      }
      byId.set(state.entry.id, state.entry);
    }
    this.byId = byId;
  }
}

function readRegion(file: string, modifiedMs: number, warn: Warn): { entry?: RegionEntry } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    warn(`${file}: not JSON (${(error as Error).message})`);
    return {};
  }
  try {
    const data = parseRegionData(json);
    for (const part of ['plan', 'survey']) {
      const problems = data.warnings.filter((w) => w.path === part || w.path.startsWith(`${part}.`) || w.path.startsWith(`${part}[`));
      if (problems.length) warn(`${file}: the ${part} was dropped: ${problems.map((p) => `${p.path}: ${p.reason.en}`).join('; ')}`);
    }
    const plan = data.plan;
    const sections = new Map<string, string>();
    const paragraphs = new Map<string, ParagraphInfo>();
    const addParagraphs = (place: string, list: readonly { id: string; text: string }[] | undefined) => {
      for (const p of list ?? []) paragraphs.set(p.id, { text: p.text, place });
    };
    for (const section of plan?.sections ?? []) {
      sections.set(section.id, section.title);
      addParagraphs(section.id, section.paragraphs);
      for (const measure of section.measures ?? []) {
        sections.set(measure.id, measure.title);
        addParagraphs(measure.id, measure.paragraphs);
      }
    }
    return {
      entry: {
        id: data.region.id,
        name: data.region.name,
        file,
        ...(data.region.coordinator ? { coordinator: data.region.coordinator } : {}),
        ...(plan
          ? {
              plan: {
                id: plan.id,
                title: plan.title,
                ...(plan.commenting ? { commenting: { from: plan.commenting.from, until: plan.commenting.until } } : {}),
                sections,
                paragraphs,
                outline: plan.sections ?? [],
                ...(plan.settlementUrl ? { settlementUrl: plan.settlementUrl } : {}),
                ...(plan.settlementBy ? { settlementBy: plan.settlementBy } : {}),
              },
            }
          : {}),
        ...(data.survey ? { survey: data.survey } : {}),
        events: data.events,
        modifiedMs,
      },
    };
  } catch (error) {
    warn(`${file}: not a region file (${(error as Error).message})`);
    return {};
  }
}

const PRAGUE_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' });

let cachedMinute = Number.NaN;
let cachedDay = '';

/** The calendar date in Prague, `YYYY-MM-DD` (Intl is slow per request; the day changes only on a minute). */
export function pragueDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedDay = PRAGUE_DAY.format(at);
    cachedMinute = minute;
  }
  return cachedDay;
}

/** Commenting (or a survey) is open on the inclusive Prague dates from–until; no period means closed. */
export function isCommentingOpen(period: CommentingPeriod | undefined, at: Date): boolean {
  if (!period) return false;
  const today = pragueDate(at);
  return period.from <= today && today <= period.until;
}
