/**
 * Every API error is `{ "error": { "code", "message" } }` (feedback API
 * contract). Bad input of any kind is a 4xx; a 5xx means the server failed.
 *
 * The form shows `message` to residents, so it is Czech unless the request's
 * `Accept-Language` prefers English. `code` is the stable, machine-readable part.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface Text {
  readonly cs: string;
  readonly en: string;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: Text,
    readonly details?: Record<string, unknown>,
  ) {
    super(text.en);
  }
}

export const BODY_LIMIT = 32 * 1024;

/** The database could not be written (or read): a full disk, an I/O error, a read-only file, a lock held too long. */
export const STORAGE_TEXT: Text = {
  cs: 'Server se nepodařilo zapsat do své databáze (disk je plný nebo nedostupný); nic se neuložilo. Zkuste to prosím znovu později.',
  en: 'The server could not write to its database (the disk is full or unavailable); nothing was saved. Try again later.',
};

const STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|BUSY|LOCKED|CANTOPEN|NOMEM)(_|$)/;

/**
 * A fault of the storage, not of the request, as the API's 503 `storage`
 * (what the comment path answers, server/submission.ts): the client keeps
 * its input and tries again. Undefined for any other error.
 */
export function storageFailure(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error.code === 'storage' ? error : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && STORAGE_CODES.test(code)) return new ApiError(503, 'storage', STORAGE_TEXT);
  return undefined;
}

/** `cs` unless English comes before Czech (and Slovak) in Accept-Language. */
export function language(request: FastifyRequest): keyof Text {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'cs';
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag === 'cs' || tag === 'sk') return 'cs';
    if (tag === 'en') return 'en';
  }
  return 'cs';
}

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...details } };
}

const TOO_LARGE: Text = {
  cs: `Požadavek je delší než ${BODY_LIMIT / 1024} KiB.`,
  en: `The body is over ${BODY_LIMIT / 1024} KiB.`,
};
const NOT_JSON: Text = { cs: 'Tělo požadavku není platný JSON.', en: 'The body is not valid JSON.' };

/** Fastify's own errors (body parsing, limits) translated into the contract's answers. */
function translate(error: FastifyError): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'too-large', TOO_LARGE);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(400, 'not-json', {
        cs: 'Pošlete tělo jako JSON s Content-Type: application/json.',
        en: 'Send the body as JSON with Content-Type: application/json.',
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'not-json', NOT_JSON);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'bad-request', {
        cs: 'Content-Length neodpovídá tělu požadavku.',
        en: 'The Content-Length does not match the body.',
      });
  }
  if (error.statusCode === 413) return new ApiError(413, 'too-large', TOO_LARGE);
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON|prototype|constructor/i.test(error.message))) {
    return new ApiError(400, 'not-json', NOT_JSON);
  }
  return undefined;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const storage = storageFailure(error);
  if (storage && !(error instanceof ApiError)) {
    request.log.error({ err: { type: error.name, code: error.code, message: error.message } }, 'storage failed');
  }
  const known = error instanceof ApiError ? error : (storage ?? translate(error));
  if (known) {
    return reply.code(known.statusCode).send(errorBody(known.code, known.text[language(request)], known.details));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Another client error from Fastify or a plugin: keep its status, our shape.
    return reply.code(status).send(errorBody('bad-request', error.message));
  }
  // A fault of the server, never of the input. Logged without the body.
  request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'server error');
  const text: Text =
    status === 503
      ? { cs: 'Server je přetížený nebo se vypíná; zkuste to znovu.', en: 'The server is busy or shutting down; try again.' }
      : { cs: 'Chyba serveru; zkuste to prosím později.', en: 'The server failed; try again later.' };
  return reply.code(status === 503 ? 503 : 500).send(errorBody(status === 503 ? 'unavailable' : 'internal', text[language(request)]));
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const what = `${request.method} ${request.url.split('?')[0]}`;
  const text = { cs: `${what} tu není.`, en: `No ${what} here.` };
  return reply.code(404).send(errorBody('not-found', text[language(request)]));
}
