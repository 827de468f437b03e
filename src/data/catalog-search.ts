/**
 * The catalogue's search over services: which fields, and how much a match in
 * each weighs. Name and kind rank above places and provider, which rank above
 * target groups and the description; a service whose kind label matches every
 * query word gets a bonus that puts it first ("pecovatelska": every
 * pečovatelská služba before services that mention one). Kind and target
 * group labels are searched in Czech and English, so "domov senior" and
 * "home care" both work; they are folded once per index build, not once per
 * service.
 */
import { SearchIndex, type SearchField } from './search.js';
import type { Service } from './schema.js';
import { KINDS, TARGET_GROUPS } from './taxonomy.js';

type LabelTable = Readonly<Record<string, { readonly cs: string; readonly en: string }>>;

/** code → [Czech label, English label], the same strings for every service of the code. */
const labelLists = (table: LabelTable): ReadonlyMap<string, readonly string[]> =>
  new Map(Object.entries(table).map(([code, label]) => [code, [label.cs, label.en]]));
const KIND_LABELS = labelLists(KINDS);
const TARGET_GROUP_LABELS = labelLists(TARGET_GROUPS);
const NONE: readonly string[] = [];

// Plain loops rather than spread and flatMap: these run for every service on every index build.
function targetGroupLabels(service: Service): string[] {
  const out: string[] = [];
  for (const code of service.targetGroups ?? NONE) for (const label of TARGET_GROUP_LABELS.get(code) ?? NONE) out.push(label);
  return out;
}

function places(service: Service): string[] {
  const out: string[] = [];
  for (const place of service.areaServed ?? NONE) out.push(place);
  for (const location of service.locations ?? []) {
    if (location.name) out.push(location.name);
    if (location.address) out.push(location.address);
  }
  return out;
}

export const SERVICE_FIELDS: readonly SearchField<Service>[] = [
  { weight: 3, get: (s) => s.name },
  { weight: 2.5, get: (s) => KIND_LABELS.get(s.kind) ?? NONE, repeated: true, allWordsBonus: 3 },
  // Where the service is or which places it serves weighs more than the provider's seat
  // ("pecovatelska klatovy": a service in Klatovy before one of "Oblastní charita Klatovy" elsewhere).
  { weight: 1.5, get: places },
  { weight: 1.4, get: (s) => s.provider.name },
  { weight: 1.2, get: targetGroupLabels, repeated: true },
  { weight: 0.6, get: (s) => s.description },
];

export function createServiceIndex(services: readonly Service[]): SearchIndex<Service> {
  return new SearchIndex(services, SERVICE_FIELDS);
}
