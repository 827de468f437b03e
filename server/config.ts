/**
 * kpss-server's configuration, all from environment variables (see
 * server/README.section.md). Bad values stop the start with a clear message.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { OriginPolicy, selfOrigins } from './origins.js';
import type { RateLimitSettings } from './feedback/context.js';
import type { FastifyServerOptions } from 'fastify';

export interface ServerConfig {
  host: string;
  port: number;
  dbPath: string;
  dataDir: string;
  origins: OriginPolicy;
  adminToken?: string;
  rateLimit: RateLimitSettings;
  trustProxy: FastifyServerOptions['trustProxy'];
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
    origins: OriginPolicy.parse(env.KPSS_ORIGINS, selfOrigins(host, port)),
    ...(token ? { adminToken: token } : {}),
    rateLimit: {
      max: integer(env, 'KPSS_RATE_MAX', 20, 0, 1_000_000),
      windowMs: integer(env, 'KPSS_RATE_WINDOW', 60, 1, 86_400) * 1000,
    },
    trustProxy: trustProxy(env.KPSS_TRUST_PROXY),
  };
}
