/**
 * The HTTP server's own limits, so that slow or half-sent requests cannot
 * hold connections (and file descriptors) open: without them one address with
 * a few hundred sockets can make the server stop answering.
 *
 * - headers: the request line and headers must arrive within this time;
 * - request: the whole request, its body included;
 * - keep-alive: how long an idle connection waits for its next request;
 * - socket: no byte either way for this long ends the connection (a reader
 *   that stops reading the answer, too);
 * - connections: at most this many at once; more are closed at once (keep it
 *   well below the process's open-file limit, `ulimit -n`).
 *
 * Configured by KPSS_HEADERS_TIMEOUT, KPSS_REQUEST_TIMEOUT,
 * KPSS_KEEP_ALIVE_TIMEOUT, KPSS_SOCKET_TIMEOUT (seconds) and
 * KPSS_MAX_CONNECTIONS (server/config.ts, the README).
 */
import type { Server } from 'node:http';
import type { FastifyServerOptions } from 'fastify';

export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  socketTimeoutMs: number;
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketTimeoutMs: 60_000,
  maxConnections: 800,
};

/** Fastify's options for these limits (the headers timeout and its check go to Node's http.createServer). */
export function fastifyLimits(limits: HttpLimits): Pick<FastifyServerOptions, 'connectionTimeout' | 'keepAliveTimeout' | 'requestTimeout'> & {
  http: { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    connectionTimeout: limits.socketTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks both timeouts on this interval (30 s by default, which would let a half-sent request live that much longer).
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
  };
}

/** The connection cap, on the server Fastify made. */
export function capConnections(server: Server, limits: HttpLimits): void {
  server.maxConnections = limits.maxConnections;
}
