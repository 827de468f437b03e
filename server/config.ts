/**
 * kpss-server's configuration, all from environment variables (see
 * server/README.section.md). Bad values stop the start with a clear message.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { OriginPolicy, selfOrigins } from './origins.js';
import type { RateLimitSettings } from './feedback/context.js';
import type { FastifyServerOptions } from 'fastify';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http-limits.js';

export interface ServerConfig {
  host: string;
  port: number;
  dbPath: string;
  dataDir: string;
  origins: OriginPolicy;
  adminToken?: string;
  rateLimit: RateLimitSettings;
  trustProxy: FastifyServerOptions['trustProxy'];
  /** `KPSS_PUBLIC_URL` without a trailing slash: where town pages reach the server. */
  publicUrl?: string;
  /** Timeouts and the connection cap of the HTTP server (server/http-limits.ts). */
  http: HttpLimits;
  /** Mail to residents (server/mail/): without `smtpUrl` messages stay queued. */
  mail: { smtpUrl?: string; from: string; retryMinMs: number; settleDelayMs: number };
}

export const MIN_TOKEN_LENGTH = 16;

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function trustProxy(raw: string | undefined): FastifyServerOptions['trustProxy'] {
  if (raw === undefined || raw.trim() === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  return raw.split(',').map((s) => s.trim()); // addresses or CIDR ranges of the proxies
}

/** `https://kpss.klatovy.cz/` → `https://kpss.klatovy.cz`; a path is kept (a server behind a proxy at `/kpss/`). */
export function publicUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`KPSS_PUBLIC_URL must be an address like https://kpss.klatovy.cz, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`KPSS_PUBLIC_URL must be http(s), not "${value}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`KPSS_PUBLIC_URL must be a plain address without ?, # or a user name, not "${value}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const seconds = (env: Env, name: string, fallbackMs: number, max: number) => integer(env, name, fallbackMs / 1000, 1, max) * 1000;

function httpLimits(env: Env): HttpLimits {
  const d = DEFAULT_HTTP_LIMITS;
  const limits: HttpLimits = {
    headersTimeoutMs: seconds(env, 'KPSS_HEADERS_TIMEOUT', d.headersTimeoutMs, 3600),
    requestTimeoutMs: seconds(env, 'KPSS_REQUEST_TIMEOUT', d.requestTimeoutMs, 3600),
    keepAliveTimeoutMs: seconds(env, 'KPSS_KEEP_ALIVE_TIMEOUT', d.keepAliveTimeoutMs, 3600),
    socketTimeoutMs: seconds(env, 'KPSS_SOCKET_TIMEOUT', d.socketTimeoutMs, 3600),
    maxConnections: integer(env, 'KPSS_MAX_CONNECTIONS', d.maxConnections, 1, 1_000_000),
  };
  // Node requires it: the headers are part of the request.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(`KPSS_HEADERS_TIMEOUT (${limits.headersTimeoutMs / 1000}) must not be longer than KPSS_REQUEST_TIMEOUT (${limits.requestTimeoutMs / 1000})`);
  }
  return limits;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function mail(env: Env, host: string): ServerConfig['mail'] {
  const raw = env.KPSS_SMTP_URL?.trim();
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`KPSS_SMTP_URL must be an address like smtps://user:password@smtp.example.cz:465, not "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`);
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('KPSS_SMTP_URL must start with smtp:// or smtps://');
  }
  const from = env.KPSS_MAIL_FROM?.trim();
  if (from && !ADDRESS.test(from)) throw new Error(`KPSS_MAIL_FROM must be an e-mail address like kpss@klatovy.cz, not "${from}"`);
  if (raw && !from) throw new Error('KPSS_MAIL_FROM must be set with KPSS_SMTP_URL: the sender of the mails to residents, an address of your mail domain (e.g. kpss@klatovy.cz)');
  return {
    ...(raw ? { smtpUrl: raw } : {}),
    from: from ?? `kpss@${host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host}`,
    retryMinMs: integer(env, 'KPSS_MAIL_RETRY_MIN', 60, 1, 86_400) * 1000,
    settleDelayMs: integer(env, 'KPSS_MAIL_SETTLE_DELAY', 600, 0, 86_400) * 1000,
  };
}

export function loadConfig(env: Env, root: string): ServerConfig {
  const host = env.HOST?.trim() || '127.0.0.1';
  const port = integer(env, 'PORT', 8080, 0, 65535);
  const fromRoot = (p: string) => (isAbsolute(p) ? p : resolve(p));
  const token = env.KPSS_ADMIN_TOKEN?.trim();
  if (token && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`KPSS_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -base64 32)`);
  }
  return {
    host,
    port,
    dbPath: env.KPSS_DB?.trim() ? fromRoot(env.KPSS_DB.trim()) : join(root, 'var', 'kpss.db'),
    dataDir: env.KPSS_DATA_DIR?.trim() ? fromRoot(env.KPSS_DATA_DIR.trim()) : join(root, 'demo', 'data'),
    // The server's own pages (the demo, the configurator) may send, on its local and its public address.
    origins: OriginPolicy.parse(env.KPSS_ORIGINS, [...selfOrigins(host, port), ...(publicUrl(env.KPSS_PUBLIC_URL) ? [new URL(publicUrl(env.KPSS_PUBLIC_URL)!).origin] : [])]),
    ...(token ? { adminToken: token } : {}),
    rateLimit: {
      max: integer(env, 'KPSS_RATE_MAX', 20, 0, 1_000_000),
      windowMs: integer(env, 'KPSS_RATE_WINDOW', 60, 1, 86_400) * 1000,
    },
    trustProxy: trustProxy(env.KPSS_TRUST_PROXY),
    http: httpLimits(env),
    mail: mail(env, host),
    ...(publicUrl(env.KPSS_PUBLIC_URL) ? { publicUrl: publicUrl(env.KPSS_PUBLIC_URL)! } : {}),
  };
}
