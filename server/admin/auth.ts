/**
 * Who may use the coordinator's routes, and how.
 *
 * - Scripts: `Authorization: Bearer <KPSS_ADMIN_TOKEN>`, as before. A browser
 *   never sends that header by itself, so these requests need no CSRF token.
 * - The desk: the coordinator signs in once with the token and gets a session
 *   in a `__Host-` cookie (Secure, HttpOnly, SameSite=Strict, Path=/). The
 *   session lives on the server (desk_sessions, keyed by a hash of the
 *   cookie), ends after 2 hours unused or 12 hours at most, and on sign-out.
 *   Every write with a session needs the session's CSRF token (header
 *   `X-CSRF-Token` or form field `_csrf`) and an `Origin` of this server.
 *
 * Neither the token nor the session id ever goes into a URL or a log line:
 * the token only in the sign-in form's POST body, the session only in the
 * cookie; the request log has the path without the query (log.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { tokenMatches } from './token.js';
import { FailureLimit } from './limit.js';
import type { DeskStore, SessionRecord } from '../store/desk.js';

export const SESSION_COOKIE = '__Host-kpss-desk';
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_MAX_MS = 12 * 60 * 60_000;
/** A session's last use is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 5 * 60_000;
/** Who the audit log names for changes made with the bearer token. */
export const TOKEN_ACTOR = 'skript (token koordinátora)';
export const MAX_ACTOR = 80;

export interface Coordinator {
  /** The name for the audit log. */
  readonly actor: string;
  readonly via: 'token' | 'session';
  readonly session?: SessionRecord;
  /** A session's time left before it ends (idle or at most), in ms. */
  readonly sessionLeftMs?: number;
}

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');

