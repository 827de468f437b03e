/** Pieces of `<kpss-info>`: headings, links from the data, the contact, the project and the documents. Data is always text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Coordinator, Participation, ParticipationDocument } from '../../data/schema.js';
import { DOCUMENT_GROUPS } from '../../data/participation-schema.js';
import { httpUrl, mailtoUrl, telUrl } from '../../data/urls.js';
import type { Strings } from '../../l10n/cs.js';
import type { Locale } from '../../data/taxonomy.js';

export type InfoStrings = Strings['info'];

export interface PartsContext {
  readonly s: InfoStrings;
  readonly locale: Locale;
  /** Heading level of the widget's sections (2–6); document groups are one below. */
  readonly level: number;
  /** The data file's address: paths in it are relative to the file, not to the page. */
  readonly base: string | undefined;
  /** A contract day (`2026-12-15`) written out in the widget's language. */
  readonly day: (iso: string) => string;
}

/** A heading of a level the page chooses; the tag comes from this fixed list, never from data. */
export function heading(level: number, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2>${content}</h2>`;
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

/**
 * A URL field as a link target: an absolute http(s) URL, or a path resolved
 * against the data file. The same rule as the meetings' data/links.ts,
 * written here so this widget's chunk does not pull that module out of the
 * meetings' chunk into one more file every meetings page would download.
 */
export function dataLink(value: string | undefined, base: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || !/^(https?:)?\/\/|^\.{0,2}\//i.test(v)) return undefined;
  return httpUrl(v, base);
}

/** `<time>` around a contract day. */
export const day = (iso: string, ctx: Pick<PartsContext, 'day'>) => html`<time datetime=${iso}>${ctx.day(iso)}</time>`;

/** The coordinator: name, organization, a `tel:` and a `mailto:` link. Nothing when the file names no one. */
export function renderContact(c: Coordinator | undefined, ctx: PartsContext, compact: boolean) {
  if (!c || !(c.name || c.organization || c.phone || c.email)) return nothing;
  const { s } = ctx;
  const tel = c.phone ? telUrl(c.phone) : undefined;
  const mail = c.email ? mailtoUrl(c.email) : undefined;
  return html`<div class="contact" part="contact">
    ${compact ? html`<p class="label">${s.contactTitle}</p>` : heading(ctx.level, s.contactTitle)}
    ${c.name ? html`<p class="name" lang="cs">${c.name}</p>` : nothing}
    ${c.organization ? html`<p lang="cs">${c.organization}</p>` : nothing}
    <ul class="links">
      ${c.phone ? html`<li>${s.phone} ${tel ? html`<a href=${tel}>${c.phone}</a>` : html`<span lang="cs">${c.phone}</span>`}</li>` : nothing}
      ${c.email ? html`<li>${s.email} ${mail ? html`<a href=${mail}>${c.email}</a>` : html`<span lang="cs">${c.email}</span>`}</li>` : nothing}
    </ul>
  </div>`;
}

/** The project the planning is part of: its name (a link when it has an http(s) address), registration number, funding. */
export function renderProject(project: Participation['project'], ctx: PartsContext) {
  if (!project) return nothing;
  const { s } = ctx;
  const href = dataLink(project.url, ctx.base);
  return html`<div class="project" part="project">
    ${heading(ctx.level, s.projectTitle)}
    <p lang="cs">${href ? html`<a class="block" href=${href}>${project.name}</a>` : project.name}</p>
    ${project.registrationNumber ? html`<p>${s.registrationNumber} <span class="number" lang="cs">${project.registrationNumber}</span></p>` : nothing}
    ${project.funding ? html`<p class="funding" lang="cs">${project.funding}</p>` : nothing}
  </div>`;
}

const TYPES = /\.(pdf|docx?|xlsx?|odt|ods|odp|pptx?|rtf|txt|csv|zip)$/i;

/** The file type as residents know it: the file's own `format`, else the address's ending ("…/zapis.pdf" → "PDF"). */
export function fileType(doc: ParticipationDocument, href: string | undefined): string | undefined {
  if (doc.format?.trim()) return doc.format.trim();
  if (!href) return undefined;
  return TYPES.exec(new URL(href).pathname)?.[1]?.toUpperCase();
}

/** "1,2 MB" (SI units, one decimal under 10, in the widget's language); undefined for no size. */
export function fileSize(bytes: number | undefined, units: readonly string[], locale: Locale): string | undefined {
  if (bytes === undefined) return undefined;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)}\u00a0${units[unit]}`;
}

/** One document: the link names the file type and size (heard in a links list), the date beside it. */
export function renderDocument(doc: ParticipationDocument, ctx: PartsContext) {
  const href = dataLink(doc.url, ctx.base);
  // One text: the type alone ("PDF") is no word of the page's language, and no data to mark Czech either.
  const about = [fileType(doc, href), fileSize(doc.size, ctx.s.units, ctx.locale)].filter(Boolean).join(', ');
  // One box inside the link: a link is a flex box (its height), and flex items would drop the space between title and type.
  const title = html`<span><span lang="cs">${doc.title}</span>${about ? html` <span class="file">${`(${about})`}</span>` : nothing}</span>`;
  return html`<li class="document">
    ${href ? html`<a class="block" href=${href}>${title}</a>` : title}
    ${doc.date ? html`<span class="date">${ctx.s.published} ${day(doc.date, ctx)}</span>` : nothing}
  </li>`;
}

/** The documents in their groups (minutes, analyses, the plan, the rest), each group under its heading. */
export function renderDocuments(documents: readonly ParticipationDocument[] | undefined, ctx: PartsContext) {
  if (!documents?.length) return nothing;
  const { s } = ctx;
  return html`<div class="documents" part="documents">
    ${heading(ctx.level, s.documentsTitle)}
    ${DOCUMENT_GROUPS.map((group) => {
      const docs = documents.filter((d) => d.group === group);
      return docs.length
        ? html`<div class="group">
            ${heading(ctx.level + 1, s.groups[group])}
            <ul class="docs">${docs.map((d) => renderDocument(d, ctx))}</ul>
          </div>`
        : nothing;
    })}
  </div>`;
}
