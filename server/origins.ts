/**
 * Which web sites may send comments for which region (`KPSS_ORIGINS`).
 *
 *   KPSS_ORIGINS="klatovsko=https://www.klatovy.cz,https://kpss.klatovy.cz;susicko=https://www.mesto-susice.cz;*=https://kpss.example"
 *
 * Entries are separated by `;` (or new lines), origins within an entry by `,`
 * (or spaces). `*=` (or an entry without `=`) allows an origin for every
 * region. The server's own origins (the demo) are always allowed.
 */
export class OriginPolicy {
  private readonly everywhere = new Set<string>();
  private readonly byRegion = new Map<string, Set<string>>();
  private readonly union = new Set<string>();

  constructor(rules: Readonly<Record<string, readonly string[]>> = {}, selfOrigins: readonly string[] = []) {
    for (const [region, origins] of Object.entries(rules)) {
      for (const origin of origins) this.add(region, origin);
    }
    for (const origin of selfOrigins) this.add('*', origin);
  }

  /** Parses the `KPSS_ORIGINS` syntax; throws with the bad part named. */
  static parse(text: string | undefined, selfOrigins: readonly string[] = []): OriginPolicy {
    const rules: Record<string, string[]> = {};
    for (const entry of (text ?? '').split(/[;\n]/)) {
      if (!entry.trim()) continue;
      const eq = entry.indexOf('=');
      const region = eq < 0 ? '*' : entry.slice(0, eq).trim();
      const list = eq < 0 ? entry : entry.slice(eq + 1);
      if (region !== '*' && !/^[a-z0-9-]+$/.test(region)) throw new Error(`KPSS_ORIGINS: "${region}" is not a region id`);
      const origins = list.split(/[,\s]+/).filter(Boolean);
      if (origins.length === 0) throw new Error(`KPSS_ORIGINS: no origin given for "${region}"`);
      (rules[region] ??= []).push(...origins.map((o) => normalizeOrigin(o, 'KPSS_ORIGINS')));
    }
    return new OriginPolicy(rules, selfOrigins);
  }

  private add(region: string, origin: string): void {
    const normalized = normalizeOrigin(origin);
    this.union.add(normalized);
    if (region === '*') this.everywhere.add(normalized);
    else {
      let set = this.byRegion.get(region);
      if (!set) this.byRegion.set(region, (set = new Set()));
      set.add(normalized);
    }
  }

  /** May this origin send comments for some region (the CORS answer and the first check)? */
  allowsSomewhere(origin: string): boolean {
    return this.union.has(origin.toLowerCase());
  }

  /** May this origin send comments for this region? */
  allows(region: string, origin: string): boolean {
    const o = origin.toLowerCase();
    return this.everywhere.has(o) || (this.byRegion.get(region)?.has(o) ?? false);
  }

  describe(): Record<string, string[]> {
    const out: Record<string, string[]> = { '*': [...this.everywhere] };
    for (const [region, set] of this.byRegion) out[region] = [...set];
    return out;
  }
}

/** `https://www.Klatovy.cz/` → `https://www.klatovy.cz`; only http(s) origins. */
export function normalizeOrigin(value: string, where = 'origin'): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${where}: "${value}" is not an origin like https://www.example.cz`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${where}: "${value}" is not http(s)`);
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`${where}: "${value}" must be an origin only (scheme, host, port), without a path`);
  }
  return url.origin;
}

/** The origins the server's own pages have (the demo sends from them). */
export function selfOrigins(host: string, port: number): string[] {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (host !== '0.0.0.0' && host !== '::') names.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  return [...names].map((name) => `http://${name}:${port}`);
}
