/**
 * The public routes of the feedback API contract: submitting a comment (a
 * submission route, registered by app.ts with the others) and the published
 * settlement (without personal data).
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import { isCommentingOpen, type PlanInfo, type RegionEntry } from '../regions.js';
import { FEEDBACK_MESSAGES, type SubmissionRoute } from '../submission.js';
import type { FeedbackContext } from './context.js';
import { fingerprint, parseComment } from './validate.js';
import { receiptOf } from '../../src/data/uuid.js';

function findPlan(ctx: FeedbackContext, regionId: string, planId: string): { region: RegionEntry; plan: PlanInfo } {
  const region = ctx.regions.find(regionId);
  if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
  const plan = region.plan;
  if (!plan || plan.id !== planId) throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(regionId, planId));
  return { region, plan };
}

/** The form's POST (registered with the other submissions, server/submission.ts). */
export function feedbackSubmission(ctx: FeedbackContext): SubmissionRoute {
  return {
    path: '/api/feedback',
    messages: FEEDBACK_MESSAGES,
    accept: (request, allowOrigin) => {
      const input = parseComment(request.body);
      const { plan } = findPlan(ctx, input.region, input.planId);
      allowOrigin(input.region);
      if (input.sectionId !== null && !plan.sections.has(input.sectionId)) {
        throw new ApiError(400, 'invalid', MSG.invalidFields({ cs: `sectionId (není oddíl ani opatření plánu „${plan.id}")`, en: `sectionId (not a section or measure of plan "${plan.id}")` }), {
          fields: ['sectionId'],
        });
      }
      const print = fingerprint(input);
      return {
        id: input.id,
        fingerprint: print,
        honeypot: input.honeypot,
        open: (now) => isCommentingOpen(plan.commenting, now),
        repeat: (id, fingerprint) => ctx.store.checkRepeat(id, fingerprint),
        store: (receivedAt) =>
          ctx.store.submitComment({
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
          }),
      };
    },
  };
}

export async function publicRoutes(app: FastifyInstance, ctx: FeedbackContext): Promise<void> {
  // Public data: any page may read these answers, errors included (simple GETs, no preflight).
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  app.get('/api/health', async () => ({ status: 'ok' }));

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
    reply.header('cache-control', 'public, max-age=60');
    // Only what the annex of the plan publishes: no name, organization, e-mail or time.
    // Spam and duplicates are left out by the store. `receipt` is the short number the
    // form showed the resident ("3F0C-2A8E", 32 of the id's 122 random bits): how they find theirs.
    return {
      region: regionId,
      plan: planId,
      comments: comments.map((c) => ({
        number: c.number,
        receipt: receiptOf(c.id),
        section: c.sectionId,
        message: c.message,
        proposal: c.proposal,
        status: c.status,
        resolution: c.resolution,
      })),
    };
  });
}
