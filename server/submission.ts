/**
 * Receiving a public submission (a comment on the plan, survey answers): what
 * every such route does the same way, in the contract's order.
 *
 * 1. The rate limit per address (429). 2. An `Origin` that is no configured
 * town site at all (403). 3. The route's own checks: the body (400), the
 * region and what it points at (404), the origin allowed for that region
 * (403). 4. The period: closed is 403, but a retry of a submission stored
 * while it was open is still answered 200. 5. The honeypot: 201, nothing
 * stored. 6. Stored durably, then 201; the same id again 200; the same id
 * with another body 409. A store that cannot write is 503, never 201.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCors from '@fastify/cors';
import { ApiError, type Text } from './errors.js';
import { MSG } from './messages.js';
import { note } from './log.js';
import { addressKey } from './feedback/address.js';
import type { FeedbackContext } from './feedback/context.js';
import type { SubmitOutcome } from './store/submissions.js';

/** What a route has learnt from a valid body, and how to store it. */
export interface Acceptance {
  readonly id: string;
  /** Hash of the normalized content: the same id with the same fingerprint is a repeat. */
  readonly fingerprint: string;
  /** The honeypot was filled in: answered like a real one, nothing stored. */
  readonly honeypot: boolean;
  /** Whether the period (inclusive Prague days) is open at this instant. */
  open(now: Date): boolean;
  /** The stored receipt of this id, when it is already stored. */
  repeat(id: string, fingerprint: string): Promise<SubmitOutcome | undefined>;
  /** Stores durably; resolves after the commit. */
  store(receivedAt: string): Promise<SubmitOutcome>;
}

/** The answers a kind of submission gives in its own words. */
export interface SubmissionMessages {
  readonly originAnywhere: Text;
  readonly originRegion: (region: string) => Text;
  readonly closed: Text;
  readonly conflict: Text;
  readonly storage: Text;
}

export const FEEDBACK_MESSAGES: SubmissionMessages = {
  originAnywhere: MSG.originAnywhere,
  originRegion: MSG.originRegion,
  closed: MSG.closed,
  conflict: MSG.conflict,
  storage: MSG.storage,
};

/** Checks that the request's origin (if any: none means not a browser) may send for this region; 403 otherwise. */
export type RegionOriginCheck = (region: string) => void;

export interface SubmissionRoute {
  readonly path: string;
  readonly messages: SubmissionMessages;
  /** Validates the body and finds what it belongs to (400, 404), calling `allowOrigin` once the region is known. */
  readonly accept: (request: FastifyRequest, allowOrigin: RegionOriginCheck) => Acceptance | Promise<Acceptance>;
}

function originOf(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  return typeof origin === 'string' ? origin : undefined;
}

/**
 * Registers `POST` for every kind of submission, in one scope with CORS for
 * the configured town sites (one scope: the CORS plugin answers preflights
 * with a route of its own, which exists once per server; and its hook then
 * runs for these routes, not for every static file), with the rate limit per
 * address (each route counts on its own).
 */
export async function submissionRoutes(app: FastifyInstance, ctx: FeedbackContext, routes: readonly SubmissionRoute[]): Promise<void> {
  await app.register(fastifyCors, {
    // Every origin may read the answer, refusals included: a town site that is
    // not configured gets a 403 it can read ("refused", with the reason), not a
    // blocked request that looks like being offline. Who may send is decided by
    // the Origin checks below, never by CORS (the request carries no cookies).
    origin: '*',
    methods: ['POST'],
    allowedHeaders: ['Content-Type'],
    maxAge: 600,
  });
  const limit =
    ctx.rateLimit.max > 0
      ? { config: { rateLimit: { max: ctx.rateLimit.max, timeWindow: ctx.rateLimit.windowMs, keyGenerator: (request: FastifyRequest) => addressKey(request.ip) } } }
      : {};
  for (const route of routes) {
    const m = route.messages;
    app.post(route.path, limit, async (request, reply) => {
      // No Origin: not a browser (curl, a script entering paper forms); the origin rule guards town pages.
      const origin = originOf(request);
      if (origin !== undefined && !ctx.origins.allowsSomewhere(origin)) throw new ApiError(403, 'origin', m.originAnywhere);
      const acceptance = await route.accept(request, (region) => {
        if (origin !== undefined && !ctx.origins.allows(region, origin)) throw new ApiError(403, 'origin', m.originRegion(region));
      });
      return storeOnce(request, reply, ctx.now(), acceptance, m);
    });
  }
}

function send(request: FastifyRequest, reply: FastifyReply, outcome: SubmitOutcome, m: SubmissionMessages) {
  if (outcome.outcome === 'conflict') throw new ApiError(409, 'conflict', m.conflict);
  if (outcome.outcome === 'repeat') note(request, { repeat: true });
  return reply.code(outcome.outcome === 'created' ? 201 : 200).send({ id: outcome.id, receivedAt: outcome.receivedAt });
}

async function storeOnce(request: FastifyRequest, reply: FastifyReply, now: Date, a: Acceptance, m: SubmissionMessages) {
  if (!a.open(now)) {
    // A retry of a submission that was stored while the period was open is still answered as a repeat.
    const previous = await a.repeat(a.id, a.fingerprint);
    if (previous) return send(request, reply, previous, m);
    throw new ApiError(403, 'closed', m.closed);
  }
  const receivedAt = now.toISOString();
  if (a.honeypot) {
    // Answered like a real submission so the bot learns nothing; nothing is stored.
    note(request, { honeypot: true });
    return reply.code(201).send({ id: a.id, receivedAt });
  }
  let outcome: SubmitOutcome;
  try {
    outcome = await a.store(receivedAt);
  } catch (error) {
    request.log.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message } }, 'storing a submission failed');
    throw new ApiError(503, 'storage', m.storage);
  }
  return send(request, reply, outcome, m);
}
