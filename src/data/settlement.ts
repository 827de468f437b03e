/**
 * The published settlement of comments ("vypořádání připomínek"): the public
 * endpoint's answer (feedback API contract, `GET /api/settlement`), read into
 * a typed list that holds only what may be published, and grouped by the
 * plan's sections. Pure functions (the server's printable annex uses them
 * too) and one loader the widget runs through @lit/task.
 */
import type { Plan } from './schema.js';

export const SETTLEMENT_STATUSES = ['akceptovano', 'castecne-akceptovano', 'neakceptovano', 'vzato-na-vedomi'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

/** One settled comment, as published: never a name, organization, e-mail or time. */
export interface SettlementItem {
  readonly number: number;
  /** The short number the form showed the resident ("3F0C-2A8E"). */
  readonly receipt: string | null;
  readonly section: string | null;
  readonly message: string;
  readonly proposal: string | null;
  readonly status: SettlementStatus | null;
  readonly resolution: string | null;
}

export interface Settlement {
  readonly region: string;
  readonly plan: string;
  readonly items: readonly SettlementItem[];
}

export type SettlementErrorKind = 'network' | 'http' | 'no-receiver' | 'invalid';

export class SettlementError extends Error {
  constructor(
    readonly kind: SettlementErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SettlementError';
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const RECEIPT = /^[0-9A-F]{4}-[0-9A-F]{4}$/;

/**
 * Reads the endpoint's JSON. Only the published fields are copied, so a
 * server that sends more (a name, an e-mail) still shows none of it; an item
 * without a number or a text is skipped.
 */
export function parseSettlement(json: unknown): Settlement {
  if (!json || typeof json !== 'object' || !Array.isArray((json as { comments?: unknown }).comments)) {
    throw new SettlementError('invalid', 'the settlement has no "comments" list');
  }
  const body = json as { region?: unknown; plan?: unknown; comments: unknown[] };
  const items: SettlementItem[] = [];
  for (const raw of body.comments) {
    if (!raw || typeof raw !== 'object') continue;
    const c = raw as Record<string, unknown>;
    const message = text(c.message);
    if (typeof c.number !== 'number' || !Number.isInteger(c.number) || message === null) continue;
    const receipt = typeof c.receipt === 'string' && RECEIPT.test(c.receipt) ? c.receipt : null;
    items.push({
      number: c.number,
      receipt,
      section: text(c.section),
      message,
      proposal: text(c.proposal),
      status: (SETTLEMENT_STATUSES as readonly unknown[]).includes(c.status) ? (c.status as SettlementStatus) : null,
      resolution: text(c.resolution),
    });
  }
  items.sort((a, b) => a.number - b.number);
  return { region: typeof body.region === 'string' ? body.region : '', plan: typeof body.plan === 'string' ? body.plan : '', items };
}

/**
 * The settlement URL for a region's plan: the `endpoint` given (relative to
 * the page), else the `settlement` route beside the plan's commenting
 * endpoint (relative to the region file: `…/api/feedback` →
 * `…/api/settlement`). Undefined when neither exists.
 */
export function settlementUrl(endpoint: string, plan: Pick<Plan, 'id' | 'commenting'>, regionId: string, base: string, fileUrl = base): string | undefined {
  let url: URL;
  try {
    if (endpoint) url = new URL(endpoint, base);
    else if (plan.commenting?.endpoint) url = new URL('settlement', new URL(plan.commenting.endpoint, fileUrl));
    else return undefined;
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.searchParams.set('region', regionId);
  url.searchParams.set('plan', plan.id);
  return url.href;
}

export async function loadSettlement(url: string, signal?: AbortSignal): Promise<Settlement> {
  let response: Response;
  try {
    // Public data: no cookies of the town's site go with the request.
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SettlementError('network', `could not fetch ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    // The receiver answers its errors in JSON; anything else is no receiver at all (a town's own web server).
    const receiver = /json/i.test(response.headers.get('content-type') ?? '');
    throw new SettlementError(receiver ? 'http' : 'no-receiver', `HTTP ${response.status} for ${url}`, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SettlementError('invalid', `${url} is not JSON`);
  }
  return parseSettlement(json);
}

export type StatusCounts = Record<SettlementStatus, number>;

export function countByStatus(items: readonly Pick<SettlementItem, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(SETTLEMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const item of items) if (item.status) counts[item.status] += 1;
  return counts;
}

export interface SettlementGroup<T> {
  /** The section's id; null for general comments, `?` for parts the plan no longer has. */
  readonly id: string | null;
  readonly title: string | null;
  readonly items: ReadonlyArray<{ readonly item: T; readonly part: string | null }>;
}

/** The plan's sections with their measures (the region file's shape, read-only). */
export type Sections =
  | ReadonlyArray<{ readonly id: string; readonly title: string; readonly measures?: ReadonlyArray<{ readonly id: string; readonly title: string }> | undefined }>
  | undefined;

/**
 * Groups items by the plan's top-level sections, in the plan's order: a
 * comment on a measure goes under its section with the measure as its
 * `part`. General comments come first; ids the plan does not know (the plan
 * changed) last, with the id as their part.
 */
export function groupBySection<T extends { readonly section: string | null }>(items: readonly T[], sections: Sections): SettlementGroup<T>[] {
  const owner = new Map<string, { section: string; part: string | null }>();
  for (const s of sections ?? []) {
    owner.set(s.id, { section: s.id, part: null });
    for (const m of s.measures ?? []) owner.set(m.id, { section: s.id, part: `${m.id} ${m.title}` });
  }
  const general: Array<{ item: T; part: string | null }> = [];
  const unknown: Array<{ item: T; part: string | null }> = [];
  const bySection = new Map<string, Array<{ item: T; part: string | null }>>();
  for (const item of items) {
    if (item.section === null) {
      general.push({ item, part: null });
      continue;
    }
    const found = owner.get(item.section);
    if (!found) {
      unknown.push({ item, part: item.section });
      continue;
    }
    let list = bySection.get(found.section);
    if (!list) bySection.set(found.section, (list = []));
    list.push({ item, part: found.part });
  }
  const groups: SettlementGroup<T>[] = [];
  if (general.length) groups.push({ id: null, title: null, items: general });
  for (const s of sections ?? []) {
    const list = bySection.get(s.id);
    if (list?.length) groups.push({ id: s.id, title: s.title, items: list });
  }
  if (unknown.length) groups.push({ id: '?', title: null, items: unknown });
  return groups;
}
