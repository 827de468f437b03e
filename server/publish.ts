/**
 * What a town page on another domain loads from kpss-server (the README's
 * "Publishing for town sites" contract), readable from any origin:
 *
 * - `GET /dist/kpss-widgets.js` and `/dist/chunks/…`: the built widgets.
 *   Hashed chunks are immutable for a year; the entry (whose name never
 *   changes) has a short max-age and an ETag, so a town page picks up a new
 *   release within minutes and otherwise revalidates with a 304.
 * - `GET /regions/{regionId}.json`: the region file from `KPSS_DATA_DIR`,
 *   with every relative endpoint made absolute on the server's public URL,
 *   so a page on any domain sends comments here, not to its own server.
 * - `GET /regions/{regionId}/events.ics`: the region's meetings as a
 *   calendar feed residents subscribe to (server/events-feed.ts).
 *
 * Both are compressed (br, gzip) when the client accepts it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCompress from '@fastify/compress';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { constants } from 'node:zlib';
import { ApiError } from './errors.js';
import { MSG } from './messages.js';
import type { RegionEntry, RegionLookup } from './regions.js';
import { eventsFeed } from './events-feed.js';

/** The entry may change with a release; a town page sees it within this many seconds. */
export const ENTRY_MAX_AGE = 300;
/** Coordinators edit region files; widgets see an edit within a minute. */
export const REGION_MAX_AGE = 60;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Vite names chunks `name-<8 or more hash characters>.js`. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.js(\.map)?$/;

export interface PublishOptions {
  /** The folder with the built widgets (`dist/`). */
  readonly dist: string;
  readonly regions: RegionLookup & { list?(): RegionEntry[] };
  /** `KPSS_PUBLIC_URL`: where town pages reach this server; default the request's own origin. */
  readonly publicUrl?: string;
}

/** The base relative endpoints are made absolute on: `KPSS_PUBLIC_URL`, or the origin the request came to. */
export function publicBase(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

/** A URL field made absolute: `/api/feedback` → `https://kpss.klatovy.cz/api/feedback` (under the public URL's path, if it has one). */
function absoluteOn(base: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // Read as a browser does (WHATWG URL): tabs and line breaks dropped, `\` is `/`.
  const v = value.trim().replace(/[\t\n\r]/g, '');
  // Absolute (`https:`, or a scheme the parser refuses) and scheme-relative (`//host/…`, `\\host`, `/\host`: they name their host) are left alone.
  if (v === '' || /^([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(v)) return value;
  try {
    return new URL(v.replace(/^[/\\]+/, ''), `${base}/`).href;
  } catch {
    return value; // Not a URL at all: the widgets' parser reports it.
  }
}

/** The endpoints a region file may hold (plan.commenting.endpoint, survey.endpoint), made absolute. */
export function withAbsoluteEndpoints(json: unknown, base: string): unknown {
  if (!json || typeof json !== 'object') return json;
  const file = json as { plan?: { commenting?: { endpoint?: unknown } }; survey?: { endpoint?: unknown } };
  const commenting = file.plan?.commenting;
  if (commenting && typeof commenting === 'object' && 'endpoint' in commenting) commenting.endpoint = absoluteOn(base, commenting.endpoint);
  const survey = file.survey;
  if (survey && typeof survey === 'object' && 'endpoint' in survey) survey.endpoint = absoluteOn(base, survey.endpoint);
  return json;
}

interface Published {
  readonly mtimeMs: number;
  readonly size: number;
  readonly base: string;
  readonly body: Buffer;
  readonly etag: string;
}

/** `If-None-Match` names this ETag (or `*`)? Weak and strong forms compare alike (RFC 9110 weak comparison). */
export function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const list = (Array.isArray(header) ? header.join(',') : header).split(',').map(strip);
  return list.includes('*') || list.includes(strip(etag));
}

function allowAnyOrigin(reply: FastifyReply): void {
  reply.header('access-control-allow-origin', '*');
}

export async function publishRoutes(app: FastifyInstance, options: PublishOptions): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Quality 11 costs ~50 ms per 100 KB on every request; 5 keeps most of the gain.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  // The built widgets. cacheControl is ours: immutable for hashed names, short for the entry.
  await app.register(fastifyStatic, {
    root: options.dist,
    prefix: '/dist/',
    decorateReply: false,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (res, path) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('cache-control', HASHED.test(path) ? IMMUTABLE : `public, max-age=${ENTRY_MAX_AGE}`);
      res.setHeader('x-content-type-options', 'nosniff');
      // The built files name no map themselves (vite.config.ts): the header does, for the browser's tools.
      if (path.endsWith('.js') && existsSync(`${path}.map`)) res.setHeader('sourcemap', `${basename(path)}.map`);
    },
  });

  // What the configurator (demo/embed.html) builds its snippets from: the same public URLs as the start-up message.
  app.get('/api/site', async (request, reply) => {
    allowAnyOrigin(reply);
    reply.header('cache-control', 'no-cache');
    const base = publicBase(request, options.publicUrl);
    return {
      publicUrl: base,
      script: `${base}/dist/kpss-widgets.js`,
      regions: (options.regions.list?.() ?? []).map((r) => ({ id: r.id, name: r.name, url: `${base}/regions/${r.id}.json` })),
    };
  });

  // The region files, one representation per file version and public base.
  const cache = new Map<string, Published>();
  app.get<{ Params: { file: string } }>('/regions/:file', async (request, reply) => {
    allowAnyOrigin(reply);
    const match = /^([a-z0-9-]+)\.json$/.exec(request.params.file);
    const region = match ? options.regions.find(match[1]!) : undefined;
    if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(match?.[1] ?? request.params.file));
    const base = publicBase(request, options.publicUrl);
    const stat = statSync(region.file);
    let published = cache.get(region.id);
    if (!published || published.mtimeMs !== stat.mtimeMs || published.size !== stat.size || published.base !== base) {
      const json = withAbsoluteEndpoints(JSON.parse(readFileSync(region.file, 'utf8')), base);
      const body = Buffer.from(JSON.stringify(json));
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      published = { mtimeMs: stat.mtimeMs, size: stat.size, base, body, etag };
      cache.set(region.id, published);
    }
    reply
      .header('etag', published.etag)
      .header('cache-control', `public, max-age=${REGION_MAX_AGE}`)
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], published.etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(published.body);
  });

  // The meetings as a subscribable calendar, from the same files.
  app.get<{ Params: { id: string } }>(
    '/regions/:id/events.ics',
    eventsFeed(options.regions, (request) => publicBase(request, options.publicUrl), matchesEtag),
  );
}
