/**
 * One log line per request: method, path (without the query), status, time,
 * and a few flags a route adds (honeypot, idempotent repeat). Never the body,
 * the query string, headers or the client's address: comments, names,
 * e-mails and IP addresses are personal data and stay out of logs.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

const notes = new WeakMap<FastifyRequest, Record<string, string | number | boolean>>();

/** Adds a flag to the request's log line (never personal data). */
export function note(request: FastifyRequest, fields: Record<string, string | number | boolean>): void {
  notes.set(request, { ...notes.get(request), ...fields });
}

export class OneLineLog extends LogController {
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override defaultErrorLog(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ...notes.get(request),
    };
    if (error) reply.log.error({ ...line, err: { type: error.name, message: error.message } }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
