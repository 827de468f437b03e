import { html, nothing, type PropertyDeclarations } from 'lit';
import { checkParticipation, PHASES } from '../../data/participation-schema.js';
import { registerPart } from '../../data/read-region.js';
import { KpssElement } from '../shared/kpss-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { infoStyles } from './info.styles.js';
import type { RegionData } from '../../data/parse.js';
import type { Participation } from '../../data/schema.js';
import { isDay, planningRound, pragueDay, type Round, type TimedPhase } from '../../data/phase.js';
import { info } from '../../l10n/cs/info.js';
import { dataLink, heading, renderContact, renderDocument, renderDocuments, renderProject, type PartsContext } from './info-parts.js';

export type InfoVariant = 'full' | 'compact';

const variantConverter = { fromAttribute: (v: string | null): InfoVariant => (v?.trim().toLowerCase() === 'compact' ? 'compact' : 'full') };
const levelConverter = {
  fromAttribute: (v: string | null): number => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 3;
  },
};

/** The status marks of the timeline: a symbol beside the word, so the state never rests on colour. */
const MARKS = { done: '✓', now: '▶', coming: '○' } as const;
const TICK = 60_000;

/** Date formats per language, made once (a render writes a dozen dates). */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Prague', day: 'numeric', month: 'long', year: 'numeric' })));
  return f;
}
const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();
/** A contract day as an instant that is that day in Prague (noon UTC). */
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * "1. června – 30. června 2026": the year once when both days are in it.
 * Not Intl's formatRange, which writes Czech ranges in numbers ("1.–30. 6. 2026").
 */
function dayRange(locale: string, from: string, until: string): string {
  const full = dateFormat(locale);
  if (from.slice(0, 4) !== until.slice(0, 4)) return `${full.format(noon(from))} – ${full.format(noon(until))}`;
  let f = dayMonthFormats.get(locale);
  if (!f) dayMonthFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Prague', day: 'numeric', month: 'long' })));
  return `${f.format(noon(from))} – ${full.format(noon(until))}`;
}

/**
 * @tagname kpss-info
 * @summary "Jak se zapojit": what community planning is, what is happening
 * now and what a resident can do, the phases of the planning round (done, now,
 * coming), who can take part, the coordinator's contacts, the project and the
 * documents to download, from the region file's `participation` part (without
 * it: the default texts and the contact). The phase is chosen from the dates
 * and today in Europe/Prague. A compact variant for a sidebar: the phase, what
 * to do now, the contact.
 *
 * @csspart base - The widget's root box.
 * @csspart error - The error box shown when the data cannot be loaded.
 * @csspart current - The box with what is happening now and what you can do.
 * @csspart link - The current phase's link (to the survey, the form, the meetings…).
 * @csspart timeline - The list of phases (done, now, coming).
 * @csspart step - One phase in the timeline.
 * @csspart contact - The coordinator's contacts.
 * @csspart project - The project with its registration number and funding.
 * @csspart documents - The documents to download, by group.
 */
export class KpssInfo extends KpssElement {
  // The rules of the part of the region file this widget shows: checked when first read (read-region.ts).
  static {
    registerPart('participation', checkParticipation);
  }

  static override styles = [hostStyles, infoStyles];
  static override csStrings = { info };

  static override properties: PropertyDeclarations = {
    variant: { converter: variantConverter },
    today: {},
    headingLevel: { attribute: 'heading-level', converter: levelConverter },
  };

  /** `full` (default) or `compact`: the current phase, what to do now and the contact, for a sidebar. */
  variant: InfoVariant = 'full';
  /**
   * Today's date as `YYYY-MM-DD`, to test or preview another day (a phase
   * that begins next week); anything else is ignored with a console warning.
   * Unset: today in Europe/Prague, checked every minute.
   */
  today = '';
  /** Level of the widget's headings (2–6, default 3); the document groups' are one below. */
  headingLevel = 3;

  private timer?: ReturnType<typeof setInterval>;
  private shownDay = '';
  private warnedToday = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // A page left open over midnight moves on to the next day's phase.
    this.timer = setInterval(() => {
      if (!isDay(this.today) && pragueDay(Date.now()) !== this.shownDay) this.requestUpdate();
    }, TICK);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  /** The day the phases are judged on. */
  private get day(): string {
    if (isDay(this.today)) return this.today;
    if (this.today && this.warnedToday !== this.today) {
      this.warnedToday = this.today;
      console.warn(`[kpss] <${this.localName}>: today="${this.today}" is not a date (YYYY-MM-DD); using today's date`);
    }
    return (this.shownDay = pragueDay(Date.now()));
  }

  private context(base: string | undefined): PartsContext {
    const locale = this.l10n.locale;
    return { s: this.l10n.s.info, locale, level: this.headingLevel, base, day: (iso) => dateFormat(locale).format(noon(iso)) };
  }

  /** The phase's own title, else ours; ours is in the widget's language, the region's is Czech. */
  private phaseTitle(p: TimedPhase) {
    const t = p.phase.title?.trim();
    return t ? html`<span lang="cs">${t}</span>` : this.l10n.s.info.phases[PHASES.indexOf(p.phase.id)];
  }