function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The value of one cookie from the Cookie header (no cookie library needed for one name). */
export function cookieValue(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Does a browser's `Origin` name this server (the Host it was asked by)?
 * Ports are compared with the origin scheme's default filled in
 * (`https://kpss.example` is `kpss.example:443`). `null` and junk: no.
 */
export function sameOrigin(origin: string, host: string): boolean {
  let url: URL;
  let asked: URL;
  try {
    url = new URL(origin);
    asked = new URL(`${url.protocol}//${host}`);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const port = (u: URL) => u.port || (u.protocol === 'https:' ? '443' : '80');
  return url.hostname === asked.hostname && port(url) === port(asked);
}

const FORBIDDEN = {
  csrf: {
    cs: 'Chybí nebo nesouhlasí ochranný kód formuláře (CSRF). Načtěte stránku znovu a akci zopakujte.',
    en: 'The form protection code (CSRF token) is missing or wrong. Reload the page and try again.',
  },
  origin: {
    cs: 'Požadavek nepřišel ze stránek tohoto serveru.',
    en: 'The request did not come from this server\'s pages.',
  },
};

export interface AuthOptions {
  token: string;
  /** Sessions need the desk store (SQLite); without it only the bearer token works. */
  desk?: DeskStore;
  now: () => Date;
  /** Failed token attempts (sign-in form and bearer) per address per minute; default 10, 0 = no limit. */
  failuresPerMinute?: number;
}

export const TOO_MANY_FAILURES = (seconds: number) => ({
  cs: `Z této adresy přišlo příliš mnoho pokusů s nesprávným přístupovým klíčem. Zkuste to znovu za ${seconds} s.`,
  en: `Too many attempts with a wrong token from this address. Try again in ${seconds} s.`,
});

export class CoordinatorAuth {
  /** Wrong tokens per address, shared by the sign-in form and the bearer header. */
  readonly failures: FailureLimit;

  constructor(private readonly options: AuthOptions) {
    this.failures = new FailureLimit({ max: options.failuresPerMinute ?? 10, windowMs: 60_000, now: options.now });
  }

  /** 429 with Retry-After when the address has used up its failed attempts. */
  refuseIfLimited(request: FastifyRequest, reply: FastifyReply): void {
    const wait = this.failures.retryAfter(request.ip);
    if (wait === undefined) return;
    reply.header('retry-after', String(wait));
    throw new ApiError(429, 'rate-limited', TOO_MANY_FAILURES(wait));
  }

  get sessions(): boolean {
    return this.options.desk !== undefined;
  }

  /**
   * The coordinator behind a request, or undefined (→ 401). An Authorization
   * header must be the right bearer token; without one, the session cookie.
   */
  async identify(request: FastifyRequest): Promise<Coordinator | undefined> {
    if (request.headers.authorization !== undefined) {
      const token = bearer(request);
      return token !== undefined && tokenMatches(token, this.options.token) ? { actor: TOKEN_ACTOR, via: 'token' } : undefined;
    }
    const desk = this.options.desk;
    const id = cookieValue(request, SESSION_COOKIE);
    if (!desk || !id || id.length > 200) return undefined;
    const idHash = hash(id);
    const session = await desk.findSession(idHash);
    if (!session) return undefined;
    const now = this.options.now().getTime();
    if (Date.parse(session.expiresAt) <= now || Date.parse(session.lastSeenAt) + SESSION_IDLE_MS <= now) {
      void desk.deleteSession(idHash).catch(() => {});
      return undefined;
    }
    let seen = session;
    if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
      seen = { ...session, lastSeenAt: new Date(now).toISOString() };
      void desk.touchSession(idHash, seen.lastSeenAt).catch(() => {});
    }
    return { actor: session.actor, via: 'session', session: seen, sessionLeftMs: this.leftMs(seen, now) };
  }

  private leftMs(session: SessionRecord, now: number): number {
    return Math.max(0, Math.min(Date.parse(session.lastSeenAt) + SESSION_IDLE_MS, Date.parse(session.expiresAt)) - now);
  }

  /**
   * "Stay signed in": the session's last use is now (written at once, not
   * at most every 5 minutes). Resolves to the time left, in ms.
   */
  async extend(who: Coordinator): Promise<number> {
    const desk = this.options.desk;
    if (!desk || !who.session) return 0;
    const now = this.options.now().getTime();
    const at = new Date(now).toISOString();
    await desk.touchSession(who.session.idHash, at);
    return this.leftMs({ ...who.session, lastSeenAt: at }, now);
  }

  /**
   * A write by session: the Origin must be this server, and the CSRF token
   * must match. `body` is undefined before the body is parsed (onRequest):
   * then a form may still bring `_csrf`; anything else must have the header.
   * Throws 403; returns false when the answer waits for the form field.
   */
  checkWrite(request: FastifyRequest, who: Coordinator, body?: unknown): boolean {
    if (who.via !== 'session' || !who.session) return true;
    const origin = request.headers.origin;
    if (typeof origin === 'string') {
      if (!sameOrigin(origin, request.host)) throw new ApiError(403, 'origin', FORBIDDEN.origin);
    } else {
      const site = request.headers['sec-fetch-site'];
      if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') throw new ApiError(403, 'origin', FORBIDDEN.origin);
    }
    const header = request.headers['x-csrf-token'];
    let given: string | undefined = typeof header === 'string' ? header : undefined;
    if (given === undefined) {
      if (body === undefined) {
        const type = String(request.headers['content-type'] ?? '');
        if (type.startsWith('application/x-www-form-urlencoded')) return false;
        throw new ApiError(403, 'csrf', FORBIDDEN.csrf);
      }
      const field = body && typeof body === 'object' ? (body as Record<string, unknown>)._csrf : undefined;
      given = typeof field === 'string' ? field : undefined;
    }
    if (given === undefined || !sameSecret(given, who.session.csrf)) throw new ApiError(403, 'csrf', FORBIDDEN.csrf);
    return true;
  }

  /** Checks the token and opens a session; undefined for a wrong token. */
  async signIn(token: string, actor: string): Promise<{ cookie: string; csrf: string; leftMs: number } | undefined> {
    const desk = this.options.desk;
    if (!desk || !tokenMatches(token, this.options.token)) return undefined;
    const now = this.options.now();
    await desk.purgeSessions(now.toISOString());
    const id = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    await desk.createSession({
      idHash: hash(id),
      csrf,
      actor,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
    });
    return { cookie: `${SESSION_COOKIE}=${id}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_MS / 1000}`, csrf, leftMs: SESSION_IDLE_MS };
  }

  /** Ends the request's session (if any) and answers with a cookie that clears it. */
  async signOut(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const id = cookieValue(request, SESSION_COOKIE);
    if (id && this.options.desk) await this.options.desk.deleteSession(hash(id));
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`);
  }
}

const coordinators = new WeakMap<FastifyRequest, Coordinator>();
const formPending = new WeakSet<FastifyRequest>();
const unauthorizedPending = new WeakSet<FastifyRequest>();

/** The coordinator a guarded route's request belongs to. */
export function coordinatorOf(request: FastifyRequest): Coordinator {
  const who = coordinators.get(request);
  if (!who) throw new Error('coordinatorOf() outside a guarded route');
  return who;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The hooks that guard a scope: 401 (through `unauthorized`) without the
 * token or a live session; 403 for a session's write without this server's
 * Origin or the CSRF token; `Cache-Control: no-store` on every answer.
 */
export function guard(
  auth: CoordinatorAuth,
  unauthorized: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> | FastifyReply,
  /** Requests whose 401 waits until the body is read (a form whose typed text the 401 page keeps). */
  answerWithBody: (request: FastifyRequest) => boolean = () => false,
) {
  return {
    async onRequest(request: FastifyRequest, reply: FastifyReply) {
      // Personal data: never kept by caches or proxies, also not the 401 and 403 pages.
      reply.header('cache-control', 'no-store');
      // A bearer token is a guess at the secret: wrong ones are counted per address (limit.ts).
      const bearerGiven = request.headers.authorization !== undefined;
      if (bearerGiven) auth.refuseIfLimited(request, reply);
      const who = await auth.identify(request);
      if (!who) {
        if (bearerGiven) auth.failures.fail(request.ip);
        if (!bearerGiven && answerWithBody(request)) {
          unauthorizedPending.add(request);
          return undefined;
        }
        return unauthorized(request, reply);
      }
      coordinators.set(request, who);
      if (!READS.has(request.method) && !auth.checkWrite(request, who)) formPending.add(request);
      return undefined;
    },
    async preHandler(request: FastifyRequest, reply: FastifyReply) {
      if (unauthorizedPending.has(request)) return unauthorized(request, reply);
      if (formPending.has(request)) auth.checkWrite(request, coordinatorOf(request), request.body ?? {});
    },
  };
}
