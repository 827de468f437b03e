/** The catalogue's filter panel: life situations, municipality, kind, target group, form, with counts. */
import { html, nothing } from 'lit';
import type { CatalogFilters, FacetCounts } from '../../data/catalog-filter.js';
import { LIFE_SITUATIONS, type LifeSituationCode } from '../../data/situations.js';
import { FORM_CODES, KIND_CODES, KIND_GROUP, KIND_GROUP_CODES, TARGET_GROUP_CODES, type FormCode, type KindCode, type KindGroup, type Locale, type TargetGroupCode } from '../../data/taxonomy.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';

export interface FilterPanel {
  readonly s: Strings['catalog'];
  readonly locale: Locale;
  readonly filters: CatalogFilters;
  readonly counts: FacetCounts;
  readonly municipalities: readonly string[];
  /** Codes present in the data: only these are offered. */
  readonly present: { kinds: ReadonlySet<KindCode>; targetGroups: ReadonlySet<TargetGroupCode>; forms: ReadonlySet<FormCode> };
  /** Whether the life situations' counts are known yet (on a national file, a moment after the first page). */
  readonly situationCounts: boolean;
  readonly number: (n: number) => string;
  readonly change: (filters: CatalogFilters) => void;
}

type ListKey = 'kinds' | 'targetGroups' | 'forms';

function toggle<T extends string>(list: readonly T[] | undefined, code: T, on: boolean): T[] {
  const rest = (list ?? []).filter((c) => c !== code);
  return on ? [...rest, code] : rest;
}

function checkbox<K extends ListKey>(p: FilterPanel, key: K, code: string, label: unknown) {
  const selected = (p.filters[key] as readonly string[] | undefined)?.includes(code) ?? false;
  const count = p.counts[key].get(code) ?? 0;
  const id = `f-${key}-${code}`;
  return html`<div class="check">
    <input type="checkbox" id=${id} .checked=${selected}
      @change=${(e: Event) => p.change({ ...p.filters, [key]: toggle(p.filters[key] as string[] | undefined, code, (e.target as HTMLInputElement).checked) })} />
    <label for=${id}>${label} <span class="count">(${p.number(count)})</span></label>
  </div>`;
}

export function activeFilterCount(filters: CatalogFilters): number {
  return (filters.kinds?.length ?? 0) + (filters.targetGroups?.length ?? 0) + (filters.forms?.length ?? 0);
}

export function renderSituations(p: FilterPanel) {
  const codes = Object.keys(LIFE_SITUATIONS) as LifeSituationCode[];
  return html`<div class="situations" role="group" aria-labelledby="situations-label">
    <p class="label" id="situations-label">${p.s.situations}</p>
    <ul class="chips">
      ${codes.map((code) => {
        const pressed = p.filters.situation === code;
        const count = p.counts.situation.get(code) ?? 0;
        return html`<li>
          <button type="button" class="chip" part="chip" aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => p.change({ ...p.filters, situation: pressed ? undefined : code })}>
            ${label('situations', code, p.locale)}${p.situationCounts ? html` <span class="count">(${p.number(count)})</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * The municipalities' options, kept by hand after each render (the widget's
 * `updated`): a national file offers hundreds, and a template per option made
 * them a third of the first page's cost. Text only (option text and value).
 */
export function syncMunicipalityOptions(root: ParentNode, p: Pick<FilterPanel, 'municipalities' | 'counts' | 'number' | 'filters'>): void {
  const select = root.querySelector<HTMLSelectElement>('#municipality');
  if (!select) return;
  const names = p.municipalities;
  const options = select.options;
  // The first option, "all municipalities", is the template's.
  names.forEach((name, i) => {
    let option = options[i + 1];
    if (!option) {
      option = document.createElement('option');
      option.lang = 'cs';
      select.append(option);
    }
    if (option.value !== name) option.value = name;
    const text = `${name} (${p.number(p.counts.municipality.get(name) ?? 0)})`;
    if (option.text !== text) option.text = text;
  });
  while (options.length > names.length + 1) options[options.length - 1]!.remove();
  const selected = p.filters.municipality;
  select.value = selected !== undefined && names.includes(selected) ? selected : '';
}

export function renderMunicipality(p: FilterPanel) {
  if (!p.municipalities.length) return nothing;
  return html`<div class="field">
    <label for="municipality">${p.s.municipality}</label>
    <select id="municipality" @change=${(e: Event) => p.change({ ...p.filters, municipality: (e.target as HTMLSelectElement).value || undefined })}>
      <option value="">${p.s.allMunicipalities}</option>
    </select>
  </div>`;
}

export function renderMoreFilters(p: FilterPanel, open: boolean, onToggle: (open: boolean) => void) {
  const groups = KIND_GROUP_CODES;
  const kindsIn = (group: KindGroup) => KIND_CODES.filter((k) => KIND_GROUP[k] === group && p.present.kinds.has(k));
  const active = activeFilterCount(p.filters);
  return html`<details class="more" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${p.s.moreFilters}${active ? html` <span class="badge">${p.s.activeFilters(active)}</span>` : nothing}</summary>
    ${open ? renderMoreBody(p, groups, kindsIn) : nothing}
  </details>`;
}

/** The body of the closed-by-default "more filters": rendered only when opened, so the first page does not build it. */
function renderMoreBody(p: FilterPanel, groups: readonly KindGroup[], kindsIn: (group: KindGroup) => KindCode[]) {
  return html`<div class="more-body">
      <fieldset>
        <legend>${p.s.kind}</legend>
        ${groups.map((group) => {
          const kinds = kindsIn(group);
          return kinds.length
            ? html`<p class="group-label">${label('kindGroups', group, p.locale)}</p>
                ${kinds.map((k) => checkbox(p, 'kinds', k, label('kinds', k, p.locale)))}`
            : nothing;
        })}
      </fieldset>
      <fieldset>
        <legend>${p.s.form}</legend>
        ${FORM_CODES
          .filter((f) => p.present.forms.has(f))
          .map((f) => checkbox(p, 'forms', f, html`<strong>${label('forms', f, p.locale)}</strong> – ${label('formsPlain', f, p.locale)}`))}
      </fieldset>
      <fieldset>
        <legend>${p.s.targetGroup}</legend>
        ${TARGET_GROUP_CODES
          .filter((g) => p.present.targetGroups.has(g))
          .map((g) => checkbox(p, 'targetGroups', g, label('targetGroups', g, p.locale)))}
      </fieldset>
    </div>`;
}