  private dates(p: TimedPhase, ctx: PartsContext): string {
    if (!p.until) return ctx.s.since(ctx.day(p.from));
    return p.from === p.until ? ctx.day(p.from) : dayRange(ctx.locale, p.from, p.until);
  }

  /** The approved plan: its documents (group `plan`), where a resident reads it. */
  private renderPlan(participation: Participation | undefined, ctx: PartsContext) {
    const plan = participation?.documents?.filter((d) => d.group === 'plan') ?? [];
    if (!plan.length) return nothing;
    return html`<p class="label">${ctx.s.approvedPlan}</p>
      <ul class="docs">${plan.map((d) => renderDocument(d, ctx))}</ul>`;
  }

  private renderTodo(p: TimedPhase, ctx: PartsContext) {
    const own = p.phase.whatToDo?.trim();
    const href = dataLink(p.phase.link?.url, ctx.base);
    return html`<p class="todo"><strong>${ctx.s.whatToDo}</strong> ${own ? html`<span lang="cs">${own}</span>` : ctx.s.todo[PHASES.indexOf(p.phase.id)]}</p>
      ${p.phase.link
        ? href
          ? html`<p><a class="block action" part="link" href=${href} lang="cs">${p.phase.link.title}</a></p>`
          : html`<p lang="cs">${p.phase.link.title}</p>`
        : nothing}`;
  }

  /** What is happening now and what a resident can do; nothing when the file has no phases. */
  private renderCurrent(round: Round, participation: Participation | undefined, ctx: PartsContext) {
    const { s } = ctx;
    let body: unknown;
    switch (round.kind) {
      case 'none':
        return nothing;
      case 'before':
        body = html`<p class="phase"><strong>${s.before(ctx.day(round.next.from))}</strong> ${this.phaseTitle(round.next)}.</p>
          <p class="todo">${s.beforeHelp}</p>`;
        break;
      case 'between':
        body = html`<p class="phase"><strong>${s.between(ctx.day(round.next.from))}</strong> ${this.phaseTitle(round.next)}.</p>
          <p class="todo">${s.beforeHelp}</p>`;
        break;
      case 'after':
        body = html`<p class="phase"><strong>${s.after}</strong></p>
          ${this.renderPlan(participation, ctx)}`;
        break;
      case 'now': {
        const p = round.current;
        body =
          p.phase.id === 'schvaleno'
            ? html`<p class="phase"><strong>${s.approved(ctx.day(p.from))}</strong></p>
                ${this.renderTodo(p, ctx)} ${this.renderPlan(participation, ctx)}`
            : html`<p class="phase">
                  <strong>${s.now}</strong> ${this.phaseTitle(p)}, ${p.until ? s.until(ctx.day(p.until)) : s.since(ctx.day(p.from))}.
                </p>
                ${this.renderTodo(p, ctx)}`;
      }
    }
    return html`<div class="current" part="current">
      ${this.variant === 'compact' ? nothing : heading(ctx.level, s.nowTitle)} ${body}
    </div>`;
  }

  private renderTimeline(round: Round, ctx: PartsContext) {
    if (!round.phases.length) return nothing;
    const { s } = ctx;
    return html`<div class="phases">
      ${heading(ctx.level, s.timelineTitle)}
      <ol class="timeline" part="timeline">
        ${round.phases.map(
          (p) => html`<li class="step ${p.status}" part="step" aria-current=${p.status === 'now' ? 'step' : nothing}>
            <span class="mark" aria-hidden="true">${MARKS[p.status]}</span>
            <span class="text">
              <span class="status">${s.statuses[p.status]}<span class="visually-hidden">:</span></span>
              <span class="title">${this.phaseTitle(p)}</span>
              <span class="dates">${this.dates(p, ctx)}</span>
            </span>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  /** The region's own text (Czech, line breaks kept), else ours. */
  private text(own: string | undefined, ours: string) {
    const t = own?.trim();
    return t ? html`<p class="prose" lang="cs">${t}</p>` : html`<p class="prose">${ours}</p>`;
  }

  protected override renderContent(data: RegionData) {
    const participation = data.participation;
    const ctx = this.context(this.dataUrl);
    const round = planningRound(participation?.phases, this.day);
    const contact = renderContact(data.region.coordinator, ctx, this.variant === 'compact');
    if (this.variant === 'compact') return html`<div class="info compact">${this.renderCurrent(round, participation, ctx)} ${contact}</div>`;
    const { s } = ctx;
    return html`<div class="info">
      <div class="about">${heading(ctx.level, s.aboutTitle)} ${this.text(participation?.about, s.about)}</div>
      ${this.renderCurrent(round, participation, ctx)} ${this.renderTimeline(round, ctx)}
      <div class="who">${heading(ctx.level, s.whoTitle)} ${this.text(participation?.whoCanTakePart, s.who)}</div>
      ${contact} ${renderProject(participation?.project, ctx)} ${renderDocuments(participation?.documents, ctx)}
    </div>`;
  }
}
