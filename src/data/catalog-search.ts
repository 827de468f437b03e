/**
 * The catalogue's search over services: which fields, and how much a match in
 * each weighs. Name and kind rank above places and provider, which rank above
 * target groups and the description; a service whose kind label matches every
 * query word gets a bonus that puts it first ("pecovatelska": every
 * pečovatelská služba before services that mention one). Kind and target
 * group labels are searched in every language whose labels the page has
 * loaded (Czech always; English, Ukrainian on pages in those languages), so
 * "domov senior", "home care" and "догляд" work; they are folded once per
 * index build, not once per service. The labels come from the caller (the
 * widget passes l10n's `allLabels`): data/ knows no words.
 */
import { SearchIndex, type SearchField } from './search.js';
import type { Service } from './schema.js';
import { KIND_CODES, TARGET_GROUP_CODES } from './codes.js';

const NONE: readonly string[] = [];

/** A code's labels in every language loaded now. */
export type CodeLabels = (table: 'kinds' | 'targetGroups', code: string) => readonly string[];

/** code → its labels, the same strings for every service of the code. */
const labelLists = (labels: CodeLabels, table: 'kinds' | 'targetGroups', codes: readonly string[]): ReadonlyMap<string, readonly string[]> =>
  new Map(codes.map((code) => [code, labels(table, code)]));

function places(service: Service): string[] {
  const out: string[] = [];
  for (const place of service.areaServed ?? NONE) out.push(place);
  for (const location of service.locations ?? []) {
    if (location.name) out.push(location.name);
    if (location.address) out.push(location.address);
  }
  return out;
}

/** Positions of fields in `serviceFields()`: life situations look for their word stems in these two. */
export const NAME_FIELD = 0;
export const DESCRIPTION_FIELD = 5;

/** The searched fields and their weights, with the labels of the languages loaded now. */
export function serviceFields(labels: CodeLabels): readonly SearchField<Service>[] {
  const kindLabels = labelLists(labels, 'kinds', KIND_CODES);
  const targetGroupLabels = labelLists(labels, 'targetGroups', TARGET_GROUP_CODES);
  // Plain loops rather than spread and flatMap: these run for every service on every index build.
  const groups = (service: Service): string[] => {
    const out: string[] = [];
    for (const code of service.targetGroups ?? NONE) for (const label of targetGroupLabels.get(code) ?? NONE) out.push(label);
    return out;
  };
  return [
    { weight: 3, get: (s) => s.name },
    { weight: 2.5, get: (s) => kindLabels.get(s.kind) ?? NONE, repeated: true, allWordsBonus: 3 },
    // Where the service is or which places it serves weighs more than the provider's seat
    // ("pecovatelska klatovy": a service in Klatovy before one of "Oblastní charita Klatovy" elsewhere).
    { weight: 1.5, get: places },
    { weight: 1.4, get: (s) => s.provider.name },
    { weight: 1.2, get: groups, repeated: true },
    { weight: 0.6, get: (s) => s.description },
  ];
}

/** Builds the index (or, `deferred`, prepares it to be built in slices); rebuild it when another language's labels have loaded (`labelsVersion`). */
export function createServiceIndex(services: readonly Service[], labels: CodeLabels, options: { readonly deferred?: boolean } = {}): SearchIndex<Service> {
  return new SearchIndex(services, serviceFields(labels), options);
}
