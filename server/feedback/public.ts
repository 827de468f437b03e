/**
 * The public routes of the feedback API contract: submitting a comment and
 * the published settlement (without personal data).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyCors from '@fastify/cors';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import { note } from '../log.js';
import { isCommentingOpen, type PlanInfo, type RegionEntry } from '../regions.js';
import type { SubmitOutcome } from '../store/types.js';
import type { FeedbackContext } from './context.js';
import { fingerprint, parseComment } from './validate.js';
import { addressKey } from './address.js';

function originOf(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  return typeof origin === 'string' ? origin : undefined;
}

function findPlan(ctx: FeedbackContext, regionId: string, planId: string): { region: RegionEntry; plan: PlanInfo } {
  const region = ctx.regions.find(regionId);
  if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
  const plan = region.plan;
  if (!plan || plan.id !== planId) throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(regionId, planId));
  return { region, plan };
}

function answer(outcome: SubmitOutcome) {
  if (outcome.outcome === 'conflict') {
    throw new ApiError(409, 'conflict', MSG.conflict);
  }
  return { status: outcome.outcome === 'created' ? 201 : 200, body: { id: outcome.id, receivedAt: outcome.receivedAt } };
}

export async function publicRoutes(app: FastifyInstance, ctx: FeedbackContext): Promise<void> {
  app.get('/api/health', async () => ({ status: 'ok' }));

  // The form's POST, from the configured town sites only. CORS is registered in
  // this scope alone (so its hook runs for this route, not for every static file);
  // the origin is checked again per region in the handler, where the body is known.
  await app.register(async (scope) => {
    await scope.register(fastifyCors, {
      origin: (origin, cb) => cb(null, origin !== undefined && ctx.origins.allowsSomewhere(origin)),
      methods: ['POST'],
      allowedHeaders: ['Content-Type'],
      maxAge: 600,
    });

    scope.post(
      '/api/feedback',
      ctx.rateLimit.max > 0
        ? {
            config: {
              rateLimit: { max: ctx.rateLimit.max, timeWindow: ctx.rateLimit.windowMs, keyGenerator: (request: FastifyRequest) => addressKey(request.ip) },
            },
          }
        : {},
      async (request, reply) => {
        // No Origin: not a browser (curl, a script entering paper comments); the origin rule guards town pages.
        const origin = originOf(request);
        if (origin !== undefined && !ctx.origins.allowsSomewhere(origin)) {
          throw new ApiError(403, 'origin', MSG.originAnywhere);
        }
        const input = parseComment(request.body);
        const { plan } = findPlan(ctx, input.region, input.planId);
        if (origin !== undefined && !ctx.origins.allows(input.region, origin)) {
          throw new ApiError(403, 'origin', MSG.originRegion(input.region));
        }
        if (input.sectionId !== null && !plan.sections.has(input.sectionId)) {
          throw new ApiError(400, 'invalid', MSG.invalidFields({ cs: `sectionId (není oddíl ani opatření plánu „${plan.id}")`, en: `sectionId (not a section or measure of plan "${plan.id}")` }), {
            fields: ['sectionId'],
          });
        }
        const print = fingerprint(input);
        const now = ctx.now();
        if (!isCommentingOpen(plan.commenting, now)) {
          // A retry of a comment that was stored while the period was open is still answered as a repeat.
          const previous = await ctx.store.checkRepeat(input.id, print);
          if (previous) {
            const { status, body } = answer(previous);
            note(request, { repeat: true });
            return reply.code(status).send(body);
          }
          throw new ApiError(403, 'closed', MSG.closed);
        }
        const receivedAt = now.toISOString();
        if (input.honeypot) {
          // Answered like a real comment so the bot learns nothing; nothing is stored.
          note(request, { honeypot: true });
          return reply.code(201).send({ id: input.id, receivedAt });
        }
        let outcome: SubmitOutcome;
        try {
          outcome = await ctx.store.submitComment({
            id: input.id,
            fingerprint: print,
            receivedAt,
            region: input.region,
            planId: input.planId,
            sectionId: input.sectionId,
            message: input.message,
            proposal: input.proposal,
            name: input.name,
            organization: input.organization,
            email: input.email,
          });
        } catch (error) {
          request.log.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message } }, 'storing a comment failed');
          throw new ApiError(503, 'storage', MSG.storage);
        }
        const { status, body } = answer(outcome);
        if (status === 200) note(request, { repeat: true });
        return reply.code(status).send(body);
      },
    );
  });

  app.get('/api/settlement', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const regionId = typeof query.region === 'string' ? query.region : '';
    const planId = typeof query.plan === 'string' ? query.plan : '';
    if (!regionId || !planId) {
      throw new ApiError(400, 'invalid', MSG.needRegionAndPlan, { fields: ['region', 'plan'] });
    }
    const region = ctx.regions.find(regionId);
    if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
    // The current plan of the region file, or an earlier one that has comments stored.
    if (region.plan?.id !== planId && !(await ctx.store.hasComments(regionId, planId))) {
      throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(regionId, planId));
    }
    const comments = await ctx.store.listComments({ region: regionId, planId, settledOnly: true });
    // Public data: any page may show the settlement (a simple GET, no preflight).
    reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60');
    // Only what the annex of the plan publishes: no name, organization, e-mail or time.
    return {
      region: regionId,
      plan: planId,
      comments: comments.map((c) => ({
        number: c.number,
        section: c.sectionId,
        message: c.message,
        proposal: c.proposal,
        status: c.status,
        resolution: c.resolution,
      })),
    };
  });
}
