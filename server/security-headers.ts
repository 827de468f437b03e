/**
 * Headers on every answer of the server: `X-Content-Type-Options: nosniff`
 * (a browser never runs JSON, CSV or text as a script or a page), and a
 * Content-Security-Policy on every HTML page that has none of its own (the
 * desk sets its own, with a nonce per page: server/admin/pages.ts).
 *
 * The demo pages' policy fits what they load: scripts and styles from this
 * server (styles also inline: the configurator's <style>, the widgets' style
 * attributes), the region files and the API from this server or another on
 * https (the configurator previews any region file), map tiles from any
 * https tile server (the configurator's tile address), nothing else.
 */
import type { FastifyInstance } from 'fastify';

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('x-content-type-options')) reply.header('x-content-type-options', 'nosniff');
    const type = String(reply.getHeader('content-type') ?? '');
    if (/^text\/html\b/i.test(type) && !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', DEMO_CSP);
    return payload;
  });
}
